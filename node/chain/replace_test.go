package chain_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/market/chaintest"
	"github.com/granary-network/granary/node/chain"
)

// replaceClient returns a client over b for a fresh account holding 1,000 tokens, replacing stuck
// transactions after a few polls.
func replaceClient(t *testing.T, c *chaintest.AgreementChain, b chain.Backend) (*chain.AgreementClient, *chaintest.Account) {
	t.Helper()
	dep := chain.Deployment{ChainID: c.ChainID.Uint64(), Token: c.TokenAddr, Market: c.AgreementsAddr}
	acct := c.NewAccount(t, market.Tokens(1_000))
	cl, err := chain.NewAgreementClient(context.Background(), b, dep, acct.Opts, chain.WithPollInterval(2*time.Millisecond),
		chain.WithReplaceAfter(30*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	return cl, acct
}

// tooCheap is a tip the simulated chain's miner never includes (its minimum is 10^6 wei).
var tooCheap = big.NewInt(1)

func transfer(cl *chain.AgreementClient, to common.Address, amount *big.Int, tip *big.Int, sent *[]*types.Transaction) func(*bind.TransactOpts) (*types.Transaction, error) {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		if tip != nil {
			o.GasTipCap = tip
		}
		tx, err := cl.Token.Transfer(o, to, amount)
		if err == nil && sent != nil {
			*sent = append(*sent, tx)
		}
		return tx, err
	}
}

// A transaction the miner will not include (a 1-wei tip) is resent with the same nonce and higher
// fees, and the replacement is what gets mined; the first version never is.
func TestStuckTransactionIsReplaced(t *testing.T) {
	c := chaintest.NewAgreementMarket(t, market.DevnetAgreementParams())
	b := c.AutoMine(t, 0)
	cl, acct := replaceClient(t, c, b)
	ctx := context.Background()
	to := common.HexToAddress("0x5eed")
	var sent []*types.Transaction
	rcpt, err := cl.Transact(ctx, "transfer", transfer(cl, to, big.NewInt(7), tooCheap, &sent))
	if err != nil {
		t.Fatal(err)
	}
	if len(sent) != 1 {
		t.Fatalf("send function called %d times, want once", len(sent))
	}
	first := sent[0]
	if rcpt.TxHash == first.Hash() {
		t.Fatal("the 1-wei-tip transaction was mined: the test did not make it stuck")
	}
	if _, err := b.TransactionReceipt(ctx, first.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("first version: receipt error %v, want not found", err)
	}
	mined, _, err := b.TransactionByHash(ctx, rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if mined.Nonce() != first.Nonce() || mined.Gas() != first.Gas() || string(mined.Data()) != string(first.Data()) {
		t.Fatalf("replacement differs beyond its fees: nonce %d/%d gas %d/%d", mined.Nonce(), first.Nonce(), mined.Gas(), first.Gas())
	}
	tenPct := func(x *big.Int) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(x, big.NewInt(110)), big.NewInt(100))
	}
	if mined.GasTipCap().Cmp(tenPct(first.GasTipCap())) < 0 || mined.GasFeeCap().Cmp(tenPct(first.GasFeeCap())) < 0 {
		t.Fatalf("replacement fees tip %v cap %v, first tip %v cap %v: less than +10%%", mined.GasTipCap(), mined.GasFeeCap(), first.GasTipCap(), first.GasFeeCap())
	}
	bal, _, err := cl.Funds(ctx, to)
	if err != nil || bal.Int64() != 7 {
		t.Fatalf("recipient balance %v (%v), want 7", bal, err)
	}
	if n, err := b.NonceAt(ctx, acct.Addr, nil); err != nil || n != first.Nonce()+1 {
		t.Fatalf("account nonce %d (%v), want %d", n, err, first.Nonce()+1)
	}
}

// holdFirst is a node that does not pass the first transaction on until the client sends a
// replacement, and then passes the first on and swallows the replacement: the first version is the
// one mined.
type holdFirst struct {
	chain.Backend
	mu       sync.Mutex
	calls    int
	held     *types.Transaction
	replaced *types.Transaction
}

func (h *holdFirst) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.calls++
	switch h.calls {
	case 1:
		h.held = tx
		return nil
	case 2:
		h.replaced = tx
		return h.Backend.SendTransaction(ctx, h.held)
	}
	return h.Backend.SendTransaction(ctx, tx)
}

// Whichever version is mined is accepted: here the first, after a replacement was sent.
func TestEarlierVersionMinedIsAccepted(t *testing.T) {
	c := chaintest.NewAgreementMarket(t, market.DevnetAgreementParams())
	h := &holdFirst{Backend: c.AutoMine(t, 0)}
	cl, _ := replaceClient(t, c, h)
	rcpt, err := cl.Transact(context.Background(), "transfer", transfer(cl, common.HexToAddress("0x5eed"), big.NewInt(1), nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.replaced == nil {
		t.Fatal("no replacement was sent")
	}
	if rcpt.TxHash != h.held.Hash() || h.replaced.Hash() == h.held.Hash() || h.replaced.Nonce() != h.held.Nonce() {
		t.Fatalf("mined %s; first %s, replacement %s (nonces %d, %d)", rcpt.TxHash, h.held.Hash(), h.replaced.Hash(), h.held.Nonce(), h.replaced.Nonce())
	}
}

// Many concurrent Transact calls from one account, one of them stuck behind a 1-wei tip until it is
// replaced (and every later nonce behind it): all are mined, with consecutive nonces, each once.
func TestConcurrentTransactionsGetConsecutiveNonces(t *testing.T) {
	c := chaintest.NewAgreementMarket(t, market.DevnetAgreementParams())
	b := c.AutoMine(t, 0)
	cl, acct := replaceClient(t, c, b)
	ctx := context.Background()
	start, err := b.NonceAt(ctx, acct.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	const n = 12
	rcpts := make([]*types.Receipt, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var tip *big.Int
			if i == 3 {
				tip = tooCheap
			}
			to := common.BigToAddress(big.NewInt(int64(0x1000 + i)))
			rcpts[i], errs[i] = cl.Transact(ctx, "transfer", transfer(cl, to, big.NewInt(int64(i+1)), tip, nil))
		}()
	}
	wg.Wait()
	nonces := map[uint64]bool{}
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("transfer %d: %v", i, errs[i])
		}
		tx, _, err := b.TransactionByHash(ctx, rcpts[i].TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if nonces[tx.Nonce()] {
			t.Fatalf("nonce %d used twice", tx.Nonce())
		}
		nonces[tx.Nonce()] = true
		bal, _, err := cl.Funds(ctx, common.BigToAddress(big.NewInt(int64(0x1000+i))))
		if err != nil || bal.Int64() != int64(i+1) {
			t.Fatalf("recipient %d holds %v (%v), want %d", i, bal, err, i+1)
		}
	}
	blocks := map[uint64]bool{}
	for _, r := range rcpts {
		blocks[r.BlockNumber.Uint64()] = true
	}
	t.Logf("%d concurrent transactions from one account (one stuck until replaced) mined in %d blocks", n, len(blocks))
	for k := start; k < start+n; k++ {
		if !nonces[k] {
			t.Fatalf("nonces %v: %d missing", nonces, k)
		}
	}
	if end, err := b.NonceAt(ctx, acct.Addr, nil); err != nil || end != start+n {
		t.Fatalf("account nonce %d (%v), want %d", end, err, start+n)
	}
	// With nothing in flight the client reads the nonce from the node again: a transaction sent
	// behind its back (through the plain client: pending, not mined yet) does not make it reuse a nonce.
	tx, err := c.Token.Transfer(acct.Opts, common.HexToAddress("0xbeef"), big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cl.Transact(ctx, "transfer", transfer(cl, common.HexToAddress("0xbeef"), big.NewInt(1), nil, nil)); err != nil {
		t.Fatal(err)
	}
	if r, err := b.TransactionReceipt(ctx, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("the transaction sent behind the client's back: %v", err)
	}
	if end, err := b.NonceAt(ctx, acct.Addr, nil); err != nil || end != start+n+2 {
		t.Fatalf("account nonce %d (%v), want %d", end, err, start+n+2)
	}
}
