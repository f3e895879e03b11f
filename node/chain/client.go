package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/market"
)

// Backend is what the client needs of a chain connection: *ethclient.Client and the simulated
// backend's client both provide it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Errors, returned wrapped; test with errors.Is.
var (
	ErrUnreachable = errors.New("chain: RPC endpoint unreachable")
	ErrWrongChain  = errors.New("chain: endpoint serves another chain than the deployment")
	ErrNoContract  = errors.New("chain: no market contract at the deployment's address")
	ErrReverted    = errors.New("chain: transaction reverted")
	ErrNoDeal      = errors.New("chain: no such deal")
)

// RevertError is a transaction or call refused by a contract, with the custom error's name.
type RevertError struct {
	Op   string // what was attempted
	Name string // custom error, e.g. "InsufficientEscrowFunds" ("" if unknown)
	Err  error
}

func (e *RevertError) Error() string {
	if e.Name != "" {
		return fmt.Sprintf("%s: reverted with %s", e.Op, e.Name)
	}
	return fmt.Sprintf("%s: %v", e.Op, e.Err)
}

func (e *RevertError) Unwrap() error { return ErrReverted }

// Dial connects to a JSON-RPC endpoint (http, ws or ipc) and checks that it answers.
func Dial(ctx context.Context, url string) (*ethclient.Client, error) {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrUnreachable, url, err)
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := c.ChainID(ctx); err != nil {
		c.Close()
		return nil, fmt.Errorf("%w: %s: %v", ErrUnreachable, url, err)
	}
	return c, nil
}

// Client reads and writes the market through the bindings.
type Client struct {
	*txer
	dep      Deployment
	Market   *bindings.StorageMarket
	Token    *bindings.GranaryToken
	Params   market.Params
	Schedule market.Schedule
	Domain   market.Domain
}

// Option configures a Client (and an AgreementClient: both send through the same machinery).
type Option func(*txer)

// WithPollInterval sets how often the client looks for receipts (default 1 s; a devnet mining on
// demand wants ~20 ms).
func WithPollInterval(d time.Duration) Option { return func(c *txer) { c.poll = d } }

// WithReplaceAfter makes Transact resend a transaction that is still unmined after d with the same
// nonce and a tip and fee cap raised by 12.5% (geth's pool wants at least 10% to replace) or to what
// the node now suggests, whichever is higher; again every d, up to MaxReplacements times. Every
// version's hash is watched and whichever is mined is accepted. A sensible d is a few block times.
// 0 (the default) never replaces.
func WithReplaceAfter(d time.Duration) Option { return func(c *txer) { c.replace = d } }

// MaxReplacements caps how many times one transaction is resent with higher fees (its fees grow by
// at most 1.125^MaxReplacements ≈ 3.2× over the node's suggestion).
const MaxReplacements = 10

// checkEndpoint checks that b is reachable, serves chain chainID and has code at market, and
// returns the chain id.
func checkEndpoint(ctx context.Context, b Backend, chainID uint64, mkt common.Address) (*big.Int, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnreachable, err)
	}
	if id.Uint64() != chainID {
		return nil, fmt.Errorf("%w: endpoint is chain %d, deployment is on chain %d", ErrWrongChain, id, chainID)
	}
	code, err := b.CodeAt(ctx, mkt, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnreachable, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("%w: %s on chain %d", ErrNoContract, mkt, chainID)
	}
	return id, nil
}

// New checks that b serves the deployment's chain and contract, reads the market's parameters, and
// returns a client that signs with opts (nil for a read-only client).
func New(ctx context.Context, b Backend, dep Deployment, opts *bind.TransactOpts, options ...Option) (*Client, error) {
	id, err := checkEndpoint(ctx, b, dep.ChainID, dep.Market)
	if err != nil {
		return nil, err
	}
	mkt, err := bindings.NewStorageMarket(dep.Market, b)
	if err != nil {
		return nil, err
	}
	tok, err := bindings.NewGranaryToken(dep.Token, b)
	if err != nil {
		return nil, err
	}
	c := &Client{txer: newTxer(b, opts), dep: dep, Market: mkt, Token: tok,
		Domain: market.Domain{ChainID: id, Market: dep.Market}}
	for _, o := range options {
		o(c.txer)
	}
	if err := c.readParams(ctx); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Client) readParams(ctx context.Context) error {
	co := &bind.CallOpts{Context: ctx}
	var p market.Params
	var err error
	read := func(f func() error) {
		if err == nil {
			err = f()
		}
	}
	var genesis uint64
	read(func() (e error) { genesis, e = c.Market.GenesisBlock(co); return })
	read(func() (e error) { p.PeriodBlocks, e = c.Market.PeriodBlocks(co); return })
	read(func() (e error) { p.ProofWindow, e = c.Market.ProofWindow(co); return })
	read(func() (e error) { p.ChallengesPerHeartbeat, e = c.Market.ChallengesPerHeartbeat(co); return })
	read(func() (e error) { p.MinStake, e = c.Market.MinStake(co); return })
	read(func() (e error) { p.UnbondingDelay, e = c.Market.UnbondingDelay(co); return })
	read(func() (e error) { p.MinCollateralBps, e = c.Market.MinCollateralBps(co); return })
	read(func() (e error) { p.SlashBps, e = c.Market.SlashBps(co); return })
	read(func() (e error) { p.ReporterBountyBps, e = c.Market.ReporterBountyBps(co); return })
	read(func() (e error) { p.DisqualifyAfterMisses, e = c.Market.DisqualifyAfterMisses(co); return })
	if err != nil {
		return fmt.Errorf("chain: read market parameters: %w", err)
	}
	c.Params = p
	c.Schedule = market.Schedule{Genesis: genesis, Params: p}
	return nil
}

// Deployment returns the deployment the client was made for.
func (c *Client) Deployment() Deployment { return c.dep }

// Backend returns the chain connection.
func (c *Client) Backend() Backend { return c.b }

// Address returns the signing account (zero for a read-only client).
func (c *Client) Address() common.Address {
	if c.opts == nil {
		return common.Address{}
	}
	return c.opts.From
}

// Block returns the latest block number.
func (c *Client) Block(ctx context.Context) (uint64, error) {
	n, err := c.b.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("%w: %v", ErrUnreachable, err)
	}
	return n, nil
}

// FarmerInfo is what a renter learns of a farmer from the chain alone.
type FarmerInfo struct {
	Address       common.Address
	PeerID        []byte
	Addrs         []byte
	PricePerGiB   *big.Int
	Capacity      uint64
	Used          uint64
	Stake         *big.Int // free stake
	Locked        *big.Int
	LiveDeals     uint32
	ProvenPeriods uint32
	MissedPeriods uint32
	Slashes       uint32
	Disqualified  bool
}

// Free returns the announced capacity not under deals.
func (f FarmerInfo) Free() uint64 {
	if f.Used >= f.Capacity {
		return 0
	}
	return f.Capacity - f.Used
}

// Farmer reads one farmer.
func (c *Client) Farmer(ctx context.Context, a common.Address) (FarmerInfo, error) {
	co := &bind.CallOpts{Context: ctx}
	st, err := c.Market.GetFarmer(co, a)
	if err != nil {
		return FarmerInfo{}, fmt.Errorf("chain: read farmer %s: %w", a, err)
	}
	peer, err := c.Market.PeerInfo(co, a)
	if err != nil {
		return FarmerInfo{}, fmt.Errorf("chain: read farmer %s: %w", a, err)
	}
	return FarmerInfo{
		Address: a, PeerID: peer.PeerId, Addrs: peer.Addrs, PricePerGiB: st.PricePerGiB,
		Capacity: st.Capacity, Used: st.Used, Stake: st.Stake, Locked: st.Locked, LiveDeals: st.LiveDeals,
		ProvenPeriods: st.ProvenPeriods, MissedPeriods: st.MissedPeriods, Slashes: st.SlashCount,
		Disqualified: st.Disqualified,
	}, nil
}

// Farmers reads every farmer that ever announced.
func (c *Client) Farmers(ctx context.Context) ([]FarmerInfo, error) {
	co := &bind.CallOpts{Context: ctx}
	n, err := c.Market.FarmerCount(co)
	if err != nil {
		return nil, fmt.Errorf("chain: count farmers: %w", err)
	}
	out := make([]FarmerInfo, 0, n.Int64())
	for i := int64(0); i < n.Int64(); i++ {
		a, err := c.Market.FarmerAt(co, big.NewInt(i))
		if err != nil {
			return nil, fmt.Errorf("chain: list farmers: %w", err)
		}
		f, err := c.Farmer(ctx, a)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

// Funds returns an account's token balance and its allowance to the market.
func (c *Client) Funds(ctx context.Context, a common.Address) (balance, allowance *big.Int, err error) {
	co := &bind.CallOpts{Context: ctx}
	if balance, err = c.Token.BalanceOf(co, a); err != nil {
		return nil, nil, fmt.Errorf("chain: read balance of %s: %w", a, err)
	}
	if allowance, err = c.Token.Allowance(co, a, c.dep.Market); err != nil {
		return nil, nil, fmt.Errorf("chain: read allowance of %s: %w", a, err)
	}
	return balance, allowance, nil
}

// Approve lets the market take amount of the account's tokens.
func (c *Client) Approve(ctx context.Context, amount *big.Int) error {
	_, err := c.Transact(ctx, "approve", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Token.Approve(o, c.dep.Market, amount)
	})
	return err
}

// Stake approves and stakes amount.
func (c *Client) Stake(ctx context.Context, amount *big.Int) error {
	if err := c.Approve(ctx, amount); err != nil {
		return err
	}
	_, err := c.Transact(ctx, "stake", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Stake(o, amount)
	})
	return err
}

// Announce publishes the farmer's peer id, multiaddrs, price and capacity.
func (c *Client) Announce(ctx context.Context, peerID, addrs []byte, pricePerGiB *big.Int, capacity uint64) error {
	_, err := c.Transact(ctx, "announce", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Announce(o, peerID, addrs, pricePerGiB, capacity)
	})
	return err
}

// BindTerms converts deal terms for the bindings.
func BindTerms(t market.DealTerms) bindings.StorageMarketDealTerms {
	return bindings.StorageMarketDealTerms{
		Renter: t.Renter, Farmer: t.Farmer, Root: t.Root, Size: t.Size, ShardSize: t.ShardSize,
		PricePerPeriod: t.PricePerPeriod, Periods: t.Periods, Collateral: t.Collateral, Nonce: t.Nonce, Deadline: t.Deadline,
	}
}

// CreateDeal submits a deal both parties signed and returns its id.
func (c *Client) CreateDeal(ctx context.Context, t market.DealTerms, renterSig, farmerSig []byte) (uint64, error) {
	rcpt, err := c.Transact(ctx, "create deal", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.CreateDeal(o, BindTerms(t), renterSig, farmerSig)
	})
	if err != nil {
		return 0, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := c.Market.ParseDealCreated(*l); err == nil {
			return ev.DealId, nil
		}
	}
	return 0, errors.New("chain: create deal: no DealCreated event in the receipt")
}

// CancelDeal ends one of the account's deals after the current period (renter only).
func (c *Client) CancelDeal(ctx context.Context, id uint64) error {
	_, err := c.Transact(ctx, "cancel deal", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Cancel(o, id)
	})
	return err
}

// Deal reads a deal.
func (c *Client) Deal(ctx context.Context, id uint64) (bindings.StorageMarketDeal, error) {
	d, err := c.Market.GetDeal(&bind.CallOpts{Context: ctx}, id)
	if err != nil {
		return d, fmt.Errorf("chain: read deal %d: %w", id, err)
	}
	if d.Renter == (common.Address{}) {
		return d, fmt.Errorf("%w: %d", ErrNoDeal, id)
	}
	return d, nil
}

var _ Backend = (*ethclient.Client)(nil)
