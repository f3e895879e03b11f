package prover_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/prover"
)

func waitBlock(t *testing.T, c *chain.Client, b uint64) {
	t.Helper()
	deadline := time.Now().Add(40 * time.Second)
	for time.Now().Before(deadline) {
		h, err := c.Block(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if h >= b {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("block %d not reached in 40 s", b)
}

// challengeResult waits for the prover's final outcome of the challenge on deal id.
func challengeResult(t *testing.T, p *prover.Prover, id, deadline uint64) prover.ChallengeResult {
	t.Helper()
	stop := time.Now().Add(5 * time.Second)
	for {
		for _, r := range p.Challenges() {
			if r.DealID == id && r.Deadline == deadline && (r.Outcome != prover.ChallengePending || time.Now().After(stop)) {
				return r
			}
		}
		if time.Now().After(stop) {
			return prover.ChallengeResult{DealID: id, Deadline: deadline, Outcome: -1}
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// The renter challenges a deal of an honest farmer and one of a farmer whose shards are gone: the
// first is answered on chain before its deadline and nobody is slashed; the second is not answered
// (no made-up data) and the prover records the loss.
func TestRenterChallengesAreAnsweredOrRecordedLost(t *testing.T) {
	n, deals := setup(t, 20)
	victim := n.Farmers[0]
	victim.DeleteShards()
	provers := map[[20]byte]*prover.Prover{}
	for _, f := range n.Farmers {
		provers[f.Acct.Addr], _ = start(t, f)
	}
	c := n.Renter.Client
	n.WaitPeriod(deals[0].start) // a deal can be challenged from its first period
	var honest, lost deal
	for _, d := range deals {
		if d.farmer == victim.Acct.Addr {
			lost = d
		} else {
			honest = d
		}
	}
	evH := n.Challenge(honest.id)
	evL := n.Challenge(lost.id)
	waitBlock(t, c, max(evH.Deadline, evL.Deadline)+1)

	ctx := context.Background()
	if r := challengeResult(t, provers[honest.farmer], honest.id, evH.Deadline); r.Outcome != prover.ChallengeAnswered {
		t.Errorf("honest farmer: challenge result %+v", r)
	}
	it, err := c.Market.FilterChallengeAnswered(&bind.FilterOpts{Start: n.Dep.StartBlock}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	answered := map[uint64]uint64{}
	for it.Next() {
		answered[it.Event.DealId] = it.Event.Raw.BlockNumber
	}
	it.Close()
	if b, ok := answered[honest.id]; !ok || b > evH.Deadline {
		t.Errorf("honest deal %d: answered %v in block %d, deadline %d", honest.id, ok, b, evH.Deadline)
	}
	if d, err := c.Deal(ctx, honest.id); err != nil || d.ChallengeDeadline != 0 {
		t.Errorf("honest deal still challenged: %+v %v", d.ChallengeDeadline, err)
	}
	if info, err := c.Farmer(ctx, honest.farmer); err != nil || info.Slashes != 0 {
		t.Errorf("honest farmer slashed: %+v %v", info, err)
	}

	r := challengeResult(t, provers[lost.farmer], lost.id, evL.Deadline)
	if r.Outcome != prover.ChallengeLost || !errors.Is(r.Err, prover.ErrLost) {
		t.Errorf("victim: challenge result %+v, want lost", r)
	}
	if _, ok := answered[lost.id]; ok {
		t.Errorf("victim answered the challenge on deal %d without its data", lost.id)
	}
	if d, err := c.Deal(ctx, lost.id); err != nil || d.ChallengeDeadline != evL.Deadline {
		t.Errorf("lost deal's challenge: deadline %d (%v), want %d still open", d.ChallengeDeadline, err, evL.Deadline)
	}
}
