package market_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/market/chaintest"
	"github.com/granary-network/granary/proofs"
)

// held is an agreement as both sides keep it in Go: the farmer's tree with the shards' bytes and
// caches (the renter would keep only the roots and leaf counts, and reach the same tree).
type held struct {
	id             uint64
	renter, farmer *chaintest.Account
	price          *big.Int
	collateral     *big.Int
	end            uint32
	number         uint64
	tree           *proofs.Agreement
	data           map[proofs.Hash][]byte
	caches         map[proofs.Hash]*proofs.Cache
	changes        []rateChange // the leaves of each applied revision and the period it was applied in
	posted         market.Revision
}

type rateChange struct {
	period uint32
	leaves uint64
}

// applied records that revision r was applied on chain in period p.
func (h *held) applied(r market.Revision, p uint32) {
	h.number, h.end, h.posted = r.Number, r.EndPeriod, r
	h.changes = append(h.changes, rateChange{p, r.Leaves})
}

// vindicated is what the farmer has earned once period `last` is proven: the rate of every period up
// to `last`, each period charged at the rate of the last revision applied in or before it (the
// contract charges the old rate up to the period before a revision and the new one from the
// revision's own period on). It is the spec's rule, computed from the test's own log.
func (h *held) vindicated(last uint32) *big.Int {
	sum := new(big.Int)
	for q := uint32(1); q <= last; q++ {
		var leaves uint64
		for _, c := range h.changes {
			if c.period <= q {
				leaves = c.leaves
			}
		}
		sum.Add(sum, market.Rate(h.price, leaves))
	}
	return sum
}

func (h *held) source(root proofs.Hash, leaf uint64) (*proofs.Cache, []byte, error) {
	c := h.caches[root]
	if c == nil {
		return nil, nil, fmt.Errorf("no shard %x", root[:4])
	}
	off, n := c.GroupRange(leaf)
	return c, h.data[root][off : off+n], nil
}

// addShards uploads shards of the given leaf counts, filled from r, into the agreement's tree.
func (h *held) addShards(t testing.TB, r *rand.Rand, lens ...uint64) {
	t.Helper()
	for _, n := range lens {
		data := make([]byte, n*proofs.LeafSize)
		for i := range data {
			data[i] = byte(r.UintN(256))
		}
		root, c, err := proofs.BuildCache(data, proofs.DefaultCacheHeight)
		if err != nil {
			t.Fatal(err)
		}
		h.data[root], h.caches[root] = data, c
		if err := h.tree.Add(proofs.Shard{Root: root, Leaves: n}); err != nil {
			t.Fatal(err)
		}
	}
}

// deleteShard removes the tree's k-th shard (in tree order).
func (h *held) deleteShard(t testing.TB, k uint64) {
	t.Helper()
	s := h.tree.Shard(k)
	if _, err := h.tree.Remove(s.Root); err != nil {
		t.Fatal(err)
	}
	delete(h.data, s.Root)
	delete(h.caches, s.Root)
}

// next returns the next revision of the agreement's current tree (not yet posted).
func (h *held) next() market.Revision {
	return market.RevisionOf(h.id, h.number+1, h.tree, h.end)
}

// agEnv is an AgreementMarket on the simulated chain with Go-side renters and farmers.
type agEnv struct {
	t     testing.TB
	c     *chaintest.AgreementChain
	p     market.AgreementParams
	nonce uint64
	max   *big.Int
}

func newAgEnv(t testing.TB, p market.AgreementParams) *agEnv {
	return &agEnv{t: t, c: chaintest.NewAgreementMarket(t, p), p: p, max: new(big.Int).Lsh(big.NewInt(1), 255)}
}

func (e *agEnv) mined(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	return e.c.Mined(e.t, tx, err)
}

// account hands out an account holding `tokens`, with the market approved for all of them.
func (e *agEnv) account(tokens *big.Int) *chaintest.Account {
	e.t.Helper()
	a := e.c.NewAccount(e.t, tokens)
	e.mined(e.c.Token.Approve(a.Opts, e.c.AgreementsAddr, e.max))
	return a
}

// farmer stakes `stake` and announces.
func (e *agEnv) farmer(stake *big.Int) *chaintest.Account {
	e.t.Helper()
	f := e.account(stake)
	e.mined(e.c.Agreements.Stake(f.Fixed, stake))
	e.mined(e.c.Agreements.Announce(f.Fixed, []byte("peer-"+f.Addr.Hex()), []byte{4, 127, 0, 0, 1}, big.NewInt(1), 1<<40))
	return f
}

func bindOpen(t market.OpenTerms) bindings.AgreementMarketOpenTerms {
	return bindings.AgreementMarketOpenTerms{Renter: t.Renter, Farmer: t.Farmer, PricePerGiB: t.PricePerGiB,
		Collateral: t.Collateral, EndPeriod: t.EndPeriod, Nonce: t.Nonce, Deadline: t.Deadline}
}

func bindRev(r market.Revision) bindings.AgreementMarketRevision {
	return bindings.AgreementMarketRevision{AgreementId: r.AgreementID, Number: r.Number, Root: r.Root,
		Leaves: r.Leaves, Shards: r.Shards, EndPeriod: r.EndPeriod}
}

func bindProof(p proofs.AgreementProof) bindings.AgreementMarketProof {
	out := bindings.AgreementMarketProof{AgreementId: p.AgreementID, ShardLeaves: p.ShardLeaves, Leaf: p.Leaf,
		ShardPath: [][32]byte{}, TreePath: [][32]byte{}}
	for _, h := range p.ShardPath {
		out.ShardPath = append(out.ShardPath, h)
	}
	for _, h := range p.TreePath {
		out.TreePath = append(out.TreePath, h)
	}
	return out
}

// terms returns OpenTerms for renter and farmer, a fresh nonce, valid for a day.
func (e *agEnv) terms(renter, farmer *chaintest.Account, price, collateral *big.Int, end uint32) market.OpenTerms {
	e.nonce++
	return market.OpenTerms{Renter: renter.Addr, Farmer: farmer.Addr, PricePerGiB: price, Collateral: collateral,
		EndPeriod: end, Nonce: e.nonce, Deadline: e.c.Now(e.t) + 86_400}
}

// open has the farmer sign OpenTerms in Go and the renter open the agreement with `escrow`; it checks
// the contract's digest is Go's.
func (e *agEnv) open(renter, farmer *chaintest.Account, price, collateral *big.Int, end uint32, escrow *big.Int) *held {
	t := e.t
	t.Helper()
	terms := e.terms(renter, farmer, price, collateral, end)
	if err := terms.Validate(); err != nil {
		t.Fatal(err)
	}
	onchain, err := e.c.Agreements.HashOpenTerms(nil, bindOpen(terms))
	if err != nil {
		t.Fatal(err)
	}
	if onchain != e.c.Signing.OpenDigest(terms) {
		t.Fatalf("OpenTerms digest: contract %x, Go %x", onchain, e.c.Signing.OpenDigest(terms))
	}
	sig, err := e.c.Signing.SignOpen(terms, farmer.Key)
	if err != nil {
		t.Fatal(err)
	}
	rcpt := e.mined(e.c.Agreements.Open(renter.Fixed, bindOpen(terms), sig, escrow))
	for _, l := range rcpt.Logs {
		if ev, err := e.c.Agreements.ParseAgreementOpened(*l); err == nil {
			return &held{id: ev.Id, renter: renter, farmer: farmer, price: price, collateral: collateral, end: end,
				tree: &proofs.Agreement{}, data: map[proofs.Hash][]byte{}, caches: map[proofs.Hash]*proofs.Cache{}}
		}
	}
	t.Fatal("no AgreementOpened event")
	return nil
}

// sign returns the renter's and the farmer's signatures of r, checking the contract's digest.
func (e *agEnv) sign(h *held, r market.Revision) (renterSig, farmerSig []byte) {
	t := e.t
	t.Helper()
	onchain, err := e.c.Agreements.HashRevision(nil, bindRev(r))
	if err != nil {
		t.Fatal(err)
	}
	if onchain != e.c.Signing.RevisionDigest(r) {
		t.Fatalf("Revision digest: contract %x, Go %x", onchain, e.c.Signing.RevisionDigest(r))
	}
	rs, err := e.c.Signing.SignRevision(r, h.renter.Key)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := e.c.Signing.SignRevision(r, h.farmer.Key)
	if err != nil {
		t.Fatal(err)
	}
	return rs, fs
}

// post has `from` post revision r signed by both parties.
func (e *agEnv) post(from *chaintest.Account, h *held, r market.Revision) error {
	rs, fs := e.sign(h, r)
	period := e.c.Period(e.t)
	tx, err := e.c.Agreements.PostRevision(from.Fixed, bindRev(r), rs, fs)
	if err != nil {
		return err
	}
	e.mined(tx, nil)
	h.applied(r, period)
	return nil
}

func (e *agEnv) agreement(id uint64) bindings.AgreementMarketAgreement {
	e.t.Helper()
	a, err := e.c.Agreements.GetAgreement(nil, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return a
}

func (e *agEnv) farmerState(a common.Address) bindings.AgreementMarketFarmer {
	e.t.Helper()
	f, err := e.c.Agreements.GetFarmer(nil, a)
	if err != nil {
		e.t.Fatal(err)
	}
	return f
}

// balance is what the market holds for a (its withdrawable balance).
func (e *agEnv) balance(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.c.Agreements.Balances(nil, a)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// owed is what the market has paid a (its wallet's tokens) plus what it still holds for a (its
// withdrawable balance): settle, failures and claims transfer at once, withdraw moves the rest.
func (e *agEnv) owed(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.c.Agreements.Balances(nil, a)
	if err != nil {
		e.t.Fatal(err)
	}
	return b.Add(b, e.tokens(a))
}

func (e *agEnv) tokens(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.c.Token.BalanceOf(nil, a)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// dueProofs returns the proofs farmer f's heartbeat for p must carry: one for each of its agreements
// that is live in p and due under seed, by Go's rules (checked against the contract's isDue).
func (e *agEnv) dueProofs(p uint32, seed proofs.Hash, hs []*held) []proofs.AgreementProof {
	t := e.t
	t.Helper()
	var out []proofs.AgreementProof
	for _, h := range hs {
		a := e.agreement(h.id)
		live := a.Status == 1 && a.Leaves > 0 && a.LiveFrom != 0 && a.LiveFrom <= p && p <= a.EndPeriod
		due := live && proofs.IsDue(seed, h.id, e.p.SampleBps)
		onchain, err := e.c.Agreements.IsDue(nil, h.id, p)
		if err != nil {
			t.Fatal(err)
		}
		if onchain != due {
			t.Fatalf("agreement %d period %d: contract isDue %v, Go %v", h.id, p, onchain, due)
		}
		if !due {
			continue
		}
		if a.Number != h.posted.Number || a.Root != h.posted.Root || a.Shards != h.posted.Shards || a.Leaves != h.posted.Leaves {
			t.Fatalf("agreement %d: on-chain revision %d differs from the last one posted", h.id, a.Number)
		}
		pr := e.prove(h, seed)
		ok, err := e.c.Agreements.CheckProof(nil, h.tree.Root(), h.tree.Shards(), seed, bindProof(pr))
		if err != nil || !ok {
			t.Fatalf("agreement %d: contract checkProof %v, %v", h.id, ok, err)
		}
		out = append(out, pr)
	}
	slices.SortFunc(out, func(a, b proofs.AgreementProof) int { return int(a.AgreementID) - int(b.AgreementID) })
	return out
}

// prove returns the proof of h under seed from the Go tree and shards, checked by Go's verifier.
func (e *agEnv) prove(h *held, seed proofs.Hash) proofs.AgreementProof {
	e.t.Helper()
	pr, err := h.tree.Prove(seed, h.id, h.source)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := proofs.VerifyAgreementLeaf(seed, h.tree.Root(), h.tree.Shards(), pr); err != nil {
		e.t.Fatal(err)
	}
	return pr
}

type signedRev struct {
	rev       market.Revision
	renterSig []byte
}

// sendHeartbeat sends f's heartbeat with a gas estimate (so a refusal comes back as an error).
func (e *agEnv) sendHeartbeat(f *chaintest.Account, p uint32, revs []signedRev, prs []proofs.AgreementProof) (*types.Transaction, error) {
	return e.heartbeatWith(f.Opts, p, revs, prs)
}

func (e *agEnv) heartbeatWith(opts *bind.TransactOpts, p uint32, revs []signedRev, prs []proofs.AgreementProof) (*types.Transaction, error) {
	br := []bindings.AgreementMarketSignedRevision{}
	for _, r := range revs {
		br = append(br, bindings.AgreementMarketSignedRevision{Rev: bindRev(r.rev), RenterSig: r.renterSig})
	}
	bp := []bindings.AgreementMarketProof{}
	for _, pr := range prs {
		bp = append(bp, bindProof(pr))
	}
	return e.c.Agreements.Heartbeat(opts, p, br, bp)
}

// heartbeat sends f's heartbeat and returns its receipt and the agreements the contract says it proved.
func (e *agEnv) heartbeat(f *chaintest.Account, p uint32, revs []signedRev, prs []proofs.AgreementProof) (*types.Receipt, []uint64) {
	e.t.Helper()
	tx, err := e.heartbeatWith(f.Fixed, p, revs, prs)
	rcpt := e.mined(tx, err)
	var proven []uint64
	for _, l := range rcpt.Logs {
		if ev, err := e.c.Agreements.ParseAgreementProven(*l); err == nil {
			if ev.Period != p {
				e.t.Fatalf("AgreementProven for period %d, want %d", ev.Period, p)
			}
			proven = append(proven, ev.Id)
		}
	}
	return rcpt, proven
}

func ids(prs []proofs.AgreementProof) []uint64 {
	out := []uint64{}
	for _, p := range prs {
		out = append(out, p.AgreementID)
	}
	return out
}

func cloneProof(p proofs.AgreementProof) proofs.AgreementProof {
	p.Leaf = bytes.Clone(p.Leaf)
	p.ShardPath = slices.Clone(p.ShardPath)
	p.TreePath = slices.Clone(p.TreePath)
	return p
}

func rate(h *held, leaves uint64) *big.Int { return market.Rate(h.price, leaves) }

func mulU(a *big.Int, n uint64) *big.Int { return new(big.Int).Mul(a, new(big.Int).SetUint64(n)) }

func bps(x *big.Int, b uint16) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(x, big.NewInt(int64(b))), big.NewInt(10_000))
}

// Go-made opens, revisions and heartbeats over real shards are accepted for several periods; every
// due agreement's proof is computed in Go and matches the contract's isDue and checkProof;
// corrupted heartbeats and revisions are refused with the expected error; settle pays exactly what
// the proofs vindicated.
func TestAgreementHeartbeats(t *testing.T) {
	p := market.DevnetAgreementParams()
	e := newAgEnv(t, p)
	r := rand.New(rand.NewPCG(12, 1))
	f := e.farmer(market.Tokens(10_000))
	f2 := e.farmer(market.Tokens(10_000))
	r1, r2 := e.account(market.Tokens(100_000)), e.account(market.Tokens(100_000))
	relay := e.account(nil)

	const start = 1
	e.c.ToPeriod(t, start, 1)
	end := uint32(start + 6)
	price := market.Tokens(64) // per GiB (2^22 leaves) and period
	escrow := market.Tokens(10)
	a := e.open(r1, f, price, market.Tokens(50), end, escrow)
	b := e.open(r2, f, price, market.Tokens(20), end, escrow)
	c := e.open(r1, f, price, market.Tokens(30), end, escrow)
	x := e.open(r2, f2, price, market.Tokens(10), end, escrow) // another farmer's
	empty := e.open(r2, f, price, market.Tokens(1), end, escrow)
	mine := []*held{a, b, c}

	a.addShards(t, r, 16, 16, 5)
	b.addShards(t, r, 40)
	c.addShards(t, r, 8, 1, 8, 3, 8, 8, 2, 8)
	x.addShards(t, r, 32, 7)

	// a: posted by the renter (only the farmer's signature checked); c: by a third party (both);
	// b: carried by the farmer's first heartbeat; x: by its farmer.
	for _, post := range []struct {
		from *chaintest.Account
		h    *held
	}{{r1, a}, {relay, c}, {f2, x}} {
		if err := e.post(post.from, post.h, post.h.next()); err != nil {
			t.Fatalf("post revision of %d: %v (%s)", post.h.id, err, chaintest.RevertName(err))
		}
	}
	e.revisionTable(a, b, relay)

	rb := b.next()
	rbs, _ := e.sign(b, rb)
	seed := e.c.Seed(t, start)
	if prs := e.dueProofs(start, seed, mine); len(prs) != 0 {
		t.Fatalf("agreements due in their opening period: %v", ids(prs))
	}
	e.heartbeat(f, start, []signedRev{{rb, rbs}}, nil)
	b.applied(rb, start)
	e.heartbeat(f2, start, nil, nil)

	lastProven := map[uint64]uint32{}
	var gas []string
	dueSeen, notDue := 0, 0
	for q := uint32(start + 1); q <= end; q++ {
		e.c.ToPeriod(t, q, 5)
		seed := e.c.Seed(t, q)
		if q == start+1 {
			e.corruptHeartbeats(f, q, seed, a, c, x, empty)
		}
		var revs []signedRev
		if q == start+3 {
			// An upload to a and a delete from c ride on this heartbeat. The contract applies them
			// before checking the proofs, so the proofs are of the new trees.
			for _, h := range []*held{a, c} {
				old := h.tree.Root()
				if h == a {
					h.addShards(t, r, 64, 1)
				} else {
					h.deleteShard(t, 2)
				}
				if h.tree.Root() == old {
					t.Fatal("root did not change")
				}
				rv := h.next()
				rs, _ := e.sign(h, rv)
				revs = append(revs, signedRev{rv, rs})
			}
		}
		prs := e.dueProofs(q, seed, mine)
		dueSeen += len(prs)
		notDue += len(mine) - len(prs)
		if q == end {
			// The last period: the farmer proves every agreement, due or not, so that all its pay is
			// vindicated (what the node must do).
			prs = nil
			for _, h := range mine {
				prs = append(prs, e.prove(h, seed))
			}
		}
		rcpt, got := e.heartbeat(f, q, revs, prs)
		for _, rv := range revs {
			for _, h := range mine {
				if h.id == rv.rev.AgreementID {
					h.applied(rv.rev, q)
				}
			}
		}
		if !slices.Equal(got, ids(prs)) {
			t.Fatalf("period %d: contract proved %v, Go sent %v", q, got, ids(prs))
		}
		for _, id := range got {
			lastProven[id] = q
		}
		gas = append(gas, fmt.Sprintf("%d proofs: %d", len(prs), rcpt.GasUsed))
		// x's farmer proves x in every period but the last two, due or not: a voluntary proof
		// vindicates pay too, and what follows the last proof is forfeited.
		if q < end-1 {
			_, got := e.heartbeat(f2, q, nil, []proofs.AgreementProof{e.prove(x, seed)})
			if len(got) != 1 {
				t.Fatalf("x not proven in %d", q)
			}
			lastProven[x.id] = q
		} else {
			e.heartbeat(f2, q, nil, nil)
		}
		if q == start+3 {
			_, err := e.sendHeartbeat(f, q, nil, nil)
			chaintest.ExpectRevert(t, err, "AlreadyProven")
		}
	}
	t.Logf("heartbeat gas per period (farmer of 3 agreements): %v", gas)
	t.Logf("%d due agreement-periods proven, %d not due", dueSeen, notDue)

	// Settle after the last period's report window: each farmer gets exactly what its proofs
	// vindicated, each renter the rest of its escrow, and the collateral goes back to free stake.
	_, err := e.c.Agreements.Settle(relay.Opts, a.id)
	chaintest.ExpectRevert(t, err, "NotEnded")
	e.c.AdvanceTo(t, e.c.Times.SettleFrom(end))
	before := map[common.Address]*big.Int{}
	want := map[common.Address]*big.Int{}
	for _, acct := range []*chaintest.Account{f, f2, r1, r2} {
		before[acct.Addr], want[acct.Addr] = e.owed(acct.Addr), new(big.Int)
	}
	freeBefore := e.farmerState(f.Addr).Free
	for _, h := range []*held{a, b, c, x, empty} {
		if got := e.agreement(h.id).LastProven; got != lastProven[h.id] {
			t.Fatalf("agreement %d: last proven %d on chain, %d sent", h.id, got, lastProven[h.id])
		}
		vind := h.vindicated(lastProven[h.id])
		toRenter := new(big.Int).Sub(escrow, vind)
		rcpt := e.mined(e.c.Agreements.Settle(relay.Fixed, h.id))
		var settled *bindings.AgreementMarketAgreementSettled
		for _, l := range rcpt.Logs {
			if ev, err := e.c.Agreements.ParseAgreementSettled(*l); err == nil {
				settled = ev
			}
		}
		if settled == nil {
			t.Fatalf("agreement %d: no AgreementSettled", h.id)
		}
		eq(t, fmt.Sprintf("agreement %d to farmer", h.id), settled.ToFarmer, vind)
		eq(t, fmt.Sprintf("agreement %d to renter", h.id), settled.ToRenter, toRenter)
		want[h.farmer.Addr].Add(want[h.farmer.Addr], vind)
		want[h.renter.Addr].Add(want[h.renter.Addr], toRenter)
	}
	if x.vindicated(end).Cmp(x.vindicated(lastProven[x.id])) <= 0 {
		t.Fatal("x forfeited nothing")
	}
	for addr, w := range want {
		eq(t, "balance of "+addr.Hex(), new(big.Int).Sub(e.owed(addr), before[addr]), w)
	}
	fs := e.farmerState(f.Addr)
	eq(t, "farmer locked after settle", fs.Locked, big.NewInt(0))
	eq(t, "farmer free after settle", fs.Free, new(big.Int).Add(freeBefore, market.Tokens(50+20+30+1)))
	_, err = e.c.Agreements.Settle(relay.Opts, a.id)
	chaintest.ExpectRevert(t, err, "AgreementNotOpen")
}

// revisionTable posts corrupted revisions of a, each refused with its error.
func (e *agEnv) revisionTable(a, b *held, relay *chaintest.Account) {
	t := e.t
	t.Helper()
	good := a.next()
	rs, fs := e.sign(a, good)
	edit := func(f func(*market.Revision)) market.Revision { v := good; f(&v); return v }
	for _, row := range []struct {
		name   string
		rev    market.Revision
		rs, fs []byte // nil: both parties sign rev
		want   string
	}{
		{"renter signature made by the farmer", good, fs, fs, "BadSignature"},
		{"farmer signature made by the renter", good, rs, rs, "BadSignature"},
		{"signatures of another agreement's revision", edit(func(v *market.Revision) { v.AgreementID = b.id }), rs, fs, "BadSignature"},
		{"root changed after signing", edit(func(v *market.Revision) { v.Root[0] ^= 1 }), rs, fs, "BadSignature"},
		{"65 zero bytes as a signature", good, make([]byte, 65), fs, "BadSignature"},
		{"stale number", edit(func(v *market.Revision) { v.Number = a.number }), nil, nil, "StaleRevision"},
		{"end period shortened", edit(func(v *market.Revision) { v.EndPeriod = a.end - 1 }), nil, nil, "EndShortened"},
		{"shards without leaves", edit(func(v *market.Revision) { v.Leaves = 0 }), nil, nil, "BadRevision"},
		{"leaves without shards", edit(func(v *market.Revision) { v.Shards = 0 }), nil, nil, "BadRevision"},
		{"more shards than leaves", edit(func(v *market.Revision) { v.Shards, v.Leaves = 3, 2 }), nil, nil, "BadRevision"},
		{"escrow too low for the new rate", edit(func(v *market.Revision) { v.Leaves = 1 << 40 }), nil, nil, "EscrowTooLow"},
		{"unknown agreement", edit(func(v *market.Revision) { v.AgreementID = 999 }), nil, nil, "UnknownAgreement"},
	} {
		sr, sf := row.rs, row.fs
		if sr == nil {
			if row.rev.AgreementID == a.id {
				sr, sf = e.sign(a, row.rev)
			} else {
				sr, _ = e.c.Signing.SignRevision(row.rev, a.renter.Key)
				sf, _ = e.c.Signing.SignRevision(row.rev, a.farmer.Key)
			}
		}
		_, err := e.c.Agreements.PostRevision(relay.Opts, bindRev(row.rev), sr, sf)
		if got := chaintest.RevertName(err); got != row.want {
			t.Fatalf("revision %q: got %q (%v), want %s", row.name, got, err, row.want)
		}
	}
}

// corruptHeartbeats sends corrupted variants of farmer f's heartbeat for q, each refused with its
// error: a carries a's genuine proof (due or not, a voluntary proof is allowed), c a second one, x
// belongs to another farmer, empty has no data.
func (e *agEnv) corruptHeartbeats(f *chaintest.Account, q uint32, seed proofs.Hash, a, c, x, empty *held) {
	t := e.t
	t.Helper()
	good := e.prove(a, seed)
	pc := e.prove(c, seed)
	j := proofs.PickShard(seed, a.id, a.tree.Shards())
	i := proofs.PickLeaf(seed, a.id, good.ShardLeaves)
	mut := func(f func(*proofs.AgreementProof)) []proofs.AgreementProof {
		p := cloneProof(good)
		f(&p)
		return []proofs.AgreementProof{p}
	}
	otherLeaf, err := a.tree.ProveLeaf(a.id, j, (i+1)%good.ShardLeaves, a.source)
	if err != nil {
		t.Fatal(err)
	}
	otherShard, err := a.tree.ProveLeaf(a.id, (j+1)%a.tree.Shards(), 0, a.source)
	if err != nil {
		t.Fatal(err)
	}
	prevSeed := e.c.Seed(t, q-1)
	stale := e.prove(a, prevSeed)
	fromX := e.prove(x, seed)
	notLive := cloneProof(good)
	notLive.AgreementID = empty.id
	rv := a.next()
	rv.EndPeriod++ // a harmless revision, signed by the wrong key
	badSig, _ := e.c.Signing.SignRevision(rv, f.Key)
	xrv := x.next()
	xrs, _ := e.c.Signing.SignRevision(xrv, x.renter.Key)
	type row struct {
		name   string
		period uint32
		revs   []signedRev
		prs    []proofs.AgreementProof
		want   string
	}
	rows := []row{
		{"one bit of the leaf flipped", q, nil, mut(func(p *proofs.AgreementProof) { p.Leaf[3] ^= 0x40 }), "InvalidProof"},
		{"one bit of the shard path flipped", q, nil, mut(func(p *proofs.AgreementProof) { p.ShardPath[0][9] ^= 1 }), "InvalidProof"},
		{"one bit of the tree path flipped", q, nil, mut(func(p *proofs.AgreementProof) { p.TreePath[0][31] ^= 0x80 }), "InvalidProof"},
		{"shard leaves off by one", q, nil, mut(func(p *proofs.AgreementProof) { p.ShardLeaves++ }), "InvalidProof"},
		{"shard path one node short", q, nil, mut(func(p *proofs.AgreementProof) { p.ShardPath = p.ShardPath[1:] }), "InvalidProof"},
		{"tree path one node long", q, nil, mut(func(p *proofs.AgreementProof) { p.TreePath = append(p.TreePath, proofs.Hash{}) }), "InvalidProof"},
		{"leaf of 255 bytes", q, nil, mut(func(p *proofs.AgreementProof) { p.Leaf = p.Leaf[:255] }), "InvalidProof"},
		{"a leaf the seed did not pick", q, nil, []proofs.AgreementProof{otherLeaf}, "InvalidProof"},
		{"a shard the seed did not pick", q, nil, []proofs.AgreementProof{otherShard}, "InvalidProof"},
		{"valid then corrupt", q, nil, append([]proofs.AgreementProof{good}, mut(func(p *proofs.AgreementProof) { p.AgreementID = c.id })...), "InvalidProof"},
		{"the same agreement twice", q, nil, []proofs.AgreementProof{good, good}, "ProofsNotIncreasing"},
		{"ids decreasing", q, nil, []proofs.AgreementProof{pc, good}, "ProofsNotIncreasing"},
		{"another farmer's agreement", q, nil, []proofs.AgreementProof{fromX}, "NotFarmer"},
		{"an agreement with no data", q, nil, []proofs.AgreementProof{notLive}, "NotLive"},
		{"next period", q + 1, nil, nil, "OutsideWindow"},
		{"a period whose window has closed", q - 2, nil, nil, "OutsideWindow"},
		{"revision signed by the farmer for the renter", q, []signedRev{{rv, badSig}}, nil, "BadSignature"},
		{"another farmer's agreement's revision", q, []signedRev{{xrv, xrs}}, nil, "NotFarmer"},
	}
	// The previous period's proof is refused unless both seeds happen to pick the same leaf (then it
	// is the genuine proof of this period too).
	if sj, si := proofs.PickShard(prevSeed, a.id, a.tree.Shards()), proofs.PickLeaf(prevSeed, a.id, stale.ShardLeaves); sj != j || si != i {
		rows = append(rows, row{"the proof for the previous period's seed", q, nil, []proofs.AgreementProof{stale}, "InvalidProof"})
	}
	for _, row := range rows {
		_, err := e.sendHeartbeat(f, row.period, row.revs, row.prs)
		if got := chaintest.RevertName(err); got != row.want {
			t.Fatalf("heartbeat %q: got %q (%v), want %s", row.name, got, err, row.want)
		}
	}
}

func (e *agEnv) totalSupply() *big.Int {
	e.t.Helper()
	s, err := e.c.Token.TotalSupply(nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

// With q = 100% every live agreement is due every period: a heartbeat that leaves one out gets that
// agreement failed by reportUnproven (collateral to the renter, a bounty to the reporter); a period
// with no heartbeat at all is slashed by reportMissed; three in a row disqualify the farmer, whose
// live agreements then fail at settle; a renter challenge is answered with a proof made in Go, and an
// unanswered one fails only its agreement.
func TestAgreementFailures(t *testing.T) {
	p := market.DevnetAgreementParams()
	p.SampleBps = 10_000
	e := newAgEnv(t, p)
	r := rand.New(rand.NewPCG(12, 2))
	stake := market.Tokens(5_000)
	f := e.farmer(stake)
	renter := e.account(market.Tokens(100_000))
	auditor := e.account(nil)

	const start = 1
	e.c.ToPeriod(t, start, 1)
	end := uint32(start + 12)
	price, escrow := market.Tokens(4096), market.Tokens(100)
	collA, collB, collC := market.Tokens(40), market.Tokens(30), market.Tokens(20)
	a := e.open(renter, f, price, collA, end, escrow)
	b := e.open(renter, f, price, collB, end, escrow)
	c := e.open(renter, f, price, collC, end, escrow)
	a.addShards(t, r, 8, 8, 3)
	b.addShards(t, r, 5, 12)
	c.addShards(t, r, 64)
	for _, h := range []*held{a, b, c} {
		if err := e.post(renter, h, h.next()); err != nil {
			t.Fatal(err)
		}
	}
	all := []*held{a, b, c}
	beat := func(q uint32, hs ...*held) {
		t.Helper()
		if e.c.Period(t) < q {
			e.c.ToPeriod(t, q, 5)
		}
		seed := e.c.Seed(t, q)
		due := e.dueProofs(q, seed, all)
		if q > start && len(due) != len(all) {
			t.Fatalf("period %d: %d of %d agreements due with q = 100%%", q, len(due), len(all))
		}
		var prs []proofs.AgreementProof
		for _, h := range hs {
			prs = append(prs, e.prove(h, seed))
		}
		_, got := e.heartbeat(f, q, nil, prs)
		if len(got) != len(hs) {
			t.Fatalf("period %d: %d proven, want %d", q, len(got), len(hs))
		}
	}
	beat(start)
	beat(start+1, a, b, c)
	beat(start+2, a, c) // b left out

	// reportUnproven of b for start+2: refused before the window, refused for the proven a, then b fails.
	_, err := e.c.Agreements.ReportUnproven(auditor.Opts, b.id, start+2)
	chaintest.ExpectRevert(t, err, "ReportTooEarly")
	e.c.AdvanceTo(t, e.c.Times.HeartbeatDeadline(start+2))
	_, err = e.c.Agreements.ReportUnproven(auditor.Opts, a.id, start+2)
	chaintest.ExpectRevert(t, err, "WasProven")
	owedR, owedF, lockedF := e.owed(renter.Addr), e.owed(f.Addr), e.farmerState(f.Addr).Locked
	rcpt := e.mined(e.c.Agreements.ReportUnproven(auditor.Fixed, b.id, start+2))
	failed := false
	for _, l := range rcpt.Logs {
		if ev, err := e.c.Agreements.ParseAgreementFailed(*l); err == nil && ev.Id == b.id && ev.Reporter == auditor.Addr {
			failed = true
		}
	}
	if !failed {
		t.Fatal("no AgreementFailed for b")
	}
	vindB := b.vindicated(start + 1)
	bounty := bps(collB, p.ReporterBountyBps)
	eq(t, "reporter bounty", e.owed(auditor.Addr), bounty)
	wantRenter := new(big.Int).Sub(escrow, vindB)
	wantRenter.Add(wantRenter, collB).Sub(wantRenter, bounty)
	eq(t, "renter refund and collateral", new(big.Int).Sub(e.owed(renter.Addr), owedR), wantRenter)
	eq(t, "farmer keeps what b's proofs vindicated", new(big.Int).Sub(e.owed(f.Addr), owedF), vindB)
	eq(t, "b's collateral unlocked", new(big.Int).Sub(lockedF, e.farmerState(f.Addr).Locked), collB)
	_, err = e.c.Agreements.ReportUnproven(auditor.Opts, b.id, start+2)
	chaintest.ExpectRevert(t, err, "AgreementNotOpen")

	// A renter challenge of c, answered with a proof made in Go from the challenge seed.
	fee := p.ChallengeFee
	rcpt = e.mined(e.c.Agreements.Challenge(renter.Fixed, c.id))
	var issued *bindings.AgreementMarketChallengeIssued
	for _, l := range rcpt.Logs {
		if ev, err := e.c.Agreements.ParseChallengeIssued(*l); err == nil {
			issued = ev
		}
	}
	if issued == nil {
		t.Fatal("no ChallengeIssued")
	}
	e.c.MineTo(t, issued.BlockNumber.Uint64()+2)
	cseed := proofs.ChallengeSeed(proofs.Hash(e.c.Header(t, issued.BlockNumber.Uint64()+1).Hash()), c.id)
	if onchain, err := e.c.Agreements.ChallengeSeedOf(nil, c.id); err != nil || onchain != cseed {
		t.Fatalf("challenge seed: contract %x (%v), Go %x", onchain, err, cseed)
	}
	answer := e.prove(c, cseed)
	bad := cloneProof(answer)
	bad.Leaf[0] ^= 1
	_, err = e.c.Agreements.AnswerChallenge(f.Opts, c.id, bindProof(bad))
	chaintest.ExpectRevert(t, err, "InvalidProof")
	owedF = e.owed(f.Addr)
	e.mined(e.c.Agreements.AnswerChallenge(f.Fixed, c.id, bindProof(answer)))
	eq(t, "challenge fee to the farmer", new(big.Int).Sub(e.owed(f.Addr), owedF), fee)

	// start+3: no heartbeat at all. reportUnproven is not the way (NoHeartbeat); reportMissed slashes
	// (free + unbonding) × slashBps, rounded up, from free stake first; the bounty goes to the
	// reporter and the rest is burned.
	e.mined(e.c.Agreements.RequestUnstake(f.Fixed, market.Tokens(1_000)))
	miss := func(q uint32, wantDQ bool) {
		t.Helper()
		e.c.AdvanceTo(t, e.c.Times.HeartbeatDeadline(q))
		_, err := e.c.Agreements.ReportUnproven(auditor.Opts, a.id, q)
		chaintest.ExpectRevert(t, err, "NoHeartbeat")
		st := e.farmerState(f.Addr)
		total := new(big.Int).Add(st.Free, st.Unbonding)
		amount := new(big.Int).Mul(total, big.NewInt(int64(p.SlashBps)))
		amount.Add(amount, big.NewInt(9_999)).Div(amount, big.NewInt(10_000))
		bounty := bps(amount, p.ReporterBountyBps)
		supply, owedA := e.totalSupply(), e.owed(auditor.Addr)
		rcpt := e.mined(e.c.Agreements.ReportMissed(auditor.Fixed, f.Addr, q))
		var ev *bindings.AgreementMarketMissReported
		dq := false
		for _, l := range rcpt.Logs {
			if x, err := e.c.Agreements.ParseMissReported(*l); err == nil {
				ev = x
			}
			if x, err := e.c.Agreements.ParseDisqualified(*l); err == nil && x.Farmer == f.Addr && x.Period == q {
				dq = true
			}
		}
		if ev == nil {
			t.Fatalf("period %d: no MissReported", q)
		}
		eq(t, "slashed", ev.Slashed, amount)
		eq(t, "bounty", ev.Bounty, bounty)
		eq(t, "reporter balance", new(big.Int).Sub(e.owed(auditor.Addr), owedA), bounty)
		eq(t, "burned", new(big.Int).Sub(supply, e.totalSupply()), new(big.Int).Sub(amount, bounty))
		after := e.farmerState(f.Addr)
		eq(t, "free after slash", after.Free, new(big.Int).Sub(st.Free, amount)) // free covers it here
		eq(t, "unbonding after slash", after.Unbonding, st.Unbonding)
		if dq != wantDQ || after.Disqualified != wantDQ {
			t.Fatalf("period %d: disqualified event %v state %v, want %v", q, dq, after.Disqualified, wantDQ)
		}
		_, err = e.c.Agreements.ReportMissed(auditor.Opts, f.Addr, q)
		if wantDQ {
			chaintest.ExpectRevert(t, err, "FarmerDisqualified") // nothing more to report from then on
		} else {
			chaintest.ExpectRevert(t, err, "AlreadyReported")
		}
	}
	_, err = e.c.Agreements.ReportMissed(auditor.Opts, f.Addr, start+1)
	chaintest.ExpectRevert(t, err, "AlreadyProven")
	miss(start+3, false)
	miss(start+4, false)
	miss(start+5, true) // disqualifyAfterMisses = 3 unproven periods in a row

	// An unanswered challenge fails only its agreement (c), with no slash; then a, live when its
	// farmer was disqualified, fails at settle. Both give the renter its collateral back, the farmer
	// what was vindicated.
	_, err = e.c.Agreements.Challenge(renter.Opts, a.id)
	chaintest.ExpectRevert(t, err, "FarmerDisqualified")
	for _, h := range []*held{a, c} {
		last := uint32(start + 2)
		want := new(big.Int).Sub(escrow, h.vindicated(last))
		want.Add(want, h.collateral)
		owedR, owedF := e.owed(renter.Addr), e.owed(f.Addr)
		rcpt := e.mined(e.c.Agreements.Settle(auditor.Fixed, h.id))
		reason := uint8(0)
		for _, l := range rcpt.Logs {
			if ev, err := e.c.Agreements.ParseAgreementFailed(*l); err == nil {
				reason = ev.Reason
			}
		}
		if reason != 4 { // FAIL_DISQUALIFIED
			t.Fatalf("agreement %d: failure reason %d at settle, want disqualified", h.id, reason)
		}
		vind := h.vindicated(last) // for c, the answered challenge (in start+3) vindicated the same
		eq(t, fmt.Sprintf("agreement %d: farmer", h.id), new(big.Int).Sub(e.owed(f.Addr), owedF), vind)
		eq(t, fmt.Sprintf("agreement %d: renter", h.id), new(big.Int).Sub(e.owed(renter.Addr), owedR), want)
	}
	st := e.farmerState(f.Addr)
	eq(t, "nothing locked", st.Locked, big.NewInt(0))
}

// uniformShard is a 64 MiB shard (2^18 leaves) whose leaves are all the same 256 random bytes: its
// tree and every leaf's path cost 18 hashes, so a test can hold a TiB of agreements whose proofs
// are shaped (and priced) exactly like real ones.
type uniformShard struct {
	leaf  []byte
	path  []proofs.Hash // the siblings of any leaf
	root  proofs.Hash
	depth int
}

func newUniformShard(r *rand.Rand, depth int) uniformShard {
	s := uniformShard{leaf: make([]byte, proofs.LeafSize), depth: depth}
	for i := range s.leaf {
		s.leaf[i] = byte(r.UintN(256))
	}
	h := proofs.HashLeaf(s.leaf)
	for range depth {
		s.path = append(s.path, h)
		h = proofs.HashNode(h, h)
	}
	s.root = h
	return s
}

// Heartbeat gas for agreements of real proportions: each agreement a TiB in 16,384 shards of 64 MiB
// (a proof climbs 18 + 14 levels), every one due (q = 100%), 1 vs 8 proofs per heartbeat, on the
// simulated chain under Osaka rules. Logs the marginal gas of one proof and what it makes per
// TiB-month at the mainnet q.
func TestAgreementHeartbeatGas(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 16,384-shard agreement tree")
	}
	p := market.DevnetAgreementParams()
	p.SampleBps = 10_000
	e := newAgEnv(t, p)
	r := rand.New(rand.NewPCG(12, 3))
	const shardDepth, shards = 18, 1 << 14
	byRoot := map[proofs.Hash]uniformShard{}
	tree := &proofs.Agreement{}
	for range shards {
		s := newUniformShard(r, shardDepth)
		byRoot[s.root] = s
		if err := tree.Add(proofs.Shard{Root: s.root, Leaves: 1 << shardDepth}); err != nil {
			t.Fatal(err)
		}
	}
	if tree.Leaves() != 1<<32 { // 2^32 leaves of 256 B = 1 TiB
		t.Fatalf("%d leaves", tree.Leaves())
	}
	prove := func(id uint64, seed proofs.Hash) proofs.AgreementProof {
		j := proofs.PickShard(seed, id, tree.Shards())
		s := byRoot[tree.Shard(j).Root]
		tp, err := tree.TreePath(j)
		if err != nil {
			t.Fatal(err)
		}
		pr := proofs.AgreementProof{AgreementID: id, ShardLeaves: 1 << shardDepth, Leaf: s.leaf, ShardPath: s.path, TreePath: tp}
		if err := proofs.VerifyAgreementLeaf(seed, tree.Root(), tree.Shards(), pr); err != nil {
			t.Fatal(err)
		}
		return pr
	}
	one, eight := e.farmer(market.Tokens(10_000)), e.farmer(market.Tokens(10_000))
	renter := e.account(market.Tokens(100_000))
	e.c.ToPeriod(t, 1, 1)
	end := uint32(10)
	var openGas, postGas []uint64
	owned := map[*chaintest.Account][]*held{}
	for _, f := range []*chaintest.Account{one, eight, eight, eight, eight, eight, eight, eight, eight} {
		terms := e.terms(renter, f, big.NewInt(1_000), market.Tokens(1), end)
		sig, _ := e.c.Signing.SignOpen(terms, f.Key)
		rcpt := e.mined(e.c.Agreements.Open(renter.Fixed, bindOpen(terms), sig, market.Tokens(1)))
		openGas = append(openGas, rcpt.GasUsed)
		var id uint64
		for _, l := range rcpt.Logs {
			if ev, err := e.c.Agreements.ParseAgreementOpened(*l); err == nil {
				id = ev.Id
			}
		}
		h := &held{id: id, renter: renter, farmer: f, price: terms.PricePerGiB, tree: tree, end: end}
		rv := h.next()
		rs, fs := e.sign(h, rv)
		rcpt = e.mined(e.c.Agreements.PostRevision(renter.Fixed, bindRev(rv), rs, fs))
		postGas = append(postGas, rcpt.GasUsed)
		h.applied(rv, 1)
		owned[f] = append(owned[f], h)
	}
	gas := map[*chaintest.Account][]uint64{}
	for q := uint32(2); q <= 4; q++ {
		e.c.ToPeriod(t, q, 5)
		seed := e.c.Seed(t, q)
		for _, f := range []*chaintest.Account{one, eight} {
			var prs []proofs.AgreementProof
			for _, h := range owned[f] {
				prs = append(prs, prove(h.id, seed))
			}
			rcpt, got := e.heartbeat(f, q, nil, prs)
			if len(got) != len(prs) {
				t.Fatalf("%d of %d proven", len(got), len(prs))
			}
			gas[f] = append(gas[f], rcpt.GasUsed)
		}
	}
	// An empty heartbeat (what a farmer with nothing due pays each period).
	e.c.ToPeriod(t, 5, 5)
	e.c.Seed(t, 5)
	empty, _ := e.heartbeat(one, 5, nil, nil)
	g1, g8 := gas[one][len(gas[one])-1], gas[eight][len(gas[eight])-1]
	marginal := (g8 - g1) / 7
	q := float64(market.MainnetSampleBps) / 10_000
	t.Logf("open %v gas, postRevision (first, with data) %v gas", openGas[:2], postGas[:2])
	t.Logf("heartbeat gas, 1 TiB agreements (proof depth 18+14): 1 proof %v, 8 proofs %v, no proof %d; one more proof %d",
		gas[one], gas[eight], empty.GasUsed, marginal)
	t.Logf("at q = %.0f%%: %.0f gas per TiB-month of proofs (30 periods × q × %d), plus %d per farmer-period for its heartbeat",
		q*100, 30*q*float64(marginal), marginal, empty.GasUsed)
	if marginal == 0 || g8 <= g1 {
		t.Fatalf("proof gas did not grow with proofs: %d vs %d", g1, g8)
	}
}

// landsAt sends fn from acct so that it executes at timestamp ts exactly, and reports whether it
// succeeded.
func (e *agEnv) landsAt(ts uint64, acct *chaintest.Account, fn func(*bind.TransactOpts) (*types.Transaction, error)) bool {
	e.t.Helper()
	if now := e.c.Now(e.t); now+1 < ts {
		e.c.AdvanceTo(e.t, ts-1)
	} else if now+1 > ts {
		e.t.Fatalf("cannot land at %d: the chain is at %d", ts, now)
	}
	tx, err := fn(acct.Fixed)
	if err != nil {
		e.t.Fatal(err)
	}
	e.c.Backend.Commit()
	rcpt, err := e.c.Client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		e.t.Fatal(err)
	}
	if h := e.c.Header(e.t, rcpt.BlockNumber.Uint64()); h.Time != ts {
		e.t.Fatalf("landed at %d, want %d", h.Time, ts)
	}
	return rcpt.Status == types.ReceiptStatusSuccessful
}

// The Go schedule's windows are the contract's, to the second: a heartbeat until the deadline, a
// report from the deadline until the end of the report window, settle from settleTime.
func TestAgreementWindows(t *testing.T) {
	p := market.DevnetAgreementParams()
	e := newAgEnv(t, p)
	r := rand.New(rand.NewPCG(12, 4))
	f, g := e.farmer(market.Tokens(10_000)), e.farmer(market.Tokens(10_000))
	renter, auditor := e.account(market.Tokens(100_000)), e.account(nil)
	e.c.ToPeriod(t, 1, 1)
	const end = 8
	var hs []*held
	for _, farmer := range []*chaintest.Account{f, g} {
		h := e.open(renter, farmer, market.Tokens(1), market.Tokens(1), end, market.Tokens(10))
		h.addShards(t, r, 4, 9)
		if err := e.post(renter, h, h.next()); err != nil {
			t.Fatal(err)
		}
		hs = append(hs, h)
	}
	s := e.c.Times
	// Period 2: both heartbeats in the last second of the grace.
	e.c.ToPeriod(t, 2, 5)
	e.c.Seed(t, 2)
	hb := func(farmer *chaintest.Account, q uint32) func(*bind.TransactOpts) (*types.Transaction, error) {
		return func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.c.Agreements.Heartbeat(o, q, []bindings.AgreementMarketSignedRevision{}, []bindings.AgreementMarketProof{})
		}
	}
	if !e.landsAt(s.HeartbeatDeadline(2)-2, g, hb(g, 2)) || !e.landsAt(s.HeartbeatDeadline(2)-1, f, hb(f, 2)) {
		t.Fatal("heartbeat refused before the deadline")
	}
	report := func(farmer *chaintest.Account, q uint32) func(*bind.TransactOpts) (*types.Transaction, error) {
		return func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.c.Agreements.ReportMissed(o, farmer.Addr, q)
		}
	}
	// Period 3: nobody proves. A report a second before the deadline is refused, at it accepted.
	e.c.Seed(t, 3) // the heartbeats above, in period 3's first seconds, recorded its beacon
	if e.landsAt(s.HeartbeatDeadline(3)-1, auditor, report(f, 3)) {
		t.Fatal("miss reported before the heartbeat deadline")
	}
	if !e.landsAt(s.HeartbeatDeadline(3), auditor, report(f, 3)) {
		t.Fatal("miss refused at the heartbeat deadline")
	}
	// Period 4: nobody proves. g's miss is reported in the last second of the window; f's a second
	// later is too late.
	_, until := s.ReportWindow(4)
	if !e.landsAt(until-1, auditor, report(g, 4)) {
		t.Fatal("miss refused in the last second of the report window")
	}
	if e.landsAt(until, auditor, report(f, 4)) {
		t.Fatal("miss reported after the report window")
	}
	// Settle: refused a second before settleTime, accepted at it.
	settle := func(h *held) func(*bind.TransactOpts) (*types.Transaction, error) {
		return func(o *bind.TransactOpts) (*types.Transaction, error) { return e.c.Agreements.Settle(o, h.id) }
	}
	if e.landsAt(s.SettleFrom(end)-1, auditor, settle(hs[0])) {
		t.Fatal("settled before settleTime")
	}
	if !e.landsAt(s.SettleFrom(end), auditor, settle(hs[0])) {
		t.Fatal("settle refused at settleTime")
	}
	if st, err := e.c.Agreements.SettleTime(nil, hs[1].id); err != nil || st.Uint64() != s.SettleFrom(end) {
		t.Fatalf("settleTime %v (%v), Go %d", st, err, s.SettleFrom(end))
	}
	for q := uint32(0); q < 12; q++ {
		got, err := e.c.Agreements.PeriodStart(nil, q)
		if err != nil || got.Uint64() != s.PeriodStart(q) {
			t.Fatalf("periodStart(%d) = %v, Go %d", q, got, s.PeriodStart(q))
		}
	}
}

// badParamsIndex returns the `which` of a BadParams(which) revert, -1 if err is not one.
func badParamsIndex(err error) int {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return -1
	}
	s, _ := de.ErrorData().(string)
	data := common.FromHex(s)
	if chaintest.RevertName(err) != "BadParams" || len(data) != 36 {
		return -1
	}
	return int(new(big.Int).SetBytes(data[4:]).Int64())
}

// AgreementParams.Validate refuses exactly what the constructor refuses, for the same reason.
func TestAgreementParamsMatchConstructor(t *testing.T) {
	c := chaintest.NewAgreementMarket(t, market.DevnetAgreementParams())
	for _, row := range paramRows {
		if row.which < 0 {
			continue // not encodable in the constructor's uint128
		}
		p := market.DevnetAgreementParams()
		row.edit(&p)
		_, tx, _, err := bindings.DeployAgreementMarket(c.Holder.Opts, c.Client, c.TokenAddr, chaintest.BindAgreementParams(p))
		if row.ok {
			if err != nil {
				t.Fatalf("%s: the constructor refuses what Validate accepts: %v (%s)", row.name, err, chaintest.RevertName(err))
			}
			c.Mined(t, tx, nil)
			continue
		}
		if got := badParamsIndex(err); got != row.which {
			t.Fatalf("%s: constructor gives BadParams(%d) (%v), Validate says BadParams(%d)", row.name, got, err, row.which)
		}
	}
}

func eq(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s: got %s, want %s", what, got, want)
	}
}
