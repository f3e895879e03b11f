// Package chaintest runs go-ethereum's in-process simulated chain with Granary's token and market
// deployed from the bindings' embedded bytecode, for tests. Node is not needed. The chain follows
// current mainnet rules (Osaka): the simulated backend's future forks are switched off so that gas
// figures mean what they would on mainnet.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/market"
)

// TokenSupply is the whole token supply minted to the holder account.
var TokenSupply = market.Tokens(1_000_000_000)

// MaxAccounts is how many pre-funded accounts a chain has besides the holder.
const MaxAccounts = 32

// Account is a funded key with a transactor.
type Account struct {
	Key  *ecdsa.PrivateKey
	Addr common.Address
	Opts *bind.TransactOpts
	// Fixed sends with a fixed gas limit instead of an estimate. An estimate runs on the latest block,
	// which can miss work the next block does (AgreementMarket records a period's beacon or seed in
	// the first call that reaches it), so transactions expected to succeed go through Fixed; a
	// refusal then shows as a reverted receipt, which Mined explains by replaying the call.
	Fixed *bind.TransactOpts
}

// FixedGas is the gas limit of Account.Fixed (below EIP-7825's 2^24 cap per transaction).
const FixedGas = 10_000_000

// Chain is a simulated chain with funded accounts and the token deployed (AgreementChain adds the
// market).
type Chain struct {
	Backend   *simulated.Backend
	Client    simulated.Client
	ChainID   *big.Int
	Holder    *Account
	Token     *bindings.GranaryToken
	TokenAddr common.Address

	accounts []*Account
	next     int
	auto     simulated.Client // set by AutoMine: send through it instead of committing by hand
	mine     sync.Mutex       // held by AutoMine's miner while it commits, and by Reorg throughout
}

// OsakaConfig returns the simulated chain's config with every fork after Osaka switched off.
func OsakaConfig() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.AmsterdamTime, cfg.BogotaTime = nil, nil
	cfg.BPO1Time, cfg.BPO2Time, cfg.BPO3Time, cfg.BPO4Time, cfg.BPO5Time = nil, nil, nil, nil, nil
	return &cfg
}

func key(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("granary chaintest account %d", i))))
	if err != nil {
		panic(err)
	}
	return k
}

// newBase starts a chain with funded accounts and the token deployed (whole supply to the holder).
func newBase(t testing.TB) *Chain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	eth := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	keys := make([]*ecdsa.PrivateKey, MaxAccounts+1)
	for i := range keys {
		keys[i] = key(i)
		alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = types.Account{Balance: eth}
	}
	sim := simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = OsakaConfig()
	})
	t.Cleanup(func() { sim.Close() })
	c := &Chain{Backend: sim, Client: sim.Client(), ChainID: params.AllDevChainProtocolChanges.ChainID}
	for _, k := range keys {
		opts, err := bind.NewKeyedTransactorWithChainID(k, c.ChainID)
		if err != nil {
			t.Fatal(err)
		}
		fixed := *opts
		fixed.GasLimit = FixedGas
		c.accounts = append(c.accounts, &Account{Key: k, Addr: crypto.PubkeyToAddress(k.PublicKey), Opts: opts, Fixed: &fixed})
	}
	c.Holder = c.accounts[0]
	c.next = 1

	tokenAddr, tx, token, err := bindings.DeployGranaryToken(c.Holder.Opts, c.Client, c.Holder.Addr, TokenSupply)
	c.Mined(t, tx, err)
	c.Token, c.TokenAddr = token, tokenAddr
	return c
}

// NewAccount hands out the next pre-funded account, with `tokens` transferred from the holder.
func (c *Chain) NewAccount(t testing.TB, tokens *big.Int) *Account {
	t.Helper()
	if c.next > MaxAccounts {
		t.Fatalf("chaintest: only %d accounts", MaxAccounts)
	}
	a := c.accounts[c.next]
	c.next++
	if tokens != nil && tokens.Sign() > 0 {
		if c.auto == nil {
			tx, err := c.Token.Transfer(c.Holder.Opts, a.Addr, tokens)
			c.Mined(t, tx, err)
			return a
		}
		tok, err := bindings.NewGranaryToken(c.TokenAddr, c.auto)
		if err != nil {
			t.Fatal(err)
		}
		tx, err := tok.Transfer(c.Holder.Opts, a.Addr, tokens)
		if err != nil {
			t.Fatalf("fund account: %v", err)
		}
		c.waitMined(t, tx)
	}
	return a
}

// Mined commits a block holding tx and fails the test unless tx succeeded.
func (c *Chain) Mined(t testing.TB, tx *types.Transaction, err error) *types.Receipt {
	t.Helper()
	if err != nil {
		t.Fatalf("send transaction: %v (%s)", err, RevertName(err))
	}
	c.Backend.Commit()
	rcpt, err := c.Client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		t.Fatalf("receipt of %s: %v", tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction %s reverted%s", tx.Hash(), c.replay(tx, rcpt))
	}
	return rcpt
}

// replay re-runs a reverted transaction as a call on the state before its block and returns its
// revert, to say why it failed.
func (c *Chain) replay(tx *types.Transaction, rcpt *types.Receipt) string {
	from, err := types.Sender(types.LatestSignerForChainID(c.ChainID), tx)
	if err != nil {
		return ""
	}
	msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	_, err = c.Client.CallContract(context.Background(), msg, new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1)))
	if err == nil {
		return fmt.Sprintf(" (the same call succeeds on the parent block: gas used %d of %d, or timing)", rcpt.GasUsed, tx.Gas())
	}
	return fmt.Sprintf(" (%s: %v)", RevertName(err), err)
}

// waitMined waits until the auto-miner has mined tx and it is visible at "latest".
func (c *Chain) waitMined(t testing.TB, tx *types.Transaction) {
	t.Helper()
	ctx := context.Background()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		rcpt, err := c.Client.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			continue
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction %s reverted", tx.Hash())
		}
		if n, err := c.Client.BlockNumber(ctx); err == nil && n >= rcpt.BlockNumber.Uint64() {
			return
		}
	}
	t.Fatalf("transaction %s not mined in 30 s", tx.Hash())
}

// Block returns the number of the latest block.
func (c *Chain) Block(t testing.TB) uint64 {
	t.Helper()
	n, err := c.Client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// MineTo commits empty blocks until the latest block is `b` (the next transaction lands in b+1).
func (c *Chain) MineTo(t testing.TB, b uint64) {
	t.Helper()
	for n := c.Block(t); n < b; n++ {
		c.Backend.Commit()
	}
}

// BlockHash returns the hash of block b.
func (c *Chain) BlockHash(t testing.TB, b uint64) common.Hash {
	t.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(b))
	if err != nil {
		t.Fatal(err)
	}
	return h.Hash()
}

// AutoMine mines for code that sends transactions on its own (nodes, clients): it returns a client
// whose SendTransaction wakes a miner goroutine that commits a block right away, and commits an empty
// block every `idle` (0: never) so that periods pass, until the test ends. Tests that mine by hand
// with Mined and MineTo must not use it at the same time.
func (c *Chain) AutoMine(t testing.TB, idle time.Duration) simulated.Client {
	kick := make(chan struct{}, 1)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	t.Cleanup(func() { cancel(); <-done })
	go func() {
		defer close(done)
		var tick <-chan time.Time
		if idle > 0 {
			tk := time.NewTicker(idle)
			defer tk.Stop()
			tick = tk.C
		}
		for {
			select {
			case <-ctx.Done():
				return
			case <-kick:
				time.Sleep(time.Millisecond) // let concurrent senders land in the same block
			case <-tick:
			}
			c.mine.Lock()
			c.Backend.Commit()
			c.mine.Unlock()
		}
	}()
	c.auto = minedClient{Client: c.Client, kick: kick}
	return c.auto
}

// Reorg replaces every block from block `from` on with a longer branch of empty blocks (one more
// than it drops), as a chain reorganises, and returns the transactions of the blocks it dropped.
// Those are discarded, not put back in the pool (as by a node that never saw them): whoever sent
// them must send them again. Transactions waiting in the pool are mined into the old branch first
// (so they are dropped too), and one sent while the reorg runs may be lost as well. It can run
// beside AutoMine.
func (c *Chain) Reorg(t testing.TB, from uint64) []*types.Transaction {
	t.Helper()
	c.mine.Lock()
	defer c.mine.Unlock()
	ctx := context.Background()
	for attempt := 0; ; attempt++ {
		head := c.Block(t)
		if from == 0 || from > head {
			t.Fatalf("chaintest: reorg from block %d with the head at %d", from, head)
		}
		var dropped []*types.Transaction
		for n := from; n <= head; n++ {
			b, err := c.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
			if err != nil {
				t.Fatal(err)
			}
			dropped = append(dropped, b.Transactions()...)
		}
		err := c.Backend.Fork(c.BlockHash(t, from-1))
		if err != nil && strings.Contains(err.Error(), "pending block dirty") && attempt < 100 {
			c.Backend.Commit() // Fork refuses while transactions are pending: mine them, then fork
			continue
		} else if err != nil {
			t.Fatalf("chaintest: fork: %v", err)
		}
		// The pool puts the dropped blocks' transactions back once it sees the new head; Rollback waits
		// for that and empties it.
		c.Backend.Rollback()
		for range head - from + 2 {
			c.Backend.Commit()
		}
		return dropped
	}
}

type minedClient struct {
	simulated.Client
	kick chan struct{}
}

func (m minedClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := m.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	select {
	case m.kick <- struct{}{}:
	default:
	}
	return nil
}

// RevertName returns the name of the custom error a failed call or estimate reverted with ("" if none
// is recognised).
func RevertName(err error) string { return bindings.RevertName(err) }

// ExpectRevert fails the test unless err is the revert of custom error `name`.
func ExpectRevert(t testing.TB, err error, name string) {
	t.Helper()
	if err == nil {
		t.Fatalf("expected revert %s, the transaction was accepted", name)
	}
	if got := RevertName(err); got != name {
		t.Fatalf("expected revert %s, got %q (%v)", name, got, err)
	}
}
