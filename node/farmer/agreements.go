package farmer

// The agreement protocols (AgreementMarket), served by the Service:
//
//	offer   signed OpenTerms with a fresh nonce (a counter persisted in leveldb)
//	store   a pipelined session of shards, each verified against its root, stored and "staged"
//	        under the agreement until a revision commits it or its TTL expires
//	revise  the farmer's co-signature of the next revision, after market.CheckProposed, the staged
//	        shards, the escrow (market.CoversRevision) and the collateral's size cap
//	latest  the newest co-signed revision and its shards, to the agreement's renter
//	prove   one leaf of the newest revision with its paths, to anyone
//	anchor  the renter's catalogue anchor for the agreement, kept and returned by latest (anchor.go)
//
// and downloads (DownloadID) for renters holding a shard in any of their agreements here.
//
// Records, in the service's leveldb under "farmer/agree/":
//
//	nonce                      the next offer nonce (uint64, big-endian)
//	rec/<id>                   JSON agreementRecord: terms, newest SignedRevision, shard list
//	stage/<id><root>           JSON stagedShard: leaves and expiry of a stored, unrevised shard
//	ref/<root><id><kind>       index shard → agreements holding it: kind 'c' committed, 's' staged
//
// Every revision is written in one synced batch with its index changes; shards a revision removes
// are held until the chain holds that revision (a renter may challenge against the revision on chain;
// see chainat.go: hist/ and held/ records), and staged shards that expire are dropped; either is
// deleted from the store only when no agreement, no hold, no staging and no transfer in progress
// holds it.

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/storage"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// AgreementChain is what the farmer reads of the AgreementMarket (*chain.AgreementClient provides it).
type AgreementChain interface {
	// Agreement reads an agreement.
	Agreement(ctx context.Context, id uint64) (chain.AgreementInfo, error)
	// CurrentPeriod returns the period of the latest block.
	CurrentPeriod(ctx context.Context) (uint32, error)
	// Farmer reads a farmer's on-chain state (Stake is its free stake).
	Farmer(ctx context.Context, a common.Address) (chain.FarmerInfo, error)
}

// Agreement statuses on chain (AgreementInfo.Status).
const (
	statusOpen = 1
)

// AgreementPolicy is the farmer's offer for agreements.
type AgreementPolicy struct {
	PricePerGiB       *big.Int      // per GiB per period, in token base units
	MinPeriods        uint32        // least periods from the current one to an agreement's end
	MaxPeriods        uint32        // most periods from the current one to an agreement's end (offers and revisions)
	CollateralPeriods uint32        // collateral = Rate(price, maxBytes/256) × CollateralPeriods (at least 1 base unit)
	StageTTL          time.Duration // how long a stored, unrevised shard is kept (default 1 h)
	MaxShard          uint64        // largest shard of a store session, whole leaves (default storage.MaxShardSize)
	Exiting           bool          // the farmer is exiting from the start (Service.SetExiting): no new agreements, no new data
	// Now is the clock of offers' deadlines and stagings' expiry (nil: time.Now); tests set it.
	Now func() time.Time
}

func (p *AgreementPolicy) fill() error {
	if p.PricePerGiB == nil || p.PricePerGiB.Sign() < 0 {
		return errors.New("farmer: agreement policy price must be set and non-negative")
	}
	if p.MinPeriods == 0 || p.MinPeriods > p.MaxPeriods {
		return fmt.Errorf("farmer: agreement policy periods [%d, %d] empty or starting at 0", p.MinPeriods, p.MaxPeriods)
	}
	if p.CollateralPeriods == 0 {
		return errors.New("farmer: agreement policy needs collateral periods")
	}
	if p.StageTTL <= 0 {
		p.StageTTL = time.Hour
	}
	if p.MaxShard == 0 {
		p.MaxShard = storage.MaxShardSize
	}
	if p.MaxShard%proofs.LeafSize != 0 || p.MaxShard > storage.MaxShardSize {
		return fmt.Errorf("farmer: agreement policy shard cap %d is not whole leaves up to %d", p.MaxShard, storage.MaxShardSize)
	}
	if p.Now == nil {
		p.Now = time.Now
	}
	return nil
}

// collateralFor returns the collateral of an agreement of up to maxBytes.
func (p AgreementPolicy) collateralFor(maxBytes uint64) *big.Int {
	leaves := maxBytes/proofs.LeafSize + min(maxBytes%proofs.LeafSize, 1)
	c := new(big.Int).Mul(market.Rate(p.PricePerGiB, leaves), big.NewInt(int64(p.CollateralPeriods)))
	if c.Sign() == 0 {
		c.SetInt64(1)
	}
	return c
}

// agreementSide is the agreement half of a Service, set by RegisterAgreements.
type agreementSide struct {
	ac     AgreementChain
	dom    market.AgreementDomain
	sch    market.AgreementSchedule
	pol    AgreementPolicy
	host   host.Host
	nonceM sync.Mutex

	agMu sync.Mutex
	ags  map[uint64]*agreement // loaded agreements
}

// agreement is one agreement the farmer serves. renter and the terms never change; state and the
// records are guarded by mu (one revision, or staging write, at a time).
type agreement struct {
	id                uint64
	renter            common.Address
	collateral        *big.Int
	collateralPeriods uint32

	mu     sync.Mutex
	state  *market.AgreementState
	staged uint64 // leaves staged (or being received) and not yet in a revision
	held   uint64 // leaves removed by revisions the chain does not hold yet (still on disk)

	chainAt    uint64 // the revision number the chain was last seen holding (ChainAt)
	chainKnown bool
}

// backs reports whether the agreement's collateral backs leaves of data at its price: the size cap
// of its revisions, and of what it may stage beside them.
func (a *agreement) backs(leaves uint64) bool {
	if leaves == 0 {
		return true
	}
	r := new(big.Int).Mul(market.Rate(a.state.PricePerGiB, leaves), big.NewInt(int64(a.collateralPeriods)))
	return r.Cmp(a.collateral) <= 0
}

// reserveStaging counts leaves about to be received under a, refusing (ReasonSize) what would take
// the agreement's committed and staged data beyond what its collateral backs: a renter cannot park
// more unpaid data on the farmer's disk than its agreement could ever hold.
func (a *agreement) reserveStaging(leaves uint64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if total := a.state.Tree.Leaves() + a.staged + a.held + leaves; !a.backs(total) {
		return refuse(proto.ReasonSize, "agreement %d would hold %d leaves with those staged and those removed but not yet posted, more than its collateral %v backs",
			a.id, total, a.collateral)
	}
	a.staged += leaves
	return nil
}

// unstageLocked takes leaves off the staged count (a.mu held).
func (a *agreement) unstageLocked(leaves uint64) { a.staged -= min(a.staged, leaves) }

// Keys of the agreement records.
const (
	agreePrefix = "farmer/agree/"
	nonceKey    = agreePrefix + "nonce"
	recPrefix   = agreePrefix + "rec/"
	stagePrefix = agreePrefix + "stage/"
	refPrefix   = agreePrefix + "ref/"

	refCommitted = 'c'
	refStaged    = 's'
)

func recKey(id uint64) []byte { return binary.BigEndian.AppendUint64([]byte(recPrefix), id) }

func stageKey(id uint64, root proofs.Hash) []byte {
	return append(binary.BigEndian.AppendUint64([]byte(stagePrefix), id), root[:]...)
}

func refKey(root proofs.Hash, id uint64, kind byte) []byte {
	return append(binary.BigEndian.AppendUint64(append([]byte(refPrefix), root[:]...), id), kind)
}

// agreementRecord is an agreement as persisted: its terms and newest co-signed revision with the
// shards it holds (the tree is rebuilt from them).
type agreementRecord struct {
	ID                uint64             `json:"id"`
	Renter            common.Address     `json:"renter"`
	Farmer            common.Address     `json:"farmer"`
	PricePerGiB       *big.Int           `json:"pricePerGiB"`
	Collateral        *big.Int           `json:"collateral"`
	CollateralPeriods uint32             `json:"collateralPeriods"`
	Revision          proto.RevisionMsg  `json:"revision"`
	RenterSig         []byte             `json:"renterSig,omitempty"`
	FarmerSig         []byte             `json:"farmerSig,omitempty"`
	Shards            []proto.ShardEntry `json:"shards"`
}

// stagedShard is a stored shard waiting for a revision of its agreement.
type stagedShard struct {
	Leaves  uint64 `json:"leaves"`
	Expires int64  `json:"expires"` // unix nanoseconds
}

func (a *agreement) record(st *market.AgreementState) agreementRecord {
	shards := st.Tree.List()
	entries := make([]proto.ShardEntry, len(shards))
	for i, sh := range shards {
		entries[i] = proto.ShardEntry{Root: sh.Root, Leaves: sh.Leaves}
	}
	return agreementRecord{ID: a.id, Renter: st.Renter, Farmer: st.Farmer, PricePerGiB: st.PricePerGiB, Collateral: a.collateral,
		CollateralPeriods: a.collateralPeriods, Revision: proto.FromRevision(st.Latest.Revision),
		RenterSig: st.Latest.RenterSig, FarmerSig: st.Latest.FarmerSig, Shards: entries}
}

func loadRecord(v []byte) (*agreement, error) {
	var r agreementRecord
	if err := json.Unmarshal(v, &r); err != nil {
		return nil, fmt.Errorf("decode agreement record: %w", err)
	}
	shards := make([]proofs.Shard, len(r.Shards))
	for i, e := range r.Shards {
		shards[i] = e.Shard()
	}
	tree, err := proofs.NewAgreement(shards)
	if err != nil {
		return nil, fmt.Errorf("agreement record %d: %w", r.ID, err)
	}
	rev := r.Revision.Market()
	if r.PricePerGiB == nil || r.Collateral == nil || tree.Root() != rev.Root || tree.Shards() != rev.Shards || tree.Leaves() != rev.Leaves {
		return nil, fmt.Errorf("agreement record %d: shards do not make revision %d", r.ID, rev.Number)
	}
	st := &market.AgreementState{ID: r.ID, Renter: r.Renter, Farmer: r.Farmer, PricePerGiB: r.PricePerGiB,
		Latest: market.SignedRevision{Revision: rev, RenterSig: r.RenterSig, FarmerSig: r.FarmerSig}, Tree: tree}
	return &agreement{id: r.ID, renter: r.Renter, collateral: r.Collateral, collateralPeriods: r.CollateralPeriods, state: st}, nil
}

// RegisterAgreements serves the agreement protocols on h (offer, store, revise, latest, prove) and
// lets agreement renters download their shards through the download protocol (Register). ac
// reads the AgreementMarket deployed under dom with schedule sch. It loads the agreements recorded
// in the database and drops staged shards that expired while the farmer was down, then keeps doing
// so on a timer. Call it once, after New (and Register, for downloads).
func (s *Service) RegisterAgreements(h host.Host, ac AgreementChain, dom market.AgreementDomain, sch market.AgreementSchedule, pol AgreementPolicy) error {
	if h == nil || ac == nil || dom.ChainID == nil {
		return errors.New("farmer: agreements need a host, a chain and a domain")
	}
	if err := pol.fill(); err != nil {
		return err
	}
	ag := &agreementSide{ac: ac, dom: dom, sch: sch, pol: pol, host: h, ags: map[uint64]*agreement{}}
	it := s.db.NewIterator(util.BytesPrefix([]byte(recPrefix)), nil)
	for it.Next() {
		a, err := loadRecord(it.Value())
		if err != nil {
			it.Release()
			return fmt.Errorf("farmer: %w", err)
		}
		ag.ags[a.id] = a
	}
	it.Release()
	if err := it.Error(); err != nil {
		return fmt.Errorf("farmer: read agreement records: %w", err)
	}
	it = s.db.NewIterator(util.BytesPrefix([]byte(stagePrefix)), nil)
	for it.Next() {
		var st stagedShard
		k := it.Key()[len(stagePrefix):]
		if len(k) == 8+32 && json.Unmarshal(it.Value(), &st) == nil {
			if a := ag.ags[binary.BigEndian.Uint64(k)]; a != nil {
				a.staged += st.Leaves
			}
		}
	}
	it.Release()
	if err := it.Error(); err != nil {
		return fmt.Errorf("farmer: read staging records: %w", err)
	}
	it = s.db.NewIterator(util.BytesPrefix([]byte(heldPrefix)), nil)
	for it.Next() {
		k := it.Key()[len(heldPrefix):]
		if v := it.Value(); len(k) == 32+8+8 && len(v) == 8 {
			if a := ag.ags[binary.BigEndian.Uint64(k[32:40])]; a != nil {
				a.held += binary.BigEndian.Uint64(v)
			}
		}
	}
	it.Release()
	if err := it.Error(); err != nil {
		return fmt.Errorf("farmer: read held shards: %w", err)
	}
	s.mu.Lock()
	if s.closed || s.agree.Load() != nil {
		s.mu.Unlock()
		return errors.New("farmer: closed, or agreements already registered")
	}
	s.agree.Store(ag)
	if pol.Exiting {
		s.exiting.Store(true)
	}
	s.wg.Add(1)
	s.mu.Unlock()
	s.collectStaged(pol.Now())
	go s.stageCollector()

	h.SetStreamHandler(proto.OfferID, s.handler(proto.OfferID, s.offer))
	h.SetStreamHandler(proto.StoreID, s.handler(proto.StoreID, s.storeSession))
	h.SetStreamHandler(proto.ReviseID, s.handler(proto.ReviseID, s.revise))
	h.SetStreamHandler(proto.LatestID, s.handler(proto.LatestID, s.latest))
	h.SetStreamHandler(proto.ProveID, s.handler(proto.ProveID, s.proveAgreement))
	h.SetStreamHandler(proto.AnchorID, s.handler(proto.AnchorID, s.anchor))
	return nil
}

var agreementProtocols = []protocol.ID{proto.OfferID, proto.StoreID, proto.ReviseID, proto.LatestID, proto.ProveID, proto.AnchorID}

// stageCollector drops expired staged shards every quarter of the staging TTL until Close.
func (s *Service) stageCollector() {
	defer s.wg.Done()
	pol := s.agree.Load().pol
	every := max(pol.StageTTL/4, time.Second)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-t.C:
			s.collectStaged(pol.Now())
		}
	}
}

// collectStaged drops the stagings expired at now and deletes their shards when nothing else
// holds them.
func (s *Service) collectStaged(now time.Time) {
	type key struct {
		id   uint64
		root proofs.Hash
	}
	var expired []key
	it := s.db.NewIterator(util.BytesPrefix([]byte(stagePrefix)), nil)
	for it.Next() {
		k := it.Key()[len(stagePrefix):]
		var st stagedShard
		if len(k) != 8+32 || json.Unmarshal(it.Value(), &st) != nil {
			s.log.Error("bad staging record", "key", fmt.Sprintf("%x", it.Key()))
			continue
		}
		if st.Expires <= now.UnixNano() {
			var e key
			e.id = binary.BigEndian.Uint64(k)
			copy(e.root[:], k[8:])
			expired = append(expired, e)
		}
	}
	it.Release()
	var dropped []proofs.Hash
	for _, e := range expired {
		a := s.loaded(e.id)
		if a == nil {
			continue
		}
		a.mu.Lock()
		st, ok, err := s.staged(e.id, e.root)
		if err == nil && ok && st.Expires <= now.UnixNano() {
			b := new(leveldb.Batch)
			b.Delete(stageKey(e.id, e.root))
			b.Delete(refKey(e.root, e.id, refStaged))
			err = s.db.Write(b, &opt.WriteOptions{Sync: true})
			if err == nil {
				a.unstageLocked(st.Leaves)
				dropped = append(dropped, e.root)
			}
		}
		a.mu.Unlock()
		if err != nil {
			s.log.Error("drop expired staging", "agreement", e.id, "root", e.root, "err", err)
		}
	}
	if len(dropped) > 0 {
		s.log.Info("expired staged shards dropped", "shards", len(dropped))
		s.dropUnreferenced(dropped)
	}
}

// staged reads the staging of root under agreement id.
func (s *Service) staged(id uint64, root proofs.Hash) (stagedShard, bool, error) {
	v, err := s.db.Get(stageKey(id, root), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return stagedShard{}, false, nil
	} else if err != nil {
		return stagedShard{}, false, fmt.Errorf("farmer: read staging: %w", err)
	}
	var st stagedShard
	if err := json.Unmarshal(v, &st); err != nil {
		return stagedShard{}, false, fmt.Errorf("farmer: decode staging: %w", err)
	}
	return st, true, nil
}

// dropUnreferenced deletes shards that no agreement, staging nor transfer in progress holds.
func (s *Service) dropUnreferenced(roots []proofs.Hash) {
	s.pinMu.Lock()
	defer s.pinMu.Unlock()
	for _, r := range unique(roots) {
		if s.pins[r] > 0 {
			continue
		}
		if held, err := s.referenced(r); err != nil || held {
			continue
		}
		if err := s.store.Delete(r); err != nil && !errors.Is(err, storage.ErrNotFound) {
			s.log.Error("delete unreferenced shard", "root", r, "err", err)
		}
	}
}

// loaded returns a loaded agreement, or nil.
func (s *Service) loaded(id uint64) *agreement {
	ag := s.agree.Load()
	if ag == nil {
		return nil
	}
	ag.agMu.Lock()
	defer ag.agMu.Unlock()
	return ag.ags[id]
}

// agreementFor returns agreement id, loading it on first use from the chain (info, read by the
// caller): it must be open and with this farmer. Its record (revision 0) is persisted.
func (s *Service) agreementFor(info chain.AgreementInfo) (*agreement, error) {
	if a := s.loaded(info.ID); a != nil {
		return a, nil
	}
	if info.Farmer != s.addr || info.Status != statusOpen {
		return nil, refuse(proto.ReasonAgreement, "agreement %d is not an open agreement with this farmer", info.ID)
	}
	if info.PricePerGiB == nil || info.Collateral == nil {
		return nil, fmt.Errorf("agreement %d read without price or collateral", info.ID)
	}
	ag := s.agree.Load()
	a := &agreement{id: info.ID, renter: info.Renter, collateral: new(big.Int).Set(info.Collateral), collateralPeriods: ag.pol.CollateralPeriods,
		state: market.NewAgreementState(info.ID, info.Renter, info.Farmer, info.PricePerGiB, info.EndPeriod)}
	ag.agMu.Lock()
	defer ag.agMu.Unlock()
	if old := ag.ags[info.ID]; old != nil {
		return old, nil
	}
	v, err := json.Marshal(a.record(a.state))
	if err != nil {
		return nil, fmt.Errorf("farmer: encode agreement record: %w", err)
	}
	if err := s.db.Put(recKey(info.ID), v, &opt.WriteOptions{Sync: true}); err != nil {
		return nil, fmt.Errorf("farmer: record agreement %d: %w", info.ID, err)
	}
	ag.ags[info.ID] = a
	s.log.Info("agreement taken up", "agreement", info.ID, "renter", info.Renter, "end", info.EndPeriod)
	return a, nil
}

// readAgreement reads agreement id from the chain under the control deadline.
func (s *Service) readAgreement(ctx context.Context, id uint64) (chain.AgreementInfo, uint32, error) {
	ctx, cancel := context.WithTimeout(ctx, s.limits.Control)
	defer cancel()
	info, err := s.agree.Load().ac.Agreement(ctx, id)
	if err != nil {
		return chain.AgreementInfo{}, 0, fmt.Errorf("read agreement %d: %w", id, err)
	}
	if info.ID != id {
		return chain.AgreementInfo{}, 0, refuse(proto.ReasonAgreement, "no agreement %d", id)
	}
	cur, err := s.agree.Load().ac.CurrentPeriod(ctx)
	if err != nil {
		return chain.AgreementInfo{}, 0, fmt.Errorf("read current period: %w", err)
	}
	return info, cur, nil
}

// authorize checks that the stream's peer acts for the agreement's renter.
func authorize(auth proto.RetrievalAuth, remote string, now time.Time, renter common.Address) error {
	if err := auth.Verify(remote, now.Unix()); err != nil {
		return wire.Errorf(wire.CodeUnauthorized, "", "authorization: %v", err)
	}
	if auth.Renter != renter {
		return wire.Errorf(wire.CodeUnauthorized, "", "authorization is for renter %s, not the agreement's", auth.Renter)
	}
	return nil
}

// agreementHolds reports whether renter holds shard in one of its agreements here (committed or
// staged); known reports whether any agreement holds it.
func (s *Service) agreementHolds(shard proofs.Hash, renter common.Address) (held, known bool, err error) {
	it := s.db.NewIterator(util.BytesPrefix(append([]byte(refPrefix), shard[:]...)), nil)
	defer it.Release()
	for it.Next() {
		known = true
		k := it.Key()[len(refPrefix)+32:]
		if len(k) != 9 {
			continue
		}
		if a := s.loaded(binary.BigEndian.Uint64(k)); a != nil && a.renter == renter {
			return true, true, nil
		}
	}
	if err := it.Error(); err != nil {
		return false, false, fmt.Errorf("farmer: read agreement index: %w", err)
	}
	return false, known, nil
}

// AgreementStates returns a copy of every agreement's state (newest co-signed revision, tree
// cloned), for the heartbeat.
func (s *Service) AgreementStates() []*market.AgreementState {
	ag := s.agree.Load()
	if ag == nil {
		return nil
	}
	ag.agMu.Lock()
	ags := make([]*agreement, 0, len(ag.ags))
	for _, a := range ag.ags {
		ags = append(ags, a)
	}
	ag.agMu.Unlock()
	out := make([]*market.AgreementState, 0, len(ags))
	for _, a := range ags {
		a.mu.Lock()
		out = append(out, copyState(a.state))
		a.mu.Unlock()
	}
	return out
}

func copyState(st *market.AgreementState) *market.AgreementState {
	c := *st
	c.PricePerGiB = new(big.Int).Set(st.PricePerGiB)
	c.Latest.RenterSig = append([]byte(nil), st.Latest.RenterSig...)
	c.Latest.FarmerSig = append([]byte(nil), st.Latest.FarmerSig...)
	c.Tree = st.Tree.Clone()
	return &c
}

// ProofSource reads what a proof of a stored shard needs: its proof cache and the group of leaves
// holding the leaf. A group that no longer matches the cache is storage.ErrCorrupt, and the store
// marks the shard lost (Store.Prove does), so that it is no longer served or counted as held.
func (s *Service) ProofSource() proofs.ShardSource {
	return func(root proofs.Hash, leaf uint64) (*proofs.Cache, []byte, error) {
		c, err := s.store.Cache(root)
		if err != nil {
			return nil, nil, err
		}
		if leaf >= c.Leaves {
			return nil, nil, fmt.Errorf("%w: leaf %d of %d", storage.ErrBadRange, leaf, c.Leaves)
		}
		off, n := c.GroupRange(leaf)
		group, err := s.store.ReadAt(root, off, n)
		if err != nil {
			return nil, nil, err
		}
		if _, err := c.Prove(leaf, group); err != nil {
			if _, _, err := s.store.Prove(root, leaf); err != nil { // marks the shard lost
				return nil, nil, err
			}
			return nil, nil, fmt.Errorf("shard %x: %w: %v", root[:8], storage.ErrCorrupt, err)
		}
		return c, group, nil
	}
}
