package auditor_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/auditor"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/prover"
	"github.com/granary-network/granary/node/testnet"
)

var params = pipeline.Params{DataShards: 2, ParityShards: 1, SegmentSize: 64 << 10}

const poll = 3 * time.Millisecond

// setup starts 3 farmers, stores a file with a deal on each, and returns the deals' first period.
func setup(t *testing.T) (*testnet.Net, uint32) {
	t.Helper()
	n := testnet.New(t, testnet.Config{Farmers: 3, Periods: 20, Idle: idle, Params: testParams})
	m := n.PutRandom("f", 3, 200<<10, params)
	d, err := n.Renter.Client.Deal(context.Background(), m.Segments[0].Shards[0].DealID)
	if err != nil {
		t.Fatal(err)
	}
	return n, d.StartPeriod
}

func run(t *testing.T, r interface{ Run(context.Context) error }) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = r.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
}

func newAuditor(t *testing.T, n *testnet.Net) (*auditor.Auditor, *chain.Client) {
	t.Helper()
	acct := n.Chain.NewAccount(t, market.Tokens(1))
	c, err := chain.New(context.Background(), n.Backend, n.Dep, acct.Opts, chain.WithPollInterval(2*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	a := auditor.New(c, auditor.Options{Poll: poll})
	run(t, a)
	return a, c
}

func missReports(t *testing.T, n *testnet.Net, c *chain.Client) map[common.Address][]uint32 {
	t.Helper()
	it, err := c.Market.FilterMissReported(&bind.FilterOpts{Start: n.Dep.StartBlock}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	out := map[common.Address][]uint32{}
	for it.Next() {
		out[it.Event.Farmer] = append(out[it.Event.Farmer], it.Event.Period)
	}
	return out
}

// Beside honest farmers the auditor reports nothing, and every heartbeat verifies off-chain.
func TestHonestFarmersAreNotReported(t *testing.T) {
	n, first := setup(t)
	for _, f := range n.Farmers {
		run(t, prover.New(f.Client, f.Svc, prover.Options{Poll: poll}))
	}
	a, c := newAuditor(t, n)
	n.WaitPeriod(first + 4)
	if r := missReports(t, n, c); len(r) != 0 {
		t.Fatalf("honest farmers reported: %v", r)
	}
	for _, r := range a.Reports() {
		if r.Outcome == auditor.Reported {
			t.Errorf("auditor reported %+v", r)
		}
	}
	ok := map[uint32]int{}
	for _, v := range a.Verifications() {
		if v.Err != nil {
			t.Errorf("heartbeat of %s for period %d does not verify: %v", v.Farmer, v.Period, v.Err)
		}
		if len(v.Challenges) != int(c.Params.ChallengesPerHeartbeat) {
			t.Errorf("heartbeat of %s for period %d: %d challenges", v.Farmer, v.Period, len(v.Challenges))
		}
		ok[v.Period]++
	}
	for q := first + 1; q < first+4; q++ {
		if ok[q] != len(n.Farmers) {
			t.Errorf("period %d: %d heartbeats verified, want %d", q, ok[q], len(n.Farmers))
		}
	}
}

// A farmer that stops is reported every period, slashed, and disqualified after 3 misses; two
// auditors race and the chain records each miss once; the bounties are paid.
func TestStoppedFarmerIsReportedAndDisqualified(t *testing.T) {
	n, first := setup(t)
	victim := n.Farmers[0]
	victim.Stop()
	for _, f := range n.Farmers[1:] {
		run(t, prover.New(f.Client, f.Svc, prover.Options{Poll: poll}))
	}
	a1, c := newAuditor(t, n)
	a2, c2 := newAuditor(t, n)
	threshold := c.Params.DisqualifyAfterMisses
	ctx := context.Background()
	deadline := time.Now().Add(40 * time.Second)
	for {
		info, err := c.Farmer(ctx, victim.Acct.Addr)
		if err != nil {
			t.Fatal(err)
		}
		if info.Disqualified {
			if info.MissedPeriods != threshold || info.Slashes != threshold {
				t.Errorf("disqualified after %d misses, %d slashes; want %d", info.MissedPeriods, info.Slashes, threshold)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("victim not disqualified in 40 s: %+v", info)
		}
		time.Sleep(20 * time.Millisecond)
	}
	reports := missReports(t, n, c)
	if len(reports) != 1 || len(reports[victim.Acct.Addr]) != int(threshold) {
		t.Fatalf("miss reports %v, want %d of the victim only", reports, threshold)
	}
	for i, q := range reports[victim.Acct.Addr] {
		if q != first+uint32(i) {
			t.Errorf("miss %d reported for period %d, want %d", i, q, first+uint32(i))
		}
	}
	var mine int
	for _, a := range []*auditor.Auditor{a1, a2} {
		for _, r := range a.Reports() {
			if r.Farmer == victim.Acct.Addr {
				if r.Outcome == auditor.Reported {
					mine++
				} else if r.Outcome != auditor.AlreadyReported && !(r.Outcome == auditor.NotObliged && r.Period < first) {
					t.Errorf("victim's period %d: %v", r.Period, r.Outcome)
				}
			} else if r.Outcome == auditor.Reported {
				t.Errorf("honest farmer reported: %+v", r)
			}
		}
	}
	if mine != int(threshold) {
		t.Errorf("auditors record %d reports mined, want %d", mine, threshold)
	}
	bounties := new(big.Int)
	for _, acct := range []common.Address{c.Address(), c2.Address()} {
		b, err := c.Market.Balances(&bind.CallOpts{}, acct)
		if err != nil {
			t.Fatal(err)
		}
		bounties.Add(bounties, b)
	}
	if bounties.Sign() <= 0 {
		t.Fatal("no bounty paid to the auditors")
	}
}
