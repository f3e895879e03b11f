package farmer_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	corehost "github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/farmer"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
)

// panicky makes the farmer's chain reads panic on demand, to panic its handlers.
type panicky struct {
	farmer.Chain
	on atomic.Bool
}

func (p *panicky) Farmer(ctx context.Context, a common.Address) (chain.FarmerInfo, error) {
	if p.on.Load() {
		panic("test: chain read panics")
	}
	return p.Chain.Farmer(ctx, a)
}

var allProtocols = []protocol.ID{proto.QuoteID, proto.ProposeID, proto.UploadID, proto.DownloadID, proto.AuditID}

// outcome is how the farmer ended an abusive stream, seen from the abuser.
type outcome struct {
	name    string
	elapsed time.Duration // from the last byte sent to the end of the stream
	err     error         // what reading the stream returned
	data    []byte
}

// abuse opens a stream, sends b, and reads until the farmer ends the stream.
func abuse(h corehost.Host, to corehost.Host, pid protocol.ID, name string, b []byte) outcome {
	o := outcome{name: string(pid) + " " + name}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := h.NewStream(ctx, to.ID(), pid)
	if err != nil {
		o.err = err
		return o
	}
	defer s.Close()
	s.SetDeadline(time.Now().Add(10 * time.Second))
	s.Write(b) // may fail if the farmer has already reset the stream
	start := time.Now()
	o.data, o.err = io.ReadAll(s)
	o.elapsed = time.Since(start)
	return o
}

// A peer that sends garbage, announces a 4 GiB frame, stalls mid-request or mid-shard, or makes a
// handler panic gets its stream reset within the deadline; a peer over its stream cap is told the
// farmer is busy; meanwhile the farmer keeps serving another peer.
func TestAbusiveStreamsAreReset(t *testing.T) {
	for _, transport := range []string{"tcp", "quic-v1"} {
		t.Run(transport, func(t *testing.T) { testAbusiveStreams(t, transport) })
	}
}

func testAbusiveStreams(t *testing.T, transport string) {
	const control = 1500 * time.Millisecond
	var pc *panicky
	n := newNet(t, func(o *netOptions) {
		o.transport = transport
		o.limits = farmer.Limits{Control: control, MinRate: 64 << 20, StreamsPerPeer: 4}
		o.wrap = func(c farmer.Chain) farmer.Chain { pc = &panicky{Chain: c}; return pc }
	})
	d := n.newDeal(t, n.renter.Key, randomShards(t, shardSize), nil)
	n.storeDeal(t, d)
	freeBefore := n.store.Free()
	bad := n.peer(t)
	pending := n.newDeal(t, n.renter.Key, randomShards(t, shardSize, shardSize), nil)
	acc, err := n.propose(t, bad, pending)
	if err != nil {
		t.Fatal(err)
	}

	// A panicking handler resets its stream; the farmer lives on.
	pc.on.Store(true)
	if o := abuse(bad, n.fh, proto.QuoteID, "panic", []byte("\x00\x00\x00\x02{}")); !isReset(o.err) {
		t.Fatalf("panicking handler: %q %v", o.data, o.err)
	}
	pc.on.Store(false)

	var uploadReq bytes.Buffer
	wire.WriteMsg(&uploadReq, proto.UploadRequest{ID: acc.ID})
	uploadReq.Write(pending.shards[0][:shardSize/2])

	results := make(chan outcome, 32)
	var wg sync.WaitGroup
	send := func(h corehost.Host, pid protocol.ID, name string, b []byte) {
		wg.Add(1)
		go func() { defer wg.Done(); results <- abuse(h, n.fh, pid, name, b) }()
	}
	started := time.Now()
	for _, pid := range allProtocols {
		send(bad, pid, "garbage", []byte("\x00\x00\x00\x05hello"))
		send(bad, pid, "oversized", []byte{0xff, 0xff, 0xff, 0xff})
		send(bad, pid, "stall", []byte{0x00, 0x00})
	}
	send(bad, proto.UploadID, "stall mid-shard", uploadReq.Bytes())
	// Another peer takes its four quote streams, and its fifth is refused as busy.
	greedy := n.peer(t)
	for range 4 {
		send(greedy, proto.QuoteID, "stall", []byte{0x00})
	}
	time.Sleep(200 * time.Millisecond)
	var q proto.Quote
	if err := call(ctxT(t), greedy, n.fh.ID(), proto.QuoteID, proto.QuoteRequest{}, &q); !errors.Is(err, wire.ErrBusy) {
		t.Fatalf("stream over the per-peer cap: %v", err)
	}

	// Meanwhile the renter is served.
	if err := call(ctxT(t), n.rh, n.fh.ID(), proto.QuoteID, proto.QuoteRequest{}, &q); err != nil {
		t.Fatalf("quote during the abuse: %v", err)
	}
	got, err := n.download(t, n.rh, proto.DownloadRequest{CID: cidOf(t, d.shards[0]), Auth: n.auth(t, n.renter.Key, n.rh)})
	if err != nil || !bytes.Equal(got, d.shards[0]) {
		t.Fatalf("download during the abuse: %d bytes, %v", len(got), err)
	}
	if served := time.Since(started); served > control {
		t.Fatalf("the renter was served after %v, when the stalled streams had already been cut", served)
	}

	wg.Wait()
	close(results)
	count := 0
	for o := range results {
		count++
		if !isReset(o.err) {
			t.Errorf("%s: stream ended with %q, %v; want a reset", o.name, o.data, o.err)
			continue
		}
		limit := control / 2 // garbage and oversized frames are refused at once
		if bytes.Contains([]byte(o.name), []byte("stall")) {
			limit = control + time.Second
			if o.elapsed < control/2 {
				t.Errorf("%s: reset after %v, before its deadline", o.name, o.elapsed)
			}
		}
		if o.elapsed > limit {
			t.Errorf("%s: reset after %v, want within %v", o.name, o.elapsed, limit)
		}
	}
	if count != 3*len(allProtocols)+1+4 {
		t.Fatalf("%d outcomes", count)
	}
	// The cut upload left nothing behind and gave its space back; the farmer still serves the abuser.
	if n.store.Free() != freeBefore {
		t.Fatalf("free %d after the cut upload, %d before", n.store.Free(), freeBefore)
	}
	if roots, _ := n.store.Roots(); len(roots) != 1 {
		t.Fatalf("store holds %d shards, want the first deal's 1", len(roots))
	}
	if err := call(ctxT(t), bad, n.fh.ID(), proto.QuoteID, proto.QuoteRequest{}, &q); err != nil {
		t.Fatalf("quote after the abuse: %v", err)
	}
	if got := n.rh.Network().ConnsToPeer(n.fh.ID())[0].ConnState().Transport; !strings.HasPrefix(transport, got) {
		t.Fatalf("renter connected over %s, want %s", got, transport)
	}
}

// Close resets the streams in flight, gives back reserved space and stops serving.
func TestCloseResetsStreams(t *testing.T) {
	n := newNet(t)
	if _, err := n.propose(t, n.rh, n.newDeal(t, n.renter.Key, randomShards(t, shardSize), nil)); err != nil {
		t.Fatal(err)
	}
	stalled := make(chan outcome, 1)
	go func() { stalled <- abuse(n.rh, n.fh, proto.DownloadID, "stall", []byte{0x00}) }()
	time.Sleep(200 * time.Millisecond)
	start := time.Now()
	n.svc.Close()
	if o := <-stalled; !isReset(o.err) || time.Since(start) > 2*time.Second {
		t.Fatalf("stream in flight at Close: %v after %v", o.err, time.Since(start))
	}
	if n.store.Free() != capacity {
		t.Fatalf("closed farmer still holds %d bytes", capacity-n.store.Free())
	}
	var q proto.Quote
	if err := call(ctxT(t), n.rh, n.fh.ID(), proto.QuoteID, proto.QuoteRequest{}, &q); err == nil {
		t.Fatal("closed farmer still quotes")
	}
}
