// Package repair keeps a renter's files above their repair threshold: it finds the shards that are
// lost or at risk, rebuilds exactly those from k healthy shards of their segment, places them with
// farmers that hold nothing else of that segment, and records the new locations in the manifest.
//
// A Worker runs once (RunOnce: `granary renter repair`) or as a daemon (Run). Each pass:
//
//  1. finishes what an interrupted pass left in the journal (deals offered, signed or created but not
//     yet in the manifest; old deals still to cancel);
//  2. judges every shard of every file from the chain (deal ended or cancelled, farmer disqualified,
//     reported misses or periods left unproven), from a retrievability audit of each deal (the
//     farmer says the shard is lost, holds no such deal, or proves it wrong), from how long its
//     farmer has been unreachable, and from the shards gets reported bad (Notify);
//  3. for each segment at or below the threshold, rebuilds its unhealthy shards into a staging
//     directory (pipeline.Regenerate: one segment at a time, bounded memory), then makes one deal per
//     rebuilt column covering those segments, each with a farmer holding no shard of them;
//  4. commits each deal to the manifest in one batch with the journal, then cancels the deals the
//     manifest no longer references.
//
// Every step that reaches the network or the chain is written ahead to the catalogue's journal
// (manifest records), and the worker never writes to the journal on an error path: a failure and a
// crash leave the same state, which the next pass completes (see README.md). Repair never holds a
// lock that puts and gets take, except the renter's allowance lock for the moment a deal is created.
package repair

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/renter"
)

// Renter is what repair needs of the renter node; *renter.Renter provides it.
type Renter interface {
	Address() common.Address
	// Candidates returns the eligible farmers with room for need bytes, best first.
	Candidates(ctx context.Context, need uint64) ([]chain.FarmerInfo, error)
	// Source serves m's shards from the farmers the manifest places them with.
	Source(m *manifest.Manifest) pipeline.ShardSource
	// Audit asks a farmer for a leaf of a deal with its proof.
	Audit(ctx context.Context, f chain.FarmerInfo, deal, leaf uint64) (proto.AuditResponse, error)
	Offer(ctx context.Context, f chain.FarmerInfo, m *manifest.Manifest, col int, segs []int) (renter.Offer, error)
	Deliver(ctx context.Context, f chain.FarmerInfo, o renter.Offer, m *manifest.Manifest, src pipeline.ShardSource) ([]byte, error)
	Submit(ctx context.Context, o renter.Offer, farmerSig []byte) (uint64, error)
}

// Chain is what repair reads and writes on the market; *chain.Client provides it.
type Chain interface {
	Head(ctx context.Context) (chain.Head, error)
	Farmer(ctx context.Context, a common.Address) (chain.FarmerInfo, error)
	FarmerState(ctx context.Context, a common.Address) (chain.FarmerState, error)
	Deal(ctx context.Context, id uint64) (bindings.StorageMarketDeal, error)
	FindDeal(ctx context.Context, t market.DealTerms, from uint64) (uint64, bool, error)
	CancelDeal(ctx context.Context, id uint64) error
	PenalizedFarmers(ctx context.Context, from, to uint64, farmers []common.Address) (map[common.Address]bool, error)
}

// Catalogue is the renter's manifest store with its journal; *manifest.Store provides it.
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
	_ Chain     = (*chain.Client)(nil)
	_ Catalogue = (*manifest.Store)(nil)
	_ Rebuilder = (*pipeline.Pipeline)(nil)
	_ Renter    = (*renter.Renter)(nil)
)

// ErrNotEnoughFarmers: no eligible farmer is left for a rebuilt column (every candidate holds a
// shard of one of its segments, or refused).
var ErrNotEnoughFarmers = errors.New("repair: no eligible farmer left")

// Defaults.
const (
	DefaultUnreachableAfter = time.Hour
	DefaultUnprovenPeriods  = 2
	DefaultInterval         = 10 * time.Minute
	DefaultPoll             = 15 * time.Second
	DefaultParallel         = 4
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
	interval, poll   time.Duration
	stageDir         string
	parallel         int
	now              func() time.Time
	log              *slog.Logger
	onReport         func(Report)
	hook             func(step) error // test hook: a failure injected after a step

	runMu sync.Mutex // one pass at a time

	mu      sync.Mutex
	bad     map[cid.Cid]bool // shards gets reported missing or corrupt, audited on the next pass
	farmers []common.Address // the farmers holding our shards at the last pass (watched on chain)
	kick    chan struct{}
}

// Option configures a Worker.
type Option func(*Worker)

// WithThreshold sets when a segment is repaired (default DefaultThreshold).
func WithThreshold(f ThresholdFunc) Option { return func(w *Worker) { w.threshold = f } }

// WithUnreachableAfter sets how long a farmer may fail to answer before its shards count as lost
// (default 1 h; 0: at the first failure). The time is kept in the journal, so it adds up across
// runs of `granary renter repair`.
func WithUnreachableAfter(d time.Duration) Option { return func(w *Worker) { w.unreachableAfter = d } }

// WithUnprovenPeriods sets how many consecutive periods a farmer may leave unproven, while holding a
// live deal of ours, before its shards count as lost (default 2; 0 disables the check, leaving only
// the misses auditors report on chain). It catches a farmer that stopped proving when no auditor
// runs.
func WithUnprovenPeriods(n uint32) Option { return func(w *Worker) { w.unproven = n } }

// WithInterval sets how often the daemon (Run) makes a pass when nothing wakes it sooner
// (default 10 min).
func WithInterval(d time.Duration) Option { return func(w *Worker) { w.interval = d } }

// WithPoll sets how often the daemon looks at the chain for new penalties of the farmers holding its
// shards, which start a pass at once (default 15 s).
func WithPoll(d time.Duration) Option { return func(w *Worker) { w.poll = d } }

// WithStageDir sets where rebuilt shards wait until they are placed (default the system's temporary
// directory). A pass needs room for the columns it rebuilds of one file.
func WithStageDir(dir string) Option { return func(w *Worker) { w.stageDir = dir } }

// WithParallel sets how many rebuilt columns of a file are placed at once (default 4).
func WithParallel(n int) Option { return func(w *Worker) { w.parallel = n } }

// WithClock sets the clock used for unreachability and offer deadlines (default time.Now).
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
		interval:         DefaultInterval,
		poll:             DefaultPoll,
		stageDir:         os.TempDir(),
		parallel:         DefaultParallel,
		now:              time.Now,
		log:              slog.New(slog.DiscardHandler),
		hook:             func(step) error { return nil },
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
	case w.interval <= 0 || w.poll <= 0:
		return nil, fmt.Errorf("repair: interval %v and poll %v must be positive", w.interval, w.poll)
	case w.parallel < 1:
		return nil, fmt.Errorf("repair: parallel %d must be at least 1", w.parallel)
	case w.stageDir == "":
		return nil, errors.New("repair: empty staging directory")
	}
	return w, nil
}

// Notify tells the worker that a get found a shard missing or corrupt (hang it on
// pipeline.WithBadShardFunc). The next pass audits that shard's farmer for it, and the daemon starts
// that pass at once.
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

// Run makes a pass at once, then every interval, and sooner when a get reports a bad shard or the
// chain penalizes a farmer holding our shards, until ctx ends (it then returns nil). Each pass's
// report goes to the report function (WithReportFunc) and to the log.
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
		if !w.wait(ctx) {
			return nil
		}
	}
}

// wait returns when the next pass is due: the interval has passed, a bad shard was reported, or a
// farmer holding our shards was penalized on chain. It returns false when ctx ends.
func (w *Worker) wait(ctx context.Context) bool {
	next := time.NewTimer(w.interval)
	defer next.Stop()
	tick := time.NewTicker(w.poll)
	defer tick.Stop()
	var last uint64
	if h, err := w.c.Head(ctx); err == nil {
		last = h.Number
	}
	for {
		select {
		case <-ctx.Done():
			return false
		case <-next.C:
			return true
		case <-w.kick:
			return true
		case <-tick.C:
			h, err := w.c.Head(ctx)
			if err != nil || h.Number <= last {
				continue
			}
			w.mu.Lock()
			watched := w.farmers
			w.mu.Unlock()
			hit, err := w.c.PenalizedFarmers(ctx, last+1, h.Number, watched)
			if err != nil {
				w.log.Warn("read penalties", "err", err)
				continue
			}
			last = h.Number
			if len(hit) > 0 {
				w.log.Info("farmers penalized on chain: repair pass now", "farmers", len(hit))
				return true
			}
		}
	}
}

// RunOnce makes one pass over every file (see the package doc) and returns what it found and did.
// The error joins what kept files from being checked or repaired; the report holds the details of
// every file either way. A cancelled ctx stops the pass where it is, leaving the journal to the next.
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
	if err := w.recover(ctx, v); err != nil {
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
			var h hookError
			if errors.As(err, &h) {
				return err // a simulated crash: nothing more happens in this pass
			}
			failed = append(failed, err)
		}
	}
	if err := w.cancelDeals(ctx, v); err != nil {
		failed = append(failed, err)
	}
	if err := v.saveReachability(ctx); err != nil {
		failed = append(failed, err)
	}
	w.mu.Lock()
	w.farmers = v.watched()
	w.mu.Unlock()
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
	m, err := w.cat.Get(ctx, name)
	if err != nil {
		fr.Err = err.Error()
		return fmt.Errorf("repair %q: %w", name, err)
	}
	fr.Segments, fr.K, fr.M = len(m.Segments), m.DataShards, m.ParityShards
	if m.ParityShards == 0 {
		fr.MinHealthy = -1
		return nil // nothing can be rebuilt without parity
	}
	st, err := v.assess(ctx, m)
	if err != nil {
		fr.Err = err.Error()
		return fmt.Errorf("repair %q: %w", name, err)
	}
	p := plan(m, st, clampThreshold(w.threshold(m.DataShards, m.ParityShards), m.DataShards, m.ParityShards))
	fr.Threshold, fr.MinHealthy, fr.Degraded, fr.BelowK, fr.Lost = p.threshold, p.minHealthy, p.degraded, p.belowK, p.lost
	for r, n := range p.reasons {
		v.rep.Unhealthy[r] += n
	}
	if len(p.regen) == 0 {
		return nil
	}
	done, err := w.repair(ctx, v, m, p)
	fr.Repaired, fr.ShardsRebuilt = done.segments, done.shards
	if err != nil {
		fr.Err = err.Error()
		return fmt.Errorf("repair %q: %w", name, err)
	}
	return nil
}
