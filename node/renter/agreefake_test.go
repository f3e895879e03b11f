package renter

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// fakeAgreementChain is AgreementChain in memory: it opens agreements as AgreementMarket.open does
// (the farmer's signature over the terms, the caller is the renter, fresh nonces) and counts opens.
type fakeAgreementChain struct {
	dom    market.AgreementDomain
	renter common.Address

	mu         sync.Mutex
	period     uint32
	farmers    []chain.FarmerInfo
	agreements map[uint64]*chain.AgreementInfo
	nonces     map[common.Address]map[uint64]bool
	opens      int
	deposits   int
	posts      int
	closes     int
	settles    int
}

// AgreementsOf lists the renter's agreements, by id.
func (c *fakeAgreementChain) AgreementsOf(_ context.Context, renter common.Address) ([]uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var ids []uint64
	for id, a := range c.agreements {
		if a.Renter == renter {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids, nil
}

func newFakeAgreementChain(dom market.AgreementDomain, renter common.Address) *fakeAgreementChain {
	return &fakeAgreementChain{dom: dom, renter: renter, period: 10, agreements: map[uint64]*chain.AgreementInfo{},
		nonces: map[common.Address]map[uint64]bool{}}
}

func (c *fakeAgreementChain) CurrentPeriod(context.Context) (uint32, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.period, nil
}

func (c *fakeAgreementChain) Agreement(_ context.Context, id uint64) (chain.AgreementInfo, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	a, ok := c.agreements[id]
	if !ok {
		return chain.AgreementInfo{}, fmt.Errorf("unknown agreement %d", id)
	}
	return *a, nil
}

func (c *fakeAgreementChain) Open(_ context.Context, t market.OpenTerms, farmerSig []byte, escrow *big.Int) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := t.Validate(); err != nil {
		return 0, err
	}
	signer, err := c.dom.RecoverOpen(t, farmerSig)
	if err != nil || signer != t.Farmer {
		return 0, errors.New("chain: BadSignature")
	}
	if t.Renter != c.renter {
		return 0, errors.New("chain: NotRenter")
	}
	if c.nonces[t.Farmer][t.Nonce] {
		return 0, errors.New("chain: NonceUsed")
	}
	if t.EndPeriod <= c.period || escrow.Sign() <= 0 {
		return 0, errors.New("chain: BadTerms")
	}
	if c.nonces[t.Farmer] == nil {
		c.nonces[t.Farmer] = map[uint64]bool{}
	}
	c.nonces[t.Farmer][t.Nonce] = true
	c.opens++
	id := uint64(len(c.agreements) + 1)
	c.agreements[id] = &chain.AgreementInfo{ID: id, Renter: t.Renter, Farmer: t.Farmer, Status: 1, PricePerGiB: t.PricePerGiB,
		Escrow: new(big.Int).Set(escrow), Accrued: new(big.Int), Vindicated: new(big.Int), Paid: new(big.Int),
		Collateral: t.Collateral, AccruedTo: c.period, StartPeriod: c.period, EndPeriod: t.EndPeriod}
	return id, nil
}

func (c *fakeAgreementChain) Deposit(_ context.Context, id uint64, amount *big.Int) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.deposits++
	c.agreements[id].Escrow.Add(c.agreements[id].Escrow, amount)
	return nil
}

// PostRevision applies a co-signed revision as AgreementMarket.postRevision does (both signatures,
// a newer number, an open agreement).
func (c *fakeAgreementChain) PostRevision(_ context.Context, r market.SignedRevision) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	a, ok := c.agreements[r.AgreementID]
	if !ok || a.Status != 1 {
		return errors.New("chain: AgreementNotOpen")
	}
	if r.Number <= a.Number {
		return errors.New("chain: StaleRevision")
	}
	for _, sig := range []struct {
		who common.Address
		sig []byte
	}{{a.Renter, r.RenterSig}, {a.Farmer, r.FarmerSig}} {
		if signer, err := c.dom.RecoverRevision(r.Revision, sig.sig); err != nil || signer != sig.who {
			return errors.New("chain: BadSignature")
		}
	}
	c.posts++
	a.Number, a.Root, a.Leaves, a.Shards, a.EndPeriod = r.Number, r.Root, r.Leaves, r.Shards, max(a.EndPeriod, r.EndPeriod)
	return nil
}

// Close ends an open, empty agreement of the renter as AgreementMarket.close does.
func (c *fakeAgreementChain) Close(_ context.Context, id uint64) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	a, ok := c.agreements[id]
	switch {
	case !ok || a.Status != 1:
		return errors.New("chain: AgreementNotOpen")
	case a.Renter != c.renter:
		return errors.New("chain: NotRenter")
	case a.Leaves != 0:
		return errors.New("chain: NotEmpty")
	}
	c.closes++
	a.Status = 2
	return nil
}

// HeadTime is the second after the current period's start (60 s periods from genesis 0, as the
// tests' schedule).
func (c *fakeAgreementChain) HeadTime(context.Context) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return uint64(c.period)*60 + 1, nil
}

// Settle settles as the contract does: a disqualified farmer's agreement fails at once, any other
// once its end's report window (4 periods) has closed.
func (c *fakeAgreementChain) Settle(_ context.Context, id uint64) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	a, ok := c.agreements[id]
	if !ok || a.Status != 1 {
		return errors.New("chain: AgreementNotOpen")
	}
	for _, f := range c.farmers {
		if f.Address == a.Farmer && f.Disqualified {
			c.settles++
			a.Status = 3
			return nil
		}
	}
	if c.period < a.EndPeriod+1+4 {
		return &chain.RevertError{Op: "settle", Name: "NotEnded"}
	}
	c.settles++
	a.Status = 2
	return nil
}

func (c *fakeAgreementChain) Farmers(context.Context) ([]chain.FarmerInfo, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.farmers), nil
}

func (c *fakeAgreementChain) Farmer(_ context.Context, a common.Address) (chain.FarmerInfo, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, f := range c.farmers {
		if f.Address == a {
			return f, nil
		}
	}
	return chain.FarmerInfo{}, fmt.Errorf("no farmer %s", a)
}

func (c *fakeAgreementChain) openCount() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.opens
}

// fakeFarmer is farmerConn in memory, applying the farmer's rules: offers signed with a real key,
// store sessions that check the renter's authorization and verify every shard's Merkle root,
// revisions checked with CheckProposed (every added shard staged under the agreement, the escrow
// covering the revision) and signed, downloads only of the renter's shards.
type fakeFarmer struct {
	key        *ecdsa.PrivateKey
	addr       common.Address
	dom        market.AgreementDomain
	chain      *fakeAgreementChain
	price      *big.Int
	renterPeer string
	keepData   bool
	onSend     func() // called on every shard received (the memory test samples the heap)

	mu     sync.Mutex
	nonce  uint64
	states map[uint64]*market.AgreementState
	staged map[uint64]map[proofs.Hash]bool
	data   map[proofs.Hash][]byte
	signed map[uint64][]uint64 // per agreement, the revision numbers signed, in order
	sends  int
	anchor map[uint64]proto.Anchor

	// Faults.
	failSendAt    int      // the sends-th shard (1-based, over the farmer's life) breaks the session; 0: never
	refuseRevise  bool     // refuse every revision
	loseAnswer    bool     // commit a revision, then fail as if the answer was lost on the way
	down          bool     // every exchange fails
	offerPrice    *big.Int // offer this price instead of the announced one
	offerSigner   *ecdsa.PrivateKey
	latestEdit    func(*proto.LatestRevision) // tamper with latest answers
	anchorRefused bool                        // refuse anchors
}

func newFakeFarmer(c *fakeAgreementChain, price int64, renterPeer string, keepData bool) *fakeFarmer {
	key, _ := crypto.GenerateKey()
	return &fakeFarmer{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), dom: c.dom, chain: c, price: big.NewInt(price),
		renterPeer: renterPeer, keepData: keepData, states: map[uint64]*market.AgreementState{},
		staged: map[uint64]map[proofs.Hash]bool{}, data: map[proofs.Hash][]byte{}, signed: map[uint64][]uint64{}}
}

var errFarmerDown = errors.New("fake farmer: connection refused")

func (f *fakeFarmer) Offer(_ context.Context, req proto.OfferRequest) (proto.AgreementOffer, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return proto.AgreementOffer{}, errFarmerDown
	}
	if err := req.Validate(); err != nil {
		return proto.AgreementOffer{}, wire.Errorf(wire.CodeBadRequest, "", "%v", err)
	}
	price := f.price
	if f.offerPrice != nil {
		price = f.offerPrice
	}
	f.nonce++
	t := market.OpenTerms{Renter: req.Renter, Farmer: f.addr, PricePerGiB: price,
		Collateral: new(big.Int).Mul(market.Rate(price, req.MaxBytes/proofs.LeafSize), big.NewInt(90)),
		EndPeriod:  req.EndPeriod, Nonce: f.nonce, Deadline: uint64(time.Now().Add(time.Hour).Unix())}
	signer := f.key
	if f.offerSigner != nil {
		signer = f.offerSigner
	}
	sig, err := f.dom.SignOpen(t, signer)
	if err != nil {
		return proto.AgreementOffer{}, err
	}
	return proto.AgreementOffer{Terms: proto.FromOpenTerms(t), FarmerSig: sig}, nil
}

// agreementFor checks id is an open agreement of this farmer with the renter auth names (the farmer
// holds f.mu).
func (f *fakeFarmer) agreementFor(id uint64, auth proto.RetrievalAuth) (chain.AgreementInfo, error) {
	if err := auth.Verify(f.renterPeer, time.Now().Unix()); err != nil {
		return chain.AgreementInfo{}, wire.Errorf(wire.CodeUnauthorized, "", "%v", err)
	}
	info, err := f.chain.Agreement(context.Background(), id)
	if err != nil || info.Status != 1 || info.Farmer != f.addr || info.Renter != auth.Renter {
		return chain.AgreementInfo{}, wire.Errorf(wire.CodeRefused, proto.ReasonAgreement, "agreement %d", id)
	}
	return info, nil
}

func (f *fakeFarmer) state(info chain.AgreementInfo) *market.AgreementState {
	st := f.states[info.ID]
	if st == nil {
		st = market.NewAgreementState(info.ID, info.Renter, info.Farmer, info.PricePerGiB, info.EndPeriod)
		f.states[info.ID] = st
	}
	return st
}

func (f *fakeFarmer) Store(_ context.Context, id uint64, auth proto.RetrievalAuth) (storeSession, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return nil, errFarmerDown
	}
	if _, err := f.agreementFor(id, auth); err != nil {
		return nil, err
	}
	return &fakeSession{f: f, id: id}, nil
}

type fakeSession struct {
	f      *fakeFarmer
	id     uint64
	acked  []proofs.Hash
	broken error
}

func (s *fakeSession) Send(_ context.Context, root proofs.Hash, data []byte) error {
	f := s.f
	if s.broken != nil {
		return s.broken
	}
	got, err := proofs.ShardRoot(data)
	if err != nil || got != root {
		s.broken = fmt.Errorf("%w: %w", ErrSession, wire.Errorf(wire.CodeCorrupt, "", "shard does not match its root"))
		return s.broken
	}
	var kept []byte
	if f.keepData {
		kept = slices.Clone(data)
	}
	if f.onSend != nil {
		f.onSend()
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sends++
	if f.down || f.sends == f.failSendAt {
		s.broken = fmt.Errorf("%w: stream reset", ErrSession)
		return s.broken
	}
	if f.staged[s.id] == nil {
		f.staged[s.id] = map[proofs.Hash]bool{}
	}
	f.staged[s.id][root] = true
	if kept != nil {
		f.data[root] = kept
	}
	s.acked = append(s.acked, root)
	return nil
}

func (s *fakeSession) Close(context.Context) ([]proofs.Hash, error) { return s.acked, s.broken }

func (s *fakeSession) Abort() {}

func (f *fakeFarmer) Revise(ctx context.Context, req proto.ReviseRequest) (proto.ReviseResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return proto.ReviseResult{}, errFarmerDown
	}
	if err := req.Validate(); err != nil {
		return proto.ReviseResult{}, wire.Errorf(wire.CodeBadRequest, "", "%v", err)
	}
	if f.refuseRevise {
		return proto.ReviseResult{}, wire.Errorf(wire.CodeRefused, proto.ReasonExiting, "no new data")
	}
	rev := req.Revision.Market()
	info, err := f.chain.Agreement(ctx, rev.AgreementID)
	if err != nil || info.Farmer != f.addr {
		return proto.ReviseResult{}, wire.Errorf(wire.CodeRefused, proto.ReasonAgreement, "agreement %d", rev.AgreementID)
	}
	st := f.state(info)
	c := req.Change()
	tree, err := f.dom.CheckProposed(st, c, rev, req.RenterSig)
	if err != nil {
		return proto.ReviseResult{}, wire.Errorf(wire.CodeRefused, proto.ReasonRevision, "%v", err)
	}
	for _, s := range c.Add {
		if !f.staged[info.ID][s.Root] {
			return proto.ReviseResult{}, wire.Errorf(wire.CodeRefused, proto.ReasonMissing, "shard %x", s.Root[:8])
		}
	}
	esc := market.Escrow{Deposited: info.Escrow, Accrued: info.Accrued, AccruedTo: info.AccruedTo, Leaves: st.Latest.Leaves}
	cur, _ := f.chain.CurrentPeriod(ctx)
	if err := market.CoversRevision(rev, info.PricePerGiB, esc, cur+1); err != nil {
		return proto.ReviseResult{}, wire.Errorf(wire.CodeRefused, proto.ReasonEscrow, "%v", err)
	}
	sig, err := f.dom.SignRevision(rev, f.key)
	if err != nil {
		return proto.ReviseResult{}, err
	}
	st.Commit(market.SignedRevision{Revision: rev, RenterSig: req.RenterSig, FarmerSig: sig}, tree)
	for _, s := range c.Add {
		delete(f.staged[info.ID], s.Root)
	}
	f.signed[info.ID] = append(f.signed[info.ID], rev.Number)
	if f.loseAnswer {
		return proto.ReviseResult{}, errors.New("fake farmer: stream reset before the answer")
	}
	return proto.ReviseResult{FarmerSig: sig}, nil
}

func (f *fakeFarmer) Latest(_ context.Context, id uint64, auth proto.RetrievalAuth) (proto.LatestRevision, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return proto.LatestRevision{}, errFarmerDown
	}
	info, err := f.agreementFor(id, auth)
	if err != nil {
		return proto.LatestRevision{}, err
	}
	st := f.state(info)
	l := proto.LatestRevision{Revision: proto.FromRevision(st.Latest.Revision), RenterSig: st.Latest.RenterSig, FarmerSig: st.Latest.FarmerSig}
	for _, s := range st.Tree.List() {
		l.Shards = append(l.Shards, proto.ShardEntry{Root: s.Root, Leaves: s.Leaves})
	}
	if an, ok := f.anchor[id]; ok {
		l.Anchor = &an
	}
	if f.latestEdit != nil {
		f.latestEdit(&l)
	}
	return l, nil
}

// Anchor keeps the renter's anchor as the farmer does: signed by the agreement's renter, numbers
// only going up.
func (f *fakeFarmer) Anchor(_ context.Context, a proto.Anchor) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return 0, errFarmerDown
	}
	if f.anchorRefused {
		return 0, errors.New("test: anchor refused")
	}
	info, err := f.chain.Agreement(context.Background(), a.AgreementID)
	if err != nil {
		return 0, err
	}
	if signer, err := a.Signer(f.dom.Market); err != nil || signer != info.Renter || info.Farmer != f.addr {
		return 0, fmt.Errorf("anchor not signed by the renter of an agreement here: %v", err)
	}
	if old, ok := f.anchor[a.AgreementID]; ok && old.Number >= a.Number {
		return old.Number, nil
	}
	if f.anchor == nil {
		f.anchor = map[uint64]proto.Anchor{}
	}
	f.anchor[a.AgreementID] = a
	return a.Number, nil
}

func (f *fakeFarmer) Download(_ context.Context, root proofs.Hash, size uint64, auth proto.RetrievalAuth, dst []byte) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return nil, errFarmerDown
	}
	if err := auth.Verify(f.renterPeer, time.Now().Unix()); err != nil {
		return nil, wire.Errorf(wire.CodeUnauthorized, "", "%v", err)
	}
	held := false
	for id, st := range f.states {
		if info, _ := f.chain.Agreement(context.Background(), id); info.Renter == auth.Renter && st.Tree.Has(root) {
			held = true
		}
	}
	for id, staged := range f.staged {
		if info, _ := f.chain.Agreement(context.Background(), id); info.Renter == auth.Renter && staged[root] {
			held = true
		}
	}
	d, ok := f.data[root]
	if !held || !ok {
		return nil, wire.Errorf(wire.CodeNotFound, "", "shard %x", root[:8])
	}
	if uint64(len(d)) != size {
		return nil, fmt.Errorf("size %d, want %d", len(d), size)
	}
	return append(dst, d...), nil
}

// latest returns the farmer's state of agreement id (nil if it never revised it).
func (f *fakeFarmer) latest(id uint64) *market.AgreementState {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.states[id]
}

func (f *fakeFarmer) set(fn func(f *fakeFarmer)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fn(f)
}

// noNet is the Network of tests that talk to fake farmers directly.
type noNet struct{}

func (noNet) Open(context.Context, chain.FarmerInfo, string) (Stream, error) {
	return nil, errors.New("no network in this test")
}

func (noNet) PeerID() string { return "renter-peer" }
