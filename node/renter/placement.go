package renter

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
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
				sh.Farmer, sh.DealID = f.Address, id
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
	r, m := p.r, p.m
	q, err := r.Quote(ctx, f)
	if err != nil {
		return 0, fmt.Errorf("quote: %w", err)
	}
	if q.Farmer != f.Address {
		return 0, fmt.Errorf("quote signed for %s, farmer announced as %s", q.Farmer, f.Address)
	}
	shape := m.DealShape()
	size := shape.Leaves * proofs.LeafSize
	price := proto.PriceFor(q.PricePerGiB, size)
	if r.opt.MaxPricePerGiB != nil && q.PricePerGiB.Cmp(r.opt.MaxPricePerGiB) > 0 {
		return 0, fmt.Errorf("farmer now asks %s per GiB, above the limit %s", q.PricePerGiB, r.opt.MaxPricePerGiB)
	}
	nonce, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 255))
	if err != nil {
		return 0, err
	}
	terms := market.DealTerms{
		Renter: r.addr, Farmer: f.Address, Root: m.DealRoot(col), Size: size, ShardSize: m.ShardSize,
		PricePerPeriod: price, Periods: r.opt.Periods, Nonce: nonce,
		Deadline: big.NewInt(time.Now().Add(time.Hour).Unix()),
	}
	terms.Collateral = new(big.Int).Mul(terms.Escrow(), big.NewInt(int64(q.CollateralBps)))
	terms.Collateral.Div(terms.Collateral, big.NewInt(10_000))
	if min := terms.MinCollateral(r.par); terms.Collateral.Cmp(min) < 0 {
		terms.Collateral = min
	}
	sig, err := r.dom.Sign(terms, r.key)
	if err != nil {
		return 0, err
	}
	prop := proto.Proposal{Terms: proto.FromTerms(terms), RenterSig: sig}
	for s, seg := range m.Segments {
		prop.Shards = append(prop.Shards, proto.ShardRef{CID: seg.Shards[col].CID().String(), Size: m.ShardLen(s)})
	}
	var acc proto.ProposalAccepted
	if err := r.control(ctx, f, proto.ProposeID, prop, &acc); err != nil {
		return 0, fmt.Errorf("propose: %w", err)
	}
	fsig, err := p.upload(ctx, col, f, acc.ID, size)
	if err != nil {
		return 0, fmt.Errorf("upload: %w", err)
	}
	if who, err := r.dom.Signer(terms, fsig); err != nil || who != f.Address {
		return 0, fmt.Errorf("farmer's deal signature is not from %s", f.Address)
	}
	id, err := r.chain.CreateDeal(ctx, terms, sig, fsig)
	if err != nil {
		return 0, fmt.Errorf("create deal: %w", err)
	}
	return id, nil
}

// upload streams column col's shards from staging to the farmer and returns its deal signature.
func (p *placement) upload(ctx context.Context, col int, f chain.FarmerInfo, id string, size uint64) ([]byte, error) {
	r := p.r
	s, err := r.net.Open(ctx, f, proto.UploadID)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	if err := wire.Deadline(s, r.opt.Timeout+time.Duration(size/uint64(r.opt.BulkRate))*time.Second); err != nil {
		s.Reset()
		return nil, err
	}
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
	buf := make([]byte, 0, p.m.ShardSize)
	for seg := range p.m.Segments {
		select {
		case a := <-answered:
			s.Reset()
			if a.err == nil {
				a.err = errors.New("farmer answered before receiving every shard")
			}
			return nil, a.err
		default:
		}
		sh := p.m.Segments[seg].Shards[col]
		data, err := p.staged.GetShard(ctx, pipeline.ShardRef{Segment: seg, Index: col, CID: sh.CID()}, buf[:0])
		if err != nil {
			s.Reset()
			return nil, fmt.Errorf("read staged shard: %w", err)
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
