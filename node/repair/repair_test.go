package repair_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/prover"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/node/repair"
	"github.com/granary-network/granary/node/testnet"
	"github.com/granary-network/granary/proofs"
)

// 3+3 shards, 64 KiB segments: a 300 KiB file is 5 segments, each column a 5-shard deal.
var params = pipeline.Params{DataShards: 3, ParityShards: 3, SegmentSize: 64 << 10}

const fileSize = 300<<10 + 123

func newNet(t *testing.T, farmers int, wrap func(*testnet.Net, renter.Network) renter.Network) *testnet.Net {
	t.Helper()
	// Deals long enough that none ends while the chain is mined through many periods.
	return testnet.New(t, testnet.Config{Farmers: farmers, Periods: 1000, WrapNetwork: wrap})
}

func newWorker(t *testing.T, n *testnet.Net, opts ...repair.Option) *repair.Worker {
	t.Helper()
	base := []repair.Option{
		// Test farmers run no prover, so every period goes unproven: only misses reported on chain
		// count here (TestUnprovenPeriods runs provers and checks the other rule).
		repair.WithUnprovenPeriods(0),
		repair.WithStageDir(t.TempDir()),
	}
	w, err := repair.New(n.Renter.Renter, n.Renter.Client, n.Renter.Store, n.Renter.Pipe, append(base, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func runOnce(t *testing.T, w *repair.Worker) repair.Report {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	rep, err := w.RunOnce(ctx)
	if err != nil {
		var b bytes.Buffer
		rep.WriteText(&b)
		t.Fatalf("repair pass: %v\n%s", err, b.String())
	}
	return rep
}

func get(t *testing.T, n *testnet.Net, name string) []byte {
	t.Helper()
	var out bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := n.Renter.Get(ctx, name, &out); err != nil {
		t.Fatalf("get %s: %v", name, err)
	}
	return out.Bytes()
}

func manifestOf(t *testing.T, n *testnet.Net, name string) *manifest.Manifest {
	t.Helper()
	m, err := n.Renter.Store.Get(context.Background(), name)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// check verifies what must hold of a file at every moment: no farmer holds two shards of a segment,
// and every segment has at least k shards with farmers that are up, not disqualified, and hold
// them. It returns the fewest such shards of any segment.
func check(t *testing.T, n *testnet.Net, m *manifest.Manifest, dq map[common.Address]bool) int {
	t.Helper()
	least := m.TotalShards()
	for s, seg := range m.Segments {
		seen := map[[20]byte]int{}
		healthy := 0
		for c, sh := range seg.Shards {
			if prev, dup := seen[sh.Farmer]; dup {
				t.Fatalf("segment %d: shards %d and %d both with farmer %x", s, prev, c, sh.Farmer)
			}
			seen[sh.Farmer] = c
			f := n.Farmer(sh.Farmer)
			if f != nil && f.Running() && !dq[f.Acct.Addr] && f.Store.Has(sh.Root) {
				healthy++
			}
		}
		if healthy < m.DataShards {
			t.Fatalf("segment %d has %d healthy shards, fewer than k = %d", s, healthy, m.DataShards)
		}
		least = min(least, healthy)
	}
	return least
}

// checkDeals verifies that every shard's deal is live on chain, with the farmer the manifest names,
// holding the shard at the position the manifest gives (by the roots, when the manifest still places
// every shard of the deal; by the deal's shape otherwise).
func checkDeals(t *testing.T, n *testnet.Net, m *manifest.Manifest) {
	t.Helper()
	ctx := context.Background()
	c := n.Renter.Client
	head, err := c.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	type deal struct {
		farmer [20]byte
		roots  []proofs.Hash
		pos    []int
	}
	deals := map[uint64]*deal{}
	for _, seg := range m.Segments {
		for _, sh := range seg.Shards {
			d := deals[sh.DealID]
			if d == nil {
				d = &deal{farmer: sh.Farmer}
				deals[sh.DealID] = d
			}
			if d.farmer != sh.Farmer {
				t.Fatalf("deal %d placed with two farmers", sh.DealID)
			}
			d.roots = append(d.roots, sh.Root)
			d.pos = append(d.pos, sh.DealIndex)
		}
	}
	for id, d := range deals {
		on, err := c.Deal(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		st, err := c.FarmerState(ctx, d.farmer)
		if err != nil {
			t.Fatal(err)
		}
		shape := proofs.DealShape{Leaves: on.Leaves, ShardLeaves: on.ShardLeaves}
		full := uint64(len(d.roots)) == shape.Shards()
		if on.Farmer != d.farmer || !chain.DealLive(on, st, head.Period) || full && proofs.Hash(on.Root) != proofs.DealRoot(d.roots) ||
			uint64(d.pos[len(d.pos)-1]) >= shape.Shards() {
			t.Fatalf("deal %d on chain (farmer %s, live %v, %d shards) is not the one the manifest describes (%d shards at %v)", id,
				on.Farmer, chain.DealLive(on, st, head.Period), shape.Shards(), len(d.roots), d.pos)
		}
	}
}

// dealsFor counts the deals ever created on chain over the shards of column col of segments segs of
// m (a deal's root commits to exactly those shards).
func dealsFor(t *testing.T, n *testnet.Net, m *manifest.Manifest, col int, segs []int) int {
	t.Helper()
	roots := make([]proofs.Hash, len(segs))
	for i, s := range segs {
		roots[i] = m.Segments[s].Shards[col].Root
	}
	want := proofs.DealRoot(roots)
	it, err := n.Renter.Client.Market.FilterDealCreated(&bind.FilterOpts{Start: n.Dep.StartBlock}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	count := 0
	for it.Next() {
		if proofs.Hash(it.Event.Root) == want {
			count++
		}
	}
	return count
}

func allSegments(m *manifest.Manifest) []int {
	out := make([]int, len(m.Segments))
	for i := range out {
		out[i] = i
	}
	return out
}

// columnOf returns the column farmer a holds in every segment of m (-1 if none).
func columnOf(m *manifest.Manifest, a common.Address) int {
	for c, sh := range m.Segments[0].Shards {
		if sh.Farmer == a {
			return c
		}
	}
	return -1
}

// Farmers are stopped and disqualified one after another while the repair daemon runs, and gets and
// a put go on beside it: after each loss the file's lost column moves to a fresh farmer, the file
// never has fewer than k healthy shards in any segment, it reads back byte-identical throughout, no
// segment ever has two shards on one farmer, and each lost column costs exactly one new deal, the
// old one cancelled.
func TestRepairWhileFarmersFail(t *testing.T) {
	n := newNet(t, 6, nil)
	ctx := context.Background()
	// Deals the worker does not manage, one with each farmer: disqualifying a farmer challenges
	// one of them, so the repair of the file (which cancels its old deals) never races with it.
	n.PutRandom("decoy", 9, 10<<10, params)
	if err := n.Renter.Store.Delete(ctx, "decoy"); err != nil {
		t.Fatal(err)
	}
	data := testnet.RandomFile(1, fileSize)
	m0 := n.PutRandom("f", 1, fileSize, params)
	for range 5 {
		n.AddFarmer()
	}
	var mu sync.Mutex
	var reports []repair.Report
	w := newWorker(t, n, repair.WithUnreachableAfter(0), repair.WithInterval(200*time.Millisecond),
		repair.WithPoll(20*time.Millisecond), repair.WithReportFunc(func(r repair.Report) {
			mu.Lock()
			reports = append(reports, r)
			mu.Unlock()
		}))
	wctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); _ = w.Run(wctx) }()
	t.Cleanup(func() { stop(); <-done })

	// Gets and a put beside the repairs: every one must succeed, byte-identical.
	var gets atomic.Int64
	getErr := make(chan error, 1)
	gctx, stopGets := context.WithCancel(ctx)
	getsDone := make(chan struct{})
	go func() {
		defer close(getsDone)
		for gctx.Err() == nil {
			var out bytes.Buffer
			if err := n.Renter.Get(gctx, "f", &out); err != nil {
				if gctx.Err() == nil {
					getErr <- err
				}
				return
			}
			if !bytes.Equal(out.Bytes(), data) {
				getErr <- errors.New("file differs")
				return
			}
			gets.Add(1)
		}
	}()
	defer func() { stopGets(); <-getsDone }()
	putDone := make(chan error, 1)
	go func() {
		_, err := n.Renter.Put(ctx, "other", bytes.NewReader(testnet.RandomFile(2, 100<<10)), params)
		putDone <- err
	}()

	dq := map[common.Address]bool{}
	lost := map[int]int{} // column → times lost
	for round, how := range []string{"stop", "disqualify", "stop", "disqualify"} {
		m := manifestOf(t, n, "f")
		check(t, n, m, dq)
		// The victim: a farmer holding a column of the file, and (to disqualify) a decoy deal.
		var victim *testnet.Farmer
		for _, sh := range m.Segments[0].Shards {
			f := n.Farmer(sh.Farmer)
			if how == "stop" || columnOf(m0, f.Acct.Addr) >= 0 {
				victim = f
				break
			}
		}
		if victim == nil {
			t.Fatalf("round %d: no farmer of the file left with a decoy deal to disqualify", round)
		}
		col := columnOf(m, victim.Acct.Addr)
		lost[col]++
		t.Logf("round %d: %s farmer %s (column %d)", round, how, victim.Acct.Addr, col)
		if how == "stop" {
			victim.Stop()
		} else {
			n.Disqualify(victim)
			dq[victim.Acct.Addr] = true
		}
		least := m.TotalShards()
		deadline := time.Now().Add(60 * time.Second)
		for {
			m = manifestOf(t, n, "f")
			least = min(least, check(t, n, m, dq))
			if columnOf(m, victim.Acct.Addr) < 0 && check(t, n, m, dq) == m.TotalShards() {
				break
			}
			select {
			case err := <-getErr:
				t.Fatalf("round %d: a get beside the repair failed: %v", round, err)
			default:
			}
			if time.Now().After(deadline) {
				var b bytes.Buffer
				mu.Lock()
				if len(reports) > 0 {
					reports[len(reports)-1].WriteText(&b)
				}
				mu.Unlock()
				t.Fatalf("round %d: column %d not repaired in 60 s; last pass:\n%s", round, col, b.String())
			}
			time.Sleep(10 * time.Millisecond)
		}
		if !bytes.Equal(get(t, n, "f"), data) {
			t.Fatalf("round %d: file differs after repair", round)
		}
		t.Logf("round %d: repaired; fewest healthy shards of a segment meanwhile: %d", round, least)
	}
	if err := <-putDone; err != nil {
		t.Fatalf("a put beside the repairs: %v", err)
	}
	stopGets()
	<-getsDone
	select {
	case err := <-getErr:
		t.Fatalf("a get beside the repair failed: %v", err)
	default:
	}
	if gets.Load() == 0 {
		t.Fatal("no get completed beside the repairs")
	}
	stop()
	<-done
	m := manifestOf(t, n, "f")
	checkDeals(t, n, m)
	for col := range m.TotalShards() {
		if got, want := dealsFor(t, n, m, col, allSegments(m)), 1+lost[col]; got != want {
			t.Errorf("column %d: %d deals on chain, want %d (1 + %d repairs)", col, got, want, lost[col])
		}
	}
	mu.Lock()
	defer mu.Unlock()
	var cancelled int
	for _, r := range reports {
		cancelled += len(r.Cancelled)
	}
	if cancelled < 2 { // the stopped farmers' deals (a disqualified farmer's deals have ended on their own)
		t.Errorf("%d old deals cancelled, want at least 2", cancelled)
	}
	t.Logf("%d passes, %d gets beside them", len(reports), gets.Load())
}

// cutter wraps the renter's network: once armed, the next upload stream calls cancel after 20 KiB,
// which kills the repair pass in the middle of an upload.
type cutter struct {
	renter.Network
	mu     sync.Mutex
	cancel context.CancelFunc
	fired  atomic.Bool
}

func (c *cutter) arm(cancel context.CancelFunc) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cancel = cancel
}

func (c *cutter) Open(ctx context.Context, f chain.FarmerInfo, protocol string) (renter.Stream, error) {
	st, err := c.Network.Open(ctx, f, protocol)
	if err != nil || protocol != "/granary/upload/1.0.0" {
		return st, err
	}
	c.mu.Lock()
	cancel := c.cancel
	c.cancel = nil
	c.mu.Unlock()
	if cancel == nil {
		return st, nil
	}
	return &cutStream{Stream: st, left: 20 << 10, fire: func() { c.fired.Store(true); cancel() }}, nil
}

type cutStream struct {
	renter.Stream
	left int
	fire func()
}

func (c *cutStream) Write(p []byte) (int, error) {
	n, err := c.Stream.Write(p)
	if c.left -= n; c.left <= 0 && c.fire != nil {
		c.fire()
		c.fire = nil
	}
	return n, err
}

var errKill = errors.New("killed")

// journal returns the open entries of a kind in the renter's catalogue.
func journal(t *testing.T, n *testnet.Net, kind string) []manifest.Record {
	t.Helper()
	rs, err := n.Renter.Store.Records(context.Background(), kind)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// A repair killed after each of its steps (and once in the middle of an upload) leaves the manifest
// pointing only at shards that exist; a fresh worker then completes it, with exactly one new deal
// for the lost column (the interrupted offer's own, when there was one) and the old deal cancelled;
// a further pass finds nothing to do and the journal empty.
func TestInterruptedRepairCompletes(t *testing.T) {
	cut := &cutter{}
	n := newNet(t, 8, func(_ *testnet.Net, inner renter.Network) renter.Network { cut.Network = inner; return cut })
	data := testnet.RandomFile(3, fileSize)
	n.PutRandom("f", 3, fileSize, params)
	ctx := context.Background()
	for round, kill := range []repair.Step{repair.StepRebuilt, repair.StepOffered, "mid-upload", repair.StepDelivered,
		repair.StepSubmitted, repair.StepCommitted} {
		m := manifestOf(t, n, "f")
		col := round % m.TotalShards()
		victim := n.Farmer(m.Segments[0].Shards[col].Farmer)
		oldDeal := m.Segments[0].Shards[col].DealID
		for _, seg := range m.Segments { // the victim loses the column; it still answers, and says so
			if err := victim.Store.Delete(seg.Shards[col].Root); err != nil {
				t.Fatal(err)
			}
		}
		before := dealsFor(t, n, m, col, allSegments(m))

		fired := false
		kctx, cancel := context.WithCancel(ctx)
		w1 := newWorker(t, n, repair.WithHook(func(s repair.Step) error {
			if s == kill {
				fired = true
				return errKill
			}
			return nil
		}))
		if kill == "mid-upload" {
			cut.arm(cancel)
		}
		_, err := w1.RunOnce(kctx)
		cancel()
		if kill == "mid-upload" {
			fired = cut.fired.Swap(false)
		}
		if !fired || err == nil {
			t.Fatalf("%s: the kill did not happen (err %v)", kill, err)
		}
		// Killed: every shard the manifest moved is on chain and with its farmer.
		after := manifestOf(t, n, "f")
		for s, seg := range after.Segments {
			for c, sh := range seg.Shards {
				if sh == m.Segments[s].Shards[c] {
					continue
				}
				f := n.Farmer(sh.Farmer)
				if !f.Store.Has(sh.Root) {
					t.Fatalf("%s: the manifest points segment %d shard %d at farmer %s, which does not hold it", kill, s, c, f.Acct.Addr)
				}
			}
		}
		checkDealsMoved(t, n, m, after)
		var offered common.Address
		if intents := journal(t, n, "repair/intent"); len(intents) == 1 {
			offered = offerFarmer(t, intents[0])
		}

		w2 := newWorker(t, n)
		rep := runOnce(t, w2)
		m2 := manifestOf(t, n, "f")
		if columnOf(m2, victim.Acct.Addr) >= 0 {
			t.Fatalf("%s: column %d still with the victim", kill, col)
		}
		if got := check(t, n, m2, nil); got != m2.TotalShards() {
			t.Fatalf("%s: a segment has %d healthy shards after the repair", kill, got)
		}
		checkDeals(t, n, m2)
		if got := dealsFor(t, n, m, col, allSegments(m)); got != before+1 {
			t.Fatalf("%s: %d deals made for column %d, want exactly 1", kill, got-before, col)
		}
		newFarmer := common.Address(m2.Segments[0].Shards[col].Farmer)
		switch kill {
		case repair.StepOffered, "mid-upload", repair.StepDelivered, repair.StepSubmitted:
			if offered != newFarmer {
				t.Fatalf("%s: the interrupted offer went to %s, the deal is with %s", kill, offered, newFarmer)
			}
		}
		if (kill == repair.StepDelivered || kill == repair.StepSubmitted) != (rep.Recovered == 1) {
			t.Fatalf("%s: %d deals recovered from the journal", kill, rep.Recovered)
		}
		if d, err := n.Renter.Client.Deal(ctx, oldDeal); err != nil || d.Flags&chain.DealCancelled == 0 {
			t.Fatalf("%s: old deal %d not cancelled (%v)", kill, oldDeal, err)
		}
		if !bytes.Equal(get(t, n, "f"), data) {
			t.Fatalf("%s: file differs", kill)
		}
		again := runOnce(t, w2)
		if len(again.Deals) != 0 || len(again.Cancelled) != 0 || len(journal(t, n, "repair/intent")) != 0 || len(journal(t, n, "repair/cancel")) != 0 {
			t.Fatalf("%s: a further pass still works: %+v, journal %v %v", kill, again, journal(t, n, "repair/intent"), journal(t, n, "repair/cancel"))
		}
		t.Logf("%s: column %d moved from %s to %s in deal %d", kill, col, victim.Acct.Addr, newFarmer, m2.Segments[0].Shards[col].DealID)
	}
}

// checkDealsMoved checks that every deal the manifest gained is live on chain with its farmer.
func checkDealsMoved(t *testing.T, n *testnet.Net, before, after *manifest.Manifest) {
	t.Helper()
	old := map[uint64]bool{}
	for _, seg := range before.Segments {
		for _, sh := range seg.Shards {
			old[sh.DealID] = true
		}
	}
	for _, seg := range after.Segments {
		for _, sh := range seg.Shards {
			if old[sh.DealID] {
				continue
			}
			d, err := n.Renter.Client.Deal(context.Background(), sh.DealID)
			if err != nil || d.Farmer != sh.Farmer {
				t.Fatalf("the manifest names deal %d with farmer %x, which the chain does not hold (%v)", sh.DealID, sh.Farmer, err)
			}
		}
	}
}

// offerFarmer reads the farmer of a journalled offer.
func offerFarmer(t *testing.T, r manifest.Record) common.Address {
	t.Helper()
	var in struct {
		Offer renter.Offer `json:"offer"`
	}
	if err := json.Unmarshal(r.Data, &in); err != nil {
		t.Fatal(err)
	}
	return in.Offer.Terms.Farmer
}

// clock is a settable clock for the worker.
type clock struct{ t atomic.Int64 }

func newClock() *clock {
	c := &clock{}
	c.t.Store(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano())
	return c
}
func (c *clock) now() time.Time                        { return time.Unix(0, c.t.Load()) }
func (c *clock) advance(d time.Duration)               { c.t.Add(int64(d)) }
func (c *clock) opt() repair.Option                    { return repair.WithClock(c.now) }
func thresholdK1(k, m int) int                         { return k + 1 }
func segmentsOf(rep repair.Report) (n int)             { return rep.Repaired() }
func unhealthy(rep repair.Report, r repair.Reason) int { return rep.Unhealthy[r] }

// A farmer counts as lost only once it has been unreachable for the configured time, measured across
// separate runs (the journal keeps when it was first missed) and forgotten when it answers again; a
// segment is repaired only at or below the threshold, and then all its unhealthy shards are.
func TestThresholdAndUnreachableTime(t *testing.T) {
	n := newNet(t, 8, nil)
	data := testnet.RandomFile(4, fileSize)
	n.PutRandom("f", 4, fileSize, params)
	clk := newClock()
	worker := func() *repair.Worker {
		return newWorker(t, n, clk.opt(), repair.WithUnreachableAfter(time.Hour), repair.WithThreshold(thresholdK1))
	}
	m := manifestOf(t, n, "f")
	a := n.Farmer(m.Segments[0].Shards[1].Farmer)
	b := n.Farmer(m.Segments[0].Shards[4].Farmer)

	// A stops, and comes back before an hour has passed: nothing happens, nothing is remembered.
	a.Stop()
	if rep := runOnce(t, worker()); len(rep.Deals) != 0 || unhealthy(rep, repair.ReasonUnreachable) != 0 || len(journal(t, n, "repair/unreachable")) != 1 {
		t.Fatalf("just stopped: %+v", rep)
	}
	a.Start()
	clk.advance(2 * time.Hour)
	if rep := runOnce(t, worker()); len(rep.Deals) != 0 || len(journal(t, n, "repair/unreachable")) != 0 {
		t.Fatalf("back in time: %+v", rep)
	}

	// A stops for good: unreachable after an hour (not 59 minutes), counted across fresh workers.
	a.Stop()
	runOnce(t, worker())
	clk.advance(59 * time.Minute)
	if rep := runOnce(t, worker()); unhealthy(rep, repair.ReasonUnreachable) != 0 {
		t.Fatalf("after 59 minutes: %+v", rep.Unhealthy)
	}
	clk.advance(2 * time.Minute)
	rep := runOnce(t, worker())
	if unhealthy(rep, repair.ReasonUnreachable) != len(m.Segments) || len(rep.Deals) != 0 || rep.Files[0].Degraded != len(m.Segments) {
		t.Fatalf("after 61 minutes, 5 of 6 healthy, threshold 4: %+v", rep)
	}
	// B stops too: once it has been gone an hour, every segment is at the threshold and both lost
	// columns are rebuilt.
	b.Stop()
	runOnce(t, worker())
	clk.advance(time.Hour)
	rep = runOnce(t, worker())
	if len(rep.Deals) != 2 || segmentsOf(rep) != len(m.Segments) || rep.Files[0].ShardsRebuilt != 2*len(m.Segments) {
		var b bytes.Buffer
		rep.WriteText(&b)
		t.Fatalf("two columns lost:\n%s", b.String())
	}
	m2 := manifestOf(t, n, "f")
	if columnOf(m2, a.Acct.Addr) >= 0 || columnOf(m2, b.Acct.Addr) >= 0 || check(t, n, m2, nil) != 6 {
		t.Fatal("the lost columns did not move")
	}
	checkDeals(t, n, m2)
	if !bytes.Equal(get(t, n, "f"), data) {
		t.Fatal("file differs")
	}
	// The stopped farmers hold nothing of ours any more: they are forgotten.
	runOnce(t, worker())
	if len(journal(t, n, "repair/unreachable")) != 0 {
		t.Fatal("unreachability of farmers no file needs is still journalled")
	}
}

// A get that finds one shard missing tells the worker, which audits that very shard, finds it lost,
// checks the rest of its deal, and replaces just that shard: a one-shard deal with a farmer holding
// nothing of that segment, the rest of the column staying where it was.
func TestNotifiedShardIsRepaired(t *testing.T) {
	// The get asks for exactly k shards (data shards first), so it must fetch the missing one and
	// report it: with an extra shard in flight, the other k could win first and the missing shard's
	// request be cancelled unreported (the test then depended on which answer came first).
	n := testnet.New(t, testnet.Config{Farmers: 7, Periods: 1000, NoOverfetch: true})
	data := testnet.RandomFile(5, fileSize)
	n.PutRandom("f", 5, fileSize, params)
	m := manifestOf(t, n, "f")
	holder := n.Farmer(m.Segments[2].Shards[1].Farmer)
	if err := holder.Store.Delete(m.Segments[2].Shards[1].Root); err != nil {
		t.Fatal(err)
	}
	w := newWorker(t, n)
	n.Renter.BadShards()
	if !bytes.Equal(get(t, n, "f"), data) {
		t.Fatal("file differs")
	}
	bad := n.Renter.BadShards()
	if len(bad) != 1 || bad[0].Ref.Segment != 2 || bad[0].Ref.Index != 1 {
		t.Fatalf("the get reported %v", bad)
	}
	w.Notify(bad[0].Ref, bad[0].Err)
	rep := runOnce(t, w)
	if len(rep.Deals) != 1 || rep.Deals[0].Segments != 1 || rep.Deals[0].Column != 1 || segmentsOf(rep) != 1 || unhealthy(rep, repair.ReasonLost) != 1 {
		var b bytes.Buffer
		rep.WriteText(&b)
		t.Fatalf("one lost shard:\n%s", b.String())
	}
	m2 := manifestOf(t, n, "f")
	for s, seg := range m2.Segments {
		moved := seg.Shards[1] != m.Segments[s].Shards[1]
		if moved != (s == 2) {
			t.Fatalf("segment %d shard 1 moved: %v", s, moved)
		}
	}
	if dealsFor(t, n, m, 1, []int{2}) != 1 || len(rep.Cancelled) != 0 {
		t.Fatalf("want one deal over segment 2's shard, the column's deal kept: cancelled %v", rep.Cancelled)
	}
	check(t, n, m2, nil)
	checkDeals(t, n, m2)
	if !bytes.Equal(get(t, n, "f"), data) {
		t.Fatal("file differs after the repair")
	}
	if bad := n.Renter.BadShards(); len(bad) != 0 {
		t.Fatalf("a get after the repair still finds %v", bad)
	}
}

// A deal an interrupted pass made for a file that is gone since: the next pass finds it on chain,
// sees the manifest no longer needs it, and cancels it.
func TestStrayDealIsCancelled(t *testing.T) {
	n := newNet(t, 7, nil)
	n.PutRandom("f", 6, fileSize, params)
	m := manifestOf(t, n, "f")
	victim := n.Farmer(m.Segments[0].Shards[0].Farmer)
	victim.Stop()
	w1 := newWorker(t, n, repair.WithUnreachableAfter(0), repair.WithHook(func(s repair.Step) error {
		if s == repair.StepSubmitted {
			return errKill
		}
		return nil
	}))
	if _, err := w1.RunOnce(context.Background()); !errors.Is(err, errKill) {
		t.Fatalf("killed pass: %v", err)
	}
	intents := journal(t, n, "repair/intent")
	if len(intents) != 1 {
		t.Fatalf("%d intents journalled", len(intents))
	}
	if err := n.Renter.Store.Delete(context.Background(), "f"); err != nil {
		t.Fatal(err)
	}
	rep := runOnce(t, newWorker(t, n))
	if rep.Recovered != 0 || len(rep.Cancelled) != 1 || len(journal(t, n, "repair/intent"))+len(journal(t, n, "repair/cancel")) != 0 {
		t.Fatalf("stray deal: %+v", rep)
	}
	d, err := n.Renter.Client.Deal(context.Background(), rep.Cancelled[0])
	if err != nil || d.Flags&chain.DealCancelled == 0 || d.Farmer != offerFarmer(t, intents[0]) {
		t.Fatalf("deal %d: %+v %v", rep.Cancelled[0], d, err)
	}
}

// testParams are the devnet parameters with a wider proof window (20 of 30 blocks), as the prover's
// tests use.
var testParams = func() market.Params {
	p := market.DevnetParams()
	p.PeriodBlocks, p.ProofWindow = 30, 20
	return p
}()

// With every farmer but one running its heartbeat loop, the one that stops proving (while still
// answering audits) is caught by the unproven-period rule alone, no auditor reporting it, and its
// column moves; the farmers that prove keep theirs.
func TestUnprovenPeriods(t *testing.T) {
	n := testnet.New(t, testnet.Config{Farmers: 7, Periods: 1000, Idle: idle, Params: testParams})
	data := testnet.RandomFile(7, fileSize)
	m := n.PutRandom("f", 7, fileSize, params)
	victim := n.Farmer(m.Segments[0].Shards[2].Farmer)
	for _, f := range n.Farmers {
		if f == victim {
			continue
		}
		p := prover.New(f.Client, f.Svc, prover.Options{Poll: 10 * time.Millisecond})
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { defer close(done); _ = p.Run(ctx) }()
		t.Cleanup(func() { cancel(); <-done })
	}
	w, err := repair.New(n.Renter.Renter, n.Renter.Client, n.Renter.Store, n.Renter.Pipe, repair.WithStageDir(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	var reasons []repair.FarmerReport
	deadline := time.Now().Add(60 * time.Second)
	for columnOf(manifestOf(t, n, "f"), victim.Acct.Addr) >= 0 {
		if time.Now().After(deadline) {
			t.Fatalf("the farmer that stopped proving still holds its column after 60 s (%v)", reasons)
		}
		rep := runOnce(t, w)
		reasons = append(reasons, rep.Farmers...)
		time.Sleep(50 * time.Millisecond)
	}
	if len(reasons) == 0 || reasons[0].Farmer != victim.Acct.Addr || reasons[0].Reason != repair.ReasonMissedProofs {
		t.Fatalf("farmers judged unhealthy: %+v", reasons)
	}
	m2 := manifestOf(t, n, "f")
	for c := range m.TotalShards() {
		if c != 2 && m2.Segments[0].Shards[c].Farmer != m.Segments[0].Shards[c].Farmer {
			t.Fatalf("column %d of a proving farmer moved too (%+v)", c, reasons)
		}
	}
	check(t, n, m2, nil)
	if !bytes.Equal(get(t, n, "f"), data) {
		t.Fatal("file differs")
	}
}
