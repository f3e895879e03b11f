package market_test

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/market/chaintest"
	"github.com/granary-network/granary/proofs"
)

// invParams are small parameters that make every path reachable within a few hundred steps: short
// periods, a narrow window, heavy slashing, disqualification after 3 misses, amounts in base units.
var invParams = market.Params{
	PeriodBlocks: 20, ProofWindow: 6, ChallengesPerHeartbeat: 3, MinStake: big.NewInt(1_000), UnbondingDelay: 15,
	MinCollateralBps: 5_000, SlashBps: 1_000, ReporterBountyBps: 2_000, DisqualifyAfterMisses: 3,
}

// invShapes are the deal trees (leaves, leaves per full shard); deals reuse them, since a deal's data
// only has to match its root.
var invShapes = [][2]uint64{{1, 1}, {3, 2}, {4, 4}, {7, 4}, {8, 2}, {13, 4}, {16, 16}, {21, 8}, {32, 8}, {40, 16}}

// TestMarketAccountingInvariant drives the contracts from Go with a seeded random sequence of
// stakes, unstakes, deals, heartbeats (honest, skipped and corrupted), miss reports, renter
// challenges and answers, cancels, settlements, withdrawals and flushes across 4 farmers of
// different reliability, 4 renters and 2 reporters, so that farmers get slashed and disqualified.
// After every step:
//
//	token.balanceOf(market) == Σ unsettled deals (price × periods)
//	                         + Σ farmers (stake + locked + unbonding + slashPool)
//	                         + Σ balances(account)
//
// (the contract's accounting terms: escrow stays whole until settle splits it; collateral moves
// between stake and locked; slashes move stake to the reporter's and renters' balances or to the
// slash pool; payouts wait in balances until withdraw), tokens are conserved between the wallets and
// the market, and each farmer's locked stake is the collateral of its unsettled deals. Every
// successful call is also checked against the contract's rules (escrow in, collateral locked,
// settlement = price × proven periods, slash amount and bounty, withdrawals), and every refusal must
// be a custom error that call may give: an arithmetic panic or an unnamed revert fails the test.
//
// INVARIANT_SEED=<seed> reproduces a run, INVARIANT_STEPS=<n> sets its length (default 300),
// INVARIANT_SEEDS=<k> runs k random seeds (default: the fixed seed 20261203).
func TestMarketAccountingInvariant(t *testing.T) {
	steps := envInt(t, "INVARIANT_STEPS", 300)
	for _, seed := range seeds(t, "INVARIANT_SEED", "INVARIANT_SEEDS") {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
			t.Logf("seed %d (rerun with INVARIANT_SEED=%d), %d steps", seed, seed, steps)
			runInvariant(t, seed, steps)
		})
	}
}

// seeds returns the seeds to run: the one in env var `one`, else `many` fresh random ones (default 1).
// weighted is one action of a randomized invariant run, drawn with probability weight / Σ weights.
type weighted struct {
	weight int
	name   string
	fn     func()
}

// pick draws one action (one draw from rng per call, so a seed replays the same run).
func pick(rng *rand.Rand, actions []weighted) weighted {
	total := 0
	for _, a := range actions {
		total += a.weight
	}
	x := rng.IntN(total)
	for _, a := range actions {
		if x < a.weight {
			return a
		}
		x -= a.weight
	}
	panic("unreachable: x < total")
}

// fixedInvariantSeed is the seed the invariant tests run with when no seed is asked for.
const fixedInvariantSeed = 20261203

func seeds(t *testing.T, one, many string) []uint64 {
	if s := os.Getenv(one); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("%s=%q: %v", one, s, err)
		}
		return []uint64{v}
	}
	// Unset, the same seed every run, so CI's outcome never depends on a draw (as with fuzzing);
	// set, `many` random seeds, to explore.
	if os.Getenv(many) == "" {
		return []uint64{fixedInvariantSeed}
	}
	n := envInt(t, many, 1)
	out := make([]uint64, n)
	for i := range out {
		out[i] = rand.Uint64() % 1_000_000_000
	}
	return out
}

func envInt(t *testing.T, name string, def int) int {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < 1 {
		t.Fatalf("%s=%q: want a positive integer", name, s)
	}
	return v
}

type invDeal struct {
	id     uint64
	tree   *heldDeal
	terms  market.DealTerms
	renter *chaintest.Account
	farmer *chaintest.Account
}

type invRun struct {
	t        *testing.T
	c        *chaintest.Chain
	p        market.Params
	rng      *rand.Rand
	farmers  []*chaintest.Account
	renters  []*chaintest.Account
	others   []*chaintest.Account // reporters
	everyone []*chaintest.Account
	reliable map[common.Address]float64
	trees    []*heldDeal
	deals    map[uint64]*invDeal
	// The escrow of every unsettled deal, from DealCreated and DealSettled events.
	unsettled map[uint64]*big.Int
	nonce     int64
	total     *big.Int // Σ wallets of the participants + the market's balance, fixed after setup
	counts    map[string]int
	step      int
	action    string
}

func runInvariant(t *testing.T, seed uint64, steps int) {
	r := &invRun{t: t, c: chaintest.New(t, invParams), p: invParams, rng: rand.New(rand.NewPCG(seed, 0x9e3779b9)),
		reliable: map[common.Address]float64{}, deals: map[uint64]*invDeal{}, unsettled: map[uint64]*big.Int{},
		counts: map[string]int{}}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("FAILED at step %d (%s), seed %d: rerun with INVARIANT_SEED=%d INVARIANT_STEPS=%d", r.step, r.action, seed, seed, steps)
		}
	})
	r.setup()
	r.check()
	start := time.Now()
	actions := []weighted{
		{14, "advance", r.advance}, {14, "heartbeat", func() { r.heartbeat(r.pickFarmer(), r.rng.Float64() < 0.08) }},
		{8, "reportMissed", r.reportMissed}, {14, "createDeal", r.createDeal}, {5, "challenge", r.challenge},
		{6, "answerChallenge", r.answerChallenge}, {4, "reportChallengeMissed", r.reportChallengeMissed},
		{4, "cancel", r.cancel}, {9, "settle", r.settle}, {6, "withdraw", r.withdraw}, {3, "stake", r.stake},
		{4, "requestUnstake", r.requestUnstake}, {4, "withdrawStake", r.withdrawStake}, {3, "flush", r.flush},
	}
	for r.step = 0; r.step < steps; r.step++ {
		a := pick(r.rng, actions)
		r.action = a.name
		a.fn()
		r.check()
	}
	// Finally everyone takes out what the market owes them: every withdrawal pays exactly the
	// balance, and the market is left holding exactly the escrow and the farmers' funds.
	r.action = "withdraw all"
	for _, a := range r.everyone {
		if r.owed(a.Addr).Sign() > 0 {
			r.withdrawFrom(a, true)
		}
	}
	r.check()
	dq := 0
	for _, f := range r.farmers {
		if r.farmerState(f.Addr).Disqualified {
			dq++
		}
	}
	r.checkDeals()
	t.Logf("%d steps in %.1f s over %d periods: %d deals (%d unsettled), %d farmer(s) disqualified", steps,
		time.Since(start).Seconds(), r.period(), len(r.deals), len(r.unsettled), dq)
	var keys []string
	for k := range r.counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s: %d, ", k, r.counts[k])
	}
	t.Log(sb.String())
	// The run must have done the things whose accounting it checks, not only been refused. (Slashes
	// depend on the draw: most runs have some, the counts above say how many.)
	for _, k := range []string{"createDeal", "heartbeat", "settle"} {
		if r.counts[k] == 0 {
			t.Errorf("no successful %s in %d steps", k, steps)
		}
	}
}

func (r *invRun) setup() {
	t, c := r.t, r.c
	reliability := []float64{0.97, 0.85, 0.6, 0.3}
	stakes := []int64{30_000, 20_000, 15_000, 8_000}
	maxApproval := new(big.Int).Lsh(big.NewInt(1), 255)
	for i := range 4 {
		f := c.NewAccount(t, big.NewInt(100_000))
		tx, err := c.Token.Approve(f.Opts, c.MarketAddr, maxApproval)
		c.Mined(t, tx, err)
		tx, err = c.Market.Stake(f.Opts, big.NewInt(stakes[i]))
		c.Mined(t, tx, err)
		capacity := uint64(12_800) << i // 50, 100, 200, 400 leaves
		tx, err = c.Market.Announce(f.Opts, []byte("peer"), []byte{4, 127, 0, 0, 1}, big.NewInt(1), capacity)
		c.Mined(t, tx, err)
		r.farmers = append(r.farmers, f)
		r.reliable[f.Addr] = reliability[i]
	}
	for range 4 {
		a := c.NewAccount(t, big.NewInt(1_000_000))
		tx, err := c.Token.Approve(a.Opts, c.MarketAddr, maxApproval)
		c.Mined(t, tx, err)
		r.renters = append(r.renters, a)
	}
	for range 2 {
		r.others = append(r.others, c.NewAccount(t, nil))
	}
	r.everyone = slices.Concat(r.farmers, r.renters, r.others)
	tr := rand.New(rand.NewPCG(7, 7))
	for _, s := range invShapes {
		var lens []uint64
		for left := s[0]; left > 0; left -= min(left, s[1]) {
			lens = append(lens, min(left, s[1]))
		}
		d, err := makeHeldDeal(tr, s[1], lens)
		if err != nil {
			t.Fatal(err)
		}
		r.trees = append(r.trees, d)
	}
	r.total = r.tokens(c.MarketAddr)
	for _, a := range r.everyone {
		r.total.Add(r.total, r.tokens(a.Addr))
	}
}

// ---- chain access -------------------------------------------------------------------------------

func (r *invRun) latest() uint64 { return r.c.Block(r.t) }

// period returns the period the next transaction executes in.
func (r *invRun) period() uint32 { return r.c.Schedule.PeriodAt(r.latest() + 1) }

func (r *invRun) tokens(a common.Address) *big.Int {
	b, err := r.c.Token.BalanceOf(nil, a)
	if err != nil {
		r.t.Fatal(err)
	}
	return b
}

func (r *invRun) owed(a common.Address) *big.Int {
	b, err := r.c.Market.Balances(nil, a)
	if err != nil {
		r.t.Fatal(err)
	}
	return b
}

func (r *invRun) farmerState(a common.Address) bindings.StorageMarketFarmer {
	f, err := r.c.Market.GetFarmer(nil, a)
	if err != nil {
		r.t.Fatal(err)
	}
	return f
}

func (r *invRun) deal(id uint64) bindings.StorageMarketDeal {
	d, err := r.c.Market.GetDeal(nil, id)
	if err != nil {
		r.t.Fatal(err)
	}
	return d
}

// send submits a transaction from acct. A refusal must be one of the custom errors in allowed (or
// the transaction may revert on chain when the block it lands in differs from the one gas was
// estimated on); anything else fails the test. It returns the receipt of a successful transaction.
func (r *invRun) send(op string, acct *chaintest.Account, allowed []string, fn func(*bind.TransactOpts) (*types.Transaction, error)) *types.Receipt {
	t := r.t
	t.Helper()
	tx, err := fn(acct.Opts)
	if err != nil {
		name := chaintest.RevertName(err)
		if name == "" {
			t.Fatalf("step %d: %s failed without a named revert: %v", r.step, op, err)
		}
		if !slices.Contains(allowed, name) {
			t.Fatalf("step %d: %s reverted with %s, which it should never give here (allowed: %v)", r.step, op, name, allowed)
		}
		r.counts[op+" -> "+name]++
		return nil
	}
	r.c.Backend.Commit()
	rcpt, err := r.c.Client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		r.counts[op+" -> reverted on chain"]++
		return nil
	}
	r.counts[op]++
	for _, l := range rcpt.Logs {
		if ev, err := r.c.Market.ParseDealCreated(*l); err == nil {
			r.unsettled[ev.DealId] = new(big.Int).Mul(ev.PricePerPeriod, big.NewInt(int64(ev.Periods)))
		}
		if ev, err := r.c.Market.ParseDealSettled(*l); err == nil {
			delete(r.unsettled, ev.DealId)
		}
	}
	return rcpt
}

// ---- the checks after every step ----------------------------------------------------------------

func (r *invRun) check() {
	t := r.t
	t.Helper()
	escrow := new(big.Int)
	for _, e := range r.unsettled {
		escrow.Add(escrow, e)
	}
	held := new(big.Int)
	for _, f := range r.farmers {
		st := r.farmerState(f.Addr)
		held.Add(held, st.Stake).Add(held, st.Locked).Add(held, st.Unbonding).Add(held, st.SlashPool)
		locked := new(big.Int)
		for id := range r.unsettled {
			if d := r.deals[id]; d.farmer == f {
				locked.Add(locked, d.terms.Collateral)
			}
		}
		if st.Locked.Cmp(locked) != 0 {
			t.Fatalf("step %d (%s): farmer %s has %s locked, its unsettled deals' collateral is %s", r.step, r.action, f.Addr, st.Locked, locked)
		}
	}
	owed := new(big.Int)
	wallets := new(big.Int)
	for _, a := range r.everyone {
		owed.Add(owed, r.owed(a.Addr))
		wallets.Add(wallets, r.tokens(a.Addr))
	}
	mkt := r.tokens(r.c.MarketAddr)
	want := new(big.Int).Add(escrow, held)
	want.Add(want, owed)
	if mkt.Cmp(want) != 0 {
		t.Fatalf("step %d (%s): market holds %s tokens, owes %s = escrow %s + farmer funds %s + balances %s",
			r.step, r.action, mkt, want, escrow, held, owed)
	}
	if sum := new(big.Int).Add(wallets, mkt); sum.Cmp(r.total) != 0 {
		t.Fatalf("step %d (%s): wallets + market = %s, was %s: tokens created or destroyed", r.step, r.action, sum, r.total)
	}
	if r.step%25 == 0 {
		r.checkDeals()
	}
}

// checkDeals compares the escrow taken from events with every deal's state on chain.
func (r *invRun) checkDeals() {
	n, err := r.c.Market.DealCount(nil)
	if err != nil {
		r.t.Fatal(err)
	}
	if int(n) != len(r.deals) {
		r.t.Fatalf("step %d: %d deals on chain, %d created", r.step, n, len(r.deals))
	}
	const settled = 4 // StorageMarket F_SETTLED
	for id := uint64(1); id <= n; id++ {
		d := r.deal(id)
		_, open := r.unsettled[id]
		if (d.Flags&settled == 0) != open {
			r.t.Fatalf("step %d: deal %d flags %#x, events say unsettled=%v", r.step, id, d.Flags, open)
		}
	}
}

// ---- actors -------------------------------------------------------------------------------------

func (r *invRun) pick(as []*chaintest.Account) *chaintest.Account { return as[r.rng.IntN(len(as))] }

// pickFarmer picks a farmer, mostly one that is not disqualified.
func (r *invRun) pickFarmer() *chaintest.Account {
	var live []*chaintest.Account
	for _, f := range r.farmers {
		if !r.farmerState(f.Addr).Disqualified {
			live = append(live, f)
		}
	}
	if len(live) > 0 && r.rng.Float64() < 0.9 {
		return r.pick(live)
	}
	return r.pick(r.farmers)
}

func (r *invRun) pickDeal(pred func(*invDeal) bool) *invDeal {
	var ds []*invDeal
	for id := uint64(1); id <= uint64(len(r.deals)); id++ {
		if d := r.deals[id]; pred(d) {
			ds = append(ds, d)
		}
	}
	if len(ds) == 0 {
		return nil
	}
	return ds[r.rng.IntN(len(ds))]
}

// advance lets time pass: a few blocks, or to the next proof window, where the farmers send their
// heartbeats (each with its reliability), or to the next period, where misses get reported.
func (r *invRun) advance() {
	s := r.c.Schedule
	cur := r.period()
	latest := r.latest()
	switch {
	case r.rng.Float64() < 0.4:
		r.c.MineTo(r.t, latest+1+uint64(r.rng.IntN(3)))
	case latest <= s.SeedBlock(cur):
		r.c.MineTo(r.t, s.SeedBlock(cur)+1+uint64(r.rng.IntN(2)))
		for _, i := range r.rng.Perm(len(r.farmers)) {
			f := r.farmers[i]
			if r.rng.Float64() < r.reliable[f.Addr] {
				r.heartbeat(f, false)
				r.check()
			}
		}
	default:
		r.c.MineTo(r.t, s.PeriodStart(cur+1)+uint64(r.rng.IntN(3)))
		for _, f := range r.farmers {
			if r.rng.Float64() < 0.8 {
				r.report(f, r.period()-1)
				r.check()
			}
		}
	}
}

var heartbeatErrors = []string{"FarmerDisqualified", "OutsideProofWindow", "AlreadyProven", "NothingToProve", "WrongPeriod"}

// heartbeat sends f's heartbeat for the current period: built in Go from the contract's picks and
// the deal trees when the window is open on the latest block (as the prover does), a dummy one
// before the window opens or once the farmer is disqualified (which must be refused). A corrupted
// heartbeat must never be accepted.
func (r *invRun) heartbeat(f *chaintest.Account, corrupt bool) {
	s := r.c.Schedule
	cur := r.period()
	c := int(r.p.ChallengesPerHeartbeat)
	leaves, path := make([]byte, c*proofs.LeafSize), [][32]byte(nil)
	first, last := s.ProofWindowOf(cur)
	switch open := r.latest() >= first; {
	case r.farmerState(f.Addr).Disqualified || !open:
		corrupt = false // a dummy: refused for what it is, not for its bits
	case r.latest()+1 > last:
		r.counts["heartbeat not sent: window closing"]++
		return
	default:
		chs, ok := r.picks(f, cur)
		if !ok {
			r.counts["heartbeat not sent: nothing to prove or window closing"]++
			return
		}
		leaves = leaves[:0]
		for _, ch := range chs {
			data, p := r.deals[ch.DealID].tree.prove(r.t, ch.Leaf)
			leaves = append(leaves, data...)
			for _, h := range p {
				path = append(path, h)
			}
		}
	}
	allowed := heartbeatErrors
	if corrupt {
		leaves[r.rng.IntN(len(leaves))] ^= 1 << r.rng.IntN(8)
		allowed = append(slices.Clone(heartbeatErrors), "InvalidProof")
	}
	if rc := r.send("heartbeat", f, allowed, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.c.Market.Heartbeat(o, cur, leaves, path)
	}); rc != nil && corrupt {
		r.t.Fatalf("step %d: a heartbeat with a flipped bit was accepted", r.step)
	}
}

// picks returns period cur's challenges for f as the contract picks them, applying the set-change
// queue first if the contract asks for it (what the prover does with flushSome).
func (r *invRun) picks(f *chaintest.Account, cur uint32) ([]proofs.Challenge, bool) {
	s := r.c.Schedule
	seed := proofs.Seed(proofs.Hash(r.c.BlockHash(r.t, s.SeedBlock(cur))), f.Addr, cur)
	for attempt := 0; ; attempt++ {
		var chs []proofs.Challenge
		var err error
		for i := range int(r.p.ChallengesPerHeartbeat) {
			got, perr := r.c.Market.PickChallenge(nil, f.Addr, seed, big.NewInt(int64(i)))
			if err = perr; err != nil {
				break
			}
			chs = append(chs, proofs.Challenge{DealID: got.DealId, Leaf: got.Leaf})
		}
		switch name := chaintest.RevertName(err); {
		case err == nil:
			return chs, true
		case name == "QueueNotFlushed" || name == "NothingToProve" && attempt == 0:
			r.send("flush", r.pick(r.everyone), nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return r.c.Market.Flush(o, f.Addr)
			})
			if _, last := s.ProofWindowOf(cur); r.latest()+1 > last {
				return nil, false
			}
		case name == "NothingToProve":
			return nil, false
		default:
			r.t.Fatalf("step %d: pickChallenge: %v", r.step, err)
		}
	}
}

func (r *invRun) reportMissed() {
	p := r.period()
	if p > 0 {
		p--
	}
	if r.rng.Float64() < 0.1 {
		p += 1 // too early
	}
	r.report(r.pickFarmer(), p)
}

// report reports that f missed period p. A slash must take min((stake + locked) × slashBps, stake)
// from the farmer's free stake and pay the reporter its bounty.
func (r *invRun) report(f *chaintest.Account, p uint32) {
	by := r.pick(slices.Concat(r.others, r.renters))
	before := r.farmerState(f.Addr)
	owedBefore := r.owed(by.Addr)
	rc := r.send("reportMissed", by, []string{"FarmerDisqualified", "ReportTooEarly", "ReportTooLate", "AlreadyProven", "AlreadyReported", "NotObliged"},
		func(o *bind.TransactOpts) (*types.Transaction, error) { return r.c.Market.ReportMissed(o, f.Addr, p) })
	if rc != nil {
		r.checkSlash(rc, f, by, before, owedBefore, nil)
	}
}

// checkSlash checks a slash against the contract's rule, from the farmer's state before it.
func (r *invRun) checkSlash(rc *types.Receipt, f, by *chaintest.Account, before bindings.StorageMarketFarmer, owedBefore *big.Int, renter *chaintest.Account) {
	t := r.t
	t.Helper()
	amount := new(big.Int).Add(before.Stake, before.Locked)
	amount.Mul(amount, big.NewInt(int64(r.p.SlashBps))).Div(amount, big.NewInt(10_000))
	if amount.Cmp(before.Stake) > 0 {
		amount.Set(before.Stake)
	}
	bounty := new(big.Int).Mul(amount, big.NewInt(int64(r.p.ReporterBountyBps)))
	bounty.Div(bounty, big.NewInt(10_000))
	var slashed *bindings.StorageMarketSlashed
	credited := new(big.Int) // slash shares credited to the reporter by deals leaving the set
	for _, l := range rc.Logs {
		if ev, err := r.c.Market.ParseSlashed(*l); err == nil {
			slashed = ev
		}
		if ev, err := r.c.Market.ParseSlashShareCredited(*l); err == nil && ev.Renter == by.Addr {
			credited.Add(credited, ev.Amount)
		}
	}
	if slashed == nil || slashed.Amount.Cmp(amount) != 0 || slashed.Bounty.Cmp(bounty) != 0 {
		t.Fatalf("step %d: slash of %s: event %+v, want amount %s bounty %s", r.step, f.Addr, slashed, amount, bounty)
	}
	after := r.farmerState(f.Addr)
	if got := new(big.Int).Sub(before.Stake, after.Stake); got.Cmp(amount) != 0 {
		t.Fatalf("step %d: slash took %s of %s's stake, want %s", r.step, got, f.Addr, amount)
	}
	want := new(big.Int).Add(owedBefore, bounty)
	want.Add(want, credited)
	if renter == by { // the reporter is the challenging renter: it also takes the rest
		want.Add(want, new(big.Int).Sub(amount, bounty))
	}
	if got := r.owed(by.Addr); got.Cmp(want) != 0 {
		t.Fatalf("step %d: reporter %s is owed %s after the slash, want %s", r.step, by.Addr, got, want)
	}
}

func (r *invRun) createDeal() {
	f := r.pickFarmer()
	renter := r.pick(r.renters)
	tree := r.trees[r.rng.IntN(len(r.trees))]
	price := big.NewInt(1 + r.rng.Int64N(40))
	periods := uint32(1 + r.rng.IntN(6))
	r.nonce++
	terms := market.DealTerms{
		Renter: renter.Addr, Farmer: f.Addr, Root: tree.root, Size: tree.shape.Leaves * proofs.LeafSize,
		ShardSize: tree.shape.ShardLeaves * proofs.LeafSize, PricePerPeriod: price, Periods: periods,
		Nonce: big.NewInt(r.nonce), Deadline: big.NewInt(1 << 40),
	}
	minColl := terms.MinCollateral(r.p)
	terms.Collateral = new(big.Int).Add(minColl, big.NewInt(r.rng.Int64N(200)))
	if r.rng.Float64() < 0.05 && minColl.Sign() > 0 {
		terms.Collateral = new(big.Int).Sub(minColl, big.NewInt(1))
	}
	rs, err := r.c.Domain.Sign(terms, renter.Key)
	if err != nil {
		r.t.Fatal(err)
	}
	fs, err := r.c.Domain.Sign(terms, f.Key)
	if err != nil {
		r.t.Fatal(err)
	}
	sender := renter
	if r.rng.IntN(2) == 0 {
		sender = f
	}
	before, mktBefore, walletBefore := r.farmerState(f.Addr), r.tokens(r.c.MarketAddr), r.tokens(renter.Addr)
	rc := r.send("createDeal", sender, []string{"FarmerDisqualified", "OverCapacity", "CollateralTooLow", "InsufficientStake"},
		func(o *bind.TransactOpts) (*types.Transaction, error) {
			return r.c.Market.CreateDeal(o, bindTerms(terms), rs, fs)
		})
	if rc == nil {
		return
	}
	var id uint64
	for _, l := range rc.Logs {
		if ev, err := r.c.Market.ParseDealCreated(*l); err == nil {
			id = ev.DealId
		}
	}
	if id != uint64(len(r.deals)+1) {
		r.t.Fatalf("step %d: new deal id %d, want %d", r.step, id, len(r.deals)+1)
	}
	r.deals[id] = &invDeal{id: id, tree: tree, terms: terms, renter: renter, farmer: f}
	escrow := terms.Escrow()
	after := r.farmerState(f.Addr)
	if d := new(big.Int).Sub(r.tokens(r.c.MarketAddr), mktBefore); d.Cmp(escrow) != 0 {
		r.t.Fatalf("step %d: createDeal moved %s into the market, escrow is %s", r.step, d, escrow)
	}
	if d := new(big.Int).Sub(walletBefore, r.tokens(renter.Addr)); d.Cmp(escrow) != 0 {
		r.t.Fatalf("step %d: createDeal took %s from the renter, escrow is %s", r.step, d, escrow)
	}
	if new(big.Int).Sub(before.Stake, after.Stake).Cmp(terms.Collateral) != 0 || new(big.Int).Sub(after.Locked, before.Locked).Cmp(terms.Collateral) != 0 {
		r.t.Fatalf("step %d: collateral %s: stake %s -> %s, locked %s -> %s", r.step, terms.Collateral, before.Stake, after.Stake, before.Locked, after.Locked)
	}
	// Now and then the other party replays the same signed terms: refused.
	if r.rng.Float64() < 0.05 {
		r.send("createDeal replay", renter, []string{"NonceUsed"}, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return r.c.Market.CreateDeal(o, bindTerms(terms), rs, fs)
		})
	}
}

func (r *invRun) challenge() {
	d := r.pickDeal(func(d *invDeal) bool { _, open := r.unsettled[d.id]; return open })
	if d == nil {
		return
	}
	r.send("challenge", d.renter, []string{"DealNotLive", "FarmerDisqualified", "ChallengeOpen"},
		func(o *bind.TransactOpts) (*types.Transaction, error) { return r.c.Market.Challenge(o, d.id) })
}

// openChallenge returns a deal with an open renter challenge.
func (r *invRun) openChallenge() *invDeal {
	return r.pickDeal(func(d *invDeal) bool { return r.deal(d.id).ChallengeDeadline != 0 })
}

func (r *invRun) answerChallenge() {
	d := r.openChallenge()
	if d == nil || r.rng.Float64() >= r.reliable[d.farmer.Addr] {
		return
	}
	data, path := d.tree.prove(r.t, r.deal(d.id).ChallengeLeaf)
	var p32 [][32]byte
	for _, h := range path {
		p32 = append(p32, h)
	}
	r.send("answerChallenge", d.farmer, []string{"ChallengeExpired"}, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.c.Market.AnswerChallenge(o, d.id, data, p32)
	})
}

func (r *invRun) reportChallengeMissed() {
	d := r.openChallenge()
	if d == nil {
		return
	}
	by := r.pick(slices.Concat(r.others, r.farmers))
	before, owedBefore, renterBefore := r.farmerState(d.farmer.Addr), r.owed(by.Addr), r.owed(d.renter.Addr)
	rc := r.send("reportChallengeMissed", by, []string{"ChallengeNotExpired", "FarmerDisqualified"},
		func(o *bind.TransactOpts) (*types.Transaction, error) {
			return r.c.Market.ReportChallengeMissed(o, d.id)
		})
	if rc == nil {
		return
	}
	r.checkSlash(rc, d.farmer, by, before, owedBefore, d.renter)
	var slashed *bindings.StorageMarketSlashed
	for _, l := range rc.Logs {
		if ev, err := r.c.Market.ParseSlashed(*l); err == nil {
			slashed = ev
		}
	}
	rest := new(big.Int).Sub(slashed.Amount, slashed.Bounty)
	if got := new(big.Int).Sub(r.owed(d.renter.Addr), renterBefore); by != d.renter && got.Cmp(rest) != 0 {
		r.t.Fatalf("step %d: the challenging renter got %s of the slash, want %s", r.step, got, rest)
	}
}

func (r *invRun) cancel() {
	d := r.pickDeal(func(d *invDeal) bool { _, open := r.unsettled[d.id]; return open })
	if d == nil {
		return
	}
	r.send("cancel", d.renter, []string{"DealNotLive"}, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.c.Market.Cancel(o, d.id)
	})
}

// settle settles a deal (now and then one already settled). The farmer must earn exactly price ×
// the periods it proved while the deal ran, the renter the rest of the escrow, plus the collateral
// and its slash share if the farmer was disqualified.
func (r *invRun) settle() {
	d := r.pickDeal(func(d *invDeal) bool { _, open := r.unsettled[d.id]; return open || r.rng.Float64() < 0.05 })
	if d == nil {
		return
	}
	before, fBefore := r.deal(d.id), r.farmerState(d.farmer.Addr)
	farmerOwed, renterOwed := r.owed(d.farmer.Addr), r.owed(d.renter.Addr)
	rc := r.send("settle", r.pick(r.everyone), []string{"AlreadySettled", "DealNotEnded", "ChallengeOpen"},
		func(o *bind.TransactOpts) (*types.Transaction, error) { return r.c.Market.Settle(o, d.id) })
	if rc == nil {
		return
	}
	end := before.EndPeriod
	if fBefore.Disqualified && fBefore.DqPeriod < end {
		end = max(fBefore.DqPeriod, before.StartPeriod)
	}
	proven := int64(0)
	for q := before.StartPeriod; q < end; q++ {
		w, err := r.c.Market.ProvenBits(nil, d.farmer.Addr, big.NewInt(int64(q>>8)))
		if err != nil {
			r.t.Fatal(err)
		}
		proven += int64(w.Bit(int(q & 0xff)))
	}
	earned := new(big.Int).Mul(before.PricePerPeriod, big.NewInt(proven))
	refund := new(big.Int).Sub(new(big.Int).Mul(before.PricePerPeriod, big.NewInt(int64(before.Periods))), earned)
	var ev *bindings.StorageMarketDealSettled
	for _, l := range rc.Logs {
		if e, err := r.c.Market.ParseDealSettled(*l); err == nil {
			ev = e
		}
	}
	wantColl := new(big.Int)
	if fBefore.Disqualified {
		wantColl = before.Collateral
	}
	if ev == nil || ev.Earned.Cmp(earned) != 0 || ev.Refund.Cmp(refund) != 0 || ev.CollateralToRenter.Cmp(wantColl) != 0 {
		r.t.Fatalf("step %d: deal %d settled as %+v; want earned %s (%d proven periods in [%d, %d)), refund %s, collateral to renter %s",
			r.step, d.id, ev, earned, proven, before.StartPeriod, end, refund, wantColl)
	}
	if got := new(big.Int).Sub(r.owed(d.farmer.Addr), farmerOwed); got.Cmp(earned) != 0 {
		r.t.Fatalf("step %d: settle credited the farmer %s, want %s", r.step, got, earned)
	}
	wantRenter := new(big.Int).Add(refund, wantColl)
	wantRenter.Add(wantRenter, ev.SlashShare)
	if got := new(big.Int).Sub(r.owed(d.renter.Addr), renterOwed); got.Cmp(wantRenter) != 0 {
		r.t.Fatalf("step %d: settle credited the renter %s, want %s", r.step, got, wantRenter)
	}
	after := r.farmerState(d.farmer.Addr)
	wantStake := new(big.Int).Set(fBefore.Stake)
	if !fBefore.Disqualified {
		wantStake.Add(wantStake, before.Collateral)
	}
	if after.Stake.Cmp(wantStake) != 0 {
		r.t.Fatalf("step %d: farmer stake %s after settle, want %s", r.step, after.Stake, wantStake)
	}
}

func (r *invRun) withdraw() { r.withdrawFrom(r.pick(r.everyone), false) }

// withdrawFrom pays out a's balance: its wallet grows by exactly that. If must, it has to succeed.
func (r *invRun) withdrawFrom(a *chaintest.Account, must bool) {
	owed, wallet := r.owed(a.Addr), r.tokens(a.Addr)
	allowed := []string{"NothingToWithdraw"}
	if must {
		allowed = nil
	}
	rc := r.send("withdraw", a, allowed, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.c.Market.Withdraw(o)
	})
	if rc == nil {
		if must {
			r.t.Fatalf("withdrawal of %s's balance of %s failed on chain", a.Addr, owed)
		}
		return
	}
	if got := new(big.Int).Sub(r.tokens(a.Addr), wallet); got.Cmp(owed) != 0 || r.owed(a.Addr).Sign() != 0 {
		r.t.Fatalf("step %d: withdraw of %s paid %s, balance left %s", r.step, owed, got, r.owed(a.Addr))
	}
}

func (r *invRun) stake() {
	f := r.pickFarmer()
	amount := big.NewInt(100 + r.rng.Int64N(3000))
	if r.rng.Float64() < 0.05 {
		amount.SetInt64(0)
	}
	r.send("stake", f, []string{"ZeroAmount", "FarmerDisqualified"}, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.c.Market.Stake(o, amount)
	})
}

func (r *invRun) requestUnstake() {
	f := r.pickFarmer()
	st := r.farmerState(f.Addr)
	amount := new(big.Int)
	if r.rng.IntN(2) == 0 {
		amount.SetInt64(1 + r.rng.Int64N(st.Stake.Int64()/2+1))
	} else {
		amount.Sub(st.Stake, r.p.MinStake).Add(amount, big.NewInt(r.rng.Int64N(3)))
	}
	if amount.Sign() <= 0 {
		return
	}
	r.send("requestUnstake", f, []string{"InsufficientStake", "StakeLocked"}, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.c.Market.RequestUnstake(o, amount)
	})
}

func (r *invRun) withdrawStake() {
	f := r.pickFarmer()
	unbonding, wallet := r.farmerState(f.Addr).Unbonding, r.tokens(f.Addr)
	if rc := r.send("withdrawStake", f, []string{"NothingUnbonding", "Unbonding"}, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.c.Market.WithdrawStake(o)
	}); rc != nil {
		if got := new(big.Int).Sub(r.tokens(f.Addr), wallet); got.Cmp(unbonding) != 0 {
			r.t.Fatalf("step %d: withdrawStake paid %s, %s was unbonding", r.step, got, unbonding)
		}
	}
}

func (r *invRun) flush() {
	f := r.pickFarmer()
	if r.rng.IntN(2) == 0 {
		n := big.NewInt(r.rng.Int64N(3))
		r.send("flushSome", r.pick(r.everyone), nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return r.c.Market.FlushSome(o, f.Addr, n)
		})
		return
	}
	r.send("flush", r.pick(r.everyone), nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.c.Market.Flush(o, f.Addr)
	})
}
