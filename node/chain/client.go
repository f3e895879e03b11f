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
	// ErrInsufficientTokens: a payment (stake, escrow, deposit) exceeds the account's token balance;
	// nothing was sent.
	ErrInsufficientTokens = errors.New("chain: not enough tokens")
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

// Option configures how an AgreementClient sends transactions.
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

// FarmerInfo is what a renter learns of a farmer from the chain alone.
type FarmerInfo struct {
	Address      common.Address
	PeerID       []byte
	Addrs        []byte
	PricePerGiB  *big.Int
	Capacity     uint64
	Stake        *big.Int // free stake
	Locked       *big.Int // collateral of its open agreements
	Announced    bool
	Disqualified bool
}

// Exiting reports whether the farmer announced that it is leaving the market: a graceful exit
// (`granary farmer exit`) is announced on chain as capacity 0 (announce(peerId, addrs, price, 0)),
// with no contract change. An exiting farmer takes no new agreements and no new data in its
// existing ones, but keeps proving and serving what it holds while its renters move it elsewhere
// (renters never place with it, and their repair moves its shards regardless of the repair
// threshold, then closes the emptied agreements: collateral back, no penalty). A disqualified
// farmer is not exiting: it is gone.
func (f FarmerInfo) Exiting() bool { return ExitAnnounced(f.Announced, f.Capacity, f.Disqualified) }

// ExitAnnounced is the rule of FarmerInfo.Exiting on a farmer record's fields: announced, capacity 0,
// not disqualified.
func ExitAnnounced(announced bool, capacity uint64, disqualified bool) bool {
	return announced && capacity == 0 && !disqualified
}
