// Package auditor reports, on AgreementMarket, what a farmer owed and did not do. Once a period's
// report window opens, everything it reports on is fixed: no heartbeat of the period can land any
// more, nobody becomes obliged in it, and no agreement becomes live in it. So the auditor handles each
// period once, from chain state alone (no log following): when the window of period p opens it
//
//   - reports every announced farmer obliged in p without a heartbeat of p (reportMissed: a slash,
//     reporterBountyBps of it credited to the auditor's market balance, withdrawn from time to time);
//   - reports every agreement live and due in p, left out of its farmer's heartbeat of p
//     (reportUnproven: the agreement fails, reporterBountyBps of its collateral paid at once).
//
// The contract refuses what is not reportable (another auditor was first, the window closed, the
// farmer was disqualified...): such a refusal is the final outcome of that check, logged at DEBUG once
// and never retried. Any other error leaves the check undone, and the next tick retries it while the
// window is open. See README.md.
package auditor

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
)

// Chain is what the agreement auditor needs of the chain (*chain.AgreementClient provides it).
type Chain interface {
	Address() common.Address
	Schedule() market.AgreementSchedule
	HeadTime(ctx context.Context) (uint64, error)
	Farmers(ctx context.Context) ([]chain.FarmerInfo, error)
	AgreementCount(ctx context.Context) (uint64, error)
	Agreement(ctx context.Context, id uint64) (chain.AgreementInfo, error)
	Obliged(ctx context.Context, farmer common.Address, p uint32) (bool, error)
	Proven(ctx context.Context, farmer common.Address, p uint32) (bool, error)
	IsDue(ctx context.Context, id uint64, p uint32) (bool, error)
	ProvenIn(ctx context.Context, id uint64, p uint32) (bool, error)
	ReportMissedTx(ctx context.Context, farmer common.Address, p uint32) (chain.ReportReceipt, error)
	ReportUnprovenTx(ctx context.Context, id uint64, p uint32) (chain.ReportReceipt, error)
	Balance(ctx context.Context, a common.Address) (*big.Int, error)
	Withdraw(ctx context.Context) (*big.Int, error)
}

// AgreementOptions tune the agreement auditor; zero fields take the defaults.
type AgreementOptions struct {
	Poll time.Duration // how often Run ticks (default 2 s)
	// Margin: report period p only while the head's timestamp + Margin is before the end of p's report
	// window, so that a report is not sent to land too late (default 0).
	Margin uint64
	// Parallel reports in flight at once (the client pipelines nonces; default 8).
	Parallel int
	// WithdrawEvery: Run withdraws the auditor's market balance (its reportMissed bounties) this often
	// when it is at least WithdrawMin (default 1 h; negative: never, Withdraw is still there).
	WithdrawEvery time.Duration
	WithdrawMin   *big.Int     // default: anything above zero
	Logger        *slog.Logger // default: discard
}

func (o *AgreementOptions) defaults() {
	if o.Poll <= 0 {
		o.Poll = 2 * time.Second
	}
	if o.Parallel <= 0 {
		o.Parallel = 8
	}
	if o.WithdrawEvery == 0 {
		o.WithdrawEvery = time.Hour
	}
	if o.WithdrawMin == nil || o.WithdrawMin.Sign() <= 0 {
		o.WithdrawMin = big.NewInt(1)
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
}

// AgreementReport is the final outcome of one report the auditor decided to make.
type AgreementReport struct {
	Period    uint32
	Farmer    common.Address
	Agreement uint64 // the agreement of a reportUnproven; 0 for a reportMissed
	// Refused is the contract's refusal ("AlreadyReported", "ReportTooLate", "AgreementNotOpen", ...)
	// when the report did not go through; "" when it did.
	Refused string
	Tx      common.Hash // the mined report (when not refused)
	Block   uint64
	Slashed *big.Int // reportMissed: the farmer's slash
	Bounty  *big.Int // what the report earned this auditor
}

// AgreementStatus sums up what the auditor did since it started.
type AgreementStatus struct {
	Missed    int      // reportMissed sent and mined
	Unproven  int      // reportUnproven sent and mined
	Refused   int      // reports the contract refused (someone else first, too late, ...)
	Bounties  *big.Int // earned by the mined reports
	Withdrawn *big.Int // withdrawn from the market balance
	Handled   uint32   // the latest period whose every check is done (0: none yet)
}

type farmerPeriod struct {
	farmer common.Address
	period uint32
}

type agreementPeriod struct {
	id     uint64
	period uint32
}

// AgreementAuditor reports missed heartbeats and unproven due agreements on AgreementMarket.
type AgreementAuditor struct {
	c    Chain
	opts AgreementOptions
	log  *slog.Logger
	me   common.Address

	mu       sync.Mutex
	done     map[uint32]bool                     // periods whose every check is done
	tried    map[uint32]bool                     // periods tried and not done (warned about when their window closes)
	beats    map[farmerPeriod]bool               // whether a farmer's heartbeat of a period is on chain (final once the window opened)
	missed   map[farmerPeriod]AgreementReport    // final outcomes of reportMissed
	unproven map[agreementPeriod]AgreementReport // final outcomes of reportUnproven
	lastLive map[uint64]uint32                   // agreement id -> it is never live after this period (ended)
	dqFrom   map[common.Address]uint32           // farmer -> a period refused with FarmerDisqualified (so is every later one)
	reports  []AgreementReport                   // every final outcome, in the order decided
	status   AgreementStatus
	withdrew time.Time
}

// NewAgreements returns an agreement auditor reporting with c's account.
func NewAgreements(c Chain, opts AgreementOptions) *AgreementAuditor {
	opts.defaults()
	return &AgreementAuditor{c: c, opts: opts, log: opts.Logger.With("auditor", c.Address()), me: c.Address(),
		done: map[uint32]bool{}, tried: map[uint32]bool{}, beats: map[farmerPeriod]bool{},
		missed: map[farmerPeriod]AgreementReport{}, unproven: map[agreementPeriod]AgreementReport{},
		lastLive: map[uint64]uint32{}, dqFrom: map[common.Address]uint32{},
		status: AgreementStatus{Bounties: new(big.Int), Withdrawn: new(big.Int)}}
}

// Status returns what the auditor did so far.
func (a *AgreementAuditor) Status() AgreementStatus {
	a.mu.Lock()
	defer a.mu.Unlock()
	s := a.status
	s.Bounties = new(big.Int).Set(s.Bounties)
	s.Withdrawn = new(big.Int).Set(s.Withdrawn)
	return s
}

// Reports returns the final outcome of every report decided so far (mined or refused), by period,
// then reportMissed before reportUnproven, then farmer and agreement.
func (a *AgreementAuditor) Reports() []AgreementReport {
	a.mu.Lock()
	out := append([]AgreementReport(nil), a.reports...)
	a.mu.Unlock()
	sort.SliceStable(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if x.Period != y.Period {
			return x.Period < y.Period
		}
		if x.Agreement != y.Agreement {
			return x.Agreement < y.Agreement
		}
		return x.Farmer.Cmp(y.Farmer) < 0
	})
	return out
}

// Run ticks every Poll and withdraws the bounties every WithdrawEvery until ctx ends; it returns nil
// then. Errors are logged (once until they change) and retried.
func (a *AgreementAuditor) Run(ctx context.Context) error {
	errs := &chain.ErrorLog{Log: a.log, Msg: "agreement audit step failed"}
	return chain.Poll(ctx, a.opts.Poll, errs, func(ctx context.Context) error {
		err := a.Tick(ctx)
		if a.opts.WithdrawEvery > 0 && time.Since(a.withdrew) >= a.opts.WithdrawEvery {
			if _, werr := a.withdraw(ctx, a.opts.WithdrawMin); werr != nil {
				err = errors.Join(err, werr)
			} else {
				a.withdrew = time.Now()
			}
		}
		return err
	})
}

// Withdraw moves the auditor's market balance (the bounties of its reportMissed) to its account and
// returns the amount (0 when there was nothing).
func (a *AgreementAuditor) Withdraw(ctx context.Context) (*big.Int, error) {
	return a.withdraw(ctx, big.NewInt(1))
}

func (a *AgreementAuditor) withdraw(ctx context.Context, least *big.Int) (*big.Int, error) {
	bal, err := a.c.Balance(ctx, a.me)
	if err != nil {
		return nil, err
	}
	if bal.Cmp(least) < 0 {
		return new(big.Int), nil
	}
	amount, err := a.c.Withdraw(ctx)
	var re *chain.RevertError
	if errors.As(err, &re) && re.Name == "NothingToWithdraw" {
		return new(big.Int), nil
	} else if err != nil {
		return nil, fmt.Errorf("withdraw bounties: %w", err)
	}
	a.mu.Lock()
	a.status.Withdrawn.Add(a.status.Withdrawn, amount)
	a.mu.Unlock()
	a.log.Info("bounties withdrawn", "amount", amount)
	return amount, nil
}

// Tick handles every period whose report window is open at the head and that is not handled yet.
func (a *AgreementAuditor) Tick(ctx context.Context) error {
	now, err := a.c.HeadTime(ctx)
	if err != nil {
		return err
	}
	s := a.c.Schedule()
	cur := s.PeriodAt(now)
	// Period p's window ends at the start of p+1+reportPeriods: the oldest still open is cur-R.
	lo := uint32(1) // period 0 is never obliged nor live (obligations and liveness start the period after a revision)
	if r := uint32(s.ReportPeriods); cur > r && cur-r > lo {
		lo = cur - r
	}
	a.prune(lo)
	var errs []error
	for p := lo; p < cur; p++ {
		from, until := s.ReportWindow(p)
		if now < from || now+a.opts.Margin >= until || a.isDone(p) {
			continue
		}
		if err := a.period(ctx, p); err != nil {
			a.mu.Lock()
			a.tried[p] = true
			a.mu.Unlock()
			errs = append(errs, fmt.Errorf("period %d: %w", p, err))
			continue
		}
		a.mu.Lock()
		a.done[p] = true
		delete(a.tried, p)
		if p > a.status.Handled {
			a.status.Handled = p
		}
		a.mu.Unlock()
	}
	return errors.Join(errs...)
}

func (a *AgreementAuditor) isDone(p uint32) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.done[p]
}

// prune forgets the periods before lo, whose report windows have closed.
func (a *AgreementAuditor) prune(lo uint32) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for p := range a.tried {
		if p < lo {
			a.log.Warn("report window closed with checks undone", "period", p)
			delete(a.tried, p)
		}
	}
	for p := range a.done {
		if p < lo {
			delete(a.done, p)
		}
	}
	for k := range a.beats {
		if k.period < lo {
			delete(a.beats, k)
		}
	}
	for k := range a.missed {
		if k.period < lo {
			delete(a.missed, k)
		}
	}
	for k := range a.unproven {
		if k.period < lo {
			delete(a.unproven, k)
		}
	}
	const keep = 10_000 // reports kept for Reports()
	if len(a.reports) > keep {
		a.reports = append([]AgreementReport(nil), a.reports[len(a.reports)-keep:]...)
	}
}

// heartbeat reports whether farmer's heartbeat of p is on chain (cached: p's window is open, so it
// cannot change).
func (a *AgreementAuditor) heartbeat(ctx context.Context, farmer common.Address, p uint32) (bool, error) {
	k := farmerPeriod{farmer, p}
	a.mu.Lock()
	v, ok := a.beats[k]
	a.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err := a.c.Proven(ctx, farmer, p)
	if err != nil {
		return false, err
	}
	a.mu.Lock()
	a.beats[k] = v
	a.mu.Unlock()
	return v, nil
}

// period makes every report of period p (its window is open) not made yet.
func (a *AgreementAuditor) period(ctx context.Context, p uint32) error {
	var jobs []func(context.Context) error

	farmers, err := a.c.Farmers(ctx)
	if err != nil {
		return err
	}
	for _, f := range farmers {
		k := farmerPeriod{f.Address, p}
		a.mu.Lock()
		_, decided := a.missed[k]
		dq, isDQ := a.dqFrom[f.Address]
		a.mu.Unlock()
		if decided || isDQ && p >= dq {
			continue // a disqualification covers every period from dqPeriod on, and dqPeriod only decreases
		}
		beat, err := a.heartbeat(ctx, f.Address, p)
		if err != nil {
			return err
		}
		if beat {
			continue
		}
		obliged, err := a.c.Obliged(ctx, f.Address, p)
		if err != nil {
			return err
		}
		if !obliged {
			continue
		}
		jobs = append(jobs, func(ctx context.Context) error { return a.reportMissed(ctx, f.Address, p) })
	}

	n, err := a.c.AgreementCount(ctx)
	if err != nil {
		return err
	}
	for id := uint64(1); id <= n; id++ {
		k := agreementPeriod{id, p}
		a.mu.Lock()
		last, ended := a.lastLive[id]
		_, decided := a.unproven[k]
		a.mu.Unlock()
		if decided || ended && p > last {
			continue
		}
		info, err := a.c.Agreement(ctx, id)
		if errors.Is(err, chain.ErrUnknownAgreement) {
			continue
		} else if err != nil {
			return err
		}
		if info.Status != chain.AgreementOpen {
			a.setLastLive(id, 0) // failed or settled: never live again
			continue
		}
		if !info.LiveIn(p) {
			if info.EndPeriod < p {
				// Its end can only be extended while it has not passed: never live after EndPeriod.
				a.setLastLive(id, info.EndPeriod)
			}
			continue
		}
		beat, err := a.heartbeat(ctx, info.Farmer, p)
		if err != nil {
			return err
		}
		if !beat {
			continue // a missing heartbeat is reportMissed's
		}
		due, err := a.c.IsDue(ctx, id, p)
		if err != nil {
			return err
		}
		if !due {
			continue
		}
		proven, err := a.c.ProvenIn(ctx, id, p)
		if err != nil {
			return err
		}
		if proven {
			continue
		}
		jobs = append(jobs, func(ctx context.Context) error { return a.reportUnproven(ctx, info, p) })
	}
	return a.runJobs(ctx, jobs)
}

func (a *AgreementAuditor) setLastLive(id uint64, p uint32) {
	a.mu.Lock()
	a.lastLive[id] = p
	a.mu.Unlock()
}

// runJobs runs the reports, Parallel at a time, and joins their errors.
func (a *AgreementAuditor) runJobs(ctx context.Context, jobs []func(context.Context) error) error {
	errs := make([]error, len(jobs))
	sem := make(chan struct{}, a.opts.Parallel)
	var wg sync.WaitGroup
	for i, job := range jobs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			errs[i] = job(ctx)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Refusals that are final outcomes of a report (nothing to retry: another auditor was first, the
// window closed, the farmer is already out, the state says there is nothing to report).
var (
	missRefusals = map[string]bool{"AlreadyReported": true, "AlreadyProven": true, "NotObliged": true,
		"FarmerDisqualified": true, "ReportTooLate": true}
	unprovenRefusals = map[string]bool{"AgreementNotOpen": true, "UnknownAgreement": true, "NotLive": true,
		"NoHeartbeat": true, "NotDue": true, "WasProven": true, "ReportTooLate": true}
)

// refusal returns the name of a final refusal, or "" for an error to retry.
func refusal(err error, final map[string]bool) string {
	var re *chain.RevertError
	if errors.As(err, &re) && final[re.Name] {
		return re.Name
	}
	return ""
}

func (a *AgreementAuditor) reportMissed(ctx context.Context, farmer common.Address, p uint32) error {
	r := AgreementReport{Period: p, Farmer: farmer}
	rc, err := a.c.ReportMissedTx(ctx, farmer, p)
	if err != nil {
		if r.Refused = refusal(err, missRefusals); r.Refused == "" {
			return fmt.Errorf("report %s missed period %d: %w", farmer, p, err)
		}
		a.log.Debug("missed heartbeat not reported", "farmer", farmer, "period", p, "refused", r.Refused)
	} else {
		r.Tx, r.Block, r.Slashed, r.Bounty = rc.Tx, rc.Block, rc.Slashed, rc.Bounty
		a.log.Info("missed heartbeat reported", "farmer", farmer, "period", p, "slashed", rc.Slashed,
			"bounty", rc.Bounty, "tx", rc.Tx)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.missed[farmerPeriod{farmer, p}] = r
	if dq, ok := a.dqFrom[farmer]; r.Refused == "FarmerDisqualified" && (!ok || p < dq) {
		a.dqFrom[farmer] = p
	}
	a.record(r)
	return nil
}

func (a *AgreementAuditor) reportUnproven(ctx context.Context, info chain.AgreementInfo, p uint32) error {
	r := AgreementReport{Period: p, Farmer: info.Farmer, Agreement: info.ID}
	rc, err := a.c.ReportUnprovenTx(ctx, info.ID, p)
	if err != nil {
		if r.Refused = refusal(err, unprovenRefusals); r.Refused == "" {
			return fmt.Errorf("report agreement %d unproven in period %d: %w", info.ID, p, err)
		}
		a.log.Debug("unproven agreement not reported", "agreement", info.ID, "farmer", info.Farmer, "period", p, "refused", r.Refused)
	} else {
		// The contract pays reporterBountyBps of the collateral, which is fixed while the agreement is open.
		r.Tx, r.Block = rc.Tx, rc.Block
		r.Bounty = new(big.Int).Mul(info.Collateral, big.NewInt(int64(a.c.Schedule().ReporterBountyBps)))
		r.Bounty.Quo(r.Bounty, big.NewInt(10_000))
		a.log.Info("unproven agreement reported: it fails", "agreement", info.ID, "farmer", info.Farmer, "period", p,
			"collateral", info.Collateral, "bounty", r.Bounty, "tx", rc.Tx)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.unproven[agreementPeriod{info.ID, p}] = r
	a.setLastLiveLocked(info.ID, r)
	a.record(r)
	return nil
}

// setLastLiveLocked marks an agreement that a mined reportUnproven failed (or that someone else's
// report or a settlement ended) as never live again (a.mu held).
func (a *AgreementAuditor) setLastLiveLocked(id uint64, r AgreementReport) {
	if r.Refused == "" || r.Refused == "AgreementNotOpen" {
		a.lastLive[id] = 0
	}
}

// record adds a final outcome to the status (a.mu held).
func (a *AgreementAuditor) record(r AgreementReport) {
	a.reports = append(a.reports, r)
	switch {
	case r.Refused != "":
		a.status.Refused++
	case r.Agreement != 0:
		a.status.Unproven++
	default:
		a.status.Missed++
	}
	if r.Bounty != nil {
		a.status.Bounties.Add(a.status.Bounties, r.Bounty)
	}
}
