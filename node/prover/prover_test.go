package prover_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/prover"
	"github.com/granary-network/granary/node/testnet"
)

// 2+1 shards over 3 farmers, 64 KiB segments: a 200 KiB file is a 2-shard deal per farmer.
var params = pipeline.Params{DataShards: 2, ParityShards: 1, SegmentSize: 64 << 10}

var opts = prover.Options{Poll: 3 * time.Millisecond}

type deal struct {
	id     uint64
	farmer common.Address
	start  uint32
	end    uint32
	price  *big.Int
}

// setup starts a 3-farmer network and stores one file with a deal of `periods` periods on each farmer.
func setup(t *testing.T, periods uint32) (*testnet.Net, []deal) {
	t.Helper()
	n := testnet.New(t, testnet.Config{Farmers: 3, Periods: periods, Idle: idle, Params: testParams})
	m := n.PutRandom("f", 1, 200<<10, params)
	var deals []deal
	for _, sh := range m.Segments[0].Shards {
		d, err := n.Renter.Client.Deal(context.Background(), sh.DealID)
		if err != nil {
			t.Fatal(err)
		}
		deals = append(deals, deal{id: sh.DealID, farmer: sh.Farmer, start: d.StartPeriod, end: d.EndPeriod, price: d.PricePerPeriod})
	}
	if len(deals) != 3 {
		t.Fatalf("%d deals, want 3", len(deals))
	}
	return n, deals
}

// start runs a prover for farmer f until the test ends or stop is called.
func start(t *testing.T, f *testnet.Farmer) (*prover.Prover, context.CancelFunc) {
	p := prover.New(f.Client, f.Svc, opts)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = p.Run(ctx) }()
	stop := func() { cancel(); <-done }
	t.Cleanup(stop)
	return p, stop
}

// result waits for the prover's final outcome of period q.
func result(t *testing.T, p *prover.Prover, q uint32) prover.Result {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		r, ok := p.Result(q)
		if ok && r.Outcome != prover.Pending || time.Now().After(deadline) {
			return r
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func proven(t *testing.T, c *chain.Client, farmer common.Address, p uint32) bool {
	t.Helper()
	w, err := c.Market.ProvenBits(&bind.CallOpts{}, farmer, big.NewInt(int64(p>>8)))
	if err != nil {
		t.Fatal(err)
	}
	return w.Bit(int(p&0xff)) == 1
}

// Honest farmers prove every period of their deals, settle them when they end, and are paid exactly
// price × proven periods.
func TestHonestFarmersProveEveryPeriodAndArePaid(t *testing.T) {
	n, deals := setup(t, 4)
	provers := map[common.Address]*prover.Prover{}
	for _, f := range n.Farmers {
		provers[f.Acct.Addr], _ = start(t, f)
	}
	c := n.Renter.Client
	last := deals[0].end
	n.WaitPeriod(last + 1) // the deals' last period is over and settled in the next one
	ctx := context.Background()
	for _, d := range deals {
		for q := d.start; q < d.end; q++ {
			if !proven(t, c, d.farmer, q) {
				t.Errorf("farmer %s did not prove period %d", d.farmer, q)
			}
			if r := result(t, provers[d.farmer], q); r.Outcome != prover.Proven {
				t.Errorf("farmer %s period %d: result %+v", d.farmer, q, r)
			}
		}
		info, err := c.Farmer(ctx, d.farmer)
		if err != nil {
			t.Fatal(err)
		}
		if info.MissedPeriods != 0 || info.ProvenPeriods < d.end-d.start {
			t.Errorf("farmer %s: %d proven, %d missed", d.farmer, info.ProvenPeriods, info.MissedPeriods)
		}
	}
	// Settlement happens in the period after the end; give it a moment.
	deadline := time.Now().Add(10 * time.Second)
	for _, d := range deals {
		for {
			got, err := c.Deal(ctx, d.id)
			if err != nil {
				t.Fatal(err)
			}
			if got.Flags&4 != 0 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("deal %d not settled", d.id)
			}
			time.Sleep(10 * time.Millisecond)
		}
		it, err := c.Market.FilterDealSettled(&bind.FilterOpts{Start: n.Dep.StartBlock}, []uint64{d.id})
		if err != nil {
			t.Fatal(err)
		}
		if !it.Next() {
			t.Fatalf("deal %d: no DealSettled event", d.id)
		}
		want := new(big.Int).Mul(d.price, big.NewInt(int64(d.end-d.start)))
		if it.Event.Earned.Cmp(want) != 0 {
			t.Errorf("deal %d earned %v, want %v", d.id, it.Event.Earned, want)
		}
		bal, err := c.Market.Balances(&bind.CallOpts{}, d.farmer)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Cmp(want) != 0 {
			t.Errorf("farmer %s balance %v, want %v", d.farmer, bal, want)
		}
		it.Close()
	}
}

// A farmer whose shards are gone sends no heartbeat and records the loss; the others prove.
func TestLostDataIsNotProved(t *testing.T) {
	n, deals := setup(t, 20)
	victim := n.Farmers[0]
	victim.DeleteShards()
	provers := map[common.Address]*prover.Prover{}
	for _, f := range n.Farmers {
		provers[f.Acct.Addr], _ = start(t, f)
	}
	c := n.Renter.Client
	from := deals[0].start + 1
	n.WaitPeriod(from + 2)
	for q := from; q < from+2; q++ {
		for _, f := range n.Farmers {
			r := result(t, provers[f.Acct.Addr], q)
			if f == victim {
				if r.Outcome != prover.Lost || !errors.Is(r.Err, prover.ErrLost) {
					t.Errorf("victim period %d: result %+v, want lost", q, r)
				}
				if proven(t, c, f.Acct.Addr, q) {
					t.Errorf("victim proved period %d without its data", q)
				}
				continue
			}
			if r.Outcome != prover.Proven || !proven(t, c, f.Acct.Addr, q) {
				t.Errorf("farmer %s period %d: result %+v", f.Acct.Addr, q, r)
			}
		}
	}
}

// A prover stopped and replaced by a new one at many points of the periods (before, inside and after
// the windows, and right after sending) misses no period.
func TestRestartedProverMissesNothing(t *testing.T) {
	n, deals := setup(t, 20)
	f := n.Farmers[0]
	c := n.Renter.Client
	first := deals[0].start
	_, stop := start(t, f)
	end := first + 4
	var restarts int
	for {
		b, err := c.Block(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if c.Schedule.PeriodAt(b) >= end {
			break
		}
		time.Sleep(time.Duration(40+restarts*37%90) * time.Millisecond)
		stop()
		_, stop = start(t, f)
		restarts++
	}
	if restarts < 10 {
		t.Fatalf("only %d restarts", restarts)
	}
	for q := first; q < end; q++ {
		if !proven(t, c, f.Acct.Addr, q) {
			t.Errorf("period %d not proven across %d restarts", q, restarts)
		}
	}
}
