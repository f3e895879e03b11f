package renter

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/proofs"
)

// Put stores the file read from src under name, streaming: the pipeline's shards go straight to the
// farmers (column i of every segment to the farmer of column i, all columns of a segment in
// parallel), nothing is staged on disk and no shard is kept once its segment is written, so memory
// stays bounded by the pipeline's window. A farmer whose session fails is replaced by the next
// candidate for the rest of the file; the shards it held stay unplaced. The put needs every segment
// to keep at least k + ceil(m/2) placed shards. Once every session has closed with every shard
// acknowledged, each farmer co-signs a revision of its agreement adding its shards; a farmer that
// does not is dropped like one that failed mid-upload (its column stays unplaced, for repair), and
// if that leaves some segment short, the revisions already signed are undone (a second revision
// removing the file's shards) and the put fails. Then the manifest is recorded.
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
	p := &agreementPut{a: a, name: name, cur: cur, shardSize: shardSize, cands: cands, used: map[common.Address]bool{},
		cols: make([]*columnTry, n), data: make([][]byte, n), roots: make([]proofs.Hash, n),
		need: min(n, k+(params.ParityShards+1)/2)}
	pctx, cancel := context.WithCancel(ctx)
	defer cancel()

	if err := p.start(pctx); err != nil {
		p.abort()
		return nil, nil, err
	}
	m, err := a.pipe.Put(pctx, name, src, p, params)
	if err != nil {
		p.abort()
		return nil, nil, err
	}
	if err := p.closeAll(pctx); err != nil {
		p.abort()
		return nil, nil, err
	}
	if err := p.reviseAll(pctx); err != nil {
		return nil, nil, err
	}
	// Every shard a column's farmer took is now placed under that farmer's agreement.
	for _, t := range p.tries {
		if t.failed {
			continue
		}
		for _, s := range t.shards {
			sh := &m.Segments[s.seg].Shards[t.col]
			sh.Farmer, sh.AgreementID = t.f.Address, t.ag.terms.ID
		}
	}
	return m, p, nil
}

// columnTry is one farmer holding one column of a put (a column that loses its farmer gets a new
// try with the next candidate).
type columnTry struct {
	col      int
	f        chain.FarmerInfo
	ag       *agreement
	conn     farmerConn
	sess     storeSession
	shards   []placedShard // sent, in order
	reserved uint64        // bytes reserved on ag
	failed   bool
}

type placedShard struct {
	seg   int
	shard proofs.Shard
}

// agreementPut is the state of one Put; it is the pipeline's ShardSink.
type agreementPut struct {
	a         *Agreements
	name      string
	cur       uint32
	shardSize uint64
	cands     []chain.FarmerInfo
	need      int // shards of each segment that must stay placed

	mu     sync.Mutex
	used   map[common.Address]bool // farmers tried for this file
	next   int
	cols   []*columnTry // the current try of each column; nil when the column ran out of farmers
	tries  []*columnTry
	placed []int // per segment: shards held by tries that have not failed
	broken error // set when a failure left a segment below need
	funds  error // set when an agreement could not be opened for want of tokens (ErrFunds)

	// The segment being written: PutShard collects its n shards, the last one writes them all.
	data  [][]byte
	roots []proofs.Hash
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

// staffFrom is staff trying f first (if ok).
func (p *agreementPut) staffFrom(ctx context.Context, col int, f chain.FarmerInfo, ok bool) *columnTry {
	for first := true; ; first = false {
		if !first || !ok {
			f, ok = p.take()
		}
		if !ok {
			p.mu.Lock()
			p.cols[col] = nil
			p.mu.Unlock()
			return nil
		}
		t, err := p.open(ctx, col, f)
		if errors.Is(err, ErrFunds) { // no other farmer will do better: give up the put
			p.mu.Lock()
			p.cols[col] = nil
			if p.funds == nil {
				p.funds = err
			}
			p.mu.Unlock()
			return nil
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			p.a.log.Warn("farmer unusable for this put, trying another", "file", p.name, "column", col, "farmer", f.Address, "err", err)
			continue
		}
		p.mu.Lock()
		p.cols[col] = t
		p.tries = append(p.tries, t)
		p.mu.Unlock()
		return t
	}
}

func (p *agreementPut) open(ctx context.Context, col int, f chain.FarmerInfo) (*columnTry, error) {
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
	return &columnTry{col: col, f: f, ag: ag, conn: conn, sess: sess}, nil
}

// start staffs every column (concurrently; column i first tries the i-th best candidate): a put
// starts only with a farmer for each.
func (p *agreementPut) start(ctx context.Context) error {
	first := make([]chain.FarmerInfo, len(p.cols))
	for col := range first {
		first[col], _ = p.take() // Put checked there are enough candidates
	}
	var wg sync.WaitGroup
	for col := range p.cols {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.staffFrom(ctx, col, first[col], true)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	if p.funds != nil {
		return p.funds
	}
	for col, t := range p.cols {
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
		p.placed[s.seg]--
		if p.placed[s.seg] < p.need && p.broken == nil {
			p.broken = fmt.Errorf("%w: segment %d of %q keeps %d shards, it needs %d (farmer %s failed: %v)",
				ErrPlacement, s.seg, p.name, p.placed[s.seg], p.need, t.f.Address, why)
		}
	}
	p.a.log.Warn("farmer failed during put", "file", p.name, "column", t.col, "farmer", t.f.Address, "lost", len(t.shards), "err", why)
}

// PutShard collects the shards of a segment; the last one writes them all, each column to its
// farmer, in parallel, and returns once every write is done. The pipeline keeps a segment's buffer
// (all of its shards) until it has emitted the whole segment, so the earlier shards' data is still
// valid when the last one arrives; none of it is referenced after PutShard returns.
func (p *agreementPut) PutShard(ctx context.Context, ref pipeline.ShardRef, data []byte) error {
	root, err := manifest.RootFromCID(ref.CID)
	if err != nil {
		return err
	}
	p.data[ref.Index], p.roots[ref.Index] = data, root
	if ref.Index < len(p.data)-1 {
		return nil
	}
	defer clear(p.data)
	p.mu.Lock()
	p.placed = append(p.placed, 0)
	p.mu.Unlock()
	var wg sync.WaitGroup
	errs := make([]error, len(p.data))
	for col := range p.data {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[col] = p.write(ctx, col, ref.Segment, p.roots[col], p.data[col])
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.broken != nil {
		return p.broken
	}
	if p.placed[ref.Segment] < p.need {
		return fmt.Errorf("%w: segment %d of %q has %d shards placed, it needs %d", ErrPlacement, ref.Segment, p.name, p.placed[ref.Segment], p.need)
	}
	return nil
}

// write sends one shard to its column's farmer, replacing the farmer when it fails.
func (p *agreementPut) write(ctx context.Context, col, seg int, root proofs.Hash, data []byte) error {
	size := uint64(len(data))
	for {
		p.mu.Lock()
		t := p.cols[col]
		p.mu.Unlock()
		if t == nil {
			return nil // the column ran out of farmers: this shard stays unplaced
		}
		var err error
		if !t.ag.reserve(size) {
			err = fmt.Errorf("agreement %d is full", t.ag.terms.ID)
		} else {
			t.reserved += size
			if err = t.sess.Send(ctx, root, data); err == nil {
				p.mu.Lock()
				t.shards = append(t.shards, placedShard{seg: seg, shard: proofs.Shard{Root: root, Leaves: size / proofs.LeafSize}})
				p.placed[seg]++
				p.mu.Unlock()
				return nil
			}
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		p.fail(t, err)
		p.staff(ctx, col)
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

// reviseAll has every farmer of the put co-sign a revision adding its shards, concurrently. A farmer
// that does not (it refuses, or cannot be reached) is dropped like one that failed mid-upload: its
// column's shards stay unplaced, for repair to rebuild on another farmer, as long as every segment
// keeps the shards the put needs. Otherwise the others' revisions are undone and the put fails.
func (p *agreementPut) reviseAll(ctx context.Context) error {
	tries := p.live()
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
