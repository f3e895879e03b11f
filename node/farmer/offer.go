package farmer

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/proofs"
)

// OfferTTL is how long signed terms can be used to open an agreement.
const OfferTTL = time.Hour

func (s *Service) offer(ctx context.Context, st network.Stream) error {
	var req proto.OfferRequest
	if err := readRequest(st, &req); err != nil {
		return err
	}
	o, err := s.Offer(ctx, req)
	if err != nil {
		return err
	}
	return reply(st, o)
}

// Offer answers an offer request with terms signed for the renter, or refuses it (typed wire
// errors): the end outside the policy's periods, more bytes than are free, not enough free stake
// for the collateral beside the market's minimum stake, or a farmer that takes no new agreements.
func (s *Service) Offer(ctx context.Context, req proto.OfferRequest) (proto.AgreementOffer, error) {
	ag := s.agree.Load()
	if ag == nil {
		return proto.AgreementOffer{}, errors.New("farmer: agreements not registered")
	}
	pol := ag.pol
	if err := req.Validate(); err != nil {
		return proto.AgreementOffer{}, refuse(proto.ReasonTerms, "%v", err)
	}
	if s.exiting.Load() {
		return proto.AgreementOffer{}, refuse(proto.ReasonExiting, "farmer takes no new agreements")
	}
	ctx, cancel := context.WithTimeout(ctx, s.limits.Control)
	defer cancel()
	cur, err := ag.ac.CurrentPeriod(ctx)
	if err != nil {
		return proto.AgreementOffer{}, fmt.Errorf("offer: %w", err)
	}
	if req.EndPeriod < cur || req.EndPeriod-cur < pol.MinPeriods || req.EndPeriod-cur > pol.MaxPeriods {
		return proto.AgreementOffer{}, refuse(proto.ReasonDuration, "end period %d in period %d, farmer takes %d to %d periods",
			req.EndPeriod, cur, pol.MinPeriods, pol.MaxPeriods)
	}
	// An agreement's maxBytes is a ceiling its collateral backs, not space set aside: renters fill
	// agreements slowly, so the farmer offers up to its whole capacity while it has any room left,
	// and space is enforced when shards arrive (a full farmer refuses them, "capacity", and the renter
	// places that column elsewhere). Refusing offers above the space free today would shut a farmer
	// out after a few agreements whatever they hold.
	if c := s.store.Capacity(); req.MaxBytes > uint64(max(c, 0)) {
		return proto.AgreementOffer{}, refuse(proto.ReasonCapacity, "%d bytes asked, capacity is %d", req.MaxBytes, max(c, 0))
	}
	if free := s.store.Free(); free < proofs.LeafSize {
		return proto.AgreementOffer{}, refuse(proto.ReasonCapacity, "only %d bytes free", max(free, 0))
	}
	collateral := pol.collateralFor(req.MaxBytes)
	info, err := ag.ac.Farmer(ctx, s.addr)
	if err != nil {
		return proto.AgreementOffer{}, fmt.Errorf("offer: %w", err)
	}
	if info.Disqualified {
		return proto.AgreementOffer{}, refuse(proto.ReasonExiting, "farmer is disqualified")
	}
	need := new(big.Int).Set(collateral)
	if ag.sch.MinStake != nil {
		need.Add(need, ag.sch.MinStake)
	}
	if info.Stake == nil || info.Stake.Cmp(need) < 0 {
		return proto.AgreementOffer{}, refuse(proto.ReasonCollateral, "farmer's free stake %v cannot back collateral %v beside the minimum stake", info.Stake, collateral)
	}
	nonce, err := s.nextNonce()
	if err != nil {
		return proto.AgreementOffer{}, err
	}
	t := market.OpenTerms{Renter: req.Renter, Farmer: s.addr, PricePerGiB: new(big.Int).Set(pol.PricePerGiB), Collateral: collateral,
		EndPeriod: req.EndPeriod, Nonce: nonce, Deadline: offerDeadline(ag.sch, cur)}
	sig, err := ag.dom.SignOpen(t, s.key)
	if err != nil {
		return proto.AgreementOffer{}, fmt.Errorf("offer: %w", err)
	}
	s.log.Info("agreement offered", "renter", req.Renter, "end", req.EndPeriod, "maxBytes", req.MaxBytes, "nonce", nonce)
	return proto.AgreementOffer{Terms: proto.FromOpenTerms(t), FarmerSig: sig}, nil
}

// offerDeadline is when terms offered in period cur stop being usable, in chain time (the contract
// compares it with block.timestamp, which need not follow this machine's clock): OfferTTL after the
// end of the current period.
func offerDeadline(sch market.AgreementSchedule, cur uint32) uint64 {
	return sch.PeriodStart(cur+1) + uint64(OfferTTL/time.Second)
}

// nextNonce takes the next offer nonce from the persisted counter: no nonce is ever offered twice,
// across restarts.
func (s *Service) nextNonce() (uint64, error) {
	ag := s.agree.Load()
	ag.nonceM.Lock()
	defer ag.nonceM.Unlock()
	var n uint64
	v, err := s.db.Get([]byte(nonceKey), nil)
	switch {
	case errors.Is(err, leveldb.ErrNotFound):
	case err != nil:
		return 0, fmt.Errorf("farmer: read offer nonce: %w", err)
	case len(v) != 8:
		return 0, fmt.Errorf("farmer: offer nonce record of %d bytes", len(v))
	default:
		n = binary.BigEndian.Uint64(v)
	}
	if err := s.db.Put([]byte(nonceKey), binary.BigEndian.AppendUint64(nil, n+1), &opt.WriteOptions{Sync: true}); err != nil {
		return 0, fmt.Errorf("farmer: record offer nonce: %w", err)
	}
	return n, nil
}
