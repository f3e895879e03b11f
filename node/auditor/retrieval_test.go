package auditor_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/auditor"
	"github.com/granary-network/granary/node/wire"
)

// Retrievability audits over libp2p: an honest farmer passes every one, a farmer that deleted its
// shards fails every one, and the counts per farmer say so.
func TestRetrievabilityAudits(t *testing.T) {
	n, first := setup(t)
	victim := n.Farmers[0]
	victim.DeleteShards()
	acct := n.Chain.NewAccount(t, market.Tokens(1))
	a := auditor.New(n.Client(acct), auditor.Options{Poll: poll, Prober: auditor.P2P{H: n.NewHost()}})
	run(t, a)
	ctx := context.Background()
	c := n.Renter.Client
	dealOf := map[common.Address]uint64{}
	it, err := c.Market.FilterDealCreated(&bind.FilterOpts{Start: n.Dep.StartBlock}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for it.Next() {
		dealOf[it.Event.Farmer] = it.Event.DealId
	}
	it.Close()
	if len(dealOf) != 3 {
		t.Fatalf("deals %v", dealOf)
	}
	// Before its first period a deal is not audited.
	if _, err := a.AuditDeal(ctx, dealOf[victim.Acct.Addr]); err == nil {
		t.Fatal("audited a deal that has not started")
	}
	n.WaitPeriod(first)
	const rounds = 4
	for range rounds {
		for _, f := range n.Farmers {
			r, err := a.AuditDeal(ctx, dealOf[f.Acct.Addr])
			if err != nil {
				t.Fatal(err)
			}
			if r.Farmer != f.Acct.Addr || r.DealID != dealOf[f.Acct.Addr] {
				t.Fatalf("audit %+v of deal %d", r, dealOf[f.Acct.Addr])
			}
			if f == victim {
				if r.Outcome != auditor.RetrievalFailed || !errors.Is(r.Err, wire.ErrCorrupt) {
					t.Errorf("farmer without its shards: %+v", r)
				}
			} else if r.Outcome != auditor.RetrievalPassed || r.Err != nil {
				t.Errorf("honest farmer: %+v", r)
			}
		}
	}
	// A random audit picks one of the deals the auditor saw created (from the chain's events).
	var r auditor.RetrievalAudit
	waitFor(t, "random audit", func() bool {
		r, err = a.AuditRandom(ctx)
		return !errors.Is(err, auditor.ErrNoLiveDeal)
	})
	if err != nil || dealOf[r.Farmer] != r.DealID || (r.Outcome == auditor.RetrievalPassed) == (r.Farmer == victim.Acct.Addr) {
		t.Fatalf("random audit %+v %v", r, err)
	}
	stats := a.RetrievalStats()
	for _, f := range n.Farmers {
		s := stats[f.Acct.Addr]
		want := auditor.RetrievalStats{Passed: rounds, Last: s.Last}
		if f == victim {
			want = auditor.RetrievalStats{Failed: rounds, Last: s.Last}
		}
		if f.Acct.Addr == r.Farmer {
			if r.Outcome == auditor.RetrievalPassed {
				want.Passed++
			} else {
				want.Failed++
			}
		}
		if s != want || s.Last.IsZero() {
			t.Errorf("farmer %s: stats %+v, want %+v", f.Acct.Addr, s, want)
		}
	}
	if got := len(a.RetrievalAudits()); got != rounds*3+1 {
		t.Errorf("%d audits recorded, want %d", got, rounds*3+1)
	}
	// A farmer that cannot be reached is not counted as having lost its data.
	n.Farmers[1].Stop()
	r, err = a.AuditDeal(ctx, dealOf[n.Farmers[1].Acct.Addr])
	if err != nil || r.Outcome != auditor.RetrievalNoAnswer || !errors.Is(r.Err, auditor.ErrNoAnswer) {
		t.Errorf("stopped farmer: %+v %v", r, err)
	}
}
