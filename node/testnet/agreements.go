package testnet

import (
	"context"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/market/chaintest"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/farmer"
	"github.com/granary-network/granary/node/heartbeat"
	ghost "github.com/granary-network/granary/node/host"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/node/storage"
)

// This file is the test network on AgreementMarket (stage 1 of moving the node to agreements): the
// simulated chain with the token and AgreementMarket, farmers serving the agreement protocols and
// running the heartbeat loop, renters on renter.Agreements. The chain seals a block whenever a
// transaction arrives and its clock moves only when the test says (NextPeriod), so periods pass
// exactly when a test wants them to.

// AgreementConfig shapes an agreement network; zero fields take the defaults.
type AgreementConfig struct {
	Farmers  int                    // default 6
	Capacity int64                  // bytes per farmer, default 1 GiB
	Params   market.AgreementParams // default market.DevnetAgreementParams()
	Policy   farmer.AgreementPolicy // default: 1 token per GiB-period, agreements of 1..1000 periods
	Renter   renter.AgreementOptions
	Log      *slog.Logger // the farmers' heartbeat loops log here (default: discard)
	// FarmerPolicy, if set, adjusts farmer i's policy (a clock of its own, a short staging TTL).
	FarmerPolicy func(i int, pol farmer.AgreementPolicy) farmer.AgreementPolicy
	// RenterNet, if set, wraps the renters' network (fault injection between renter and farmers).
	RenterNet func(renter.Network) renter.Network
}

// AgreementNet is a running agreement network.
type AgreementNet struct {
	t       testing.TB
	cfg     AgreementConfig
	Chain   *chaintest.AgreementChain
	Backend chain.Backend
	Dep     chain.Deployment
	Farmers []*AgreementFarmer
	Renter  *AgreementRenter
}

// AgreementFarmer is one farmer node on agreements.
type AgreementFarmer struct {
	net    *AgreementNet
	Acct   *chaintest.Account
	Dir    string
	Client *chain.AgreementClient
	Host   host.Host
	Store  *storage.Store
	DB     *leveldb.DB
	Svc    *farmer.Service
	Loop   *heartbeat.Loop
	Policy farmer.AgreementPolicy // what Start registers (a test may change it before a restart)
	listen string
	stop   context.CancelFunc
	done   chan struct{}
}

// AgreementRenter is a renter node on agreements.
type AgreementRenter struct {
	Acct   *chaintest.Account
	Dir    string
	Client *chain.AgreementClient
	Host   host.Host
	Store  *manifest.Store
	DB     *leveldb.DB
	*renter.Agreements
	net  *AgreementNet
	rnet renter.Network
	mk   manifest.MasterKey
}

// NewAgreements starts an agreement network and stops it when the test ends.
func NewAgreements(t testing.TB, cfg AgreementConfig) *AgreementNet {
	t.Helper()
	if cfg.Farmers == 0 {
		cfg.Farmers = 6
	}
	if cfg.Capacity == 0 {
		cfg.Capacity = 1 << 30
	}
	if cfg.Params.PeriodSeconds == 0 {
		cfg.Params = market.DevnetAgreementParams()
	}
	if cfg.Policy.PricePerGiB == nil {
		cfg.Policy = farmer.AgreementPolicy{PricePerGiB: market.Tokens(1), MinPeriods: 1, MaxPeriods: 1000, CollateralPeriods: 3}
	}
	if cfg.Renter.Periods == 0 {
		cfg.Renter.Periods = 30
	}
	if cfg.Renter.MaxBytesPerAgreement == 0 {
		cfg.Renter.MaxBytesPerAgreement = 1 << 30
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Renter.Timeout == 0 {
		cfg.Renter.Timeout = 10 * time.Second
	}
	n := &AgreementNet{t: t, cfg: cfg, Chain: chaintest.NewAgreementMarket(t, cfg.Params)}
	n.Backend = n.Chain.AutoMine(t, 0)
	n.Dep = chain.Deployment{ChainID: n.Chain.ChainID.Uint64(), Token: n.Chain.TokenAddr,
		Market: n.Chain.AgreementsAddr, StartBlock: n.Chain.Block(t)}
	for i := range cfg.Farmers {
		n.Farmers = append(n.Farmers, n.newFarmer(i))
	}
	n.Renter = n.AddRenter()
	return n
}

// Client returns an agreement client signing with a.
func (n *AgreementNet) Client(a *chaintest.Account) *chain.AgreementClient {
	n.t.Helper()
	c, err := chain.NewAgreementClient(context.Background(), n.Backend, n.Dep, a.Opts, chain.WithPollInterval(2*time.Millisecond))
	if err != nil {
		n.t.Fatal(err)
	}
	return c
}

func (n *AgreementNet) newFarmer(i int) *AgreementFarmer {
	t := n.t
	stake := new(big.Int).Mul(n.cfg.Params.MinStake, big.NewInt(100))
	f := &AgreementFarmer{net: n, Acct: n.Chain.NewAccount(t, stake), Dir: t.TempDir(), listen: "/ip4/127.0.0.1/tcp/0", Policy: n.cfg.Policy}
	if n.cfg.FarmerPolicy != nil {
		f.Policy = n.cfg.FarmerPolicy(i, f.Policy)
	}
	f.Client = n.Client(f.Acct)
	if err := f.Client.Stake(context.Background(), stake); err != nil {
		t.Fatal(err)
	}
	f.Start()
	if err := f.Client.Announce(context.Background(), ghost.EncodePeerID(f.Host.ID()), ghost.EncodeAddrs(f.Host.Addrs()),
		n.cfg.Policy.PricePerGiB, uint64(n.cfg.Capacity)); err != nil {
		t.Fatal(err)
	}
	return f
}

// Start (re)starts the farmer from its directory: host, store, service and heartbeat loop.
func (f *AgreementFarmer) Start() {
	t, n := f.net.t, f.net
	t.Helper()
	h, err := ghost.New(context.Background(), ghost.Config{DataDir: f.Dir, ListenAddrs: []string{f.listen}})
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
	if f.Svc, err = farmer.New(f.Store, f.Acct.Key, f.DB); err != nil {
		t.Fatal(err)
	}
	if _, exiting, err := farmer.ExitRecorded(f.Dir); err != nil {
		t.Fatal(err)
	} else if exiting {
		f.Policy.Exiting = true // as `farmer run` restarts a farmer whose directory records its exit
	}
	f.Svc.Register(h)
	if err := f.Svc.RegisterAgreements(h, f.Client, f.Client.Domain(), f.Client.Schedule(), f.Policy); err != nil {
		t.Fatal(err)
	}
	f.Loop = heartbeat.New(f.Client, f.Svc, heartbeat.Config{Poll: 10 * time.Millisecond, PokeAfter: 20 * time.Millisecond, ChallengeEvery: 10 * time.Millisecond,
		Logger: n.cfg.Log})
	ctx, cancel := context.WithCancel(context.Background())
	f.stop, f.done = cancel, make(chan struct{})
	go func() {
		defer close(f.done)
		f.Loop.Run(ctx)
	}()
	t.Cleanup(f.Stop)
}

// Stop stops the farmer (its data stays in its directory). Stopping twice is harmless.
func (f *AgreementFarmer) Stop() {
	if f.Svc == nil {
		return
	}
	f.stop()
	<-f.done
	f.Svc.Close()
	f.Host.Close()
	f.Store.Close()
	f.DB.Close()
	f.Svc = nil
}

// Exit does what `granary farmer exit` does for the farmer: records the exit in its directory (a
// restart stays exiting), makes its running service take no new data (as `farmer run` does when it
// finds the record), and takes one exit step on chain (farmer.ExitStep: capacity 0 announced, stake
// unbonded and withdrawn when their time comes). Call it again to move the exit on.
func (f *AgreementFarmer) Exit(opt farmer.ExitOptions) farmer.ExitProgress {
	t := f.net.t
	t.Helper()
	ctx := context.Background()
	head, err := f.Client.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := farmer.MarkExiting(f.Dir, farmer.ExitRecord{Since: time.Now(), Period: head.Period}); err != nil {
		t.Fatal(err)
	}
	f.Policy.Exiting = true
	if f.Running() {
		f.Svc.SetExiting(true)
	}
	p, err := farmer.ExitStep(ctx, f.Client, opt)
	if err != nil {
		t.Fatalf("farmer %s: exit step: %v", f.Acct.Addr, err)
	}
	return p
}

// Running reports whether the farmer is up.
func (f *AgreementFarmer) Running() bool { return f.Svc != nil }

// AddRenter starts another renter (its own account, host, catalogue and agreement book).
func (n *AgreementNet) AddRenter() *AgreementRenter {
	t := n.t
	t.Helper()
	r := &AgreementRenter{net: n, Acct: n.Chain.NewAccount(t, market.Tokens(1_000_000)), Dir: t.TempDir()}
	r.Client = n.Client(r.Acct)
	r.startHost()
	var err error
	if r.mk, err = manifest.MasterKeyFromBytes(crypto.Keccak256([]byte("testnet renter " + r.Acct.Addr.Hex()))); err != nil {
		t.Fatal(err)
	}
	r.open()
	t.Cleanup(func() { r.Store.Close() })
	t.Cleanup(func() { r.DB.Close() })
	return r
}

// startHost starts the renter's libp2p host (its identity in its directory) and its network.
func (r *AgreementRenter) startHost() {
	t := r.net.t
	t.Helper()
	h, err := ghost.New(context.Background(), ghost.Config{DataDir: r.Dir, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		t.Fatal(err)
	}
	r.Host = h
	t.Cleanup(func() { h.Close() })
	r.rnet = renter.P2P{H: h}
	if r.net.cfg.RenterNet != nil {
		r.rnet = r.net.cfg.RenterNet(r.rnet)
	}
}

// open opens the renter's catalogue and agreement book from its directory and starts its client.
func (r *AgreementRenter) open() {
	t, n := r.net.t, r.net
	t.Helper()
	var err error
	if r.Store, err = manifest.OpenStore(filepath.Join(r.Dir, "catalogue"), r.mk); err != nil {
		t.Fatal(err)
	}
	if r.DB, err = leveldb.OpenFile(filepath.Join(r.Dir, "agreements"), nil); err != nil {
		t.Fatal(err)
	}
	pipe := pipeline.New(r.mk, pipeline.WithOverfetch(1))
	if r.Agreements, err = renter.NewAgreements(r.Acct.Key, r.Client, r.Client.Domain(), r.Client.Schedule(),
		r.rnet, pipe, r.Store, r.DB, n.cfg.Renter); err != nil {
		t.Fatal(err)
	}
}

// Reopen restarts the renter's client as after a crash: the catalogue and the agreement book are
// closed and reopened from its directory (same key, same host) and a fresh renter.Agreements runs on
// them. Nothing of the old client may be in use.
func (r *AgreementRenter) Reopen() {
	r.net.t.Helper()
	r.Store.Close()
	r.DB.Close()
	r.open()
}

// LoseBook restarts the renter's client with its agreement book deleted (a renter that lost it, or
// a new machine with the catalogue restored): the catalogue stays, the book starts empty.
func (r *AgreementRenter) LoseBook() {
	r.net.t.Helper()
	r.Store.Close()
	r.DB.Close()
	if err := os.RemoveAll(filepath.Join(r.Dir, "agreements")); err != nil {
		r.net.t.Fatal(err)
	}
	r.open()
}

// NewMachine returns this renter on a new machine: the same account and master key (what the
// recovery phrase gives), and a new directory, host, empty catalogue and empty agreement book.
func (r *AgreementRenter) NewMachine() *AgreementRenter {
	n, t := r.net, r.net.t
	t.Helper()
	nr := &AgreementRenter{net: n, Acct: r.Acct, Dir: t.TempDir(), Client: r.Client, mk: r.mk}
	nr.startHost()
	nr.open()
	t.Cleanup(func() { nr.Store.Close() })
	t.Cleanup(func() { nr.DB.Close() })
	return nr
}

// Period returns the period the next transaction executes in.
func (n *AgreementNet) Period() uint32 { return n.Chain.Period(n.t) }

// NextPeriod moves the chain's clock to the first second of the next period and returns it. The
// farmers' loops then finish the period before (its grace is still open) and start the new one.
func (n *AgreementNet) NextPeriod() uint32 {
	n.t.Helper()
	p := n.Period() + 1
	n.Chain.AdvanceTo(n.t, n.Chain.Times.PeriodStart(p))
	return p
}

// WaitHeartbeats waits (up to 30 s) until every running farmer's loop has finished period p (its
// heartbeat on chain, or none owed and nothing to post), and checks that every running farmer
// obliged in p has its heartbeat of p on chain.
func (n *AgreementNet) WaitHeartbeats(p uint32) {
	n.t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(30 * time.Second)
	for _, f := range n.Farmers {
		if !f.Running() {
			continue
		}
		for !f.Loop.Done(p) {
			if time.Now().After(deadline) {
				n.t.Fatalf("farmer %s: period %d unfinished after 30 s (status %+v)", f.Acct.Addr, p, f.Loop.Status())
			}
			time.Sleep(2 * time.Millisecond)
		}
		obliged, err := f.Client.Obliged(ctx, f.Acct.Addr, p)
		if err != nil {
			n.t.Fatal(err)
		}
		proven, err := f.Client.Proven(ctx, f.Acct.Addr, p)
		if err != nil {
			n.t.Fatal(err)
		}
		if obliged && !proven {
			n.t.Fatalf("farmer %s: obliged in period %d, no heartbeat on chain (status %+v)", f.Acct.Addr, p, f.Loop.Status())
		}
	}
}

// AgreementFarmerOf returns the farmer node with the given address, or nil.
func (n *AgreementNet) AgreementFarmerOf(a [20]byte) *AgreementFarmer {
	for _, f := range n.Farmers {
		if f.Acct.Addr == a {
			return f
		}
	}
	return nil
}
