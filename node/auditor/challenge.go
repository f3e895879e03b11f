package auditor

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/node/chain"
)

// ChallengeOutcome is what became of a renter challenge whose deadline passed.
type ChallengeOutcome int

// Outcomes of a renter challenge check.
const (
	ChallengeReported     ChallengeOutcome = iota // this auditor's reportChallengeMissed was mined
	ChallengeClosed                               // answered in time, or reported by someone else (NoChallenge)
	ChallengeDisqualified                         // the farmer was disqualified: nothing to slash any more
)

func (o ChallengeOutcome) String() string {
	return [...]string{"reported", "closed", "farmer disqualified"}[o]
}

// ChallengeReport is the final outcome of one renter challenge (ChallengeIssued event).
type ChallengeReport struct {
	DealID   uint64
	Farmer   common.Address
	Deadline uint64
	Outcome  ChallengeOutcome
	Tx       common.Hash    // when ChallengeReported
	Issued   chain.BlockRef // the block of the ChallengeIssued event
	Block    chain.BlockRef // the block the outcome was read in (the report's block when ChallengeReported)
}

type challengeKey struct {
	deal     uint64
	deadline uint64
}

// ChallengeReports returns the renter challenges checked so far, by deadline then deal.
func (a *Auditor) ChallengeReports() []ChallengeReport {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make([]ChallengeReport, 0, len(a.chalDone))
	for _, r := range a.chalDone {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Deadline != out[j].Deadline {
			return out[i].Deadline < out[j].Deadline
		}
		return out[i].DealID < out[j].DealID
	})
	return out
}

// checkChallenges reports every renter challenge (read from the ChallengeIssued events as blocks
// are applied) whose deadline has passed while the deal still holds it open (unanswered).
func (a *Auditor) checkChallenges(ctx context.Context, head uint64, tip chain.BlockRef) error {
	a.mu.Lock()
	var due []ChallengeReport
	for _, r := range a.chalOpen {
		if head > r.Deadline {
			due = append(due, r)
		}
	}
	a.mu.Unlock()
	sort.Slice(due, func(i, j int) bool { return due[i].Deadline < due[j].Deadline })
	var errs []error
	for _, r := range due {
		errs = append(errs, a.reportChallenge(ctx, r, tip))
	}
	return errors.Join(errs...)
}

// reportChallenge reports one expired challenge if the deal still holds it.
func (a *Auditor) reportChallenge(ctx context.Context, r ChallengeReport, tip chain.BlockRef) error {
	r.Block = tip
	d, err := a.c.Deal(ctx, r.DealID)
	if err != nil {
		return err
	}
	if d.ChallengeDeadline != r.Deadline {
		// Answered in time, or already reported (and perhaps challenged again: that is a new event).
		r.Outcome = ChallengeClosed
		a.finishChallenge(r)
		return nil
	}
	tctx, cancel := context.WithTimeout(ctx, a.opts.TxTimeout)
	defer cancel()
	rcpt, err := a.c.Transact(tctx, fmt.Sprintf("report challenge on deal %d missed", r.DealID), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.c.Market.ReportChallengeMissed(o, r.DealID)
	})
	var rev *chain.RevertError
	switch {
	case err == nil:
		r.Outcome, r.Tx = ChallengeReported, rcpt.TxHash
		r.Block = chain.BlockRef{Number: rcpt.BlockNumber.Uint64(), Hash: rcpt.BlockHash}
		a.log.Info("renter challenge miss reported", "deal", r.DealID, "farmer", r.Farmer, "tx", rcpt.TxHash)
	case errors.As(err, &rev) && rev.Name == "NoChallenge":
		r.Outcome = ChallengeClosed
	case errors.As(err, &rev) && rev.Name == "FarmerDisqualified":
		r.Outcome = ChallengeDisqualified
	case errors.As(err, &rev) && rev.Name == "ChallengeNotExpired":
		return nil // the estimate ran on a block at the deadline: retried on the next poll
	default:
		return err // retried on the next poll
	}
	a.finishChallenge(r)
	return nil
}

func (a *Auditor) finishChallenge(r ChallengeReport) {
	k := challengeKey{r.DealID, r.Deadline}
	a.mu.Lock()
	delete(a.chalOpen, k)
	a.chalDone[k] = r
	a.mu.Unlock()
}
