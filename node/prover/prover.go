// Package prover is a farmer's heartbeat loop: each period in which the farmer holds a non-empty
// challenge set it waits for the proof window to open on the latest block, lets the contract pick
// the period's challenges, builds their proofs from the farmer's store and submits heartbeat(period,
// leaves, path). It never submits data it could not prove: a lost or corrupt shard is recorded as a
// loss. It also settles the farmer's own deals once they end, so they are paid and leave the set.
//
// Every decision is derived from chain reads made at the time (the farmer's lastProven, its proven
// bits, the contract's own picks), so a restart mid-period only means the next poll recomputes from
// what the chain says now. What the prover records of its own transactions (a heartbeat or an answer
// mined in block b) it ties to b's hash, and it follows the head as reverted and applied blocks
// (chain.Follower): when a reorg drops b, the period or challenge is pending again and proved again
// while its window is open. See README.md.
package prover

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// Farmer is what the prover needs of the farmer service: a leaf of one of its deals with its full
// path (shard level, then deal level), checked against the deal's root on chain.
// *farmer.Service provides it.
type Farmer interface {
	Prove(ctx context.Context, dealID, leaf uint64) (proto.AuditResponse, error)
}

// ErrLost marks a challenge the farmer could not prove because the data is lost or corrupt.
var ErrLost = errors.New("prover: challenged data is lost or corrupt")

// Outcome is what became of a period's heartbeat.
type Outcome int

// Outcomes.
const (
	Pending    Outcome = iota // window open or not yet closed, not proven yet
	Proven                    // the chain holds the period's heartbeat
	Missed                    // the period ended without a heartbeat
	Lost                      // a challenged leaf could not be proved: nothing was submitted
	NotObliged                // the farmer's challenge set was empty
)

func (o Outcome) String() string {
	switch o {
	case Pending:
		return "pending"
	case Proven:
		return "proven"
	case Missed:
		return "missed"
	case Lost:
		return "lost"
	case NotObliged:
		return "not obliged"
	}
	return fmt.Sprintf("outcome %d", int(o))
}

// Result is one period's heartbeat as this prover saw it.
type Result struct {
	Period     uint32
	Outcome    Outcome
	Challenges []proofs.Challenge // the contract's picks, when they were read
	Tx         common.Hash        // the heartbeat transaction, when this prover's was mined
	Block      chain.BlockRef     // the block holding the heartbeat, when known (Proven)
	Dropped    []common.Hash      // heartbeats of this period mined and then dropped by a reorg
	Err        error              // the loss, or the last failed attempt
}

// Options tune the prover; zero fields take the defaults.
type Options struct {
	Poll         time.Duration // how often to read the latest block (default 1 s)
	Margin       uint64        // send only while latest + Margin <= the window's last block (default 2)
	TxTimeout    time.Duration // give up waiting for one heartbeat transaction after this (default 2 min)
	FlushBatch   uint64        // queued set changes applied per flushSome transaction (default 200)
	NoSettle     bool          // do not settle the farmer's ended deals
	Logger       *slog.Logger  // default: discard
	ProveTimeout time.Duration // time allowed to prove the c challenges (default 30 s)
	ReorgDepth   uint64        // deepest reorg followed block by block (default 64; deeper ones are re-checked)
}

func (o *Options) defaults() {
	if o.Poll == 0 {
		o.Poll = time.Second
	}
	if o.Margin == 0 {
		o.Margin = 2
	}
	if o.TxTimeout == 0 {
		o.TxTimeout = 2 * time.Minute
	}
	if o.FlushBatch == 0 {
		o.FlushBatch = 200
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.ProveTimeout == 0 {
		o.ProveTimeout = 30 * time.Second
	}
	if o.ReorgDepth == 0 {
		o.ReorgDepth = 64
	}
}

// Prover runs one farmer's heartbeats.
type Prover struct {
	c    *chain.Client
	f    Farmer
	addr common.Address
	opts Options
	log  *slog.Logger

	heads      *chain.Follower // nil until the first step reads the head
	watch      *chain.HeadWatch
	lastSettle uint32 // the period whose ended deals were last settled (^0: none yet)

	mu      sync.Mutex
	results map[uint32]*Result
	settled map[uint64]bool // deals seen settled (a cache: settle is idempotent on chain; cleared by a reorg)

	chals map[challengeKey]*ChallengeResult // renter challenges, by deal and deadline
}

// New returns a prover that signs with client's account and proves with f.
func New(client *chain.Client, f Farmer, opts Options) *Prover {
	opts.defaults()
	log := opts.Logger.With("farmer", client.Address())
	return &Prover{c: client, f: f, addr: client.Address(), opts: opts, log: log, watch: &chain.HeadWatch{Log: log},
		results: map[uint32]*Result{}, settled: map[uint64]bool{}, chals: map[challengeKey]*ChallengeResult{}}
}

// Result returns what became of period p's heartbeat, if this prover saw the period's window.
func (p *Prover) Result(period uint32) (Result, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	r, ok := p.results[period]
	if !ok {
		return Result{}, false
	}
	return *r, true
}

// Results returns every period's result, in period order.
func (p *Prover) Results() []Result {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]Result, 0, len(p.results))
	for _, r := range p.results {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Period < out[j].Period })
	return out
}

func (p *Prover) set(r Result) {
	p.mu.Lock()
	p.results[r.Period] = &r
	p.mu.Unlock()
}

// Run proves every period until ctx ends; it returns nil when ctx is cancelled.
func (p *Prover) Run(ctx context.Context) error {
	p.lastSettle = ^uint32(0)
	return chain.Poll(ctx, p.opts.Poll, &chain.ErrorLog{Log: p.log, Msg: "heartbeat step failed"}, p.step)
}

func (p *Prover) co(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// step looks at the latest block once: undoes what blocks dropped by a reorg held, closes the periods
// that ended, works on the current period's heartbeat if its window is open, answers renter
// challenges, and settles ended deals once per period.
func (p *Prover) step(ctx context.Context) error {
	head, err := p.followHead(ctx)
	if err != nil {
		return err
	}
	s := p.c.Schedule
	cur := s.PeriodAt(head)
	if err := p.closeBefore(ctx, cur); err != nil {
		return err
	}
	// The heartbeat first: the rest can wait a poll, a window cannot.
	var errs []error
	first, last := s.ProofWindowOf(cur)
	if r, ok := p.Result(cur); head >= first && head+p.opts.Margin <= last && (!ok || r.Outcome == Pending) {
		errs = append(errs, p.attempt(ctx, cur, head))
	}
	if err := p.answerChallenges(ctx, head); err != nil {
		errs = append(errs, fmt.Errorf("answer renter challenges: %w", err))
	}
	if !p.opts.NoSettle && p.lastSettle != cur {
		if err := p.settleEnded(ctx, cur); err != nil {
			errs = append(errs, fmt.Errorf("settle ended deals: %w", err))
		} else {
			p.lastSettle = cur
		}
	}
	return errors.Join(errs...)
}

// closeBefore settles the outcome of every pending period before cur from the proven bits on chain.
func (p *Prover) closeBefore(ctx context.Context, cur uint32) error {
	p.mu.Lock()
	var open []uint32
	for q, r := range p.results {
		if q < cur && r.Outcome == Pending {
			open = append(open, q)
		}
	}
	p.mu.Unlock()
	for _, q := range open {
		proven, err := p.provenOnChain(ctx, q)
		if err != nil {
			return err
		}
		r, _ := p.Result(q)
		if proven {
			r.Outcome = Proven
		} else {
			r.Outcome = Missed
			p.log.Error("period missed", "period", q, "err", r.Err)
		}
		p.set(r)
	}
	return nil
}

func (p *Prover) provenOnChain(ctx context.Context, q uint32) (bool, error) {
	w, err := p.c.Market.ProvenBits(p.co(ctx), p.addr, big.NewInt(int64(q>>8)))
	if err != nil {
		return false, fmt.Errorf("read proven bits: %w", err)
	}
	return w.Bit(int(q&0xff)) == 1, nil
}

// attempt tries once to prove period cur, whose window is open on the latest block.
func (p *Prover) attempt(ctx context.Context, cur uint32, head uint64) error {
	prev, _ := p.Result(cur)
	r := Result{Period: cur, Outcome: Pending, Dropped: prev.Dropped}
	fi, err := p.c.Market.GetFarmer(p.co(ctx), p.addr)
	if err != nil {
		return fmt.Errorf("read farmer: %w", err)
	}
	if fi.Disqualified {
		r.Outcome, r.Err = NotObliged, errors.New("prover: farmer is disqualified")
		p.set(r)
		return nil
	}
	if fi.LastProven == cur+1 { // proven already: by an earlier run, or a dropped heartbeat mined again
		in, tx, err := p.provenIn(ctx, cur)
		if err != nil {
			return err
		}
		r.Outcome, r.Block, r.Tx = Proven, in, tx
		p.set(r)
		return nil
	}
	_, last := p.c.Schedule.ProofWindowOf(cur)
	if p.droppedPending(ctx, prev) && head+2*p.opts.Margin <= last {
		return nil // the node put the dropped heartbeat back in its pool: give it a few blocks
	}
	chs, err := p.challenges(ctx, cur, fi)
	if errors.Is(err, errNotObliged) {
		r.Outcome = NotObliged
		p.set(r)
		return nil
	} else if err != nil {
		r.Err = err
		p.set(r)
		return err
	}
	r.Challenges = chs
	leaves, path, err := p.build(ctx, chs)
	if errors.Is(err, ErrLost) {
		r.Outcome, r.Err = Lost, err
		p.set(r)
		p.log.Error("challenged data lost: heartbeat not sent", "period", cur, "err", err)
		return nil
	} else if err != nil {
		r.Err = err
		p.set(r)
		return err
	}
	tctx, cancel := context.WithTimeout(ctx, p.opts.TxTimeout)
	defer cancel()
	rcpt, err := p.c.Transact(tctx, fmt.Sprintf("heartbeat %d", cur), func(o *bind.TransactOpts) (*types.Transaction, error) {
		// Proving took time: check again, just before estimating, that the transaction can still
		// land inside the window.
		head, err := p.c.Block(o.Context)
		if err != nil {
			return nil, err
		}
		if head+p.opts.Margin > last {
			return nil, fmt.Errorf("%w: latest block %d, window ends at %d", errWindowClosing, head, last)
		}
		return p.c.Market.Heartbeat(o, cur, leaves, path)
	})
	var rev *chain.RevertError
	switch {
	case err == nil:
		r.Outcome, r.Tx = Proven, rcpt.TxHash
		r.Block = chain.BlockRef{Number: rcpt.BlockNumber.Uint64(), Hash: rcpt.BlockHash}
		p.log.Debug("heartbeat proven", "period", cur, "tx", rcpt.TxHash, "gas", rcpt.GasUsed)
	case errors.As(err, &rev) && rev.Name == "AlreadyProven":
		r.Outcome = Proven
		r.Block, r.Tx, _ = p.provenIn(ctx, cur)
	default:
		// WrongPeriod / OutsideProofWindow / a failed transaction: retried on the next poll while
		// the window is open; closeBefore records the miss if it never lands.
		r.Err = err
	}
	p.set(r)
	if r.Outcome == Pending {
		return err
	}
	return nil
}

var (
	errNotObliged    = errors.New("prover: empty challenge set")
	errWindowClosing = errors.New("prover: proof window closes too soon to send")
)

// challenges returns the period's c challenges as the contract picks them. The window is open on the
// latest block, so the set for cur is fixed: it is the queue applied up to cur-1. If changes from
// before cur are still queued, pickChallenge refuses (QueueNotFlushed) and the prover applies them
// with flushSome, exactly what its heartbeat would do first, then reads the picks on the flushed set.
// The picks are the contract's own: exact by construction, whatever the queue held.
func (p *Prover) challenges(ctx context.Context, cur uint32, fi bindings.StorageMarketFarmer) ([]proofs.Challenge, error) {
	seedBlock := p.c.Schedule.SeedBlock(cur)
	h, err := p.c.Backend().HeaderByNumber(ctx, new(big.Int).SetUint64(seedBlock))
	if err != nil {
		return nil, fmt.Errorf("read seed block %d: %w", seedBlock, err)
	}
	seed := proofs.Seed(proofs.Hash(h.Hash()), p.addr, cur)
	flushedEmpty := false
	for {
		chs, err := p.pick(ctx, seed)
		switch bindings.RevertName(err) {
		case "":
			return chs, err
		case "QueueNotFlushed":
		case "NothingToProve":
			// The set is empty on chain, but adds from before cur may still be queued: pickChallenge
			// checks emptiness first. Flush once to find out.
			if fi.QueueHead == fi.QueueTail || flushedEmpty {
				return nil, errNotObliged
			}
			flushedEmpty = true
		default:
			return nil, fmt.Errorf("pick challenges: %w", err)
		}
		if err := p.flush(ctx); err != nil {
			return nil, err
		}
	}
}

func (p *Prover) pick(ctx context.Context, seed proofs.Hash) ([]proofs.Challenge, error) {
	c := p.c.Params.ChallengesPerHeartbeat
	out := make([]proofs.Challenge, c)
	for i := range out {
		got, err := p.c.Market.PickChallenge(p.co(ctx), p.addr, seed, big.NewInt(int64(i)))
		if err != nil {
			return nil, err
		}
		out[i] = proofs.Challenge{DealID: got.DealId, Leaf: got.Leaf}
	}
	return out, nil
}

func (p *Prover) flush(ctx context.Context) error {
	tctx, cancel := context.WithTimeout(ctx, p.opts.TxTimeout)
	defer cancel()
	_, err := p.c.Transact(tctx, "flush challenge set", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.c.Market.FlushSome(o, p.addr, new(big.Int).SetUint64(p.opts.FlushBatch))
	})
	return err
}

// build proves each challenge with the farmer service: the leaves concatenated and the paths
// concatenated, in challenge order, as heartbeat takes them.
func (p *Prover) build(ctx context.Context, chs []proofs.Challenge) ([]byte, [][32]byte, error) {
	pctx, cancel := context.WithTimeout(ctx, p.opts.ProveTimeout)
	defer cancel()
	var leaves []byte
	var path [][32]byte
	for i, ch := range chs {
		resp, err := p.f.Prove(pctx, ch.DealID, ch.Leaf)
		if errors.Is(err, wire.ErrCorrupt) || errors.Is(err, wire.ErrNotFound) {
			return nil, nil, fmt.Errorf("%w: challenge %d, deal %d leaf %d: %w", ErrLost, i, ch.DealID, ch.Leaf, err)
		} else if err != nil {
			return nil, nil, fmt.Errorf("prove challenge %d, deal %d leaf %d: %w", i, ch.DealID, ch.Leaf, err)
		}
		if len(resp.Data) != proofs.LeafSize {
			return nil, nil, fmt.Errorf("prove challenge %d: leaf of %d bytes", i, len(resp.Data))
		}
		leaves = append(leaves, resp.Data...)
		for _, h := range resp.Path {
			path = append(path, h)
		}
	}
	return leaves, path, nil
}

// settleEnded settles the farmer's deals whose last period is over, so that they are paid and leave
// the challenge set. The deals are listed from their DealCreated events.
func (p *Prover) settleEnded(ctx context.Context, cur uint32) error {
	it, err := p.c.Market.FilterDealCreated(&bind.FilterOpts{Context: ctx, Start: p.c.Deployment().StartBlock},
		nil, nil, []common.Address{p.addr})
	if err != nil {
		return fmt.Errorf("list deals: %w", err)
	}
	var ids []uint64
	for it.Next() {
		ids = append(ids, it.Event.DealId)
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("list deals: %w", err)
	}
	it.Close()
	for _, id := range ids {
		p.mu.Lock()
		done := p.settled[id]
		p.mu.Unlock()
		if done {
			continue
		}
		d, err := p.c.Deal(ctx, id)
		if err != nil {
			return err
		}
		const settledFlag = 4 // StorageMarket F_SETTLED
		if d.Flags&settledFlag != 0 {
			p.mu.Lock()
			p.settled[id] = true
			p.mu.Unlock()
			continue
		}
		if cur < d.EndPeriod {
			continue
		}
		tctx, cancel := context.WithTimeout(ctx, p.opts.TxTimeout)
		_, err = p.c.Transact(tctx, fmt.Sprintf("settle deal %d", id), func(o *bind.TransactOpts) (*types.Transaction, error) {
			return p.c.Market.Settle(o, id)
		})
		cancel()
		var rev *chain.RevertError
		if err != nil && !(errors.As(err, &rev) && (rev.Name == "AlreadySettled" || rev.Name == "DealNotEnded" || rev.Name == "ChallengeOpen")) {
			return err
		}
		if err == nil {
			p.log.Info("deal settled", "deal", id)
			p.mu.Lock()
			p.settled[id] = true
			p.mu.Unlock()
		}
	}
	return nil
}
