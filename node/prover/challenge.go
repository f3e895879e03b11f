package prover

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// ChallengeOutcome is what became of one renter challenge.
type ChallengeOutcome int

// Challenge outcomes.
const (
	ChallengePending  ChallengeOutcome = iota // open, not answered yet
	ChallengeAnswered                         // the chain holds the answer (this prover's or an earlier run's)
	ChallengeLost                             // the leaf could not be proved: nothing was submitted
	ChallengeMissed                           // the deadline passed unanswered
)

func (o ChallengeOutcome) String() string {
	switch o {
	case ChallengePending:
		return "pending"
	case ChallengeAnswered:
		return "answered"
	case ChallengeLost:
		return "lost"
	case ChallengeMissed:
		return "missed"
	}
	return fmt.Sprintf("challenge outcome %d", int(o))
}

// ChallengeResult is one renter challenge (ChallengeIssued event) as this prover saw it.
type ChallengeResult struct {
	DealID   uint64
	Leaf     uint64
	Deadline uint64 // the last block in which the answer is accepted
	Outcome  ChallengeOutcome
	Block    chain.BlockRef // the block holding the answer, when known (ChallengeAnswered)
	Err      error          // the loss, or the last failed attempt
}

type challengeKey struct {
	deal     uint64
	deadline uint64
}

// Challenges returns the renter challenges seen so far, by deadline then deal.
func (p *Prover) Challenges() []ChallengeResult {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]ChallengeResult, 0, len(p.chals))
	for _, r := range p.chals {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Deadline != out[j].Deadline {
			return out[i].Deadline < out[j].Deadline
		}
		return out[i].DealID < out[j].DealID
	})
	return out
}

func (p *Prover) setChallenge(r ChallengeResult) {
	p.mu.Lock()
	p.chals[challengeKey{r.DealID, r.Deadline}] = &r
	p.mu.Unlock()
}

func (p *Prover) challengeResult(k challengeKey) (ChallengeResult, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	r, ok := p.chals[k]
	if !ok {
		return ChallengeResult{}, false
	}
	return *r, true
}

// answerChallenges answers the renter challenges of this farmer that are still open on the latest
// block. A challenge is answerable for proofWindow blocks after it was issued, so the ChallengeIssued
// events are read afresh over the last proofWindow+Margin blocks on every poll: nothing is carried
// across blocks but the outcomes already final, and a reorg only changes what the next read returns.
func (p *Prover) answerChallenges(ctx context.Context, head uint64) error {
	from := p.c.Deployment().StartBlock
	if back := p.c.Params.ProofWindow + p.opts.Margin + 1; head > from+back {
		from = head - back
	}
	it, err := p.c.Market.FilterChallengeIssued(&bind.FilterOpts{Context: ctx, Start: from, End: &head}, nil,
		[]common.Address{p.addr})
	if err != nil {
		return fmt.Errorf("list challenges: %w", err)
	}
	var evs []ChallengeResult
	for it.Next() {
		evs = append(evs, ChallengeResult{DealID: it.Event.DealId, Leaf: it.Event.Leaf, Deadline: it.Event.Deadline})
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("list challenges: %w", err)
	}
	it.Close()
	var errs []error
	for _, ev := range evs {
		k := challengeKey{ev.DealID, ev.Deadline}
		if r, ok := p.challengeResult(k); ok && r.Outcome != ChallengePending {
			continue
		}
		errs = append(errs, p.answer(ctx, ev))
	}
	return errors.Join(errs...)
}

// answer answers one challenge if the chain still holds it open.
func (p *Prover) answer(ctx context.Context, r ChallengeResult) error {
	d, err := p.c.Deal(ctx, r.DealID)
	if err != nil {
		return err
	}
	head, err := p.c.Block(ctx)
	if err != nil {
		return err
	}
	if d.ChallengeDeadline != r.Deadline || d.ChallengeLeaf != r.Leaf {
		// Closed: answered (by an earlier run), or reported missed and possibly re-issued (a later
		// ChallengeIssued event carries the new one). The ChallengeAnswered events tell which.
		in, err := p.answeredOnChain(ctx, r, head)
		if err != nil {
			return err
		}
		prev, _ := p.challengeResult(challengeKey{r.DealID, r.Deadline})
		if in.Number != 0 {
			r.Outcome, r.Block = ChallengeAnswered, in
		} else {
			r.Outcome, r.Err = ChallengeMissed, prev.Err
		}
		p.setChallenge(r)
		return nil
	}
	if head+p.opts.Margin > r.Deadline {
		if head > r.Deadline {
			prev, _ := p.challengeResult(challengeKey{r.DealID, r.Deadline})
			r.Outcome, r.Err = ChallengeMissed, prev.Err
			p.setChallenge(r)
			p.log.Error("renter challenge missed", "deal", r.DealID, "deadline", r.Deadline, "err", r.Err)
		}
		return nil
	}
	pctx, cancel := context.WithTimeout(ctx, p.opts.ProveTimeout)
	resp, err := p.f.Prove(pctx, r.DealID, r.Leaf)
	cancel()
	if errors.Is(err, wire.ErrCorrupt) || errors.Is(err, wire.ErrNotFound) {
		r.Outcome, r.Err = ChallengeLost, fmt.Errorf("%w: renter challenge, deal %d leaf %d: %w", ErrLost, r.DealID, r.Leaf, err)
		p.setChallenge(r)
		p.log.Error("challenged data lost: challenge not answered", "deal", r.DealID, "leaf", r.Leaf, "err", err)
		return nil
	} else if err != nil {
		r.Err = fmt.Errorf("prove renter challenge, deal %d leaf %d: %w", r.DealID, r.Leaf, err)
		p.setChallenge(r)
		return r.Err
	}
	if len(resp.Data) != proofs.LeafSize {
		r.Err = fmt.Errorf("prove renter challenge, deal %d: leaf of %d bytes", r.DealID, len(resp.Data))
		p.setChallenge(r)
		return r.Err
	}
	path := make([][32]byte, len(resp.Path))
	for i, h := range resp.Path {
		path[i] = h
	}
	tctx, cancel := context.WithTimeout(ctx, p.opts.TxTimeout)
	defer cancel()
	rcpt, err := p.c.Transact(tctx, fmt.Sprintf("answer challenge on deal %d", r.DealID), func(o *bind.TransactOpts) (*types.Transaction, error) {
		// Proving took time: estimateGas runs against the latest block, so check just before it that
		// the answer can still land by the deadline.
		head, err := p.c.Block(o.Context)
		if err != nil {
			return nil, err
		}
		if head+p.opts.Margin > r.Deadline {
			return nil, fmt.Errorf("%w: latest block %d, challenge deadline %d", errWindowClosing, head, r.Deadline)
		}
		return p.c.Market.AnswerChallenge(o, r.DealID, resp.Data, path)
	})
	var rev *chain.RevertError
	switch {
	case err == nil:
		r.Outcome, r.Block = ChallengeAnswered, chain.BlockRef{Number: rcpt.BlockNumber.Uint64(), Hash: rcpt.BlockHash}
		p.log.Info("renter challenge answered", "deal", r.DealID, "leaf", r.Leaf)
	case errors.As(err, &rev) && rev.Name == "NoChallenge":
		// Answered in the meantime (an earlier run's transaction): the next poll reads the deal again.
		r.Err = err
		p.setChallenge(r)
		return nil
	default:
		// Retried on the next poll while the deadline allows; recorded missed after it.
		r.Err = err
	}
	p.setChallenge(r)
	if r.Outcome == ChallengePending {
		return err
	}
	return nil
}

// answeredOnChain returns the block of the ChallengeAnswered event for r's deal mined between r's
// issue and its deadline (zero if there is none).
func (p *Prover) answeredOnChain(ctx context.Context, r ChallengeResult, head uint64) (chain.BlockRef, error) {
	from, to := p.c.Deployment().StartBlock, min(r.Deadline, head)
	if r.Deadline > from+p.c.Params.ProofWindow {
		from = r.Deadline - p.c.Params.ProofWindow
	}
	it, err := p.c.Market.FilterChallengeAnswered(&bind.FilterOpts{Context: ctx, Start: from, End: &to},
		[]uint64{r.DealID}, []common.Address{p.addr})
	if err != nil {
		return chain.BlockRef{}, fmt.Errorf("list challenge answers: %w", err)
	}
	defer it.Close()
	var in chain.BlockRef
	for it.Next() {
		in = chain.BlockRef{Number: it.Event.Raw.BlockNumber, Hash: it.Event.Raw.BlockHash}
	}
	if err := it.Error(); err != nil {
		return chain.BlockRef{}, fmt.Errorf("list challenge answers: %w", err)
	}
	return in, nil
}
