package auditor

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/proofs"
)

// follow brings the auditor up to the latest block: it undoes what blocks dropped by a reorg held
// and applies the market events of every new block in chain order. It returns the last applied
// block. On a reorg deeper than it remembers, or a mirror that no longer fits the chain, it starts
// over from the deployment block.
func (a *Auditor) follow(ctx context.Context) (uint64, error) {
	if a.heads == nil {
		head, err := a.c.Block(ctx)
		if err != nil {
			return 0, err
		}
		start := a.c.Deployment().StartBlock
		a.verifyFrom = start
		if back := uint64(a.opts.VerifyBacklog) * a.c.Params.PeriodBlocks; !a.verifyAll && head > start+back {
			a.verifyFrom = head - back
		}
		f := chain.NewFollower(a.c.Backend(), start, chain.WithDepth(a.opts.ReorgDepth), chain.WithHeadWatch(a.watch))
		a.mu.Lock()
		a.heads = f
		a.mu.Unlock()
	}
	err := a.heads.Sync(ctx, a.apply)
	if errors.Is(err, chain.ErrDeepReorg) || errors.Is(err, errMirror) {
		a.log.Error("starting over from the deployment block", "err", err)
		a.resetLogState()
		a.mu.Lock()
		a.reports = map[key]Report{}
		a.mu.Unlock()
		return 0, err
	} else if err != nil {
		return 0, err
	}
	applied := a.heads.Applied()
	a.mu.Lock()
	if applied > a.opts.ReorgDepth {
		a.mirror.prune(applied - a.opts.ReorgDepth)
	}
	a.mu.Unlock()
	return applied, nil
}

// followed are the market events the auditor derives state from.
var followed = []string{"DealCreated", "DealActivated", "DealDeactivated", "HeartbeatProven", "ChallengeIssued"}

// apply undoes the update's dropped blocks, then applies its new blocks. If applying fails, what it
// applied is undone and the update is not committed: the next poll tries again.
func (a *Auditor) apply(ctx context.Context, u chain.Update) error {
	a.mu.Lock()
	err := a.undoLogs(u.Dropped)
	a.undoDecisions(u.Dropped)
	a.mu.Unlock()
	if err != nil {
		return err
	}
	if u.From > u.To {
		return nil
	}
	topics := make([]common.Hash, len(followed))
	for i, name := range followed {
		topics[i] = a.abi.Events[name].ID
	}
	logs, err := a.c.Backend().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(u.From), ToBlock: new(big.Int).SetUint64(u.To),
		Addresses: []common.Address{a.c.Deployment().Market}, Topics: [][]common.Hash{topics},
	})
	if err != nil {
		return fmt.Errorf("read market events of blocks %d..%d: %w", u.From, u.To, err)
	}
	for _, l := range logs {
		if err := u.Check(l); err != nil {
			return err
		}
	}
	if err := a.applyLogs(ctx, logs); err != nil {
		a.mu.Lock()
		uerr := a.undoLogs(func(b chain.BlockRef) bool { return b.Number >= u.From })
		a.mu.Unlock()
		return errors.Join(err, uerr)
	}
	return nil
}

func ref(l types.Log) chain.BlockRef { return chain.BlockRef{Number: l.BlockNumber, Hash: l.BlockHash} }

// applyLogs applies market events in chain order.
func (a *Auditor) applyLogs(ctx context.Context, logs []types.Log) error {
	m := a.c.Market
	for _, l := range logs {
		switch l.Topics[0] {
		case a.abi.Events["DealCreated"].ID:
			ev, err := m.ParseDealCreated(l)
			if err != nil {
				return err
			}
			a.mu.Lock()
			a.deals[ev.DealId] = ref(l)
			a.mu.Unlock()
		case a.abi.Events["DealActivated"].ID:
			if a.opts.NoVerify {
				continue
			}
			ev, err := m.ParseDealActivated(l)
			if err != nil {
				return err
			}
			if err := a.applySetChange(ctx, a.mirror.activate, ref(l), ev.Farmer, ev.DealId, ev.Class, ev.Index); err != nil {
				return err
			}
		case a.abi.Events["DealDeactivated"].ID:
			if a.opts.NoVerify {
				continue
			}
			ev, err := m.ParseDealDeactivated(l)
			if err != nil {
				return err
			}
			if err := a.applySetChange(ctx, a.mirror.deactivate, ref(l), ev.Farmer, ev.DealId, ev.Class, ev.Index); err != nil {
				return err
			}
		case a.abi.Events["HeartbeatProven"].ID:
			if a.opts.NoVerify || l.BlockNumber < a.verifyFrom {
				continue
			}
			ev, err := m.ParseHeartbeatProven(l)
			if err != nil {
				return err
			}
			// The heartbeat's own flush comes first in its transaction: the mirror holds the set it was
			// challenged on. Only this goroutine changes the mirror.
			a.mu.Lock()
			set := a.mirror.set(ev.Farmer)
			a.mu.Unlock()
			v, err := a.verify(ctx, ev, set)
			if err != nil {
				return err
			}
			if v.Err != nil {
				a.log.Error("heartbeat does not verify off-chain", "farmer", v.Farmer, "period", v.Period, "tx", v.Tx, "err", v.Err)
			}
			a.mu.Lock()
			a.verified = append(a.verified, v)
			a.mu.Unlock()
		case a.abi.Events["ChallengeIssued"].ID:
			ev, err := m.ParseChallengeIssued(l)
			if err != nil {
				return err
			}
			k := challengeKey{ev.DealId, ev.Deadline}
			a.mu.Lock()
			if _, done := a.chalDone[k]; !done {
				a.chalOpen[k] = ChallengeReport{DealID: ev.DealId, Farmer: ev.Farmer, Deadline: ev.Deadline, Issued: ref(l)}
			}
			a.mu.Unlock()
		}
	}
	return nil
}

// undoLogs forgets what the blocks gone held (a.mu held).
func (a *Auditor) undoLogs(gone func(chain.BlockRef) bool) error {
	err := a.mirror.undo(gone)
	kept := a.verified[:0]
	for _, v := range a.verified {
		if gone(v.Block) {
			a.log.Warn("verified heartbeat dropped by a reorg", "farmer", v.Farmer, "period", v.Period, "tx", v.Tx, "block", v.Block.Number)
			continue
		}
		kept = append(kept, v)
	}
	clear(a.verified[len(kept):])
	a.verified = kept
	for k, r := range a.chalOpen {
		if gone(r.Issued) {
			delete(a.chalOpen, k)
		}
	}
	for k, r := range a.chalDone {
		if gone(r.Issued) {
			delete(a.chalDone, k)
		}
	}
	dropped := false
	for id, b := range a.deals {
		if gone(b) {
			delete(a.deals, id)
			dropped = true
		}
	}
	if dropped {
		a.dealInfo = map[uint64]deal{} // a deal id may name another deal on the new branch
	}
	return err
}

// undoDecisions forgets the outcomes read in the blocks gone, so they are checked again (a.mu held).
func (a *Auditor) undoDecisions(gone func(chain.BlockRef) bool) {
	for k, r := range a.reports {
		if gone(r.Block) {
			a.log.Warn("miss check undone by a reorg", "farmer", r.Farmer, "period", r.Period, "outcome", r.Outcome)
			delete(a.reports, k)
		}
	}
	for k, r := range a.chalDone {
		if gone(r.Block) {
			r.Outcome, r.Tx, r.Block = 0, common.Hash{}, chain.BlockRef{}
			delete(a.chalDone, k)
			a.chalOpen[k] = r
		}
	}
}

// applySetChange applies one DealActivated or DealDeactivated event (apply is the mirror's activate
// or deactivate) to the mirror of the farmer's challenge set.
func (a *Auditor) applySetChange(ctx context.Context, apply func(chain.BlockRef, common.Address, proofs.SetDeal, uint8, uint64) error,
	b chain.BlockRef, farmer common.Address, dealID uint64, class uint8, index uint64) error {
	d, err := a.deal(ctx, dealID)
	if err != nil {
		return err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return apply(b, farmer, proofs.SetDeal{ID: dealID, Leaves: d.Shape.Leaves}, class, index)
}
