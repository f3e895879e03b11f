package farmer

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
)

// readRequestCap is readRequest with a frame cap above wire.MaxControl.
func readRequestCap(st network.Stream, v any, max int) error {
	p, err := wire.ReadFrame(st, max)
	if err != nil {
		return abort(err)
	}
	if !json.Valid(p) {
		return abort(fmt.Errorf("%T request is not JSON", v))
	}
	return wire.Decode(p, v)
}

func (s *Service) revise(ctx context.Context, st network.Stream) error {
	var req proto.ReviseRequest
	if err := readRequestCap(st, &req, proto.MaxRevise); err != nil {
		return err
	}
	sig, err := s.Revise(ctx, req)
	if err != nil {
		return err
	}
	return reply(st, proto.ReviseResult{FarmerSig: sig})
}

// Revise co-signs the revision a renter proposes, or refuses it (typed wire errors). In order: the
// agreement is open with this farmer (on chain); market.CheckProposed (the renter's signature, the
// next number, the revision equal to what the change gives on the farmer's tree: refused
// "revision"); every added shard stored and staged under this agreement, unexpired, with its length
// ("missing"); the escrow pays the revision to its end if it lands next period ("escrow"); the
// revision within the collateral's size and the policy's periods ("size", "duration"). Then the
// farmer signs, persists the signed revision with its shards in one synced batch, un-stages the
// added shards, and holds the removed shards (and the current revision's shard list) until the chain holds the
// new revision: a challenge may still come against the revision on chain (see ChainAt).
//
// An exiting farmer (SetExiting) refuses a revision that adds shards or moves the end later
// (proto.ReasonExiting) and co-signs one that only removes shards: its renters move its data away.
func (s *Service) Revise(ctx context.Context, req proto.ReviseRequest) ([]byte, error) {
	ag := s.agree.Load()
	if ag == nil {
		return nil, errors.New("farmer: agreements not registered")
	}
	rev := req.Revision.Market()
	info, cur, err := s.readAgreement(ctx, rev.AgreementID)
	if err != nil {
		return nil, err
	}
	if info.Farmer != s.addr || info.Status != statusOpen {
		return nil, refuse(proto.ReasonAgreement, "agreement %d is not an open agreement with this farmer", rev.AgreementID)
	}
	a, err := s.agreementFor(info)
	if err != nil {
		return nil, err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	change := req.Change()
	if s.exiting.Load() && (len(change.Add) > 0 || change.EndPeriod > a.state.Latest.EndPeriod) {
		return nil, refuse(proto.ReasonExiting, "farmer is exiting: it only co-signs revisions that remove shards (%d added, end %d)",
			len(change.Add), change.EndPeriod)
	}
	tree, err := ag.dom.CheckProposed(a.state, change, rev, req.RenterSig)
	if err != nil {
		return nil, refuse(proto.ReasonRevision, "%v", err)
	}
	now := ag.pol.Now().UnixNano()
	for _, sh := range change.Add {
		staged, ok, err := s.staged(a.id, sh.Root)
		if err != nil {
			return nil, err
		}
		if !ok || staged.Expires <= now || staged.Leaves != sh.Leaves || !s.store.Has(sh.Root) {
			return nil, refuse(proto.ReasonMissing, "shard %x of %d leaves is not staged under agreement %d", sh.Root[:8], sh.Leaves, a.id)
		}
	}
	escrow := market.Escrow{Deposited: info.Escrow, Accrued: info.Accrued, AccruedTo: info.AccruedTo, Leaves: info.Leaves}
	if err := market.CoversRevision(rev, a.state.PricePerGiB, escrow, cur+1); err != nil {
		return nil, refuse(proto.ReasonEscrow, "%v", err)
	}
	if !a.backs(rev.Leaves) {
		return nil, refuse(proto.ReasonSize, "revision of %d leaves exceeds what collateral %v backs", rev.Leaves, a.collateral)
	}
	if rev.EndPeriod > a.state.Latest.EndPeriod && rev.EndPeriod > cur && rev.EndPeriod-cur > ag.pol.MaxPeriods {
		return nil, refuse(proto.ReasonDuration, "end period %d is more than %d periods after %d", rev.EndPeriod, ag.pol.MaxPeriods, cur)
	}

	sig, err := ag.dom.SignRevision(rev, s.key)
	if err != nil {
		return nil, fmt.Errorf("revise: %w", err)
	}
	next := &market.AgreementState{ID: a.id, Renter: a.state.Renter, Farmer: a.state.Farmer, PricePerGiB: a.state.PricePerGiB,
		Latest: market.SignedRevision{Revision: rev, RenterSig: append([]byte(nil), req.RenterSig...), FarmerSig: sig}, Tree: tree}
	v, err := json.Marshal(a.record(next))
	if err != nil {
		return nil, fmt.Errorf("farmer: encode agreement record: %w", err)
	}
	b := new(leveldb.Batch)
	b.Put(recKey(a.id), v)
	for _, sh := range change.Add {
		b.Delete(stageKey(a.id, sh.Root))
		b.Delete(refKey(sh.Root, a.id, refStaged))
		b.Put(refKey(sh.Root, a.id, refCommitted), nil)
	}
	var held uint64
	for _, r := range change.Remove {
		b.Delete(refKey(r, a.id, refCommitted))
		var leaves uint64
		if j, ok := a.state.Tree.Index(r); ok {
			leaves = a.state.Tree.Shard(j).Leaves
		}
		held += leaves
		// Kept until the chain holds rev (see chainat.go); the value is the shard's leaves.
		b.Put(heldKey(r, a.id, rev.Number), binary.BigEndian.AppendUint64(nil, leaves))
	}
	// The chain may hold the current revision until rev is posted: keep its shard list.
	prevShards, err := encodeShards(a.state.Tree)
	if err != nil {
		return nil, fmt.Errorf("farmer: encode revision %d of agreement %d: %w", a.state.Latest.Number, a.id, err)
	}
	b.Put(histKey(a.id, a.state.Latest.Number), prevShards)
	if err := s.db.Write(b, &opt.WriteOptions{Sync: true}); err != nil {
		return nil, fmt.Errorf("farmer: record revision %d of agreement %d: %w", rev.Number, a.id, err)
	}
	a.state.Commit(next.Latest, tree)
	a.held += held
	for _, sh := range change.Add {
		a.unstageLocked(sh.Leaves)
	}
	s.log.Info("revision signed", "agreement", a.id, "number", rev.Number, "shards", rev.Shards, "leaves", rev.Leaves,
		"added", len(change.Add), "removed", len(change.Remove))
	return sig, nil
}
