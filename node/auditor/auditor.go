// Package auditor watches every announced farmer: it reports each period a farmer was obliged to prove
// and did not (reportMissed, within the report window, earning the bounty), reports every renter
// challenge left unanswered past its deadline (reportChallengeMissed), and re-verifies every
// submitted heartbeat off-chain, independently of the contract: it decodes the heartbeat's calldata,
// keeps a mirror of every farmer's challenge set from the DealActivated / DealDeactivated events,
// recomputes the challenges with proofs.Set and checks each leaf with proofs.VerifyDealLeaf. With a
// Prober it also runs retrievability audits: a random leaf of a random live deal, asked of the farmer
// over libp2p and checked against the deal's root.
//
// It follows the chain as reverted and applied blocks (chain.Follower): whatever it derived from a
// block a reorg drops (a verification, a set change, a renter challenge, a report) is undone, and the
// replacement blocks are applied in its place. See README.md.
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

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/proofs"
)

// Options tune the auditor; zero fields take the defaults.
type Options struct {
	Poll       time.Duration // how often to read the latest block (default 1 s)
	Margin     uint64        // report only while latest + Margin <= the report window's last block (default 1)
	TxTimeout  time.Duration // give up waiting for one report after this (default 2 min)
	NoVerify   bool          // do not re-verify heartbeats (nor mirror the challenge sets)
	ReorgDepth uint64        // deepest reorg followed block by block (default 64; deeper: start over)
	// VerifyBacklog is how many periods before its start the auditor re-verifies heartbeats of (it
	// applies the whole history to its mirror either way). Default 1.
	VerifyBacklog uint32
	// Prober, if set, lets the auditor run retrievability audits (AuditDeal, AuditRandom).
	Prober Prober
	// AuditEvery, with a Prober, runs AuditRandom this often in Run (0: only on demand).
	AuditEvery time.Duration
	Logger     *slog.Logger // default: discard
}

func (o *Options) defaults() {
	if o.Poll == 0 {
		o.Poll = time.Second
	}
	if o.Margin == 0 {
		o.Margin = 1
	}
	if o.TxTimeout == 0 {
		o.TxTimeout = 2 * time.Minute
	}
	if o.ReorgDepth == 0 {
		o.ReorgDepth = 64
	}
	if o.VerifyBacklog == 0 {
		o.VerifyBacklog = 1
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
}

// Outcome is what became of one (farmer, period) check.
type Outcome int

// Outcomes of a miss check.
const (
	Reported        Outcome = iota // this auditor's report was mined (and earned the bounty)
	AlreadyReported                // another auditor was first
	NotObliged                     // the farmer's set was empty that period
	AlreadyProven                  // the farmer proved it after all
	TooLate                        // the report window closed before the report was mined
)

func (o Outcome) String() string {
	return [...]string{"reported", "already reported", "not obliged", "already proven", "too late"}[o]
}

// Report is the final outcome of checking a farmer that had not proven a period.
type Report struct {
	Farmer  common.Address
	Period  uint32
	Outcome Outcome
	Tx      common.Hash    // when Reported
	Block   chain.BlockRef // the block the outcome was read in (the report's block when Reported)
}

// Verification is the off-chain check of one submitted heartbeat.
type Verification struct {
	Farmer     common.Address
	Period     uint32
	Tx         common.Hash
	Block      chain.BlockRef // the block holding the heartbeat
	Challenges []proofs.Challenge
	Err        error // nil: every challenged leaf verifies against its deal's root
}

// ErrBadHeartbeat is wrapped by Verification.Err when a heartbeat the chain accepted does not verify.
var ErrBadHeartbeat = errors.New("auditor: heartbeat does not verify")

type key struct {
	farmer common.Address
	period uint32
}

// Auditor reports misses and verifies heartbeats.
type Auditor struct {
	c    *chain.Client
	opts Options
	log  *slog.Logger
	abi  *abi.ABI

	watch      *chain.HeadWatch
	heads      *chain.Follower // nil until the first step
	verifyFrom uint64          // heartbeats in earlier blocks are applied but not re-verified
	verifyAll  bool            // Scan: verify from the deployment block

	mu       sync.Mutex
	reports  map[key]Report
	verified []Verification
	mirror   *mirror
	dealInfo map[uint64]deal           // deals read from the chain (immutable; cleared by a reorg)
	deals    map[uint64]chain.BlockRef // every deal created, with the block of its DealCreated event

	chalOpen map[challengeKey]ChallengeReport // renter challenges not yet settled
	chalDone map[challengeKey]ChallengeReport // and settled

	audits   []RetrievalAudit // the latest retrievability audits, oldest first
	auditSum map[common.Address]RetrievalStats
}

// New returns an auditor that reports with client's account.
func New(client *chain.Client, opts Options) *Auditor {
	opts.defaults()
	a, err := bindings.StorageMarketMetaData.GetAbi()
	if err != nil {
		panic(err) // the generated ABI is a constant
	}
	au := &Auditor{c: client, opts: opts, log: opts.Logger.With("auditor", client.Address()), abi: a,
		reports: map[key]Report{}, auditSum: map[common.Address]RetrievalStats{}}
	au.watch = &chain.HeadWatch{Log: au.log}
	au.resetLogState()
	return au
}

// resetLogState forgets everything derived from the chain's logs (at the start, and after a reorg
// deeper than the follower remembers).
func (a *Auditor) resetLogState() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.heads = nil
	a.verified = nil
	a.mirror = newMirror()
	a.dealInfo = map[uint64]deal{}
	a.deals = map[uint64]chain.BlockRef{}
	a.chalOpen = map[challengeKey]ChallengeReport{}
	a.chalDone = map[challengeKey]ChallengeReport{}
}

// Reports returns the final outcomes of the misses checked so far, by period then farmer.
func (a *Auditor) Reports() []Report {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make([]Report, 0, len(a.reports))
	for _, r := range a.reports {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Period != out[j].Period {
			return out[i].Period < out[j].Period
		}
		return out[i].Farmer.Cmp(out[j].Farmer) < 0
	})
	return out
}

// Verifications returns the heartbeats verified so far that the chain still holds, in chain order.
func (a *Auditor) Verifications() []Verification {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]Verification(nil), a.verified...)
}

// Run audits until ctx ends; it returns nil when ctx is cancelled.
func (a *Auditor) Run(ctx context.Context) error {
	if a.opts.Prober != nil && a.opts.AuditEvery > 0 {
		done := make(chan struct{})
		defer func() { <-done }()
		go func() {
			defer close(done)
			_ = chain.Poll(ctx, a.opts.AuditEvery, &chain.ErrorLog{Log: a.log, Msg: "retrievability audit failed"},
				func(ctx context.Context) error {
					if _, err := a.AuditRandom(ctx); !errors.Is(err, ErrNoLiveDeal) {
						return err
					}
					return nil
				})
		}()
	}
	return chain.Poll(ctx, a.opts.Poll, &chain.ErrorLog{Log: a.log, Msg: "audit step failed"}, a.step)
}

func (a *Auditor) co(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

func (a *Auditor) step(ctx context.Context) error {
	head, err := a.follow(ctx)
	if err != nil {
		return err
	}
	tip := a.tip()
	var errs []error
	errs = append(errs, a.checkChallenges(ctx, head, tip))
	s := a.c.Schedule
	cur := s.PeriodAt(head)
	if cur > 0 {
		q := cur - 1
		if first, last := s.ReportWindow(q); head >= first && head+a.opts.Margin <= last {
			errs = append(errs, a.reportPeriod(ctx, q, tip))
		}
	}
	return errors.Join(errs...)
}

// tip returns the last block the follower applied.
func (a *Auditor) tip() chain.BlockRef {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.heads.Tip()
}

// reportPeriod reports every farmer that did not prove period q (its report window is open).
func (a *Auditor) reportPeriod(ctx context.Context, q uint32, tip chain.BlockRef) error {
	n, err := a.c.Market.FarmerCount(a.co(ctx))
	if err != nil {
		return fmt.Errorf("count farmers: %w", err)
	}
	var todo []common.Address
	for i := int64(0); i < n.Int64(); i++ {
		f, err := a.c.Market.FarmerAt(a.co(ctx), big.NewInt(i))
		if err != nil {
			return fmt.Errorf("list farmers: %w", err)
		}
		a.mu.Lock()
		_, done := a.reports[key{f, q}]
		a.mu.Unlock()
		if !done {
			todo = append(todo, f)
		}
	}
	// The client pipelines transactions from one account, so reports to many farmers go out together
	// rather than one per block.
	const parallel = 8
	errs := make([]error, len(todo))
	sem := make(chan struct{}, parallel)
	var wg sync.WaitGroup
	for i, f := range todo {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			errs[i] = a.check(ctx, f, q, tip)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

func (a *Auditor) check(ctx context.Context, f common.Address, q uint32, tip chain.BlockRef) error {
	st, err := a.c.Market.GetFarmer(a.co(ctx), f)
	if err != nil {
		return fmt.Errorf("read farmer %s: %w", f, err)
	}
	if st.Disqualified {
		return nil // nothing to report any more; not recorded (it was not a miss check)
	}
	w, err := a.c.Market.ProvenBits(a.co(ctx), f, big.NewInt(int64(q>>8)))
	if err != nil {
		return fmt.Errorf("read proven bits of %s: %w", f, err)
	}
	if w.Bit(int(q&0xff)) == 1 {
		return nil // proven: not a miss, nothing recorded
	}
	// Whether the farmer was obliged is decided by the contract (it flushes the queue up to q and
	// refuses with NotObliged on an empty set): an estimate that reverts costs nothing.
	tctx, cancel := context.WithTimeout(ctx, a.opts.TxTimeout)
	defer cancel()
	rcpt, err := a.c.Transact(tctx, fmt.Sprintf("report %s missed %d", f, q), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.c.Market.ReportMissed(o, f, q)
	})
	r := Report{Farmer: f, Period: q, Block: tip}
	var rev *chain.RevertError
	switch {
	case err == nil:
		r.Outcome, r.Tx = Reported, rcpt.TxHash
		r.Block = chain.BlockRef{Number: rcpt.BlockNumber.Uint64(), Hash: rcpt.BlockHash}
		a.log.Info("miss reported", "farmer", f, "period", q, "tx", rcpt.TxHash)
	case errors.As(err, &rev) && rev.Name == "AlreadyReported":
		r.Outcome = AlreadyReported
	case errors.As(err, &rev) && rev.Name == "NotObliged":
		r.Outcome = NotObliged
	case errors.As(err, &rev) && rev.Name == "AlreadyProven":
		r.Outcome = AlreadyProven
	case errors.As(err, &rev) && rev.Name == "ReportTooLate":
		// The window closed while the report was on its way (the auditor started late, or the chain
		// jumped): nothing can be done about that period any more, so it is not an error.
		r.Outcome = TooLate
		a.log.Debug("miss report too late", "farmer", f, "period", q)
	case errors.As(err, &rev) && rev.Name == "FarmerDisqualified":
		return nil
	default:
		return err // retried on the next poll while the report window is open
	}
	a.mu.Lock()
	a.reports[key{f, q}] = r
	a.mu.Unlock()
	return nil
}

// txReader is the part of a chain connection that returns transactions (*ethclient.Client and the
// simulated backend's client both have it; chain.Backend does not require it).
type txReader interface {
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// deal is what the auditor needs of a deal; it never changes once the deal exists.
type deal struct {
	Farmer common.Address
	Root   proofs.Hash
	Shape  proofs.DealShape
}

// deal reads a deal, once.
func (a *Auditor) deal(ctx context.Context, id uint64) (deal, error) {
	a.mu.Lock()
	d, ok := a.dealInfo[id]
	a.mu.Unlock()
	if ok {
		return d, nil
	}
	got, err := a.c.Deal(ctx, id)
	if err != nil {
		return deal{}, err
	}
	d = deal{Farmer: got.Farmer, Root: got.Root, Shape: proofs.DealShape{Leaves: got.Leaves, ShardLeaves: got.ShardLeaves}}
	a.mu.Lock()
	a.dealInfo[id] = d
	a.mu.Unlock()
	return d, nil
}

// verify checks one heartbeat off-chain against set, the farmer's challenge set just before it. A
// returned error means the check could not be made (the chain did not answer); a heartbeat that
// does not verify is reported in v.Err.
func (a *Auditor) verify(ctx context.Context, ev *bindings.StorageMarketHeartbeatProven, set *proofs.Set) (v Verification, err error) {
	v = Verification{Farmer: ev.Farmer, Period: ev.Period, Tx: ev.Raw.TxHash,
		Block: chain.BlockRef{Number: ev.Raw.BlockNumber, Hash: ev.Raw.BlockHash}}
	tr, ok := a.c.Backend().(txReader)
	if !ok {
		return v, errors.New("auditor: the chain connection cannot return transactions")
	}
	tx, _, err := tr.TransactionByHash(ctx, ev.Raw.TxHash)
	if err != nil {
		return v, fmt.Errorf("read heartbeat transaction %s: %w", ev.Raw.TxHash, err)
	}
	period, leaves, path, err := a.decode(tx.Data())
	if err != nil {
		v.Err = err
		return v, nil
	}
	if period != ev.Period {
		v.Err = fmt.Errorf("%w: calldata names period %d, event %d", ErrBadHeartbeat, period, ev.Period)
		return v, nil
	}
	sb := a.c.Schedule.SeedBlock(period)
	h, err := a.c.Backend().HeaderByNumber(ctx, new(big.Int).SetUint64(sb))
	if err != nil {
		return v, fmt.Errorf("read seed block %d: %w", sb, err)
	}
	chs, err := set.Challenges(proofs.Seed(proofs.Hash(h.Hash()), ev.Farmer, period), int(a.c.Params.ChallengesPerHeartbeat))
	if err != nil {
		v.Err = fmt.Errorf("%w: %w", ErrBadHeartbeat, err)
		return v, nil
	}
	v.Challenges = chs
	if len(leaves) != len(chs)*proofs.LeafSize {
		v.Err = fmt.Errorf("%w: %d bytes of leaves for %d challenges", ErrBadHeartbeat, len(leaves), len(chs))
		return v, nil
	}
	off := 0
	for i, ch := range chs {
		d, err := a.deal(ctx, ch.DealID)
		if err != nil {
			return v, err
		}
		_, _, sd, dd := proofs.Geometry(d.Shape.Leaves, d.Shape.ShardLeaves, ch.Leaf)
		if off+sd+dd > len(path) {
			v.Err = fmt.Errorf("%w: challenge %d: path too short", ErrBadHeartbeat, i)
			return v, nil
		}
		p := make([]proofs.Hash, sd+dd)
		for j := range p {
			p[j] = path[off+j]
		}
		off += sd + dd
		if err := proofs.VerifyDealLeaf(d.Root, d.Shape, ch.Leaf, leaves[i*proofs.LeafSize:(i+1)*proofs.LeafSize], p); err != nil {
			v.Err = fmt.Errorf("%w: challenge %d (deal %d leaf %d): %w", ErrBadHeartbeat, i, ch.DealID, ch.Leaf, err)
			return v, nil
		}
	}
	if off != len(path) {
		v.Err = fmt.Errorf("%w: %d path nodes left over", ErrBadHeartbeat, len(path)-off)
	}
	return v, nil
}

// decode unpacks heartbeat(period, leaves, path) calldata.
func (a *Auditor) decode(data []byte) (uint32, []byte, [][32]byte, error) {
	if len(data) < 4 {
		return 0, nil, nil, fmt.Errorf("auditor: calldata of %d bytes", len(data))
	}
	m, err := a.abi.MethodById(data[:4])
	if err != nil || m.Name != "heartbeat" {
		// Sent through a contract wallet, say: the proof is not in the transaction's own calldata.
		return 0, nil, nil, fmt.Errorf("auditor: transaction does not call heartbeat directly")
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(args) != 3 {
		return 0, nil, nil, fmt.Errorf("auditor: decode heartbeat calldata: %v", err)
	}
	period, ok1 := args[0].(uint32)
	leaves, ok2 := args[1].([]byte)
	path, ok3 := args[2].([][32]byte)
	if !ok1 || !ok2 || !ok3 {
		return 0, nil, nil, errors.New("auditor: heartbeat calldata of unexpected types")
	}
	return period, leaves, path, nil
}
