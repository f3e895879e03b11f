package renter

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// This file is what node/repair needs of the agreement client: the book's view of one agreement,
// a probe of one shard with its farmer, a stream of rebuilt shards to a new farmer under its
// agreement, and a revision dropping shards that moved.

// BookedAgreement is one agreement as the renter's book holds it: its newest co-signed revision.
type BookedAgreement struct {
	ID        uint64
	Farmer    common.Address
	Number    uint64 // newest co-signed revision
	EndPeriod uint32 // that revision's end
	tree      *proofs.Agreement
}

// Holds reports whether the newest co-signed revision holds the shard of that root.
func (b BookedAgreement) Holds(root proofs.Hash) bool { return b.tree != nil && b.tree.Has(root) }

// Booked returns agreement id as the book holds it (false: not in the book).
func (a *Agreements) Booked(id uint64) (BookedAgreement, bool) {
	ag := a.book.get(id)
	if ag == nil {
		return BookedAgreement{}, false
	}
	st := ag.snapshot()
	return BookedAgreement{ID: id, Farmer: ag.terms.Farmer, Number: st.Latest.Number, EndPeriod: st.Latest.EndPeriod, tree: st.Tree}, true
}

// HoldsShard reports whether the book's newest co-signed revision of agreement id holds the shard
// of that root (booked is false when the book does not hold the agreement), and that revision's
// number.
func (a *Agreements) HoldsShard(id uint64, root proofs.Hash) (held bool, number uint64, booked bool) {
	b, ok := a.Booked(id)
	if !ok {
		return false, 0, false
	}
	return b.Holds(root), b.Number, true
}

// Errors of ProveShard, returned wrapped.
var (
	// ErrShardLost: the farmer says the shard is lost or corrupt, holds no such agreement, or
	// proved something that is not the shard.
	ErrShardLost = errors.New("renter: shard lost")
	// ErrUnanswered: the farmer could not be reached, or did not answer in time.
	ErrUnanswered = errors.New("renter: farmer did not answer")
)

// ProveShard asks the farmer of agreement id to prove leaf `leaf` of the shard of that root (the
// prove exchange: one leaf and its paths, checked against the book's newest co-signed revision).
// It returns nil when the proof checks; an error wrapping ErrShardLost when the farmer says the
// shard is lost or corrupt, holds no such agreement, or proves something else; ErrUnanswered when
// the farmer is not reachable; another error otherwise (a farmer at another revision, a refusal):
// those say nothing of the shard.
func (a *Agreements) ProveShard(ctx context.Context, id uint64, root proofs.Hash, leaf uint64) error {
	ag := a.book.get(id)
	if ag == nil {
		return fmt.Errorf("renter: prove shard %x: agreement %d is not in the book", root[:8], id)
	}
	st := ag.snapshot()
	j, ok := st.Tree.Index(root)
	if !ok {
		return fmt.Errorf("renter: prove shard %x: revision %d of agreement %d does not hold it", root[:8], st.Latest.Number, id)
	}
	sh := st.Tree.Shard(j)
	leaf %= sh.Leaves
	f, err := a.farmerInfo(ctx, ag.terms.Farmer)
	if err != nil {
		return err
	}
	c := &p2pConn{net: a.net, f: f, timeout: a.opt.Timeout, bulkRate: a.opt.BulkRate, window: a.opt.Window}
	var p proto.AgreementProofMsg
	err = c.exchange(ctx, proto.ProveID, proto.ProveRequest{AgreementID: id, Entry: j, Leaf: leaf}, wire.MaxControl, &p, proto.MaxRevise)
	var we *wire.Error
	switch {
	case err == nil:
	case errors.Is(err, wire.ErrCorrupt), errors.Is(err, wire.ErrNotFound):
		return fmt.Errorf("%w: agreement %d entry %d with %s: %w", ErrShardLost, id, j, f.Address, err)
	case errors.As(err, &we), ctx.Err() != nil:
		return fmt.Errorf("renter: prove shard of agreement %d with %s: %w", id, f.Address, err)
	default:
		return fmt.Errorf("%w: %w", ErrUnanswered, err)
	}
	if err := checkShardProof(st.Latest.Revision, sh, j, leaf, p); err != nil {
		return fmt.Errorf("farmer %s: %w", f.Address, err)
	}
	return nil
}

// checkShardProof checks a farmer's proof of leaf `leaf` of entry j (shard sh) of revision rev: the
// same revision (else a plain error: it says nothing of the shard), the shard's size, and both
// climbs up to the revision's root (else ErrShardLost: what the farmer proved is not our shard).
func checkShardProof(rev market.Revision, sh proofs.Shard, j, leaf uint64, p proto.AgreementProofMsg) error {
	id := rev.AgreementID
	if err := p.Validate(); err != nil {
		return fmt.Errorf("%w: agreement %d entry %d: %v", ErrShardLost, id, j, err)
	}
	if p.Number != rev.Number {
		return fmt.Errorf("renter: prove shard of agreement %d: the farmer proves revision %d, the book holds %d", id, p.Number, rev.Number)
	}
	if p.ShardLeaves != sh.Leaves {
		return fmt.Errorf("%w: agreement %d entry %d: a shard of %d leaves, want %d", ErrShardLost, id, j, p.ShardLeaves, sh.Leaves)
	}
	if err := proofs.VerifyAgreementPath(rev.Root, rev.Shards, j, leaf, p.Proof(id)); err != nil {
		return fmt.Errorf("%w: agreement %d entry %d: %w", ErrShardLost, id, j, err)
	}
	return nil
}

// PinShards keeps Collect from running until release is called: a repair holds it from its first
// shard sent until the manifest names the shards it placed (Collect would remove them as orphans).
func (a *Agreements) PinShards() (release func()) {
	a.gc.RLock()
	var once sync.Once
	return func() { once.Do(a.gc.RUnlock) }
}

// ShardPlacement streams shards to one farmer under its agreement (opened as a put opens it), for
// repair: Send each shard, then Commit has the farmer co-sign a revision adding them all. It is not
// safe for concurrent use.
type ShardPlacement struct {
	a        *Agreements
	f        chain.FarmerInfo
	ag       *agreement
	conn     farmerConn
	sess     storeSession
	sent     []proofs.Shard
	reserved uint64
	done     bool
}

// PlaceShards opens a placement with the best candidate farmer not in skip (the farmers holding a
// shard of the segments to place, and those already tried): it ensures an agreement with room for
// need bytes (opening one if needed) and opens a store session. Candidates that fail are skipped;
// ErrNotEnoughFarmers when none is left.
func (a *Agreements) PlaceShards(ctx context.Context, skip map[common.Address]bool, need uint64) (*ShardPlacement, error) {
	cands, err := a.candidates(ctx)
	if err != nil {
		return nil, err
	}
	cur, err := a.chain.CurrentPeriod(ctx)
	if err != nil {
		return nil, fmt.Errorf("renter: current period: %w", err)
	}
	var errs []error
	for _, f := range cands {
		if skip[f.Address] {
			continue
		}
		p, err := a.placeWith(ctx, f, cur, need)
		if err == nil {
			return p, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		a.log.Warn("farmer unusable for repair, trying another", "farmer", f.Address, "err", err)
		errs = append(errs, err)
	}
	return nil, fmt.Errorf("%w: no farmer left for %d bytes of rebuilt shards: %w", ErrNotEnoughFarmers, need, errors.Join(errs...))
}

func (a *Agreements) placeWith(ctx context.Context, f chain.FarmerInfo, cur uint32, need uint64) (*ShardPlacement, error) {
	ag, err := a.ensure(ctx, f, cur, need)
	if err != nil {
		return nil, err
	}
	auth, err := a.retrievalAuth()
	if err != nil {
		return nil, err
	}
	conn := a.dial(f)
	sess, err := conn.Store(ctx, ag.terms.ID, auth)
	if err != nil {
		return nil, fmt.Errorf("store session with %s: %w", f.Address, err)
	}
	return &ShardPlacement{a: a, f: f, ag: ag, conn: conn, sess: sess}, nil
}

// Farmer returns the farmer the shards go to.
func (p *ShardPlacement) Farmer() common.Address { return p.f.Address }

// AgreementID returns the agreement the shards go under.
func (p *ShardPlacement) AgreementID() uint64 { return p.ag.terms.ID }

// Send streams one shard (data is not kept after Send returns). An error ends the placement.
func (p *ShardPlacement) Send(ctx context.Context, root proofs.Hash, data []byte) error {
	if p.done {
		return fmt.Errorf("%w: placement with %s has ended", ErrSession, p.f.Address)
	}
	size := uint64(len(data))
	if size == 0 || size%proofs.LeafSize != 0 {
		return fmt.Errorf("renter: shard of %d bytes is not whole leaves", size)
	}
	if !p.ag.reserve(size) {
		p.Abort()
		return fmt.Errorf("renter: agreement %d with %s is full", p.ag.terms.ID, p.f.Address)
	}
	p.reserved += size
	if err := p.sess.Send(ctx, root, data); err != nil {
		p.Abort()
		return err
	}
	p.sent = append(p.sent, proofs.Shard{Root: root, Leaves: size / proofs.LeafSize})
	return nil
}

// Commit ends the session, checks every shard sent was acknowledged in order, and has the farmer
// co-sign a revision adding them. On an error nothing was added (the farmer's staged copies expire).
func (p *ShardPlacement) Commit(ctx context.Context) error {
	if p.done {
		return fmt.Errorf("%w: placement with %s has ended", ErrSession, p.f.Address)
	}
	p.done = true
	defer func() {
		p.ag.release(p.reserved)
		p.reserved = 0
	}()
	acked, err := p.sess.Close(ctx)
	if err == nil && len(acked) != len(p.sent) {
		err = fmt.Errorf("%w: %d of %d shards acknowledged", ErrSession, len(acked), len(p.sent))
	}
	for i := 0; err == nil && i < len(acked); i++ {
		if acked[i] != p.sent[i].Root {
			err = fmt.Errorf("%w: acknowledgement %d is for another shard", ErrSession, i)
		}
	}
	if err != nil {
		return fmt.Errorf("renter: repair placement with %s: %w", p.f.Address, err)
	}
	add := append([]proofs.Shard(nil), p.sent...)
	return p.a.revise(ctx, p.ag, p.conn, func(*market.AgreementState) market.Change { return market.Change{Add: add} })
}

// Abort drops the placement (nothing is added; a committed placement is left as it is).
func (p *ShardPlacement) Abort() {
	if p.done {
		return
	}
	p.done = true
	p.sess.Abort()
	p.ag.release(p.reserved)
	p.reserved = 0
}

// DropShards has the farmer of agreement id co-sign a revision removing those of roots it still
// holds (shards that moved to another farmer). Nothing to remove is not an error.
func (a *Agreements) DropShards(ctx context.Context, id uint64, roots []proofs.Hash) error {
	ag := a.book.get(id)
	if ag == nil {
		return fmt.Errorf("renter: drop shards: agreement %d is not in the book", id)
	}
	f, err := a.farmerInfo(ctx, ag.terms.Farmer)
	if err != nil {
		return err
	}
	if err := a.revise(ctx, ag, a.dial(f), removeFrom(roots)); err != nil {
		return fmt.Errorf("renter: drop %d shards from agreement %d with %s: %w", len(roots), id, f.Address, err)
	}
	return nil
}

// CloseEmptied closes, on chain, the open agreements of the book with farmers that announced their
// exit (chain.FarmerInfo.Exiting) once the newest co-signed revision holds nothing (repair moved
// the data and had the farmer co-sign its removal): it posts that revision first when the chain
// still holds an older one (the farmer's next heartbeat would post it a period later; anyone may
// post a co-signed revision), then closes the agreement (AgreementMarket.close: no penalty, the
// collateral back to the farmer's free stake, the unused escrow back to the renter). Agreements
// still holding shards, already ended, or past their end with data on chain are left alone. It
// returns the agreements it closed; one that could not be closed is one error among the others,
// and is tried again on the next call.
func (a *Agreements) CloseEmptied(ctx context.Context) (closed []uint64, problems error) {
	exiting := map[common.Address]bool{}
	read := map[common.Address]bool{}
	var errs []error
	for _, ag := range a.book.list() {
		if st := ag.snapshot(); st.Latest.Leaves != 0 || st.Tree.Shards() != 0 {
			continue
		}
		fa := ag.terms.Farmer
		if !read[fa] {
			f, err := a.farmerInfo(ctx, fa)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			read[fa], exiting[fa] = true, f.Exiting()
		}
		if !exiting[fa] {
			continue
		}
		ok, err := a.closeEmpty(ctx, ag)
		if err != nil {
			errs = append(errs, fmt.Errorf("renter: close agreement %d with exiting farmer %s: %w", ag.terms.ID, fa, err))
			continue
		}
		if ok {
			closed = append(closed, ag.terms.ID)
		}
	}
	return closed, errors.Join(errs...)
}

// closeEmpty closes ag on chain if its newest co-signed revision is empty and it is open (posting
// that revision first when the chain holds an older one). It holds ag's revision lock throughout:
// no revision of it is committed meanwhile.
func (a *Agreements) closeEmpty(ctx context.Context, ag *agreement) (bool, error) {
	ag.rev.Lock()
	defer ag.rev.Unlock()
	st := ag.snapshot()
	if st.Latest.Leaves != 0 {
		return false, nil
	}
	id := ag.terms.ID
	info, err := a.chain.Agreement(ctx, id)
	if err != nil {
		return false, err
	}
	if info.Status != AgreementStatusOpen || info.Renter != a.addr {
		return false, nil
	}
	if info.Leaves != 0 {
		if info.Number >= st.Latest.Number {
			return false, fmt.Errorf("the chain holds revision %d with data, the book's newest empty one is %d", info.Number, st.Latest.Number)
		}
		cur, err := a.chain.CurrentPeriod(ctx)
		if err != nil {
			return false, err
		}
		if cur > info.EndPeriod {
			return false, nil // ended with data on chain: no revision can land; it settles
		}
		if err := a.chain.PostRevision(ctx, st.Latest); err != nil {
			// The farmer's heartbeat may have posted it meanwhile.
			again, rerr := a.chain.Agreement(ctx, id)
			if rerr != nil || again.Status != AgreementStatusOpen || again.Leaves != 0 {
				return false, fmt.Errorf("post the empty revision %d: %w", st.Latest.Number, err)
			}
		}
	}
	if err := a.chain.Close(ctx, id); err != nil {
		return false, err
	}
	a.log.Info("agreement closed: its data moved off an exiting farmer", "agreement", id, "farmer", ag.terms.Farmer,
		"revision", st.Latest.Number)
	return true, nil
}
