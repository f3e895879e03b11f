// Package devnet runs an Ethereum chain inside the process for demos, walkthroughs and tests: a
// go-ethereum node (full sync, archive state, no peers) serving JSON-RPC over HTTP and WebSocket on
// one local port, sealed by go-ethereum's simulated beacon. A miner goroutine seals a block as soon as
// transactions arrive and an empty one whenever the chain has been idle for a while, so market
// periods pass even when nobody transacts. The first start deploys the token and the market and
// funds a set of dev accounts; later starts from the same directory continue the same chain.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
)

// Files in the data directory.
const (
	DeploymentFile = "deployment.json" // what every other command reads
	FaucetKeyFile  = "faucet.key"      // the devnet's funding key (hex); devnet only
	PasswordFile   = "password"        // the dev accounts' keystore password, when none was given
	AccountsDir    = "accounts"        // accounts/devN/keystore: one funded account per node data dir
	chainDir       = "geth"
)

// Token supply, and what each dev account receives.
var (
	Supply     = market.Tokens(1_000_000_000)
	DevTokens  = market.Tokens(100_000)
	DevEther   = new(big.Int).Mul(big.NewInt(1_000), big.NewInt(params.Ether))
	faucetEth  = new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(params.Ether))
	defaultPwd = "devnet"
)

// ChainConfig is the devnet's chain: every fork up to Osaka, today's mainnet rules, so gas figures
// measured here are the ones users pay. (go-ethereum's dev config also enables forks that have not
// shipped.)
func ChainConfig() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.AmsterdamTime, cfg.BogotaTime = nil, nil
	cfg.BPO1Time, cfg.BPO2Time, cfg.BPO3Time, cfg.BPO4Time, cfg.BPO5Time = nil, nil, nil, nil, nil
	return &cfg
}

// Config shapes a devnet. Zero fields take the defaults.
type Config struct {
	DataDir string        // required; created if missing
	Listen  string        // host:port for JSON-RPC (HTTP and WebSocket); default 127.0.0.1:8545
	Idle    time.Duration // seal an empty block after this much quiet; default 500 ms
	// Batch is how long the miner waits after a transaction arrives for others to join its block
	// (default 50 ms). Without it every transaction gets a block of its own, and a few farmers'
	// heartbeats alone would use up a proof window measured in blocks.
	Batch       time.Duration
	Params      market.AgreementParams // market parameters at first start; default market.DevnetAgreementParams()
	DevAccounts int                    // dev accounts created and funded at first start; default 10
	Password    string                 // dev keystore password; default "devnet", written to DataDir/password
	Logger      *slog.Logger
}

// Devnet is a running chain.
type Devnet struct {
	cfg    Config
	stack  *node.Node
	eth    *eth.Ethereum
	beacon *catalyst.SimulatedBeacon
	client *ethclient.Client
	faucet *ecdsa.PrivateKey
	dep    chain.Deployment
	log    *slog.Logger

	fundMu sync.Mutex
	warps  chan warp
	// offset: the devnet's clock is the wall clock + offset seconds (warps add to it). Written by
	// the miner goroutine only; offsetMu for readers elsewhere.
	offsetMu sync.Mutex
	offset   uint64
	quit     chan struct{}
	done     chan struct{}
}

// warp asks the miner to move the chain's clock to at least `to`; done receives the head's time.
type warp struct {
	to   uint64
	done chan uint64
}

// Start opens (or creates) the chain in cfg.DataDir, starts serving JSON-RPC and mining, and on the
// first start deploys the contracts and funds the dev accounts.
func Start(ctx context.Context, cfg Config) (*Devnet, error) {
	if cfg.DataDir == "" {
		return nil, errors.New("devnet: no data directory")
	}
	if cfg.Listen == "" {
		cfg.Listen = "127.0.0.1:8545"
	}
	if cfg.Idle == 0 {
		cfg.Idle = 500 * time.Millisecond
	}
	if cfg.Params.PeriodSeconds == 0 {
		cfg.Params = market.DevnetAgreementParams()
	}
	if cfg.Batch == 0 {
		cfg.Batch = 50 * time.Millisecond
	}
	if cfg.DevAccounts == 0 {
		cfg.DevAccounts = 10
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	host, portStr, err := net.SplitHostPort(cfg.Listen)
	if err != nil {
		return nil, fmt.Errorf("devnet: listen address %q: %w", cfg.Listen, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return nil, fmt.Errorf("devnet: listen port %q: %w", portStr, err)
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	faucet, err := loadOrCreateKey(filepath.Join(cfg.DataDir, FaucetKeyFile))
	if err != nil {
		return nil, err
	}
	d := &Devnet{cfg: cfg, faucet: faucet, log: cfg.Logger, warps: make(chan warp), quit: make(chan struct{}), done: make(chan struct{})}

	nodeConf := node.DefaultConfig
	nodeConf.Name = "granary-devnet"
	nodeConf.DataDir = filepath.Join(cfg.DataDir, chainDir)
	nodeConf.IPCPath = ""
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0}
	nodeConf.HTTPHost, nodeConf.HTTPPort = host, port
	nodeConf.WSHost, nodeConf.WSPort = host, port
	nodeConf.HTTPModules = []string{"eth", "net", "web3", "txpool", "devnet"}
	nodeConf.WSModules = nodeConf.HTTPModules
	nodeConf.HTTPVirtualHosts = []string{"*"}
	nodeConf.WSOrigins = []string{"*"}
	nodeConf.Logger = nil
	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("devnet: open %s: %w", nodeConf.DataDir, err)
	}
	alloc := core.SystemContractAllocs()
	alloc[crypto.PubkeyToAddress(faucet.PublicKey)] = types.Account{Balance: faucetEth}
	ethConf := ethconfig.Defaults
	ethConf.Genesis = &core.Genesis{Config: ChainConfig(), GasLimit: ethconfig.Defaults.Miner.GasCeil, Alloc: alloc}
	ethConf.NetworkId = ethConf.Genesis.Config.ChainID.Uint64()
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	// Archive state in the hash scheme: every block's state is on disk when the block is, so a
	// devnet killed without a clean shutdown restarts where it was.
	ethConf.StateScheme = rawdb.HashScheme
	ethConf.NoPruning = true
	ethConf.LogNoHistory = true
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devnet: start chain: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}, {Namespace: "devnet", Service: &devAPI{d}}})
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("devnet: serve JSON-RPC on %s: %w", cfg.Listen, err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devnet: start sealing: %w", err)
	}
	d.stack, d.eth, d.beacon = stack, backend, beacon
	d.client = ethclient.NewClient(stack.Attach())
	// A devnet warped before its restart continues from its head's time, not from the wall clock.
	if head, now := backend.BlockChain().CurrentBlock().Time, uint64(time.Now().Unix()); head > now {
		d.offset = head - now
	}
	go d.mine()

	if err := d.setUp(ctx); err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

// mine seals blocks: cfg.Batch after a transaction arrives (with whatever arrived meanwhile), and an
// empty one after cfg.Idle of quiet. It is the only caller of the beacon, so seals never race, and
// it owns the clock offset (see Warp).
func (d *Devnet) mine() {
	defer close(d.done)
	txs := make(chan core.NewTxsEvent, 16)
	sub := d.eth.TxPool().SubscribeTransactions(txs, true)
	defer sub.Unsubscribe()
	idle := time.NewTimer(d.cfg.Idle)
	defer idle.Stop()
	for {
		select {
		case <-d.quit:
			return
		case <-txs:
			batch := time.NewTimer(d.cfg.Batch)
		gather:
			for {
				select {
				case <-txs:
				case <-batch.C:
					break gather
				case <-d.quit:
					batch.Stop()
					return
				}
			}
			d.beacon.Commit()
			// Seal until the pool is drained (a few rounds at most; a transaction the miner will
			// never include, e.g. one paying too little, must not spin this loop).
			for i := 0; i < 8; i++ {
				if err := d.eth.TxPool().Sync(); err != nil {
					break
				}
				if pending, _ := d.eth.TxPool().Stats(); pending == 0 {
					break
				}
				d.beacon.Commit()
			}
		case <-idle.C:
			d.sealIdle()
		case w := <-d.warps:
			now := uint64(time.Now().Unix())
			if w.to > now+d.offset {
				d.offsetMu.Lock()
				d.offset = w.to - now
				d.offsetMu.Unlock()
			}
			d.sealIdle()
			w.done <- d.eth.BlockChain().CurrentBlock().Time
		}
		idle.Reset(d.cfg.Idle)
	}
}

// sealIdle seals an empty block stamped with the devnet's clock (the wall clock plus the offset
// warps added), unless the chain is already there: blocks sealed for transactions get at least
// their parent's time + 1 s, and idle blocks must not push the chain's clock further ahead.
func (d *Devnet) sealIdle() {
	head := d.eth.BlockChain().CurrentBlock()
	now := uint64(time.Now().Unix()) + d.offset
	switch {
	case now <= head.Time:
		return
	case now > head.Time+1:
		if pending, _ := d.eth.TxPool().Stats(); pending == 0 {
			if err := d.beacon.AdjustTime(time.Duration(now-head.Time) * time.Second); err == nil {
				return
			}
		}
	}
	d.beacon.Commit()
}

// Warp moves the devnet's clock dt ahead: an empty block stamped dt later is sealed at once (or,
// with transactions pending, right after them), and the clock keeps running from there at the wall
// clock's pace. It returns once the chain's head has the new time. Demos and tests use it to pass
// periods that are minutes long in seconds (`granary devnet warp`, the RPC method devnet_warp).
func (d *Devnet) Warp(ctx context.Context, dt time.Duration) error {
	h, err := d.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("devnet: head: %w", err)
	}
	return d.WarpTo(ctx, max(h.Time, uint64(time.Now().Unix())+d.Offset())+uint64(dt/time.Second))
}

// WarpTo moves the devnet's clock to t (unix seconds) if it is behind, and returns once the chain's
// head is stamped t or later.
func (d *Devnet) WarpTo(ctx context.Context, t uint64) error {
	for {
		w := warp{to: t, done: make(chan uint64, 1)}
		select {
		case d.warps <- w:
		case <-d.quit:
			return errors.New("devnet: closed")
		case <-ctx.Done():
			return ctx.Err()
		}
		if <-w.done >= t {
			return nil
		}
		select { // transactions were pending: their block came first; seal again shortly
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// Offset is how far the devnet's clock runs ahead of the wall clock (the sum of the warps).
func (d *Devnet) Offset() uint64 {
	d.offsetMu.Lock()
	defer d.offsetMu.Unlock()
	return d.offset
}

// devAPI is the devnet's own JSON-RPC namespace ("devnet"), for the CLI and outside tools.
type devAPI struct{ d *Devnet }

// Warp moves the clock by seconds (devnet_warp) and returns the head's new timestamp.
func (a *devAPI) Warp(ctx context.Context, seconds uint64) (uint64, error) {
	if err := a.d.Warp(ctx, time.Duration(seconds)*time.Second); err != nil {
		return 0, err
	}
	return a.d.eth.BlockChain().CurrentBlock().Time, nil
}

// WarpTo moves the clock to the unix time t if it is behind (devnet_warpTo) and returns the head's
// new timestamp.
func (a *devAPI) WarpTo(ctx context.Context, t uint64) (uint64, error) {
	if err := a.d.WarpTo(ctx, t); err != nil {
		return 0, err
	}
	return a.d.eth.BlockChain().CurrentBlock().Time, nil
}

// setUp deploys and funds on the first start, or checks the existing deployment on a restart.
func (d *Devnet) setUp(ctx context.Context) error {
	depPath := filepath.Join(d.cfg.DataDir, DeploymentFile)
	if dep, err := chain.ReadDeployment(depPath); err == nil {
		if _, err := chain.NewAgreementClient(ctx, d.client, dep, nil); err != nil {
			return fmt.Errorf("devnet: %s does not match the chain in %s (remove the directory to start over): %w",
				depPath, d.cfg.DataDir, err)
		}
		d.dep = dep
		d.dep.RPC = d.HTTPURL()
		return chain.WriteDeployment(depPath, d.dep) // the port may have changed
	} else if !errors.Is(err, chain.ErrNoDeployment) {
		return err
	}
	opts, err := d.faucetOpts(ctx)
	if err != nil {
		return err
	}
	dep, err := chain.DeployAgreements(ctx, d.client, opts, d.cfg.Params, opts.From, Supply)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	dep.RPC = d.HTTPURL()
	d.dep = dep
	pwd := d.cfg.Password
	if pwd == "" {
		pwd = defaultPwd
		if err := os.WriteFile(filepath.Join(d.cfg.DataDir, PasswordFile), []byte(pwd+"\n"), 0o600); err != nil {
			return fmt.Errorf("devnet: %w", err)
		}
	}
	for i := 1; i <= d.cfg.DevAccounts; i++ {
		acct, err := chain.NewAccount(filepath.Join(d.AccountDir(i), "keystore"), pwd, true)
		if err != nil {
			return fmt.Errorf("devnet: %w", err)
		}
		if err := d.Fund(ctx, acct.Address, DevEther, DevTokens); err != nil {
			return err
		}
	}
	// Written last: its presence means the devnet is fully set up.
	return chain.WriteDeployment(depPath, d.dep)
}

// AccountDir is dev account i's directory (1-based): a node data directory holding a funded keystore.
func (d *Devnet) AccountDir(i int) string {
	return filepath.Join(d.cfg.DataDir, AccountsDir, fmt.Sprintf("dev%d", i))
}

// Deployment returns the contracts' deployment (RPC set to the HTTP endpoint).
func (d *Devnet) Deployment() chain.Deployment { return d.dep }

// Client is an in-process connection to the chain.
func (d *Devnet) Client() *ethclient.Client { return d.client }

// HTTPURL and WSURL are the JSON-RPC endpoints.
func (d *Devnet) HTTPURL() string { return d.stack.HTTPEndpoint() }
func (d *Devnet) WSURL() string   { return d.stack.WSEndpoint() }

func (d *Devnet) faucetOpts(ctx context.Context) (*bind.TransactOpts, error) {
	id, err := d.client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	return chain.Account{Address: crypto.PubkeyToAddress(d.faucet.PublicKey), Key: d.faucet}.Transactor(id)
}

// Fund sends ether and tokens from the devnet's faucet to a, and waits until both are mined.
func (d *Devnet) Fund(ctx context.Context, a common.Address, ether, tokens *big.Int) error {
	d.fundMu.Lock()
	defer d.fundMu.Unlock()
	if err := SendEther(ctx, d.client, d.faucet, a, ether); err != nil {
		return fmt.Errorf("devnet: fund %s: %w", a, err)
	}
	opts, err := d.faucetOpts(ctx)
	if err != nil {
		return err
	}
	c, err := chain.NewAgreementClient(ctx, d.client, d.dep, opts, chain.WithPollInterval(20*time.Millisecond))
	if err != nil {
		return fmt.Errorf("devnet: fund %s: %w", a, err)
	}
	if err := c.Transfer(ctx, a, tokens); err != nil {
		return fmt.Errorf("devnet: fund %s: %w", a, err)
	}
	return nil
}

// SendEther sends value wei from key to a and waits for the transfer to be mined.
func SendEther(ctx context.Context, c *ethclient.Client, key *ecdsa.PrivateKey, a common.Address, value *big.Int) error {
	from := crypto.PubkeyToAddress(key.PublicKey)
	id, err := c.ChainID(ctx)
	if err != nil {
		return err
	}
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21_000, To: &a, Value: value})
	if err != nil {
		return err
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		return err
	}
	_, err = chain.WaitMined(ctx, c, tx)
	return err
}

// FaucetKey reads a devnet's faucet key from its data directory (for `granary devnet fund`).
func FaucetKey(dataDir string) (*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, FaucetKeyFile))
	if err != nil {
		return nil, fmt.Errorf("devnet: no faucet key in %s (is it a devnet data directory?): %w", dataDir, err)
	}
	k, err := crypto.HexToECDSA(strings.TrimSpace(string(b)))
	if err != nil {
		return nil, fmt.Errorf("devnet: faucet key in %s: %w", dataDir, err)
	}
	return k, nil
}

func loadOrCreateKey(path string) (*ecdsa.PrivateKey, error) {
	if _, err := os.Stat(path); err == nil {
		return FaucetKey(filepath.Dir(path))
	}
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(crypto.FromECDSA(k))+"\n"), 0o600); err != nil {
		return nil, fmt.Errorf("devnet: write %s: %w", path, err)
	}
	return k, nil
}

// Close stops mining and the chain; the data stays in the data directory.
func (d *Devnet) Close() error {
	select {
	case <-d.quit:
		return nil
	default:
	}
	close(d.quit)
	<-d.done
	d.client.Close()
	err := d.beacon.Stop()
	return errors.Join(err, d.stack.Close())
}
