package renter

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/proofs"
)

// Renew extends every open agreement of the book that ends within `within` periods of the current
// one to Options.Periods from now: it deposits the escrow the extension needs (the rate of the
// agreement's whole size, MaxBytes, for the added periods: one chain transaction per agreement)
// and has the farmer co-sign a revision moving the end; the farmer's next heartbeat posts it. An
// agreement that already ended cannot be extended (the market refuses); its data must move
// (repair). An agreement whose farmer announced its exit is not extended either (the farmer would
// refuse, and repair moves its data away). It returns how many agreements were extended; a farmer that refuses or cannot be
// reached is one error among the others, and its agreement is tried again on the next call (the
// deposit stays in its escrow and counts then).
func (a *Agreements) Renew(ctx context.Context, within uint32) (renewed int, problems error) {
	cur, err := a.chain.CurrentPeriod(ctx)
	if err != nil {
		return 0, fmt.Errorf("renter: renew: current period: %w", err)
	}
	newEnd := cur + a.opt.Periods
	var errs []error
	for _, ag := range a.book.list() {
		st := ag.snapshot()
		end := st.Latest.EndPeriod
		if end >= cur+within || end >= newEnd {
			continue
		}
		info, err := a.chain.Agreement(ctx, ag.terms.ID)
		if err != nil {
			errs = append(errs, fmt.Errorf("renter: renew agreement %d: %w", ag.terms.ID, err))
			continue
		}
		if info.Status != AgreementStatusOpen || cur > info.EndPeriod {
			continue // ended: nothing to extend
		}
		f, err := a.farmerInfo(ctx, ag.terms.Farmer)
		if err != nil {
			errs = append(errs, fmt.Errorf("renter: renew agreement %d: %w", ag.terms.ID, err))
			continue
		}
		if f.Exiting() {
			continue // leaving: its data moves (repair), no deposit for it
		}
		// The escrow must pay the whole size to the new end (what the farmer checks and the
		// contract requires), counting what is left of it.
		size := max(ag.terms.MaxBytes, st.Latest.Leaves*proofs.LeafSize)
		need := new(big.Int).Mul(market.Rate(ag.terms.PricePerGiB, size/proofs.LeafSize), big.NewInt(int64(newEnd-min(cur, info.AccruedTo))))
		left := new(big.Int).Sub(info.Escrow, info.Accrued)
		if short := new(big.Int).Sub(need, left); short.Sign() > 0 {
			if err := a.chain.Deposit(ctx, ag.terms.ID, short); err != nil {
				errs = append(errs, fmt.Errorf("renter: renew agreement %d: deposit %s: %w", ag.terms.ID, short, err))
				continue
			}
		}
		err = a.revise(ctx, ag, a.dial(f), func(*market.AgreementState) market.Change { return market.Change{EndPeriod: newEnd} })
		if err != nil {
			errs = append(errs, fmt.Errorf("renter: renew agreement %d with %s: %w", ag.terms.ID, ag.terms.Farmer, err))
			continue
		}
		a.log.Info("agreement renewed", "agreement", ag.terms.ID, "farmer", ag.terms.Farmer, "from", end, "to", newEnd)
		renewed++
	}
	return renewed, errors.Join(errs...)
}
