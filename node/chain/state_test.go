package chain_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
)

// Two deals with the same terms but for the nonce: FindDeal tells them apart by the nonce in their
// calldata, finds nothing for an unused nonce, and DealLive follows a cancel.
func TestFindDealAndLiveness(t *testing.T) {
	ctx := context.Background()
	c, dep, fc, farmer := newClient(t)
	if err := fc.Stake(ctx, market.Tokens(500)); err != nil {
		t.Fatal(err)
	}
	if err := fc.Announce(ctx, []byte("peer"), []byte("addrs"), market.Tokens(1), 1<<30); err != nil {
		t.Fatal(err)
	}
	renter := c.NewAccount(t, market.Tokens(1_000))
	rc, err := chain.New(ctx, fc.Backend(), dep, renter.Opts, chain.WithPollInterval(2*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	if err := rc.Approve(ctx, market.Tokens(1_000)); err != nil {
		t.Fatal(err)
	}
	head, err := rc.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	terms := func(nonce int64) market.DealTerms {
		return market.DealTerms{Renter: renter.Addr, Farmer: farmer.Addr, Root: [32]byte{1}, Size: 4096, ShardSize: 4096,
			PricePerPeriod: big.NewInt(10), Periods: 5, Collateral: big.NewInt(100), Nonce: big.NewInt(nonce),
			Deadline: big.NewInt(time.Now().Add(time.Hour).Unix())}
	}
	create := func(tm market.DealTerms) uint64 {
		rs, err := rc.Domain.Sign(tm, renter.Key)
		if err != nil {
			t.Fatal(err)
		}
		fs, err := rc.Domain.Sign(tm, farmer.Key)
		if err != nil {
			t.Fatal(err)
		}
		id, err := rc.CreateDeal(ctx, tm, rs, fs)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	a, b, unused := terms(1), terms(2), terms(3)
	b.Deadline = a.Deadline
	idA, idB := create(a), create(b)
	for _, tc := range []struct {
		tm   market.DealTerms
		id   uint64
		want bool
	}{{a, idA, true}, {b, idB, true}, {unused, 0, false}} {
		id, found, err := rc.FindDeal(ctx, tc.tm, head.Number)
		if err != nil || found != tc.want || id != tc.id {
			t.Fatalf("FindDeal(nonce %v) = %d %v %v, want %d %v", tc.tm.Nonce, id, found, err, tc.id, tc.want)
		}
	}
	// Searching from after the deals were made: the nonce is used but the event is out of range.
	late, err := rc.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := rc.FindDeal(ctx, a, late.Number+1); err == nil {
		t.Fatal("FindDeal past the deal's block found it or said nothing")
	}

	st, err := rc.FarmerState(ctx, farmer.Addr)
	if err != nil || st.Disqualified || st.LastProven != 0 {
		t.Fatalf("farmer state %+v %v", st, err)
	}
	d, err := rc.Deal(ctx, idA)
	if err != nil {
		t.Fatal(err)
	}
	if !chain.DealLive(d, st, d.StartPeriod) || chain.DealLive(d, st, d.EndPeriod) {
		t.Fatalf("deal %d [%d, %d) liveness wrong", idA, d.StartPeriod, d.EndPeriod)
	}
	if dq := (chain.FarmerState{Disqualified: true, DqPeriod: d.StartPeriod + 1}); chain.DealLive(d, dq, d.StartPeriod+1) {
		t.Fatal("deal of a disqualified farmer still live")
	}
	// A renter challenge the farmer leaves unanswered, reported: the farmer shows as penalized in
	// that range, and only there.
	mine := func(until func(chain.Head) bool) chain.Head {
		for {
			h, err := rc.Head(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if until(h) {
				return h
			}
			if err := rc.Approve(ctx, market.Tokens(1_000)); err != nil { // one transaction, one block
				t.Fatal(err)
			}
		}
	}
	mine(func(h chain.Head) bool { return h.Period >= d.StartPeriod })
	rcpt, err := rc.Transact(ctx, "challenge", func(o *bind.TransactOpts) (*types.Transaction, error) { return rc.Market.Challenge(o, idB) })
	if err != nil {
		t.Fatal(err)
	}
	ev, err := rc.Market.ParseChallengeIssued(*rcpt.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	before := mine(func(h chain.Head) bool { return h.Number > ev.Deadline })
	if _, err := rc.Transact(ctx, "report", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return rc.Market.ReportChallengeMissed(o, idB)
	}); err != nil {
		t.Fatal(err)
	}
	after, _ := rc.Head(ctx)
	if p, err := rc.PenalizedFarmers(ctx, before.Number+1, after.Number, []common.Address{farmer.Addr, renter.Addr}); err != nil || len(p) != 1 || !p[farmer.Addr] {
		t.Fatalf("penalized after the report: %v %v", p, err)
	}
	if p, err := rc.PenalizedFarmers(ctx, head.Number, before.Number, []common.Address{farmer.Addr}); err != nil || len(p) != 0 {
		t.Fatalf("penalized before the report: %v %v", p, err)
	}
	if st, err = rc.FarmerState(ctx, farmer.Addr); err != nil || st.ConsecutiveMisses != 1 {
		t.Fatalf("state after one reported miss: %+v %v", st, err)
	}

	if err := rc.CancelDeal(ctx, idA); err != nil {
		t.Fatal(err)
	}
	if d, err = rc.Deal(ctx, idA); err != nil {
		t.Fatal(err)
	}
	if chain.DealLive(d, st, d.StartPeriod) {
		t.Fatal("cancelled deal still live")
	}
}
