package repair

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/proofs"
)

// repaired counts what a file's repair achieved.
type repaired struct{ segments, shards int }

// column is one rebuilt column of a file's repair: its segments, and the farmer they stream to.
type column struct {
	col    int
	segs   []int
	pl     *renter.ShardPlacement
	sent   int
	failed error
}

// streamSink is the Regenerate sink: each rebuilt shard goes straight to its column's placement.
type streamSink struct {
	m    *manifest.Manifest
	cols map[int]*column
	mu   sync.Mutex
}

func (s *streamSink) PutShard(ctx context.Context, ref pipeline.ShardRef, data []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.cols[ref.Index]
	if c == nil || c.failed != nil {
		return nil // the column has no farmer: its shards stay lost
	}
	root := s.m.Segments[ref.Segment].Shards[ref.Index].Root
	if err := c.pl.Send(ctx, root, data); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		c.failed = fmt.Errorf("column %d: stream to farmer %s: %w", c.col, c.pl.Farmer(), err)
		return nil
	}
	c.sent++
	return nil
}

// repair rebuilds the unhealthy shards p lists and streams each rebuilt column to a new farmer
// (one holding no shard of that column's segments, nor another rebuilt column of this file), has it
// co-sign them in, records them in the manifest, then drops them from the old farmers' agreements.
// Columns that could not be placed are left for the next pass; the manifest only ever names shards a
// farmer co-signed in.
func (w *Worker) repair(ctx context.Context, v *view, m *manifest.Manifest, p filePlan) (repaired, error) {
	var done repaired
	release := w.r.PinShards() // until the manifest names the shards placed
	defer release()

	// A farmer for each rebuilt column.
	var all []int
	for _, segs := range p.columns {
		all = append(all, segs...)
	}
	skip := holders(m, all)
	skipAddr := map[common.Address]bool{}
	for f := range skip {
		skipAddr[f] = true
	}
	sink := &streamSink{m: m, cols: map[int]*column{}}
	var problems []error
	for _, col := range slices.Sorted(maps.Keys(p.columns)) {
		segs := p.columns[col]
		var need uint64
		for _, s := range segs {
			need += m.ShardLen(s)
		}
		pl, err := w.r.PlaceShards(ctx, skipAddr, need)
		if err != nil {
			if ctx.Err() != nil {
				abortAll(sink.cols)
				return done, ctx.Err()
			}
			problems = append(problems, fmt.Errorf("column %d (%d shards): %w", col, len(segs), err))
			continue
		}
		skipAddr[pl.Farmer()] = true
		sink.cols[col] = &column{col: col, segs: segs, pl: pl}
	}
	if len(sink.cols) == 0 {
		return done, errors.Join(problems...)
	}

	// Rebuild exactly the columns that have a farmer, streaming them.
	var regen []pipeline.Regen
	for _, r := range p.regen {
		x := pipeline.Regen{Segment: r.Segment, Avoid: r.Avoid}
		for _, c := range r.Rebuild {
			if sink.cols[c] != nil {
				x.Rebuild = append(x.Rebuild, c)
			}
		}
		if len(x.Rebuild) > 0 {
			regen = append(regen, x)
		}
	}
	if err := w.rb.Regenerate(ctx, m, w.r.Source(m), regen, sink); err != nil {
		abortAll(sink.cols)
		return done, errors.Join(append(problems, fmt.Errorf("rebuild %d shards: %w", p.shards, err))...)
	}

	// Each farmer co-signs its shards in (concurrently).
	var wg sync.WaitGroup
	for _, c := range sink.cols {
		if c.failed != nil {
			c.pl.Abort()
			continue
		}
		if c.sent != len(c.segs) {
			c.pl.Abort()
			c.failed = fmt.Errorf("column %d: %d of %d shards rebuilt", c.col, c.sent, len(c.segs))
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := c.pl.Commit(ctx); err != nil {
				c.failed = fmt.Errorf("column %d: farmer %s did not take the shards: %w", c.col, c.pl.Farmer(), err)
			}
		}()
	}
	wg.Wait()
	var placed []*column
	for _, col := range slices.Sorted(maps.Keys(p.columns)) {
		c := sink.cols[col]
		if c == nil {
			continue
		}
		if c.failed != nil {
			problems = append(problems, c.failed)
			continue
		}
		placed = append(placed, c)
	}
	if len(placed) == 0 {
		return done, errors.Join(problems...)
	}

	// The manifest names the new places: a shard is moved only if the manifest still places it where
	// this pass found it (a concurrent change wins; the shards placed for it become orphans).
	moved := map[uint64][]proofs.Hash{} // old agreement → roots that moved off it
	oldFarmer := map[uint64]common.Address{}
	var movedShards int
	segDone := map[int]int{}
	err := w.cat.Update(ctx, m.Name, func(cur *manifest.Manifest) ([]manifest.RecordOp, error) {
		clear(moved)
		movedShards = 0
		clear(segDone)
		if len(cur.Segments) != len(m.Segments) || cur.TotalShards() != m.TotalShards() {
			return nil, fmt.Errorf("file %q changed during its repair", m.Name)
		}
		for _, c := range placed {
			for _, s := range c.segs {
				was, now := m.Segments[s].Shards[c.col], &cur.Segments[s].Shards[c.col]
				if *now != was {
					continue
				}
				if was.AgreementID != 0 {
					moved[was.AgreementID] = append(moved[was.AgreementID], was.Root)
					oldFarmer[was.AgreementID] = was.Farmer
				}
				now.Farmer, now.AgreementID = c.pl.Farmer(), c.pl.AgreementID()
				movedShards++
				segDone[s]++
			}
		}
		return nil, nil
	})
	if err != nil {
		return done, errors.Join(append(problems, fmt.Errorf("record the new places of %d shards: %w", movedShards, err))...)
	}
	release()
	done.shards = movedShards
	for _, r := range p.regen {
		if segDone[r.Segment] == len(r.Rebuild) {
			done.segments++
		}
	}
	for _, c := range placed {
		v.rep.Moves = append(v.rep.Moves, MoveReport{File: m.Name, Column: c.col, Shards: len(c.segs), Farmer: c.pl.Farmer(), Agreement: c.pl.AgreementID()})
	}

	// Best effort: the old farmers that still answer drop the shards that moved.
	for _, id := range slices.Sorted(maps.Keys(moved)) {
		a := oldFarmer[id]
		if f := v.farmers[a]; f != nil && f.info.Disqualified {
			continue // its agreements fail at settlement: nothing to drop, nobody to ask
		}
		if av := v.agreements[id]; av != nil && av.err == nil && av.info.Status != chain.AgreementOpen {
			continue // ended (failed or settled): nothing to drop
		}
		if f := v.farmers[a]; f != nil && f.down {
			v.problemf("file %q: farmer %s does not answer: %d moved shards stay in agreement %d (renter collect removes them later)", m.Name, a, len(moved[id]), id)
			continue
		}
		if err := w.r.DropShards(ctx, id, moved[id]); err != nil {
			v.problemf("file %q: %d moved shards stay in agreement %d (renter collect removes them later): %v", m.Name, len(moved[id]), id, oneLine(err.Error()))
			continue
		}
		v.rep.Dropped += len(moved[id])
	}
	return done, errors.Join(problems...)
}

func abortAll(cols map[int]*column) {
	for _, c := range cols {
		c.pl.Abort()
	}
}
