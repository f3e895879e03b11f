// Package heartbeat is the farmer's agreement heartbeat loop: once a period, when the period's seed
// exists, it posts the co-signed revisions the chain does not have yet and one proof for every live
// agreement the seed makes due, in one AgreementMarket heartbeat; it settles ended agreements and
// claims vindicated pay. Every tick it first answers the renters' open challenges against the
// revision on chain, and tells the farmer which revision the chain holds (so that it frees the shards
// newer revisions removed). It never sends a proof it could not verify itself.
package heartbeat

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/proofs"
)

// Chain is what the loop needs of the chain (*chain.AgreementClient provides it).
type Chain interface {
	Address() common.Address
	Schedule() market.AgreementSchedule
	CurrentPeriod(ctx context.Context) (uint32, error)
	Agreement(ctx context.Context, id uint64) (chain.AgreementInfo, error)
	Heartbeat(ctx context.Context, period uint32, revs []market.SignedRevision, prs []proofs.AgreementProof) error
	Seed(ctx context.Context, p uint32) (proofs.Hash, bool, error)
	Poke(ctx context.Context) error
	Obliged(ctx context.Context, farmer common.Address, p uint32) (bool, error)
	Proven(ctx context.Context, farmer common.Address, p uint32) (bool, error)
	Settle(ctx context.Context, id uint64) error
	Claim(ctx context.Context, ids []uint64) error
	HeadTime(ctx context.Context) (uint64, error)
	ChallengeSeed(ctx context.Context, id uint64) (proofs.Hash, bool, error)
	AnswerChallenge(ctx context.Context, id uint64, pr proofs.AgreementProof) error
}

// Agreements is the farmer's store of agreements (the farmer service provides it).
type Agreements interface {
	AgreementStates() []*market.AgreementState // deep copies
	ProofSource() proofs.ShardSource
	// TreeAt returns the tree of revision number of agreement id: the newest, or an older one the
	// chain may still hold (a challenge is answered against the revision on chain).
	TreeAt(id, number uint64) (*proofs.Agreement, error)
	// ChainAt tells the farmer the chain holds revision number of agreement id (math.MaxUint64:
	// ended), so that it can free the shards revisions up to number removed.
	ChainAt(id, number uint64) error
}

// Config tunes the loop; the zero value is usable.
type Config struct {
	Poll      time.Duration // how often Run looks at the chain (default 2 s)
	PokeAfter time.Duration // wait this long after a poke before poking again (default 30 s)
	// PokeJitter: having found a period's seed missing, wait a random time between half of this and
	// this before poking, then look again: of many farmers finding it missing at once, one usually pokes and
	// the others find the seed (a poke is a transaction; default 0: poke at once).
	PokeJitter time.Duration
	// ChallengeEvery is how often the loop reads its agreements for open renter challenges (default
	// 30 s; a challenge leaves at least a period to answer). Each look reads every agreement.
	ChallengeEvery time.Duration
	// ClaimEvery: claim the vindicated pay of open agreements at most once every this many periods
	// (0 or 1: every period). A claim is a transaction; ended agreements pay out when they settle
	// whatever was left unclaimed, so claiming rarely loses nothing but waiting.
	ClaimEvery uint32
	// PokeStale: poke a chain whose head the clock has left behind a period's end (a chain that seals
	// blocks only when a transaction arrives, and none came), so the next period begins on chain.
	// For chains whose block times follow the clock (not simulated ones that jump).
	PokeStale bool
	// Now is the clock PokeStale compares the head with (default time.Now).
	Now    func() time.Time
	Logger *slog.Logger // default slog.Default()
}

// Status is the outcome of the latest period the loop handled, for dashboards and the CLI.
type Status struct {
	Period    uint32   // the period
	Proven    bool     // its heartbeat is on chain (sent by this loop, or found there)
	Sent      bool     // this loop sent it
	Proofs    int      // proofs it carried
	Revisions int      // revisions it posted
	Lost      []uint64 // due agreements whose proof could not be built or failed local verification
	Misses    int      // periods given up since the loop started (too late, seed lost)
	Waiting   string   // what the current period waits for ("" once done)
}

// Loop is the heartbeat loop of one farmer.
type Loop struct {
	c   Chain
	a   Agreements
	cfg Config
	log *slog.Logger
	me  common.Address

	mu       sync.Mutex
	status   Status
	done     map[uint32]bool // periods finished (sent, found on chain, not needed, given up)
	noRevs   map[uint32]bool // periods whose heartbeat with revisions was refused: retry without
	lastPoke time.Time
	pokeFor  uint32    // the period pokeAt is for
	pokeAt   time.Time // the poke for pokeFor waits until then (PokeJitter)
	// stalePoke is when the loop last poked a head left behind the clock (no block since a period
	// ended, on a chain that seals only on transactions).
	stalePoke time.Time
	// lastChallenges is when the challenges were last looked at (Tick's goroutine only).
	lastChallenges time.Time
	pokedIn        uint32
	maintain       uint32 // last period settle/claim ran in
	maintainD      bool
	claimedIn      uint32 // last period a claim went through
	claimedD       bool

	answered       map[challengeKey]bool      // challenges this loop answered
	lostChallenges map[challengeKey]bool      // challenges it could not answer (logged once)
	challengePoke  map[challengeKey]time.Time // last poke for a challenge's seed
}

// New returns a loop over the chain client and the farmer's agreements.
func New(c Chain, a Agreements, cfg Config) *Loop {
	if cfg.Poll <= 0 {
		cfg.Poll = 2 * time.Second
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.PokeAfter <= 0 {
		cfg.PokeAfter = 30 * time.Second
	}
	if cfg.ChallengeEvery <= 0 {
		cfg.ChallengeEvery = 30 * time.Second
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	return &Loop{c: c, a: a, cfg: cfg, log: log.With("farmer", c.Address()), me: c.Address(),
		done: map[uint32]bool{}, noRevs: map[uint32]bool{},
		answered: map[challengeKey]bool{}, lostChallenges: map[challengeKey]bool{}, challengePoke: map[challengeKey]time.Time{}}
}

// Status returns the latest period's outcome.
func (l *Loop) Status() Status {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.status
	s.Lost = slices.Clone(s.Lost)
	return s
}

// Run calls Tick every Poll until ctx ends. Errors are logged (once until they change) and retried.
func (l *Loop) Run(ctx context.Context) error {
	t := time.NewTicker(l.cfg.Poll)
	defer t.Stop()
	var last string
	for {
		if err := l.Tick(ctx); err != nil && ctx.Err() == nil {
			if err.Error() != last {
				l.log.Warn("heartbeat: tick failed; retrying", "err", err)
			}
			last = err.Error()
		} else {
			last = ""
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Tick does what is due now: answers the open renter challenges of the farmer's agreements, then the previous period's heartbeat if it is still owed and unsent (the
// grace), the current period's once its seed exists (poking for it), then, once per period after
// that heartbeat, settles ended agreements and claims vindicated pay.
func (l *Loop) Tick(ctx context.Context) error {
	// Open challenges first: they are answered against the revision on chain, before this tick's
	// heartbeat may post a newer one.
	var cherr error
	if now := time.Now(); now.Sub(l.lastChallenges) >= l.cfg.ChallengeEvery {
		if cherr = l.challenges(ctx); cherr == nil {
			l.lastChallenges = now
		}
	}
	if err := l.tick(ctx); err != nil {
		return err
	}
	return cherr
}

func (l *Loop) tick(ctx context.Context) error {
	cur, err := l.c.CurrentPeriod(ctx)
	if err != nil {
		return err
	}
	if err := l.pokeStale(ctx, cur); err != nil {
		return err
	}
	if cur > 0 && !l.isDone(cur-1) {
		if err := l.beat(ctx, cur-1, cur); err != nil {
			return err
		}
	}
	if err := l.beat(ctx, cur, cur); err != nil {
		return err
	}
	if !l.isDone(cur) {
		return nil // waiting for the seed: settle and claim after the heartbeat, which vindicates
	}
	return l.maintainOnce(ctx, cur)
}

// Done reports whether the loop has finished period p: its heartbeat sent or found on chain, not
// needed (not obliged, nothing to post), or given up.
func (l *Loop) Done(p uint32) bool { return l.isDone(p) }

func (l *Loop) isDone(p uint32) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.done[p]
}

// finish records p's outcome.
func (l *Loop) finish(s Status) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.done[s.Period] = true
	for p := range l.done {
		if p+8 < s.Period {
			delete(l.done, p)
			delete(l.noRevs, p)
		}
	}
	if s.Period >= l.status.Period {
		s.Misses = l.status.Misses
		l.status = s
	}
}

func (l *Loop) countMiss() {
	l.mu.Lock()
	l.status.Misses++
	l.mu.Unlock()
}

func (l *Loop) waiting(p uint32, what string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if p >= l.status.Period {
		l.status = Status{Period: p, Waiting: what, Misses: l.status.Misses}
	}
}

// plan is one heartbeat: the revisions to post and the proofs to carry.
type plan struct {
	revs   []market.SignedRevision
	proofs []proofs.AgreementProof
	lost   []uint64
}

// pokeStale (Config.PokeStale) moves a head the clock has left behind: when the latest block is
// older than the end of its period and the clock is past that end by a margin (a chain that seals
// blocks only when a transaction arrives, and none came), the loop pokes, at most once per
// PokeAfter, so that the next period begins on chain and its heartbeat can follow. On a chain that
// makes blocks on its own the head is never that far behind, and this costs nothing.
func (l *Loop) pokeStale(ctx context.Context, cur uint32) error {
	if !l.cfg.PokeStale {
		return nil
	}
	end := l.c.Schedule().PeriodStart(cur + 1)
	now := l.cfg.Now()
	margin := 5*time.Second + l.cfg.PokeJitter
	if now.Before(time.Unix(int64(end), 0).Add(margin)) || now.Sub(l.stalePoke) < l.cfg.PokeAfter {
		return nil
	}
	head, err := l.c.HeadTime(ctx)
	if err != nil {
		return err
	}
	if head >= end {
		return nil
	}
	l.stalePoke = now
	if err := l.c.Poke(ctx); err != nil {
		return fmt.Errorf("poke a head left in period %d: %w", cur, err)
	}
	l.log.Info("heartbeat: poked a chain whose head was left behind the clock", "period", cur,
		"head", time.Unix(int64(head), 0).UTC().Format(time.RFC3339))
	return nil
}

// beat handles the heartbeat of period p (cur is the chain's current period).
func (l *Loop) beat(ctx context.Context, p, cur uint32) error {
	if l.isDone(p) {
		return nil
	}
	proven, err := l.c.Proven(ctx, l.me, p)
	if err != nil {
		return err
	}
	if proven {
		l.log.Info("heartbeat: already on chain", "period", p)
		l.finish(Status{Period: p, Proven: true})
		return nil
	}
	seed, ready, err := l.c.Seed(ctx, p)
	if err != nil {
		return err
	}
	if !ready {
		if p < cur {
			// Nobody reached the contract in p: its seed can never exist, nor its heartbeat.
			return l.giveUp(ctx, p, "no seed for the period")
		}
		return l.poke(ctx, p)
	}
	obliged, err := l.c.Obliged(ctx, l.me, p)
	if err != nil {
		return err
	}
	pl, err := l.plan(ctx, p, cur, seed, !l.noRevsFor(p))
	if err != nil {
		return err
	}
	// A past period (in its grace) gets a heartbeat only when it is owed; revisions then go with the
	// current period's.
	if !obliged && (len(pl.revs) == 0 || p < cur) {
		l.finish(Status{Period: p, Lost: pl.lost})
		return nil
	}
	err = l.c.Heartbeat(ctx, p, pl.revs, pl.proofs)
	var re *chain.RevertError
	switch {
	case err == nil:
		l.log.Info("heartbeat sent", "period", p, "proofs", len(pl.proofs), "revisions", len(pl.revs), "lost", len(pl.lost))
		l.finish(Status{Period: p, Proven: true, Sent: true, Proofs: len(pl.proofs), Revisions: len(pl.revs), Lost: pl.lost})
		// The chain now holds these revisions: what they removed can be deleted at once.
		for _, r := range pl.revs {
			if err := l.a.ChainAt(r.AgreementID, r.Number); err != nil {
				l.log.Warn("heartbeat: release removed shards", "agreement", r.AgreementID, "revision", r.Number, "err", err)
			}
		}
		return nil
	case !errors.As(err, &re):
		return fmt.Errorf("heartbeat of period %d: %w", p, err)
	}
	switch re.Name {
	case "AlreadyProven":
		l.log.Info("heartbeat: already on chain", "period", p)
		l.finish(Status{Period: p, Proven: true})
		return nil
	case "OutsideWindow":
		if obliged {
			return l.giveUp(ctx, p, "heartbeat too late: its window closed")
		}
		l.finish(Status{Period: p})
		return nil
	case "SeedNotReady":
		return l.poke(ctx, p)
	case "StaleRevision", "EndShortened", "BadRevision", "EscrowTooLow", "BadSignature", "AgreementEnded", "AgreementNotOpen":
		if len(pl.revs) > 0 {
			l.log.Warn("heartbeat: a revision was refused; sending without revisions", "period", p, "err", re.Name)
			l.mu.Lock()
			l.noRevs[p] = true
			l.mu.Unlock()
			return l.beat(ctx, p, cur)
		}
	case "":
		// Failed on chain without a name (out of gas, or the window closed between estimate and
		// inclusion): check the chain again on the next tick.
		if ok, perr := l.c.Proven(ctx, l.me, p); perr == nil && ok {
			l.finish(Status{Period: p, Proven: true})
			return nil
		}
	}
	return fmt.Errorf("heartbeat of period %d: %w", p, err)
}

func (l *Loop) noRevsFor(p uint32) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.noRevs[p]
}

// giveUp records period p as missed when the farmer owed it.
func (l *Loop) giveUp(ctx context.Context, p uint32, why string) error {
	obliged, err := l.c.Obliged(ctx, l.me, p)
	if err != nil {
		return err
	}
	if obliged {
		l.log.Error("heartbeat: period missed", "period", p, "why", why)
		l.countMiss()
	}
	l.finish(Status{Period: p})
	return nil
}

// poke records the current period's beacon (or seed) when no poke is recent, so that the seed comes
// on a chain that seals blocks only on transactions.
func (l *Loop) poke(ctx context.Context, p uint32) error {
	l.waiting(p, "seed")
	l.mu.Lock()
	recent := l.pokedIn == p && time.Since(l.lastPoke) < l.cfg.PokeAfter
	if l.pokeFor != p || l.pokeAt.IsZero() {
		l.pokeFor, l.pokeAt = p, time.Now()
		if l.cfg.PokeJitter > 0 {
			l.pokeAt = l.pokeAt.Add(l.cfg.PokeJitter/2 + rand.N(l.cfg.PokeJitter/2+1))
		}
	}
	early := time.Now().Before(l.pokeAt)
	l.mu.Unlock()
	if recent || early {
		return nil
	}
	if err := l.c.Poke(ctx); err != nil {
		return err
	}
	l.mu.Lock()
	l.pokedIn, l.lastPoke = p, time.Now()
	l.mu.Unlock()
	l.log.Debug("heartbeat: poked for the seed", "period", p)
	return nil
}

// plan computes period p's heartbeat: revisions the chain lacks (unless withRevs is false) and a
// proof for each agreement live in p (as the chain will hold it once the revisions apply) and due
// under seed. A proof that cannot be built or fails local verification is left out and listed lost.
func (l *Loop) plan(ctx context.Context, p, cur uint32, seed proofs.Hash, withRevs bool) (plan, error) {
	var pl plan
	sched := l.c.Schedule()
	src := l.a.ProofSource()
	states := l.a.AgreementStates()
	slices.SortFunc(states, func(x, y *market.AgreementState) int { return cmpU64(x.ID, y.ID) })
	for _, s := range states {
		info, err := l.c.Agreement(ctx, s.ID)
		if errors.Is(err, chain.ErrUnknownAgreement) {
			continue
		} else if err != nil {
			return plan{}, err
		}
		if info.Farmer != l.me || info.Status != chain.AgreementOpen {
			continue
		}
		// The revision and tree the chain will hold after this heartbeat.
		root, shards, leaves, end, liveFrom := info.Root, info.Shards, info.Leaves, info.EndPeriod, info.LiveFrom
		number := info.Number
		if withRevs && s.Latest.Number > info.Number && len(s.Latest.RenterSig) > 0 && cur <= info.EndPeriod {
			pl.revs = append(pl.revs, s.Latest)
			root, shards, leaves, number = s.Latest.Root, s.Latest.Shards, s.Latest.Leaves, s.Latest.Number
			end = max(end, s.Latest.EndPeriod)
			if info.Leaves == 0 && leaves > 0 {
				liveFrom = cur + 1 // first data: live from the period after it lands
			}
		}
		if leaves == 0 || liveFrom == 0 || liveFrom > p || p > end || !proofs.IsDue(seed, s.ID, sched.SampleBps) {
			continue
		}
		pr, err := l.prove(s, number, seed, root, shards, src)
		if err != nil {
			l.log.Error("heartbeat: proof lost", "period", p, "agreement", s.ID, "err", err)
			pl.lost = append(pl.lost, s.ID)
			continue
		}
		pl.proofs = append(pl.proofs, pr)
	}
	return pl, nil
}

// prove builds the proof of agreement s under seed from the tree of revision number, the one the
// chain will hold (root, shards): the newest, or an older one the farmer kept (when the newest is
// not posted), and verifies it.
func (l *Loop) prove(s *market.AgreementState, number uint64, seed, root proofs.Hash, shards uint64, src proofs.ShardSource) (proofs.AgreementProof, error) {
	tree := s.Tree
	if number != s.Latest.Number {
		t, err := l.a.TreeAt(s.ID, number)
		if err != nil {
			return proofs.AgreementProof{}, err
		}
		tree = t
	}
	if tree == nil || tree.Root() != root || tree.Shards() != shards {
		return proofs.AgreementProof{}, fmt.Errorf("local tree of revision %d is not the one on chain", number)
	}
	pr, err := tree.Prove(seed, s.ID, src)
	if err != nil {
		return proofs.AgreementProof{}, err
	}
	if err := proofs.VerifyAgreementLeaf(seed, root, shards, pr); err != nil {
		return proofs.AgreementProof{}, fmt.Errorf("proof fails local verification: %w", err)
	}
	return pr, nil
}

// maintainOnce settles the farmer's agreements whose settle time has come and claims the vindicated
// pay of the open ones, once per period.
func (l *Loop) maintainOnce(ctx context.Context, cur uint32) error {
	l.mu.Lock()
	if l.maintainD && l.maintain == cur {
		l.mu.Unlock()
		return nil
	}
	l.mu.Unlock()
	sched := l.c.Schedule()
	var claim []uint64
	var firstErr error
	for _, s := range l.a.AgreementStates() {
		info, err := l.c.Agreement(ctx, s.ID)
		if err != nil {
			if !errors.Is(err, chain.ErrUnknownAgreement) && firstErr == nil {
				firstErr = err
			}
			continue
		}
		if info.Farmer != l.me || info.Status != chain.AgreementOpen {
			continue
		}
		if uint64(cur) >= uint64(info.EndPeriod)+1+uint64(sched.ReportPeriods) {
			if err := l.c.Settle(ctx, s.ID); err != nil {
				l.log.Warn("heartbeat: settle failed", "agreement", s.ID, "err", err)
				if firstErr == nil {
					firstErr = err
				}
				continue
			}
			l.log.Info("agreement settled", "agreement", s.ID, "vindicated", info.Vindicated)
			continue
		}
		if info.Vindicated.Cmp(info.Paid) > 0 {
			claim = append(claim, s.ID)
		}
	}
	l.mu.Lock()
	wait := l.claimedD && l.cfg.ClaimEvery > 1 && cur < l.claimedIn+l.cfg.ClaimEvery
	l.mu.Unlock()
	if len(claim) > 0 && !wait {
		slices.Sort(claim)
		if err := l.c.Claim(ctx, claim); err != nil {
			l.log.Warn("heartbeat: claim failed", "agreements", claim, "err", err)
			if firstErr == nil {
				firstErr = err
			}
		} else {
			l.log.Info("claimed vindicated pay", "agreements", claim)
			l.mu.Lock()
			l.claimedIn, l.claimedD = cur, true
			l.mu.Unlock()
		}
	}
	if firstErr != nil {
		return firstErr
	}
	l.mu.Lock()
	l.maintain, l.maintainD = cur, true
	l.mu.Unlock()
	return nil
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
