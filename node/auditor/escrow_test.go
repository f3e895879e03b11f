package auditor_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/prover"
)

// accScale is StorageMarket's ACC_SCALE: slash shares per leaf are kept scaled by 10^18.
var accScale = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// End to end through the nodes: a farmer deletes its shards, its prover records the losses and sends
// nothing, the auditor reports each miss, the farmer is slashed and disqualified at the threshold, and
// when the renter settles the deal and withdraws, its token balance grows by exactly what the
// contract's rules give it back: the escrow of every period not proven, the collateral, and its share
// of the slashes, each computed here from the chain's own records.
func TestDisqualifiedFarmersRenterGetsUnearnedEscrowBack(t *testing.T) {
	n, _ := setup(t)
	victim := n.Farmers[0]
	victim.DeleteShards()
	for _, f := range n.Farmers {
		run(t, prover.New(f.Client, f.Svc, prover.Options{Poll: poll, NoSettle: true}))
	}
	newAuditor(t, n)
	ctx := context.Background()
	c := n.Renter.Client
	co := &bind.CallOpts{}
	var fi struct {
		disqualified bool
		dq           uint32
	}
	waitFor(t, "victim disqualified", func() bool {
		st, err := c.Market.GetFarmer(co, victim.Acct.Addr)
		if err != nil {
			t.Fatal(err)
		}
		fi.disqualified, fi.dq = st.Disqualified, st.DqPeriod
		return st.Disqualified
	})

	// The victim's deal and what the rules say it owes the renter.
	var id uint64
	it, err := c.Market.FilterDealCreated(&bind.FilterOpts{Start: n.Dep.StartBlock}, nil, nil, []common.Address{victim.Acct.Addr})
	if err != nil {
		t.Fatal(err)
	}
	for it.Next() {
		if id != 0 {
			t.Fatal("the victim holds more than one deal; the share computation below assumes one")
		}
		id = it.Event.DealId
	}
	it.Close()
	d, err := c.Deal(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	end := d.EndPeriod // effective end: a disqualified farmer's deals end at its dqPeriod
	if fi.dq < end {
		end = max(fi.dq, d.StartPeriod)
	}
	n.WaitPeriod(end) // settle needs the (effective) last period over
	var proven int64
	for q := d.StartPeriod; q < end; q++ {
		w, err := c.Market.ProvenBits(co, victim.Acct.Addr, big.NewInt(int64(q>>8)))
		if err != nil {
			t.Fatal(err)
		}
		proven += int64(w.Bit(int(q & 0xff)))
	}
	price := d.PricePerPeriod
	earned := new(big.Int).Mul(price, big.NewInt(proven))
	refund := new(big.Int).Sub(new(big.Int).Mul(price, big.NewInt(int64(d.Periods))), earned)
	// The renters' part of each slash (amount - bounty) is spread over the farmer's set per leaf:
	// acc += rest * 10^18 / totalLeaves; a deal takes leaves * (acc - accStart) / 10^18, at most the pool.
	st, err := c.Market.GetFarmer(co, victim.Acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	if st.TotalLeaves != d.Leaves {
		t.Fatalf("victim's set holds %d leaves, its one deal %d", st.TotalLeaves, d.Leaves)
	}
	acc, pool := new(big.Int).Set(d.AccStart), new(big.Int)
	sit, err := c.Market.FilterSlashed(&bind.FilterOpts{Start: n.Dep.StartBlock}, []common.Address{victim.Acct.Addr}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var slashes int
	for sit.Next() {
		slashes++
		rest := new(big.Int).Sub(sit.Event.Amount, sit.Event.Bounty)
		pool.Add(pool, rest)
		acc.Add(acc, new(big.Int).Div(new(big.Int).Mul(rest, accScale), new(big.Int).SetUint64(d.Leaves)))
	}
	sit.Close()
	if slashes != int(c.Params.DisqualifyAfterMisses) || pool.Cmp(st.SlashPool) != 0 {
		t.Fatalf("%d slashes, renters' part %v (farmer's pool %v); want %d slashes", slashes, pool, st.SlashPool, c.Params.DisqualifyAfterMisses)
	}
	share := new(big.Int).Div(new(big.Int).Mul(new(big.Int).SetUint64(d.Leaves), new(big.Int).Sub(acc, d.AccStart)), accScale)
	if share.Cmp(pool) > 0 {
		share = pool
	}
	if refund.Sign() <= 0 || share.Sign() <= 0 {
		t.Fatalf("nothing to give back: refund %v share %v", refund, share)
	}

	renter := n.Renter.Acct.Addr
	credited, err := c.Withdrawable(ctx, renter)
	if err != nil {
		t.Fatal(err)
	}
	tokens, _, err := c.Funds(ctx, renter)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Settle(ctx, id); err != nil {
		t.Fatal(err)
	}
	dit, err := c.Market.FilterDealSettled(&bind.FilterOpts{Start: n.Dep.StartBlock}, []uint64{id})
	if err != nil {
		t.Fatal(err)
	}
	if !dit.Next() {
		t.Fatalf("deal %d: no DealSettled event", id)
	}
	ev := dit.Event
	dit.Close()
	if ev.Refund.Cmp(refund) != 0 || ev.Earned.Cmp(earned) != 0 || ev.CollateralToRenter.Cmp(d.Collateral) != 0 || ev.SlashShare.Cmp(share) != 0 {
		t.Errorf("settled: refund %v earned %v collateral %v share %v; want %v %v %v %v",
			ev.Refund, ev.Earned, ev.CollateralToRenter, ev.SlashShare, refund, earned, d.Collateral, share)
	}
	if _, err := c.Withdraw(ctx); err != nil {
		t.Fatal(err)
	}
	after, _, err := c.Funds(ctx, renter)
	if err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Add(credited, refund)
	want.Add(want, d.Collateral).Add(want, share)
	if got := new(big.Int).Sub(after, tokens); got.Cmp(want) != 0 {
		t.Errorf("renter's tokens grew by %v, want %v (credited before %v + unearned escrow %v of %d periods at %v, %d proven + collateral %v + slash share %v)",
			got, want, credited, refund, d.Periods, price, proven, d.Collateral, share)
	}
	t.Logf("deal %d: %d of %d periods proven before disqualification at period %d; renter got back unearned escrow %v + collateral %v + slash share %v",
		id, proven, d.Periods, fi.dq, refund, d.Collateral, share)
}
