package heartbeat

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/proofs"
)

// challenges answers the open renter challenges of the farmer's agreements, each against the
// revision ON CHAIN at the time (a renter may challenge before the farmer's newer revision is
// posted: the farmer keeps that revision's tree and shards, see Agreements.TreeAt), and tells the
// farmer which revision the chain holds so that it can free what newer revisions removed. It
// returns the first error; one agreement's failure does not stop the others.
func (l *Loop) challenges(ctx context.Context) error {
	states := l.a.AgreementStates()
	slices.SortFunc(states, func(x, y *market.AgreementState) int { return cmpU64(x.ID, y.ID) })
	var firstErr error
	keep := func(err error) {
		if err != nil && firstErr == nil {
			firstErr = err
		}
	}
	var head uint64
	var headRead bool
	for _, s := range states {
		info, err := l.c.Agreement(ctx, s.ID)
		if errors.Is(err, chain.ErrUnknownAgreement) {
			continue
		} else if err != nil {
			keep(err)
			continue
		}
		if info.Farmer != l.me {
			continue
		}
		if info.Status != chain.AgreementOpen {
			keep(l.a.ChainAt(s.ID, math.MaxUint64)) // ended: no challenge can come any more
			continue
		}
		if info.ChallengeBlock != 0 {
			if !headRead {
				if head, err = l.c.HeadTime(ctx); err != nil {
					keep(err)
					continue
				}
				headRead = true
			}
			keep(l.answer(ctx, info, head))
		}
		keep(l.a.ChainAt(s.ID, info.Number))
	}
	return firstErr
}

// answer answers agreement info's open challenge when its seed exists (poking for it otherwise)
// with a proof from the tree of the revision on chain, verified locally first.
func (l *Loop) answer(ctx context.Context, info chain.AgreementInfo, head uint64) error {
	key := challengeKey{info.ID, info.ChallengeBlock}
	l.mu.Lock()
	done := l.answered[key]
	l.mu.Unlock()
	if done {
		return nil // answered; the chain read was older than the answer
	}
	if head >= info.ChallengeDeadline {
		l.giveUpChallenge(key, "challenge expired before it could be answered")
		return nil
	}
	seed, ready, err := l.c.ChallengeSeed(ctx, info.ID)
	var re *chain.RevertError
	switch {
	case errors.As(err, &re) && re.Name == "NoChallenge":
		return nil // answered or claimed since the read
	case errors.As(err, &re) && re.Name == "SeedLost":
		l.giveUpChallenge(key, "its seed's block hash is no longer available")
		return nil
	case err != nil:
		return err
	}
	if !ready {
		return l.pokeChallenge(ctx, key)
	}
	tree, err := l.a.TreeAt(info.ID, info.Number)
	if err != nil {
		l.giveUpChallenge(key, fmt.Sprintf("no tree of the revision on chain: %v", err))
		return nil
	}
	if tree.Root() != info.Root || tree.Shards() != info.Shards {
		l.giveUpChallenge(key, fmt.Sprintf("kept tree of revision %d is not the one on chain", info.Number))
		return nil
	}
	pr, err := tree.Prove(seed, info.ID, l.a.ProofSource())
	if err == nil {
		err = proofs.VerifyAgreementLeaf(seed, info.Root, info.Shards, pr)
	}
	if err != nil {
		l.giveUpChallenge(key, fmt.Sprintf("proof: %v", err))
		return nil
	}
	err = l.c.AnswerChallenge(ctx, info.ID, pr)
	switch {
	case err == nil:
		l.mu.Lock()
		l.answered[key] = true
		l.mu.Unlock()
		l.log.Info("challenge answered", "agreement", info.ID, "block", info.ChallengeBlock, "revision", info.Number)
		return nil
	case errors.As(err, &re) && re.Name == "NoChallenge":
		return nil // answered meanwhile (a resend after a restart)
	case errors.As(err, &re) && re.Name == "InvalidProof":
		// The root moved between the read and the answer (someone posted a newer co-signed
		// revision): the next tick answers against the new one.
		return fmt.Errorf("answer challenge of agreement %d: the revision on chain moved: %w", info.ID, err)
	}
	return fmt.Errorf("answer challenge of agreement %d: %w", info.ID, err)
}

// challengeKey is one challenge: its agreement and block.
type challengeKey struct{ id, block uint64 }

// giveUpChallenge logs, once, a challenge this farmer cannot answer.
func (l *Loop) giveUpChallenge(key challengeKey, why string) {
	l.mu.Lock()
	seen := l.lostChallenges[key]
	l.lostChallenges[key] = true
	l.mu.Unlock()
	if !seen {
		l.log.Error("challenge cannot be answered", "agreement", key.id, "block", key.block, "why", why)
	}
}

// pokeChallenge seals a block (a poke) so that the challenge's seed comes on a chain that seals
// blocks only on transactions, unless a poke for it is recent.
func (l *Loop) pokeChallenge(ctx context.Context, key challengeKey) error {
	l.mu.Lock()
	last, ok := l.challengePoke[key]
	l.mu.Unlock()
	if ok && time.Since(last) < l.cfg.PokeAfter {
		return nil
	}
	if err := l.c.Poke(ctx); err != nil {
		return err
	}
	l.mu.Lock()
	l.challengePoke[key] = time.Now()
	l.mu.Unlock()
	l.log.Debug("heartbeat: poked for a challenge seed", "agreement", key.id)
	return nil
}
