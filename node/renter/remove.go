package renter

import (
	"context"
	"errors"
	"fmt"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
)

// Deals returns the ids of the deals holding a file's shards, in column order, without repeats.
func Deals(m *manifest.Manifest) []uint64 {
	seen := map[uint64]bool{}
	var out []uint64
	for _, seg := range m.Segments {
		for _, sh := range seg.Shards {
			if sh.DealID != 0 && !seen[sh.DealID] {
				seen[sh.DealID] = true
				out = append(out, sh.DealID)
			}
		}
	}
	return out
}

// Remove cancels the file's deals that still run (the farmers stop being paid from the next period
// and the rest of the escrow comes back when they settle) and then deletes its manifest. If a
// cancellation fails the manifest stays, so running Remove again finishes the job; deals that already
// ended or were cancelled count as done. It returns the deals it cancelled.
func (r *Renter) Remove(ctx context.Context, name string) ([]uint64, error) {
	m, err := r.Manifest(ctx, name)
	if err != nil {
		return nil, err
	}
	var cancelled []uint64
	for _, id := range Deals(m) {
		err := r.chain.CancelDeal(ctx, id)
		var re *chain.RevertError
		switch {
		case err == nil:
			cancelled = append(cancelled, id)
		case errors.As(err, &re) && (re.Name == "DealNotLive" || re.Name == "AlreadySettled"):
		default:
			return cancelled, fmt.Errorf("renter: remove %q: cancel deal %d: %w (the file is kept; run remove again)", name, id, err)
		}
	}
	if err := r.store.Delete(ctx, name); err != nil {
		return cancelled, fmt.Errorf("renter: remove %q: %w", name, err)
	}
	return cancelled, nil
}
