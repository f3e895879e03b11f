package dashboard

// The adapters over the farmer on the agreement market: its standing read through
// chain.AgreementClient, the shard store, the heartbeat loop, and the libp2p host. This is the only
// file of the package that knows about bindings, the heartbeat loop or libp2p.

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/metrics"
	"github.com/libp2p/go-libp2p/core/network"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/heartbeat"
	ghost "github.com/granary-network/granary/node/host"
	"github.com/granary-network/granary/node/storage"
	"github.com/granary-network/granary/proofs"
)

var (
	_ Chain                = (*FarmerChain)(nil)
	_ Store                = (*storage.Store)(nil)
	_ Heartbeats           = (*LoopHistory)(nil)
	_ LoopStatus           = (*heartbeat.Loop)(nil)
	_ heartbeat.Agreements = TimedAgreements{}
	_ Network              = (*HostNetwork)(nil)
	_ Disk                 = DirDisk{}
)

// reorgDepth is how many of the last blocks each scan reads again: a reorg may have replaced them.
const reorgDepth = 64

// FarmerChain reads one farmer's standing through an agreement client (read-only use: it sends
// nothing). It scans the market's events about the farmer (AgreementOpened, HeartbeatProven,
// MissReported) incrementally from the deployment's start block, reading the last blocks again on
// every refresh, and remembers agreements once they are settled or failed and the cost of the
// heartbeats it looked up, so a refresh reads only what is new plus the open agreements' state.
type FarmerChain struct {
	c    *chain.AgreementClient
	addr common.Address

	mu      sync.Mutex
	scanned uint64                // events read up to this block (0: none yet)
	opened  map[uint64]uint64     // agreement id → block of its AgreementOpened event
	final   map[uint64]Agreement  // settled or failed: nothing about them changes any more
	proofs  map[uint32]Proof      // HeartbeatProven by period
	misses  map[uint32]Miss       // MissReported by period
	costs   map[common.Hash]Proof // heartbeat receipts by transaction
}

// NewFarmerChain returns the chain view of farmer through c.
func NewFarmerChain(c *chain.AgreementClient, farmer common.Address) *FarmerChain {
	return &FarmerChain{c: c, addr: farmer, opened: map[uint64]uint64{}, final: map[uint64]Agreement{},
		proofs: map[uint32]Proof{}, misses: map[uint32]Miss{}, costs: map[common.Hash]Proof{}}
}

// Schedule implements Chain.
func (f *FarmerChain) Schedule() market.AgreementSchedule { return f.c.Schedule() }

// Head implements Chain: the latest block, and the mean block time over the last 64 blocks.
func (f *FarmerChain) Head(ctx context.Context) (Head, error) {
	h, err := f.c.Head(ctx)
	if err != nil {
		return Head{}, err
	}
	out := Head{Block: h.Number, Time: h.Time, Period: h.Period}
	// Blocks since the market's deployment only: a genesis block's timestamp says nothing of the
	// chain's pace.
	start := max(f.c.Deployment().StartBlock, 1)
	back := uint64(0)
	if h.Number > start {
		back = min(h.Number-start, 64)
	}
	if back > 0 {
		old, err := f.c.Backend().HeaderByNumber(ctx, new(big.Int).SetUint64(h.Number-back))
		if err != nil {
			return Head{}, fmt.Errorf("%w: header %d: %v", chain.ErrUnreachable, h.Number-back, err)
		}
		if dt := h.Time.Unix() - int64(old.Time); dt > 0 {
			out.BlockTime = time.Duration(dt) * time.Second / time.Duration(back)
		}
	}
	return out, nil
}

// Account implements Chain.
func (f *FarmerChain) Account(ctx context.Context) (Account, error) {
	st, err := f.c.Standing(ctx, f.addr)
	if err != nil {
		return Account{}, err
	}
	a := Account{Address: f.addr, Stake: st.Free, Locked: st.Locked, Unbonding: st.Unbonding, UnbondingReady: st.UnbondingReady,
		Announced: st.Announced, PricePerGiB: st.PricePerGiB, AnnouncedCapacity: st.Capacity,
		ObligedFrom: st.ObligedFrom, ObligedUntil: st.ObligedUntil, Disqualified: st.Disqualified, DqPeriod: st.DqPeriod}
	if a.Tokens, _, err = f.c.Funds(ctx, f.addr); err != nil {
		return Account{}, err
	}
	if a.Withdrawable, err = f.c.Balance(ctx, f.addr); err != nil {
		return Account{}, err
	}
	if a.Ether, err = f.c.Ether(ctx, f.addr); err != nil {
		return Account{}, err
	}
	pi, err := f.c.Market.PeerInfo(&bind.CallOpts{Context: ctx}, f.addr)
	if err != nil {
		return Account{}, fmt.Errorf("chain: read announcement of %s: %w", f.addr, err)
	}
	if id, err := ghost.DecodePeerID(pi.PeerId); err == nil && len(pi.PeerId) > 0 {
		a.PeerID = id.String()
	}
	if addrs, err := ghost.DecodeAddrs(pi.Addrs); err == nil {
		for _, m := range addrs {
			a.Addrs = append(a.Addrs, m.String())
		}
	}
	return a, nil
}

// scan reads the farmer's events from the last scanned blocks (or the deployment's start) to the
// head, first dropping what it had read from those blocks. Callers hold f.mu.
func (f *FarmerChain) scan(ctx context.Context) error {
	head, err := f.c.Block(ctx)
	if err != nil {
		return err
	}
	start := f.c.Deployment().StartBlock
	if f.scanned > start+reorgDepth {
		start = f.scanned - reorgDepth
	}
	if head < start {
		return nil
	}
	for id, b := range f.opened {
		if b >= start {
			delete(f.opened, id)
		}
	}
	for p, pr := range f.proofs {
		if pr.Block >= start {
			delete(f.proofs, p)
		}
	}
	for p, m := range f.misses {
		if m.block >= start {
			delete(f.misses, p)
		}
	}
	opts := &bind.FilterOpts{Start: start, End: &head, Context: ctx}
	me := []common.Address{f.addr}
	op, err := f.c.Market.FilterAgreementOpened(opts, nil, nil, me)
	if err != nil {
		return fmt.Errorf("chain: list agreements of %s: %w", f.addr, err)
	}
	for op.Next() {
		f.opened[op.Event.Id] = op.Event.Raw.BlockNumber
	}
	if err := errors.Join(op.Error(), op.Close()); err != nil {
		return fmt.Errorf("chain: list agreements of %s: %w", f.addr, err)
	}
	hb, err := f.c.Market.FilterHeartbeatProven(opts, me, nil)
	if err != nil {
		return fmt.Errorf("chain: read heartbeats of %s: %w", f.addr, err)
	}
	for hb.Next() {
		ev := hb.Event
		f.proofs[ev.Period] = Proof{Period: ev.Period, Block: ev.Raw.BlockNumber, Tx: ev.Raw.TxHash, Proofs: int(ev.Proofs.Int64())}
	}
	if err := errors.Join(hb.Error(), hb.Close()); err != nil {
		return fmt.Errorf("chain: read heartbeats of %s: %w", f.addr, err)
	}
	mr, err := f.c.Market.FilterMissReported(opts, me, nil)
	if err != nil {
		return fmt.Errorf("chain: read miss reports of %s: %w", f.addr, err)
	}
	for mr.Next() {
		ev := mr.Event
		f.misses[ev.Period] = Miss{Period: ev.Period, Reporter: ev.Reporter, Slashed: ev.Slashed, block: ev.Raw.BlockNumber}
	}
	if err := errors.Join(mr.Error(), mr.Close()); err != nil {
		return fmt.Errorf("chain: read miss reports of %s: %w", f.addr, err)
	}
	f.scanned = head
	return nil
}

// Agreements implements Chain: every agreement opened with the farmer (AgreementOpened events),
// read again with its earned-unpaid pay unless it was settled or failed, that is still open or
// whose last period is `since` or later.
func (f *FarmerChain) Agreements(ctx context.Context, since uint32) ([]Agreement, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.scan(ctx); err != nil {
		return nil, err
	}
	var out []Agreement
	for id := range f.opened {
		a, ok := f.final[id]
		if !ok {
			info, err := f.c.Agreement(ctx, id)
			if errors.Is(err, chain.ErrUnknownAgreement) { // opened in a block a reorg dropped
				delete(f.opened, id)
				continue
			} else if err != nil {
				return nil, err
			}
			a = Agreement{ID: id, Renter: info.Renter, Size: info.Leaves * proofs.LeafSize, PricePerGiB: info.PricePerGiB,
				PricePerPeriod: market.Rate(info.PricePerGiB, info.Leaves), Escrow: info.Escrow, Paid: info.Paid, Unpaid: new(big.Int),
				Collateral: info.Collateral, LiveFrom: info.LiveFrom, EndPeriod: info.EndPeriod, Revision: info.Number, Status: info.Status}
			if info.Status == chain.AgreementOpen {
				if a.Unpaid, err = f.c.EarnedOf(ctx, id); err != nil {
					return nil, err
				}
			} else {
				f.final[id] = a
			}
		}
		if a.Status == chain.AgreementOpen || a.EndPeriod >= since {
			out = append(out, a)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Proofs implements Chain from the HeartbeatProven and MissReported events; each heartbeat's gas
// and cost come from its receipt.
func (f *FarmerChain) Proofs(ctx context.Context, from, to uint32) ([]Proof, []Miss, Record, error) {
	f.mu.Lock()
	if err := f.scan(ctx); err != nil {
		f.mu.Unlock()
		return nil, nil, Record{}, err
	}
	var rec Record
	var proofs []Proof
	var misses []Miss
	var lastProven uint32
	var anyProven bool
	for p, pr := range f.proofs {
		rec.Proven++
		if !anyProven || p > lastProven {
			lastProven, anyProven = p, true
		}
		if p >= from && p <= to {
			proofs = append(proofs, pr)
		}
	}
	for p, m := range f.misses {
		rec.Missed++
		if !anyProven || p > lastProven {
			rec.ConsecutiveMisses++
		}
		if p >= from && p <= to {
			misses = append(misses, m)
		}
	}
	f.mu.Unlock()
	for i := range proofs {
		if err := f.cost(ctx, &proofs[i]); err != nil {
			return nil, nil, Record{}, err
		}
	}
	sort.Slice(proofs, func(i, j int) bool { return proofs[i].Period < proofs[j].Period })
	sort.Slice(misses, func(i, j int) bool { return misses[i].Period < misses[j].Period })
	return proofs, misses, rec, nil
}

// cost fills in a heartbeat's gas and ether from its receipt (remembered by transaction).
func (f *FarmerChain) cost(ctx context.Context, p *Proof) error {
	f.mu.Lock()
	c, ok := f.costs[p.Tx]
	f.mu.Unlock()
	if !ok {
		r, err := f.c.Backend().TransactionReceipt(ctx, p.Tx)
		if err != nil {
			return fmt.Errorf("chain: receipt of heartbeat %s: %w", p.Tx, err)
		}
		c = Proof{GasUsed: r.GasUsed}
		if r.EffectiveGasPrice != nil {
			c.Cost = new(big.Int).Mul(r.EffectiveGasPrice, new(big.Int).SetUint64(r.GasUsed))
		}
		f.mu.Lock()
		f.costs[p.Tx] = c
		f.mu.Unlock()
	}
	p.GasUsed, p.Cost = c.GasUsed, c.Cost
	return nil
}

// GasPrice implements Chain.
func (f *FarmerChain) GasPrice(ctx context.Context) (*big.Int, error) {
	p, err := f.c.Backend().SuggestGasPrice(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w: gas price: %v", chain.ErrUnreachable, err)
	}
	return p, nil
}

// LoopStatus is the heartbeat loop's report of the latest period it handled (*heartbeat.Loop).
type LoopStatus interface {
	Status() heartbeat.Status
}

// historyLen is how many periods a LoopHistory remembers.
const historyLen = 32

// LoopHistory keeps the heartbeat loop's recent periods: the loop reports only its latest one, so
// the history samples it on every Recent (each dashboard refresh) and keeps the last outcome seen
// for each period. A period the loop finished and left between two refreshes is not seen.
type LoopHistory struct {
	l LoopStatus

	mu      sync.Mutex
	seen    []LocalResult // by period, oldest first
	misses  int           // the loop's miss count at the last sample
	sampled bool
}

// NewLoopHistory returns the history of loop l.
func NewLoopHistory(l LoopStatus) *LoopHistory { return &LoopHistory{l: l} }

// Recent implements Heartbeats: samples the loop, then returns up to n periods, oldest first.
func (h *LoopHistory) Recent(n int) []LocalResult {
	s := h.l.Status()
	h.mu.Lock()
	defer h.mu.Unlock()
	if s.Period != 0 || s.Proven || s.Waiting != "" {
		r := LocalResult{Period: s.Period, Proofs: s.Proofs, Lost: len(s.Lost)}
		switch {
		case s.Waiting != "":
			r.Outcome, r.Err = "pending", "waiting for the period's "+s.Waiting
		case s.Proven:
			r.Outcome = "proven"
		case h.sampled && s.Misses > h.misses:
			r.Outcome, r.Err = "missed", "given up: too late, or the period's seed was lost"
		default:
			r.Outcome = "not obliged"
		}
		if len(s.Lost) > 0 {
			r.Err = fmt.Sprintf("proofs of agreements %v could not be built: they can be reported unproven", s.Lost)
		}
		i := sort.Search(len(h.seen), func(i int) bool { return h.seen[i].Period >= s.Period })
		switch {
		case i < len(h.seen) && h.seen[i].Period == s.Period:
			if h.seen[i].Outcome != "missed" || r.Outcome == "proven" {
				h.seen[i] = r
			}
		default:
			h.seen = append(h.seen, LocalResult{})
			copy(h.seen[i+1:], h.seen[i:])
			h.seen[i] = r
		}
		if len(h.seen) > historyLen {
			h.seen = h.seen[len(h.seen)-historyLen:]
		}
	}
	h.misses, h.sampled = s.Misses, true
	out := h.seen
	if len(out) > n {
		out = out[len(out)-n:]
	}
	return append([]LocalResult(nil), out...)
}

// TimedAgreements is the farmer's agreement store as the heartbeat loop reads it, timing every
// shard read its proofs make (one per proof: the group of leaves holding the picked leaf and the
// shard's proof cache) into M. Pass it to heartbeat.New in place of the farmer service.
type TimedAgreements struct {
	heartbeat.Agreements
	M *Metrics
}

// ProofSource implements heartbeat.Agreements.
func (t TimedAgreements) ProofSource() proofs.ShardSource {
	src := t.Agreements.ProofSource()
	return func(root proofs.Hash, leaf uint64) (*proofs.Cache, []byte, error) {
		start := time.Now()
		c, g, err := src(root, leaf)
		t.M.ObserveProof(time.Since(start), err)
		return c, g, err
	}
}

// HostNetwork is the libp2p host's identity, addresses, AutoNAT reachability and streams.
type HostNetwork struct {
	h   host.Host
	sub event.Subscription

	mu    sync.Mutex
	reach network.Reachability
	done  chan struct{}
}

// NewHostNetwork follows h's reachability events until Close.
func NewHostNetwork(h host.Host) (*HostNetwork, error) {
	sub, err := h.EventBus().Subscribe(new(event.EvtLocalReachabilityChanged))
	if err != nil {
		return nil, fmt.Errorf("dashboard: follow reachability: %w", err)
	}
	n := &HostNetwork{h: h, sub: sub, done: make(chan struct{})}
	go func() {
		defer close(n.done)
		for e := range sub.Out() {
			ev := e.(event.EvtLocalReachabilityChanged)
			n.mu.Lock()
			n.reach = ev.Reachability
			n.mu.Unlock()
		}
	}()
	return n, nil
}

// Close stops following the host's events.
func (n *HostNetwork) Close() error {
	err := n.sub.Close()
	<-n.done
	return err
}

// PeerID implements Network.
func (n *HostNetwork) PeerID() string { return n.h.ID().String() }

// ListenAddrs implements Network.
func (n *HostNetwork) ListenAddrs() []string {
	var out []string
	for _, a := range n.h.Addrs() {
		out = append(out, a.String())
	}
	return out
}

// Reachability implements Network.
func (n *HostNetwork) Reachability() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	switch n.reach {
	case network.ReachabilityPublic:
		return "public"
	case network.ReachabilityPrivate:
		return "private"
	}
	return "unknown"
}

// Streams implements Network.
func (n *HostNetwork) Streams() map[string]int {
	out := map[string]int{}
	for _, c := range n.h.Network().Conns() {
		for _, s := range c.GetStreams() {
			p := string(s.Protocol())
			if p == "" {
				p = "negotiating"
			}
			out[p]++
		}
	}
	return out
}

// BandwidthTraffic reads a libp2p bandwidth counter (ghost.Config.Bandwidth).
type BandwidthTraffic struct{ C *metrics.BandwidthCounter }

// Totals implements Traffic.
func (b BandwidthTraffic) Totals() (in, out int64) {
	s := b.C.GetBandwidthTotals()
	return s.TotalIn, s.TotalOut
}
