package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/bindings"
)

// txer is the transaction machinery Client and AgreementClient share: nonces handed out under a lock
// so that concurrent calls pipeline, receipt waiting, fee bumping of stuck transactions, and revert
// decoding into *RevertError.
type txer struct {
	b       Backend
	opts    *bind.TransactOpts // nil: read-only
	poll    time.Duration      // how often to look for a receipt
	replace time.Duration      // resend with higher fees after this long unmined (0: never)

	// nameFailures: when a transaction fails on chain, replay it as a call on the parent block to
	// name the custom error (AgreementClient sets it; Client keeps its original behaviour).
	nameFailures bool

	// Nonces: a transaction takes its nonce and is sent under nonceMu, then waits for its receipt
	// without it, so concurrent Transact calls pipeline. While some are in flight the next nonce is
	// counted here; when none is, it is read again from the node (a transaction abandoned unmined
	// and dropped by the pool leaves no gap).
	nonceMu  sync.Mutex
	next     uint64 // next nonce, meaningful while inflight > 0
	inflight int    // transactions sent whose Transact has not returned
}

func newTxer(b Backend, opts *bind.TransactOpts) *txer {
	return &txer{b: b, opts: opts, poll: time.Second}
}

// Transact sends one transaction built by send, waits for it to be mined and checks it succeeded.
// A refusal by the contract (at estimation or on chain) is a *RevertError naming the custom error.
//
// send gets options with the nonce set and NoSend: it builds and signs (a bindings call does), and
// Transact sends. Concurrent calls from one client get consecutive nonces and wait in parallel. With
// WithReplaceAfter, a transaction left unmined is resent with higher fees under the same nonce; the
// receipt returned is that of whichever version was mined.
func (c *txer) Transact(ctx context.Context, op string, send func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	if c.opts == nil {
		return nil, fmt.Errorf("%s: read-only client has no account", op)
	}
	tx, err := c.sendNew(ctx, send)
	if err != nil {
		if name := bindings.RevertName(err); name != "" {
			return nil, &RevertError{Op: op, Name: name, Err: err}
		}
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	defer c.release()
	rcpt, err := c.waitMined(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("%s: wait for %s (nonce %d): %w", op, tx.Hash(), tx.Nonce(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		failed := fmt.Errorf("transaction %s failed on chain", rcpt.TxHash)
		if c.nameFailures {
			if name, err := c.replay(ctx, tx, rcpt); name != "" {
				return rcpt, &RevertError{Op: op, Name: name, Err: fmt.Errorf("%w: %v", failed, err)}
			}
		}
		return rcpt, &RevertError{Op: op, Err: failed}
	}
	return rcpt, nil
}

// replay re-runs a transaction that failed on chain as a call on the state of its block's parent and
// returns the custom error it reverts with there ("" when the call succeeds there: the failure came
// from the block's own time or contents, or from running out of gas).
func (c *txer) replay(ctx context.Context, tx *types.Transaction, rcpt *types.Receipt) (string, error) {
	if rcpt.BlockNumber == nil || rcpt.BlockNumber.Sign() == 0 {
		return "", nil
	}
	msg := ethereum.CallMsg{From: c.opts.From, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	_, err := c.b.CallContract(ctx, msg, new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1)))
	if err == nil {
		return "", nil
	}
	return bindings.RevertName(err), err
}

// sendNew gives the transaction its nonce, has send build and sign it, and sends it.
func (c *txer) sendNew(ctx context.Context, send func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Transaction, error) {
	c.nonceMu.Lock()
	defer c.nonceMu.Unlock()
	nonce, err := c.b.PendingNonceAt(ctx, c.opts.From)
	if err != nil {
		return nil, fmt.Errorf("%w: read nonce of %s: %v", ErrUnreachable, c.opts.From, err)
	}
	if c.inflight > 0 && c.next > nonce {
		nonce = c.next // the node may not have all of ours in its pending view yet
	}
	opts := *c.opts
	opts.Context, opts.Nonce, opts.NoSend = ctx, new(big.Int).SetUint64(nonce), true
	tx, err := send(&opts)
	if err != nil {
		return nil, err
	}
	if tx == nil || tx.Nonce() != nonce {
		return nil, errors.New("chain: the send function must build the transaction with the options it is given")
	}
	if err := c.b.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("send %s (nonce %d): %w", tx.Hash(), nonce, err)
	}
	c.next, c.inflight = nonce+1, c.inflight+1
	return tx, nil
}

func (c *txer) release() {
	c.nonceMu.Lock()
	c.inflight--
	c.nonceMu.Unlock()
}

// waitMined waits until one version of the transaction (the first, or a replacement) is mined and
// the block holding it is the latest or older, replacing it when it is stuck.
func (c *txer) waitMined(ctx context.Context, first *types.Transaction) (*types.Receipt, error) {
	t := time.NewTicker(c.poll)
	defer t.Stop()
	sent := []*types.Transaction{first}
	lastSend := time.Now()
	for {
		for _, tx := range sent {
			rcpt, err := c.b.TransactionReceipt(ctx, tx.Hash())
			if err == nil {
				// A node may serve the receipt a moment before the block becomes "latest"; the caller's
				// next call must see the transaction's effects.
				if head, herr := c.b.BlockNumber(ctx); herr == nil && head >= rcpt.BlockNumber.Uint64() {
					return rcpt, nil
				}
			} else if !errors.Is(err, ethereum.NotFound) && !indexing(err) {
				return nil, err
			}
		}
		if c.replace > 0 && time.Since(lastSend) >= c.replace && len(sent) <= MaxReplacements {
			lastSend = time.Now()
			next, err := c.bump(ctx, sent[len(sent)-1])
			if err == nil {
				err = c.b.SendTransaction(ctx, next)
			}
			// A refused replacement (its nonce was just mined, or the node is briefly unreachable)
			// changes nothing: the versions already sent are still watched, and the next round tries
			// again.
			if err == nil {
				sent = append(sent, next)
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// indexing reports go-ethereum's answer while it builds its transaction index after a start: the
// receipt may exist, ask again.
func indexing(err error) bool {
	return strings.Contains(err.Error(), "transaction indexing is in progress")
}

// bump returns tx re-signed with the same nonce, gas and call and higher fees: each raised by 12.5%
// (at least 1 wei), or to what the node now suggests if that is more.
func (c *txer) bump(ctx context.Context, tx *types.Transaction) (*types.Transaction, error) {
	var inner types.TxData
	switch tx.Type() {
	case types.LegacyTxType:
		price, err := c.b.SuggestGasPrice(ctx)
		if err != nil {
			return nil, err
		}
		inner = &types.LegacyTx{Nonce: tx.Nonce(), GasPrice: maxBig(raise(tx.GasPrice()), price), Gas: tx.Gas(),
			To: tx.To(), Value: tx.Value(), Data: tx.Data()}
	case types.DynamicFeeTxType:
		tip, err := c.b.SuggestGasTipCap(ctx)
		if err != nil {
			return nil, err
		}
		head, err := c.b.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, err
		}
		tipCap := maxBig(raise(tx.GasTipCap()), tip)
		feeCap := new(big.Int).Add(tipCap, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
		feeCap = maxBig(raise(tx.GasFeeCap()), feeCap)
		inner = &types.DynamicFeeTx{ChainID: tx.ChainId(), Nonce: tx.Nonce(), GasTipCap: tipCap, GasFeeCap: feeCap,
			Gas: tx.Gas(), To: tx.To(), Value: tx.Value(), Data: tx.Data(), AccessList: tx.AccessList()}
	default:
		return nil, fmt.Errorf("chain: cannot replace a transaction of type %d", tx.Type())
	}
	return c.opts.Signer(c.opts.From, types.NewTx(inner))
}

// raise returns x + x/8, at least x + 1.
func raise(x *big.Int) *big.Int {
	y := new(big.Int).Rsh(x, 3)
	if y.Sign() == 0 {
		y.SetInt64(1)
	}
	return y.Add(y, x)
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}
