// Package renter places a renter's files with farmers and gets them back. Put runs the data pipeline
// (encrypt, erasure-code, name and hash every shard) into a local staging directory, then places each
// column of shards (shard i of every segment: one deal) with a different farmer chosen from the
// chain's announcements: quote, propose, upload, collect the farmer's signature, put the deal on
// chain, and record farmer and deal in the manifest. A farmer that fails or stalls is replaced by the
// next candidate. Get fetches shards from the farmers over libp2p through the pipeline, which checks
// every shard against its CID.
//
// The steps of placing one deal are exported for repair (node/repair), which journals between them:
// Offer (quote and sign terms for shard i of some segments of a file), Deliver (propose and upload,
// returning the farmer's signature), Submit (fund and create the deal on chain). Audit asks a farmer
// for a leaf of a deal with its proof.
package renter

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// Errors, returned wrapped; test with errors.Is.
var (
	ErrNotEnoughFarmers = errors.New("renter: not enough eligible farmers")
	ErrExists           = errors.New("renter: a file with that name exists")
	ErrNotFound         = errors.New("renter: no such file")
	ErrFunds            = errors.New("renter: not enough tokens for the escrow")
)

// Stream is a libp2p stream as the renter uses it.
type Stream interface {
	io.ReadWriteCloser
	SetDeadline(time.Time) error
	CloseWrite() error
	Reset() error
}

// Network opens streams to farmers.
type Network interface {
	// Open opens a stream for protocol to the farmer announced as f.
	Open(ctx context.Context, f chain.FarmerInfo, protocol string) (Stream, error)
	// PeerID is this renter's libp2p peer id (what retrieval authorizations name).
	PeerID() string
}

// Chain is what the renter needs of the market (*chain.Client).
type Chain interface {
	Farmers(ctx context.Context) ([]chain.FarmerInfo, error)
	Farmer(ctx context.Context, a common.Address) (chain.FarmerInfo, error)
	Funds(ctx context.Context, a common.Address) (balance, allowance *big.Int, err error)
	Approve(ctx context.Context, amount *big.Int) error
	CreateDeal(ctx context.Context, t market.DealTerms, renterSig, farmerSig []byte) (uint64, error)
	CancelDeal(ctx context.Context, id uint64) error
}

// Options configure a Renter.
type Options struct {
	Periods        uint32        // deal length in periods
	MaxPricePerGiB *big.Int      // refuse farmers asking more (nil: any)
	StageDir       string        // where shards wait until they are placed
	Timeout        time.Duration // per control exchange with a farmer
	BulkRate       int64         // bytes/s assumed when setting upload/download deadlines
	Overfetch      int           // extra shards requested per segment on get (long-tail cutting)
	Log            *slog.Logger
}

// Renter is one renter account's client.
type Renter struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	chain Chain
	dom   market.Domain
	par   market.Params
	net   Network
	pipe  *pipeline.Pipeline
	store *manifest.Store
	opt   Options
	log   *slog.Logger

	authMu sync.Mutex
	auth   proto.RetrievalAuth

	fundMu   sync.Mutex // held while the allowance is checked and spent (fund, Deliver, Submit)
	proposed *big.Int   // escrow of the proposals farmers have yet to answer (they check the allowance)
}

// New returns a renter that signs with key.
func New(key *ecdsa.PrivateKey, c Chain, dom market.Domain, par market.Params, net Network, pipe *pipeline.Pipeline, store *manifest.Store, opt Options) *Renter {
	if opt.Timeout == 0 {
		opt.Timeout = 30 * time.Second
	}
	if opt.BulkRate == 0 {
		opt.BulkRate = 1 << 20 // 1 MiB/s: generous deadlines on slow links
	}
	if opt.Periods == 0 {
		opt.Periods = 100
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	return &Renter{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), chain: c, dom: dom, par: par, net: net,
		pipe: pipe, store: store, opt: opt, log: opt.Log, proposed: new(big.Int)}
}

// candidate is a farmer scored for placement.
type candidate struct {
	info  chain.FarmerInfo
	score float64
}

// Candidates returns the eligible farmers able to hold need bytes, best first: not disqualified,
// staked above the minimum, enough free capacity and a price within bounds; ranked by reputation
// (share of proven periods, with a prior for newcomers), then price, then free capacity.
func (r *Renter) Candidates(ctx context.Context, need uint64) ([]chain.FarmerInfo, error) {
	fs, err := r.chain.Farmers(ctx)
	if err != nil {
		return nil, err
	}
	var cs []candidate
	for _, f := range fs {
		if f.Disqualified || f.Address == r.addr || f.Free() < need || f.Stake.Cmp(r.par.MinStake) < 0 || len(f.PeerID) == 0 {
			continue
		}
		if r.opt.MaxPricePerGiB != nil && f.PricePerGiB.Cmp(r.opt.MaxPricePerGiB) > 0 {
			continue
		}
		cs = append(cs, candidate{info: f, score: placementScore(f)})
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		return cs[i].info.Free() > cs[j].info.Free()
	})
	out := make([]chain.FarmerInfo, len(cs))
	for i, c := range cs {
		out[i] = c.info
	}
	return out, nil
}

// placementScore ranks a farmer for placement: its Laplace-smoothed proof rate (a newcomer starts at
// 2/3, each miss weighs) first, then its price (cheaper first).
func placementScore(f chain.FarmerInfo) float64 {
	rep := float64(f.ProvenPeriods+2) / float64(f.ProvenPeriods+f.MissedPeriods+3)
	price := 0.0
	if f.PricePerGiB != nil {
		price, _ = new(big.Float).SetInt(f.PricePerGiB).Float64()
	}
	return rep*1e6 - price/1e18
}

// Put stores the file read from src under name, placing its shards with farmers.
func (r *Renter) Put(ctx context.Context, name string, src io.Reader, params pipeline.Params) (*manifest.Manifest, error) {
	if _, err := r.store.Get(ctx, name); err == nil {
		return nil, fmt.Errorf("%w: %q", ErrExists, name)
	}
	n := params.DataShards + params.ParityShards
	cands, err := r.Candidates(ctx, 0)
	if err != nil {
		return nil, err
	}
	if len(cands) < n {
		return nil, fmt.Errorf("%w: %d+%d shards need %d farmers, %d eligible", ErrNotEnoughFarmers,
			params.DataShards, params.ParityShards, n, len(cands))
	}
	tmp, err := os.MkdirTemp(r.opt.StageDir, "put-")
	if err != nil {
		return nil, fmt.Errorf("renter: staging directory: %w", err)
	}
	defer os.RemoveAll(tmp)
	staged, err := pipeline.NewDirStore(tmp)
	if err != nil {
		return nil, err
	}
	m, err := r.pipe.Put(ctx, name, src, staged, params)
	if err != nil {
		return nil, err
	}
	dealSize := m.DealShape().Leaves * proofs.LeafSize
	if cands, err = r.Candidates(ctx, dealSize); err != nil {
		return nil, err
	}
	if len(cands) < n {
		return nil, fmt.Errorf("%w: %d farmers have room for %d bytes, %d needed", ErrNotEnoughFarmers, len(cands), dealSize, n)
	}
	if err := r.fund(ctx, m, cands); err != nil {
		return nil, err
	}
	pl := &placement{r: r, m: m, staged: staged, cands: cands, used: map[common.Address]bool{}}
	if err := pl.run(ctx); err != nil {
		pl.undo(context.WithoutCancel(ctx))
		return nil, err
	}
	if err := r.store.Put(ctx, m); err != nil {
		pl.undo(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("renter: save manifest of %q: %w", name, err)
	}
	return m, nil
}

// fund makes sure the market may take the escrow of every column at the highest candidate price.
// (Submit checks again before each deal, as other deals may have spent the allowance meanwhile.)
func (r *Renter) fund(ctx context.Context, m *manifest.Manifest, cands []chain.FarmerInfo) error {
	r.fundMu.Lock()
	defer r.fundMu.Unlock()
	size := m.DealShape().Leaves * proofs.LeafSize
	worst := new(big.Int)
	for _, c := range cands {
		if p := proto.PriceFor(c.PricePerGiB, size); p.Cmp(worst) > 0 {
			worst = p
		}
	}
	need := new(big.Int).Mul(worst, big.NewInt(int64(r.opt.Periods)*int64(m.TotalShards())))
	return r.allow(ctx, need, need)
}

// control runs one request/response exchange on protocol with farmer f.
func (r *Renter) control(ctx context.Context, f chain.FarmerInfo, protocol string, req, resp any) error {
	s, err := r.net.Open(ctx, f, protocol)
	if err != nil {
		return fmt.Errorf("open %s to %s: %w", protocol, f.Address, err)
	}
	defer s.Close()
	if err := wire.Deadline(s, r.opt.Timeout); err != nil {
		s.Reset()
		return err
	}
	if err := wire.WriteMsg(s, req); err != nil {
		s.Reset()
		return err
	}
	if err := s.CloseWrite(); err != nil {
		s.Reset()
		return err
	}
	if err := wire.ReadResult(s, resp); err != nil {
		s.Reset()
		return err
	}
	return nil
}

// Quote asks a farmer for its offer.
func (r *Renter) Quote(ctx context.Context, f chain.FarmerInfo) (proto.Quote, error) {
	var q proto.Quote
	err := r.control(ctx, f, proto.QuoteID, proto.QuoteRequest{}, &q)
	return q, err
}

// retrievalAuth returns this renter's authorization for its own peer, renewed before it expires.
func (r *Renter) retrievalAuth() (proto.RetrievalAuth, error) {
	r.authMu.Lock()
	defer r.authMu.Unlock()
	if time.Until(time.Unix(r.auth.Expires, 0)) > 10*time.Minute {
		return r.auth, nil
	}
	a, err := proto.SignRetrieval(r.key, r.net.PeerID(), time.Now().Add(24*time.Hour).Unix())
	if err != nil {
		return a, err
	}
	r.auth = a
	return a, nil
}

// Address returns the renter's account.
func (r *Renter) Address() common.Address { return r.addr }

// Source returns a source of m's shards that fetches each from the farmer the manifest places it
// with (what Get reads through; repair rebuilds from it).
func (r *Renter) Source(m *manifest.Manifest) pipeline.ShardSource { return &source{r: r, m: m} }

// List returns the names of the renter's files.
func (r *Renter) List(ctx context.Context) ([]string, error) { return r.store.List(ctx) }

// Manifest returns a file's manifest.
func (r *Renter) Manifest(ctx context.Context, name string) (*manifest.Manifest, error) {
	m, err := r.store.Get(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("%w: %q: %v", ErrNotFound, name, err)
	}
	return m, nil
}

// Get writes the file's plaintext to w.
func (r *Renter) Get(ctx context.Context, name string, w io.Writer) error {
	m, err := r.Manifest(ctx, name)
	if err != nil {
		return err
	}
	return r.pipe.Get(ctx, m, &source{r: r, m: m}, w)
}

// GetRange writes bytes [off, off+length) of the file's plaintext to w, fetching only the segments
// that hold them (pipeline.GetRange). A range outside the file is pipeline.ErrBadRange.
func (r *Renter) GetRange(ctx context.Context, name string, w io.Writer, off, length int64) error {
	m, err := r.Manifest(ctx, name)
	if err != nil {
		return err
	}
	return r.pipe.GetRange(ctx, m, &source{r: r, m: m}, w, off, length)
}
