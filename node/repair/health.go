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

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/renter"
)

// kindUnreachable records, per farmer, since when it has not answered (unix milliseconds).
const kindUnreachable = "repair/unreachable"

// view is what one pass learns of the chain and the farmers, each read once.
type view struct {
	w          *Worker
	rep        *Report
	cur        uint32
	agreements map[uint64]*agreementView
	farmers    map[common.Address]*farmerView
	bad        map[cid.Cid]bool // shards gets reported bad: probed first
	since      map[common.Address]time.Time
	renewDue   bool // an agreement holding our shards ends within renewWithin periods
	rng        *rand.Rand

	mu sync.Mutex // guards rep.Problems
}

type agreementView struct {
	info       chain.AgreementInfo
	err        error
	ended      bool // reported as ended this pass
	missedRead bool
	missed     uint32 // due periods left unproven (missedProofs)
	missedErr  error
}

type farmerView struct {
	info chain.FarmerInfo
	err  error // reading it failed: its shards are not judged by it
	down bool  // it failed to answer this pass
	bad  Reason
}

func (w *Worker) newView(ctx context.Context, rep *Report) (*view, error) {
	cur, err := w.c.CurrentPeriod(ctx)
	if err != nil {
		return nil, fmt.Errorf("repair: current period: %w", err)
	}
	v := &view{w: w, rep: rep, cur: cur, agreements: map[uint64]*agreementView{}, farmers: map[common.Address]*farmerView{},
		bad: w.takeBad(), since: map[common.Address]time.Time{}, rng: rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))}
	recs, err := w.cat.Records(ctx, kindUnreachable)
	if err != nil {
		return nil, fmt.Errorf("repair: read records: %w", err)
	}
	for _, r := range recs {
		ms, err := strconv.ParseInt(string(r.Data), 10, 64)
		if !common.IsHexAddress(r.ID) || err != nil {
			v.problemf("unreadable unreachability record %q", r.ID)
			continue
		}
		v.since[common.HexToAddress(r.ID)] = time.UnixMilli(ms)
	}
	return v, nil
}

// problem adds err to the report, one line per joined part.
func (v *view) problem(err error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.rep.Problems = append(v.rep.Problems, errLines(err)...)
}

func (v *view) problemf(format string, args ...any) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.rep.Problems = append(v.rep.Problems, oneLine(fmt.Sprintf(format, args...)))
}

// farmer reads a farmer once per pass.
func (v *view) farmer(ctx context.Context, a common.Address) *farmerView {
	if f, ok := v.farmers[a]; ok {
		return f
	}
	f := &farmerView{}
	f.info, f.err = v.w.c.Farmer(ctx, a)
	if f.err != nil && ctx.Err() == nil {
		v.problemf("read farmer %s: %v", a, f.err)
	}
	v.farmers[a] = f
	return f
}

// agreement reads an agreement once per pass.
func (v *view) agreement(ctx context.Context, id uint64) *agreementView {
	if a, ok := v.agreements[id]; ok {
		return a
	}
	a := &agreementView{}
	a.info, a.err = v.w.c.Agreement(ctx, id)
	if a.err != nil && !errors.Is(a.err, chain.ErrUnknownAgreement) && ctx.Err() == nil {
		v.problemf("read agreement %d: %v", id, a.err)
	}
	v.agreements[id] = a
	return a
}

// markFarmer records the first reason a farmer's shards were judged unhealthy, for the report.
func (v *view) markFarmer(a common.Address, f *farmerView, r Reason, detail string) {
	if f.bad == "" {
		f.bad = r
		v.rep.Farmers = append(v.rep.Farmers, FarmerReport{Farmer: a, Reason: r, Detail: detail})
	}
}

// missedProofs counts the periods, most recent first, in which agreement a was due and went
// unproven, until one it was proven in: looking back 2n periods from the one before the period
// just ended (whose grace may still be open). Each period is read once per pass.
func (v *view) missedProofs(ctx context.Context, a chain.AgreementInfo) (uint32, error) {
	n := v.w.unproven
	var missed uint32
	for p := int64(v.cur) - 2; p > 0 && p >= int64(v.cur)-1-2*int64(n); p-- {
		q := uint32(p)
		if q < a.LiveFrom || a.LiveFrom == 0 {
			break
		}
		if !a.LiveIn(q) {
			continue
		}
		due, err := v.w.c.IsDue(ctx, a.ID, q)
		if err != nil {
			return 0, fmt.Errorf("agreement %d due in period %d: %w", a.ID, q, err)
		}
		if !due {
			continue
		}
		proven, err := v.w.c.ProvenIn(ctx, a.ID, q)
		if err != nil {
			return 0, fmt.Errorf("agreement %d proven in period %d: %w", a.ID, q, err)
		}
		if proven {
			break
		}
		missed++
	}
	return missed, nil
}

// shardAt is one placed shard of a file.
type shardAt struct{ seg, col int }

// placedGroup is the shards of one file under one agreement.
type placedGroup struct {
	id     uint64
	farmer common.Address
	shards []shardAt
	mixed  bool // the manifest names more than one farmer under it
}

// assess judges every shard of m: st[segment][column].
func (v *view) assess(ctx context.Context, m *manifest.Manifest) ([][]status, error) {
	n := m.TotalShards()
	st := make([][]status, len(m.Segments))
	for s := range st {
		st[s] = make([]status, n)
	}
	groups := map[uint64]*placedGroup{}
	var order []uint64
	for s, seg := range m.Segments {
		for c, sh := range seg.Shards {
			if sh.Farmer == ([20]byte{}) || sh.AgreementID == 0 {
				st[s][c] = status{bad: ReasonUnplaced, gone: true}
				continue
			}
			g, ok := groups[sh.AgreementID]
			if !ok {
				g = &placedGroup{id: sh.AgreementID, farmer: sh.Farmer}
				groups[sh.AgreementID] = g
				order = append(order, sh.AgreementID)
			}
			if g.farmer != sh.Farmer {
				g.mixed = true
			}
			g.shards = append(g.shards, shardAt{s, c})
		}
	}
	for _, id := range order {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		g := groups[id]
		x, judged := v.judge(ctx, m, g)
		for _, at := range g.shards {
			st[at.seg][at.col] = x
		}
		if judged && x.bad == "" && !x.suspect {
			v.probe(ctx, m, g, st)
		}
	}
	return st, nil
}

// judge judges a group's shards from the chain and its farmer's reachability. judged is false
// when a read failed (reported): the shards then count as healthy, unprobed.
func (v *view) judge(ctx context.Context, m *manifest.Manifest, g *placedGroup) (x status, judged bool) {
	if g.mixed {
		v.problemf("file %q: agreement %d holds shards of several farmers in the manifest", m.Name, g.id)
		return status{bad: ReasonMismatch}, true
	}
	av := v.agreement(ctx, g.id)
	if errors.Is(av.err, chain.ErrUnknownAgreement) {
		v.problemf("file %q: agreement %d is unknown to the chain", m.Name, g.id)
		return status{bad: ReasonMismatch}, true
	}
	if av.err != nil {
		return status{}, false
	}
	a := av.info
	if a.Renter != v.w.r.Address() || a.Farmer != g.farmer {
		v.problemf("file %q: agreement %d is between renter %s and farmer %s, not this renter and %s", m.Name, g.id, a.Renter, a.Farmer, common.Address(g.farmer))
		return status{bad: ReasonMismatch}, true
	}
	f := v.farmer(ctx, g.farmer)
	if f.err != nil {
		return status{}, false
	}
	switch {
	case f.info.Disqualified:
		v.markFarmer(g.farmer, f, ReasonDisqualified, "disqualified on chain")
		return status{bad: ReasonDisqualified}, true
	case a.Status == chain.AgreementFailed:
		v.markFarmer(g.farmer, f, ReasonFailed, fmt.Sprintf("agreement %d failed on chain", g.id))
		return status{bad: ReasonFailed}, true
	case a.Status != chain.AgreementOpen || v.cur > a.EndPeriod:
		if !av.ended {
			av.ended = true
			v.rep.Ended = append(v.rep.Ended, g.id)
		}
		v.problemf("file %q: agreement %d with farmer %s ended in period %d: its %d shards are no longer paid for (not damage: not repaired)",
			m.Name, g.id, common.Address(g.farmer), a.EndPeriod, len(g.shards))
		return status{ended: true, suspect: true}, true
	}
	if v.w.unproven > 0 {
		if !av.missedRead {
			av.missedRead = true
			av.missed, av.missedErr = v.missedProofs(ctx, a)
			if av.missedErr != nil && ctx.Err() == nil {
				v.problemf("file %q: %v", m.Name, av.missedErr)
			}
		}
		if av.missedErr == nil && av.missed >= v.w.unproven {
			v.markFarmer(g.farmer, f, ReasonMissedProofs, fmt.Sprintf("agreement %d left unproven in %d periods it was due", g.id, av.missed))
			return status{bad: ReasonMissedProofs}, true
		}
	}
	if f.info.Exiting() {
		v.markFarmer(g.farmer, f, ReasonExiting, "announced its exit on chain (capacity 0): its shards move now")
		return status{bad: ReasonExiting, soon: true}, true
	}
	if a.EndPeriod < v.cur+v.w.renewWithin {
		v.renewDue = true
	}
	if f.down {
		return v.unreachable(g.farmer, f), true
	}
	return status{}, true
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

// probe checks the group's shards against the book's newest co-signed revision of the agreement
// (a shard it does not hold is not paid for), then asks the farmer to prove one leaf of one of
// them: one a get reported bad if there is one, else a random one. A lost shard leads to probing
// every other one, so that one pass finds how much of the file is gone there. A farmer that does
// not answer is unreachable (for the rest of this pass too).
func (v *view) probe(ctx context.Context, m *manifest.Manifest, g *placedGroup, st [][]status) {
	f := v.farmers[g.farmer]
	root := func(at shardAt) manifest.Shard { return m.Segments[at.seg].Shards[at.col] }
	var held []shardAt
	var number uint64
	for _, at := range g.shards {
		ok, num, booked := v.w.r.HoldsShard(g.id, root(at).Root)
		if !booked {
			v.problemf("file %q: agreement %d is not in the renter's book (recover it): its shards are not probed", m.Name, g.id)
			return
		}
		number = num
		if ok {
			held = append(held, at)
		} else {
			st[at.seg][at.col] = status{bad: ReasonNotRevised}
		}
	}
	if len(held) < len(g.shards) {
		v.markFarmer(g.farmer, f, ReasonNotRevised, fmt.Sprintf("revision %d of agreement %d lacks %d shards of %q", number, g.id, len(g.shards)-len(held), m.Name))
	}
	if len(held) == 0 {
		return
	}
	first := v.rng.IntN(len(held))
	for i, at := range held {
		if v.bad[root(at).CID()] {
			first = i
			break
		}
	}
	check := func(at shardAt) error {
		sh := root(at)
		return v.w.r.ProveShard(ctx, g.id, sh.Root, v.rng.Uint64()) // any leaf of the shard
	}
	err := check(held[first])
	if ctx.Err() != nil {
		return
	}
	if !errors.Is(err, renter.ErrUnanswered) {
		delete(v.since, g.farmer) // it answered
	}
	switch {
	case err == nil:
	case errors.Is(err, renter.ErrShardLost):
		lost := func(at shardAt, err error) {
			v.markFarmer(g.farmer, f, ReasonLost, oneLine(err.Error()))
			st[at.seg][at.col] = status{bad: ReasonLost, gone: true}
		}
		lost(held[first], err)
		for i, at := range held {
			if i == first {
				continue
			}
			if err := check(at); errors.Is(err, renter.ErrShardLost) {
				lost(at, err)
			} else if err != nil {
				break // the rest is for the next pass
			}
		}
	case errors.Is(err, renter.ErrUnanswered):
		f.down = true
		x := v.unreachable(g.farmer, f)
		for _, at := range g.shards {
			if st[at.seg][at.col].bad == "" {
				st[at.seg][at.col] = x
			}
		}
	default:
		v.problemf("file %q: probe agreement %d with farmer %s: %v", m.Name, g.id, common.Address(g.farmer), err)
	}
}

// saveReachability writes when each farmer first failed to answer, and forgets those that answered
// or that no file needs any more.
func (v *view) saveReachability(ctx context.Context) error {
	old, err := v.w.cat.Records(ctx, kindUnreachable)
	if err != nil {
		return fmt.Errorf("repair: read records: %w", err)
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
		return fmt.Errorf("repair: write records: %w", err)
	}
	return nil
}
