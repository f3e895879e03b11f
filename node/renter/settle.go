package renter

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/chain"
)

// Settled is an agreement SettleDue settled.
type Settled struct {
	ID     uint64         `json:"id"`
	Farmer common.Address `json:"farmer"`
	Why    string         `json:"why"` // "farmer disqualified" or "ended"
}

// SettleDue settles the renter's open agreements that can be settled now, so that what they hold
// for the renter comes back: those whose farmer was disqualified (the agreement fails: the unearned
// escrow and the farmer's collateral go to the renter) and those whose end's report window has
// closed (the unused escrow comes back). Settling is open to anyone; the farmer's own loop settles
// its ended agreements too, and a disqualified farmer's never. An agreement the contract refuses
// to settle yet (NotEnded: the farmer was disqualified after the agreement's end) is left for later.
func (a *Agreements) SettleDue(ctx context.Context) ([]Settled, error) {
	now, err := a.chain.HeadTime(ctx)
	if err != nil {
		return nil, fmt.Errorf("renter: settle: head: %w", err)
	}
	var out []Settled
	var errs []error
	dq := map[common.Address]bool{}
	for _, ag := range a.book.list() {
		info, err := a.chain.Agreement(ctx, ag.terms.ID)
		if err != nil {
			errs = append(errs, fmt.Errorf("renter: settle agreement %d: %w", ag.terms.ID, err))
			continue
		}
		if info.Status != AgreementStatusOpen {
			continue
		}
		fa := info.Farmer
		if _, ok := dq[fa]; !ok {
			f, err := a.farmerInfo(ctx, fa)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			dq[fa] = f.Disqualified
		}
		why := ""
		switch {
		case dq[fa]:
			why = "farmer disqualified"
		case now >= a.sched.PeriodStart(info.EndPeriod+1+uint32(a.sched.ReportPeriods)):
			why = "ended"
		default:
			continue
		}
		err = a.chain.Settle(ctx, ag.terms.ID)
		var re *chain.RevertError
		if errors.As(err, &re) && re.Name == "NotEnded" {
			continue
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("renter: settle agreement %d with %s: %w", ag.terms.ID, fa, err))
			continue
		}
		a.log.Info("agreement settled", "agreement", ag.terms.ID, "farmer", fa, "why", why)
		out = append(out, Settled{ID: ag.terms.ID, Farmer: fa, Why: why})
	}
	return out, errors.Join(errs...)
}
