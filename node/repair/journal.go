package repair

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/renter"
)

// Journal kinds (manifest records).
const (
	// kindIntent: an offer made to a farmer for a rebuilt column, written before it is sent; with the
	// farmer's signature once delivered. Removed in the same batch as the manifest change that
	// records its deal, or once its terms have expired unused.
	kindIntent = "repair/intent"
	// kindCancel: a deal to cancel, written in the same batch as the manifest change that stopped
	// referencing it. Removed once cancelled (or found already ended).
	kindCancel = "repair/cancel"
)

// location is where a shard was placed.
type location struct {
	Farmer common.Address `json:"farmer"`
	Deal   uint64         `json:"deal"`
}

// intent is a journalled offer for a rebuilt column.
type intent struct {
	File      string       `json:"file"`
	FileID    common.Hash  `json:"fileId"`
	Offer     renter.Offer `json:"offer"`
	Old       []location   `json:"old"` // where each segment's shard of the column was when the offer was made
	FarmerSig []byte       `json:"farmerSig,omitempty"`
	Block     uint64       `json:"block"` // the chain's head when the offer was made: its deal cannot be older
}

func (in *intent) id() string { return in.Offer.Terms.Nonce.Text(16) }

func (in *intent) record() (manifest.RecordOp, error) {
	b, err := json.Marshal(in)
	if err != nil {
		return manifest.RecordOp{}, fmt.Errorf("repair: encode intent: %w", err)
	}
	return manifest.PutRecord(manifest.Record{Kind: kindIntent, ID: in.id(), Data: b}), nil
}

func (w *Worker) writeIntent(ctx context.Context, in *intent) error {
	op, err := in.record()
	if err != nil {
		return err
	}
	if err := w.cat.WriteRecords(ctx, op); err != nil {
		return fmt.Errorf("repair: journal offer: %w", err)
	}
	return nil
}

// expired reports whether the intent's terms can no longer land on chain: the next block's
// timestamp will be past their deadline.
func (in *intent) expired(head chain.Head) bool {
	return head.Time.Unix() >= in.Offer.Terms.Deadline.Int64()
}

// matches reports whether m still places the intent's shards where they were when it was made.
func (in *intent) matches(m *manifest.Manifest) bool {
	if common.Hash(m.FileID) != in.FileID || len(in.Old) != len(in.Offer.Segments) || in.Offer.Column >= m.TotalShards() {
		return false
	}
	for i, s := range in.Offer.Segments {
		if s >= len(m.Segments) {
			return false
		}
		sh := m.Segments[s].Shards[in.Offer.Column]
		if sh.Farmer != in.Old[i].Farmer || sh.DealID != in.Old[i].Deal {
			return false
		}
	}
	return true
}

// cancelRecord is a deal to cancel.
func cancelRecord(id uint64, file, why string) manifest.RecordOp {
	return manifest.PutRecord(manifest.Record{Kind: kindCancel, ID: strconv.FormatUint(id, 10), Data: []byte(file + ": " + why)})
}

var errStale = errors.New("the manifest moved on")

// commit records deal id, made from intent in, in the manifest: each of the intent's shards moves to
// the new farmer and deal, in one batch that also removes the intent and journals the cancellation
// of every deal the manifest no longer references. If the manifest moved on meanwhile (the file was
// deleted or re-uploaded, or its shards placed elsewhere), the new deal is not needed: it is
// journalled for cancellation instead. It reports whether the manifest took the deal.
func (w *Worker) commit(ctx context.Context, v *view, in *intent, id uint64) (bool, error) {
	err := w.cat.Update(ctx, in.File, func(m *manifest.Manifest) ([]manifest.RecordOp, error) {
		if !in.matches(m) {
			return nil, errStale
		}
		before := dealsOf(m)
		for i, s := range in.Offer.Segments {
			sh := &m.Segments[s].Shards[in.Offer.Column]
			sh.Farmer, sh.DealID, sh.DealIndex = in.Offer.Terms.Farmer, id, i
		}
		ops := []manifest.RecordOp{manifest.DeleteRecord(kindIntent, in.id())}
		after := dealsOf(m)
		for old := range before {
			if !after[old] {
				ops = append(ops, cancelRecord(old, in.File, fmt.Sprintf("replaced by deal %d", id)))
			}
		}
		return ops, nil
	})
	if errors.Is(err, errStale) || errors.Is(err, manifest.ErrNotFound) {
		v.errorf("%s: deal %d is no longer needed (%v): cancelling it", in.File, id, err)
		if err := w.cat.WriteRecords(ctx, manifest.DeleteRecord(kindIntent, in.id()), cancelRecord(id, in.File, "not needed")); err != nil {
			return false, fmt.Errorf("repair: journal: %w", err)
		}
		return false, nil
	}
	if err != nil {
		return false, err
	}
	w.log.Info("deal committed", "file", in.File, "column", in.Offer.Column, "segments", len(in.Offer.Segments), "farmer", in.Offer.Terms.Farmer, "deal", id)
	return true, nil
}

// recover finishes what earlier passes left in the journal. An intent whose deal is on chain is
// committed; one that was signed and is still needed is submitted, then committed; one whose terms
// expired unused is dropped. What remains (offers never signed, or no longer needed but still able
// to land) stays: repairFile may resume it with the same farmer and terms, and later passes watch it
// until it lands (then its deal is cancelled if not needed) or expires.
func (w *Worker) recover(ctx context.Context, v *view) error {
	recs, err := w.cat.Records(ctx, kindIntent)
	if err != nil {
		return fmt.Errorf("repair: read journal: %w", err)
	}
	for _, r := range recs {
		in := new(intent)
		if err := json.Unmarshal(r.Data, in); err != nil || in.Offer.Terms.Nonce == nil || in.Offer.Terms.Deadline == nil {
			v.errorf("journal: unreadable intent %s: %v", r.ID, err)
			continue
		}
		t := in.Offer.Terms.Market()
		id, found, err := w.c.FindDeal(ctx, t, in.Block)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			v.errorf("journal: look for the deal of %s column %d: %v", in.File, in.Offer.Column, err)
			continue
		}
		if !found && in.expired(v.head) {
			if err := w.cat.WriteRecords(ctx, manifest.DeleteRecord(kindIntent, r.ID)); err != nil {
				return fmt.Errorf("repair: journal: %w", err)
			}
			continue
		}
		if !found && in.FarmerSig != nil && w.needed(ctx, in) {
			if id, err = w.r.Submit(ctx, in.Offer, in.FarmerSig); err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				v.errorf("journal: submit the signed deal of %s column %d: %v", in.File, in.Offer.Column, err)
				v.pending = append(v.pending, in)
				continue
			}
			found = true
		}
		if !found {
			v.pending = append(v.pending, in)
			continue
		}
		ok, err := w.commit(ctx, v, in, id)
		if err != nil {
			return err
		}
		if ok {
			v.rep.Recovered++
			v.rep.Deals = append(v.rep.Deals, DealReport{File: in.File, Column: in.Offer.Column, Segments: len(in.Offer.Segments),
				Farmer: in.Offer.Terms.Farmer, DealID: id, Recovered: true})
		}
	}
	return nil
}

// needed reports whether the manifest still places the intent's shards where the intent found them.
func (w *Worker) needed(ctx context.Context, in *intent) bool {
	m, err := w.cat.Get(ctx, in.File)
	return err == nil && in.matches(m)
}

// resumable returns a journalled, unsigned offer for exactly this column and these segments of m
// that can be delivered again (same farmer, same terms), and removes it from the pending list.
func (v *view) resumable(m *manifest.Manifest, col int, segs []int, now time.Time) *intent {
	v.mu.Lock()
	defer v.mu.Unlock()
	for i, in := range v.pending {
		if in.FarmerSig != nil || in.File != m.Name || in.Offer.Column != col || !slices.Equal(in.Offer.Segments, segs) || !in.matches(m) {
			continue
		}
		// Leave the farmer time to take the upload before the terms' deadline.
		if time.Unix(in.Offer.Terms.Deadline.Int64(), 0).Sub(now) < renter.OfferTTL/4 {
			continue
		}
		v.pending = slices.Delete(v.pending, i, i+1)
		return in
	}
	return nil
}

// cancelDeals cancels the deals the journal says to. A deal already ended (or unknown) needs
// nothing more.
func (w *Worker) cancelDeals(ctx context.Context, v *view) error {
	recs, err := w.cat.Records(ctx, kindCancel)
	if err != nil {
		return fmt.Errorf("repair: read journal: %w", err)
	}
	var failed []error
	for _, r := range recs {
		id, err := strconv.ParseUint(r.ID, 10, 64)
		if err != nil {
			v.errorf("journal: unreadable cancellation %q", r.ID)
			continue
		}
		err = w.c.CancelDeal(ctx, id)
		var re *chain.RevertError
		switch {
		case err == nil:
			v.rep.Cancelled = append(v.rep.Cancelled, id)
			w.log.Info("deal cancelled", "deal", id, "why", string(r.Data))
		case errors.As(err, &re) && (re.Name == "DealNotLive" || re.Name == "UnknownDeal"):
		case ctx.Err() != nil:
			return ctx.Err()
		default:
			failed = append(failed, fmt.Errorf("cancel deal %d: %w", id, err))
			continue
		}
		if err := w.cat.WriteRecords(ctx, manifest.DeleteRecord(kindCancel, r.ID)); err != nil {
			return fmt.Errorf("repair: journal: %w", err)
		}
	}
	return errors.Join(failed...)
}
