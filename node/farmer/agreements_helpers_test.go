package farmer_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	corehost "github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/farmer"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/storage"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// fakeChain is the AgreementMarket as the farmer reads it.
type fakeChain struct {
	mu         sync.Mutex
	period     uint32
	farmer     chain.FarmerInfo
	agreements map[uint64]chain.AgreementInfo
	next       uint64
}

func (c *fakeChain) Farmer(ctx context.Context, a common.Address) (chain.FarmerInfo, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.farmer, nil
}

// Agreement returns the zero info for an unknown id, as the contract's getter does.
func (c *fakeChain) Agreement(ctx context.Context, id uint64) (chain.AgreementInfo, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.agreements[id], nil
}

func (c *fakeChain) CurrentPeriod(ctx context.Context) (uint32, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.period, nil
}

// open records an agreement opened with terms and escrow, as AgreementMarket.open does.
func (c *fakeChain) open(t market.OpenTerms, escrow *big.Int) uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.next++
	c.agreements[c.next] = chain.AgreementInfo{ID: c.next, Renter: t.Renter, Farmer: t.Farmer, Status: 1,
		PricePerGiB: t.PricePerGiB, Escrow: escrow, Accrued: big.NewInt(0), Vindicated: big.NewInt(0), Paid: big.NewInt(0),
		Collateral: t.Collateral, AccruedTo: c.period, StartPeriod: c.period, EndPeriod: t.EndPeriod}
	return c.next
}

func (c *fakeChain) edit(id uint64, f func(*chain.AgreementInfo)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	a := c.agreements[id]
	f(&a)
	c.agreements[id] = a
}

// clock is the farmer's clock in tests.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }

func (c *clock) add(d time.Duration) { c.mu.Lock(); c.now = c.now.Add(d); c.mu.Unlock() }

const (
	agreeCapacity = 4 << 20
	agreeShard    = 64 << 10
	stageTTL      = time.Hour
)

// agreeNet is a farmer serving the agreement protocols on a fake chain, a renter's host connected to
// it, and everything needed to restart the farmer on the same store and database.
type agreeNet struct {
	chain    *fakeChain
	clock    *clock
	key      *ecdsa.PrivateKey // the farmer's
	addr     common.Address
	dom      market.AgreementDomain
	pol      farmer.AgreementPolicy
	storeDir string
	dbDir    string
	store    *storage.Store
	db       *leveldb.DB
	svc      *farmer.Service
	fh, rh   corehost.Host
	renter   *ecdsa.PrivateKey

	limits farmer.Limits                                     // the farmer's stream limits (default: 5 s control, 1 MiB/s)
	wrap   func(farmer.AgreementChain) farmer.AgreementChain // wraps the chain the farmer reads, if set
}

func testAgreementPolicy() farmer.AgreementPolicy {
	return farmer.AgreementPolicy{PricePerGiB: market.Tokens(1), MinPeriods: 2, MaxPeriods: 100, CollateralPeriods: 90,
		StageTTL: stageTTL, MaxShard: 256 << 10}
}

func newAgreeNet(t *testing.T, edit ...func(*farmer.AgreementPolicy)) *agreeNet {
	t.Helper()
	return newAgreeNetWith(t, func(*agreeNet) {}, edit...)
}

// newAgreeNetWith is newAgreeNet with setup run on the net before the farmer starts (to set its
// limits or wrap its chain).
func newAgreeNetWith(t *testing.T, setup func(*agreeNet), edit ...func(*farmer.AgreementPolicy)) *agreeNet {
	t.Helper()
	key, _ := crypto.GenerateKey()
	renter, _ := crypto.GenerateKey()
	n := &agreeNet{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), renter: renter,
		clock: &clock{now: time.Now()}, storeDir: t.TempDir(), dbDir: t.TempDir(),
		dom: market.AgreementDomain{ChainID: big.NewInt(1337), Market: common.HexToAddress("0x00000000000000000000000000000000000a9ee")}}
	n.chain = &fakeChain{period: 10, agreements: map[uint64]chain.AgreementInfo{},
		farmer: chain.FarmerInfo{Address: n.addr, Stake: market.Tokens(1_000_000), Capacity: 1 << 40}}
	n.pol = testAgreementPolicy()
	n.pol.Now = n.clock.Now
	for _, e := range edit {
		e(&n.pol)
	}
	n.limits = farmer.Limits{Control: 5 * time.Second, MinRate: 1 << 20}
	setup(n)
	n.fh = newHost(t)
	n.start(t)
	t.Cleanup(func() { n.stop(t) })
	n.rh = newHost(t)
	n.connect(t, n.rh)
	return n
}

func (n *agreeNet) connect(t *testing.T, h corehost.Host) {
	t.Helper()
	if err := h.Connect(ctxT(t), peer.AddrInfo{ID: n.fh.ID(), Addrs: n.fh.Addrs()}); err != nil {
		t.Fatal(err)
	}
}

// start opens the store and database and serves the agreement protocols and downloads.
func (n *agreeNet) start(t *testing.T) {
	t.Helper()
	var err error
	if n.store, err = storage.Open(n.storeDir, agreeCapacity); err != nil {
		t.Fatal(err)
	}
	if n.db, err = leveldb.OpenFile(n.dbDir, nil); err != nil {
		t.Fatal(err)
	}
	n.svc, err = farmer.New(n.store, n.key, n.db, farmer.WithLimits(n.limits))
	if err != nil {
		t.Fatal(err)
	}
	n.svc.Register(n.fh)
	var ac farmer.AgreementChain = n.chain
	if n.wrap != nil {
		ac = n.wrap(ac)
	}
	sch := market.AgreementSchedule{AgreementParams: market.DevnetAgreementParams()}
	if err := n.svc.RegisterAgreements(n.fh, ac, n.dom, sch, n.pol); err != nil {
		t.Fatal(err)
	}
}

func (n *agreeNet) stop(t *testing.T) {
	if n.svc == nil {
		return
	}
	n.svc.Close()
	n.db.Close()
	n.store.Close()
	n.svc = nil
}

func (n *agreeNet) restart(t *testing.T) {
	t.Helper()
	n.stop(t)
	n.start(t)
}

// offer asks the farmer for terms.
func (n *agreeNet) offer(t *testing.T, h corehost.Host, req proto.OfferRequest) (proto.AgreementOffer, error) {
	var o proto.AgreementOffer
	err := call(ctxT(t), h, n.fh.ID(), proto.OfferID, req, &o)
	return o, err
}

// renterSide is the renter's view of one agreement.
type renterSide struct {
	key   *ecdsa.PrivateKey
	state *market.AgreementState
}

// openAgreement gets terms for key's renter and opens the agreement on the fake chain with escrow
// for maxBytes to its end.
func (n *agreeNet) openAgreement(t *testing.T, key *ecdsa.PrivateKey, maxBytes uint64) (uint64, *renterSide) {
	t.Helper()
	renter := crypto.PubkeyToAddress(key.PublicKey)
	o, err := n.offer(t, n.rh, proto.OfferRequest{Renter: renter, EndPeriod: n.chain.period + 20, MaxBytes: maxBytes})
	if err != nil {
		t.Fatal(err)
	}
	terms := o.Terms.Market()
	escrow := new(big.Int).Mul(market.Rate(terms.PricePerGiB, maxBytes/proofs.LeafSize), big.NewInt(30))
	id := n.chain.open(terms, escrow)
	return id, &renterSide{key: key, state: market.NewAgreementState(id, renter, n.addr, terms.PricePerGiB, terms.EndPeriod)}
}

func (n *agreeNet) auth(t *testing.T, key *ecdsa.PrivateKey, h corehost.Host) proto.RetrievalAuth {
	t.Helper()
	a, err := proto.SignRetrieval(key, h.ID().String(), n.clock.Now().Add(24*time.Hour).Unix())
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// shardMsg is one shard of a store session as the renter sends it.
type shardMsg struct {
	header proto.ShardHeader
	data   []byte // may differ from what the header announces, to attack
}

func msgOf(t *testing.T, data []byte) shardMsg {
	return shardMsg{header: proto.ShardHeader{Root: rootOf(t, data), Size: uint64(len(data))}, data: data}
}

// storeSession runs a store session: the request, then every shard written without waiting for the
// acks (pipelined), then CloseWrite; it returns the acks read and the error that ended the session.
func (n *agreeNet) storeSession(t *testing.T, h corehost.Host, req proto.StoreRequest, shards []shardMsg) ([]proofs.Hash, error) {
	t.Helper()
	s, err := h.NewStream(ctxT(t), n.fh.ID(), proto.StoreID)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	s.SetDeadline(time.Now().Add(15 * time.Second))
	if err := wire.WriteMsg(s, req); err != nil {
		return nil, err
	}
	var ready proto.StoreReady
	if err := wire.ReadResult(s, &ready); err != nil {
		return nil, err
	}
	if ready.TTL != uint64(stageTTL/time.Second) || ready.MaxShard != n.pol.MaxShard {
		return nil, fmt.Errorf("store ready %+v", ready)
	}
	go func() {
		for _, sh := range shards {
			if wire.WriteMsg(s, sh.header) != nil {
				return
			}
			if _, err := s.Write(sh.data); err != nil {
				return
			}
		}
		s.CloseWrite()
	}()
	var acks []proofs.Hash
	for range shards {
		var ack proto.ShardAck
		if err := wire.ReadResult(s, &ack); err != nil {
			return acks, err
		}
		acks = append(acks, ack.Root)
	}
	if _, err := s.Read(make([]byte, 1)); err != io.EOF {
		return acks, fmt.Errorf("session not closed after the last ack: %v", err)
	}
	return acks, nil
}

// store stores whole shards under agreement id as key's renter, from h.
func (n *agreeNet) storeShards(t *testing.T, key *ecdsa.PrivateKey, id uint64, shards [][]byte) {
	t.Helper()
	msgs := make([]shardMsg, len(shards))
	for i, sh := range shards {
		msgs[i] = msgOf(t, sh)
	}
	acks, err := n.storeSession(t, n.rh, proto.StoreRequest{AgreementID: id, Auth: n.auth(t, key, n.rh)}, msgs)
	if err != nil {
		t.Fatalf("store session: %v", err)
	}
	for i, a := range acks {
		if a != msgs[i].header.Root {
			t.Fatalf("ack %d for %x, want %x", i, a[:8], msgs[i].header.Root[:8])
		}
	}
}

// reviseReq is the request of the renter's next revision with change c (edit may spoil it before
// the renter signs; sign may spoil the signature).
func reviseReq(t *testing.T, r *renterSide, dom market.AgreementDomain, c market.Change, edit func(*market.Revision)) (proto.ReviseRequest, market.Revision, *proofs.Agreement) {
	t.Helper()
	rev, tree, err := r.state.Next(c)
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(&rev)
	}
	sig, err := dom.SignRevision(rev, r.key)
	if err != nil {
		t.Fatal(err)
	}
	req := proto.ReviseRequest{Revision: proto.FromRevision(rev), Remove: c.Remove, EndPeriod: c.EndPeriod, RenterSig: sig}
	for _, sh := range c.Add {
		req.Add = append(req.Add, proto.ShardEntry{Root: sh.Root, Leaves: sh.Leaves})
	}
	return req, rev, tree
}

func (n *agreeNet) sendRevise(t *testing.T, h corehost.Host, req proto.ReviseRequest) (proto.ReviseResult, error) {
	var res proto.ReviseResult
	s, err := h.NewStream(ctxT(t), n.fh.ID(), proto.ReviseID)
	if err != nil {
		return res, err
	}
	defer s.Close()
	s.SetDeadline(time.Now().Add(10 * time.Second))
	if err := wire.WriteMsgCap(s, req, proto.MaxRevise); err != nil {
		return res, err
	}
	err = wire.ReadResult(s, &res)
	return res, err
}

// revise proposes the renter's next revision with change c; on success the renter checks the
// farmer's signature and commits.
func (n *agreeNet) revise(t *testing.T, r *renterSide, c market.Change) error {
	t.Helper()
	req, rev, tree := reviseReq(t, r, n.dom, c, nil)
	res, err := n.sendRevise(t, n.rh, req)
	if err != nil {
		return err
	}
	if err := n.dom.CheckSigned(r.state, rev, res.FarmerSig); err != nil {
		t.Fatal(err)
	}
	r.state.Commit(market.SignedRevision{Revision: rev, RenterSig: req.RenterSig, FarmerSig: res.FarmerSig}, tree)
	return nil
}

func shardsOf(t *testing.T, data ...[]byte) []proofs.Shard {
	out := make([]proofs.Shard, len(data))
	for i, d := range data {
		out[i] = proofs.Shard{Root: rootOf(t, d), Leaves: uint64(len(d)) / proofs.LeafSize}
	}
	return out
}

func (n *agreeNet) latest(t *testing.T, h corehost.Host, req proto.LatestRequest) (proto.LatestRevision, error) {
	var l proto.LatestRevision
	s, err := h.NewStream(ctxT(t), n.fh.ID(), proto.LatestID)
	if err != nil {
		return l, err
	}
	defer s.Close()
	s.SetDeadline(time.Now().Add(10 * time.Second))
	if err := wire.WriteMsg(s, req); err != nil {
		return l, err
	}
	var resp wire.Response
	if err := wire.ReadMsgCap(s, &resp, proto.MaxRevise); err != nil {
		return l, err
	}
	if resp.Error != nil {
		return l, resp.Error
	}
	return l, wire.Decode(resp.Result, &l)
}

// farmerState returns the farmer's copy of agreement id.
func (n *agreeNet) farmerState(t *testing.T, id uint64) *market.AgreementState {
	t.Helper()
	for _, s := range n.svc.AgreementStates() {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("farmer holds no agreement %d", id)
	return nil
}

func isRefused(err error, reason string) bool {
	return errors.Is(err, &wire.Error{Code: wire.CodeRefused, Reason: reason})
}

// download fetches a shard or a range of it from the farmer of n, through h.
func download(t *testing.T, n *agreeNet, h corehost.Host, req proto.DownloadRequest) ([]byte, error) {
	return downloadFrom(t, n.fh, h, req)
}
