// Package testnet runs a whole Granary network in one process for end-to-end tests: the simulated
// chain with the contracts deployed (mining as transactions arrive), N farmers and one or more
// renters, each with its own libp2p host on 127.0.0.1, its own keys and its own temp directory, all
// cleaned up when the test ends. Every end-to-end test uses it.
package testnet

import (
	"context"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/metrics"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/market/chaintest"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/farmer"
	ghost "github.com/granary-network/granary/node/host"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/node/storage"
)

// Config shapes a test network; zero fields take the defaults.
type Config struct {
	Farmers  int           // default 6
	Capacity int64         // bytes per farmer, default 1 GiB
	Params   market.Params // default market.DevnetParams()
	Policy   farmer.Policy // default DefaultPolicy()
	Periods  uint32        // renter's deal length, default 20
	Idle     time.Duration // mine an empty block this often (0: only when transactions arrive)
	// NoOverfetch makes the renter ask for exactly k shards per segment (default: k+1).
	NoOverfetch bool
	// WrapNetwork, if set, wraps each renter's network (to inject faults).
	WrapNetwork func(*Net, renter.Network) renter.Network
	// Renters is how many renter nodes to start, each with its own account (default 1; Net.Renter
	// is the first). AddRenter starts more later.
	Renters int
}

// DefaultPolicy is a farmer offer every default renter accepts.
func DefaultPolicy() farmer.Policy {
	return farmer.Policy{
		PricePerGiB: market.Tokens(1), MinPeriods: 1, MaxPeriods: 10_000, MaxDealSize: 1 << 40,
		MaxShardSize: storage.MaxShardSize, CollateralBps: 20_000, ProposalTTL: time.Minute,
	}
}

// Net is a running test network.
type Net struct {
	t       testing.TB
	cfg     Config
	Chain   *chaintest.Chain
	Backend chain.Backend // mines on every transaction sent through it
	Dep     chain.Deployment
	Farmers []*Farmer
	Renter  *Renter   // the first renter
	Renters []*Renter // every renter, Renter first

	miner *chain.Client // sends the transactions Mine needs
}

// Farmer is one farmer node.
type Farmer struct {
	net    *Net
	Acct   *chaintest.Account
	Dir    string
	Client *chain.Client
	Host   host.Host
	Store  *storage.Store
	DB     *leveldb.DB
	Svc    *farmer.Service
	// Traffic counts the bytes its host moves (kept across restarts).
	Traffic *metrics.BandwidthCounter
	listen  string // the address it listens on, kept across restarts so its announcement holds
}

// Renter is the renter node.
type Renter struct {
	badMu sync.Mutex
	bad   []BadShard

	Acct   *chaintest.Account
	Dir    string
	Client *chain.Client
	Host   host.Host
	Store  *manifest.Store
	Pipe   *pipeline.Pipeline // the renter's data pipeline (repair rebuilds with it)
	*renter.Renter
}

// New starts a network and stops it when the test ends.
func New(t testing.TB, cfg Config) *Net {
	t.Helper()
	if cfg.Farmers == 0 {
		cfg.Farmers = 6
	}
	if cfg.Capacity == 0 {
		cfg.Capacity = 1 << 30
	}
	if cfg.Params.PeriodBlocks == 0 {
		cfg.Params = market.DevnetParams()
	}
	if cfg.Policy.PricePerGiB == nil {
		cfg.Policy = DefaultPolicy()
	}
	if cfg.Periods == 0 {
		cfg.Periods = 20
	}
	n := &Net{t: t, cfg: cfg, Chain: chaintest.New(t, cfg.Params)}
	n.Backend = n.Chain.AutoMine(t, cfg.Idle)
	n.Dep = chain.Deployment{ChainID: n.Chain.ChainID.Uint64(), Token: n.Chain.TokenAddr, Market: n.Chain.MarketAddr,
		StartBlock: n.Chain.Schedule.Genesis}
	for i := 0; i < cfg.Farmers; i++ {
		n.Farmers = append(n.Farmers, n.newFarmer())
	}
	for range max(cfg.Renters, 1) {
		n.AddRenter()
	}
	n.Renter = n.Renters[0]
	return n
}

// Client returns a chain client signing with a (the network's settings: fast receipt polling,
// resending transactions lost to a reorg).
func (n *Net) Client(a *chaintest.Account) *chain.Client { return n.client(a) }

// AddRenter starts one more renter node: its own funded account, master key, catalogue, staging
// directory and libp2p host. It is stopped when the test ends.
func (n *Net) AddRenter() *Renter {
	r := n.newRenter()
	n.Renters = append(n.Renters, r)
	return r
}

func (n *Net) client(a *chaintest.Account) *chain.Client {
	n.t.Helper()
	// Transactions are mined as they arrive; one still unmined after 300 ms was lost (a reorg's
	// Rollback empties the pool) and is sent again.
	c, err := chain.New(context.Background(), n.Backend, n.Dep, a.Opts, chain.WithPollInterval(2*time.Millisecond),
		chain.WithReplaceAfter(300*time.Millisecond))
	if err != nil {
		n.t.Fatal(err)
	}
	return c
}

func (n *Net) newFarmer() *Farmer {
	t := n.t
	stake := new(big.Int).Mul(n.cfg.Params.MinStake, big.NewInt(100))
	f := &Farmer{net: n, Acct: n.Chain.NewAccount(t, stake), Dir: t.TempDir(), listen: "/ip4/127.0.0.1/tcp/0"}
	f.Client = n.client(f.Acct)
	if err := f.Client.Stake(context.Background(), stake); err != nil {
		t.Fatal(err)
	}
	f.Start()
	addrs := ghost.EncodeAddrs(f.Host.Addrs())
	if err := f.Client.Announce(context.Background(), ghost.EncodePeerID(f.Host.ID()), addrs, n.cfg.Policy.PricePerGiB, uint64(n.cfg.Capacity)); err != nil {
		t.Fatal(err)
	}
	return f
}

// Start (re)starts the farmer's host, store and service from its directory: same identity, same
// address, same shards.
func (f *Farmer) Start() {
	t, n := f.net.t, f.net
	t.Helper()
	if f.Traffic == nil {
		f.Traffic = metrics.NewBandwidthCounter()
	}
	h, err := ghost.New(context.Background(), ghost.Config{DataDir: f.Dir, ListenAddrs: []string{f.listen}, Bandwidth: f.Traffic})
	if err != nil {
		t.Fatalf("farmer %s: start host: %v", f.Acct.Addr, err)
	}
	f.Host = h
	if f.listen == "/ip4/127.0.0.1/tcp/0" && len(h.Addrs()) > 0 {
		f.listen = h.Addrs()[0].String()
	}
	if f.Store, err = storage.Open(filepath.Join(f.Dir, "shards"), n.cfg.Capacity); err != nil {
		t.Fatal(err)
	}
	if f.DB, err = leveldb.OpenFile(filepath.Join(f.Dir, "db"), nil); err != nil {
		t.Fatal(err)
	}
	f.Svc, err = farmer.New(f.Store, f.Client, farmer.Market{Domain: f.Client.Domain, Params: f.Client.Params},
		f.Acct.Key, n.cfg.Policy, f.DB)
	if err != nil {
		t.Fatal(err)
	}
	f.Svc.Register(h)
	t.Cleanup(f.Stop)
}

// Stop stops the farmer (its data stays in its directory). Stopping twice is harmless.
func (f *Farmer) Stop() {
	if f.Svc == nil {
		return
	}
	f.Svc.Close()
	f.Host.Close()
	f.Store.Close()
	f.DB.Close()
	f.Svc = nil
}

// Running reports whether the farmer is up.
func (f *Farmer) Running() bool { return f.Svc != nil }

func (n *Net) newRenter() *Renter {
	t := n.t
	r := &Renter{Acct: n.Chain.NewAccount(t, market.Tokens(1_000_000)), Dir: t.TempDir()}
	r.Client = n.client(r.Acct)
	h, err := ghost.New(context.Background(), ghost.Config{DataDir: r.Dir, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		t.Fatal(err)
	}
	r.Host = h
	t.Cleanup(func() { h.Close() })
	mk, err := manifest.MasterKeyFromBytes(crypto.Keccak256([]byte("testnet renter " + r.Acct.Addr.Hex())))
	if err != nil {
		t.Fatal(err)
	}
	if r.Store, err = manifest.OpenStore(filepath.Join(r.Dir, "catalogue"), mk); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Store.Close() })
	overfetch := 1
	if n.cfg.NoOverfetch {
		overfetch = 0
	}
	pipe := pipeline.New(mk, pipeline.WithOverfetch(overfetch), pipeline.WithBadShardFunc(func(ref pipeline.ShardRef, err error) {
		r.badMu.Lock()
		r.bad = append(r.bad, BadShard{Ref: ref, Err: err})
		r.badMu.Unlock()
	}))
	var network renter.Network = renter.P2P{H: h}
	if n.cfg.WrapNetwork != nil {
		network = n.cfg.WrapNetwork(n, network)
	}
	r.Pipe = pipe
	r.Renter = renter.New(r.Acct.Key, r.Client, r.Client.Domain, r.Client.Params, network, pipe, r.Store,
		renter.Options{Periods: n.cfg.Periods, StageDir: t.TempDir(), Timeout: 10 * time.Second})
	return r
}

// BadShard is a shard a get found missing or corrupt.
type BadShard struct {
	Ref pipeline.ShardRef
	Err error
}

// BadShards returns (and forgets) the shards gets have found bad so far.
func (r *Renter) BadShards() []BadShard {
	r.badMu.Lock()
	defer r.badMu.Unlock()
	out := r.bad
	r.bad = nil
	return out
}

// NewHost starts a libp2p host on 127.0.0.1 with a fresh identity (an auditor's, say), closed when
// the test ends.
func (n *Net) NewHost() host.Host {
	n.t.Helper()
	h, err := ghost.New(context.Background(), ghost.Config{DataDir: n.t.TempDir(), ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		n.t.Fatal(err)
	}
	n.t.Cleanup(func() { h.Close() })
	return h
}

// Farmer returns the farmer node with the given address, or nil.
func (n *Net) Farmer(a [20]byte) *Farmer {
	for _, f := range n.Farmers {
		if f.Acct.Addr == a {
			return f
		}
	}
	return nil
}
