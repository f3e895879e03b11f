package testnet

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/node/chain"
)

// AddFarmer starts one more farmer (staked, announced) and returns it.
func (n *Net) AddFarmer() *Farmer {
	n.t.Helper()
	f := n.newFarmer()
	n.Farmers = append(n.Farmers, f)
	return f
}

// Mine advances the chain by `blocks` blocks. The network mines when transactions arrive, so each
// block is one transaction: a transfer of zero tokens by an account kept for the purpose.
func (n *Net) Mine(blocks int) {
	n.t.Helper()
	if n.miner == nil {
		n.miner = n.client(n.Chain.NewAccount(n.t, nil))
	}
	c := n.miner
	for range blocks {
		if _, err := c.Transact(context.Background(), "mine", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return c.Token.Transfer(o, c.Address(), new(big.Int))
		}); err != nil {
			n.t.Fatalf("mine: %v", err)
		}
	}
}

// MineToPeriod advances the chain until its latest block is in period p or later.
func (n *Net) MineToPeriod(p uint32) {
	n.t.Helper()
	for {
		h, err := n.Renter.Client.Head(context.Background())
		if err != nil {
			n.t.Fatal(err)
		}
		if h.Period >= p {
			return
		}
		n.Mine(1)
	}
}

// Disqualify gets farmer f disqualified by the market the way a renter would: it challenges one of
// the renter's live deals with f, which f leaves unanswered (test farmers run no prover), and
// reports the miss once the challenge's deadline has passed, until the market's
// DisqualifyAfterMisses consecutive misses disqualify f. The renter must hold a deal with f.
func (n *Net) Disqualify(f *Farmer) {
	n.t.Helper()
	ctx := context.Background()
	c := n.Renter.Client
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		st, err := c.FarmerState(ctx, f.Acct.Addr)
		if err != nil {
			n.t.Fatal(err)
		}
		if st.Disqualified {
			return
		}
		id, start := n.liveDeal(f.Acct.Addr)
		n.MineToPeriod(start)
		ev := n.Challenge(id)
		if h, err := c.Head(ctx); err != nil {
			n.t.Fatal(err)
		} else if h.Number <= ev.Deadline {
			n.Mine(int(ev.Deadline - h.Number + 1))
		}
		if _, err := c.Transact(ctx, "report challenge missed", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return c.Market.ReportChallengeMissed(o, id)
		}); err != nil {
			n.t.Fatalf("report the missed challenge of deal %d: %v", id, err)
		}
	}
	n.t.Fatalf("farmer %s not disqualified in 60 s", f.Acct.Addr)
}

// liveDeal returns a deal of the renter with farmer a that the renter may challenge now or once it
// starts (as the contract decides: not settled, not past its end even if cancelled, no challenge
// open), and its first period.
func (n *Net) liveDeal(a common.Address) (uint64, uint32) {
	n.t.Helper()
	ctx := context.Background()
	c := n.Renter.Client
	it, err := c.Market.FilterDealCreated(&bind.FilterOpts{Start: n.Dep.StartBlock, Context: ctx}, nil,
		[]common.Address{n.Renter.Acct.Addr}, []common.Address{a})
	if err != nil {
		n.t.Fatal(err)
	}
	defer it.Close()
	h, err := c.Head(ctx)
	if err != nil {
		n.t.Fatal(err)
	}
	for it.Next() {
		d, err := c.Deal(ctx, it.Event.DealId)
		if err != nil {
			n.t.Fatal(err)
		}
		if d.Flags&chain.DealSettled == 0 && max(h.Period, d.StartPeriod)+1 < d.EndPeriod && d.ChallengeDeadline == 0 {
			return it.Event.DealId, d.StartPeriod
		}
	}
	n.t.Fatalf("the renter holds no deal with farmer %s that it can challenge", a)
	return 0, 0
}
