package renter

import (
	"context"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/proofs"
)

// Put stores the file read from src under name, streaming: the pipeline's shards go straight to the
// farmers (shard i of every segment to the farmer of column i, each column through a small queue of
// its own sent by its own goroutine), nothing is staged on disk and nothing is copied: the queues
// hold the pipeline's own buffers, so memory stays bounded by its window. Long-tail cutting: besides
// the n column farmers, the put opens sessions with up to AgreementOptions.Spares spare farmers; a
// shard whose column's farmer lags (its queue is full) goes to a spare with room instead (one shard
// of a segment per spare), so the put runs at the pace of the fastest n farmers, not of the
// slowest. A farmer whose session fails is replaced by the next candidate for the rest of the file;
// the shards it held stay unplaced. The put needs every segment to keep at least k + ceil(m/2)
// placed shards. Once every session has closed with every shard acknowledged, each farmer co-signs
// a revision of its agreement adding its shards; a farmer that does not is dropped like one that
// failed mid-upload (its shards stay unplaced, for repair), and if that leaves some segment short,
// the revisions already signed are undone (a second revision removing the file's shards) and the
// put fails. Then the manifest is recorded.
func (a *Agreements) Put(ctx context.Context, name string, src io.Reader, params pipeline.Params) (*manifest.Manifest, error) {
	if err := params.Validate(); err != nil {
		return nil, err
	}
	if _, err := a.store.Get(ctx, name); err == nil {
		return nil, fmt.Errorf("%w: %q", ErrExists, name)
	}
	a.gc.RLock() // until the manifest names the shards revised in
	defer a.gc.RUnlock()
	m, p, err := a.place(ctx, name, src, params)
	if err != nil {
		return nil, err
	}
	if err := a.store.Put(ctx, m); err != nil {
		err = fmt.Errorf("renter: save manifest of %q: %w", name, err)
		return nil, errors.Join(err, p.undo(context.WithoutCancel(ctx), p.live()))
	}
	return m, nil
}

// queueDepth is how many shards wait in a sender's queue besides the one it is sending: a column
// whose queue is full lags, and its next shard goes to a spare if one has room. The shards are the
// pipeline's buffers (no copy), so a column can hold queueDepth+1 segments of the pipeline's window
// (workers + 2): with 2 workers, one is left for the pipeline to go on with.
const queueDepth = 2

// place streams src through the pipeline to the farmers and revises the shards into their
// agreements; it returns the manifest (not recorded) and the put, whose undo takes the shards out
// again. The caller holds a.gc shared until something names the shards.
func (a *Agreements) place(ctx context.Context, name string, src io.Reader, params pipeline.Params) (*manifest.Manifest, *agreementPut, error) {
	k, n := params.DataShards, params.DataShards+params.ParityShards
	cands, err := a.candidates(ctx)
	if err != nil {
		return nil, nil, err
	}
	if len(cands) < n {
		return nil, nil, fmt.Errorf("%w: %d+%d shards need %d farmers, %d eligible", ErrNotEnoughFarmers, k, params.ParityShards, n, len(cands))
	}
	cur, err := a.chain.CurrentPeriod(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("renter: current period: %w", err)
	}
	_, shardSize := manifest.Layout(k, uint64(params.SegmentSize))
	spares := max(0, min(a.opt.Spares, len(cands)-n))
	p := &agreementPut{a: a, name: name, cur: cur, shardSize: shardSize, cands: cands, used: map[common.Address]bool{},
		n: n, cols: make([]*columnTry, n+spares), need: min(n, k+(params.ParityShards+1)/2)}
	pctx, cancel := context.WithCancel(ctx)
	defer cancel()
	p.startSenders(pctx, n+spares)

	if err := p.start(pctx); err != nil {
		cancel()
		p.drain()
		p.abort()
		return nil, nil, err
	}
	m, err := a.pipe.PutSegments(pctx, name, src, p, params)
	if err != nil {
		cancel()
		p.drain()
		p.abort()
		return nil, nil, err
	}
	p.drain()
	if p.cut > 0 {
		p.a.log.Info("put cut its long tail: shards of lagging columns went to spare farmers", "file", name, "shards", p.cut)
	}
	if err := p.closeAll(pctx); err != nil {
		p.abort()
		return nil, nil, err
	}
	if err := p.reviseAll(pctx); err != nil {
		return nil, nil, err
	}
	// Every shard a farmer took is now placed under that farmer's agreement.
	for _, t := range p.tries {
		if t.failed {
			continue
		}
		for _, s := range t.shards {
			sh := &m.Segments[s.seg].Shards[s.col]
			sh.Farmer, sh.AgreementID = t.f.Address, t.ag.terms.ID
		}
	}
	return m, p, nil
}

// columnTry is one farmer holding one slot of a put: a column (slot < n), or a spare (a column that
// loses its farmer gets a new try with the next candidate; a spare that fails is not replaced).
type columnTry struct {
	slot     int
	f        chain.FarmerInfo
	ag       *agreement
	conn     farmerConn
	sess     storeSession
	shards   []placedShard // sent, in order
	reserved uint64        // bytes reserved on ag
	failed   bool
}

type placedShard struct {
	seg, col int
	shard    proofs.Shard
}

// queuedShard is a shard waiting in a sender's queue; its data is the pipeline's buffer, held
// until hold releases it.
type queuedShard struct {
	seg, col int
	root     proofs.Hash
	data     []byte
	hold     *segmentHold
}

// sender is one slot's queue and the goroutine sending it.
type sender struct {
	slot int
	q    chan queuedShard
	done chan struct{}
	last int // the last segment a spare took a shard of (PutSegment's goroutine only)
}

// agreementPut is the state of one Put; it is the pipeline's SegmentSink.
type agreementPut struct {
	a         *Agreements
	name      string
	cur       uint32
	shardSize uint64
	cands     []chain.FarmerInfo
	n         int // shards of a segment: slots 0..n-1 are the columns, the rest spares
	need      int // shards of each segment that must stay placed

	senders   []*sender
	drainOnce sync.Once

	mu      sync.Mutex
	used    map[common.Address]bool // farmers tried for this file
	next    int
	cols    []*columnTry // the current try of each slot; nil when it has none (a column out of farmers, a spare failed)
	tries   []*columnTry
	placed  []int // per segment: shards queued, or sent to tries that have not failed
	emitted int   // segments whose every shard the pipeline has emitted
	cut     int   // shards of lagging columns that went to spares
	broken  error // set when a failure left a segment below need
	funds   error // set when an agreement could not be opened for want of tokens (ErrFunds)
}

// take returns the best candidate not yet tried for this file.
func (p *agreementPut) take() (chain.FarmerInfo, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for ; p.next < len(p.cands); p.next++ {
		if f := p.cands[p.next]; !p.used[f.Address] {
			p.used[f.Address] = true
			p.next++
			return f, true
		}
	}
	return chain.FarmerInfo{}, false
}

// staff gives column col a farmer: the next candidate with which an agreement can be ensured and a
// store session opened. The column is left without one (nil) when the candidates run out.
func (p *agreementPut) staff(ctx context.Context, col int) *columnTry {
	return p.staffFrom(ctx, col, chain.FarmerInfo{}, false)
}

// staffFrom is staff trying f first (if ok). A spare slot only tries f.
func (p *agreementPut) staffFrom(ctx context.Context, slot int, f chain.FarmerInfo, ok bool) *columnTry {
	for first := true; ; first = false {
		if !first || !ok {
			if slot >= p.n {
				ok = false // spares do not take candidates the columns may need
			} else {
				f, ok = p.take()
			}
		}
		if !ok {
			p.mu.Lock()
			p.cols[slot] = nil
			p.mu.Unlock()
			return nil
		}
		t, err := p.open(ctx, slot, f)
		if errors.Is(err, ErrFunds) { // no other farmer will do better: give up the put
			p.mu.Lock()
			p.cols[slot] = nil
			if p.funds == nil && slot < p.n {
				p.funds = err
			}
			p.mu.Unlock()
			return nil
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			p.a.log.Warn("farmer unusable for this put, trying another", "file", p.name, "slot", slot, "farmer", f.Address, "err", err)
			continue
		}
		p.mu.Lock()
		p.cols[slot] = t
		p.tries = append(p.tries, t)
		p.mu.Unlock()
		return t
	}
}

func (p *agreementPut) open(ctx context.Context, slot int, f chain.FarmerInfo) (*columnTry, error) {
	ag, err := p.a.ensure(ctx, f, p.cur, p.shardSize)
	if err != nil {
		return nil, err
	}
	auth, err := p.a.retrievalAuth()
	if err != nil {
		return nil, err
	}
	conn := p.a.dial(f)
	sess, err := conn.Store(ctx, ag.terms.ID, auth)
	if err != nil {
		return nil, fmt.Errorf("store session with %s: %w", f.Address, err)
	}
	return &columnTry{slot: slot, f: f, ag: ag, conn: conn, sess: sess}, nil
}

// start staffs every slot (concurrently; slot i first tries the i-th best candidate): a put starts
// only with a farmer for each column; a spare that cannot be staffed is left out.
func (p *agreementPut) start(ctx context.Context) error {
	first := make([]chain.FarmerInfo, len(p.cols))
	for slot := range first {
		first[slot], _ = p.take() // place checked there are enough candidates
	}
	var wg sync.WaitGroup
	for slot := range p.cols {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.staffFrom(ctx, slot, first[slot], true)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	if p.funds != nil {
		return p.funds
	}
	for col, t := range p.cols[:p.n] {
		if t == nil {
			return fmt.Errorf("%w: no farmer could take column %d of %q", ErrNotEnoughFarmers, col, p.name)
		}
	}
	return nil
}

// fail drops try t: its session is aborted, its shards count as lost, its reservation is released.
func (p *agreementPut) fail(t *columnTry, why error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if t.failed {
		return
	}
	t.failed = true
	t.sess.Abort()
	t.ag.release(t.reserved)
	t.reserved = 0
	for _, s := range t.shards {
		p.lose(s.seg, t.f.Address, why)
	}
	p.a.log.Warn("farmer failed during put", "file", p.name, "slot", t.slot, "farmer", t.f.Address, "lost", len(t.shards), "err", why)
}

// startSenders starts one sender per slot, each sending its queue to the slot's current try.
func (p *agreementPut) startSenders(ctx context.Context, slots int) {
	p.senders = make([]*sender, slots)
	for i := range p.senders {
		s := &sender{slot: i, q: make(chan queuedShard, queueDepth), done: make(chan struct{}), last: -1}
		p.senders[i] = s
		go func() {
			defer close(s.done)
			for q := range s.q {
				p.send(ctx, s.slot, q)
				q.hold.release(1)
			}
		}()
	}
}

// drain closes every queue and waits for the senders to send what they hold (or drop it, once the
// put's context is cancelled).
func (p *agreementPut) drain() {
	p.drainOnce.Do(func() {
		for _, s := range p.senders {
			close(s.q)
		}
		for _, s := range p.senders {
			<-s.done
		}
	})
}

// PutSegment hands each shard of a segment to its column's sender and returns; the pipeline's
// buffer of the segment is released once every shard is sent (or dropped). A lagging column (its
// queue full) hands its shard to whichever has room first: the column, or a live spare with no
// shard of this segment yet. The pipeline calls PutSegment from one goroutine, in order.
func (p *agreementPut) PutSegment(ctx context.Context, seg int, refs []pipeline.ShardRef, shards [][]byte, done func()) error {
	h := &segmentHold{done: done}
	h.left.Store(int32(len(shards)))
	p.mu.Lock()
	p.placed = append(p.placed, 0)
	broken := p.broken
	p.mu.Unlock()
	if broken != nil {
		h.release(len(shards))
		return broken
	}
	for i, data := range shards {
		root, err := manifest.RootFromCID(refs[i].CID)
		if err != nil {
			h.release(len(shards) - i)
			return err
		}
		if err := p.enqueue(ctx, queuedShard{seg: seg, col: i, root: root, data: data, hold: h}); err != nil {
			h.release(len(shards) - i)
			return err
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.emitted = seg + 1
	if p.broken == nil && p.placed[seg] < p.need {
		p.broken = fmt.Errorf("%w: segment %d of %q has %d shards placed, it needs %d", ErrPlacement, seg, p.name, p.placed[seg], p.need)
	}
	return p.broken
}

// segmentHold counts the shards of a segment not yet sent or dropped; the last one releases the
// segment's buffer to the pipeline.
type segmentHold struct {
	left atomic.Int32
	done func()
}

func (h *segmentHold) release(n int) {
	if h.left.Add(-int32(n)) == 0 {
		h.done()
	}
}

// enqueue puts q in its column's queue, or, if the column lags, in the first queue with room
// among the column's and the eligible spares'.
func (p *agreementPut) enqueue(ctx context.Context, q queuedShard) error {
	p.mu.Lock()
	p.placed[q.seg]++ // counted from now on: queued, then sent (a sender that drops it takes it back)
	p.mu.Unlock()
	col := p.senders[q.col]
	select {
	case col.q <- q:
		return nil
	default:
	}
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ctx.Done())},
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(col.q), Send: reflect.ValueOf(q)},
	}
	var spares []*sender
	p.mu.Lock()
	for _, sp := range p.senders[p.n:] {
		if p.cols[sp.slot] != nil && sp.last != q.seg {
			spares = append(spares, sp)
			cases = append(cases, reflect.SelectCase{Dir: reflect.SelectSend, Chan: reflect.ValueOf(sp.q), Send: reflect.ValueOf(q)})
		}
	}
	p.mu.Unlock()
	switch i, _, _ := reflect.Select(cases); i {
	case 0:
		p.mu.Lock()
		p.placed[q.seg]--
		p.mu.Unlock()
		return ctx.Err()
	case 1:
		return nil
	default:
		sp := spares[i-2]
		sp.last = q.seg
		p.mu.Lock()
		p.cut++
		p.mu.Unlock()
		p.a.log.Debug(cutMessage, "file", p.name, "segment", q.seg, "column", q.col, "slot", sp.slot)
		return nil
	}
}

// cutMessage is logged (at debug level) for each shard of a lagging column sent to a spare.
const cutMessage = "lagging column's shard sent to a spare"

// lose takes back a shard of segment seg that was counted as placed (its try failed, or it was
// dropped from a queue) and records the put as broken if the segment is left short.
func (p *agreementPut) lose(seg int, farmer common.Address, why error) {
	p.placed[seg]--
	// (A segment still being handed out is checked by PutSegment once all its shards are queued.)
	if seg < p.emitted && p.placed[seg] < p.need && p.broken == nil {
		p.broken = fmt.Errorf("%w: segment %d of %q keeps %d shards, it needs %d (farmer %s failed: %v)",
			ErrPlacement, seg, p.name, p.placed[seg], p.need, farmer, why)
	}
}

// send sends one queued shard to its slot's current try; a column's try that fails is replaced by
// the next candidate and the shard sent again, a spare's is not (the shard stays unplaced).
func (p *agreementPut) send(ctx context.Context, slot int, q queuedShard) {
	data := q.data
	size := uint64(len(data))
	var farmer common.Address
	for {
		if ctx.Err() != nil {
			return // the put is over
		}
		p.mu.Lock()
		t := p.cols[slot]
		if t == nil { // the slot has no farmer: this shard stays unplaced
			p.lose(q.seg, farmer, errors.New("no farmer left for it"))
			p.mu.Unlock()
			return
		}
		p.mu.Unlock()
		farmer = t.f.Address
		var err error
		if !t.ag.reserve(size) {
			err = fmt.Errorf("agreement %d is full", t.ag.terms.ID)
		} else {
			t.reserved += size
			if err = t.sess.Send(ctx, q.root, data); err == nil {
				p.mu.Lock()
				t.shards = append(t.shards, placedShard{seg: q.seg, col: q.col, shard: proofs.Shard{Root: q.root, Leaves: size / proofs.LeafSize}})
				p.mu.Unlock()
				return
			}
		}
		if ctx.Err() != nil {
			return
		}
		p.fail(t, err)
		if slot >= p.n {
			p.mu.Lock()
			p.cols[slot] = nil // a spare is not replaced: the shard is lost on the next turn
			p.mu.Unlock()
			continue
		}
		p.staff(ctx, slot)
	}
}

// closeAll ends every live session (concurrently); a session that ends with a shard unacknowledged
// fails its try. It then checks every segment still has enough shards.
func (p *agreementPut) closeAll(ctx context.Context) error {
	var wg sync.WaitGroup
	for _, t := range p.live() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acked, err := t.sess.Close(ctx)
			if err == nil && len(acked) != len(t.shards) {
				err = fmt.Errorf("%w: %d of %d shards acknowledged", ErrSession, len(acked), len(t.shards))
			}
			for i := 0; err == nil && i < len(acked); i++ {
				if acked[i] != t.shards[i].shard.Root {
					err = fmt.Errorf("%w: acknowledgement %d is for another shard", ErrSession, i)
				}
			}
			if err != nil {
				p.fail(t, err)
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.broken != nil {
		return p.broken
	}
	for seg, c := range p.placed {
		if c < p.need {
			return fmt.Errorf("%w: segment %d of %q has %d shards placed, it needs %d", ErrPlacement, seg, p.name, c, p.need)
		}
	}
	return nil
}

// live returns the tries that have not failed.
func (p *agreementPut) live() []*columnTry {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []*columnTry
	for _, t := range p.tries {
		if !t.failed {
			out = append(out, t)
		}
	}
	return out
}

// abort drops every live session (a failed put: the shards the farmers staged expire unrevised).
func (p *agreementPut) abort() {
	for _, t := range p.live() {
		p.fail(t, errors.New("put aborted"))
	}
}

// reviseAll has every farmer of the put that took shards co-sign a revision adding them, concurrently. A farmer
// that does not (it refuses, or cannot be reached) is dropped like one that failed mid-upload: its
// column's shards stay unplaced, for repair to rebuild on another farmer, as long as every segment
// keeps the shards the put needs. Otherwise the others' revisions are undone and the put fails.
func (p *agreementPut) reviseAll(ctx context.Context) error {
	var tries []*columnTry
	for _, t := range p.live() {
		if len(t.shards) > 0 {
			tries = append(tries, t)
			continue
		}
		t.ag.release(t.reserved) // a spare that took nothing: no revision
		t.reserved = 0
	}
	errs := eachTry(tries, func(t *columnTry) error {
		add := make([]proofs.Shard, len(t.shards))
		for j, s := range t.shards {
			add[j] = s.shard
		}
		err := p.a.revise(ctx, t.ag, t.conn, func(*market.AgreementState) market.Change { return market.Change{Add: add} })
		t.ag.release(t.reserved) // committed now (or not at all)
		t.reserved = 0
		return err
	})
	var signed []*columnTry
	var failed []error
	for i, t := range tries {
		if errs[i] == nil {
			signed = append(signed, t)
			continue
		}
		failed = append(failed, errs[i])
		p.fail(t, errs[i])
	}
	if len(failed) == 0 {
		return nil
	}
	p.mu.Lock()
	broken := p.broken
	p.mu.Unlock()
	if broken == nil && ctx.Err() == nil {
		p.a.log.Warn("put stored without the columns whose farmers did not co-sign (repair places them)", "file", p.name,
			"columns", len(failed), "err", errors.Join(failed...))
		return nil
	}
	err := fmt.Errorf("renter: put %q: %d of %d farmers did not co-sign the file's revision (the others' are undone): %w",
		p.name, len(failed), len(tries), errors.Join(append([]error{broken}, failed...)...))
	return errors.Join(err, p.undo(context.WithoutCancel(ctx), signed))
}

// undo removes the file's shards from the agreements of tries that had revised them in.
func (p *agreementPut) undo(ctx context.Context, tries []*columnTry) error {
	return errors.Join(eachTry(tries, func(t *columnTry) error {
		if len(t.shards) == 0 {
			return nil
		}
		roots := make([]proofs.Hash, len(t.shards))
		for j, s := range t.shards {
			roots[j] = s.shard.Root
		}
		if err := p.a.revise(ctx, t.ag, t.conn, removeFrom(roots)); err != nil {
			return fmt.Errorf("renter: undo put %q on agreement %d with %s (its shards stay in it): %w", p.name, t.ag.terms.ID, t.f.Address, err)
		}
		return nil
	})...)
}

// eachTry runs f on every try concurrently and returns their errors, in order.
func eachTry(tries []*columnTry, f func(*columnTry) error) []error {
	errs := make([]error, len(tries))
	var wg sync.WaitGroup
	for i, t := range tries {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = f(t)
		}()
	}
	wg.Wait()
	return errs
}
