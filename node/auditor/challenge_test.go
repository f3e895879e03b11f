package auditor_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/node/auditor"
	"github.com/granary-network/granary/node/prover"
)

// A renter challenges a deal of a farmer whose shards are gone (its prover records the loss and
// answers nothing) and one of an honest farmer (answered): the auditor reports the first once its
// deadline has passed, the farmer is slashed once for it and the renter is paid the renter share; the
// second is left alone.
func TestMissedRenterChallengeIsReported(t *testing.T) {
	n, first := setup(t)
	victim, honest := n.Farmers[0], n.Farmers[1]
	victim.DeleteShards()
	for _, f := range n.Farmers {
		run(t, prover.New(f.Client, f.Svc, prover.Options{Poll: poll}))
	}
	a, c := newAuditor(t, n)
	ctx := context.Background()
	dealOf := map[[20]byte]uint64{}
	it, err := c.Market.FilterDealCreated(&bind.FilterOpts{Start: n.Dep.StartBlock}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for it.Next() {
		d, err := c.Deal(ctx, it.Event.DealId)
		if err != nil {
			t.Fatal(err)
		}
		dealOf[d.Farmer] = it.Event.DealId
	}
	it.Close()
	n.WaitPeriod(first)
	renter := n.Renter.Acct.Addr
	before, err := c.Market.Balances(&bind.CallOpts{}, renter)
	if err != nil {
		t.Fatal(err)
	}
	evL := n.Challenge(dealOf[victim.Acct.Addr])
	evH := n.Challenge(dealOf[honest.Acct.Addr])

	var rep auditor.ChallengeReport
	deadline := time.Now().Add(40 * time.Second)
	for found := 0; found < 2; {
		found = 0
		for _, r := range a.ChallengeReports() {
			if r.DealID == evL.DealId && r.Deadline == evL.Deadline {
				rep = r
				found++
			}
			if r.DealID == evH.DealId && r.Deadline == evH.Deadline {
				if r.Outcome != auditor.ChallengeClosed {
					t.Errorf("answered challenge: %+v", r)
				}
				found++
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("challenges not settled by the auditor in 40 s: %+v", a.ChallengeReports())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if rep.Outcome != auditor.ChallengeReported || rep.Farmer != victim.Acct.Addr {
		t.Fatalf("missed challenge: %+v", rep)
	}
	rcpt, err := c.Backend().TransactionReceipt(ctx, rep.Tx)
	if err != nil {
		t.Fatal(err)
	}
	if b := rcpt.BlockNumber.Uint64(); b <= evL.Deadline {
		t.Errorf("reported in block %d, deadline %d", b, evL.Deadline)
	}
	var slashes []*bindings.StorageMarketSlashed
	var missed int
	for _, l := range rcpt.Logs {
		if ev, err := c.Market.ParseSlashed(*l); err == nil {
			slashes = append(slashes, ev)
		}
		if ev, err := c.Market.ParseChallengeMissReported(*l); err == nil {
			missed++
			if ev.DealId != evL.DealId || ev.Farmer != victim.Acct.Addr || ev.Reporter != c.Address() {
				t.Errorf("ChallengeMissReported %+v", ev)
			}
		}
	}
	if missed != 1 || len(slashes) != 1 || slashes[0].Farmer != victim.Acct.Addr {
		t.Fatalf("report transaction: %d ChallengeMissReported, slashes %+v", missed, slashes)
	}
	// The farmer's slash count went up by one in that transaction (read at its block and the one
	// before, minus other slashes of the victim mined in the same block, e.g. a period miss report).
	sameBlock := 0
	sit, err := c.Market.FilterSlashed(&bind.FilterOpts{Start: rcpt.BlockNumber.Uint64(), End: ptr(rcpt.BlockNumber.Uint64())}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for sit.Next() {
		if sit.Event.Farmer == victim.Acct.Addr {
			sameBlock++
		}
	}
	sit.Close()
	at := func(b uint64) uint32 {
		fi, err := c.Market.GetFarmer(&bind.CallOpts{BlockNumber: new(big.Int).SetUint64(b)}, victim.Acct.Addr)
		if err != nil {
			t.Fatal(err)
		}
		return fi.SlashCount
	}
	if b := rcpt.BlockNumber.Uint64(); at(b)-at(b-1) != uint32(sameBlock) || sameBlock < 1 {
		t.Errorf("slash count %d → %d across the report's block, %d slashes of the victim in it", at(b-1), at(b), sameBlock)
	}
	// The renter share (the slash less the reporter's bounty) is the renter's to withdraw.
	after, err := c.Market.Balances(&bind.CallOpts{}, renter)
	if err != nil {
		t.Fatal(err)
	}
	share := new(big.Int).Sub(slashes[0].Amount, slashes[0].Bounty)
	if got := new(big.Int).Sub(after, before); got.Cmp(share) != 0 || share.Sign() <= 0 {
		t.Errorf("renter balance rose by %v, want the renter share %v", got, share)
	}
	if d, err := c.Deal(ctx, evL.DealId); err != nil || d.ChallengeDeadline != 0 {
		t.Errorf("reported challenge still open: %d %v", d.ChallengeDeadline, err)
	}
	if fi, err := c.Farmer(ctx, honest.Acct.Addr); err != nil || fi.Slashes != 0 {
		t.Errorf("honest farmer slashed: %+v %v", fi, err)
	}
}

func ptr[T any](v T) *T { return &v }
