// Package repair keeps a renter's files above their repair threshold on agreements: it finds the
// shards that are lost or at risk, rebuilds exactly those from k healthy shards of their segment,
// streams them to farmers that hold nothing else of that segment under the renter's agreements with
// them, and records the new locations in the manifest.
//
// A Worker runs once (RunOnce: `granary renter repair`) or as a daemon (Run). Each pass:
//
//  1. judges every shard of every file: its agreement (manifest Shard.AgreementID) must be open on
//     chain, this renter's with that farmer, not failed, proven in recent periods; its farmer not
//     disqualified; the book's newest co-signed revision of the agreement must hold it; and its
//     farmer must answer (one leaf of one shard per file and agreement over the prove exchange,
//     every shard once one is lost, and a shard a get reported bad first). An agreement that
//     ended is not damage: it is reported, never repaired; one about to end is renewed
//     (renter.Agreements.Renew). A farmer that announced its exit (chain.FarmerInfo.Exiting) still
//     holds and serves its shards, but they must move soon (ReasonExiting);
//  2. for each segment at or below the threshold, or with a shard of an exiting farmer, rebuilds
//     its unhealthy shards (pipeline Regenerate, bounded memory; an exiting farmer's shard is a
//     last-resort source) and streams them, one new farmer per rebuilt column, over a store session
//     under the renter's agreement with that farmer (opened as a put opens it). Nothing is staged
//     on disk;
//  3. once the farmer acknowledged every shard, has it co-sign a revision adding them, then updates
//     the manifest, then (best effort, when the old farmer still answers) revises the old farmer's
//     agreement to drop the shards that moved;
//  4. closes on chain the agreements of exiting farmers that the drops emptied
//     (renter.Agreements.CloseEmptied: no penalty, the collateral back to the farmer, the unused
//     escrow back to the renter).
//
// A failure before the manifest update leaves the manifest as it was: the next pass finds the same
// damage and repairs it again (shards a new farmer co-signed in but the manifest never named are
// orphans, which renter.Agreements.Collect removes). Repair holds the renter's collection lock
// (PinShards) from the first shard sent until the manifest names it.
package repair

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/proofs"
)

// Renter is what repair needs of the renter's agreement client; *renter.Agreements provides it.
type Renter interface {
	Address() common.Address
	// Source serves m's shards from the farmers the manifest places them with.
	Source(m *manifest.Manifest) pipeline.ShardSource
	// HoldsShard says whether the book's newest revision of an agreement holds a shard.
	HoldsShard(id uint64, root proofs.Hash) (held bool, number uint64, booked bool)
	// ProveShard asks the agreement's farmer to prove one leaf of one shard.
	ProveShard(ctx context.Context, id uint64, root proofs.Hash, leaf uint64) error
	// PlaceShards opens a stream of shards to a farmer not in skip, under an agreement.
	PlaceShards(ctx context.Context, skip map[common.Address]bool, need uint64) (*renter.ShardPlacement, error)
	// DropShards revises an agreement to remove shards that moved.
	DropShards(ctx context.Context, id uint64, roots []proofs.Hash) error
	// Renew extends the agreements ending within `within` periods.
	Renew(ctx context.Context, within uint32) (int, error)
	// CloseEmptied closes on chain the emptied agreements of farmers that announced their exit.
	CloseEmptied(ctx context.Context) ([]uint64, error)
	// SettleDue settles the agreements of disqualified farmers (the escrow left and the collateral
	// come back) and those past their end's report window.
	SettleDue(ctx context.Context) ([]renter.Settled, error)
	// BackupCatalogue stores the catalogue in the network if it changed or its object is at risk.
	BackupCatalogue(ctx context.Context) (renter.Backup, error)
	// PinShards holds off Collect until release.
	PinShards() (release func())
}

// Chain is what repair reads of the agreement market; *chain.AgreementClient provides it.
type Chain interface {
	CurrentPeriod(ctx context.Context) (uint32, error)
	Agreement(ctx context.Context, id uint64) (chain.AgreementInfo, error)
	Farmer(ctx context.Context, a common.Address) (chain.FarmerInfo, error)
	IsDue(ctx context.Context, id uint64, p uint32) (bool, error)
	ProvenIn(ctx context.Context, id uint64, p uint32) (bool, error)
}

// Catalogue is the renter's manifest store with its records; *manifest.Store provides it.
type Catalogue interface {
	List(ctx context.Context) ([]string, error)
	Get(ctx context.Context, name string) (*manifest.Manifest, error)
	Update(ctx context.Context, name string, fn func(m *manifest.Manifest) ([]manifest.RecordOp, error)) error
	Records(ctx context.Context, kind string) ([]manifest.Record, error)
	WriteRecords(ctx context.Context, ops ...manifest.RecordOp) error
}

// Rebuilder regenerates lost shards; *pipeline.Pipeline provides it.
type Rebuilder interface {
	Regenerate(ctx context.Context, m *manifest.Manifest, src pipeline.ShardSource, plan []pipeline.Regen, sink pipeline.ShardSink) error
}

var (
	_ Chain     = (*chain.AgreementClient)(nil)
	_ Catalogue = (*manifest.Store)(nil)
	_ Rebuilder = (*pipeline.Pipeline)(nil)
	_ Renter    = (*renter.Agreements)(nil)
)

// Defaults.
const (
	DefaultUnreachableAfter = time.Hour
	DefaultUnprovenPeriods  = 2
	DefaultInterval         = 10 * time.Minute
	DefaultRenewWithin      = 6
)

// Worker repairs one renter's files. Its methods are safe for concurrent use; passes run one at a
// time. Use one Worker per catalogue.
type Worker struct {
	r   Renter
	c   Chain
	cat Catalogue
	rb  Rebuilder

	threshold        ThresholdFunc
	unreachableAfter time.Duration
	unproven         uint32
	renewWithin      uint32
	interval         time.Duration
	now              func() time.Time
	log              *slog.Logger
	onReport         func(Report)

	runMu sync.Mutex // one pass at a time

	mu   sync.Mutex
	bad  map[cid.Cid]bool // shards gets reported missing or corrupt, probed first on the next pass
	kick chan struct{}
}

// Option configures a Worker.
type Option func(*Worker)

// WithThreshold sets when a segment is repaired (default DefaultThreshold).
func WithThreshold(f ThresholdFunc) Option { return func(w *Worker) { w.threshold = f } }

// WithUnreachableAfter sets how long a farmer may fail to answer before its shards count as lost
// (default 1 h; 0: at the first failure). The time is kept in the catalogue's records, so it adds
// up across runs of `granary renter repair`.
func WithUnreachableAfter(d time.Duration) Option { return func(w *Worker) { w.unreachableAfter = d } }

// WithUnprovenPeriods sets in how many periods in a row an agreement holding our shards may be due
// and left unproven before its shards count as lost (default 2; 0 disables the check, leaving the
// agreements auditors fail on chain). The period just ended is not counted (its grace may be open),
// and periods the agreement was not sampled in are skipped. It catches a farmer that stopped
// proving when no auditor runs.
func WithUnprovenPeriods(n uint32) Option { return func(w *Worker) { w.unproven = n } }

// WithRenewWithin sets how close to its end an agreement holding our shards is renewed
// (renter.Agreements.Renew with that many periods; default 6; 0 never renews: an agreement that
// ends is only reported).
func WithRenewWithin(periods uint32) Option { return func(w *Worker) { w.renewWithin = periods } }

// WithInterval sets how often the daemon (Run) makes a pass when nothing wakes it sooner
// (default 10 min).
func WithInterval(d time.Duration) Option { return func(w *Worker) { w.interval = d } }

// WithClock sets the clock used for unreachability (default time.Now).
func WithClock(now func() time.Time) Option { return func(w *Worker) { w.now = now } }

// WithLogger sets the logger (default: discard).
func WithLogger(l *slog.Logger) Option { return func(w *Worker) { w.log = l } }

// WithReportFunc makes the daemon hand each pass's report to fn (default: only logged).
func WithReportFunc(fn func(Report)) Option { return func(w *Worker) { w.onReport = fn } }

// New returns a worker repairing the files in cat, for the renter r on chain c, rebuilding with rb
// (the renter's pipeline).
func New(r Renter, c Chain, cat Catalogue, rb Rebuilder, opts ...Option) (*Worker, error) {
	if r == nil || c == nil || cat == nil || rb == nil {
		return nil, errors.New("repair: renter, chain, catalogue and rebuilder are all required")
	}
	w := &Worker{
		r: r, c: c, cat: cat, rb: rb,
		threshold:        DefaultThreshold,
		unreachableAfter: DefaultUnreachableAfter,
		unproven:         DefaultUnprovenPeriods,
		renewWithin:      DefaultRenewWithin,
		interval:         DefaultInterval,
		now:              time.Now,
		log:              slog.New(slog.DiscardHandler),
		bad:              map[cid.Cid]bool{},
		kick:             make(chan struct{}, 1),
	}
	for _, o := range opts {
		o(w)
	}
	switch {
	case w.threshold == nil:
		return nil, errors.New("repair: nil threshold")
	case w.unreachableAfter < 0:
		return nil, fmt.Errorf("repair: unreachable-after %v is negative", w.unreachableAfter)
	case w.interval <= 0:
		return nil, fmt.Errorf("repair: interval %v must be positive", w.interval)
	case w.now == nil || w.log == nil:
		return nil, errors.New("repair: nil clock or logger")
	}
	return w, nil
}

// Notify tells the worker that a get found a shard missing or corrupt (hang it on
// pipeline.WithBadShardFunc). The next pass probes that shard first, and the daemon starts that
// pass at once.
func (w *Worker) Notify(ref pipeline.ShardRef, err error) {
	w.mu.Lock()
	if len(w.bad) < 4096 {
		w.bad[ref.CID] = true
	}
	w.mu.Unlock()
	select {
	case w.kick <- struct{}{}:
	default:
	}
}

// takeBad returns and forgets the shards reported bad.
func (w *Worker) takeBad() map[cid.Cid]bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := w.bad
	w.bad = map[cid.Cid]bool{}
	return out
}

// Run makes a pass at once, then every interval, and sooner when a get reports a bad shard, until
// ctx ends (it then returns nil). Each pass's report goes to the report function (WithReportFunc)
// and to the log.
func (w *Worker) Run(ctx context.Context) error {
	for {
		rep, err := w.RunOnce(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			w.log.Warn("repair pass incomplete", "err", err, "summary", rep.Summary())
		} else {
			w.log.Info("repair pass", "summary", rep.Summary())
		}
		if w.onReport != nil {
			w.onReport(rep)
		}
		t := time.NewTimer(w.interval)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		case <-w.kick:
			t.Stop()
		}
	}
}

// RunOnce makes one pass over every file (see the package doc) and returns what it found and did.
// The error joins what kept files from being checked or repaired; the report holds the details of
// every file either way, and every problem as one line of Report.Problems.
func (w *Worker) RunOnce(ctx context.Context) (Report, error) {
	w.runMu.Lock()
	defer w.runMu.Unlock()
	rep := Report{Started: w.now(), Unhealthy: map[Reason]int{}}
	err := w.pass(ctx, &rep)
	rep.Finished = w.now()
	return rep, err
}

func (w *Worker) pass(ctx context.Context, rep *Report) error {
	v, err := w.newView(ctx, rep)
	if err != nil {
		return err
	}
	names, err := w.cat.List(ctx)
	if err != nil {
		return fmt.Errorf("repair: list files: %w", err)
	}
	var failed []error
	for _, name := range names {
		if err := w.file(ctx, v, name); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			failed = append(failed, err)
		}
	}
	if v.renewDue && w.renewWithin > 0 {
		n, err := w.r.Renew(ctx, w.renewWithin)
		rep.Renewed += n
		if err != nil {
			v.problem(err)
		}
	}
	closed, err := w.r.CloseEmptied(ctx)
	rep.Closed = append(rep.Closed, closed...)
	if err != nil && ctx.Err() == nil {
		v.problem(err)
	}
	settled, err := w.r.SettleDue(ctx)
	rep.Settled = append(rep.Settled, settled...)
	if err != nil && ctx.Err() == nil {
		v.problem(err)
	}
	// Last, so the catalogue stored holds this pass's moves.
	if b, err := w.r.BackupCatalogue(ctx); err != nil && ctx.Err() == nil {
		v.problem(err)
	} else if b.Stored {
		rep.Catalogue = &b
	}
	if err := v.saveReachability(ctx); err != nil {
		v.problem(err)
		failed = append(failed, err)
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if len(failed) > 0 {
		return fmt.Errorf("repair: %d problems: %w", len(failed), errors.Join(failed...))
	}
	return nil
}

// file checks one file and repairs it if a segment is at or below its threshold.
func (w *Worker) file(ctx context.Context, v *view, name string) error {
	fr := FileReport{Name: name}
	defer func() { v.rep.Files = append(v.rep.Files, fr) }()
	fail := func(err error) error {
		for _, l := range errLines(err) {
			v.problemf("repair %q: %s", name, l)
		}
		fr.Err = oneLine(err.Error())
		return fmt.Errorf("repair %q: %w", name, err)
	}
	m, err := w.cat.Get(ctx, name)
	if err != nil {
		return fail(err)
	}
	fr.Segments, fr.K, fr.M = len(m.Segments), m.DataShards, m.ParityShards
	st, err := v.assess(ctx, m)
	if err != nil {
		return fail(err)
	}
	for s := range st {
		for c := range st[s] {
			if st[s][c].ended {
				fr.Ended++
			}
		}
	}
	if m.ParityShards == 0 {
		fr.MinHealthy = -1
		return nil // nothing can be rebuilt without parity
	}
	p := plan(m, st, clampThreshold(w.threshold(m.DataShards, m.ParityShards), m.DataShards, m.ParityShards))
	fr.Threshold, fr.MinHealthy, fr.Degraded, fr.BelowK, fr.Lost = p.threshold, p.minHealthy, p.degraded, p.belowK, p.lost
	for r, n := range p.reasons {
		v.rep.Unhealthy[r] += n
		if r != ReasonExiting {
			v.rep.ShardsLost += n
		}
	}
	if p.lost > 0 {
		v.problemf("file %q: %d segments have fewer than %d shards anyone could serve: beyond repair", name, p.lost, m.DataShards)
	}
	if len(p.regen) == 0 {
		return nil
	}
	done, err := w.repair(ctx, v, m, p)
	fr.Repaired, fr.ShardsRebuilt = done.segments, done.shards
	v.rep.ShardsRepaired += done.shards
	if err != nil {
		return fail(err)
	}
	return nil
}

// oneLine keeps a message on one line (a joined error lists its parts separated by "; ").
func oneLine(s string) string { return strings.ReplaceAll(s, "\n", "; ") }

// errLines splits an error into one line per joined part.
func errLines(err error) []string {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []string
		for _, e := range j.Unwrap() {
			out = append(out, errLines(e)...)
		}
		return out
	}
	return []string{oneLine(err.Error())}
}
