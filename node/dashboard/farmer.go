package dashboard

// The adapters over today's farmer: the market's per-file deals read through chain.Client, the
// shard store, the prover, and the libp2p host. This is the only file of the package that knows
// about deals, bindings, the prover or libp2p; when the market moves to long-lived agreements,
// FarmerChain.Agreements is what changes.

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
	ghost "github.com/granary-network/granary/node/host"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/prover"
	"github.com/granary-network/granary/node/storage"
)

var (
	_ Chain   = (*FarmerChain)(nil)
	_ Store   = (*storage.Store)(nil)
	_ Prover  = ProverHistory{}
	_ Network = (*HostNetwork)(nil)
	_ Disk    = DirDisk{}
)

// FarmerChain reads one farmer's standing through a chain client (read-only use: it sends nothing).
// It remembers the deals it found and the cost of heartbeats it looked up, so a refresh reads only
// what is new plus the state of the deals not yet settled.
type FarmerChain struct {
	c    *chain.Client
	addr common.Address

	mu      sync.Mutex
	scanned uint64 // DealCreated events read up to this block
	deals   map[uint64]*dealEntry
	costs   map[common.Hash]Proof // heartbeat receipts by transaction
}

type dealEntry struct {
	a     Agreement
	final bool // settled: nothing about it changes any more
}

// NewFarmerChain returns the chain view of farmer through c.
func NewFarmerChain(c *chain.Client, farmer common.Address) *FarmerChain {
	return &FarmerChain{c: c, addr: farmer, deals: map[uint64]*dealEntry{}, costs: map[common.Hash]Proof{}}
}

// Schedule implements Chain.
func (f *FarmerChain) Schedule() market.Schedule { return f.c.Schedule }

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
	co := &bind.CallOpts{Context: ctx}
	st, err := f.c.Market.GetFarmer(co, f.addr)
	if err != nil {
		return Account{}, fmt.Errorf("chain: read farmer %s: %w", f.addr, err)
	}
	a := Account{Address: f.addr, Stake: st.Stake, Locked: st.Locked, Unbonding: st.Unbonding, UnbondingReadyBlock: st.UnbondingReadyBlock,
		Announced: st.Announced, PricePerGiB: st.PricePerGiB, AnnouncedCapacity: st.Capacity, UnderAgreements: st.Used,
		ProvenPeriods: st.ProvenPeriods, MissedPeriods: st.MissedPeriods, Slashes: st.SlashCount,
		ConsecutiveMisses: st.ConsecutiveMisses, Disqualified: st.Disqualified}
	if a.Tokens, _, err = f.c.Funds(ctx, f.addr); err != nil {
		return Account{}, err
	}
	if a.Withdrawable, err = f.c.Withdrawable(ctx, f.addr); err != nil {
		return Account{}, err
	}
	if a.Ether, err = f.c.Ether(ctx, f.addr); err != nil {
		return Account{}, err
	}
	pi, err := f.c.Market.PeerInfo(co, f.addr)
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

// Agreements implements Chain over today's deals: every deal of the farmer (DealCreated events)
// whose end is after `since`, with its state read again unless it was settled. A deal has no
// revision (-1). Its end is the period after its last paid one: cut short by a cancellation or by
// the farmer's disqualification, as settlement counts it.
func (f *FarmerChain) Agreements(ctx context.Context, since uint32) ([]Agreement, error) {
	head, err := f.c.Block(ctx)
	if err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	start := f.c.Deployment().StartBlock
	if f.scanned > start+64 {
		start = f.scanned - 64 // read the last blocks again: a reorg may have replaced them
	}
	if head >= start {
		it, err := f.c.Market.FilterDealCreated(&bind.FilterOpts{Start: start, End: &head, Context: ctx}, nil, nil, []common.Address{f.addr})
		if err != nil {
			return nil, fmt.Errorf("chain: list deals of %s: %w", f.addr, err)
		}
		for it.Next() {
			ev := it.Event
			if _, ok := f.deals[ev.DealId]; !ok {
				f.deals[ev.DealId] = &dealEntry{a: Agreement{ID: ev.DealId, Renter: ev.Renter, Size: ev.Size, PricePerPeriod: ev.PricePerPeriod,
					Collateral: ev.Collateral, Start: ev.StartPeriod, End: ev.StartPeriod + ev.Periods, Revision: -1}}
			}
		}
		err = errors.Join(it.Error(), it.Close())
		if err != nil {
			return nil, fmt.Errorf("chain: list deals of %s: %w", f.addr, err)
		}
		f.scanned = head
	}
	fs, err := f.c.FarmerState(ctx, f.addr)
	if err != nil {
		return nil, err
	}
	var out []Agreement
	for id, e := range f.deals {
		if !e.final {
			d, err := f.c.Deal(ctx, id)
			if errors.Is(err, chain.ErrNoDeal) { // created in a block a reorg dropped
				delete(f.deals, id)
				continue
			} else if err != nil {
				return nil, err
			}
			e.a.Start, e.a.End = d.StartPeriod, d.EndPeriod
			if fs.Disqualified && fs.DqPeriod < e.a.End {
				e.a.End = max(fs.DqPeriod, d.StartPeriod)
			}
			e.a.Settled, e.a.Cancelled = d.Flags&chain.DealSettled != 0, d.Flags&chain.DealCancelled != 0
			e.final = e.a.Settled
		}
		if e.a.End > since || !e.a.Settled {
			out = append(out, e.a)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Proofs implements Chain from the HeartbeatProven and MissReported events; each heartbeat's gas
// and cost come from its receipt.
func (f *FarmerChain) Proofs(ctx context.Context, from, to uint32) ([]Proof, []Miss, error) {
	opts := &bind.FilterOpts{Start: f.c.Schedule.PeriodStart(from), Context: ctx}
	hb, err := f.c.Market.FilterHeartbeatProven(opts, []common.Address{f.addr}, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("chain: read heartbeats of %s: %w", f.addr, err)
	}
	var proofs []Proof
	for hb.Next() {
		ev := hb.Event
		if ev.Period < from || ev.Period > to {
			continue
		}
		proofs = append(proofs, Proof{Period: ev.Period, Block: ev.Raw.BlockNumber, Tx: ev.Raw.TxHash})
	}
	if err := errors.Join(hb.Error(), hb.Close()); err != nil {
		return nil, nil, fmt.Errorf("chain: read heartbeats of %s: %w", f.addr, err)
	}
	for i := range proofs {
		if err := f.cost(ctx, &proofs[i]); err != nil {
			return nil, nil, err
		}
	}
	mr, err := f.c.Market.FilterMissReported(opts, []common.Address{f.addr}, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("chain: read miss reports of %s: %w", f.addr, err)
	}
	var misses []Miss
	for mr.Next() {
		if p := mr.Event.Period; p >= from && p <= to {
			misses = append(misses, Miss{Period: p, Reporter: mr.Event.Reporter})
		}
	}
	if err := errors.Join(mr.Error(), mr.Close()); err != nil {
		return nil, nil, fmt.Errorf("chain: read miss reports of %s: %w", f.addr, err)
	}
	sort.Slice(proofs, func(i, j int) bool { return proofs[i].Period < proofs[j].Period })
	return proofs, misses, nil
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

// ProverHistory is the prover's record of its recent periods.
type ProverHistory struct{ P *prover.Prover }

// Recent implements Prover.
func (h ProverHistory) Recent(n int) []LocalResult {
	rs := h.P.Results()
	if len(rs) > n {
		rs = rs[len(rs)-n:]
	}
	out := make([]LocalResult, len(rs))
	for i, r := range rs {
		out[i] = LocalResult{Period: r.Period, Outcome: r.Outcome.String()}
		if r.Err != nil {
			out[i].Err = r.Err.Error()
		}
	}
	return out
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

// TimedFarmer times the prover's proofs into m.
type TimedFarmer struct {
	F interface {
		Prove(ctx context.Context, dealID, leaf uint64) (proto.AuditResponse, error)
	}
	M *Metrics
}

var _ prover.Farmer = TimedFarmer{}

// Prove implements prover.Farmer.
func (t TimedFarmer) Prove(ctx context.Context, dealID, leaf uint64) (proto.AuditResponse, error) {
	start := time.Now()
	r, err := t.F.Prove(ctx, dealID, leaf)
	t.M.ObserveProof(time.Since(start), err)
	return r, err
}
