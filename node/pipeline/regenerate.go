package pipeline

import (
	"context"
	"fmt"
	"slices"

	"github.com/granary-network/granary/node/manifest"
)

// Regen names the shards of one segment to produce.
type Regen struct {
	Segment int
	// Rebuild lists the shards to hand to the sink, increasing. They are regenerated from the
	// others, and never fetched unless Avoid lists them too.
	Rebuild []int
	// Avoid lists shards to fetch only when the others do not give k good ones, increasing: held by
	// farmers under suspicion, or no longer paid to keep them but perhaps still serving them. A shard
	// in both lists is fetched as a last resort, and then handed on as fetched.
	Avoid []int
}

type regenJob struct {
	r        Regen
	buf      []byte // k+m full shards
	shards   [][]byte
	order    []int
	required []bool
}

// Regenerate rebuilds shards of m that were lost: for each entry of plan, in order, it fetches k
// good shards of the segment from src (the healthy ones first, data shards first, the avoided ones
// last, never one only listed to rebuild), regenerates exactly the listed shards that it did not
// fetch with Reed-Solomon, checks each against its root in the manifest, and hands them to sink (in
// plan order, then shard order). Nothing is decrypted: repair needs no file key. Segments flow
// through the same bounded window as Put and Get, so memory is about window × (k+m) × shard size
// whatever the length of the plan.
//
// Fewer than k good shards of a segment fail with ErrNotEnoughShards; a rebuilt shard that does not
// match its root means the manifest does not match the shards (ErrSegmentAuth).
func (p *Pipeline) Regenerate(ctx context.Context, m *manifest.Manifest, src ShardSource, plan []Regen, sink ShardSink) error {
	if err := m.Validate(); err != nil {
		return fmt.Errorf("regenerate: %w", err)
	}
	n := m.TotalShards()
	for _, r := range plan {
		if r.Segment < 0 || r.Segment >= len(m.Segments) {
			return fmt.Errorf("regenerate %q: %w: segment %d of %d", m.Name, ErrBadParams, r.Segment, len(m.Segments))
		}
		if len(r.Rebuild) == 0 {
			return fmt.Errorf("regenerate %q segment %d: %w: no shard to rebuild", m.Name, r.Segment, ErrBadParams)
		}
		for _, list := range [][]int{r.Rebuild, r.Avoid} {
			for j, i := range list {
				if i < 0 || i >= n || j > 0 && i <= list[j-1] {
					return fmt.Errorf("regenerate %q segment %d: %w: shard indices %v not increasing in [0, %d)", m.Name, r.Segment, ErrBadParams, list, n)
				}
			}
		}
	}
	if len(plan) == 0 {
		return nil
	}
	workers, err := newWorkers(p.workers, p.key, m)
	if err != nil {
		return fmt.Errorf("regenerate %q: %w", m.Name, err)
	}
	o := &ordered[regenJob]{
		workers: p.workers,
		window:  min(p.window, len(plan)),
		newJob: func() *regenJob {
			return &regenJob{shards: make([][]byte, n), order: make([]int, 0, n), required: make([]bool, n)}
		},
		fill: func(ctx context.Context, seq int, j *regenJob) (bool, error) {
			if seq >= len(plan) {
				return false, nil
			}
			j.r = plan[seq]
			if j.buf == nil {
				j.buf = p.buffer(n * int(m.ShardSize))
			}
			// Fetch order: the shards neither lost nor avoided, data shards first, then the avoided.
			j.order = j.order[:0]
			for i := range n {
				if !slices.Contains(j.r.Rebuild, i) && !slices.Contains(j.r.Avoid, i) {
					j.order = append(j.order, i)
				}
			}
			j.order = append(j.order, j.r.Avoid...)
			return true, nil
		},
		work: func(ctx context.Context, w int, j *regenJob) error {
			return p.regenerate(ctx, m, src, workers[w], j)
		},
		release: func(j *regenJob) { p.recycle(j.buf) },
		emit: func(ctx context.Context, j *regenJob) error {
			seg := m.Segments[j.r.Segment]
			for _, i := range j.r.Rebuild {
				ref := ShardRef{Segment: j.r.Segment, Index: i, CID: manifest.ShardCID(seg.Shards[i].Root)}
				if err := sink.PutShard(ctx, ref, j.shards[i]); err != nil {
					return fmt.Errorf("regenerate %q segment %d shard %d: %w", m.Name, j.r.Segment, i, err)
				}
			}
			return nil
		},
	}
	return o.run(ctx)
}

// regenerate fetches k good shards of one segment and rebuilds j.r.Rebuild in place in j.buf.
func (p *Pipeline) regenerate(ctx context.Context, m *manifest.Manifest, src ShardSource, wk *worker, j *regenJob) error {
	seg := j.r.Segment
	ss := int(m.ShardLen(seg))
	if err := p.gather(ctx, m, src, seg, j.buf, j.shards, j.order); err != nil {
		return fmt.Errorf("regenerate: %w", err)
	}
	clear(j.required)
	missing := false
	for _, i := range j.r.Rebuild {
		if j.shards[i] == nil { // not fetched (a shard in Avoid may have been)
			j.shards[i] = j.buf[i*ss : i*ss : (i+1)*ss]
			j.required[i], missing = true, true
		}
	}
	if !missing {
		return nil
	}
	if err := wk.enc.ReconstructSome(j.shards, j.required); err != nil {
		return fmt.Errorf("regenerate %q segment %d: reconstruct: %w", m.Name, seg, err)
	}
	for _, i := range j.r.Rebuild {
		if !j.required[i] {
			continue // fetched, and checked against its root by gather
		}
		s := j.shards[i]
		if len(s) != ss || &s[0] != &j.buf[i*ss] {
			return fmt.Errorf("regenerate %q segment %d: reconstruct: shard %d not rebuilt in place", m.Name, seg, i)
		}
		if got := shardRoot(s, wk.nodes); got != m.Segments[seg].Shards[i].Root {
			return fmt.Errorf("regenerate %q segment %d: %w: rebuilt shard %d has root %x, the manifest says %x",
				m.Name, seg, ErrSegmentAuth, i, got[:8], m.Segments[seg].Shards[i].Root[:8])
		}
	}
	return nil
}
