package auditor_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/auditor"
	"github.com/granary-network/granary/node/prover"
)

// waitFor polls cond until it holds (up to 40 s).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(40 * time.Second); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("%s: not in 40 s", what)
}

func verification(a *auditor.Auditor, f common.Address, q uint32) (auditor.Verification, bool) {
	for _, v := range a.Verifications() {
		if v.Farmer == f && v.Period == q {
			return v, true
		}
	}
	return auditor.Verification{}, false
}

// A reorg drops the block(s) holding period q's heartbeats after the auditor verified them. Two
// farmers' provers send theirs again; the third farmer's prover was stopped, so its heartbeat is gone
// for good. The auditor forgets the dropped verifications, verifies the new heartbeats, reports the
// farmer whose heartbeat is gone, and no one else.
func TestReorgDroppingHeartbeats(t *testing.T) {
	n, first := setup(t)
	provers := map[common.Address]*prover.Prover{}
	stops := map[common.Address]context.CancelFunc{}
	for _, f := range n.Farmers {
		p := prover.New(f.Client, f.Svc, prover.Options{Poll: poll})
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { defer close(done); _ = p.Run(ctx) }()
		stop := func() { cancel(); <-done }
		t.Cleanup(stop)
		provers[f.Acct.Addr], stops[f.Acct.Addr] = p, stop
	}
	a, c := newAuditor(t, n)
	victim := n.Farmers[0].Acct.Addr
	q := first + 1

	// Every farmer's heartbeat for q is mined and verified by the auditor; then the victim's prover stops.
	from := ^uint64(0)
	old := map[common.Address]auditor.Verification{}
	for _, f := range n.Farmers {
		addr := f.Acct.Addr
		waitFor(t, "heartbeat verified", func() bool {
			v, ok := verification(a, addr, q)
			old[addr] = v
			return ok
		})
		if v := old[addr]; v.Err != nil {
			t.Fatalf("farmer %s period %d: %v", addr, q, v.Err)
		}
		from = min(from, old[addr].Block.Number)
	}
	stops[victim]()
	dropped := n.Chain.Reorg(t, from)
	if _, last := c.Schedule.ProofWindowOf(q); n.Chain.Block(t)+5 > last {
		t.Fatalf("reorg at block %d, too close to the window's end %d for the test", n.Chain.Block(t), last)
	}
	gone := map[common.Hash]bool{}
	for _, tx := range dropped {
		gone[tx.Hash()] = true
	}
	for addr, v := range old {
		if !gone[v.Tx] {
			t.Fatalf("the reorg from block %d did not drop %s's heartbeat %s (block %d)", from, addr, v.Tx, v.Block.Number)
		}
	}

	// After q's report window: the victim is reported for q, the others are not.
	_, last := c.Schedule.ReportWindow(q)
	waitFor(t, "victim reported", func() bool {
		for _, r := range a.Reports() {
			if r.Farmer == victim && r.Period == q {
				return true
			}
		}
		return n.Chain.Block(t) > last
	})
	reports := missReports(t, n, c)
	if len(reports) != 1 || len(reports[victim]) != 1 || reports[victim][0] != q {
		t.Errorf("miss reports on chain %v, want period %d of %s only", reports, q, victim)
	}
	for _, r := range a.Reports() {
		if r.Outcome == auditor.Reported && (r.Farmer != victim || r.Period != q) {
			t.Errorf("auditor reported %+v", r)
		}
	}
	// The verifications left are of heartbeats on the chain: none from a dropped block, none of the
	// victim for q, one new one for each other farmer.
	for _, v := range a.Verifications() {
		if gone[v.Tx] && v.Block == old[v.Farmer].Block {
			t.Errorf("verification of dropped heartbeat %s (block %d) kept", v.Tx, v.Block.Number)
		}
		if h := n.Chain.BlockHash(t, v.Block.Number); h != v.Block.Hash {
			t.Errorf("verification in block %d %s, the chain has %s", v.Block.Number, v.Block.Hash, h)
		}
		if v.Err != nil {
			t.Errorf("heartbeat of %s period %d does not verify: %v", v.Farmer, v.Period, v.Err)
		}
	}
	if _, ok := verification(a, victim, q); ok {
		t.Error("the victim's dropped heartbeat is still counted as verified")
	}
	for _, f := range n.Farmers[1:] {
		v, ok := verification(a, f.Acct.Addr, q)
		if !ok || v.Block == old[f.Acct.Addr].Block {
			t.Errorf("farmer %s: no verification of its new heartbeat for %d (%+v)", f.Acct.Addr, q, v)
		}
		if r, _ := provers[f.Acct.Addr].Result(q); r.Outcome != prover.Proven || len(r.Dropped) == 0 {
			t.Errorf("farmer %s period %d: %+v", f.Acct.Addr, q, r)
		}
	}
}
