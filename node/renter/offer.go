package renter

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// OfferTTL is how long signed deal terms stay valid: their deadline, after which neither the farmer
// nor the chain accepts them.
const OfferTTL = time.Hour

// ErrBadOffer: an offer that does not fit the file (a column or segment out of range, segments not
// in increasing order).
var ErrBadOffer = errors.New("renter: offer does not fit the file")

// Offer is a deal the renter has signed for one farmer: it would hold shard Column of each listed
// segment of a file, in segment order. Put offers every segment of a column; repair offers the
// segments whose shard of that column it rebuilt. An offer is plain data (JSON), so a caller can
// journal it before it is delivered and submit the very same terms after a crash: the renter's
// nonce makes sure the chain accepts them at most once.
type Offer struct {
	Column    int         `json:"column"`
	Segments  []int       `json:"segments"` // strictly increasing
	Terms     proto.Terms `json:"terms"`
	RenterSig []byte      `json:"renterSig"`
}

// Farmer returns the farmer the offer is for.
func (o Offer) Farmer() [20]byte { return o.Terms.Farmer }

// Escrow returns what the deal takes from the renter: price × periods.
func (o Offer) Escrow() *big.Int { return o.Terms.Market().Escrow() }

// dealShards returns the shard references a deal over column col of segs holds, in order, checking
// that they make a deal the contract accepts (all shards full but possibly the last).
func dealShards(m *manifest.Manifest, col int, segs []int) ([]proto.ShardRef, []proofs.Hash, error) {
	if col < 0 || col >= m.TotalShards() {
		return nil, nil, fmt.Errorf("%w: column %d of %d", ErrBadOffer, col, m.TotalShards())
	}
	if len(segs) == 0 || len(segs) > proto.MaxShardsPerDeal {
		return nil, nil, fmt.Errorf("%w: %d segments (1..%d)", ErrBadOffer, len(segs), proto.MaxShardsPerDeal)
	}
	refs := make([]proto.ShardRef, len(segs))
	roots := make([]proofs.Hash, len(segs))
	for i, s := range segs {
		if s < 0 || s >= len(m.Segments) || i > 0 && s <= segs[i-1] {
			return nil, nil, fmt.Errorf("%w: segments %v of %d", ErrBadOffer, segs, len(m.Segments))
		}
		sh := m.Segments[s].Shards[col]
		refs[i] = proto.ShardRef{CID: sh.CID().String(), Size: m.ShardLen(s)}
		roots[i] = sh.Root
	}
	return refs, roots, nil
}

// Offer asks farmer f for a quote and signs terms for a deal holding shard col of segments segs of m,
// at the farmer's price (refused above Options.MaxPricePerGiB), for Options.Periods periods, with the
// collateral the farmer offers (at least the market's minimum), valid for OfferTTL.
func (r *Renter) Offer(ctx context.Context, f chain.FarmerInfo, m *manifest.Manifest, col int, segs []int) (Offer, error) {
	refs, roots, err := dealShards(m, col, segs)
	if err != nil {
		return Offer{}, err
	}
	q, err := r.Quote(ctx, f)
	if err != nil {
		return Offer{}, fmt.Errorf("quote: %w", err)
	}
	if q.Farmer != f.Address {
		return Offer{}, fmt.Errorf("quote signed for %s, farmer announced as %s", q.Farmer, f.Address)
	}
	if r.opt.MaxPricePerGiB != nil && q.PricePerGiB.Cmp(r.opt.MaxPricePerGiB) > 0 {
		return Offer{}, fmt.Errorf("farmer now asks %s per GiB, above the limit %s", q.PricePerGiB, r.opt.MaxPricePerGiB)
	}
	var size uint64
	for _, ref := range refs {
		size += ref.Size
	}
	nonce, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 255))
	if err != nil {
		return Offer{}, fmt.Errorf("deal nonce: %w", err)
	}
	terms := market.DealTerms{
		Renter: r.addr, Farmer: f.Address, Root: proofs.DealRoot(roots), Size: size, ShardSize: m.ShardSize,
		PricePerPeriod: proto.PriceFor(q.PricePerGiB, size), Periods: r.opt.Periods, Nonce: nonce,
		Deadline: big.NewInt(time.Now().Add(OfferTTL).Unix()),
	}
	terms.Collateral = new(big.Int).Mul(terms.Escrow(), big.NewInt(int64(q.CollateralBps)))
	terms.Collateral.Div(terms.Collateral, big.NewInt(10_000))
	if min := terms.MinCollateral(r.par); terms.Collateral.Cmp(min) < 0 {
		terms.Collateral = min
	}
	sig, err := r.dom.Sign(terms, r.key)
	if err != nil {
		return Offer{}, fmt.Errorf("sign deal terms: %w", err)
	}
	return Offer{Column: col, Segments: slices.Clone(segs), Terms: proto.FromTerms(terms), RenterSig: sig}, nil
}

// Deliver proposes the offer to farmer f and uploads its shards, read from src, and returns the
// farmer's signature of the terms, checked. The farmer accepts only a renter whose allowance covers
// the escrow, so Deliver raises it first if needed. Delivering the same offer again (after a failure or a
// crash) is allowed: the farmer keeps one copy of each shard.
func (r *Renter) Deliver(ctx context.Context, f chain.FarmerInfo, o Offer, m *manifest.Manifest, src pipeline.ShardSource) ([]byte, error) {
	if o.Terms.Farmer != f.Address {
		return nil, fmt.Errorf("%w: offer for farmer %s delivered to %s", ErrBadOffer, o.Terms.Farmer, f.Address)
	}
	refs, _, err := dealShards(m, o.Column, o.Segments)
	if err != nil {
		return nil, err
	}
	// The farmer checks that the market may take the escrow before it accepts the proposal. Until it
	// has answered, the escrow counts as proposed: deals submitted meanwhile (other columns, other
	// puts, repairs) leave the allowance covering every proposal in flight (see Submit).
	escrow := o.Escrow()
	r.fundMu.Lock()
	r.proposed.Add(r.proposed, escrow)
	err = r.allow(ctx, escrow, new(big.Int).Set(r.proposed))
	r.fundMu.Unlock()
	answered := func() {
		r.fundMu.Lock()
		r.proposed.Sub(r.proposed, escrow)
		r.fundMu.Unlock()
	}
	if err != nil {
		answered()
		return nil, err
	}
	prop := proto.Proposal{Terms: o.Terms, RenterSig: o.RenterSig, Shards: refs}
	var acc proto.ProposalAccepted
	err = r.control(ctx, f, proto.ProposeID, prop, &acc)
	answered()
	if err != nil {
		return nil, fmt.Errorf("propose: %w", err)
	}
	fsig, err := r.upload(ctx, f, acc.ID, o, m, src)
	if err != nil {
		return nil, fmt.Errorf("upload: %w", err)
	}
	if who, err := r.dom.Signer(o.Terms.Market(), fsig); err != nil || who != f.Address {
		return nil, fmt.Errorf("farmer's deal signature is not from %s", f.Address)
	}
	return fsig, nil
}

// Submit puts a delivered offer on chain and returns the deal's id. It first makes sure the market
// may take the escrow and still cover every proposal a farmer has yet to answer (approving more if
// the allowance falls short): deals are submitted one at a time, each after its own check, so a put
// and a repair running together never spend each other's allowance.
func (r *Renter) Submit(ctx context.Context, o Offer, farmerSig []byte) (uint64, error) {
	r.fundMu.Lock()
	defer r.fundMu.Unlock()
	t := o.Terms.Market()
	if err := r.allow(ctx, t.Escrow(), new(big.Int).Add(t.Escrow(), r.proposed)); err != nil {
		return 0, err
	}
	id, err := r.chain.CreateDeal(ctx, t, o.RenterSig, farmerSig)
	if err != nil {
		return 0, fmt.Errorf("create deal: %w", err)
	}
	return id, nil
}

// allow makes sure the market may take escrow from the renter now: the balance holds it, and the
// allowance is raised to cover (at least escrow) if it falls short (never lowered). The caller
// holds fundMu.
func (r *Renter) allow(ctx context.Context, escrow, cover *big.Int) error {
	bal, allowance, err := r.chain.Funds(ctx, r.addr)
	if err != nil {
		return err
	}
	if bal.Cmp(escrow) < 0 {
		return fmt.Errorf("%w: escrow of %s GRN needed, balance %s GRN", ErrFunds, market.FormatTokens(escrow), market.FormatTokens(bal))
	}
	if allowance.Cmp(cover) < 0 {
		if err := r.chain.Approve(ctx, cover); err != nil {
			return fmt.Errorf("renter: approve escrow: %w", err)
		}
	}
	return nil
}

// upload streams the offer's shards from src to the farmer and returns its deal signature.
func (r *Renter) upload(ctx context.Context, f chain.FarmerInfo, id string, o Offer, m *manifest.Manifest, src pipeline.ShardSource) ([]byte, error) {
	size := o.Terms.Size
	s, err := r.net.Open(ctx, f, proto.UploadID)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	if err := wire.Deadline(s, r.opt.Timeout+time.Duration(size/uint64(r.opt.BulkRate))*time.Second); err != nil {
		s.Reset()
		return nil, err
	}
	stop := context.AfterFunc(ctx, func() { s.Reset() })
	defer stop()
	if err := wire.WriteMsg(s, proto.UploadRequest{ID: id}); err != nil {
		s.Reset()
		return nil, err
	}
	// Read the answer while writing: a farmer that refuses early (unknown proposal, wrong peer, a
	// shard that does not match) answers before it has read everything, and must not leave us
	// blocked on a full stream window until the deadline.
	type answer struct {
		res proto.UploadResult
		err error
	}
	answered := make(chan answer, 1)
	go func() {
		var a answer
		a.err = wire.ReadResult(s, &a.res)
		answered <- a
	}()
	buf := make([]byte, 0, m.ShardSize)
	for _, seg := range o.Segments {
		select {
		case a := <-answered:
			s.Reset()
			if a.err == nil {
				a.err = errors.New("farmer answered before receiving every shard")
			}
			return nil, a.err
		default:
		}
		sh := m.Segments[seg].Shards[o.Column]
		data, err := src.GetShard(ctx, pipeline.ShardRef{Segment: seg, Index: o.Column, CID: sh.CID()}, buf[:0])
		if err != nil {
			s.Reset()
			return nil, fmt.Errorf("read shard to upload: %w", err)
		}
		if _, err := s.Write(data); err != nil {
			s.Reset()
			if a := <-answered; a.err != nil {
				return nil, a.err // the farmer's reason, if it gave one before the stream broke
			}
			return nil, fmt.Errorf("send segment %d: %w", seg, err)
		}
	}
	if err := s.CloseWrite(); err != nil {
		s.Reset()
		return nil, err
	}
	a := <-answered
	if a.err != nil {
		s.Reset()
		return nil, a.err
	}
	return a.res.FarmerSig, nil
}

// Audit asks farmer f for leaf `leaf` of deal `deal` with its Merkle path (the audit protocol). The
// answer is not checked here: the caller verifies it against the deal's root on chain. A farmer
// that has lost the data answers with wire.ErrCorrupt, one that holds no such deal with
// wire.ErrNotFound.
func (r *Renter) Audit(ctx context.Context, f chain.FarmerInfo, deal, leaf uint64) (proto.AuditResponse, error) {
	var resp proto.AuditResponse
	err := r.control(ctx, f, proto.AuditID, proto.AuditRequest{DealID: deal, Leaf: leaf}, &resp)
	return resp, err
}
