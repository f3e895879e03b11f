package farmer_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	corehost "github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/multiformats/go-multiaddr"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/market/chaintest"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/farmer"
	"github.com/granary-network/granary/node/host"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/storage"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

const (
	capacity  = 1 << 20  // the farmer's store
	shardSize = 64 << 10 // shards of the test deals
	periods   = 10
)

func testPolicy() farmer.Policy {
	return farmer.Policy{
		PricePerGiB: market.Tokens(1), MinPeriods: 2, MaxPeriods: 100, MaxDealSize: 2 << 20,
		MaxShardSize: 256 << 10, CollateralBps: 30_000, ProposalTTL: time.Minute,
	}
}

// testNet is one farmer on a simulated chain, with a renter's host connected to it: the farmer
// staked and announced its peer id and addresses; the renter approved the market for its escrow.
type testNet struct {
	chain     *chaintest.Chain
	farmer    *chaintest.Account
	renter    *chaintest.Account
	fcl, rcl  *chain.Client
	storeDir  string
	store     *storage.Store
	svc       *farmer.Service
	policy    farmer.Policy
	transport string
	fh, rh    corehost.Host // the farmer's and the renter's hosts
	backend   chain.Backend // mines on every transaction
	dep       chain.Deployment
}

type netOptions struct {
	transport string // "tcp" or "quic-v1": peers dial the farmer only over it ("": any)
	policy    farmer.Policy
	limits    farmer.Limits
	wrap      func(farmer.Chain) farmer.Chain // intercepts the farmer's chain reads
}

func newNet(t *testing.T, opts ...func(*netOptions)) *testNet {
	t.Helper()
	o := netOptions{policy: testPolicy(), wrap: func(c farmer.Chain) farmer.Chain { return c }}
	for _, f := range opts {
		f(&o)
	}
	c := chaintest.New(t, market.DevnetParams())
	dep := chain.Deployment{ChainID: c.ChainID.Uint64(), Token: c.TokenAddr, Market: c.MarketAddr, StartBlock: c.Schedule.Genesis}
	n := &testNet{chain: c, farmer: c.NewAccount(t, market.Tokens(1_000)), renter: c.NewAccount(t, market.Tokens(1_000)), policy: o.policy, transport: o.transport}
	n.backend, n.dep = c.AutoMine(t, 0), dep // from here on, blocks are mined only by AutoMine
	n.fcl = newClientFor(t, n, n.farmer)
	n.rcl = newClientFor(t, n, n.renter)
	n.send(t, func(ctx context.Context) error { return n.fcl.Approve(ctx, market.Tokens(500)) })
	n.send(t, func(ctx context.Context) error {
		_, err := n.fcl.Transact(ctx, "stake", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return n.fcl.Market.Stake(o, market.Tokens(500))
		})
		return err
	})
	n.send(t, func(ctx context.Context) error { return n.rcl.Approve(ctx, market.Tokens(1_000)) })

	n.storeDir = t.TempDir()
	store, err := storage.Open(n.storeDir, capacity)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	n.store = store
	db, err := leveldb.OpenFile(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	n.fh = newHost(t)
	n.send(t, func(ctx context.Context) error {
		return n.fcl.Announce(ctx, host.EncodePeerID(n.fh.ID()), host.EncodeAddrs(n.fh.Addrs()), o.policy.PricePerGiB, 1<<30)
	})
	log := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
	n.svc, err = farmer.New(store, o.wrap(n.fcl), farmer.Market{Domain: n.fcl.Domain, Params: n.fcl.Params}, n.farmer.Key, o.policy, db,
		farmer.WithLogger(log), farmer.WithLimits(o.limits))
	if err != nil {
		t.Fatal(err)
	}
	n.svc.Register(n.fh)
	t.Cleanup(func() { n.svc.Close() })
	n.rh = n.peer(t)
	return n
}

// send runs op, which sends one transaction and returns once it is mined and visible.
func (n *testNet) send(t *testing.T, op func(context.Context) error) {
	t.Helper()
	if err := op(ctxT(t)); err != nil {
		t.Fatal(err)
	}
}

// account returns a new account holding tokens.
func (n *testNet) account(t *testing.T, tokens *big.Int) *chaintest.Account {
	t.Helper()
	return n.chain.NewAccount(t, tokens)
}

func newClientFor(t *testing.T, n *testNet, a *chaintest.Account) *chain.Client {
	t.Helper()
	cl, err := chain.New(context.Background(), n.backend, n.dep, a.Opts, chain.WithPollInterval(2*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	return cl
}

func newHost(t *testing.T) corehost.Host {
	t.Helper()
	h, err := host.New(context.Background(), host.Config{DataDir: t.TempDir(), ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

// peer starts a host and connects it to the farmer the way a renter would: from the farmer's
// announcement on chain (keeping only the addresses of n.transport, if set).
func (n *testNet) peer(t *testing.T) corehost.Host {
	t.Helper()
	h := newHost(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	info, err := n.rcl.Farmer(ctx, n.farmer.Addr)
	if err != nil {
		t.Fatal(err)
	}
	ai, err := host.AddrInfo(info.PeerID, info.Addrs)
	if err != nil {
		t.Fatal(err)
	}
	if n.transport != "" {
		ai.Addrs = slices.DeleteFunc(ai.Addrs, func(a multiaddr.Multiaddr) bool {
			_, err := a.ValueForProtocol(multiaddr.ProtocolWithName(n.transport).Code)
			return err != nil
		})
	}
	if err := h.Connect(ctx, ai); err != nil {
		t.Fatal(err)
	}
	return h
}

// deal is a proposal and the shard data it names.
type deal struct {
	prop   proto.Proposal
	terms  market.DealTerms
	shards [][]byte
}

func randomShard(t *testing.T, size int) []byte {
	t.Helper()
	b := make([]byte, size)
	rand.Read(b)
	return b
}

func randomShards(t *testing.T, sizes ...int) [][]byte {
	out := make([][]byte, len(sizes))
	for i, s := range sizes {
		out[i] = randomShard(t, s)
	}
	return out
}

// newDeal proposes shards (all but the last a full shard) from the renter holding key, at the
// farmer's price and with collateral twice the escrow; edit changes the terms before the renter signs.
func (n *testNet) newDeal(t *testing.T, key *ecdsa.PrivateKey, shards [][]byte, edit func(*market.DealTerms)) deal {
	t.Helper()
	var refs []proto.ShardRef
	var roots []proofs.Hash
	var size uint64
	for _, s := range shards {
		r, err := proofs.ShardRoot(s)
		if err != nil {
			t.Fatal(err)
		}
		roots = append(roots, r)
		refs = append(refs, proto.ShardRef{CID: proto.ShardCID(r).String(), Size: uint64(len(s))})
		size += uint64(len(s))
	}
	nonce := make([]byte, 16)
	rand.Read(nonce)
	terms := market.DealTerms{
		Renter: crypto.PubkeyToAddress(key.PublicKey), Farmer: n.farmer.Addr, Root: proofs.DealRoot(roots),
		Size: size, ShardSize: uint64(len(shards[0])), PricePerPeriod: proto.PriceFor(n.policy.PricePerGiB, size),
		Periods: periods, Nonce: new(big.Int).SetBytes(nonce), Deadline: big.NewInt(time.Now().Add(time.Hour).Unix()),
	}
	terms.Collateral = new(big.Int).Mul(terms.Escrow(), big.NewInt(2))
	if edit != nil {
		edit(&terms)
	}
	sig, err := n.rcl.Domain.Sign(terms, key)
	if err != nil {
		t.Fatal(err)
	}
	return deal{prop: proto.Proposal{Terms: proto.FromTerms(terms), RenterSig: sig, Shards: refs}, terms: terms, shards: shards}
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// call sends one request on a new stream and reads the reply.
func call(ctx context.Context, h corehost.Host, to peer.ID, pid protocol.ID, req, resp any) error {
	s, err := h.NewStream(ctx, to, pid)
	if err != nil {
		return err
	}
	defer s.Close()
	s.SetDeadline(time.Now().Add(10 * time.Second))
	if err := wire.WriteMsg(s, req); err != nil {
		return err
	}
	return wire.ReadResult(s, resp)
}

func (n *testNet) propose(t *testing.T, h corehost.Host, d deal) (proto.ProposalAccepted, error) {
	var acc proto.ProposalAccepted
	err := call(ctxT(t), h, n.fh.ID(), proto.ProposeID, d.prop, &acc)
	return acc, err
}

// upload sends an upload request and every shard, then reads the farmer's answer, as a simple
// renter does. (A farmer that refuses before it knows the proposal may stop reading: the answer is
// still read after a failed write.)
func (n *testNet) upload(t *testing.T, h corehost.Host, id string, shards [][]byte) (proto.UploadResult, error) {
	var res proto.UploadResult
	s, err := h.NewStream(ctxT(t), n.fh.ID(), proto.UploadID)
	if err != nil {
		return res, err
	}
	defer s.Close()
	s.SetDeadline(time.Now().Add(10 * time.Second))
	werr := wire.WriteMsg(s, proto.UploadRequest{ID: id})
	for _, sh := range shards {
		if werr == nil {
			_, werr = s.Write(sh)
		}
	}
	s.CloseWrite()
	if err := wire.ReadResult(s, &res); err != nil || werr == nil {
		return res, err
	}
	return res, werr
}

// store proposes and uploads a deal, returning the farmer's signature.
func (n *testNet) storeDeal(t *testing.T, d deal) []byte {
	t.Helper()
	acc, err := n.propose(t, n.rh, d)
	if err != nil {
		t.Fatalf("propose: %v", err)
	}
	res, err := n.upload(t, n.rh, acc.ID, d.shards)
	if err != nil {
		t.Fatalf("upload: %v", err)
	}
	return res.FarmerSig
}

// auth is the renter's authorization for h to download.
func (n *testNet) auth(t *testing.T, key *ecdsa.PrivateKey, h corehost.Host) proto.RetrievalAuth {
	t.Helper()
	a, err := proto.SignRetrieval(key, h.ID().String(), time.Now().Add(time.Hour).Unix())
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// download fetches a shard or a range of it.
func (n *testNet) download(t *testing.T, h corehost.Host, req proto.DownloadRequest) ([]byte, error) {
	s, err := h.NewStream(ctxT(t), n.fh.ID(), proto.DownloadID)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	s.SetDeadline(time.Now().Add(10 * time.Second))
	if err := wire.WriteMsg(s, req); err != nil {
		return nil, err
	}
	var hdr proto.DownloadHeader
	if err := wire.ReadResult(s, &hdr); err != nil {
		return nil, err
	}
	buf := make([]byte, hdr.Length)
	if _, err := io.ReadFull(s, buf); err != nil {
		return nil, err
	}
	if n, err := s.Read(make([]byte, 1)); n != 0 || err != io.EOF {
		return nil, io.ErrShortBuffer // more than the header announced
	}
	return buf, nil
}

func (n *testNet) audit(t *testing.T, h corehost.Host, id, leaf uint64) (proto.AuditResponse, error) {
	var resp proto.AuditResponse
	err := call(ctxT(t), h, n.fh.ID(), proto.AuditID, proto.AuditRequest{DealID: id, Leaf: leaf}, &resp)
	return resp, err
}

func cidOf(t *testing.T, shard []byte) string {
	t.Helper()
	r, err := proofs.ShardRoot(shard)
	if err != nil {
		t.Fatal(err)
	}
	return proto.ShardCID(r).String()
}

func rootOf(t *testing.T, shard []byte) proofs.Hash {
	t.Helper()
	r, err := proofs.ShardRoot(shard)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// shardPath is where the store keeps a shard (its on-disk layout), for tests that damage it.
func (n *testNet) shardPath(root proofs.Hash) string {
	h := hex.EncodeToString(root[:])
	return filepath.Join(n.storeDir, "shards", h[:2], h)
}

// isReset reports whether err is the stream being reset by the other side.
func isReset(err error) bool {
	return err != nil && errors.Is(err, network.ErrReset)
}
