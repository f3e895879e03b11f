package farmer

// A farmer's graceful exit (`granary farmer exit`), with no contract change:
//
//  1. On chain the exit is announced as capacity 0 (chain.FarmerInfo.Exiting). Renters never place
//     with an exiting farmer, and their repair moves its shards regardless of the repair threshold,
//     has it co-sign the revisions removing them, and closes each emptied agreement
//     (AgreementMarket.close: no penalty, the collateral back to the farmer's free stake, the unused
//     escrow back to the renter).
//  2. Locally the exit is recorded in the data directory (ExitFile), so that `farmer run` restarts
//     exiting: the Service refuses new agreements and new data (SetExiting) and the announcement
//     stays at capacity 0. The farmer keeps proving and serving what it holds.
//  3. The stake comes back in two steps. Free stake is unbonded once no agreement of the farmer is
//     open any more (every collateral is back in the free stake: one unbonding for all of it; an
//     unstake request restarts the contract's unbonding clock for everything unbonding), or at once
//     with ExitOptions.Unstake. Unbonding stake stays slashable, and the contract obliges the farmer
//     to a heartbeat every period until the last end of any agreement that held data (closing an
//     agreement does not shorten it), so the unbonded stake is withdrawn only once the unbonding
//     delay has passed AND the last owed heartbeat can no longer be reported (period
//     ObligedUntil + 1 + reportPeriods): until then a farmer that stops is slashed like any other.
//
// ExitStep does one round of 1 and 3 and reports where the exit stands; `farmer exit` runs it, and
// running it again later moves the exit on.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
)

// ExitFile is the file of a farmer's data directory that records its exit (JSON ExitRecord).
const ExitFile = "exiting"

// ExitRecord is the exit as recorded in the data directory.
type ExitRecord struct {
	Since  time.Time `json:"since"`  // when the exit was first recorded
	Period uint32    `json:"period"` // the market period then
}

// MarkExiting records the farmer's exit in dir, keeping an exit already recorded, and returns the
// record in force.
func MarkExiting(dir string, rec ExitRecord) (ExitRecord, error) {
	if old, ok, err := ExitRecorded(dir); err != nil || ok {
		return old, err
	}
	b, err := json.Marshal(rec)
	if err != nil {
		return ExitRecord{}, err
	}
	path := filepath.Join(dir, ExitFile)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return ExitRecord{}, fmt.Errorf("farmer: record the exit: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return ExitRecord{}, fmt.Errorf("farmer: record the exit: %w", err)
	}
	return rec, nil
}

// ExitRecorded reads the exit recorded in dir (ok false: none).
func ExitRecorded(dir string) (rec ExitRecord, ok bool, err error) {
	b, err := os.ReadFile(filepath.Join(dir, ExitFile))
	if errors.Is(err, os.ErrNotExist) {
		return ExitRecord{}, false, nil
	} else if err != nil {
		return ExitRecord{}, false, fmt.Errorf("farmer: read the exit record: %w", err)
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		return ExitRecord{}, false, fmt.Errorf("farmer: exit record %s: %w", filepath.Join(dir, ExitFile), err)
	}
	return rec, true, nil
}

// ExitChain is what an exit step needs of the chain (*chain.AgreementClient provides it), signing as
// the farmer.
type ExitChain interface {
	Address() common.Address
	Schedule() market.AgreementSchedule
	Head(ctx context.Context) (chain.Head, error)
	Standing(ctx context.Context, a common.Address) (chain.Standing, error)
	Farmer(ctx context.Context, a common.Address) (chain.FarmerInfo, error)
	AgreementsWith(ctx context.Context, farmer common.Address) ([]uint64, error)
	Agreement(ctx context.Context, id uint64) (chain.AgreementInfo, error)
	Announce(ctx context.Context, peerID, addrs []byte, pricePerGiB *big.Int, capacity uint64) error
	RequestUnstake(ctx context.Context, amount *big.Int) error
	WithdrawStake(ctx context.Context) error
}

var _ ExitChain = (*chain.AgreementClient)(nil)

// ExitOptions tune an exit step.
type ExitOptions struct {
	// Unstake unbonds the free stake now, even while agreements are open (the collateral they free
	// later needs another unbonding, which restarts the unbonding delay for all of it).
	Unstake bool
}

// ExitAgreement is one of the farmer's open agreements during its exit.
type ExitAgreement struct {
	ID         uint64         `json:"id"`
	Renter     common.Address `json:"renter"`
	Leaves     uint64         `json:"leaves"` // of the revision on chain (0: empty, waiting for its renter to close it)
	Shards     uint64         `json:"shards"`
	EndPeriod  uint32         `json:"endPeriod"`
	Collateral *big.Int       `json:"collateral"`
}

// ExitProgress is where an exit stands after an ExitStep.
type ExitProgress struct {
	Period       uint32          `json:"period"`
	Disqualified bool            `json:"disqualified"` // nothing to announce; the stake can only be withdrawn
	Announced    bool            `json:"announced"`    // this step announced capacity 0
	Exiting      bool            `json:"exiting"`      // the chain shows the exit (chain.FarmerInfo.Exiting)
	Open         []ExitAgreement `json:"open"`         // the farmer's open agreements (their collateral is locked)
	HoldingData  int             `json:"holdingData"`  // open agreements whose revision on chain holds data
	// The stake after this step: free, locked as collateral, unbonding (withdrawable from
	// UnbondingReady and WithdrawFrom).
	Free           *big.Int  `json:"free"`
	Locked         *big.Int  `json:"locked"`
	Unbonding      *big.Int  `json:"unbonding"`
	UnbondingReady time.Time `json:"unbondingReady,omitzero"`
	Unstaked       *big.Int  `json:"unstaked"`  // moved into unbonding by this step
	Withdrawn      *big.Int  `json:"withdrawn"` // withdrawn by this step
	// ObligedUntil is the last period the farmer owes a heartbeat for (0: never obliged); WithdrawFrom
	// the first period in which that heartbeat can no longer be reported missing: stake is withdrawn
	// only from then.
	ObligedUntil uint32 `json:"obligedUntil"`
	WithdrawFrom uint32 `json:"withdrawFrom"`
	Done         bool   `json:"done"` // nothing staked, nothing owed: the exit is over
}

// ExitStep moves the exit of c's farmer on: it announces capacity 0 unless the chain already shows
// the exit (keeping the peer id, addresses and price announced), withdraws the unbonded stake when it
// is ready and no owed heartbeat can still be reported, and unbonds the free stake once no agreement
// is open (or at once with opt.Unstake). It returns where the exit stands. Run it again later to go
// on; every transaction is sent only when it has something to do.
func ExitStep(ctx context.Context, c ExitChain, opt ExitOptions) (ExitProgress, error) {
	me := c.Address()
	p := ExitProgress{Unstaked: new(big.Int), Withdrawn: new(big.Int)}
	head, err := c.Head(ctx)
	if err != nil {
		return p, err
	}
	p.Period = head.Period
	st, err := c.Standing(ctx, me)
	if err != nil {
		return p, err
	}
	p.Disqualified = st.Disqualified
	if !st.Disqualified && st.Announced && st.Capacity != 0 {
		info, err := c.Farmer(ctx, me)
		if err != nil {
			return p, err
		}
		price := info.PricePerGiB
		if price == nil {
			price = new(big.Int)
		}
		if err := c.Announce(ctx, info.PeerID, info.Addrs, price, 0); err != nil {
			return p, fmt.Errorf("farmer: announce the exit (capacity 0): %w", err)
		}
		p.Announced = true
	}
	p.Exiting = p.Announced || st.Exiting()
	ids, err := c.AgreementsWith(ctx, me)
	if err != nil {
		return p, err
	}
	for _, id := range ids {
		a, err := c.Agreement(ctx, id)
		if err != nil {
			return p, err
		}
		if a.Status != chain.AgreementOpen {
			continue
		}
		p.Open = append(p.Open, ExitAgreement{ID: id, Renter: a.Renter, Leaves: a.Leaves, Shards: a.Shards, EndPeriod: a.EndPeriod,
			Collateral: a.Collateral})
		if a.Leaves > 0 {
			p.HoldingData++
		}
	}
	p.ObligedUntil = st.ObligedUntil
	if st.ObligedUntil > 0 {
		p.WithdrawFrom = st.ObligedUntil + 1 + uint32(c.Schedule().ReportPeriods)
	}
	owes := st.ObligedUntil > 0 && head.Period < p.WithdrawFrom

	// Withdraw first: an unstake request restarts the unbonding delay of everything unbonding.
	if st.Unbonding.Sign() > 0 && !head.Time.Before(st.UnbondingReady) && !owes {
		if err := c.WithdrawStake(ctx); err != nil {
			return p, fmt.Errorf("farmer: withdraw the unbonded stake: %w", err)
		}
		p.Withdrawn.Set(st.Unbonding)
	}
	if st.Free.Sign() > 0 && (opt.Unstake || len(p.Open) == 0) {
		if err := c.RequestUnstake(ctx, st.Free); err != nil {
			return p, fmt.Errorf("farmer: unbond the free stake: %w", err)
		}
		p.Unstaked.Set(st.Free)
	}
	if p.Withdrawn.Sign() > 0 || p.Unstaked.Sign() > 0 {
		if st, err = c.Standing(ctx, me); err != nil {
			return p, err
		}
	}
	p.Free, p.Locked, p.Unbonding, p.UnbondingReady = st.Free, st.Locked, st.Unbonding, st.UnbondingReady
	p.Done = st.Free.Sign() == 0 && st.Locked.Sign() == 0 && st.Unbonding.Sign() == 0 && !owes
	return p, nil
}

// Next says in one sentence what the exit waits for.
func (p ExitProgress) Next() string {
	switch {
	case p.Done:
		return "the exit is over: nothing staked, no heartbeat owed"
	case p.HoldingData > 0:
		return fmt.Sprintf("%d agreements still hold data: keep `farmer run` going (it proves and serves them) while the renters' repair moves it elsewhere and closes them",
			p.HoldingData)
	case len(p.Open) > 0:
		return fmt.Sprintf("%d agreements hold no data and wait for their renters to close them (collateral back, no penalty), or for their end; keep `farmer run` going",
			len(p.Open))
	case p.Free.Sign() > 0:
		return "free stake left: run `farmer exit` again to unbond it"
	case p.Unbonding.Sign() > 0 && p.ObligedUntil > 0 && p.Period < p.WithdrawFrom:
		return fmt.Sprintf("the stake is unbonding; heartbeats are owed until period %d, so keep `farmer run` going: the stake is withdrawn from period %d (run `farmer exit` again then)",
			p.ObligedUntil, p.WithdrawFrom)
	case p.Unbonding.Sign() > 0:
		return fmt.Sprintf("the stake is unbonding until %s: run `farmer exit` again then", p.UnbondingReady.UTC().Format(time.RFC3339))
	case p.ObligedUntil > 0 && p.Period < p.WithdrawFrom:
		return fmt.Sprintf("heartbeats are owed until period %d: keep `farmer run` going", p.ObligedUntil)
	}
	return "nothing left to do"
}
