package chain_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/market/chaintest"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/proofs"
)

// shardSet is an agreement's shards held in memory: real bytes, their proof caches and the tree.
type shardSet struct {
	tree   *proofs.Agreement
	data   map[proofs.Hash][]byte
	caches map[proofs.Hash]*proofs.Cache
}

func newShards(t *testing.T, r *rand.Rand, lens ...uint64) *shardSet {
	t.Helper()
	s := &shardSet{tree: &proofs.Agreement{}, data: map[proofs.Hash][]byte{}, caches: map[proofs.Hash]*proofs.Cache{}}
	for _, n := range lens {
		data := make([]byte, n*proofs.LeafSize)
		for i := range data {
			data[i] = byte(r.UintN(256))
		}
		root, c, err := proofs.BuildCache(data, proofs.DefaultCacheHeight)
		if err != nil {
			t.Fatal(err)
		}
		s.data[root], s.caches[root] = data, c
		if err := s.tree.Add(proofs.Shard{Root: root, Leaves: n}); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func (s *shardSet) source(root proofs.Hash, leaf uint64) (*proofs.Cache, []byte, error) {
	c := s.caches[root]
	if c == nil {
		return nil, nil, fmt.Errorf("no shard %x", root[:4])
	}
	off, n := c.GroupRange(leaf)
	return c, s.data[root][off : off+n], nil
}

func (s *shardSet) prove(t *testing.T, seed proofs.Hash, id uint64) proofs.AgreementProof {
	t.Helper()
	pr, err := s.tree.Prove(seed, id, s.source)
	if err != nil {
		t.Fatal(err)
	}
	if err := proofs.VerifyAgreementLeaf(seed, s.tree.Root(), s.tree.Shards(), pr); err != nil {
		t.Fatal(err)
	}
	return pr
}

type agreementEnv struct {
	c                 *chaintest.AgreementChain
	farmer, renter, x *chaintest.Account
	fc, rc, xc        *chain.AgreementClient
	nonce             uint64
	dep               chain.Deployment
	b                 chain.Backend // auto-mining
}

func newAgreementEnv(t *testing.T, p market.AgreementParams) *agreementEnv {
	t.Helper()
	c := chaintest.NewAgreementMarket(t, p)
	b := c.MineEach()
	e := &agreementEnv{c: c, b: b, dep: chain.Deployment{ChainID: c.ChainID.Uint64(), Token: c.TokenAddr, Market: c.AgreementsAddr}}
	e.farmer = c.NewAccount(t, market.Tokens(10_000))
	e.renter = c.NewAccount(t, market.Tokens(10_000))
	e.x = c.NewAccount(t, nil)
	for _, a := range []struct {
		acct *chaintest.Account
		cl   **chain.AgreementClient
	}{{e.farmer, &e.fc}, {e.renter, &e.rc}, {e.x, &e.xc}} {
		cl, err := chain.NewAgreementClient(context.Background(), b, e.dep, a.acct.Opts, chain.WithPollInterval(2*time.Millisecond))
		if err != nil {
			t.Fatal(err)
		}
		*a.cl = cl
	}
	return e
}

// open has the farmer sign terms and the renter open the agreement through its client.
func (e *agreementEnv) open(t *testing.T, end uint32, collateral, escrow *big.Int) (uint64, market.OpenTerms) {
	t.Helper()
	e.nonce++
	terms := market.OpenTerms{Renter: e.renter.Addr, Farmer: e.farmer.Addr, PricePerGiB: market.Tokens(64),
		Collateral: collateral, EndPeriod: end, Nonce: e.nonce, Deadline: e.c.Now(t) + 3600}
	sig, err := e.rc.Domain().SignOpen(terms, e.farmer.Key)
	if err != nil {
		t.Fatal(err)
	}
	id, err := e.rc.Open(context.Background(), terms, sig, escrow)
	if err != nil {
		t.Fatal(err)
	}
	return id, terms
}

// seed pokes until period p's seed is ready, through the client, and checks it is the chain's.
func (e *agreementEnv) seed(t *testing.T, cl *chain.AgreementClient, p uint32) proofs.Hash {
	t.Helper()
	ctx := context.Background()
	for range 5 {
		s, ready, err := cl.Seed(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		if ready {
			onchain, err := e.c.Agreements.SeedOf(nil, p)
			if err != nil || proofs.Hash(onchain) != s {
				t.Fatalf("seed %x, contract %x %v", s, onchain, err)
			}
			return s
		}
		if err := cl.Poke(ctx); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatalf("seed of period %d not ready after 5 pokes", p)
	return proofs.Hash{}
}

func expectRevert(t *testing.T, err error, name string) {
	t.Helper()
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != name || !errors.Is(err, chain.ErrReverted) {
		t.Fatalf("want a RevertError %s, got %v", name, err)
	}
}

func (e *agreementEnv) info(t *testing.T, id uint64) chain.AgreementInfo {
	t.Helper()
	a, err := e.fc.Agreement(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func signed(t *testing.T, e *agreementEnv, rev market.Revision) market.SignedRevision {
	t.Helper()
	rs, err := e.rc.Domain().SignRevision(rev, e.renter.Key)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := e.rc.Domain().SignRevision(rev, e.farmer.Key)
	if err != nil {
		t.Fatal(err)
	}
	return market.SignedRevision{Revision: rev, RenterSig: rs, FarmerSig: fs}
}

// The whole life of two agreements through AgreementClient on the simulated chain: stake, announce,
// open with the farmer's EIP-712 signature, deposit, a first heartbeat that posts co-signed revisions
// as the first call of its period (the padded gas limit covers the beacon the estimate missed), real
// proofs, typed reverts, a missed period reported, an unproven due agreement reported, claim,
// withdraw, settle and close.
func TestAgreementClientLifecycle(t *testing.T) {
	p := market.DevnetAgreementParams()
	p.SampleBps = 10_000 // every live agreement due every period: the test does not depend on the draws
	e := newAgreementEnv(t, p)
	ctx := context.Background()
	c := e.c

	if s := e.fc.Schedule(); s.Genesis != c.Times.Genesis || s.PeriodSeconds != 60 || s.SampleBps != 10_000 ||
		s.MinStake.Cmp(p.MinStake) != 0 || s.ChallengeFee.Cmp(p.ChallengeFee) != 0 || s.ReportPeriods != p.ReportPeriods {
		t.Fatalf("schedule read from chain: %+v", s)
	}
	if d := e.fc.Domain(); d.ChainID.Cmp(c.Signing.ChainID) != 0 || d.Market != c.Signing.Market || e.fc.Address() != e.farmer.Addr {
		t.Fatalf("domain %+v, address %s", d, e.fc.Address())
	}

	c.ToPeriod(t, 1, 1)
	if cur, err := e.fc.CurrentPeriod(ctx); err != nil || cur != 1 {
		t.Fatalf("current period %d %v", cur, err)
	}
	expectRevert(t, e.fc.Stake(ctx, big.NewInt(0)), "ZeroAmount")
	expectRevert(t, e.fc.Announce(ctx, []byte("peer"), nil, big.NewInt(1), 1), "NotStaked")
	if err := e.fc.Stake(ctx, market.Tokens(5_000)); err != nil {
		t.Fatal(err)
	}
	if err := e.fc.Announce(ctx, []byte("peer-f"), []byte{4, 127, 0, 0, 1}, market.Tokens(64), 1<<40); err != nil {
		t.Fatal(err)
	}
	fs, err := e.rc.Farmers(ctx)
	if err != nil || len(fs) != 1 || fs[0].Address != e.farmer.Addr || string(fs[0].PeerID) != "peer-f" ||
		fs[0].Stake.Cmp(market.Tokens(5_000)) != 0 || fs[0].PricePerGiB.Cmp(market.Tokens(64)) != 0 || fs[0].Capacity != 1<<40 ||
		!fs[0].Announced || fs[0].Exiting() {
		t.Fatalf("farmers: %+v %v", fs, err)
	}
	// An exit is announced as capacity 0 (and withdrawn by announcing a capacity again).
	if err := e.fc.Announce(ctx, []byte("peer-f"), []byte{4, 127, 0, 0, 1}, market.Tokens(64), 0); err != nil {
		t.Fatal(err)
	}
	if f, err := e.rc.Farmer(ctx, e.farmer.Addr); err != nil || !f.Exiting() {
		t.Fatalf("farmer after announcing capacity 0: %+v %v", f, err)
	}
	if st, err := e.rc.Standing(ctx, e.farmer.Addr); err != nil || !st.Exiting() {
		t.Fatalf("standing after announcing capacity 0: %+v %v", st, err)
	}
	if err := e.fc.Announce(ctx, []byte("peer-f"), []byte{4, 127, 0, 0, 1}, market.Tokens(64), 1<<40); err != nil {
		t.Fatal(err)
	}
	if (chain.FarmerInfo{Capacity: 0}).Exiting() || (chain.FarmerInfo{Announced: true, Disqualified: true}).Exiting() {
		t.Fatal("a farmer that never announced, or a disqualified one, counts as exiting")
	}

	const end = 6
	a, terms := e.open(t, end, market.Tokens(50), market.Tokens(100))
	b, _ := e.open(t, end, market.Tokens(40), market.Tokens(100))
	if n, err := e.xc.AgreementCount(ctx); err != nil || n != b || a != 1 || b != 2 {
		t.Fatalf("agreement count %d %v after opening %d and %d", n, err, a, b)
	}
	info := e.info(t, a)
	if info.ID != a || info.Renter != e.renter.Addr || info.Farmer != e.farmer.Addr || info.Status != chain.AgreementOpen ||
		info.Number != 0 || info.Leaves != 0 || info.StartPeriod != 1 || info.EndPeriod != end || info.LiveFrom != 0 ||
		info.Escrow.Cmp(market.Tokens(100)) != 0 || info.Collateral.Cmp(market.Tokens(50)) != 0 || info.PricePerGiB.Cmp(market.Tokens(64)) != 0 {
		t.Fatalf("agreement after open: %+v", info)
	}
	if f, _ := e.fc.Farmer(ctx, e.farmer.Addr); f.Stake.Cmp(market.Tokens(5_000-90)) != 0 || f.Locked.Cmp(market.Tokens(90)) != 0 {
		t.Fatalf("farmer after two opens: %+v", f)
	}
	// A replayed OpenTerms is refused, typed.
	sig, _ := e.rc.Domain().SignOpen(terms, e.farmer.Key)
	_, err = e.rc.Open(ctx, terms, sig, market.Tokens(1))
	expectRevert(t, err, "NonceUsed")
	if _, err := e.rc.Agreement(ctx, 99); !errors.Is(err, chain.ErrUnknownAgreement) {
		t.Fatalf("agreement 99: %v", err)
	}
	if err := e.rc.Deposit(ctx, a, market.Tokens(5)); err != nil {
		t.Fatal(err)
	}
	if info := e.info(t, a); info.Escrow.Cmp(market.Tokens(105)) != 0 {
		t.Fatalf("escrow after deposit: %s", info.Escrow)
	}

	r := rand.New(rand.NewPCG(7, 7))
	sa, sb := newShards(t, r, 5, 16, 33), newShards(t, r, 70)
	revA, revB := signed(t, e, market.RevisionOf(a, 1, sa.tree, end)), signed(t, e, market.RevisionOf(b, 1, sb.tree, end))

	// Period 2's seed does not exist yet: not ready, not an error.
	if _, ready, err := e.fc.Seed(ctx, 2); ready || err != nil {
		t.Fatalf("seed of a future period: ready %v, %v", ready, err)
	}
	// The first heartbeat (period 1, posting both revisions) is the first call of period 2: its estimate
	// runs on the last block of period 1 and misses the beacon the contract then records.
	e.seed(t, e.fc, 1)
	c.AdvanceTo(t, c.Times.PeriodStart(2)-1)
	if cur, _ := e.fc.CurrentPeriod(ctx); cur != 1 {
		t.Fatalf("current period %d, want 1", cur)
	}
	if err := e.fc.Heartbeat(ctx, 1, []market.SignedRevision{revA, revB}, nil); err != nil {
		t.Fatal(err)
	}
	if bb, ok := c.BeaconBlock(t, 2); !ok || bb != c.Block(t) {
		t.Fatalf("the heartbeat did not record period 2's beacon (beacon %d %v, head %d)", bb, ok, c.Block(t))
	}
	info = e.info(t, a)
	if info.Number != 1 || info.Root != sa.tree.Root() || info.Leaves != 54 || info.Shards != 3 || info.LiveFrom != 3 || info.LastProven != 0 {
		t.Fatalf("agreement after the revision: %+v", info)
	}
	if ok, _ := e.fc.Obliged(ctx, e.farmer.Addr, 2); ok {
		t.Fatal("obliged in period 2, before any agreement is live")
	}
	if ok, _ := e.fc.Obliged(ctx, e.farmer.Addr, 3); !ok {
		t.Fatal("not obliged in period 3")
	}
	if ok, _ := e.fc.Proven(ctx, e.farmer.Addr, 1); !ok {
		t.Fatal("heartbeat of period 1 not recorded")
	}

	// Period 3: both due; typed refusals, then the real heartbeat.
	c.ToPeriod(t, 3, 1)
	seed := e.seed(t, e.fc, 3)
	for _, id := range []uint64{a, b} {
		if due, err := e.fc.IsDue(ctx, id, 3); err != nil || !due {
			t.Fatalf("agreement %d due in 3: %v %v", id, due, err)
		}
	}
	prA, prB := sa.prove(t, seed, a), sb.prove(t, seed, b)
	expectRevert(t, e.fc.Heartbeat(ctx, 3, []market.SignedRevision{revA}, nil), "StaleRevision")
	expectRevert(t, e.fc.Heartbeat(ctx, 4, nil, nil), "OutsideWindow")
	bad := prA
	bad.Leaf = append([]byte(nil), prA.Leaf...)
	bad.Leaf[0] ^= 1
	expectRevert(t, e.fc.Heartbeat(ctx, 3, nil, []proofs.AgreementProof{bad, prB}), "InvalidProof")
	expectRevert(t, e.fc.Heartbeat(ctx, 3, nil, []proofs.AgreementProof{prB, prA}), "ProofsNotIncreasing")
	expectRevert(t, e.rc.Heartbeat(ctx, 3, nil, []proofs.AgreementProof{prA}), "NotFarmer")
	if err := e.fc.Heartbeat(ctx, 3, nil, []proofs.AgreementProof{prA, prB}); err != nil {
		t.Fatal(err)
	}
	expectRevert(t, e.fc.Heartbeat(ctx, 3, nil, nil), "AlreadyProven")
	for _, id := range []uint64{a, b} {
		if ok, err := e.fc.ProvenIn(ctx, id, 3); err != nil || !ok {
			t.Fatalf("agreement %d proven in 3: %v %v", id, ok, err)
		}
	}
	info = e.info(t, a)
	// The revision landed in period 2: period 1 at rate 0, periods 2 and 3 at the new rate.
	wantVind := new(big.Int).Mul(market.Rate(market.Tokens(64), 54), big.NewInt(2))
	if info.LastProven != 3 || info.Vindicated.Cmp(wantVind) != 0 || info.AccruedTo != 3 {
		t.Fatalf("agreement after proof: last %d vindicated %s (want %s) accruedTo %d", info.LastProven, info.Vindicated, wantVind, info.AccruedTo)
	}
	earned, err := e.fc.EarnedOf(ctx, a)
	if err != nil || earned.Cmp(wantVind) != 0 {
		t.Fatalf("earned %s %v, want %s", earned, err, wantVind)
	}
	before, _ := c.Token.BalanceOf(nil, e.farmer.Addr)
	amount, err := e.fc.ClaimAmount(ctx, []uint64{a})
	if err != nil {
		t.Fatal(err)
	}
	after, _ := c.Token.BalanceOf(nil, e.farmer.Addr)
	if got := new(big.Int).Sub(after, before); got.Cmp(wantVind) != 0 || amount.Cmp(wantVind) != 0 {
		t.Fatalf("claim paid %s (reported %s), want %s", got, amount, wantVind)
	}
	// Claiming again pays nothing, and says so.
	if again, err := e.fc.ClaimAmount(ctx, []uint64{a}); err != nil || again.Sign() != 0 {
		t.Fatalf("second claim: %s %v", again, err)
	}
	if info := e.info(t, a); info.Paid.Cmp(wantVind) != 0 {
		t.Fatalf("paid %s after claim", info.Paid)
	}
	expectRevert(t, e.rc.Claim(ctx, []uint64{a}), "NotFarmer")

	// Period 4: no heartbeat. Period 5 after the grace: the miss is reported and slashed; the proven
	// period 3 and the still-open period 5 are refused, typed.
	c.ToPeriod(t, 5, uint64(p.GraceSeconds)+1)
	stakeBefore, _ := e.fc.Farmer(ctx, e.farmer.Addr)
	expectRevert(t, e.xc.ReportMissed(ctx, e.farmer.Addr, 3), "AlreadyProven")
	expectRevert(t, e.xc.ReportMissed(ctx, e.farmer.Addr, 5), "ReportTooEarly")
	rep, err := e.xc.ReportMissedTx(ctx, e.farmer.Addr, 4)
	if err != nil {
		t.Fatal(err)
	}
	expectRevert(t, e.xc.ReportMissed(ctx, e.farmer.Addr, 4), "AlreadyReported")
	stakeAfter, _ := e.fc.Farmer(ctx, e.farmer.Addr)
	slash := new(big.Int).Sub(stakeBefore.Stake, stakeAfter.Stake)
	wantSlash := new(big.Int).Div(new(big.Int).Add(new(big.Int).Mul(stakeBefore.Stake, big.NewInt(int64(p.SlashBps))), big.NewInt(9_999)), big.NewInt(10_000))
	if slash.Cmp(wantSlash) != 0 {
		t.Fatalf("slashed %s, want %s", slash, wantSlash)
	}
	wantB := new(big.Int).Div(new(big.Int).Mul(slash, big.NewInt(int64(p.ReporterBountyBps))), big.NewInt(10_000))
	if rep.Slashed.Cmp(slash) != 0 || rep.Bounty.Cmp(wantB) != 0 || rep.Tx == (common.Hash{}) {
		t.Fatalf("report receipt %+v, want slashed %s bounty %s", rep, slash, wantB)
	}
	if bal, err := e.xc.Balance(ctx, e.x.Addr); err != nil || bal.Cmp(wantB) != 0 {
		t.Fatalf("reporter's balance %v %v, want the bounty %s", bal, err, wantB)
	}
	bounty, err := e.xc.Withdraw(ctx)
	if err != nil || bounty.Cmp(wantB) != 0 {
		t.Fatalf("withdrew %v %v, want the bounty %s", bounty, err, wantB)
	}
	_, err = e.xc.Withdraw(ctx)
	expectRevert(t, err, "NothingToWithdraw")

	// Period 5: a heartbeat that leaves due agreement b out; reported in period 6, b fails.
	seed = e.seed(t, e.fc, 5)
	if err := e.fc.Heartbeat(ctx, 5, nil, []proofs.AgreementProof{sa.prove(t, seed, a)}); err != nil {
		t.Fatal(err)
	}
	c.ToPeriod(t, 6, uint64(p.GraceSeconds)+1)
	expectRevert(t, e.xc.ReportUnproven(ctx, a, 5), "WasProven")
	if err := e.xc.ReportUnproven(ctx, b, 5); err != nil {
		t.Fatal(err)
	}
	if info := e.info(t, b); info.Status != chain.AgreementFailed {
		t.Fatalf("agreement b after the report: status %d", info.Status)
	}
	seed = e.seed(t, e.fc, 6)
	if err := e.fc.Heartbeat(ctx, 6, nil, []proofs.AgreementProof{sa.prove(t, seed, a)}); err != nil {
		t.Fatal(err)
	}

	// Settle: refused until the report window of the last period closes, then pays the farmer.
	expectRevert(t, e.xc.Settle(ctx, a), "NotEnded")
	c.AdvanceTo(t, c.Times.SettleFrom(end))
	info = e.info(t, a)
	before, _ = c.Token.BalanceOf(nil, e.farmer.Addr)
	if err := e.xc.Settle(ctx, a); err != nil {
		t.Fatal(err)
	}
	after, _ = c.Token.BalanceOf(nil, e.farmer.Addr)
	settled := e.info(t, a)
	if settled.Status != chain.AgreementSettled || new(big.Int).Sub(after, before).Cmp(new(big.Int).Sub(settled.Vindicated, info.Paid)) != 0 {
		t.Fatalf("settle: status %d, paid %s, vindicated %s, paid before %s", settled.Status, new(big.Int).Sub(after, before), settled.Vindicated, info.Paid)
	}
	expectRevert(t, e.xc.Settle(ctx, a), "AgreementNotOpen")

	// Close: an empty agreement ends at once, by its renter only.
	cID, _ := e.open(t, 20, market.Tokens(1), market.Tokens(3))
	expectRevert(t, e.xc.Close(ctx, cID), "NotRenter")
	if err := e.rc.Close(ctx, cID); err != nil {
		t.Fatal(err)
	}
	if info := e.info(t, cID); info.Status != chain.AgreementSettled {
		t.Fatalf("closed agreement: status %d", info.Status)
	}
}

// A heartbeat that is the first call of its period fails when sent with the bare estimate (which
// misses the beacon written by the contract) and succeeds through AgreementClient's padded limit.
func TestHeartbeatFirstCallOfPeriodNeedsGasMargin(t *testing.T) {
	p := market.DevnetAgreementParams()
	e := newAgreementEnv(t, p)
	ctx := context.Background()
	c := e.c
	c.ToPeriod(t, 1, 1)
	e.seed(t, e.fc, 1)
	c.AdvanceTo(t, c.Times.PeriodStart(2)-1)
	// The bare estimate, sent as is (through the auto-mining client).
	mkt, err := bindings.NewAgreementMarket(c.AgreementsAddr, e.b)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := mkt.Heartbeat(e.farmer.Opts, 1, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := chain.WaitMined(ctx, e.b, tx)
	if err == nil || rcpt == nil || rcpt.GasUsed != tx.Gas() {
		t.Fatalf("a heartbeat on the bare estimate (%d gas) was expected to run out of gas: %v", tx.Gas(), err)
	}
	// The same situation one period later, through the client.
	e.seed(t, e.fc, 2)
	c.AdvanceTo(t, c.Times.PeriodStart(3)-1)
	if err := e.fc.Heartbeat(ctx, 2, nil, nil); err != nil {
		t.Fatal(err)
	}
	if bb, ok := c.BeaconBlock(t, 3); !ok || bb != c.Block(t) {
		t.Fatalf("the heartbeat did not record period 3's beacon (beacon %d %v, head %d)", bb, ok, c.Block(t))
	}
	if ok, _ := e.fc.Proven(ctx, e.farmer.Addr, 2); !ok {
		t.Fatal("heartbeat of period 2 not recorded")
	}
}

// DeployAgreements deploys a token and an AgreementMarket that a client can then use; parameters
// the constructor would refuse are refused before sending anything.
func TestDeployAgreements(t *testing.T) {
	ctx := context.Background()
	c := chaintest.NewAgreementMarket(t, market.DevnetAgreementParams())
	b := c.AutoMine(t, 0)
	p := market.MainnetAgreementParams()
	bad := p
	bad.GraceSeconds = p.PeriodSeconds
	if _, err := chain.DeployAgreements(ctx, b, c.Holder.Opts, bad, c.Holder.Addr, market.Tokens(1)); !errors.Is(err, market.ErrBadParams) {
		t.Fatalf("bad params: %v", err)
	}
	dep, err := chain.DeployAgreements(ctx, b, c.Holder.Opts, p, c.Holder.Addr, market.Tokens(1_000))
	if err != nil {
		t.Fatal(err)
	}
	cl, err := chain.NewAgreementClient(ctx, b, dep, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s := cl.Schedule(); s.PeriodSeconds != p.PeriodSeconds || s.SampleBps != p.SampleBps || s.Genesis == 0 || dep.StartBlock == 0 {
		t.Fatalf("deployed schedule %+v, deployment %+v", s, dep)
	}
	if bal, err := c.Token.BalanceOf(nil, c.Holder.Addr); err != nil || bal.Sign() == 0 {
		t.Fatalf("holder balance %v %v", bal, err)
	}
	wrong := dep
	wrong.ChainID++
	if _, err := chain.NewAgreementClient(ctx, b, wrong, nil); !errors.Is(err, chain.ErrWrongChain) {
		t.Fatalf("wrong chain: %v", err)
	}
	wrong = dep
	wrong.Market = dep.Token
	if _, err := chain.NewAgreementClient(ctx, b, wrong, nil); err == nil {
		t.Fatal("a client over the token address as market")
	}
	if err := cl.Poke(ctx); err == nil {
		t.Fatal("a read-only client sent a transaction")
	}
}
