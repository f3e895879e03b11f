package prover_test

import (
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/node/prover"
)

// provenResult waits until the prover has a heartbeat of period q mined.
func provenResult(t *testing.T, p *prover.Prover, q uint32) prover.Result {
	t.Helper()
	for deadline := time.Now().Add(40 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if r, ok := p.Result(q); ok && r.Outcome == prover.Proven && r.Block.Number != 0 {
			return r
		}
	}
	t.Fatalf("period %d not proven in 40 s", q)
	return prover.Result{}
}

// A reorg drops the block holding the farmers' heartbeats early in the proof window: each prover
// sees its heartbeat gone, proves the period again, and the period ends proven on the new chain.
func TestHeartbeatDroppedByReorgIsSentAgain(t *testing.T) {
	n, deals := setup(t, 20)
	provers := map[common.Address]*prover.Prover{}
	for _, f := range n.Farmers {
		provers[f.Acct.Addr], _ = start(t, f)
	}
	q := deals[0].start + 1
	victim := provers[n.Farmers[0].Acct.Addr]
	r := provenResult(t, victim, q)
	dropped := n.Chain.Reorg(t, r.Block.Number)
	head := n.Chain.Block(t) // just after the reorg
	if !slices.ContainsFunc(dropped, func(tx *types.Transaction) bool { return tx.Hash() == r.Tx }) {
		t.Fatalf("the reorg from block %d did not drop heartbeat %s", r.Block.Number, r.Tx)
	}
	if _, last := n.Renter.Client.Schedule.ProofWindowOf(q); head+5 > last {
		t.Fatalf("heartbeat of period %d dropped at block %d, too close to the window's end %d for the test", q, head, last)
	}
	n.WaitPeriod(q + 1)
	c := n.Renter.Client
	for _, f := range n.Farmers {
		p := provers[f.Acct.Addr]
		got := result(t, p, q)
		if got.Outcome != prover.Proven || !proven(t, c, f.Acct.Addr, q) {
			t.Errorf("farmer %s period %d after the reorg: %+v", f.Acct.Addr, q, got)
		}
		// The prover knows where its heartbeat is now: a block of the new chain.
		if h := n.Chain.BlockHash(t, got.Block.Number); h != got.Block.Hash {
			t.Errorf("farmer %s: heartbeat recorded in block %d %s, the chain has %s", f.Acct.Addr, got.Block.Number, got.Block.Hash, h)
		}
	}
	got := result(t, victim, q)
	if len(got.Dropped) == 0 || got.Dropped[0] != r.Tx {
		t.Errorf("victim's result %+v does not record the dropped heartbeat %s", got, r.Tx)
	}
	if got.Block == r.Block {
		t.Errorf("heartbeat still recorded in the dropped block %d", r.Block.Number)
	}
	_, end := c.Schedule.ProofWindowOf(q)
	t.Logf("heartbeat of period %d mined in block %d, dropped by a reorg (head %d after it), proved again in block %d; window ends at %d",
		q, r.Block.Number, head, got.Block.Number, end)
	// The chain holds exactly one heartbeat of the victim for q, inside the window.
	first, last := c.Schedule.ProofWindowOf(q)
	it, err := c.Market.FilterHeartbeatProven(&bind.FilterOpts{Start: first, End: &last}, []common.Address{n.Farmers[0].Acct.Addr}, []uint32{q})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	var count int
	for it.Next() {
		count++
		if it.Event.Raw.BlockHash != got.Block.Hash {
			t.Errorf("heartbeat event in block %s, prover says %s", it.Event.Raw.BlockHash, got.Block.Hash)
		}
	}
	if count != 1 {
		t.Errorf("%d heartbeats of period %d on chain", count, q)
	}
}
