package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/granary-network/granary/node/manifest"
)

type getJob struct {
	seg    int
	lo, hi uint64 // plaintext bytes of the segment to write
	buf    []byte // k+m full shards
	shards [][]byte
	plain  []byte // the bytes to write, inside buf
}

// Get streams the whole file described by m to w, fetching from src. Every segment is rebuilt from
// the first k shards that arrive and verify against their CIDs (data shards first, so a healthy
// file needs no decoding); a shard that is missing or corrupt is reported (WithBadShardFunc) and
// left out, never returned as data. Fewer than k good shards fail the get with ErrNotEnoughShards,
// naming the file and segment. Nothing is written past a segment that fails.
func (p *Pipeline) Get(ctx context.Context, m *manifest.Manifest, src ShardSource, w io.Writer) error {
	if err := p.check(m); err != nil {
		return err
	}
	return p.get(ctx, m, src, w, 0, len(m.Segments)-1, 0, m.Size)
}

// GetRange streams bytes [off, off+length) of the file to w, fetching and decrypting only the
// segments that hold them.
func (p *Pipeline) GetRange(ctx context.Context, m *manifest.Manifest, src ShardSource, w io.Writer, off, length int64) error {
	if err := p.check(m); err != nil {
		return err
	}
	if off < 0 || length < 0 || uint64(off) > m.Size || uint64(length) > m.Size-uint64(off) {
		return fmt.Errorf("get %q: %w: [%d, %d+%d) of %d bytes", m.Name, ErrBadRange, off, off, length, m.Size)
	}
	if length == 0 {
		return nil
	}
	start, end := uint64(off), uint64(off+length)
	return p.get(ctx, m, src, w, int(start/m.SegmentSize), int((end-1)/m.SegmentSize), start, end)
}

func (p *Pipeline) check(m *manifest.Manifest) error {
	if err := m.Validate(); err != nil {
		return fmt.Errorf("get: %w", err)
	}
	if m.KeyID != p.keyID {
		return fmt.Errorf("get %q: %w: file encrypted under key %x, this pipeline has key %x",
			m.Name, manifest.ErrWrongKey, m.KeyID[:], p.keyID[:])
	}
	return nil
}

// get writes plaintext bytes [start, end) of segments first..last.
func (p *Pipeline) get(ctx context.Context, m *manifest.Manifest, src ShardSource, w io.Writer, first, last int, start, end uint64) error {
	n := m.TotalShards()
	workers, err := newWorkers(p.workers, p.key, m)
	if err != nil {
		return fmt.Errorf("get %q: %w", m.Name, err)
	}
	o := &ordered[getJob]{
		workers: p.workers,
		window:  min(p.window, last-first+1),
		newJob:  func() *getJob { return &getJob{shards: make([][]byte, n)} },
		fill: func(ctx context.Context, seq int, j *getJob) (bool, error) {
			seg := first + seq
			if seg > last {
				return false, nil
			}
			off := m.SegmentOffset(seg)
			j.seg = seg
			j.lo = max(start, off) - off
			j.hi = min(end, off+m.SegmentLen(seg)) - off
			if j.buf == nil {
				j.buf = p.buffer(n * int(m.ShardSize))
			}
			return true, nil
		},
		work: func(ctx context.Context, w int, j *getJob) error {
			return p.rebuild(ctx, m, src, workers[w], j)
		},
		release: func(j *getJob) { p.recycle(j.buf) },
		emit: func(ctx context.Context, j *getJob) error {
			if _, err := w.Write(j.plain); err != nil {
				return fmt.Errorf("get %q segment %d: write: %w", m.Name, j.seg, err)
			}
			return nil
		},
	}
	return o.run(ctx)
}

// rebuild fetches, verifies, reconstructs and decrypts one segment into j.plain.
func (p *Pipeline) rebuild(ctx context.Context, m *manifest.Manifest, src ShardSource, wk *worker, j *getJob) error {
	k := m.DataShards
	ss := int(m.ShardLen(j.seg))
	shards := j.shards
	if err := p.gather(ctx, m, src, j.seg, j.buf, shards, wk.order); err != nil {
		return err
	}
	if slices.ContainsFunc(shards[:k], func(s []byte) bool { return s == nil }) { // rebuild missing data shards in place
		for i := range k {
			if shards[i] == nil {
				shards[i] = j.buf[i*ss : i*ss : (i+1)*ss]
			}
		}
		if err := wk.enc.ReconstructData(shards); err != nil {
			return fmt.Errorf("get %q segment %d: reconstruct: %w", m.Name, j.seg, err)
		}
		for i := range k {
			if len(shards[i]) != ss || &shards[i][0] != &j.buf[i*ss] {
				return fmt.Errorf("get %q segment %d: reconstruct: shard %d not rebuilt in place", m.Name, j.seg, i)
			}
		}
	}
	wk.crypt.at(j.seg)
	plain, err := wk.crypt.aead.Open(j.buf[:0], wk.crypt.nonce[:], j.buf[:k*ss], wk.crypt.aad)
	if err != nil {
		return fmt.Errorf("get %q segment %d: %w", m.Name, j.seg, ErrSegmentAuth)
	}
	// Padding is zeros: a format with one encoding per file, and a check on the writer.
	if n := m.SegmentLen(j.seg); !allZero(plain[n:]) {
		return fmt.Errorf("get %q segment %d: %w: padding after byte %d is not zero", m.Name, j.seg, ErrSegmentAuth, n)
	}
	j.plain = plain[j.lo:j.hi]
	return nil
}

// gather fetches shards of segment seg from src into buf (shard i at i*ss), trying the indices in
// order: k (+ overfetch) at once, data shards first when order lists them first, and the next one
// whenever one fails. Once k have verified against their CIDs it cancels the rest and waits for
// them, as they write into buf; shards[i] is then set for exactly the k good ones (the others nil).
// A missing or corrupt shard is reported (WithBadShardFunc) and left out. Fewer than k good shards
// is ErrNotEnoughShards.
func (p *Pipeline) gather(ctx context.Context, m *manifest.Manifest, src ShardSource, seg int, buf []byte, shards [][]byte, order []int) error {
	k, n := m.DataShards, m.TotalShards()
	ss := int(m.ShardLen(seg))
	clear(shards)
	fctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type fetched struct {
		i   int
		err error
	}
	results := make(chan fetched, len(order))
	next, inflight, good := 0, 0, 0
	ref := func(i int) ShardRef {
		return ShardRef{Segment: seg, Index: i, CID: manifest.ShardCID(m.Segments[seg].Shards[i].Root)}
	}
	launch := func() {
		i := order[next]
		next++
		inflight++
		want := m.Segments[seg].Shards[i].Root
		slot := buf[i*ss : (i+1)*ss : (i+1)*ss]
		go func() {
			err := p.fetch(fctx, src, ref(i), slot)
			if err == nil {
				nodes := p.nodes(ss)
				got := shardRoot(slot, *nodes)
				p.scratch.Put(nodes)
				if got != want {
					err = fmt.Errorf("%w: Merkle root %x does not match its CID", ErrCorruptShard, got[:8])
				}
			}
			results <- fetched{i, err}
		}()
	}
	for next < min(len(order), k+p.parallel) {
		launch()
	}
	var bad []error
	for inflight > 0 {
		r := <-results
		inflight--
		if good >= k { // arrived after the segment was complete: only a corrupt shard is news
			if errors.Is(r.err, ErrCorruptShard) {
				p.onBadShard(ref(r.i), r.err)
			}
			continue
		}
		if r.err == nil {
			shards[r.i] = buf[r.i*ss : (r.i+1)*ss : (r.i+1)*ss]
			if good++; good == k {
				cancel()
			}
			continue
		}
		if ctx.Err() != nil {
			for ; inflight > 0; inflight-- {
				<-results
			}
			return ctx.Err()
		}
		p.onBadShard(ref(r.i), r.err)
		p.log.Debug("bad shard", "name", m.Name, "segment", seg, "shard", r.i, "err", r.err)
		bad = append(bad, fmt.Errorf("shard %d: %w", r.i, r.err))
		if next < len(order) {
			launch()
		}
	}
	if good < k {
		return fmt.Errorf("get %q segment %d: %w: %d of %d shards usable, %d needed: %w",
			m.Name, seg, ErrNotEnoughShards, good, n, k, errors.Join(bad...))
	}
	return nil
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// fetch reads a shard into slot (len ss), copying if the source returned its own memory.
func (p *Pipeline) fetch(ctx context.Context, src ShardSource, ref ShardRef, slot []byte) error {
	data, err := src.GetShard(ctx, ref, slot[:0])
	if err != nil {
		return err
	}
	if len(data) != len(slot) {
		return fmt.Errorf("%w: %d bytes, want %d", ErrCorruptShard, len(data), len(slot))
	}
	if &data[0] != &slot[0] {
		copy(slot, data)
	}
	return nil
}
