package renter

import (
	"context"
	"log/slog"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// logWatch is a slog.Handler calling fn on every record with message msg.
type logWatch struct {
	msg string
	fn  func()
}

func (w logWatch) Enabled(context.Context, slog.Level) bool { return true }
func (w logWatch) WithAttrs([]slog.Attr) slog.Handler       { return w }
func (w logWatch) WithGroup(string) slog.Handler            { return w }
func (w logWatch) Handle(_ context.Context, r slog.Record) error {
	if r.Message == w.msg {
		w.fn()
	}
	return nil
}

// A put with spare farmers does not wait for a lagging one: the farmer of column 1 stalls (its
// sends block) until a lagging column's shard has gone to a spare, so the put cannot finish
// without cutting its long tail. Afterwards the file is whole: every segment has its n shards on n
// different farmers (its column's farmer or a spare), each farmer's co-signed revision holds
// exactly the shards the manifest places with it, and the file reads back.
const cutMsg = cutMessage

func TestAgreementPutCutsTheLongTail(t *testing.T) {
	e := newAgreeEnv(t, 8, true) // 6 columns, 2 spares (farmers 6 and 7)
	release := make(chan struct{})
	var once sync.Once
	e.a.log = slog.New(logWatch{msg: cutMsg, fn: func() { once.Do(func() { close(release) }) }})
	e.a.opt.Spares = 2
	slow := e.farmers[1]
	slow.onSend = func() { <-release }
	data := randomBytes(5, 12*(64<<10)) // 13 segments of 3 x 64 KiB - tag
	m := e.put("a", data)

	spares := map[common.Address]bool{e.farmers[6].addr: true, e.farmers[7].addr: true}
	onSpares, slowHeld := 0, 0
	for s, seg := range m.Segments {
		seen := map[[20]byte]bool{}
		for c, sh := range seg.Shards {
			f := common.Address(sh.Farmer)
			switch {
			case seen[f]:
				t.Fatalf("segment %d: two shards on farmer %s", s, f)
			case spares[f]:
				onSpares++
			case f != e.farmers[c].addr:
				t.Fatalf("segment %d: shard %d on %s, neither its column's farmer nor a spare", s, c, f)
			case c == 1:
				slowHeld++
			}
			seen[f] = true
		}
	}
	if onSpares == 0 || slowHeld == 0 {
		t.Fatalf("%d shards on spares, %d on the stalled farmer; want both", onSpares, slowHeld)
	}
	t.Logf("%d shards of %d segments went to spares", onSpares, len(m.Segments))
	e.checkTrees(e.a, m)
	e.checkGet("a", data)
	if err := e.a.Remove(e.ctx, "a"); err != nil {
		t.Fatal(err)
	}
	e.checkTrees(e.a)
}

// A spare that fails is dropped without harm: the shards it took are lost (the one it broke on and
// any queued behind it; their segments keep enough), no later shard goes to it, and the put
// completes with everything else placed.
func TestAgreementPutSpareFails(t *testing.T) {
	e := newAgreeEnv(t, 7, true) // 6 columns, 1 spare (farmer 6)
	release := make(chan struct{})
	var once sync.Once
	e.a.log = slog.New(logWatch{msg: cutMsg, fn: func() { once.Do(func() { close(release) }) }})
	e.a.opt.Spares = 1
	e.farmers[0].onSend = func() { <-release }
	e.farmers[6].set(func(f *fakeFarmer) { f.failSendAt = 1 }) // the spare's first shard breaks its session
	data := randomBytes(6, 12*(64<<10))
	m := e.put("a", data)
	lost := 0
	for _, seg := range m.Segments {
		for c, sh := range seg.Shards {
			switch f := common.Address(sh.Farmer); {
			case f == common.Address{}:
				lost++
			case f == e.farmers[6].addr:
				t.Fatal("a shard placed on the failed spare")
			case f != e.farmers[c].addr:
				t.Fatalf("shard of column %d on %s", c, f)
			}
		}
	}
	if lost < 1 || lost > queueDepth+1 { // the spare's queue may have taken more before it broke
		t.Fatalf("%d shards unplaced, want those the spare took before it broke (1 to %d)", lost, queueDepth+1)
	}
	e.checkTrees(e.a, m)
	e.checkGet("a", data)
}
