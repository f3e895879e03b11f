// Package farmer serves Granary's five protocols on a farmer's libp2p host: it quotes its offer,
// accepts or refuses deal proposals against its policy and the chain, receives and verifies the
// shards of accepted proposals and signs their terms, serves shards to the renters that hold them,
// and answers audits with proofs from its shard store.
//
// Every stream runs under a deadline (Limits.Control for a request and its answer, longer for bulk
// transfers, in proportion to their size), reads through node/wire's size caps, and counts against
// a per-protocol and a per-peer cap on concurrent streams. A stream that breaks the protocol
// (garbage, an oversized frame, a stall past its deadline, missing bytes) is reset; a request that
// is understood but declined is answered with a typed wire error; internal failures cross the wire
// as wire.CodeInternal without their text. A panicking handler resets its stream and is logged.
//
// Proposals and uploads: an accepted proposal holds its space in the store for Policy.ProposalTTL
// and may be uploaded once, by the peer that proposed it; a failed upload needs a new proposal.
// Once it has found the proposal, the farmer reads the whole upload before answering, even when a
// shard does not match its root, so an uploader may write every byte before reading the answer.
//
// Deal records: once an upload is stored and signed, the farmer records the deal (terms, shards,
// signatures) in its leveldb under "farmer/", with an index from each shard to the renters holding
// it, which decides who may download it; audits find a record by the deal's on-chain root. A
// download first checks the retrieval authorization (wire.CodeUnauthorized), then that its renter
// holds the shard (wire.CodeUnauthorized if other renters do, wire.CodeNotFound if none does).
package farmer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/storage"
	"github.com/granary-network/granary/proofs"
)

// Chain is what the farmer reads from the chain (*chain.Client provides it).
type Chain interface {
	// Funds returns an account's token balance and its allowance to the market.
	Funds(ctx context.Context, a common.Address) (balance, allowance *big.Int, err error)
	// Farmer reads a farmer's on-chain state (stake, announced capacity).
	Farmer(ctx context.Context, a common.Address) (chain.FarmerInfo, error)
	// Deal reads a deal.
	Deal(ctx context.Context, id uint64) (bindings.StorageMarketDeal, error)
}

var _ Chain = (*chain.Client)(nil)

// Market is the deployed market the farmer signs deals for: its EIP-712 domain and its parameters
// (a chain.Client's Domain and Params).
type Market struct {
	Domain market.Domain
	Params market.Params
}

// Policy is the farmer's offer; proposals outside it are refused.
type Policy struct {
	PricePerGiB   *big.Int      // least price per GiB per period, in token base units
	MinPeriods    uint32        // shortest deal, in periods (≥ 1)
	MaxPeriods    uint32        // longest deal, in periods
	MaxDealSize   uint64        // largest deal, in bytes
	MaxShardSize  uint64        // largest shard, in bytes (≤ storage.MaxShardSize)
	CollateralBps uint32        // most collateral the farmer posts: escrow × bps / 10⁴
	ProposalTTL   time.Duration // how long an accepted proposal waits for its upload, holding its space
}

// Validate checks the policy is usable.
func (p Policy) Validate() error {
	switch {
	case p.PricePerGiB == nil || p.PricePerGiB.Sign() < 0:
		return errors.New("farmer: policy price must be set and non-negative")
	case p.MinPeriods == 0 || p.MinPeriods > p.MaxPeriods:
		return fmt.Errorf("farmer: policy periods [%d, %d] empty or starting at 0", p.MinPeriods, p.MaxPeriods)
	case p.MaxDealSize == 0 || p.MaxDealSize > 1<<62:
		return fmt.Errorf("farmer: policy deal size %d outside (0, 2^62]", p.MaxDealSize)
	case p.MaxShardSize == 0 || p.MaxShardSize > storage.MaxShardSize:
		return fmt.Errorf("farmer: policy shard size %d outside (0, %d]", p.MaxShardSize, storage.MaxShardSize)
	case p.ProposalTTL <= 0:
		return errors.New("farmer: policy proposal TTL must be positive")
	}
	return nil
}

// Limits bound what one stream may take of the farmer.
type Limits struct {
	Control        time.Duration // deadline of a request and its answer (default 30 s)
	MinRate        int64         // bytes/s a bulk transfer must sustain; its deadline is Control + size/MinRate (default 256 KiB/s)
	Streams        int           // concurrent streams per protocol (default 64)
	StreamsPerPeer int           // concurrent streams per protocol from one peer (default 8)
}

// DefaultLimits are the limits used unless WithLimits says otherwise.
func DefaultLimits() Limits {
	return Limits{Control: 30 * time.Second, MinRate: 256 << 10, Streams: 64, StreamsPerPeer: 8}
}

// bulk returns the deadline of a transfer of n bytes.
func (l Limits) bulk(n uint64) time.Duration {
	return l.Control + time.Duration(float64(n)/float64(l.MinRate)*float64(time.Second))
}

// Option configures a Service.
type Option func(*Service)

// WithLogger sets the service's logger (default: discard).
func WithLogger(l *slog.Logger) Option { return func(s *Service) { s.log = l } }

// WithLimits sets the stream limits; zero fields keep their defaults.
func WithLimits(l Limits) Option {
	return func(s *Service) {
		d := DefaultLimits()
		if l.Control > 0 {
			d.Control = l.Control
		}
		if l.MinRate > 0 {
			d.MinRate = l.MinRate
		}
		if l.Streams > 0 {
			d.Streams = l.Streams
		}
		if l.StreamsPerPeer > 0 {
			d.StreamsPerPeer = l.StreamsPerPeer
		}
		s.limits = d
	}
}

// Service serves the farmer's protocols.
type Service struct {
	store  *storage.Store
	chain  Chain
	market Market
	key    *ecdsa.PrivateKey
	addr   common.Address
	policy Policy
	db     *leveldb.DB
	log    *slog.Logger
	limits Limits

	ctx    context.Context // cancelled by Close
	cancel context.CancelFunc
	wg     sync.WaitGroup // handlers in flight

	mu      sync.Mutex
	closed  bool
	host    host.Host
	pending map[string]*pending     // accepted proposals waiting for their upload
	streams map[network.Stream]bool // streams being served, reset on Close

	pinMu sync.Mutex
	pins  map[proofs.Hash]int // shards of uploads and store sessions in progress

	agree atomic.Pointer[agreementSide] // set by RegisterAgreements
}

// New returns a farmer serving from store, deciding with policy, and signing deals with key (the
// account the farmer staked and announced with). Its deal records go into db under "farmer/"; the
// caller owns store and db and closes them after the service.
func New(store *storage.Store, ch Chain, mkt Market, key *ecdsa.PrivateKey, policy Policy, db *leveldb.DB, opts ...Option) (*Service, error) {
	if store == nil || ch == nil || key == nil || db == nil || mkt.Domain.ChainID == nil || mkt.Params.MinStake == nil {
		return nil, errors.New("farmer: missing store, chain, market, key or database")
	}
	if err := policy.Validate(); err != nil {
		return nil, err
	}
	if policy.CollateralBps < mkt.Params.MinCollateralBps {
		return nil, fmt.Errorf("farmer: policy posts collateral of %d bps, the market asks at least %d: every deal would be refused",
			policy.CollateralBps, mkt.Params.MinCollateralBps)
	}
	return newService(store, ch, mkt, key, policy, db, opts...), nil
}

// NewAgreementsOnly returns a farmer that serves only agreements (RegisterAgreements) and the
// downloads of their renters (Register serves just the download protocol): no deal market.
// (Stage 1 of moving the node to AgreementMarket; the deal protocols go in stage 2.)
func NewAgreementsOnly(store *storage.Store, key *ecdsa.PrivateKey, db *leveldb.DB, opts ...Option) (*Service, error) {
	if store == nil || key == nil || db == nil {
		return nil, errors.New("farmer: missing store, key or database")
	}
	return newService(store, nil, Market{}, key, Policy{}, db, opts...), nil
}

func newService(store *storage.Store, ch Chain, mkt Market, key *ecdsa.PrivateKey, policy Policy, db *leveldb.DB, opts ...Option) *Service {
	ctx, cancel := context.WithCancel(context.Background())
	s := &Service{
		store: store, chain: ch, market: mkt, key: key, addr: crypto.PubkeyToAddress(key.PublicKey),
		policy: policy, db: db, log: slog.New(slog.DiscardHandler), limits: DefaultLimits(),
		ctx: ctx, cancel: cancel,
		pending: map[string]*pending{}, pins: map[proofs.Hash]int{}, streams: map[network.Stream]bool{},
	}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Address returns the farmer's account.
func (s *Service) Address() common.Address { return s.addr }

// Register serves the five protocols on h.
func (s *Service) Register(h host.Host) {
	s.mu.Lock()
	s.host = h
	s.mu.Unlock()
	h.SetStreamHandler(proto.DownloadID, s.handler(proto.DownloadID, s.download))
	if s.chain == nil { // agreements only
		return
	}
	h.SetStreamHandler(proto.QuoteID, s.handler(proto.QuoteID, s.quote))
	h.SetStreamHandler(proto.ProposeID, s.handler(proto.ProposeID, s.propose))
	h.SetStreamHandler(proto.UploadID, s.handler(proto.UploadID, s.upload))
	h.SetStreamHandler(proto.AuditID, s.handler(proto.AuditID, s.audit))
}

var protocols = []protocol.ID{proto.QuoteID, proto.ProposeID, proto.UploadID, proto.DownloadID, proto.AuditID}

// Close stops serving: it removes the handlers (the agreement protocols' too), resets the streams in
// flight and waits for their handlers and the staging collector, and releases the space held for
// accepted proposals. Staged shards stay staged until their expiry.
func (s *Service) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	if s.host != nil {
		for _, p := range protocols {
			s.host.RemoveStreamHandler(p)
		}
	}
	if ag := s.agree.Load(); ag != nil {
		for _, p := range agreementProtocols {
			ag.host.RemoveStreamHandler(p)
		}
	}
	for st := range s.streams {
		st.Reset()
	}
	for id, p := range s.pending {
		p.timer.Stop()
		p.res.Release()
		delete(s.pending, id)
	}
	s.mu.Unlock()
	s.cancel()
	s.wg.Wait()
	return nil
}
