package heartbeat_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/market/chaintest"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/heartbeat"
	"github.com/granary-network/granary/proofs"
)

// farmerState is an in-memory farmer: agreement states with real trees, shard bytes and caches.
type farmerState struct {
	mu      sync.Mutex
	states  map[uint64]*market.AgreementState
	data    map[proofs.Hash][]byte
	caches  map[proofs.Hash]*proofs.Cache
	hist    map[uint64]map[uint64]*proofs.Agreement // older revisions' trees, by agreement and number
	chainAt map[uint64]uint64                       // ChainAt calls: the newest revision number per agreement
}

func (f *farmerState) AgreementStates() []*market.AgreementState {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []*market.AgreementState
	for _, s := range f.states {
		c := *s
		c.Tree = s.Tree.Clone()
		out = append(out, &c)
	}
	return out
}

func (f *farmerState) ProofSource() proofs.ShardSource {
	return func(root proofs.Hash, leaf uint64) (*proofs.Cache, []byte, error) {
		f.mu.Lock()
		defer f.mu.Unlock()
		c := f.caches[root]
		if c == nil {
			return nil, nil, fmt.Errorf("no shard %x", root[:4])
		}
		off, n := c.GroupRange(leaf)
		return c, f.data[root][off : off+n], nil
	}
}

// TreeAt returns the tree of revision number of agreement id (the newest, or an older one kept).
func (f *farmerState) TreeAt(id, number uint64) (*proofs.Agreement, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := f.states[id]
	if s != nil && s.Latest.Number == number {
		return s.Tree.Clone(), nil
	}
	if t := f.hist[id][number]; t != nil {
		return t.Clone(), nil
	}
	return nil, fmt.Errorf("no revision %d of agreement %d", number, id)
}

// ChainAt records nothing: this fake deletes nothing.
func (f *farmerState) ChainAt(id, number uint64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.chainAt == nil {
		f.chainAt = map[uint64]uint64{}
	}
	f.chainAt[id] = max(f.chainAt[id], number)
	return nil
}

// chainSeen is the newest revision of id ChainAt was told the chain holds.
func (f *farmerState) chainSeen(id uint64) uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.chainAt[id]
}

// corrupt flips every byte of the agreement's shards on "disk".
func (f *farmerState) corrupt(id uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, s := range f.states[id].Tree.List() {
		for i := range f.data[s.Root] {
			f.data[s.Root][i] ^= 0xff
		}
	}
}

type env struct {
	t          *testing.T
	c          *chaintest.AgreementChain
	b          chain.Backend
	p          market.AgreementParams
	farmer     *chaintest.Account
	renter     *chaintest.Account
	fc, rc, xc *chain.AgreementClient
	fs         *farmerState
	r          *rand.Rand
	nonce      uint64
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(b []byte) (int, error) { w.t.Log(string(b)); return len(b), nil }

func newEnv(t *testing.T, sampleBps uint16) *env {
	p := market.DevnetAgreementParams()
	p.SampleBps = sampleBps
	c := chaintest.NewAgreementMarket(t, p)
	b := c.MineEach()
	e := &env{t: t, c: c, b: b, p: p, r: rand.New(rand.NewPCG(3, 9)),
		fs: &farmerState{states: map[uint64]*market.AgreementState{}, data: map[proofs.Hash][]byte{}, caches: map[proofs.Hash]*proofs.Cache{}}}
	dep := chain.Deployment{ChainID: c.ChainID.Uint64(), Token: c.TokenAddr, Market: c.AgreementsAddr}
	e.farmer = c.NewAccount(t, market.Tokens(10_000))
	e.renter = c.NewAccount(t, market.Tokens(10_000))
	x := c.NewAccount(t, nil)
	e.fc, e.rc, e.xc = e.client(dep, e.farmer.Opts), e.client(dep, e.renter.Opts), e.client(dep, x.Opts)
	ctx := context.Background()
	c.ToPeriod(t, 1, 1)
	if err := e.fc.Stake(ctx, market.Tokens(5_000)); err != nil {
		t.Fatal(err)
	}
	if err := e.fc.Announce(ctx, []byte("peer"), nil, market.Tokens(64), 1<<40); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *env) client(dep chain.Deployment, opts *bind.TransactOpts) *chain.AgreementClient {
	cl, err := chain.NewAgreementClient(context.Background(), e.b, dep, opts, chain.WithPollInterval(time.Millisecond))
	if err != nil {
		e.t.Fatal(err)
	}
	return cl
}

func (e *env) loop() *heartbeat.Loop { return e.loopWith(heartbeat.Config{}) }

// loopWith is loop with cfg's ClaimEvery.
func (e *env) loopWith(cfg heartbeat.Config) *heartbeat.Loop {
	return heartbeat.New(e.fc, e.fs, heartbeat.Config{Poll: time.Millisecond, PokeAfter: time.Nanosecond, ChallengeEvery: time.Nanosecond,
		ClaimEvery: cfg.ClaimEvery, PokeJitter: cfg.PokeJitter, Logger: slog.New(slog.NewTextHandler(testWriter{e.t}, &slog.HandlerOptions{Level: slog.LevelDebug}))})
}

// open opens an agreement (the renter's transaction) and gives the farmer its empty state.
func (e *env) open(end uint32) uint64 {
	e.t.Helper()
	e.nonce++
	terms := market.OpenTerms{Renter: e.renter.Addr, Farmer: e.farmer.Addr, PricePerGiB: market.Tokens(64),
		Collateral: market.Tokens(20), EndPeriod: end, Nonce: e.nonce, Deadline: e.c.Now(e.t) + 3600}
	sig, err := e.fc.Domain().SignOpen(terms, e.farmer.Key)
	if err != nil {
		e.t.Fatal(err)
	}
	id, err := e.rc.Open(context.Background(), terms, sig, market.Tokens(200))
	if err != nil {
		e.t.Fatal(err)
	}
	e.fs.mu.Lock()
	e.fs.states[id] = market.NewAgreementState(id, e.renter.Addr, e.farmer.Addr, terms.PricePerGiB, end)
	e.fs.mu.Unlock()
	return id
}

// revise adds shards of the given leaf counts to agreement id off chain: both parties sign the next
// revision and the farmer commits it. Nothing is sent to the chain.
func (e *env) revise(id uint64, lens ...uint64) market.Revision {
	e.t.Helper()
	var add []proofs.Shard
	e.fs.mu.Lock()
	for _, n := range lens {
		data := make([]byte, n*proofs.LeafSize)
		for i := range data {
			data[i] = byte(e.r.UintN(256))
		}
		root, c, err := proofs.BuildCache(data, 2)
		if err != nil {
			e.t.Fatal(err)
		}
		e.fs.data[root], e.fs.caches[root] = data, c
		add = append(add, proofs.Shard{Root: root, Leaves: n})
	}
	s := e.fs.states[id]
	e.fs.mu.Unlock()
	d := e.fc.Domain()
	rev, tree, err := s.Next(market.Change{Add: add})
	if err != nil {
		e.t.Fatal(err)
	}
	rs, err := d.SignRevision(rev, e.renter.Key)
	if err != nil {
		e.t.Fatal(err)
	}
	got, err := d.CheckProposed(s, market.Change{Add: add}, rev, rs)
	if err != nil || got.Root() != tree.Root() {
		e.t.Fatalf("farmer check: %v", err)
	}
	fsig, err := d.SignRevision(rev, e.farmer.Key)
	if err != nil {
		e.t.Fatal(err)
	}
	e.fs.mu.Lock()
	if e.fs.hist == nil {
		e.fs.hist = map[uint64]map[uint64]*proofs.Agreement{}
	}
	if e.fs.hist[id] == nil {
		e.fs.hist[id] = map[uint64]*proofs.Agreement{}
	}
	e.fs.hist[id][s.Latest.Number] = s.Tree.Clone()
	s.Commit(market.SignedRevision{Revision: rev, RenterSig: rs, FarmerSig: fsig}, tree)
	e.fs.mu.Unlock()
	return rev
}

// tick runs the loop until period p is handled (bounded: a tick pokes at most once).
func (e *env) tick(l *heartbeat.Loop, p uint32) heartbeat.Status {
	e.t.Helper()
	for range 10 {
		if err := l.Tick(context.Background()); err != nil {
			e.t.Fatal(err)
		}
		if st := l.Status(); st.Period == p && st.Waiting == "" {
			return st
		}
	}
	e.t.Fatalf("period %d not handled after 10 ticks: %+v", p, l.Status())
	return heartbeat.Status{}
}

func (e *env) info(id uint64) chain.AgreementInfo {
	e.t.Helper()
	a, err := e.fc.Agreement(context.Background(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	return a
}

func (e *env) nonceOf(a common.Address) uint64 {
	e.t.Helper()
	n, err := e.b.PendingNonceAt(context.Background(), a)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

func expectRevert(t *testing.T, err error, name string) {
	t.Helper()
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != name {
		t.Fatalf("want revert %s, got %v", name, err)
	}
}

// provenEvents returns the agreements the chain says were proven in period p.
func (e *env) provenEvents(p uint32) []uint64 {
	e.t.Helper()
	it, err := e.c.Agreements.FilterAgreementProven(&bind.FilterOpts{Context: context.Background()}, nil, []uint32{p})
	if err != nil {
		e.t.Fatal(err)
	}
	defer it.Close()
	var out []uint64
	for it.Next() {
		out = append(out, it.Event.Id)
	}
	return out
}

// Over several periods, the loop posts revisions made off chain (no renter transaction), proves every
// agreement exactly when it is due (AgreementProven events match isDue), is never reportable as
// missing, claims vindicated pay every period and settles the agreement once it can.
func TestLoopProvesWhenDueAndPostsRevisions(t *testing.T) {
	e := newEnv(t, 5_000)
	ctx := context.Background()
	const end = 6
	a := e.open(end)
	empty := e.open(end) // never gets data: never live, never proven
	e.revise(a, 3, 9, 17)
	renterNonce := e.nonceOf(e.renter.Addr)

	// Period 1, through Run: the loop pokes for the seed and posts the revision (not obliged yet).
	l := e.loop()
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- l.Run(rctx) }()
	deadline := time.Now().Add(20 * time.Second)
	for st := l.Status(); !(st.Period == 1 && st.Waiting == "" && st.Sent); st = l.Status() {
		if time.Now().After(deadline) {
			t.Fatalf("period 1 not handled by Run in 20 s: %+v", st)
		}
		time.Sleep(2 * time.Millisecond)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Run returned %v", err)
	}
	if st := l.Status(); st.Revisions != 1 || st.Proofs != 0 || !st.Proven {
		t.Fatalf("period 1: %+v", st)
	}
	if info := e.info(a); info.Number != 1 || info.LiveFrom != 2 || info.Leaves != 29 {
		t.Fatalf("agreement after the loop posted its revision: %+v", info)
	}

	var proofsSent, duePeriods int
	for p := uint32(2); p <= end; p++ {
		if p == 4 {
			e.revise(a, 5) // a second revision, off chain; the next heartbeat posts it
		}
		e.c.ToPeriod(t, p, uint64(e.p.GraceSeconds)+1) // past p-1's grace
		st := e.tick(l, p)
		if !st.Proven || !st.Sent || len(st.Lost) != 0 {
			t.Fatalf("period %d: %+v", p, st)
		}
		due, err := e.fc.IsDue(ctx, a, p)
		if err != nil {
			t.Fatal(err)
		}
		want := []uint64(nil)
		if due {
			want = []uint64{a}
			duePeriods++
		}
		if got := e.provenEvents(p); !slices.Equal(got, want) || st.Proofs != len(want) {
			t.Fatalf("period %d: due %v, AgreementProven for %v, status %+v", p, due, got, st)
		}
		if ok, _ := e.fc.ProvenIn(ctx, a, p); ok != due {
			t.Fatalf("period %d: provenIn %v, due %v", p, ok, due)
		}
		if ok, _ := e.fc.ProvenIn(ctx, empty, p); ok {
			t.Fatalf("empty agreement proven in %d", p)
		}
		proofsSent += st.Proofs
		if p == 4 && (st.Revisions != 1 || e.info(a).Number != 2) {
			t.Fatalf("period 4: the second revision was not posted: %+v, on chain %d", st, e.info(a).Number)
		}
		// Once a heartbeat posted a revision the farmer hears of it at once (what it removed is freed).
		if want := e.info(a).Number; e.fs.chainSeen(a) < want {
			t.Fatalf("period %d: revision %d on chain, the farmer told of %d", p, want, e.fs.chainSeen(a))
		}
		if p > 2 {
			// The previous period is now reportable, and it is not a miss.
			expectRevert(t, e.xc.ReportMissed(ctx, e.farmer.Addr, p-1), "AlreadyProven")
		}
		// Claimed every period: nothing vindicated is left unpaid.
		if info := e.info(a); info.Vindicated.Cmp(info.Paid) != 0 {
			t.Fatalf("period %d: vindicated %s, paid %s", p, info.Vindicated, info.Paid)
		}
	}
	if e.nonceOf(e.renter.Addr) != renterNonce {
		t.Fatal("the renter sent transactions; revisions must reach the chain through the farmer's heartbeat")
	}
	t.Logf("%d of %d periods due, %d proofs sent", duePeriods, end-1, proofsSent)
	e.c.ToPeriod(t, end+1, uint64(e.p.GraceSeconds)+1)
	expectRevert(t, e.xc.ReportMissed(ctx, e.farmer.Addr, end), "AlreadyProven")

	// After the report window of the last period, the loop settles both agreements.
	before, _ := e.c.Token.BalanceOf(nil, e.farmer.Addr)
	settle := end + 1 + uint32(e.p.ReportPeriods)
	e.c.ToPeriod(t, settle, 1)
	info := e.info(a)
	if st := e.tick(l, settle); st.Sent {
		t.Fatalf("heartbeat sent after the last obligation: %+v", st)
	}
	for _, id := range []uint64{a, empty} {
		if st := e.info(id).Status; st != chain.AgreementSettled {
			t.Fatalf("agreement %d not settled: status %d", id, st)
		}
	}
	after, _ := e.c.Token.BalanceOf(nil, e.farmer.Addr)
	if got, want := new(big.Int).Sub(after, before), new(big.Int).Sub(e.info(a).Vindicated, info.Paid); got.Cmp(want) != 0 {
		t.Fatalf("settle paid the farmer %s, want %s", got, want)
	}
}

// With ClaimEvery 3 the loop claims the vindicated pay in the first period it can and then only every
// third period: in between the pay stays vindicated and unclaimed (earned-unpaid), and nothing is
// lost by waiting.
func TestLoopClaimsEveryFewPeriods(t *testing.T) {
	e := newEnv(t, 10_000) // due every period: pay is vindicated every period
	a := e.open(20)
	e.revise(a, 3, 9)
	l := e.loopWith(heartbeat.Config{ClaimEvery: 3})
	e.tick(l, 1) // posts the revision: live from period 2
	var claims []uint32
	var lastPaid = new(big.Int)
	for p := uint32(2); p <= 9; p++ {
		e.c.ToPeriod(t, p, uint64(e.p.GraceSeconds)+1)
		if st := e.tick(l, p); !st.Proven || st.Proofs != 1 {
			t.Fatalf("period %d: %+v", p, st)
		}
		info := e.info(a)
		if info.Paid.Cmp(lastPaid) > 0 {
			claims = append(claims, p)
			if info.Paid.Cmp(info.Vindicated) != 0 {
				t.Fatalf("period %d: a claim left %s of %s unpaid", p, new(big.Int).Sub(info.Vindicated, info.Paid), info.Vindicated)
			}
			lastPaid = info.Paid
		} else if info.Vindicated.Cmp(info.Paid) <= 0 && p > 2 {
			t.Fatalf("period %d: nothing vindicated since the last claim (vindicated %s, paid %s)", p, info.Vindicated, info.Paid)
		}
	}
	// Vindicated pay shows from period 2's heartbeat on (it covers period 1, when the data arrived,
	// and 2), so the first claim is in period 2, then 5 and 8.
	if !slices.Equal(claims, []uint32{2, 5, 8}) {
		t.Fatalf("claimed in periods %v, want [2 5 8]", claims)
	}
}

// With PokeJitter the loop does not poke the moment it finds a period's seed missing: another
// party's poke meanwhile brings the seed, and the loop sends its heartbeat without having poked.
func TestLoopPokeJitterLetsAnotherPoke(t *testing.T) {
	e := newEnv(t, 10_000)
	a := e.open(20)
	e.revise(a, 3)
	l := e.loopWith(heartbeat.Config{PokeJitter: 2 * time.Second})
	e.tick(l, 1)
	e.c.ToPeriod(t, 2, uint64(e.p.GraceSeconds)+1) // no transaction yet in period 2: no beacon, no seed
	before := e.nonceOf(e.farmer.Addr)
	start := time.Now()
	if err := l.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	if st := l.Status(); st.Waiting != "seed" || st.Period != 2 {
		t.Fatalf("status %+v, want waiting for period 2's seed", st)
	}
	if time.Since(start) < time.Second && e.nonceOf(e.farmer.Addr) != before {
		t.Fatal("the loop poked at once despite its jitter")
	}
	// Someone else pokes: the beacon, then blocks after it until the seed can be read.
	for range 3 {
		if err := e.xc.Poke(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if st := e.tick(l, 2); !st.Sent || st.Proofs != 1 {
		t.Fatalf("period 2: %+v", st)
	}
	want := uint64(1) // the heartbeat, and the claim of the pay it vindicated
	if e.info(a).Paid.Sign() > 0 {
		want++
	}
	if got := e.nonceOf(e.farmer.Addr) - before; got != want && time.Since(start) < time.Second {
		t.Fatalf("the farmer sent %d transactions for period 2, want %d (no poke)", got, want)
	}
}

// A shard that no longer matches its root is never proven: the loop still sends the heartbeat (with
// the healthy agreement's proof), lists the corrupted agreement as lost, and anyone can then report
// it unproven.
func TestLoopSkipsCorruptShard(t *testing.T) {
	e := newEnv(t, 10_000) // everything live is due
	ctx := context.Background()
	good, bad := e.open(8), e.open(8)
	e.revise(good, 4, 6)
	e.revise(bad, 7)
	l := e.loop()
	if st := e.tick(l, 1); st.Revisions != 2 {
		t.Fatalf("period 1: %+v", st)
	}
	e.fs.corrupt(bad)
	e.c.ToPeriod(t, 2, 1)
	st := e.tick(l, 2)
	if !st.Sent || st.Proofs != 1 || !slices.Equal(st.Lost, []uint64{bad}) {
		t.Fatalf("period 2: %+v", st)
	}
	if got := e.provenEvents(2); !slices.Equal(got, []uint64{good}) {
		t.Fatalf("proven in 2: %v", got)
	}
	e.c.ToPeriod(t, 3, uint64(e.p.GraceSeconds)+1)
	expectRevert(t, e.xc.ReportUnproven(ctx, good, 2), "WasProven")
	if err := e.xc.ReportUnproven(ctx, bad, 2); err != nil {
		t.Fatal(err)
	}
	if s := e.info(bad).Status; s != chain.AgreementFailed {
		t.Fatalf("corrupt agreement: status %d", s)
	}
	// The loop carries on with the healthy one.
	if st := e.tick(l, 3); !st.Sent || st.Proofs != 1 || len(st.Lost) != 0 {
		t.Fatalf("period 3: %+v", st)
	}
}

// A loop restarted in a period whose heartbeat is already on chain sends nothing; a period whose
// window closed unsent is counted as a miss, with the next period proven normally.
func TestLoopRestartAndLateness(t *testing.T) {
	e := newEnv(t, 10_000)
	ctx := context.Background()
	a := e.open(10)
	e.revise(a, 8)
	l := e.loop()
	e.tick(l, 1)
	e.c.ToPeriod(t, 2, 1)
	if st := e.tick(l, 2); !st.Sent || st.Proofs != 1 {
		t.Fatalf("period 2: %+v", st)
	}
	nonce := e.nonceOf(e.farmer.Addr)
	restarted := e.loop()
	st := e.tick(restarted, 2)
	if !st.Proven || st.Sent || e.nonceOf(e.farmer.Addr) != nonce {
		t.Fatalf("restarted loop: %+v, nonce %d -> %d", st, nonce, e.nonceOf(e.farmer.Addr))
	}
	if got := e.provenEvents(2); len(got) != 1 {
		t.Fatalf("agreement proven %d times in period 2", len(got))
	}

	// Period 3: someone pokes (the seed exists), but the farmer's node is down until period 4's grace
	// is over: period 3 is missed, period 4 is proven.
	e.c.ToPeriod(t, 3, 1)
	for range 3 {
		if err := e.xc.Poke(ctx); err != nil {
			t.Fatal(err)
		}
	}
	e.c.ToPeriod(t, 4, uint64(e.p.GraceSeconds)+1)
	st = e.tick(restarted, 4)
	if !st.Sent || st.Proofs != 1 || st.Misses != 1 {
		t.Fatalf("period 4 after a missed period 3: %+v", st)
	}
	if ok, _ := e.fc.Proven(ctx, e.farmer.Addr, 3); ok {
		t.Fatal("period 3 proven after its window")
	}
	if err := e.xc.ReportMissed(ctx, e.farmer.Addr, 3); err != nil {
		t.Fatal(err)
	}
}

// With PokeStale, a head left behind the end of its period by the clock (no block since) gets a
// poke, at most once per PokeAfter; a head that is current, or a clock inside the period, gets none.
func TestLoopPokesAStaleHead(t *testing.T) {
	e := newEnv(t, 10_000)
	ctx := context.Background()
	cur, err := e.fc.CurrentPeriod(ctx)
	if err != nil {
		t.Fatal(err)
	}
	end := time.Unix(int64(e.fc.Schedule().PeriodStart(cur+1)), 0)
	var now time.Time
	l := heartbeat.New(e.fc, e.fs, heartbeat.Config{Poll: time.Millisecond, PokeAfter: time.Hour, ChallengeEvery: time.Hour,
		PokeStale: true, Now: func() time.Time { return now }, Logger: slog.New(slog.NewTextHandler(testWriter{t}, nil))})
	sent := func() uint64 { return e.nonceOf(e.farmer.Addr) }
	tick := func() {
		t.Helper()
		if err := l.Tick(ctx); err != nil {
			t.Fatal(err)
		}
	}
	tick() // the period's own business (seed poke, nothing to post) first
	base := sent()

	now = end.Add(-time.Second) // still inside the period
	tick()
	now = end.Add(2 * time.Second) // past it, within the margin
	tick()
	if got := sent(); got != base {
		t.Fatalf("%d pokes before the head is stale", got-base)
	}
	now = end.Add(time.Minute) // the clock is a minute past the period; the head is not
	tick()
	if got := sent(); got != base+1 {
		t.Fatalf("%d pokes for a stale head, want 1", got-base)
	}
	tick()
	if got := sent(); got != base+1 {
		t.Fatalf("%d pokes within PokeAfter, want 1", got-base)
	}
}
