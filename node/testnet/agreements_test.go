package testnet

import (
	"bytes"
	"context"
	"log/slog"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/proofs"
)

func randomBytes(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// agreementsOf returns, per farmer, the agreement id the manifest places its shards under.
func agreementsOf(m *manifest.Manifest) map[common.Address]uint64 {
	out := map[common.Address]uint64{}
	for _, seg := range m.Segments {
		for _, sh := range seg.Shards {
			if sh.AgreementID != 0 {
				out[common.Address(sh.Farmer)] = sh.AgreementID
			}
		}
	}
	return out
}

// TestAgreementsEndToEnd runs the agreement market as users meet it, with real processes' parts on
// 127.0.0.1: a put streams to six farmers and opens one agreement each; a second put reuses them
// with no chain transaction; the farmers' heartbeats post the co-signed revisions and prove every
// live agreement each period (q = 100% here, so every period checks every agreement); a remove
// frees the farmers' disks and the next heartbeat posts the smaller revision; a get still works
// with two farmers stopped.
func TestAgreementsEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end")
	}
	params := market.DevnetAgreementParams()
	params.SampleBps = 10_000
	n := NewAgreements(t, AgreementConfig{Params: params, Log: slog.New(slog.NewTextHandler(t.Output(), nil))})
	ctx := context.Background()
	r := n.Renter
	pp := pipeline.Params{DataShards: 3, ParityShards: 3, SegmentSize: 256 << 10}

	a := randomBytes(1, 3<<20+12345)
	ma, err := r.Put(ctx, "a.bin", bytes.NewReader(a), pp)
	if err != nil {
		t.Fatalf("put a: %v", err)
	}
	ids := agreementsOf(ma)
	if len(ids) != 6 {
		t.Fatalf("file a placed under %d agreements, want 6", len(ids))
	}
	var got bytes.Buffer
	if err := r.Get(ctx, "a.bin", &got); err != nil || !bytes.Equal(got.Bytes(), a) {
		t.Fatalf("get a: %v (%d bytes, want %d identical)", err, got.Len(), len(a))
	}

	// A second put: the same agreements, no chain transaction from the renter.
	nonce, err := n.Chain.Client.NonceAt(ctx, r.Acct.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := randomBytes(2, 1<<20)
	mb, err := r.Put(ctx, "b.bin", bytes.NewReader(b), pp)
	if err != nil {
		t.Fatalf("put b: %v", err)
	}
	if after, _ := n.Chain.Client.NonceAt(ctx, r.Acct.Addr, nil); after != nonce {
		t.Fatalf("second put sent %d chain transactions, want 0", after-nonce)
	}
	for f, id := range agreementsOf(mb) {
		if ids[f] != id {
			t.Fatalf("farmer %s holds b under agreement %d, a under %d: agreements not reused", f, id, ids[f])
		}
	}

	// Periods pass: each heartbeat posts what the chain lacks, then proves every live agreement.
	local := func(id uint64, f common.Address) market.SignedRevision {
		for _, st := range n.AgreementFarmerOf(f).Svc.AgreementStates() {
			if st.ID == id {
				return st.Latest
			}
		}
		t.Fatalf("farmer %s has no agreement %d", f, id)
		return market.SignedRevision{}
	}
	first := n.Period()
	for range 3 {
		p := n.NextPeriod()
		n.WaitHeartbeats(p - 1)
		n.WaitHeartbeats(p)
	}
	last := n.Period()
	for f, id := range ids {
		info, err := r.Client.Agreement(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		want := local(id, f)
		if info.Number != want.Number || info.Root != want.Root || info.Leaves != want.Leaves || info.Number < 2 {
			t.Fatalf("agreement %d on chain at revision %d (root %x), the farmer's newest is %d (root %x)",
				id, info.Number, info.Root[:4], want.Number, want.Root[:4])
		}
		if info.LiveFrom == 0 || info.LiveFrom > last {
			t.Fatalf("agreement %d live from %d, chain now in period %d", id, info.LiveFrom, last)
		}
		for p := max(info.LiveFrom, first); p <= last; p++ {
			if proven, err := r.Client.ProvenIn(ctx, id, p); err != nil || !proven {
				t.Fatalf("agreement %d live in period %d (q = 100%%) but not proven: %v", id, p, err)
			}
		}
	}

	// Remove a: every farmer signs a revision without it and frees its shards.
	used := map[common.Address]int64{}
	for _, f := range n.Farmers {
		used[f.Acct.Addr] = f.Store.Used()
	}
	if err := r.Remove(ctx, "a.bin"); err != nil {
		t.Fatalf("remove a: %v", err)
	}
	if err := r.Get(ctx, "a.bin", &bytes.Buffer{}); err == nil {
		t.Fatal("removed file still gets")
	}
	// The farmers keep a's shards until the chain holds the removal (a challenge may come against the
	// revision on chain), then free them.
	colB := mb.StoredSize() / 6
	for _, f := range n.Farmers {
		if now := f.Store.Used(); now != used[f.Acct.Addr] {
			t.Fatalf("farmer %s uses %d bytes right after the remove, %d before: freed before the chain has the removal", f.Acct.Addr, now, used[f.Acct.Addr])
		}
	}
	p := n.NextPeriod()
	n.WaitHeartbeats(p - 1)
	n.WaitHeartbeats(p)
	for _, f := range n.Farmers {
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(2 * time.Millisecond) {
			now := f.Store.Used()
			if now < used[f.Acct.Addr] && uint64(now) >= colB {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("farmer %s uses %d bytes after the removal is on chain (%d before, b's column is %d)", f.Acct.Addr, now, used[f.Acct.Addr], colB)
			}
		}
	}
	for f, id := range ids {
		info, err := r.Client.Agreement(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		want := local(id, f)
		if info.Number != want.Number || info.Leaves != colB/proofs.LeafSize {
			t.Fatalf("agreement %d after the remove: revision %d with %d leaves on chain, farmer at %d, b's column is %d leaves",
				id, info.Number, info.Leaves, want.Number, colB/proofs.LeafSize)
		}
		if info.Status != chain.AgreementOpen {
			t.Fatalf("agreement %d status %d", id, info.Status)
		}
	}

	// Two farmers stop: b still comes back from the other four.
	n.Farmers[0].Stop()
	n.Farmers[3].Stop()
	got.Reset()
	if err := r.Get(ctx, "b.bin", &got); err != nil || !bytes.Equal(got.Bytes(), b) {
		t.Fatalf("get b with two farmers down: %v", err)
	}
}
