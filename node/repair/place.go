package repair

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/sync/errgroup"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
)

// step names a point of a repair, after which tests inject a failure (a crash, as far as the
// journal can tell: the worker writes nothing on its error paths).
type step string

const (
	stepRebuilt   step = "rebuilt"   // the file's lost shards are staged; nothing offered yet
	stepOffered   step = "offered"   // an offer is journalled; not delivered
	stepDelivered step = "delivered" // the farmer holds the shards and signed; journalled; not on chain
	stepSubmitted step = "submitted" // the deal is on chain; not in the manifest
	stepCommitted step = "committed" // the manifest holds the deal; old deals not yet cancelled
)

// repaired counts what a file's repair achieved.
type repaired struct{ segments, shards int }

// repair rebuilds the unhealthy shards p lists and places each rebuilt column with a new farmer.
func (w *Worker) repair(ctx context.Context, v *view, m *manifest.Manifest, p filePlan) (repaired, error) {
	var done repaired
	dir, err := os.MkdirTemp(w.stageDir, "repair-")
	if err != nil {
		return done, fmt.Errorf("staging directory: %w", err)
	}
	defer os.RemoveAll(dir)
	staged, err := pipeline.NewDirStore(dir)
	if err != nil {
		return done, err
	}
	if err := w.rb.Regenerate(ctx, m, w.r.Source(m), p.regen, staged); err != nil {
		return done, fmt.Errorf("rebuild %d shards: %w", p.shards, err)
	}
	if err := w.step(stepRebuilt); err != nil {
		return done, err
	}
	cands, err := w.r.Candidates(ctx, 0)
	if err != nil {
		return done, fmt.Errorf("candidates: %w", err)
	}
	pk := &picker{v: v, cands: cands, taken: map[common.Address]bool{}}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(w.parallel)
	var mu sync.Mutex
	placed := map[int]bool{}
	var errs []error
	for _, col := range sortedKeys(p.columns) {
		segs := p.columns[col]
		g.Go(func() error {
			err := w.placeColumn(gctx, v, m, col, segs, staged, pk)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, fmt.Errorf("column %d: %w", col, err))
				var h hookError
				if errors.As(err, &h) {
					return err // a simulated crash stops the whole pass
				}
				return nil
			}
			placed[col] = true
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return done, err
	}
	for _, r := range p.regen {
		all := true
		for _, c := range r.Rebuild {
			if !placed[c] {
				all = false
			} else {
				done.shards++
			}
		}
		if all {
			done.segments++
		}
	}
	return done, errors.Join(errs...)
}

// hookError marks a failure injected by a test hook.
type hookError struct{ error }

func (h hookError) Unwrap() error { return h.error }

func (w *Worker) step(s step) error {
	if err := w.hook(s); err != nil {
		return hookError{fmt.Errorf("injected at %s: %w", s, err)}
	}
	return nil
}

// picker hands out farmers for a file's rebuilt columns: the renter's best candidates, never one
// that holds a shard of the segments concerned, was found unhealthy this pass, or already took
// another column of this file in this pass.
type picker struct {
	v     *view
	mu    sync.Mutex
	cands []chain.FarmerInfo
	taken map[common.Address]bool
}

func (p *picker) usable(f chain.FarmerInfo, hold map[[20]byte]bool, need uint64) bool {
	if p.taken[f.Address] || hold[f.Address] || f.Free() < need {
		return false
	}
	if fv, ok := p.v.farmers[f.Address]; ok && (fv.bad != "" || fv.down) {
		return false
	}
	return true
}

func (p *picker) pick(hold map[[20]byte]bool, need uint64) (chain.FarmerInfo, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, f := range p.cands {
		if p.usable(f, hold, need) {
			p.taken[f.Address] = true
			return f, true
		}
	}
	return chain.FarmerInfo{}, false
}

// claim takes farmer a for a resumed offer, if it is still usable.
func (p *picker) claim(a common.Address, hold map[[20]byte]bool, need uint64) (chain.FarmerInfo, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, f := range p.cands {
		if f.Address == a && p.usable(f, hold, need) {
			p.taken[a] = true
			return f, true
		}
	}
	return chain.FarmerInfo{}, false
}

// placeColumn makes one deal holding the rebuilt shard `col` of each of segs, with a farmer that
// holds no shard of those segments, and commits it to the manifest. An unsigned offer journalled by
// an interrupted pass for the same shards is delivered again first (same farmer, same terms: at most
// one deal can come of it). A farmer that fails is replaced by the next candidate; its journalled
// offer stays, watched until it expires.
func (w *Worker) placeColumn(ctx context.Context, v *view, m *manifest.Manifest, col int, segs []int, staged pipeline.ShardSource, pk *picker) error {
	hold := holders(m, segs)
	var need uint64
	for _, s := range segs {
		need += m.ShardLen(s)
	}
	old := make([]location, len(segs))
	for i, s := range segs {
		sh := m.Segments[s].Shards[col]
		old[i] = location{Farmer: sh.Farmer, Deal: sh.DealID}
	}
	var last error
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var in *intent
		var f chain.FarmerInfo
		if r := v.resumable(m, col, segs, w.now()); r != nil {
			if fi, ok := pk.claim(r.Offer.Terms.Farmer, hold, need); ok {
				in, f = r, fi
				w.log.Info("resuming an interrupted offer", "file", m.Name, "column", col, "farmer", f.Address)
			}
		}
		if in == nil {
			var ok bool
			if f, ok = pk.pick(hold, need); !ok {
				if last != nil {
					return fmt.Errorf("%w (last failure: %v)", ErrNotEnoughFarmers, last)
				}
				return ErrNotEnoughFarmers
			}
			o, err := w.r.Offer(ctx, f, m, col, segs)
			if err != nil {
				last = fmt.Errorf("farmer %s: %w", f.Address, err)
				w.log.Warn("offer failed, trying another farmer", "file", m.Name, "column", col, "farmer", f.Address, "err", err)
				continue
			}
			in = &intent{File: m.Name, FileID: common.Hash(m.FileID), Offer: o, Old: old, Block: v.head.Number}
			if err := w.writeIntent(ctx, in); err != nil {
				return err
			}
			if err := w.step(stepOffered); err != nil {
				return err
			}
		}
		fsig, err := w.r.Deliver(ctx, f, in.Offer, m, staged)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			last = fmt.Errorf("farmer %s: %w", f.Address, err)
			w.log.Warn("delivery failed, trying another farmer", "file", m.Name, "column", col, "farmer", f.Address, "err", err)
			continue
		}
		in.FarmerSig = fsig
		if err := w.writeIntent(ctx, in); err != nil {
			return err
		}
		if err := w.step(stepDelivered); err != nil {
			return err
		}
		id, err := w.r.Submit(ctx, in.Offer, fsig)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			// The deal may or may not be on chain (a receipt can be lost): the journal keeps the
			// signed offer, which the next pass finds or submits if the shards still need it.
			last = fmt.Errorf("farmer %s: %w", f.Address, err)
			w.log.Warn("deal submission failed, trying another farmer", "file", m.Name, "column", col, "farmer", f.Address, "err", err)
			continue
		}
		if err := w.step(stepSubmitted); err != nil {
			return err
		}
		ok, err := w.commit(ctx, v, in, id)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("deal %d made, but the manifest moved on", id)
		}
		v.mu.Lock()
		v.rep.Deals = append(v.rep.Deals, DealReport{File: m.Name, Column: col, Segments: len(segs), Farmer: f.Address, DealID: id})
		v.mu.Unlock()
		return w.step(stepCommitted)
	}
}
