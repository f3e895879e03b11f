package farmer

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/storage"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// pending is an accepted proposal waiting for its upload; it holds its space in the store until
// the upload starts or the proposal expires.
type pending struct {
	id    string
	peer  peer.ID // who proposed; only it may upload
	prop  proto.Proposal
	roots []proofs.Hash // shard roots, in order
	res   *storage.Reservation
	timer *time.Timer // expires the proposal
}

func refuse(reason, format string, args ...any) error {
	return wire.Errorf(wire.CodeRefused, reason, format, args...)
}

func (s *Service) quote(ctx context.Context, st network.Stream) error {
	var req proto.QuoteRequest
	if err := readRequest(st, &req); err != nil {
		return err
	}
	q, err := s.Quote(ctx)
	if err != nil {
		return err
	}
	return reply(st, q)
}

// Quote returns the farmer's current offer: its policy, free space and free stake.
func (s *Service) Quote(ctx context.Context) (proto.Quote, error) {
	ctx, cancel := context.WithTimeout(ctx, s.limits.Control)
	defer cancel()
	info, err := s.chain.Farmer(ctx, s.addr)
	if err != nil {
		return proto.Quote{}, fmt.Errorf("quote: %w", err)
	}
	free := s.store.Free()
	if free < 0 {
		free = 0
	}
	return proto.Quote{
		Farmer: s.addr, ChainID: s.market.Domain.ChainID.Uint64(), Market: s.market.Domain.Market,
		PricePerGiB: new(big.Int).Set(s.policy.PricePerGiB), FreeBytes: uint64(free), Stake: info.Stake,
		MinPeriods: s.policy.MinPeriods, MaxPeriods: s.policy.MaxPeriods, MaxDealSize: s.policy.MaxDealSize,
		CollateralBps: s.policy.CollateralBps,
	}, nil
}

func (s *Service) propose(ctx context.Context, st network.Stream) error {
	var p proto.Proposal
	if err := readRequest(st, &p); err != nil { // also checks the proposal's own consistency
		return err
	}
	acc, err := s.accept(ctx, st.Conn().RemotePeer(), p)
	if err != nil {
		return err
	}
	return reply(st, acc)
}

// accept checks a (self-consistent) proposal from peer `from` and, if the farmer takes it, reserves
// its space and keeps it for ProposalTTL.
func (s *Service) accept(ctx context.Context, from peer.ID, p proto.Proposal) (proto.ProposalAccepted, error) {
	t := p.Terms.Market()
	if err := s.check(ctx, t, p.RenterSig); err != nil {
		return proto.ProposalAccepted{}, err
	}
	roots := make([]proofs.Hash, len(p.Shards))
	for i, sh := range p.Shards {
		r, err := sh.Root()
		if err != nil { // Validate already refused such a proposal
			return proto.ProposalAccepted{}, wire.Errorf(wire.CodeBadRequest, "", "shard %d: %v", i, err)
		}
		roots[i] = r
	}
	res, err := s.store.Reserve(int64(t.Size))
	if errors.Is(err, storage.ErrNoSpace) {
		return proto.ProposalAccepted{}, refuse(proto.ReasonCapacity, "%d bytes free, deal needs %d", max(s.store.Free(), 0), t.Size)
	} else if err != nil {
		return proto.ProposalAccepted{}, fmt.Errorf("reserve %d bytes: %w", t.Size, err)
	}
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		res.Release()
		return proto.ProposalAccepted{}, fmt.Errorf("proposal id: %w", err)
	}
	pd := &pending{id: hex.EncodeToString(b[:]), peer: from, prop: p, roots: roots, res: res}
	expires := time.Now().Add(s.policy.ProposalTTL)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		res.Release()
		return proto.ProposalAccepted{}, errors.New("farmer is closing")
	}
	pd.timer = time.AfterFunc(s.policy.ProposalTTL, func() { s.expire(pd.id) })
	s.pending[pd.id] = pd
	s.log.Info("proposal accepted", "id", pd.id, "renter", t.Renter, "size", t.Size, "periods", t.Periods)
	return proto.ProposalAccepted{ID: pd.id, Expires: expires.Unix()}, nil
}

// check applies the farmer's policy and the chain's state to deal terms signed with renterSig.
func (s *Service) check(ctx context.Context, t market.DealTerms, renterSig []byte) error {
	pol := s.policy
	if t.Farmer != s.addr {
		return refuse(proto.ReasonTerms, "terms name farmer %s, this is %s", t.Farmer, s.addr)
	}
	if signer, err := s.market.Domain.Signer(t, renterSig); err != nil || signer != t.Renter {
		return refuse(proto.ReasonSignature, "terms are not signed by renter %s", t.Renter)
	}
	if t.Deadline.Cmp(big.NewInt(time.Now().Unix())) <= 0 {
		return refuse(proto.ReasonExpired, "terms' deadline %v has passed", t.Deadline)
	}
	if t.Periods < pol.MinPeriods || t.Periods > pol.MaxPeriods {
		return refuse(proto.ReasonDuration, "%d periods, farmer takes %d to %d", t.Periods, pol.MinPeriods, pol.MaxPeriods)
	}
	if t.Size > pol.MaxDealSize {
		return refuse(proto.ReasonSize, "deal of %d bytes, farmer takes at most %d", t.Size, pol.MaxDealSize)
	}
	if t.ShardSize > pol.MaxShardSize {
		return refuse(proto.ReasonSize, "shards of %d bytes, farmer takes at most %d", t.ShardSize, pol.MaxShardSize)
	}
	if least := proto.PriceFor(pol.PricePerGiB, t.Size); t.PricePerPeriod.Cmp(least) < 0 {
		return refuse(proto.ReasonPrice, "%v per period offered, farmer asks %v", t.PricePerPeriod, least)
	}
	escrow := t.Escrow()
	offered := new(big.Int).Mul(escrow, big.NewInt(int64(pol.CollateralBps)))
	offered.Div(offered, big.NewInt(10_000))
	if t.Collateral.Cmp(offered) > 0 {
		return refuse(proto.ReasonCollateral, "collateral %v asked, farmer posts at most %v", t.Collateral, offered)
	}
	if least := t.MinCollateral(s.market.Params); t.Collateral.Cmp(least) < 0 {
		return refuse(proto.ReasonCollateral, "collateral %v is below the market's minimum %v", t.Collateral, least)
	}

	ctx, cancel := context.WithTimeout(ctx, s.limits.Control)
	defer cancel()
	info, err := s.chain.Farmer(ctx, s.addr)
	if err != nil {
		return fmt.Errorf("check proposal: %w", err)
	}
	if need := new(big.Int).Add(t.Collateral, s.market.Params.MinStake); info.Stake == nil || info.Stake.Cmp(need) < 0 {
		return refuse(proto.ReasonCollateral, "farmer's free stake %v cannot back collateral %v", info.Stake, t.Collateral)
	}
	if info.Free() < t.Size {
		return refuse(proto.ReasonCapacity, "farmer's announced capacity has %d bytes free, deal needs %d", info.Free(), t.Size)
	}
	bal, allowance, err := s.chain.Funds(ctx, t.Renter)
	if err != nil {
		return fmt.Errorf("check proposal: %w", err)
	}
	if bal.Cmp(escrow) < 0 || allowance.Cmp(escrow) < 0 {
		return refuse(proto.ReasonFunds, "renter's balance %v and allowance %v cannot pay escrow %v", bal, allowance, escrow)
	}
	return nil
}

// expire drops a proposal whose upload did not start in time.
func (s *Service) expire(id string) {
	s.mu.Lock()
	p, ok := s.pending[id]
	delete(s.pending, id)
	s.mu.Unlock()
	if ok {
		p.res.Release()
		s.log.Info("proposal expired", "id", id)
	}
}

// take hands an accepted proposal to its upload; it is then no longer pending.
func (s *Service) take(id string, from peer.ID) (*pending, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.pending[id]
	if !ok {
		return nil, wire.Errorf(wire.CodeNotFound, "", "no accepted proposal %q (unknown, expired or already uploaded)", id)
	}
	if p.peer != from {
		return nil, wire.Errorf(wire.CodeUnauthorized, "", "proposal %s was made by another peer", id)
	}
	p.timer.Stop()
	delete(s.pending, id)
	return p, nil
}
