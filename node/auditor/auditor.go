// Package auditor watches every announced farmer: it reports each period a farmer was obliged to prove
// and did not (reportMissed, within the report window, earning the bounty), reports every renter
// challenge left unanswered past its deadline (reportChallengeMissed), and re-verifies every
// submitted heartbeat off-chain, independently of the contract: it decodes the heartbeat's calldata,
// rebuilds the farmer's challenge set from the DealActivated / DealDeactivated events that preceded
// it, recomputes the challenges with proofs.Set and checks each leaf with proofs.VerifyDealLeaf.
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

	"github.com/ethereum/go-ethereum"
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
	Poll      time.Duration // how often to read the latest block (default 1 s)
	Margin    uint64        // report only while latest + Margin <= the report window's last block (default 1)
	TxTimeout time.Duration // give up waiting for one report after this (default 2 min)
	NoVerify  bool          // do not re-verify heartbeats
	Logger    *slog.Logger  // default: discard
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
)

func (o Outcome) String() string {
	return [...]string{"reported", "already reported", "not obliged", "already proven"}[o]
}

// Report is the final outcome of checking a farmer that had not proven a period.
type Report struct {
	Farmer  common.Address
	Period  uint32
	Outcome Outcome
	Tx      common.Hash // when Reported
}

// Verification is the off-chain check of one submitted heartbeat.
type Verification struct {
	Farmer     common.Address
	Period     uint32
	Tx         common.Hash
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

	mu       sync.Mutex
	reports  map[key]Report
	verified []Verification
	scanned  uint64 // last block whose HeartbeatProven events were verified

	chalScanned uint64                           // last block whose ChallengeIssued events were read
	chalOpen    map[challengeKey]ChallengeReport // renter challenges not yet settled
	chalDone    map[challengeKey]ChallengeReport // and settled
}

// New returns an auditor that reports with client's account.
func New(client *chain.Client, opts Options) *Auditor {
	opts.defaults()
	a, err := bindings.StorageMarketMetaData.GetAbi()
	if err != nil {
		panic(err) // the generated ABI is a constant
	}
	return &Auditor{c: client, opts: opts, log: opts.Logger.With("auditor", client.Address()), abi: a,
		reports: map[key]Report{}, scanned: client.Deployment().StartBlock,
		chalScanned: client.Deployment().StartBlock, chalOpen: map[challengeKey]ChallengeReport{},
		chalDone: map[challengeKey]ChallengeReport{}}
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

// Verifications returns the heartbeats verified so far, in chain order.
func (a *Auditor) Verifications() []Verification {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]Verification(nil), a.verified...)
}

// Run audits until ctx ends; it returns nil when ctx is cancelled.
func (a *Auditor) Run(ctx context.Context) error {
	t := time.NewTicker(a.opts.Poll)
	defer t.Stop()
	for {
		if err := a.step(ctx); err != nil && ctx.Err() == nil {
			a.log.Warn("audit step failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

func (a *Auditor) co(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

func (a *Auditor) step(ctx context.Context) error {
	head, err := a.c.Block(ctx)
	if err != nil {
		return err
	}
	var errs []error
	if !a.opts.NoVerify {
		errs = append(errs, a.verifyUpTo(ctx, head))
	}
	errs = append(errs, a.checkChallenges(ctx, head))
	s := a.c.Schedule
	cur := s.PeriodAt(head)
	if cur > 0 {
		q := cur - 1
		if first, last := s.ReportWindow(q); head >= first && head+a.opts.Margin <= last {
			errs = append(errs, a.reportPeriod(ctx, q))
		}
	}
	return errors.Join(errs...)
}

// reportPeriod reports every farmer that did not prove period q (its report window is open).
func (a *Auditor) reportPeriod(ctx context.Context, q uint32) error {
	n, err := a.c.Market.FarmerCount(a.co(ctx))
	if err != nil {
		return fmt.Errorf("count farmers: %w", err)
	}
	var errs []error
	for i := int64(0); i < n.Int64(); i++ {
		f, err := a.c.Market.FarmerAt(a.co(ctx), big.NewInt(i))
		if err != nil {
			return fmt.Errorf("list farmers: %w", err)
		}
		k := key{f, q}
		a.mu.Lock()
		_, done := a.reports[k]
		a.mu.Unlock()
		if done {
			continue
		}
		errs = append(errs, a.check(ctx, f, q))
	}
	return errors.Join(errs...)
}

func (a *Auditor) check(ctx context.Context, f common.Address, q uint32) error {
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
	r := Report{Farmer: f, Period: q}
	var rev *chain.RevertError
	switch {
	case err == nil:
		r.Outcome, r.Tx = Reported, rcpt.TxHash
		a.log.Info("miss reported", "farmer", f, "period", q, "tx", rcpt.TxHash)
	case errors.As(err, &rev) && rev.Name == "AlreadyReported":
		r.Outcome = AlreadyReported
	case errors.As(err, &rev) && rev.Name == "NotObliged":
		r.Outcome = NotObliged
	case errors.As(err, &rev) && rev.Name == "AlreadyProven":
		r.Outcome = AlreadyProven
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

// verifyUpTo verifies every heartbeat proven in blocks (scanned, head].
func (a *Auditor) verifyUpTo(ctx context.Context, head uint64) error {
	a.mu.Lock()
	from := a.scanned + 1
	a.mu.Unlock()
	if from > head {
		return nil
	}
	it, err := a.c.Market.FilterHeartbeatProven(&bind.FilterOpts{Context: ctx, Start: from, End: &head}, nil, nil)
	if err != nil {
		return fmt.Errorf("list heartbeats: %w", err)
	}
	var evs []*bindings.StorageMarketHeartbeatProven
	for it.Next() {
		evs = append(evs, it.Event)
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("list heartbeats: %w", err)
	}
	it.Close()
	for _, ev := range evs {
		v := Verification{Farmer: ev.Farmer, Period: ev.Period, Tx: ev.Raw.TxHash}
		v.Challenges, v.Err = a.verify(ctx, ev)
		if errors.Is(v.Err, context.Canceled) || errors.Is(v.Err, context.DeadlineExceeded) {
			return v.Err
		}
		if v.Err != nil {
			a.log.Error("heartbeat does not verify off-chain", "farmer", v.Farmer, "period", v.Period, "tx", v.Tx, "err", v.Err)
		}
		a.mu.Lock()
		a.verified = append(a.verified, v)
		a.mu.Unlock()
	}
	a.mu.Lock()
	a.scanned = head
	a.mu.Unlock()
	return nil
}

// verify checks one heartbeat off-chain.
func (a *Auditor) verify(ctx context.Context, ev *bindings.StorageMarketHeartbeatProven) ([]proofs.Challenge, error) {
	tr, ok := a.c.Backend().(txReader)
	if !ok {
		return nil, errors.New("auditor: the chain connection cannot return transactions")
	}
	tx, _, err := tr.TransactionByHash(ctx, ev.Raw.TxHash)
	if err != nil {
		return nil, fmt.Errorf("read heartbeat transaction %s: %w", ev.Raw.TxHash, err)
	}
	period, leaves, path, err := a.decode(tx.Data())
	if err != nil {
		return nil, err
	}
	if period != ev.Period {
		return nil, fmt.Errorf("%w: calldata names period %d, event %d", ErrBadHeartbeat, period, ev.Period)
	}
	set, err := a.setBefore(ctx, ev.Farmer, ev.Raw.BlockNumber, ev.Raw.Index)
	if err != nil {
		return nil, err
	}
	sb := a.c.Schedule.SeedBlock(period)
	h, err := a.c.Backend().HeaderByNumber(ctx, new(big.Int).SetUint64(sb))
	if err != nil {
		return nil, fmt.Errorf("read seed block %d: %w", sb, err)
	}
	chs, err := set.Challenges(proofs.Seed(proofs.Hash(h.Hash()), ev.Farmer, period), int(a.c.Params.ChallengesPerHeartbeat))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadHeartbeat, err)
	}
	if len(leaves) != len(chs)*proofs.LeafSize {
		return chs, fmt.Errorf("%w: %d bytes of leaves for %d challenges", ErrBadHeartbeat, len(leaves), len(chs))
	}
	off := 0
	for i, ch := range chs {
		d, err := a.c.Deal(ctx, ch.DealID)
		if err != nil {
			return chs, err
		}
		shape := proofs.DealShape{Leaves: d.Leaves, ShardLeaves: d.ShardLeaves}
		_, _, sd, dd := proofs.Geometry(shape.Leaves, shape.ShardLeaves, ch.Leaf)
		if off+sd+dd > len(path) {
			return chs, fmt.Errorf("%w: challenge %d: path too short", ErrBadHeartbeat, i)
		}
		p := make([]proofs.Hash, sd+dd)
		for j := range p {
			p[j] = path[off+j]
		}
		off += sd + dd
		if err := proofs.VerifyDealLeaf(d.Root, shape, ch.Leaf, leaves[i*proofs.LeafSize:(i+1)*proofs.LeafSize], p); err != nil {
			return chs, fmt.Errorf("%w: challenge %d (deal %d leaf %d): %w", ErrBadHeartbeat, i, ch.DealID, ch.Leaf, err)
		}
	}
	if off != len(path) {
		return chs, fmt.Errorf("%w: %d path nodes left over", ErrBadHeartbeat, len(path)-off)
	}
	return chs, nil
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

// setBefore rebuilds farmer's challenge set as it stood at log (block, index): every DealActivated
// and DealDeactivated event before it, applied in chain order. A heartbeat applies the queue before
// it picks (those events come first in its own transaction), so this is the set it was challenged on.
// It is rebuilt from the deployment block each time: exact and reorg-proof, linear in the farmer's
// history of set changes.
func (a *Auditor) setBefore(ctx context.Context, farmer common.Address, block uint64, index uint) (*proofs.Set, error) {
	act := a.abi.Events["DealActivated"].ID
	deact := a.abi.Events["DealDeactivated"].ID
	logs, err := a.c.Backend().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(a.c.Deployment().StartBlock),
		ToBlock:   new(big.Int).SetUint64(block),
		Addresses: []common.Address{a.c.Deployment().Market},
		Topics:    [][]common.Hash{{act, deact}, {common.BytesToHash(farmer[:])}},
	})
	if err != nil {
		return nil, fmt.Errorf("read set changes of %s: %w", farmer, err)
	}
	set := proofs.NewSet()
	leaves := map[uint64]uint64{}
	size := func(id uint64) (uint64, error) {
		if n, ok := leaves[id]; ok {
			return n, nil
		}
		d, err := a.c.Deal(ctx, id)
		if err != nil {
			return 0, err
		}
		leaves[id] = d.Leaves
		return d.Leaves, nil
	}
	for _, l := range logs {
		if l.BlockNumber == block && l.Index >= index {
			break
		}
		switch l.Topics[0] {
		case act:
			ev, err := a.c.Market.ParseDealActivated(l)
			if err != nil {
				return nil, err
			}
			n, err := size(ev.DealId)
			if err != nil {
				return nil, err
			}
			if err := set.Add(proofs.SetDeal{ID: ev.DealId, Leaves: n}); err != nil {
				return nil, fmt.Errorf("mirror set of %s: %w", farmer, err)
			}
		case deact:
			ev, err := a.c.Market.ParseDealDeactivated(l)
			if err != nil {
				return nil, err
			}
			n, err := size(ev.DealId)
			if err != nil {
				return nil, err
			}
			if err := set.Remove(ev.DealId, n); err != nil {
				return nil, fmt.Errorf("mirror set of %s: %w", farmer, err)
			}
		}
	}
	return set, nil
}
