package prover

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/node/chain"
)

// txReader is the part of a chain connection that returns transactions (*ethclient.Client and the
// simulated backend's client have it; chain.Backend does not require it).
type txReader interface {
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// followHead brings the head follower up to the latest block and undoes what the blocks a reorg
// dropped held: a heartbeat or challenge answer mined in one of them is pending again (and proved
// again while its window allows), and the cache of settled deals is forgotten. A reorg deeper than
// the follower remembers is handled by checking every recorded block against the chain.
func (p *Prover) followHead(ctx context.Context) (uint64, error) {
	if p.heads == nil {
		head, err := p.c.Block(ctx)
		if err != nil {
			return 0, err
		}
		p.heads = chain.NewFollower(p.c.Backend(), head, chain.WithDepth(p.opts.ReorgDepth), chain.WithHeadWatch(p.watch))
	}
	err := p.heads.Sync(ctx, func(_ context.Context, u chain.Update) error {
		p.drop(u.Dropped)
		return nil
	})
	if errors.Is(err, chain.ErrDeepReorg) {
		p.log.Error("reorg deeper than followed: checking every recorded block", "err", err)
		if err := p.recheck(ctx); err != nil {
			return 0, err
		}
		p.heads = nil
		return p.followHead(ctx)
	} else if err != nil {
		return 0, err
	}
	return p.heads.Applied(), nil
}

// drop undoes what the blocks gone held.
func (p *Prover) drop(gone func(chain.BlockRef) bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	changed := false
	for _, r := range p.results {
		if r.Outcome == Proven && gone(r.Block) {
			changed = true
			p.log.Warn("heartbeat dropped by a reorg: proving again", "period", r.Period, "tx", r.Tx, "block", r.Block.Number)
			if r.Tx != (common.Hash{}) {
				r.Dropped = append(r.Dropped, r.Tx)
			}
			r.Outcome, r.Tx, r.Block = Pending, common.Hash{}, chain.BlockRef{}
		}
	}
	for _, r := range p.chals {
		if r.Outcome == ChallengeAnswered && gone(r.Block) {
			changed = true
			p.log.Warn("challenge answer dropped by a reorg: answering again", "deal", r.DealID, "block", r.Block.Number)
			r.Outcome, r.Block = ChallengePending, chain.BlockRef{}
		}
	}
	if changed {
		p.settled = map[uint64]bool{}
		p.lastSettle = ^uint32(0)
	}
}

// recheck reverts every recorded block the chain no longer holds.
func (p *Prover) recheck(ctx context.Context) error {
	p.mu.Lock()
	var refs []chain.BlockRef
	for _, r := range p.results {
		if r.Block.Number != 0 {
			refs = append(refs, r.Block)
		}
	}
	for _, r := range p.chals {
		if r.Block.Number != 0 {
			refs = append(refs, r.Block)
		}
	}
	p.mu.Unlock()
	gone := map[chain.BlockRef]bool{}
	for _, b := range refs {
		h, err := p.c.Backend().HeaderByNumber(ctx, new(big.Int).SetUint64(b.Number))
		if err != nil {
			return fmt.Errorf("read header %d: %w", b.Number, err)
		}
		gone[b] = h.Hash() != b.Hash
	}
	p.drop(func(b chain.BlockRef) bool { return gone[b] })
	p.mu.Lock()
	p.settled = map[uint64]bool{}
	p.mu.Unlock()
	p.lastSettle = ^uint32(0)
	return nil
}

// provenIn returns the block holding the farmer's heartbeat for period q, proven by a transaction
// this prover did not see mined (an earlier run's, or a dropped one mined again).
func (p *Prover) provenIn(ctx context.Context, q uint32) (chain.BlockRef, common.Hash, error) {
	first, _ := p.c.Schedule.ProofWindowOf(q)
	it, err := p.c.Market.FilterHeartbeatProven(&bind.FilterOpts{Context: ctx, Start: first},
		[]common.Address{p.addr}, []uint32{q})
	if err != nil {
		return chain.BlockRef{}, common.Hash{}, fmt.Errorf("find heartbeat of period %d: %w", q, err)
	}
	defer it.Close()
	var ref chain.BlockRef
	var tx common.Hash
	for it.Next() {
		ref, tx = chain.BlockRef{Number: it.Event.Raw.BlockNumber, Hash: it.Event.Raw.BlockHash}, it.Event.Raw.TxHash
	}
	if err := it.Error(); err != nil {
		return chain.BlockRef{}, common.Hash{}, fmt.Errorf("find heartbeat of period %d: %w", q, err)
	}
	return ref, tx, nil
}

// droppedPending reports whether the node put a heartbeat dropped by a reorg back in its pool: it
// will be mined again, and a new heartbeat would only queue behind it.
func (p *Prover) droppedPending(ctx context.Context, r Result) bool {
	tr, ok := p.c.Backend().(txReader)
	if !ok || len(r.Dropped) == 0 {
		return false
	}
	_, pending, err := tr.TransactionByHash(ctx, r.Dropped[len(r.Dropped)-1])
	return err == nil && pending
}
