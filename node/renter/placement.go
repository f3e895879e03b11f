package renter

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
)

// placement places the columns of one file, each with its own farmer.
type placement struct {
	r      *Renter
	m      *manifest.Manifest
	staged *pipeline.DirStore
	cands  []chain.FarmerInfo

	mu    sync.Mutex
	used  map[common.Address]bool // farmers holding (or trying) a column of this file
	next  int
	deals []uint64
}

// take returns the best candidate not yet used for this file.
func (p *placement) take() (chain.FarmerInfo, bool) {
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

func (p *placement) run(ctx context.Context) error {
	n := p.m.TotalShards()
	errs := make([]error, n)
	var wg sync.WaitGroup
	for col := 0; col < n; col++ {
		f, ok := p.take()
		if !ok {
			return fmt.Errorf("%w: ran out of farmers for column %d", ErrNotEnoughFarmers, col)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[col] = p.placeColumn(ctx, col, f)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// placeColumn places column col, starting with farmer f and moving on to fresh candidates when a
// farmer refuses, fails or stalls.
func (p *placement) placeColumn(ctx context.Context, col int, f chain.FarmerInfo) error {
	for {
		id, err := p.try(ctx, col, f)
		if err == nil {
			p.mu.Lock()
			p.deals = append(p.deals, id)
			p.mu.Unlock()
			for s := range p.m.Segments {
				sh := &p.m.Segments[s].Shards[col]
				sh.Farmer, sh.DealID, sh.DealIndex = f.Address, id, s
			}
			p.r.log.Info("column placed", "file", p.m.Name, "column", col, "farmer", f.Address, "deal", id)
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		p.r.log.Warn("farmer failed, trying another", "file", p.m.Name, "column", col, "farmer", f.Address, "err", err)
		next, ok := p.take()
		if !ok {
			return fmt.Errorf("place column %d of %q: %w: last error from %s: %v", col, p.m.Name, ErrNotEnoughFarmers, f.Address, err)
		}
		f = next
	}
}

// try negotiates, uploads and puts on chain the deal for column col with farmer f.
func (p *placement) try(ctx context.Context, col int, f chain.FarmerInfo) (uint64, error) {
	segs := make([]int, len(p.m.Segments))
	for s := range segs {
		segs[s] = s
	}
	o, err := p.r.Offer(ctx, f, p.m, col, segs)
	if err != nil {
		return 0, err
	}
	fsig, err := p.r.Deliver(ctx, f, o, p.m, p.staged)
	if err != nil {
		return 0, err
	}
	return p.r.Submit(ctx, o, fsig)
}

// undo cancels the deals a failed put already made, so nothing is left half-done on chain.
func (p *placement) undo(ctx context.Context) {
	p.mu.Lock()
	deals := append([]uint64(nil), p.deals...)
	p.mu.Unlock()
	for _, id := range deals {
		if err := p.r.chain.CancelDeal(ctx, id); err != nil {
			p.r.log.Error("cancel deal of a failed put", "deal", id, "err", err)
		}
	}
}
