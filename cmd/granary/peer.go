package main

// The wiring file: how a farmer, a renter and an auditor are assembled from their parts. Every
// command, the devnet's in-process farmers and the demo build their nodes here, so this file plus
// README.md is the map of a running process.
//
//	farmer:  keystore account → chain.AgreementClient ─┬→ farmer.Service (agreement protocols, downloads) ← storage.Store + leveldb
//	                                                    ├→ heartbeat.Loop (a heartbeat per period, revisions posted, challenges answered)
//	                                                    └→ dashboard.Server (--dashboard: web page, JSON API, /metrics)
//	renter:  keystore account → chain.AgreementClient → renter.Agreements ← pipeline.Pipeline + manifest.Store + agreement book (leveldb) + libp2p host
//	                                                   ├→ repair.Worker (judges shards on their agreements, rebuilds lost ones, renews)
//	                                                   └→ s3gw.Gateway (S3 API over s3gw.RenterStore, metadata in leveldb)
//	auditor: keystore account → chain.AgreementClient → auditor.AgreementAuditor

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	libhost "github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/metrics"
	"github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/granary-network/granary/node/auditor"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/dashboard"
	"github.com/granary-network/granary/node/farmer"
	"github.com/granary-network/granary/node/heartbeat"
	ghost "github.com/granary-network/granary/node/host"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/node/repair"
	"github.com/granary-network/granary/node/s3gw"
	"github.com/granary-network/granary/node/storage"
)

// farmerConfig is everything a farmer process needs.
type farmerConfig struct {
	DataDir   string
	Client    *chain.AgreementClient // signs as the farmer
	Key       chain.Account
	Listen    []string // libp2p listen multiaddrs
	Announce  []string // multiaddrs to announce instead of the host's own
	Capacity  uint64
	Policy    farmer.AgreementPolicy
	Heartbeat heartbeat.Config
	Internet  bool // NAT port mapping, AutoNAT, hole punching, relays
	Log       *slog.Logger
	// Metrics, if set, receives the node's internals (store operations, proof latency, bytes moved)
	// for the dashboard's /metrics.
	Metrics *dashboard.Metrics
}

// farmerNode is a running farmer.
type farmerNode struct {
	Client *chain.AgreementClient
	Host   libhost.Host
	Store  *storage.Store
	DB     *leveldb.DB
	Svc    *farmer.Service
	Loop   *heartbeat.Loop
	// Metrics and Traffic are set when farmerConfig.Metrics is.
	Metrics *dashboard.Metrics
	Traffic *metrics.BandwidthCounter

	cancel    context.CancelFunc
	done      chan struct{}
	closeOnce sync.Once
}

// startFarmer opens the farmer's store, starts its libp2p host and the agreement protocols, makes
// sure its announcement on chain matches (announcing again when the address, price or capacity
// changed), and starts its heartbeat loop. The farmer must have staked, unless it is exiting.
//
// A farmer whose data directory records its exit (`granary farmer exit`: farmer.ExitFile) runs
// exiting: it takes no new agreements and no new data, announces capacity 0 instead of
// cfg.Capacity (its store keeps cfg.Capacity for what it holds), and keeps proving and serving
// while its renters move their data; its stake may already be unbonding. An exit recorded while it
// runs is picked up within a heartbeat poll.
func startFarmer(ctx context.Context, cfg farmerConfig) (_ *farmerNode, err error) {
	addr := cfg.Key.Address
	info, err := cfg.Client.Farmer(ctx, addr)
	if err != nil {
		return nil, err
	}
	if info.Disqualified {
		return nil, withCode(exitRefused, fmt.Errorf("farmer %s is disqualified", addr), "its stake can only be withdrawn: `granary farmer exit`")
	}
	exit, exiting, err := farmer.ExitRecorded(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	minStake := cfg.Client.Schedule().MinStake
	if total := new(big.Int).Add(info.Stake, info.Locked); total.Cmp(minStake) < 0 && !exiting {
		return nil, withCode(exitFunds, fmt.Errorf("farmer %s has %s staked, the market requires %s", addr, grn(total), grn(minStake)),
			"run `granary farmer stake`")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	announced := cfg.Capacity
	if exiting {
		cfg.Policy.Exiting, announced = true, 0
		cfg.Log.Info("farmer exiting: no new agreements, no new data; proving and serving what it holds", "since", exit.Since,
			"period", exit.Period)
	}
	n := &farmerNode{Client: cfg.Client, Metrics: cfg.Metrics, done: make(chan struct{})}
	var storeOpts []storage.Option
	if cfg.Metrics != nil {
		storeOpts = append(storeOpts, storage.WithObserver(cfg.Metrics.ObserveStoreOp))
		n.Traffic = metrics.NewBandwidthCounter()
	}
	defer func() {
		if err != nil {
			n.Close()
		}
	}()
	if n.Store, err = storage.Open(filepath.Join(cfg.DataDir, "shards"), int64(cfg.Capacity), storeOpts...); err != nil {
		return nil, fmt.Errorf("open shard store: %w", err)
	}
	if n.DB, err = leveldb.OpenFile(filepath.Join(cfg.DataDir, "db"), nil); err != nil {
		return nil, fmt.Errorf("open farmer database: %w", err)
	}
	hc := ghost.Config{DataDir: cfg.DataDir, ListenAddrs: cfg.Listen}
	if cfg.Internet {
		hc = ghost.DefaultConfig(cfg.DataDir)
		hc.ListenAddrs = cfg.Listen
	}
	if n.Traffic != nil {
		hc.Bandwidth = n.Traffic
	}
	if n.Host, err = ghost.New(ctx, hc); err != nil {
		return nil, fmt.Errorf("start libp2p host: %w", err)
	}
	if n.Svc, err = farmer.New(n.Store, cfg.Key.Key, n.DB, farmer.WithLogger(cfg.Log)); err != nil {
		return nil, err
	}
	n.Svc.Register(n.Host)
	if err := n.Svc.RegisterAgreements(n.Host, cfg.Client, cfg.Client.Domain(), cfg.Client.Schedule(), cfg.Policy); err != nil {
		return nil, err
	}

	addrs, err := announceAddrs(n.Host, cfg.Announce)
	if err != nil {
		return nil, err
	}
	peerID, enc := ghost.EncodePeerID(n.Host.ID()), ghost.EncodeAddrs(addrs)
	if !bytes.Equal(info.PeerID, peerID) || !bytes.Equal(info.Addrs, enc) || info.Capacity != announced ||
		info.PricePerGiB == nil || info.PricePerGiB.Cmp(cfg.Policy.PricePerGiB) != 0 {
		switch err := cfg.Client.Announce(ctx, peerID, enc, cfg.Policy.PricePerGiB, announced); {
		case err != nil && exiting:
			// Its stake may be unbonding (announce needs the minimum staked): it still owes
			// heartbeats, so it runs on.
			cfg.Log.Warn("announce failed; running on to prove what is owed", "err", err)
		case err != nil:
			return nil, fmt.Errorf("announce: %w", err)
		default:
			cfg.Log.Info("announced", "farmer", addr, "peer", n.Host.ID(), "addrs", addrs,
				"price", grn(cfg.Policy.PricePerGiB)+"/GiB/period", "capacity", formatBytes(announced))
		}
	}

	cfg.Heartbeat.Logger = cfg.Log
	var ags heartbeat.Agreements = n.Svc
	if cfg.Metrics != nil {
		ags = dashboard.TimedAgreements{Agreements: n.Svc, M: cfg.Metrics}
	}
	n.Loop = heartbeat.New(cfg.Client, ags, cfg.Heartbeat)
	pctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	n.cancel = cancel
	go func() {
		defer close(n.done)
		var watch sync.WaitGroup
		if !exiting {
			watch.Go(func() { watchExit(pctx, cfg.DataDir, n.Svc, cfg.Heartbeat.Poll, cfg.Log) })
		}
		_ = n.Loop.Run(pctx)
		watch.Wait()
	}()
	return n, nil
}

// watchExit makes svc exiting as soon as `granary farmer exit` records the exit in dir (checked
// every `every`, default 2 s), until ctx ends.
func watchExit(ctx context.Context, dir string, svc *farmer.Service, every time.Duration, log *slog.Logger) {
	if every <= 0 {
		every = 2 * time.Second
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		rec, ok, err := farmer.ExitRecorded(dir)
		if err != nil {
			log.Warn("read the exit record", "err", err)
			continue
		}
		if ok {
			svc.SetExiting(true)
			log.Info("farmer exiting: no new agreements, no new data; proving and serving what it holds", "since", rec.Since, "period", rec.Period)
			return
		}
	}
}

// Close stops the heartbeat loop, the handlers, the host and the store; the data stays on disk.
func (n *farmerNode) Close() {
	n.closeOnce.Do(func() {
		if n.cancel != nil {
			n.cancel()
			<-n.done
		}
		if n.Svc != nil {
			n.Svc.Close()
		}
		if n.Host != nil {
			n.Host.Close()
		}
		if n.Store != nil {
			n.Store.Close()
		}
		if n.DB != nil {
			n.DB.Close()
		}
	})
}

// announceAddrs returns the addresses to publish: the explicit ones, else the host's public
// addresses, else (a machine with only loopback or private addresses, like a devnet) all of them.
func announceAddrs(h libhost.Host, explicit []string) ([]multiaddr.Multiaddr, error) {
	if len(explicit) > 0 {
		var out []multiaddr.Multiaddr
		for _, s := range explicit {
			a, err := multiaddr.NewMultiaddr(s)
			if err != nil {
				return nil, usagef("--announce %q: %v", s, err)
			}
			out = append(out, a)
		}
		return out, nil
	}
	all := h.Addrs()
	var public []multiaddr.Multiaddr
	for _, a := range all {
		if manet.IsPublicAddr(a) {
			public = append(public, a)
		}
	}
	if len(public) > 0 {
		return public, nil
	}
	if len(all) == 0 {
		return nil, errors.New("the libp2p host listens on no address")
	}
	return all, nil
}

// renterConfig is everything a renter needs.
type renterConfig struct {
	DataDir string
	Client  *chain.AgreementClient // signs as the renter
	Key     chain.Account
	Master  manifest.MasterKey
	Options renter.AgreementOptions // agreement length, price cap, ...
	Log     *slog.Logger
	WrapNet func(renter.Network) renter.Network // e.g. to meter uploads
	Repair  []repair.Option
}

// renterNode is an open renter.
type renterNode struct {
	*renter.Agreements
	Client *chain.AgreementClient
	Host   libhost.Host
	Store  *manifest.Store
	Book   *leveldb.DB // the renter's agreements and their co-signed revisions
	Pipe   *pipeline.Pipeline
	Repair *repair.Worker // judges the files' shards, rebuilds lost ones, renews agreements
}

// openRenter opens the renter's catalogue and agreement book and starts a libp2p host (dial only).
func openRenter(ctx context.Context, cfg renterConfig) (_ *renterNode, err error) {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	n := &renterNode{Client: cfg.Client}
	defer func() {
		if err != nil {
			n.Close()
		}
	}()
	if n.Store, err = manifest.OpenStore(filepath.Join(cfg.DataDir, "catalogue"), cfg.Master); err != nil {
		return nil, fmt.Errorf("open catalogue: %w", err)
	}
	if n.Book, err = leveldb.OpenFile(filepath.Join(cfg.DataDir, "agreements"), nil); err != nil {
		return nil, fmt.Errorf("open agreement book: %w", err)
	}
	if n.Host, err = ghost.New(ctx, ghost.Config{DataDir: cfg.DataDir, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}}); err != nil {
		return nil, fmt.Errorf("start libp2p host: %w", err)
	}
	// A shard a get finds missing or corrupt is handed to the repair worker, which judges it first
	// on its next pass.
	var w *repair.Worker
	n.Pipe = pipeline.New(cfg.Master, pipeline.WithOverfetch(1), pipeline.WithLogger(cfg.Log),
		pipeline.WithBadShardFunc(func(ref pipeline.ShardRef, err error) {
			if w != nil {
				w.Notify(ref, err)
			}
		}))
	var net renter.Network = renter.P2P{H: n.Host}
	if cfg.WrapNet != nil {
		net = cfg.WrapNet(net)
	}
	opt := cfg.Options
	opt.Log = cfg.Log
	if n.Agreements, err = renter.NewAgreements(cfg.Key.Key, cfg.Client, cfg.Client.Domain(), cfg.Client.Schedule(),
		net, n.Pipe, n.Store, n.Book, opt); err != nil {
		return nil, err
	}
	opts := append([]repair.Option{repair.WithLogger(cfg.Log.With("component", "repair"))}, cfg.Repair...)
	if w, err = repair.New(n.Agreements, cfg.Client, n.Store, n.Pipe, opts...); err != nil {
		return nil, err
	}
	n.Repair = w
	return n, nil
}

// Close closes the host, the agreement book and the catalogue.
func (n *renterNode) Close() {
	if n.Host != nil {
		n.Host.Close()
	}
	if n.Book != nil {
		n.Book.Close()
	}
	if n.Store != nil {
		n.Store.Close()
	}
}

// masterKeyFile holds the renter's master key, encrypted with the keystore password (scrypt +
// AES, go-ethereum's keystore format for secrets).
const masterKeyFile = "master.key"

// createMasterKey makes and stores a new master key; it never overwrites one.
func createMasterKey(dataDir, password string, light bool) error {
	path := filepath.Join(dataDir, masterKeyFile)
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	k, err := manifest.NewMasterKey()
	if err != nil {
		return err
	}
	return storeMasterKey(dataDir, k, password, light)
}

// storeMasterKey encrypts k with the password and writes it, replacing nothing: the caller checked
// there is no master key yet.
func storeMasterKey(dataDir string, k manifest.MasterKey, password string, light bool) error {
	path := filepath.Join(dataDir, masterKeyFile)
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	cj, err := keystore.EncryptDataV3(k[:], []byte(password), n, p)
	if err != nil {
		return err
	}
	b, err := json.Marshal(cj)
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// openMasterKey decrypts the renter's master key.
func openMasterKey(dataDir, password string) (manifest.MasterKey, error) {
	path := filepath.Join(dataDir, masterKeyFile)
	b, err := os.ReadFile(path)
	if err != nil {
		return manifest.MasterKey{}, withCode(exitCredentials, fmt.Errorf("renter master key: %w", err),
			"run `granary renter init --data-dir "+dataDir+"`")
	}
	var cj keystore.CryptoJSON
	if err := json.Unmarshal(b, &cj); err != nil {
		return manifest.MasterKey{}, withCode(exitCredentials, fmt.Errorf("renter master key %s is damaged: %w", path, err), "")
	}
	raw, err := keystore.DecryptDataV3(cj, password)
	if errors.Is(err, keystore.ErrDecrypt) {
		return manifest.MasterKey{}, fmt.Errorf("%w for %s", chain.ErrWrongPassword, path)
	} else if err != nil {
		return manifest.MasterKey{}, withCode(exitCredentials, fmt.Errorf("renter master key %s: %w", path, err), "")
	}
	return manifest.MasterKeyFromBytes(raw)
}

// startAuditor starts an auditor loop; stop it by cancelling ctx and waiting on the returned channel.
func startAuditor(ctx context.Context, c *chain.AgreementClient, opts auditor.AgreementOptions) (*auditor.AgreementAuditor, <-chan struct{}) {
	a := auditor.NewAgreements(c, opts)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = a.Run(ctx)
	}()
	return a, done
}

// farmerPolicy is the offer a farmer makes from its flags.
func farmerPolicy(price *big.Int, minPeriods, maxPeriods, collateralPeriods uint32) farmer.AgreementPolicy {
	return farmer.AgreementPolicy{PricePerGiB: price, MinPeriods: minPeriods, MaxPeriods: maxPeriods,
		CollateralPeriods: collateralPeriods, StageTTL: time.Hour}
}

// s3gwConfig is what the S3 gateway needs beyond its renter.
type s3gwConfig struct {
	Dir    string // <data-dir>/s3: metadata database
	Keys   *s3gw.Keys
	Params pipeline.Params
	Listen string
	Region string
	Log    *slog.Logger
}

// startS3Gateway serves the S3 API over the renter: renter files through s3gw.RenterStore, the
// gateway's metadata in cfg.Dir. Files an interrupted upload left behind are removed first.
func startS3Gateway(ctx context.Context, n *renterNode, cfg s3gwConfig) (*s3gw.Gateway, error) {
	gw, err := s3gw.Open(cfg.Dir, s3gw.RenterStore{R: n.Agreements, Params: cfg.Params}, cfg.Keys,
		s3gw.Options{Region: cfg.Region, Log: cfg.Log.With("component", "s3")})
	if err != nil {
		return nil, err
	}
	if swept, err := gw.Sweep(ctx); err != nil {
		gw.Close()
		return nil, err
	} else if swept > 0 {
		cfg.Log.Info("s3: removed files of interrupted uploads", "files", swept)
	}
	if _, err := gw.Start(cfg.Listen); err != nil {
		gw.Close()
		return nil, err
	}
	return gw, nil
}

// watchHead reads the chain's head every `every` until ctx ends and reports it to a HeadWatch, so a
// long-running process says so when the chain stops moving or falls behind the clock (and when it
// recovers) instead of going quiet; read errors are logged throttled.
func watchHead(ctx context.Context, c *chain.AgreementClient, log *slog.Logger, every time.Duration) {
	w := &chain.HeadWatch{Log: log}
	errs := &chain.ErrorLog{Log: log, Msg: "read chain head"}
	go func() {
		_ = chain.Poll(ctx, every, errs, func(ctx context.Context) error {
			h, err := c.Head(ctx)
			if err != nil {
				return err
			}
			w.Observe(h.Number, uint64(h.Time.Unix()))
			return nil
		})
	}()
}
