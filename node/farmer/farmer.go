// Package farmer serves Granary's agreement protocols on a farmer's libp2p host (RegisterAgreements:
// offer, store, revise, latest, prove; see agreements.go) and the downloads of the renters whose
// agreements hold a shard (Register).
//
// Every stream runs under a deadline (Limits.Control for a request and its answer, longer for bulk
// transfers, in proportion to their size), reads through node/wire's size caps, and counts against
// a per-protocol and a per-peer cap on concurrent streams. A stream that breaks the protocol
// (garbage, an oversized frame, a stall past its deadline, missing bytes) is reset; a request that
// is understood but declined is answered with a typed wire error; internal failures cross the wire
// as wire.CodeInternal without their text. A panicking handler resets its stream and is logged.
//
// A download first checks the retrieval authorization (wire.CodeUnauthorized), then that its renter
// holds the shard in one of its agreements, committed or staged (wire.CodeUnauthorized if only
// other renters do, wire.CodeNotFound if none does).
package farmer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/storage"
	"github.com/granary-network/granary/proofs"
)

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
	key    *ecdsa.PrivateKey
	addr   common.Address
	db     *leveldb.DB
	log    *slog.Logger
	limits Limits

	ctx    context.Context // cancelled by Close
	cancel context.CancelFunc
	wg     sync.WaitGroup // handlers in flight

	mu      sync.Mutex
	closed  bool
	host    host.Host
	streams map[network.Stream]bool // streams being served, reset on Close

	pinMu sync.Mutex
	pins  map[proofs.Hash]int // shards of store sessions in progress

	agree   atomic.Pointer[agreementSide] // set by RegisterAgreements
	exiting atomic.Bool                   // the farmer is leaving: no new agreements, no new data (SetExiting)
}

// New returns a farmer serving from store and signing with key (the account the
// farmer staked and announced with): RegisterAgreements serves the agreement protocols, Register the
// downloads of their renters. Its records go into db under "farmer/"; the caller owns store and db
// and closes them after the service.
func New(store *storage.Store, key *ecdsa.PrivateKey, db *leveldb.DB, opts ...Option) (*Service, error) {
	if store == nil || key == nil || db == nil {
		return nil, errors.New("farmer: missing store, key or database")
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := &Service{
		store: store, key: key, addr: crypto.PubkeyToAddress(key.PublicKey),
		db: db, log: slog.New(slog.DiscardHandler), limits: DefaultLimits(),
		ctx: ctx, cancel: cancel,
		pins: map[proofs.Hash]int{}, streams: map[network.Stream]bool{},
	}
	for _, o := range opts {
		o(s)
	}
	return s, nil
}

// Address returns the farmer's account.
func (s *Service) Address() common.Address { return s.addr }

// SetExiting starts (or, with false, calls off) the farmer's exit: while it is exiting it refuses
// offers and every store session and revision that would add data or move an agreement's end
// (proto.ReasonExiting), and still co-signs revisions that only remove shards, serves downloads and
// proofs. The exit itself is announced on chain as capacity 0 (chain.FarmerInfo.Exiting) and
// recorded in the data directory (MarkExiting); AgreementPolicy.Exiting sets it at registration.
func (s *Service) SetExiting(on bool) {
	if s.exiting.Swap(on) != on {
		s.log.Info("farmer exit", "exiting", on)
	}
}

// Exiting reports whether the farmer is exiting (SetExiting).
func (s *Service) Exiting() bool { return s.exiting.Load() }

// Register serves downloads on h.
func (s *Service) Register(h host.Host) {
	s.mu.Lock()
	s.host = h
	s.mu.Unlock()
	h.SetStreamHandler(proto.DownloadID, s.handler(proto.DownloadID, s.download))
}

var protocols = []protocol.ID{proto.DownloadID}

// Close stops serving: it removes the handlers (the agreement protocols' too), resets the streams in
// flight and waits for their handlers and the staging collector. Staged shards stay staged until
// their expiry.
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
	s.mu.Unlock()
	s.cancel()
	s.wg.Wait()
	return nil
}
