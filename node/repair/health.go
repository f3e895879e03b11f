package repair

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// kindUnreachable records, per farmer, since when it has not answered (unix milliseconds).
const kindUnreachable = "repair/unreachable"

// view is what one pass learns of the chain and the farmers, each read once.
type view struct {
	w       *Worker
	rep     *Report
	head    chain.Head
	farmers map[common.Address]*farmerView
	deals   map[uint64]*dealView
	bad     map[cid.Cid]bool // shards gets reported bad, to audit
	since   map[common.Address]time.Time
	pending []*intent // journal entries still open after recovery: resumed, or watched until they expire
	rng     *rand.Rand

	mu sync.Mutex // guards rep and pending once columns are placed in parallel
}

type farmerView struct {
	info  chain.FarmerInfo
	state chain.FarmerState
	err   error // reading it failed: its shards are not judged by it
	down  bool  // it failed to answer this pass
	bad   Reason
}

type dealView struct {
	d   bindings.StorageMarketDeal
	err error
}

func (w *Worker) newView(ctx context.Context, rep *Report) (*view, error) {
	head, err := w.c.Head(ctx)
	if err != nil {
		return nil, fmt.Errorf("repair: %w", err)
	}
	v := &view{w: w, rep: rep, head: head, farmers: map[common.Address]*farmerView{}, deals: map[uint64]*dealView{},
		bad: w.takeBad(), since: map[common.Address]time.Time{}, rng: rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))}
	recs, err := w.cat.Records(ctx, kindUnreachable)
	if err != nil {
		return nil, fmt.Errorf("repair: read journal: %w", err)
	}
	for _, r := range recs {
		ms, err := strconv.ParseInt(string(r.Data), 10, 64)
		if !common.IsHexAddress(r.ID) || err != nil {
			rep.Errors = append(rep.Errors, fmt.Sprintf("journal: unreadable unreachability record %q", r.ID))
			continue
		}
		v.since[common.HexToAddress(r.ID)] = time.UnixMilli(ms)
	}
	return v, nil
}

func (v *view) errorf(format string, args ...any) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.rep.Errors = append(v.rep.Errors, fmt.Sprintf(format, args...))
}

// farmer reads a farmer once per pass.
func (v *view) farmer(ctx context.Context, a common.Address) *farmerView {
	if f, ok := v.farmers[a]; ok {
		return f
	}
	f := &farmerView{}
	f.info, f.err = v.w.c.Farmer(ctx, a)
	if f.err == nil {
		f.state, f.err = v.w.c.FarmerState(ctx, a)
	}
	if f.err != nil && ctx.Err() == nil {
		v.errorf("read farmer %s: %v", a, f.err)
	}
	v.farmers[a] = f
	return f
}

// deal reads a deal once per pass.
func (v *view) deal(ctx context.Context, id uint64) *dealView {
	if d, ok := v.deals[id]; ok {
		return d
	}
	d := &dealView{}
	d.d, d.err = v.w.c.Deal(ctx, id)
	if d.err != nil && !errors.Is(d.err, chain.ErrNoDeal) && ctx.Err() == nil {
		v.errorf("read deal %d: %v", id, d.err)
	}
	v.deals[id] = d
	return d
}

// markFarmer records the first reason a farmer's shards were judged unhealthy, for the report.
func (v *view) markFarmer(a common.Address, f *farmerView, r Reason, detail string) {
	if f.bad == "" {
		f.bad = r
		v.rep.Farmers = append(v.rep.Farmers, FarmerReport{Farmer: a, Reason: r, Detail: detail})
	}
}

// unprovenPeriods returns how many periods before cur the farmer left unproven, counting from the
// deal's start or the farmer's last proof, whichever is later. The current period is not counted:
// its proof window may still be open.
func unprovenPeriods(d bindings.StorageMarketDeal, st chain.FarmerState, cur uint32) uint32 {
	from := max(d.StartPeriod, st.LastProven) // LastProven is the last proven period + 1
	if cur <= from {
		return 0
	}
	return cur - from
}

// placedDeal is one deal of a file as the manifest describes it.
type placedDeal struct {
	id     uint64
	farmer common.Address
	col    int
	segs   []int // the segments whose shard the manifest places under it, increasing
	pos    []int // each one's position in the deal
	mixed  bool  // its shards sit in more than one column or with more than one farmer
}

// assess judges every shard of m: st[segment][column].
func (v *view) assess(ctx context.Context, m *manifest.Manifest) ([][]status, error) {
	n := m.TotalShards()
	st := make([][]status, len(m.Segments))
	for s := range st {
		st[s] = make([]status, n)
	}
	deals := map[uint64]*placedDeal{}
	var order []uint64
	for s, seg := range m.Segments {
		for c, sh := range seg.Shards {
			if sh.Farmer == ([20]byte{}) || sh.DealID == 0 {
				st[s][c] = status{bad: ReasonUnplaced, gone: true}
				continue
			}
			d, ok := deals[sh.DealID]
			if !ok {
				d = &placedDeal{id: sh.DealID, farmer: sh.Farmer, col: c}
				deals[sh.DealID] = d
				order = append(order, sh.DealID)
			}
			if d.col != c || d.farmer != sh.Farmer {
				d.mixed = true
			}
			d.segs = append(d.segs, s)
			d.pos = append(d.pos, sh.DealIndex)
		}
	}
	for _, id := range order {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pd := deals[id]
		x, judged := v.judgeDeal(ctx, m, pd)
		for _, s := range pd.segs {
			if st[s][pd.col].bad == "" {
				st[s][pd.col] = x
			}
		}
		if judged && x.bad == "" && !x.suspect {
			v.audit(ctx, m, pd, st)
		}
	}
	return st, nil
}

// judgeDeal judges a deal's shards from the chain, and its farmer's reachability. judged is false
// when a chain read failed (reported): the shards then count as healthy, unaudited.
func (v *view) judgeDeal(ctx context.Context, m *manifest.Manifest, pd *placedDeal) (x status, judged bool) {
	if pd.mixed {
		return status{bad: ReasonMismatch}, true
	}
	dv := v.deal(ctx, pd.id)
	if errors.Is(dv.err, chain.ErrNoDeal) {
		return status{bad: ReasonDealEnded}, true
	}
	if dv.err != nil {
		return status{}, false
	}
	d := dv.d
	if d.Renter != v.w.r.Address() || d.Farmer != pd.farmer || !fits(m, pd, d) {
		return status{bad: ReasonMismatch}, true
	}
	f := v.farmer(ctx, pd.farmer)
	if f.err != nil {
		return status{}, false
	}
	switch {
	case !chain.DealLive(d, f.state, v.head.Period):
		if f.state.Disqualified {
			v.markFarmer(pd.farmer, f, ReasonDisqualified, fmt.Sprintf("from period %d", f.state.DqPeriod))
			return status{bad: ReasonDisqualified}, true
		}
		return status{bad: ReasonDealEnded}, true
	case f.state.ConsecutiveMisses > 0:
		v.markFarmer(pd.farmer, f, ReasonMissedProofs, fmt.Sprintf("%d misses reported since its last proof", f.state.ConsecutiveMisses))
		return status{bad: ReasonMissedProofs}, true
	case v.w.unproven > 0 && unprovenPeriods(d, f.state, v.head.Period) >= v.w.unproven:
		v.markFarmer(pd.farmer, f, ReasonMissedProofs, fmt.Sprintf("%d periods unproven", unprovenPeriods(d, f.state, v.head.Period)))
		return status{bad: ReasonMissedProofs}, true
	}
	if f.down {
		return v.unreachable(pd.farmer, f), true
	}
	return status{}, true
}

// fits reports whether the deal on chain can hold the shards the manifest places under it, where it
// places them: its shape has a shard of the right size at each position, and, when the manifest
// still places every shard of the deal, their roots make the deal's root. (A deal some of whose
// shards moved elsewhere is checked shard by shard by the audits, which verify each audited leaf up
// to the shard's root in the manifest.)
func fits(m *manifest.Manifest, pd *placedDeal, d bindings.StorageMarketDeal) bool {
	shape := proofs.DealShape{Leaves: d.Leaves, ShardLeaves: d.ShardLeaves}
	if shape.Validate() != nil || d.ShardLeaves*proofs.LeafSize != m.ShardSize {
		return false
	}
	roots := make([]proofs.Hash, len(pd.segs))
	for i, s := range pd.segs {
		p := pd.pos[i]
		if uint64(p) >= shape.Shards() || i > 0 && p <= pd.pos[i-1] || shape.ShardLen(uint64(p))*proofs.LeafSize != m.ShardLen(s) {
			return false
		}
		roots[i] = m.Segments[s].Shards[pd.col].Root
	}
	return uint64(len(roots)) < shape.Shards() || proofs.Hash(d.Root) == proofs.DealRoot(roots)
}

// unreachable judges the shards of a farmer that did not answer this pass.
func (v *view) unreachable(a common.Address, f *farmerView) status {
	since, ok := v.since[a]
	if !ok {
		since = v.w.now()
		v.since[a] = since
	}
	if d := v.w.now().Sub(since); d >= v.w.unreachableAfter {
		v.markFarmer(a, f, ReasonUnreachable, "not answering for "+d.Round(time.Second).String())
		return status{bad: ReasonUnreachable, gone: true}
	}
	return status{suspect: true}
}

// auditResult is what one audit of one shard showed.
type auditResult int

const (
	auditOK          auditResult = iota // the leaf verified against the deal's root
	auditLost                           // the farmer says the shard is lost, or proved it wrong
	auditNoDeal                         // the farmer holds no such deal
	auditUnhelpful                      // the farmer answered, with another refusal
	auditUnreachable                    // the farmer did not answer
)

// auditShard asks the deal's farmer for a random leaf of the shard pd places j-th, and checks the
// answer twice: against the deal's root on chain, and up to the shard's root in the manifest (so the
// farmer proves it holds our shard at that position).
func (v *view) auditShard(ctx context.Context, f *farmerView, pd *placedDeal, d bindings.StorageMarketDeal, want proofs.Hash, j int) (auditResult, error) {
	shape := proofs.DealShape{Leaves: d.Leaves, ShardLeaves: d.ShardLeaves}
	pos := uint64(pd.pos[j])
	leaf := pos*shape.ShardLeaves + v.rng.Uint64N(shape.ShardLen(pos))
	resp, err := v.w.r.Audit(ctx, f.info, pd.id, leaf)
	var we *wire.Error
	switch {
	case err == nil:
		if err := proofs.VerifyDealLeaf(d.Root, shape, leaf, resp.Data, resp.Path); err != nil {
			return auditLost, fmt.Errorf("a proof that does not verify: %w", err)
		}
		_, idx, depth, _ := proofs.Geometry(shape.Leaves, shape.ShardLeaves, leaf)
		h := proofs.HashLeaf(resp.Data)
		for _, sib := range resp.Path[:depth] {
			if idx&1 == 0 {
				h = proofs.HashNode(h, sib)
			} else {
				h = proofs.HashNode(sib, h)
			}
			idx >>= 1
		}
		if h != want {
			return auditLost, errors.New("the proven shard is not ours")
		}
		return auditOK, nil
	case errors.Is(err, wire.ErrCorrupt):
		return auditLost, err
	case errors.Is(err, wire.ErrNotFound):
		return auditNoDeal, err
	case errors.As(err, &we):
		return auditUnhelpful, err
	}
	return auditUnreachable, err
}

// audit checks one shard of the deal with its farmer: one a get reported bad if there is one, else
// a random one. A lost shard leads to auditing every other shard of the deal, so that one pass finds
// how much of the column is gone. A farmer that holds no such deal has lost all of it; one that does
// not answer is unreachable (for the rest of this pass too).
func (v *view) audit(ctx context.Context, m *manifest.Manifest, pd *placedDeal, st [][]status) {
	f := v.farmer(ctx, pd.farmer)
	if f.down {
		return
	}
	d := v.deals[pd.id].d
	root := func(j int) proofs.Hash { return m.Segments[pd.segs[j]].Shards[pd.col].Root }
	first := v.rng.IntN(len(pd.segs))
	for i, s := range pd.segs {
		if v.bad[m.Segments[s].Shards[pd.col].CID()] {
			first = i
			break
		}
	}
	lost := func(j int, err error) {
		v.markFarmer(pd.farmer, f, ReasonLost, fmt.Sprintf("deal %d: %v", pd.id, err))
		st[pd.segs[j]][pd.col] = status{bad: ReasonLost, gone: true}
	}
	res, err := v.auditShard(ctx, f, pd, d, root(first), first)
	if ctx.Err() != nil {
		return
	}
	if res != auditUnreachable {
		delete(v.since, pd.farmer) // it answered
	}
	switch res {
	case auditOK:
	case auditLost:
		lost(first, err)
		for j := range pd.segs {
			if j == first {
				continue
			}
			r, err := v.auditShard(ctx, f, pd, d, root(j), j)
			if r == auditLost {
				lost(j, err)
			} else if r != auditOK {
				break // the rest is for the next pass
			}
		}
	case auditNoDeal:
		v.markFarmer(pd.farmer, f, ReasonLost, fmt.Sprintf("deal %d: %v", pd.id, err))
		for _, s := range pd.segs {
			st[s][pd.col] = status{bad: ReasonLost, gone: true}
		}
	case auditUnhelpful:
		v.errorf("audit deal %d of farmer %s: %v", pd.id, pd.farmer, err)
	case auditUnreachable:
		f.down = true
		x := v.unreachable(pd.farmer, f)
		for _, s := range pd.segs {
			st[s][pd.col] = x
		}
	}
}

// saveReachability writes when each farmer first failed to answer, and forgets those that answered
// or that no file needs any more.
func (v *view) saveReachability(ctx context.Context) error {
	old, err := v.w.cat.Records(ctx, kindUnreachable)
	if err != nil {
		return fmt.Errorf("repair: read journal: %w", err)
	}
	var ops []manifest.RecordOp
	for _, r := range old {
		a := common.HexToAddress(r.ID)
		if f, ok := v.farmers[a]; !ok || !f.down {
			ops = append(ops, manifest.DeleteRecord(kindUnreachable, r.ID))
		}
	}
	for a, f := range v.farmers {
		if f.down {
			ops = append(ops, manifest.PutRecord(manifest.Record{Kind: kindUnreachable, ID: a.Hex(),
				Data: []byte(strconv.FormatInt(v.since[a].UnixMilli(), 10))}))
		}
	}
	if len(ops) == 0 {
		return nil
	}
	if err := v.w.cat.WriteRecords(ctx, ops...); err != nil {
		return fmt.Errorf("repair: write journal: %w", err)
	}
	return nil
}

// watched returns the farmers whose penalties should wake the daemon: those this pass met.
func (v *view) watched() []common.Address {
	out := make([]common.Address, 0, len(v.farmers))
	for a := range v.farmers {
		out = append(out, a)
	}
	return out
}
