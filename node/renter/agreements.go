package renter

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// This file is the renter's client on AgreementMarket. The renter keeps one agreement with each
// farmer it places with, opened once on chain and then revised off chain: a put streams each column of shards to its farmer over a store
// session, and once every shard is acknowledged each farmer co-signs a revision adding its shards; a
// remove is one revision per agreement taking them out. No chain transaction once the agreements
// exist.

// AgreementChain is what the agreement client needs of the chain (chain.AgreementClient).
type AgreementChain interface {
	CurrentPeriod(ctx context.Context) (uint32, error)
	Agreement(ctx context.Context, id uint64) (chain.AgreementInfo, error)
	Open(ctx context.Context, t market.OpenTerms, farmerSig []byte, escrow *big.Int) (uint64, error)
	Deposit(ctx context.Context, id uint64, amount *big.Int) error
	Farmers(ctx context.Context) ([]chain.FarmerInfo, error)
	Farmer(ctx context.Context, a common.Address) (chain.FarmerInfo, error)
	// PostRevision posts a co-signed revision (CloseEmptied: the empty one, when the farmer's
	// heartbeat has not posted it yet).
	PostRevision(ctx context.Context, r market.SignedRevision) error
	// Close ends an open agreement whose revision on chain is empty (renter only, no penalty).
	Close(ctx context.Context, id uint64) error
	// Settle ends an agreement the contract lets end (SettleDue); HeadTime is the latest block's
	// timestamp.
	Settle(ctx context.Context, id uint64) error
	HeadTime(ctx context.Context) (uint64, error)
}

// Errors of the agreement client, returned wrapped.
var (
	// ErrOffer: a farmer's offer is not what was asked (renter, farmer, end, price, signature, deadline).
	ErrOffer = errors.New("renter: farmer's offer refused")
	// ErrPlacement: too few shards of some segment could be placed.
	ErrPlacement = errors.New("renter: too few shards placed")
	// ErrRevise: a farmer did not co-sign a revision (the put or remove did not happen).
	ErrRevise = errors.New("renter: revision not co-signed")
)

// AgreementStatusOpen is AgreementInfo.Status of an open agreement.
const AgreementStatusOpen = 1

// AgreementOptions configure Agreements.
type AgreementOptions struct {
	Periods              uint32          // length of a new agreement, in periods (default 180)
	MaxBytesPerAgreement uint64          // data one agreement may hold; its escrow pays for it (default 64 GiB)
	MarginPeriods        uint32          // an agreement is reused only while it runs this many more periods (default Periods/10, at least 1)
	Window               int             // shards sent to a farmer ahead of its acks (default 16)
	Spares               int             // farmers beyond n a put opens sessions with, taking the shards of lagging columns (0: none)
	Timeout              time.Duration   // per control exchange (default 30 s)
	BulkRate             int64           // bytes/s assumed when setting transfer deadlines (default 1 MiB/s)
	MaxPricePerGiB       *big.Int        // refuse farmers asking more (nil: any)
	MinCollateralPeriods uint32          // refuse offers whose collateral is below this many periods of the full rate (0: any)
	BackupParams         pipeline.Params // coding of the catalogue object BackupCatalogue stores (default pipeline.DevnetParams)
	Log                  *slog.Logger
}

// Agreements is one renter account's client on agreements.
type Agreements struct {
	key    *ecdsa.PrivateKey
	addr   common.Address
	chain  AgreementChain
	dom    market.AgreementDomain
	sched  market.AgreementSchedule
	net    Network
	pipe   *pipeline.Pipeline
	store  *manifest.Store
	book   *book
	opt    AgreementOptions
	log    *slog.Logger
	now    func() time.Time
	dial   func(chain.FarmerInfo) farmerConn
	peerID string

	authMu sync.Mutex
	auth   proto.RetrievalAuth

	locksMu sync.Mutex
	locks   map[common.Address]*sync.Mutex // one per farmer: ensure never opens two agreements at once

	gc sync.RWMutex // puts hold it shared from their first shard to their manifest; Collect exclusively

	db       *leveldb.DB
	backupMu sync.Mutex // one catalogue backup or recovery at a time
}

// NewAgreements returns the agreement client of the renter signing with key. Its agreements are kept
// in db (under "renter/agree/"), its manifests in store.
func NewAgreements(key *ecdsa.PrivateKey, c AgreementChain, dom market.AgreementDomain, sched market.AgreementSchedule,
	net Network, pipe *pipeline.Pipeline, store *manifest.Store, db *leveldb.DB, opt AgreementOptions) (*Agreements, error) {
	if opt.Periods == 0 {
		opt.Periods = 180
	}
	if opt.MaxBytesPerAgreement == 0 {
		opt.MaxBytesPerAgreement = 64 << 30
	}
	if opt.MarginPeriods == 0 {
		opt.MarginPeriods = max(1, opt.Periods/10)
	}
	if opt.Window <= 0 {
		opt.Window = 16
	}
	if opt.Timeout == 0 {
		opt.Timeout = 30 * time.Second
	}
	if opt.BulkRate == 0 {
		opt.BulkRate = 1 << 20
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	b, err := openBook(db)
	if err != nil {
		return nil, err
	}
	a := &Agreements{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), chain: c, dom: dom, sched: sched, net: net,
		pipe: pipe, store: store, book: b, opt: opt, log: opt.Log, now: time.Now, peerID: net.PeerID(),
		locks: map[common.Address]*sync.Mutex{}, db: db}
	a.dial = func(f chain.FarmerInfo) farmerConn {
		return &p2pConn{net: net, f: f, timeout: opt.Timeout, bulkRate: opt.BulkRate, window: opt.Window}
	}
	return a, nil
}

// Address returns the renter's account.
func (a *Agreements) Address() common.Address { return a.addr }

func (a *Agreements) farmerLock(f common.Address) *sync.Mutex {
	a.locksMu.Lock()
	defer a.locksMu.Unlock()
	l := a.locks[f]
	if l == nil {
		l = new(sync.Mutex)
		a.locks[f] = l
	}
	return l
}

// retrievalAuth returns this renter's authorization for its own peer, renewed before it expires.
func (a *Agreements) retrievalAuth() (proto.RetrievalAuth, error) {
	a.authMu.Lock()
	defer a.authMu.Unlock()
	if time.Unix(a.auth.Expires, 0).Sub(a.now()) > 10*time.Minute {
		return a.auth, nil
	}
	auth, err := proto.SignRetrieval(a.key, a.peerID, a.now().Add(24*time.Hour).Unix())
	if err != nil {
		return auth, err
	}
	a.auth = auth
	return auth, nil
}

// candidates returns the farmers a put may use, best first: farmers the renter already has a usable
// agreement with (no chain transaction), then by price, then by announced capacity. Farmers without
// an agreement must announce room for a whole agreement; a farmer that announced its exit
// (chain.FarmerInfo.Exiting) is never used, agreement or not.
func (a *Agreements) candidates(ctx context.Context) ([]chain.FarmerInfo, error) {
	fs, err := a.chain.Farmers(ctx)
	if err != nil {
		return nil, fmt.Errorf("renter: list farmers: %w", err)
	}
	type cand struct {
		f      chain.FarmerInfo
		agreed bool
		score  float64
	}
	var cs []cand
	for _, f := range fs {
		agreed := a.book.currentOf(f.Address) != nil
		if f.Disqualified || f.Exiting() || f.Address == a.addr || len(f.PeerID) == 0 || (!agreed && f.Capacity < a.opt.MaxBytesPerAgreement) {
			continue
		}
		if a.opt.MaxPricePerGiB != nil && (f.PricePerGiB == nil || f.PricePerGiB.Cmp(a.opt.MaxPricePerGiB) > 0) {
			continue
		}
		cs = append(cs, cand{f: f, agreed: agreed, score: placementScore(f)})
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].agreed != cs[j].agreed {
			return cs[i].agreed
		}
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		return cs[i].f.Capacity > cs[j].f.Capacity
	})
	out := make([]chain.FarmerInfo, len(cs))
	for i, c := range cs {
		out[i] = c.f
	}
	return out, nil
}

// ensure returns the agreement new data goes to with farmer f, opening one if there is none usable:
// the book's current agreement is reused while it is open on chain, runs at least MarginPeriods past
// cur and has room for need more bytes. Otherwise it asks the farmer for an offer, checks it, opens
// the agreement on chain with the escrow of MaxBytesPerAgreement to its end, and records it.
func (a *Agreements) ensure(ctx context.Context, f chain.FarmerInfo, cur uint32, need uint64) (*agreement, error) {
	l := a.farmerLock(f.Address)
	l.Lock()
	defer l.Unlock()
	if ag := a.book.currentOf(f.Address); ag != nil {
		st := ag.snapshot()
		if st.Latest.EndPeriod >= cur+a.opt.MarginPeriods && ag.room() >= need {
			info, err := a.chain.Agreement(ctx, ag.terms.ID)
			if err != nil {
				return nil, fmt.Errorf("renter: read agreement %d: %w", ag.terms.ID, err)
			}
			if info.Status == AgreementStatusOpen && info.Renter == a.addr && info.Farmer == f.Address {
				return ag, nil
			}
			a.log.Info("agreement no longer open, opening another", "farmer", f.Address, "agreement", ag.terms.ID, "status", info.Status)
		}
	}
	end := cur + a.opt.Periods
	req := proto.OfferRequest{Renter: a.addr, EndPeriod: end, MaxBytes: a.opt.MaxBytesPerAgreement}
	o, err := a.dial(f).Offer(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("renter: offer from %s: %w", f.Address, err)
	}
	t := o.Terms.Market()
	if err := a.checkOffer(f, req, t, o.FarmerSig); err != nil {
		return nil, err
	}
	escrow := new(big.Int).Mul(market.Rate(t.PricePerGiB, req.MaxBytes/proofs.LeafSize), big.NewInt(int64(end-cur)+1))
	id, err := a.chain.Open(ctx, t, o.FarmerSig, escrow)
	if errors.Is(err, chain.ErrInsufficientTokens) {
		return nil, fmt.Errorf("%w: open agreement with %s: %w", ErrFunds, f.Address, err)
	}
	if err != nil {
		return nil, fmt.Errorf("renter: open agreement with %s: %w", f.Address, err)
	}
	ag, err := a.book.add(AgreementTerms{ID: id, Renter: a.addr, Farmer: f.Address, PricePerGiB: t.PricePerGiB,
		Collateral: t.Collateral, EndPeriod: t.EndPeriod, MaxBytes: req.MaxBytes})
	if err != nil {
		return nil, err
	}
	a.log.Info("agreement opened", "farmer", f.Address, "agreement", id, "end", end, "escrow", escrow)
	return ag, nil
}

// checkOffer checks a farmer's offer against what was asked: for this renter and that farmer, the
// end asked, at most the farmer's announced price (and Options.MaxPricePerGiB), enough collateral,
// a deadline not about to pass, and signed by the farmer.
func (a *Agreements) checkOffer(f chain.FarmerInfo, req proto.OfferRequest, t market.OpenTerms, sig []byte) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrOffer, f.Address, fmt.Sprintf(format, args...))
	}
	if err := t.Validate(); err != nil {
		return bad("%v", err)
	}
	switch {
	case t.Renter != a.addr:
		return bad("terms for renter %s", t.Renter)
	case t.Farmer != f.Address:
		return bad("terms for farmer %s", t.Farmer)
	case t.EndPeriod != req.EndPeriod:
		return bad("ends in period %d, asked %d", t.EndPeriod, req.EndPeriod)
	case f.PricePerGiB == nil || t.PricePerGiB.Cmp(f.PricePerGiB) > 0:
		return bad("price %s above the announced %v", t.PricePerGiB, f.PricePerGiB)
	case a.opt.MaxPricePerGiB != nil && t.PricePerGiB.Cmp(a.opt.MaxPricePerGiB) > 0:
		return bad("price %s above the most this renter pays, %s", t.PricePerGiB, a.opt.MaxPricePerGiB)
	case t.Deadline < uint64(a.now().Add(a.opt.Timeout).Unix()):
		return bad("terms expire at %d", t.Deadline)
	}
	if a.opt.MinCollateralPeriods > 0 {
		want := new(big.Int).Mul(market.Rate(t.PricePerGiB, req.MaxBytes/proofs.LeafSize), big.NewInt(int64(a.opt.MinCollateralPeriods)))
		if t.Collateral.Cmp(want) < 0 {
			return bad("collateral %s, want at least %s", t.Collateral, want)
		}
	}
	signer, err := a.dom.RecoverOpen(t, sig)
	if err != nil {
		return bad("signature: %v", err)
	}
	if signer != f.Address {
		return bad("signed by %s", signer)
	}
	return nil
}

// revise runs one revision of ag with its farmer: change is computed from the agreement's state
// under the agreement's revision lock (an empty change means nothing to do), proposed, signed by the
// renter, co-signed by the farmer (checked), and committed to the book.
//
// A farmer that refuses the revision as not the next one ("revision") may hold a newer co-signed
// revision the renter never learned of (its answer lost after it committed): the renter then asks
// for the farmer's newest, adopts it once it checks out (checkLatest), and proposes the change again
// on top of it, leaving out what the adopted revision already did.
func (a *Agreements) revise(ctx context.Context, ag *agreement, conn farmerConn, change func(*market.AgreementState) market.Change) error {
	ag.rev.Lock()
	defer ag.rev.Unlock()
	err := a.reviseOnce(ctx, ag, conn, change(ag.snapshot()))
	if !errors.Is(err, &wire.Error{Code: wire.CodeRefused, Reason: proto.ReasonRevision}) {
		return err
	}
	if cerr := a.catchUp(ctx, ag, conn); cerr != nil {
		return errors.Join(err, cerr)
	}
	st := ag.snapshot()
	c := change(st)
	var still market.Change
	for _, s := range c.Add {
		if !st.Tree.Has(s.Root) {
			still.Add = append(still.Add, s)
		}
	}
	for _, r := range c.Remove {
		if st.Tree.Has(r) {
			still.Remove = append(still.Remove, r)
		}
	}
	if c.EndPeriod > st.Latest.EndPeriod {
		still.EndPeriod = c.EndPeriod
	}
	return a.reviseOnce(ctx, ag, conn, still)
}

// catchUp adopts the farmer's newest co-signed revision of ag when it is newer than the book's.
// The caller holds ag.rev.
func (a *Agreements) catchUp(ctx context.Context, ag *agreement, conn farmerConn) error {
	auth, err := a.retrievalAuth()
	if err != nil {
		return err
	}
	st := ag.snapshot()
	l, err := conn.Latest(ctx, ag.terms.ID, auth)
	if err != nil {
		return fmt.Errorf("renter: newest revision of agreement %d: %w", ag.terms.ID, err)
	}
	signed, tree, _, err := a.checkLatest(ag.terms.Farmer, ag.terms.ID, st.Latest.Number+1, ag.terms.PricePerGiB, ag.terms.EndPeriod, l)
	if err != nil {
		return err
	}
	var c market.Change
	for _, s := range tree.List() {
		if !st.Tree.Has(s.Root) {
			c.Add = append(c.Add, s)
		}
	}
	for _, s := range st.Tree.List() {
		if !tree.Has(s.Root) {
			c.Remove = append(c.Remove, s.Root)
		}
	}
	if err := a.book.commit(ag, signed, tree, c); err != nil {
		return err
	}
	a.log.Info("caught up with the farmer's newer revision", "agreement", ag.terms.ID, "from", st.Latest.Number, "to", signed.Number)
	return nil
}

// reviseOnce proposes c on top of ag's state. The caller holds ag.rev.
func (a *Agreements) reviseOnce(ctx context.Context, ag *agreement, conn farmerConn, c market.Change) error {
	st := ag.snapshot()
	if len(c.Add) == 0 && len(c.Remove) == 0 && c.EndPeriod == 0 {
		return nil
	}
	rev, tree, err := st.Next(c)
	if err != nil {
		return fmt.Errorf("%w: agreement %d: %w", ErrRevise, ag.terms.ID, err)
	}
	sig, err := a.dom.SignRevision(rev, a.key)
	if err != nil {
		return err
	}
	req := proto.ReviseRequest{Revision: proto.FromRevision(rev), Remove: c.Remove, EndPeriod: c.EndPeriod, RenterSig: sig}
	for _, s := range c.Add {
		req.Add = append(req.Add, proto.ShardEntry{Root: s.Root, Leaves: s.Leaves})
	}
	res, err := conn.Revise(ctx, req)
	if err != nil {
		var we *wire.Error
		fsig, ok := []byte(nil), false
		if !errors.As(err, &we) && ctx.Err() == nil {
			// The farmer may have signed and committed before the answer was lost: ask for its newest.
			fsig, ok = a.signedMeanwhile(ctx, conn, rev)
		}
		if !ok {
			return fmt.Errorf("%w: revision %d of agreement %d with %s: %w", ErrRevise, rev.Number, ag.terms.ID, ag.terms.Farmer, err)
		}
		res.FarmerSig = fsig
	}
	if err := a.dom.CheckSigned(st, rev, res.FarmerSig); err != nil {
		return fmt.Errorf("%w: revision %d of agreement %d: %w", ErrRevise, rev.Number, ag.terms.ID, err)
	}
	if err := a.book.commit(ag, market.SignedRevision{Revision: rev, RenterSig: sig, FarmerSig: res.FarmerSig}, tree, c); err != nil {
		return err
	}
	a.log.Debug("revision co-signed", "agreement", ag.terms.ID, "number", rev.Number, "added", len(c.Add), "removed", len(c.Remove))
	return nil
}

// signedMeanwhile returns the farmer's signature of rev if its newest revision is exactly rev.
func (a *Agreements) signedMeanwhile(ctx context.Context, conn farmerConn, rev market.Revision) ([]byte, bool) {
	auth, err := a.retrievalAuth()
	if err != nil {
		return nil, false
	}
	l, err := conn.Latest(ctx, rev.AgreementID, auth)
	if err != nil || l.Revision.Market() != rev {
		return nil, false
	}
	return l.FarmerSig, true
}

// farmerInfo returns a farmer's announcement.
func (a *Agreements) farmerInfo(ctx context.Context, addr common.Address) (chain.FarmerInfo, error) {
	f, err := a.chain.Farmer(ctx, addr)
	if err != nil {
		return f, fmt.Errorf("renter: read farmer %s: %w", addr, err)
	}
	return f, nil
}

// Manifest returns a file's manifest.
func (a *Agreements) Manifest(ctx context.Context, name string) (*manifest.Manifest, error) {
	m, err := a.store.Get(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("%w: %q: %v", ErrNotFound, name, err)
	}
	return m, nil
}

// fileShards groups a file's placed shards by agreement (manifest Shard.AgreementID).
func fileShards(m *manifest.Manifest) map[uint64][]proofs.Hash {
	out := map[uint64][]proofs.Hash{}
	for _, seg := range m.Segments {
		for _, sh := range seg.Shards {
			if sh.AgreementID != 0 {
				out[sh.AgreementID] = append(out[sh.AgreementID], sh.Root)
			}
		}
	}
	return out
}

// removeFrom returns a change removing those of roots the agreement still holds.
func removeFrom(roots []proofs.Hash) func(*market.AgreementState) market.Change {
	return func(st *market.AgreementState) market.Change {
		var c market.Change
		for _, r := range roots {
			if st.Tree.Has(r) {
				c.Remove = append(c.Remove, r)
			}
		}
		return c
	}
}

// Remove takes the file's shards out of its agreements (one revision per agreement, concurrently),
// then deletes its manifest. If a farmer cannot be reached or refuses, the manifest is kept and
// Remove can be run again: agreements already revised have nothing left to remove.
func (a *Agreements) Remove(ctx context.Context, name string) error {
	m, err := a.Manifest(ctx, name)
	if err != nil {
		return err
	}
	if err := a.removeShards(ctx, m); err != nil {
		return fmt.Errorf("renter: remove %q (the file is kept; run remove again): %w", name, err)
	}
	if err := a.store.Delete(ctx, name); err != nil {
		return fmt.Errorf("renter: remove %q: %w", name, err)
	}
	return nil
}

// removeShards takes m's shards out of their agreements, one revision per agreement, concurrently.
func (a *Agreements) removeShards(ctx context.Context, m *manifest.Manifest) error {
	byAgreement := fileShards(m)
	for id := range byAgreement {
		if a.book.get(id) == nil {
			return fmt.Errorf("agreement %d is not in the book", id)
		}
	}
	errs := make(chan error, len(byAgreement))
	var wg sync.WaitGroup
	for id, roots := range byAgreement {
		ag := a.book.get(id)
		wg.Add(1)
		go func() {
			defer wg.Done()
			f, err := a.farmerInfo(ctx, ag.terms.Farmer)
			if err == nil {
				err = a.revise(ctx, ag, a.dial(f), removeFrom(roots))
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	var all []error
	for err := range errs {
		if err != nil {
			all = append(all, err)
		}
	}
	return errors.Join(all...)
}

// Get writes the file's plaintext to w, fetching shards from the farmers the manifest names.
func (a *Agreements) Get(ctx context.Context, name string, w io.Writer) error {
	m, err := a.Manifest(ctx, name)
	if err != nil {
		return err
	}
	return a.pipe.Get(ctx, m, a.Source(m), w)
}

// Source returns a source of m's shards that downloads each from the farmer holding it.
func (a *Agreements) Source(m *manifest.Manifest) pipeline.ShardSource {
	return &agreementSource{a: a, m: m, farmers: map[common.Address]chain.FarmerInfo{}}
}

// agreementSource serves a file's shards from the farmers holding them under agreements (the farmer
// serves a renter the shards of its agreements); the pipeline checks every shard against its CID.
type agreementSource struct {
	a *Agreements
	m *manifest.Manifest

	mu      sync.Mutex
	farmers map[common.Address]chain.FarmerInfo
}

func (s *agreementSource) GetShard(ctx context.Context, ref pipeline.ShardRef, dst []byte) ([]byte, error) {
	sh := s.m.Segments[ref.Segment].Shards[ref.Index]
	if sh.Farmer == ([20]byte{}) {
		return nil, fmt.Errorf("%w: %s was never placed", pipeline.ErrShardNotFound, ref)
	}
	s.mu.Lock()
	f, ok := s.farmers[sh.Farmer]
	s.mu.Unlock()
	if !ok {
		var err error
		if f, err = s.a.farmerInfo(ctx, sh.Farmer); err != nil {
			return nil, err
		}
		s.mu.Lock()
		s.farmers[sh.Farmer] = f
		s.mu.Unlock()
	}
	auth, err := s.a.retrievalAuth()
	if err != nil {
		return nil, err
	}
	return s.a.dial(f).Download(ctx, sh.Root, s.m.ShardLen(ref.Segment), auth, dst)
}

// AgreementSummary is one agreement as `renter agreements` shows it.
type AgreementSummary struct {
	Farmer      common.Address
	ID          uint64
	Current     bool   // where new files with this farmer go
	Number      uint64 // newest co-signed revision
	Shards      uint64
	Leaves      uint64
	Rate        *big.Int // per period, at the newest revision's leaves
	PricePerGiB *big.Int
	EndPeriod   uint32
	MaxBytes    uint64
}

// AgreementsList returns the renter's agreements from its book, by id.
func (a *Agreements) AgreementsList(ctx context.Context) ([]AgreementSummary, error) {
	var out []AgreementSummary
	for _, ag := range a.book.list() {
		st := ag.snapshot()
		cur := a.book.currentOf(ag.terms.Farmer)
		out = append(out, AgreementSummary{Farmer: ag.terms.Farmer, ID: ag.terms.ID, Current: cur == ag,
			Number: st.Latest.Number, Shards: st.Latest.Shards, Leaves: st.Latest.Leaves,
			Rate: market.Rate(ag.terms.PricePerGiB, st.Latest.Leaves), PricePerGiB: ag.terms.PricePerGiB,
			EndPeriod: st.Latest.EndPeriod, MaxBytes: ag.terms.MaxBytes})
	}
	return out, ctx.Err()
}
