package farmer_test

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/proofs"
)

// An exiting farmer takes no new data: offers, store sessions, revisions that add shards and
// revisions that move the end later are refused (ReasonExiting), while a revision that only removes
// shards is co-signed, and downloads and proofs of what it holds go on. A restart with
// AgreementPolicy.Exiting is still exiting; calling the exit off takes data again.
func TestAgreementExitingTakesNoNewData(t *testing.T) {
	n := newAgreeNet(t)
	id, r := n.openAgreement(t, n.renter, 2<<20)
	data := randomShards(t, agreeShard, agreeShard, agreeShard)
	n.storeShards(t, n.renter, id, data)
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, data[:2]...)}); err != nil {
		t.Fatal(err)
	}
	// data[2] is staged (stored before the exit), not revised in.

	n.svc.SetExiting(true)
	if !n.svc.Exiting() {
		t.Fatal("not exiting after SetExiting(true)")
	}
	check := func(when string) {
		t.Helper()
		renter := crypto.PubkeyToAddress(n.renter.PublicKey)
		if _, err := n.offer(t, n.rh, proto.OfferRequest{Renter: renter, EndPeriod: n.chain.period + 20, MaxBytes: 1 << 20}); !isRefused(err, proto.ReasonExiting) {
			t.Fatalf("%s: offer: %v", when, err)
		}
		more := randomShards(t, agreeShard)
		if _, err := n.storeSession(t, n.rh, proto.StoreRequest{AgreementID: id, Auth: n.auth(t, n.renter, n.rh)}, []shardMsg{msgOf(t, more[0])}); !isRefused(err, proto.ReasonExiting) {
			t.Fatalf("%s: store session: %v", when, err)
		}
		if err := n.revise(t, r, market.Change{Add: shardsOf(t, data[2])}); !isRefused(err, proto.ReasonExiting) {
			t.Fatalf("%s: revision adding a staged shard: %v", when, err)
		}
		if err := n.revise(t, r, market.Change{EndPeriod: r.state.Latest.EndPeriod + 5}); !isRefused(err, proto.ReasonExiting) {
			t.Fatalf("%s: revision moving the end: %v", when, err)
		}
		// What it holds is still served and proven.
		auth := n.auth(t, n.renter, n.rh)
		for _, d := range data[:2] {
			if !r.state.Tree.Has(rootOf(t, d)) {
				continue
			}
			got, err := download(t, n, n.rh, proto.DownloadRequest{CID: cidOf(t, d), Auth: auth})
			if err != nil || !bytes.Equal(got, d) {
				t.Fatalf("%s: download: %d bytes, %v", when, len(got), err)
			}
		}
		var p proto.AgreementProofMsg
		if err := call(ctxT(t), n.rh, n.fh.ID(), proto.ProveID, proto.ProveRequest{AgreementID: id, Entry: 0}, &p); err != nil {
			t.Fatalf("%s: prove: %v", when, err)
		}
		if err := proofs.VerifyAgreementPath(r.state.Latest.Root, r.state.Latest.Shards, 0, 0, p.Proof(id)); err != nil {
			t.Fatalf("%s: proof: %v", when, err)
		}
	}
	check("exiting")

	// Removals are co-signed: the renter moves its data away.
	if err := n.revise(t, r, market.Change{Remove: []proofs.Hash{rootOf(t, data[0])}}); err != nil {
		t.Fatalf("removal while exiting: %v", err)
	}
	if fs := n.farmerState(t, id); fs.Latest.Number != 2 || fs.Tree.Has(rootOf(t, data[0])) || !fs.Tree.Has(rootOf(t, data[1])) {
		t.Fatalf("farmer state after the removal: %+v", fs.Latest.Revision)
	}

	// Restarted as exiting (what `farmer run` does when the data directory records the exit).
	n.pol.Exiting = true
	n.restart(t)
	if !n.svc.Exiting() {
		t.Fatal("restarted with Policy.Exiting, not exiting")
	}
	check("after a restart")
	if err := n.revise(t, r, market.Change{Remove: []proofs.Hash{rootOf(t, data[1])}}); err != nil {
		t.Fatalf("last removal after the restart: %v", err)
	}
	if fs := n.farmerState(t, id); fs.Latest.Leaves != 0 || fs.Latest.Shards != 0 {
		t.Fatalf("the agreement is not empty after the last removal: %+v", fs.Latest.Revision)
	}

	// Called off: new data again.
	n.svc.SetExiting(false)
	more := randomShards(t, agreeShard)
	n.storeShards(t, n.renter, id, more)
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, more...)}); err != nil {
		t.Fatalf("revision after the exit was called off: %v", err)
	}
}
