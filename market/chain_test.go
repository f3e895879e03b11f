package market_test

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/market/chaintest"
	"github.com/granary-network/granary/proofs"
)

// heldDeal is a deal's data as its farmer holds it.
type heldDeal struct {
	id     uint64
	shards [][]byte
	roots  []proofs.Hash
	shape  proofs.DealShape
	root   proofs.Hash
	terms  market.DealTerms
}

func newHeldDeal(t *testing.T, r *rand.Rand, shardLeaves uint64, shardLens ...uint64) *heldDeal {
	d, err := makeHeldDeal(r, shardLeaves, shardLens)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// makeHeldDeal fills shards of the given leaf counts with bytes from r and builds their deal tree.
func makeHeldDeal(r *rand.Rand, shardLeaves uint64, shardLens []uint64) (*heldDeal, error) {
	d := &heldDeal{shape: proofs.DealShape{ShardLeaves: shardLeaves}}
	for _, n := range shardLens {
		data := make([]byte, n*proofs.LeafSize)
		for i := range data {
			data[i] = byte(r.UintN(256))
		}
		root, err := proofs.ShardRoot(data)
		if err != nil {
			return nil, err
		}
		d.shards, d.roots = append(d.shards, data), append(d.roots, root)
		d.shape.Leaves += n
	}
	d.root = proofs.DealRoot(d.roots)
	return d, nil
}

func (d *heldDeal) prove(t *testing.T, leaf uint64) ([]byte, []proofs.Hash) {
	t.Helper()
	data, path, err := d.proveLeaf(leaf)
	if err != nil {
		t.Fatal(err)
	}
	return data, path
}

// proveLeaf returns deal leaf `leaf` and its path: shard level, then deal level.
func (d *heldDeal) proveLeaf(leaf uint64) ([]byte, []proofs.Hash, error) {
	shard, idx, _, _ := proofs.Geometry(d.shape.Leaves, d.shape.ShardLeaves, leaf)
	sp, err := proofs.ProveShard(d.shards[shard], idx)
	if err != nil {
		return nil, nil, err
	}
	return d.shards[shard][idx*proofs.LeafSize : (idx+1)*proofs.LeafSize], append(sp, proofs.DealPath(d.roots, shard)...), nil
}

// queued mirrors one entry of a farmer's set-change queue in the contract.
type queued struct {
	period uint32 // the change is part of the set from period+1
	add    bool
	deal   *heldDeal
}

// env is a market on the simulated chain with Go-side farmers that mirror their challengeable sets.
type env struct {
	t      *testing.T
	c      *chaintest.Chain
	p      market.Params
	deals  map[uint64]*heldDeal
	queues map[common.Address][]queued
	sets   map[common.Address]*proofs.Set
}

func newEnv(t *testing.T) *env {
	p := market.DevnetParams()
	return &env{t: t, c: chaintest.New(t, p), p: p, deals: map[uint64]*heldDeal{},
		queues: map[common.Address][]queued{}, sets: map[common.Address]*proofs.Set{}}
}

func (e *env) period() uint32 { return e.c.Schedule.PeriodAt(e.c.Block(e.t) + 1) }

func (e *env) farmer(stake int64) *chaintest.Account {
	f := e.c.NewAccount(e.t, market.Tokens(stake))
	tx, err := e.c.Token.Approve(f.Opts, e.c.MarketAddr, market.Tokens(stake))
	e.c.Mined(e.t, tx, err)
	tx, err = e.c.Market.Stake(f.Opts, market.Tokens(stake))
	e.c.Mined(e.t, tx, err)
	tx, err = e.c.Market.Announce(f.Opts, []byte("peer-"+f.Addr.Hex()), []byte{0x04, 127, 0, 0, 1}, market.Tokens(1), 1<<40)
	e.c.Mined(e.t, tx, err)
	e.sets[f.Addr] = proofs.NewSet()
	return f
}

func bindTerms(t market.DealTerms) bindings.StorageMarketDealTerms {
	return bindings.StorageMarketDealTerms{
		Renter: t.Renter, Farmer: t.Farmer, Root: t.Root, Size: t.Size, ShardSize: t.ShardSize,
		PricePerPeriod: t.PricePerPeriod, Periods: t.Periods, Collateral: t.Collateral, Nonce: t.Nonce, Deadline: t.Deadline,
	}
}

var nonce int64

// terms returns signed-ready terms for d between renter and farmer.
func (e *env) terms(renter, farmer *chaintest.Account, d *heldDeal, price int64, periods uint32) market.DealTerms {
	nonce++
	t := market.DealTerms{
		Renter: renter.Addr, Farmer: farmer.Addr, Root: d.root, Size: d.shape.Leaves * proofs.LeafSize,
		ShardSize: d.shape.ShardLeaves * proofs.LeafSize, PricePerPeriod: market.Tokens(price), Periods: periods,
		Nonce: big.NewInt(nonce), Deadline: big.NewInt(1 << 40),
	}
	t.Collateral = t.MinCollateral(e.p)
	return t
}

// createDeal signs the terms in Go with both keys, approves the escrow and has the farmer submit.
func (e *env) createDeal(renter, farmer *chaintest.Account, d *heldDeal, price int64, periods uint32) uint64 {
	t := e.t
	t.Helper()
	d.terms = e.terms(renter, farmer, d, price, periods)
	if err := d.terms.Validate(); err != nil {
		t.Fatal(err)
	}
	onchain, err := e.c.Market.HashDealTerms(nil, bindTerms(d.terms))
	if err != nil {
		t.Fatal(err)
	}
	if onchain != e.c.Domain.Digest(d.terms) {
		t.Fatalf("EIP-712 digest: contract %x, Go %x", onchain, e.c.Domain.Digest(d.terms))
	}
	rs, err := e.c.Domain.Sign(d.terms, renter.Key)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := e.c.Domain.Sign(d.terms, farmer.Key)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := e.c.Token.Approve(renter.Opts, e.c.MarketAddr, d.terms.Escrow())
	e.c.Mined(t, tx, err)
	tx, err = e.c.Market.CreateDeal(farmer.Opts, bindTerms(d.terms), rs, fs)
	rcpt := e.c.Mined(t, tx, err)
	for _, l := range rcpt.Logs {
		if ev, err := e.c.Market.ParseDealCreated(*l); err == nil {
			d.id = ev.DealId
			e.deals[d.id] = d
			e.queues[farmer.Addr] = append(e.queues[farmer.Addr], queued{period: ev.StartPeriod - 1, add: true, deal: d})
			return d.id
		}
	}
	t.Fatal("no DealCreated event")
	return 0
}

// setFor returns the farmer's challengeable set for period p: every queued change from before p
// applied, as the contract's flush does.
func (e *env) setFor(farmer common.Address, p uint32) *proofs.Set {
	q := e.queues[farmer]
	for len(q) > 0 && q[0].period < p {
		var err error
		if q[0].add {
			err = e.sets[farmer].Add(proofs.SetDeal{ID: q[0].deal.id, Leaves: q[0].deal.shape.Leaves})
		} else {
			err = e.sets[farmer].Remove(q[0].deal.id, q[0].deal.shape.Leaves)
		}
		if err != nil {
			e.t.Fatal(err)
		}
		q = q[1:]
	}
	e.queues[farmer] = q
	return e.sets[farmer]
}

// heartbeat is the arguments of a heartbeat transaction.
type heartbeat struct {
	period uint32
	leaves []byte
	path   [][32]byte
	chs    []proofs.Challenge
}

// toWindow mines until the latest block is the first of period p's proof window. Gas estimation
// runs against the latest block, so a heartbeat must wait until the window is open there, not
// merely for the block it will land in.
func (e *env) toWindow(p uint32) {
	first, _ := e.c.Schedule.ProofWindowOf(p)
	e.c.MineTo(e.t, first)
}

// prove builds farmer's heartbeat for period p in Go: the seed from the seed block's hash, the
// challenges from the mirrored set, the proofs from the held data.
func (e *env) prove(farmer common.Address, p uint32) heartbeat {
	t := e.t
	t.Helper()
	seed := proofs.Seed(proofs.Hash(e.c.BlockHash(t, e.c.Schedule.SeedBlock(p))), farmer, p)
	chs, err := e.setFor(farmer, p).Challenges(seed, int(e.p.ChallengesPerHeartbeat))
	if err != nil {
		t.Fatal(err)
	}
	hb := heartbeat{period: p, chs: chs}
	for _, ch := range chs {
		data, path := e.deals[ch.DealID].prove(t, ch.Leaf)
		hb.leaves = append(hb.leaves, data...)
		for _, h := range path {
			hb.path = append(hb.path, h)
		}
	}
	return hb
}

func (e *env) send(f *chaintest.Account, hb heartbeat) error {
	_, err := e.c.Market.Heartbeat(f.Opts, hb.period, hb.leaves, hb.path)
	return err
}

// beat proves period p for farmer and checks the contract picked the same challenges as Go.
func (e *env) beat(f *chaintest.Account, p uint32) uint64 {
	t := e.t
	t.Helper()
	hb := e.prove(f.Addr, p)
	tx, err := e.c.Market.Heartbeat(f.Opts, hb.period, hb.leaves, hb.path)
	rcpt := e.c.Mined(t, tx, err)
	seed := proofs.Seed(proofs.Hash(e.c.BlockHash(t, e.c.Schedule.SeedBlock(p))), f.Addr, p)
	for i, ch := range hb.chs {
		got, err := e.c.Market.PickChallenge(nil, f.Addr, seed, big.NewInt(int64(i)))
		if err != nil {
			t.Fatal(err)
		}
		if got.DealId != ch.DealID || got.Leaf != ch.Leaf {
			t.Fatalf("challenge %d: contract picks deal %d leaf %d, Go picks deal %d leaf %d", i, got.DealId, got.Leaf, ch.DealID, ch.Leaf)
		}
	}
	return rcpt.GasUsed
}

func (e *env) balance(a common.Address) *big.Int {
	b, err := e.c.Token.BalanceOf(nil, a)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func (e *env) owed(a common.Address) *big.Int {
	b, err := e.c.Market.Balances(nil, a)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func (e *env) farmerState(a common.Address) bindings.StorageMarketFarmer {
	f, err := e.c.Market.GetFarmer(nil, a)
	if err != nil {
		e.t.Fatal(err)
	}
	return f
}

func mul(a *big.Int, n int64) *big.Int { return new(big.Int).Mul(a, big.NewInt(n)) }

func eq(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s: got %s, want %s", what, got, want)
	}
}

// Go-made deals and heartbeats are accepted by the contract for several periods; every corrupted
// heartbeat is refused; settlement pays the farmer exactly price x proven periods.
func TestHeartbeatsAcrossTheBoundary(t *testing.T) {
	e := newEnv(t)
	r := rand.New(rand.NewPCG(1, 1))
	f1, f2 := e.farmer(10_000), e.farmer(10_000)
	r1, r2 := e.c.NewAccount(t, market.Tokens(100_000)), e.c.NewAccount(t, market.Tokens(100_000))

	a := newHeldDeal(t, r, 16, 16, 16, 5) // three shards, the last one short
	b := newHeldDeal(t, r, 40, 40)        // one shard
	c := newHeldDeal(t, r, 8, 8, 8, 8, 8) // four shards
	x := newHeldDeal(t, r, 32, 32, 7)     // farmer 2's deal
	const price, periods = 2, 4
	e.createDeal(r1, f1, a, price, periods)
	e.createDeal(r2, f1, b, price, periods)
	e.createDeal(r1, f1, c, price, periods)
	e.createDeal(r2, f2, x, price, periods)
	first := e.period() + 1 // deals start next period

	var gas []uint64
	for p := first; p < first+3; p++ {
		e.toWindow(p)
		if p == first {
			// Corrupted variants of a valid heartbeat, each refused with its reason.
			hb := e.prove(f1.Addr, p)
			other := e.prove(f2.Addr, p)
			flipLeaf := hb
			flipLeaf.leaves = append([]byte(nil), hb.leaves...)
			flipLeaf.leaves[proofs.LeafSize+9] ^= 0x01
			flipPath := hb
			flipPath.path = append([][32]byte(nil), hb.path...)
			flipPath.path[0][31] ^= 0x80
			wrongLeaf := hb
			{
				ch := hb.chs[0]
				d := e.deals[ch.DealID]
				data, path := d.prove(t, (ch.Leaf+1)%d.shape.Leaves)
				wrongLeaf.leaves = append(append([]byte(nil), data...), hb.leaves[proofs.LeafSize:]...)
				wrongLeaf.path = replaceFirstPath(hb, d, path)
			}
			otherDeal := hb
			{
				ch := hb.chs[0]
				var od *heldDeal
				for _, cand := range []*heldDeal{a, b, c} {
					if cand.id != ch.DealID {
						od = cand
						break
					}
				}
				data, path := od.prove(t, ch.Leaf%od.shape.Leaves)
				otherDeal.leaves = append(append([]byte(nil), data...), hb.leaves[proofs.LeafSize:]...)
				otherDeal.path = replaceFirstPath(hb, e.deals[ch.DealID], path)
			}
			stale := hb
			stale.period = p - 1
			short := hb
			short.leaves = hb.leaves[:len(hb.leaves)-1]
			longPath := hb
			longPath.path = append(append([][32]byte(nil), hb.path...), [32]byte{})
			for _, cse := range []struct {
				name string
				hb   heartbeat
				want string
			}{
				{"one flipped bit in a leaf", flipLeaf, "InvalidProof"},
				{"one flipped bit in a path", flipPath, "InvalidProof"},
				{"wrong leaf index", wrongLeaf, "InvalidProof"},
				{"proof taken from another deal", otherDeal, "InvalidProof"},
				{"proof taken from another farmer", other, "InvalidProof"},
				{"stale period", stale, "WrongPeriod"},
				{"leaves of the wrong length", short, "BadProofLength"},
				{"path with an extra node", longPath, "BadProofLength"},
			} {
				err := e.send(f1, cse.hb)
				if err == nil {
					t.Fatalf("%s: accepted", cse.name)
				}
				if got := chaintest.RevertName(err); got != cse.want {
					t.Fatalf("%s: reverted with %q, want %s", cse.name, got, cse.want)
				}
			}
		}
		gas = append(gas, e.beat(f1, p))
		e.beat(f2, p)
		// A second heartbeat for the same period is refused.
		chaintest.ExpectRevert(t, e.send(f1, e.prove(f1.Addr, p)), "AlreadyProven")
	}
	t.Logf("heartbeat gas (c=%d, 3 deals): %v", e.p.ChallengesPerHeartbeat, gas)

	// Before the proof window opens, a heartbeat is refused.
	p := first + 3
	e.c.MineTo(t, e.c.Schedule.PeriodStart(p))
	_, err := e.c.Market.Heartbeat(f1.Opts, p, make([]byte, proofs.LeafSize*4), nil)
	chaintest.ExpectRevert(t, err, "OutsideProofWindow")
	// f1 skips the last period of its deals; f2 proves it.
	e.toWindow(p)
	e.beat(f2, p)

	// After the deals' last period, settle: farmer 1 proved 3 of 4 periods, farmer 2 all 4.
	e.c.MineTo(t, e.c.Schedule.PeriodStart(first+periods))
	chaintest.ExpectRevert(t, settleErr(e, r1, 999), "UnknownDeal")
	for _, d := range []*heldDeal{a, b, c, x} {
		tx, err := e.c.Market.Settle(r1.Opts, d.id) // anyone may settle
		e.c.Mined(t, tx, err)
	}
	chaintest.ExpectRevert(t, settleErr(e, r1, a.id), "AlreadySettled")
	eq(t, "farmer 1 earnings", e.owed(f1.Addr), mul(market.Tokens(price), 3*3))
	eq(t, "farmer 2 earnings", e.owed(f2.Addr), mul(market.Tokens(price), 4))
	eq(t, "renter 1 refund", e.owed(r1.Addr), mul(market.Tokens(price), 2)) // a and c: one unproven period each
	eq(t, "renter 2 refund", e.owed(r2.Addr), mul(market.Tokens(price), 1)) // b: one unproven period
	before := e.balance(f1.Addr)
	tx, err := e.c.Market.Withdraw(f1.Opts)
	e.c.Mined(t, tx, err)
	eq(t, "farmer 1 withdrawal", new(big.Int).Sub(e.balance(f1.Addr), before), mul(market.Tokens(price), 9))
	_, err = e.c.Market.Withdraw(f1.Opts)
	chaintest.ExpectRevert(t, err, "NothingToWithdraw")
	// The collateral is free again.
	st := e.farmerState(f1.Addr)
	eq(t, "farmer 1 locked", st.Locked, big.NewInt(0))
	eq(t, "farmer 1 stake", st.Stake, market.Tokens(10_000))
	if st.ProvenPeriods != 3 || st.LiveDeals != 0 {
		t.Fatalf("farmer 1: %d proven periods, %d live deals", st.ProvenPeriods, st.LiveDeals)
	}
}

func settleErr(e *env, a *chaintest.Account, id uint64) error {
	_, err := e.c.Market.Settle(a.Opts, id)
	return err
}

// replaceFirstPath returns hb's concatenated path with the first challenge's path replaced.
func replaceFirstPath(hb heartbeat, d *heldDeal, first []proofs.Hash) [][32]byte {
	_, _, sd, dd := proofs.Geometry(d.shape.Leaves, d.shape.ShardLeaves, hb.chs[0].Leaf)
	var out [][32]byte
	for _, h := range first {
		out = append(out, h)
	}
	return append(out, hb.path[sd+dd:]...)
}

// A farmer that stops proving is reported, slashed with a bounty to the reporter and a share to its
// renters, and disqualified at the threshold; its renters take back the unearned escrow, the
// collateral and their share of the slashes.
func TestMissSlashAndDisqualify(t *testing.T) {
	e := newEnv(t)
	r := rand.New(rand.NewPCG(2, 2))
	f := e.farmer(5_000)
	r1, r2 := e.c.NewAccount(t, market.Tokens(100_000)), e.c.NewAccount(t, market.Tokens(100_000))
	auditor := e.c.NewAccount(t, nil)
	a := newHeldDeal(t, r, 64, 64, 64) // 128 leaves
	b := newHeldDeal(t, r, 32, 32)     // 32 leaves
	const price, periods = 10, 20
	e.createDeal(r1, f, a, price, periods)
	e.createDeal(r2, f, b, price, periods)
	first := e.period() + 1

	// Nothing to report before the farmer's deals start.
	e.c.MineTo(t, e.c.Schedule.PeriodStart(first))
	_, err := e.c.Market.ReportMissed(auditor.Opts, f.Addr, first-1)
	chaintest.ExpectRevert(t, err, "NotObliged")

	e.toWindow(first)
	e.beat(f, first)
	e.toWindow(first + 1)
	e.beat(f, first+1)
	// An honest farmer is never reportable.
	e.c.MineTo(t, e.c.Schedule.PeriodStart(first+2))
	_, err = e.c.Market.ReportMissed(auditor.Opts, f.Addr, first+1)
	chaintest.ExpectRevert(t, err, "AlreadyProven")

	// The farmer goes dark for three periods; the auditor reports each miss in the next period.
	acc := new(big.Int) // renter share per leaf, scaled by 1e18, as the contract keeps it
	pool, bounties := new(big.Int), new(big.Int)
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	for i, p := range []uint32{first + 2, first + 3, first + 4} {
		_, err := e.c.Market.ReportMissed(auditor.Opts, f.Addr, p)
		chaintest.ExpectRevert(t, err, "ReportTooEarly")
		e.c.MineTo(t, e.c.Schedule.PeriodStart(p+1))
		st := e.farmerState(f.Addr)
		amount := new(big.Int).Add(st.Stake, st.Locked)
		amount.Mul(amount, big.NewInt(int64(e.p.SlashBps))).Div(amount, big.NewInt(10_000))
		if amount.Cmp(st.Stake) > 0 {
			amount.Set(st.Stake)
		}
		bounty := new(big.Int).Mul(amount, big.NewInt(int64(e.p.ReporterBountyBps)))
		bounty.Div(bounty, big.NewInt(10_000))
		rest := new(big.Int).Sub(amount, bounty)
		tx, err := e.c.Market.ReportMissed(auditor.Opts, f.Addr, p)
		rcpt := e.c.Mined(t, tx, err)
		var slashed *bindings.StorageMarketSlashed
		for _, l := range rcpt.Logs {
			if ev, err := e.c.Market.ParseSlashed(*l); err == nil {
				slashed = ev
			}
		}
		if slashed == nil {
			t.Fatalf("miss %d: no Slashed event", i)
		}
		eq(t, "slash amount", slashed.Amount, amount)
		eq(t, "bounty", slashed.Bounty, bounty)
		eq(t, "stake after slash", e.farmerState(f.Addr).Stake, new(big.Int).Sub(st.Stake, amount))
		bounties.Add(bounties, bounty)
		pool.Add(pool, rest)
		acc.Add(acc, new(big.Int).Div(new(big.Int).Mul(rest, scale), big.NewInt(160)))
		_, err = e.c.Market.ReportMissed(auditor.Opts, f.Addr, p)
		want := "AlreadyReported"
		if i == 2 {
			want = "FarmerDisqualified"
		}
		chaintest.ExpectRevert(t, err, want)
		if i < 2 {
			e.toWindow(p + 1)
		}
	}
	eq(t, "auditor bounties", e.owed(auditor.Addr), bounties)
	proven, missed, slashes, dq, err := reputation(e, f.Addr)
	if err != nil {
		t.Fatal(err)
	}
	if proven != 2 || missed != 3 || slashes != 3 || !dq {
		t.Fatalf("reputation: proven %d missed %d slashes %d disqualified %v", proven, missed, slashes, dq)
	}

	// A disqualified farmer can no longer prove or take deals.
	e.toWindow(e.period())
	_, err = e.c.Market.Heartbeat(f.Opts, e.period(), make([]byte, 4*proofs.LeafSize), nil)
	chaintest.ExpectRevert(t, err, "FarmerDisqualified")
	late := newHeldDeal(t, r, 4, 4)
	late.terms = e.terms(r1, f, late, 1, 1)
	rs, _ := e.c.Domain.Sign(late.terms, r1.Key)
	fs, _ := e.c.Domain.Sign(late.terms, f.Key)
	_, err = e.c.Market.CreateDeal(r1.Opts, bindTerms(late.terms), rs, fs)
	chaintest.ExpectRevert(t, err, "FarmerDisqualified")

	// Renters settle at once: refund of every period but the two proven, their collateral, and
	// their share of the slashes by size.
	for _, cse := range []struct {
		who *chaintest.Account
		d   *heldDeal
	}{{r1, a}, {r2, b}} {
		before := e.owed(cse.who.Addr)
		tx, err := e.c.Market.Settle(cse.who.Opts, cse.d.id)
		e.c.Mined(t, tx, err)
		share := new(big.Int).Mul(big.NewInt(int64(cse.d.shape.Leaves)), acc)
		share.Div(share, scale)
		want := mul(market.Tokens(price), periods-2)
		want.Add(want, cse.d.terms.Collateral)
		want.Add(want, share)
		eq(t, "renter settlement", new(big.Int).Sub(e.owed(cse.who.Addr), before), want)
	}
	eq(t, "farmer earnings", e.owed(f.Addr), mul(market.Tokens(price), 2*2))
	// What is left in the slash pool is rounding dust only.
	st := e.farmerState(f.Addr)
	if st.SlashPool.Cmp(big.NewInt(2)) > 0 {
		t.Fatalf("slash pool keeps %s after both renters settled", st.SlashPool)
	}
	eq(t, "locked after settlement", st.Locked, big.NewInt(0))
	// The market holds exactly what it owes.
	owed := new(big.Int)
	for _, a := range []common.Address{f.Addr, r1.Addr, r2.Addr, auditor.Addr} {
		owed.Add(owed, e.owed(a))
	}
	owed.Add(owed, st.Stake).Add(owed, st.Unbonding).Add(owed, st.SlashPool)
	eq(t, "market balance", e.balance(e.c.MarketAddr), owed)
}

func reputation(e *env, a common.Address) (uint32, uint32, uint32, bool, error) {
	r, err := e.c.Market.Reputation(nil, a)
	return r.ProvenPeriods, r.MissedPeriods, r.Slashes, r.Disqualified, err
}

// A renter challenges its own deal: answered in time, nothing happens; left unanswered, anyone can
// report it and the slash goes to that renter.
func TestRenterChallenge(t *testing.T) {
	e := newEnv(t)
	r := rand.New(rand.NewPCG(3, 3))
	f := e.farmer(5_000)
	renter, auditor := e.c.NewAccount(t, market.Tokens(100_000)), e.c.NewAccount(t, nil)
	d := newHeldDeal(t, r, 16, 16, 16, 16)
	e.createDeal(renter, f, d, 1, 50)
	_, err := e.c.Market.Challenge(renter.Opts, d.id)
	chaintest.ExpectRevert(t, err, "DealNotLive") // not started yet
	e.c.MineTo(t, e.c.Schedule.PeriodStart(e.period()+1))

	issue := func() *bindings.StorageMarketChallengeIssued {
		tx, err := e.c.Market.Challenge(renter.Opts, d.id)
		rcpt := e.c.Mined(t, tx, err)
		for _, l := range rcpt.Logs {
			if ev, err := e.c.Market.ParseChallengeIssued(*l); err == nil {
				return ev
			}
		}
		t.Fatal("no ChallengeIssued event")
		return nil
	}
	_, err = e.c.Market.Challenge(f.Opts, d.id)
	chaintest.ExpectRevert(t, err, "NotRenter")
	ev := issue()
	_, err = e.c.Market.Challenge(renter.Opts, d.id)
	chaintest.ExpectRevert(t, err, "ChallengeOpen")
	data, path := d.prove(t, ev.Leaf)
	var p32 [][32]byte
	for _, h := range path {
		p32 = append(p32, h)
	}
	bad := append([]byte(nil), data...)
	bad[0] ^= 1
	_, err = e.c.Market.AnswerChallenge(f.Opts, d.id, bad, p32)
	chaintest.ExpectRevert(t, err, "InvalidProof")
	_, err = e.c.Market.ReportChallengeMissed(auditor.Opts, d.id)
	chaintest.ExpectRevert(t, err, "ChallengeNotExpired")
	tx, err := e.c.Market.AnswerChallenge(f.Opts, d.id, data, p32)
	e.c.Mined(t, tx, err)
	_, err = e.c.Market.ReportChallengeMissed(auditor.Opts, d.id)
	chaintest.ExpectRevert(t, err, "NoChallenge")

	// A challenge left unanswered past its deadline.
	ev = issue()
	e.c.MineTo(t, ev.Deadline+1)
	data, path = d.prove(t, ev.Leaf)
	p32 = p32[:0]
	for _, h := range path {
		p32 = append(p32, h)
	}
	_, err = e.c.Market.AnswerChallenge(f.Opts, d.id, data, p32)
	chaintest.ExpectRevert(t, err, "ChallengeExpired")
	st := e.farmerState(f.Addr)
	amount := new(big.Int).Add(st.Stake, st.Locked)
	amount.Mul(amount, big.NewInt(int64(e.p.SlashBps))).Div(amount, big.NewInt(10_000))
	bounty := new(big.Int).Div(mul(amount, int64(e.p.ReporterBountyBps)), big.NewInt(10_000))
	tx, err = e.c.Market.ReportChallengeMissed(auditor.Opts, d.id)
	e.c.Mined(t, tx, err)
	eq(t, "auditor bounty", e.owed(auditor.Addr), bounty)
	eq(t, "renter's share", e.owed(renter.Addr), new(big.Int).Sub(amount, bounty))
	if _, missed, slashes, dq, _ := reputation(e, f.Addr); missed != 1 || slashes != 1 || dq {
		t.Fatalf("after one missed challenge: missed %d slashes %d disqualified %v", missed, slashes, dq)
	}
}

// Heartbeat gas stays flat as the number of live deals grows (the Hardhat gas table measures it to
// 10,000 deals; here 1, 20 and 60, from Go, on the simulated chain under Osaka rules).
func TestHeartbeatGasFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("creates 60 deals")
	}
	measure := func(n int) uint64 {
		e := newEnv(t)
		r := rand.New(rand.NewPCG(4, 4))
		f := e.farmer(1_000_000)
		renter := e.c.NewAccount(t, market.Tokens(1_000_000))
		for i := 0; i < n; i++ {
			e.createDeal(renter, f, newHeldDeal(t, r, 1024, 1024), 1, 100)
		}
		// The first heartbeat also activates the deals created last period (a one-off cost per deal);
		// the next ones are the steady state, averaged over 8 periods because each seed (a block
		// hash, different every run) hits a different number of distinct deals and
		// rejection-sampling attempts.
		p := e.period() + 1
		e.toWindow(p)
		e.beat(f, p)
		var sum uint64
		for q := p + 1; q <= p+8; q++ {
			e.toWindow(q)
			sum += e.beat(f, q)
		}
		return sum / 8
	}
	// With a single deal every challenge hits the same, already warm, storage; from a handful of deals
	// on the c challenges touch c distinct deals, and the cost must not move with the count.
	one, few, many := measure(1), measure(20), measure(60)
	t.Logf("steady-state heartbeat gas: 1 deal %d, 20 deals %d, 60 deals %d", one, few, many)
	// One-sided: more deals may only cost more through fewer challenges landing on the same deal
	// (c=4 challenges collide ~27% of the time among 20 deals, ~10% among 60), a few thousand gas,
	// never in proportion to the count (3x the deals here).
	if float64(many) > 1.20*float64(few) {
		t.Fatalf("heartbeat gas grows with deals: %d with 20, %d with 60", few, many)
	}
	if one > few {
		t.Fatalf("a heartbeat over 1 deal (%d gas) costs more than over 20 (%d)", one, few)
	}
}
