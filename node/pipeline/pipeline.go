// Package pipeline is the renter's data path. Put reads a file as a stream of segments, encrypts
// each segment (AES-256-GCM under a per-file key), erasure-codes it into k data and m parity shards
// (Reed-Solomon), names each shard by a CID whose digest is its Merkle root (the root its farmer's
// agreement tree will hold), hands the shards to a ShardSink and returns the file's manifest. Get fetches any k
// verified shards of each segment from a ShardSource, rebuilds, decrypts and streams the plaintext
// in order; GetRange does the same for a byte range, fetching only the segments it covers.
//
// Segments flow through a bounded window processed by GOMAXPROCS workers and are emitted in order,
// so memory is bounded by the window, never by the file. See README.md for the format, the choice
// of parameters and measured throughput.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/proofs"
)

// Sentinel errors, returned wrapped with the file, segment and shard; test with errors.Is.
var (
	// ErrNotEnoughShards: fewer than k shards of a segment could be fetched and verified.
	ErrNotEnoughShards = errors.New("pipeline: not enough shards")
	// ErrCorruptShard: a shard does not match its CID (wrong size or Merkle root).
	ErrCorruptShard = errors.New("pipeline: corrupt shard")
	// ErrShardNotFound: a ShardSource does not hold the shard.
	ErrShardNotFound = errors.New("pipeline: shard not found")
	// ErrSegmentAuth: a segment rebuilt from verified shards failed decryption. With shards checked
	// against the manifest's roots this means the manifest itself does not match the shards.
	ErrSegmentAuth = errors.New("pipeline: segment failed authentication")
	// ErrBadParams: invalid upload parameters.
	ErrBadParams = errors.New("pipeline: bad parameters")
	// ErrBadRange: a byte range outside the file.
	ErrBadRange = errors.New("pipeline: range out of bounds")
)

// DefaultSegmentSize is the requested plaintext size of a segment: big enough that per-segment costs
// (a GCM tag, k+m CIDs and 33+ manifest bytes per shard, one call per shard to the sink) vanish,
// small enough that a window of in-flight segments stays in tens of MiB and a range read fetches
// little more than it needs. The size used is rounded up a little (manifest.Layout).
const DefaultSegmentSize = 4 << 20

// Params are chosen per upload.
type Params struct {
	DataShards   int // k: any k shards of a segment rebuild it
	ParityShards int // m: shards of a segment that may be lost
	SegmentSize  int // requested plaintext bytes per segment (rounded up, see manifest.Layout)
}

// DevnetParams are the defaults for the 6-farmer devnet: 3 data + 3 parity shards, one per farmer.
// Any 3 of the 6 farmers can disappear and every file still reads; the expansion is 2x.
func DevnetParams() Params {
	return Params{DataShards: 3, ParityShards: 3, SegmentSize: DefaultSegmentSize}
}

// NetworkParams are the defaults for a real network: 10 data + 20 parity shards on 30 farmers.
// Any 20 of the 30 can be lost; the expansion is 3x. See README.md for the durability arithmetic.
func NetworkParams() Params {
	return Params{DataShards: 10, ParityShards: 20, SegmentSize: DefaultSegmentSize}
}

// Validate checks the parameters.
func (p Params) Validate() error {
	switch {
	case p.DataShards < 1 || p.ParityShards < 0 || p.DataShards+p.ParityShards > manifest.MaxShards:
		return fmt.Errorf("%w: %d data + %d parity shards (want k >= 1, m >= 0, k+m <= %d)",
			ErrBadParams, p.DataShards, p.ParityShards, manifest.MaxShards)
	case p.SegmentSize < 1 || p.SegmentSize > manifest.MaxSegmentSize-256*manifest.MaxShards:
		return fmt.Errorf("%w: segment size %d", ErrBadParams, p.SegmentSize)
	}
	return nil
}

// Catalogue is where Put records the manifest of a finished upload (*manifest.Store implements it).
type Catalogue interface {
	Put(ctx context.Context, m *manifest.Manifest) error
}

type nopCatalogue struct{}

func (nopCatalogue) Put(context.Context, *manifest.Manifest) error { return nil }

// Pipeline puts and gets files under one renter's master key. It is safe for concurrent use.
type Pipeline struct {
	key        manifest.MasterKey
	keyID      manifest.KeyID
	workers    int
	window     int
	log        *slog.Logger
	catalogue  Catalogue
	onBadShard func(ShardRef, error)
	parallel   int // shards of a segment fetched at once beyond k (long-tail cutting)
	now        func() time.Time
	bufs       sync.Pool // *[]byte segment buffers, reused across calls
	scratch    sync.Pool // *[]proofs.Hash Merkle scratch of the shard fetches a Get runs at once
}

// Option configures a Pipeline.
type Option func(*Pipeline)

// WithWorkers sets how many segments are processed at once (default GOMAXPROCS). A ShardSource
// that waits on the network may want more.
func WithWorkers(n int) Option {
	return func(p *Pipeline) {
		if n > 0 {
			p.workers = n
		}
	}
}

// WithWindow sets how many segments may be in flight, read but not yet emitted (default workers+2:
// one being read, one per worker, one being emitted). Memory is about window*(k+m)*shard size.
func WithWindow(n int) Option {
	return func(p *Pipeline) {
		if n > 0 {
			p.window = n
		}
	}
}

// WithLogger sets the logger (default: discard).
func WithLogger(l *slog.Logger) Option { return func(p *Pipeline) { p.log = l } }

// WithCatalogue makes Put record each finished upload's manifest (default: Put only returns it).
func WithCatalogue(c Catalogue) Option { return func(p *Pipeline) { p.catalogue = c } }

// WithBadShardFunc registers fn to hear about every shard a get could not use: missing (the
// source's error) or corrupt (ErrCorruptShard). It is called from worker goroutines, concurrently.
// The repair code of a later issue hangs off it.
func WithBadShardFunc(fn func(ref ShardRef, err error)) Option {
	return func(p *Pipeline) { p.onBadShard = fn }
}

// WithOverfetch makes Get ask for k+n shards of each segment at once, keep the first k that verify
// and cancel the rest, so one slow source does not set the pace (long-tail cutting). The default,
// 0, asks for exactly k at once (data shards first) and for more only when one fails.
func WithOverfetch(n int) Option {
	return func(p *Pipeline) {
		if n >= 0 {
			p.parallel = n
		}
	}
}

// nodes returns Merkle scratch for a shard of ss bytes; give it back with p.scratch.Put.
func (p *Pipeline) nodes(ss int) *[]proofs.Hash {
	n := ss / proofs.LeafSize
	if b, ok := p.scratch.Get().(*[]proofs.Hash); ok && cap(*b) >= n {
		*b = (*b)[:n]
		return b
	}
	b := make([]proofs.Hash, n)
	return &b
}

// New returns a pipeline for the renter with the given master key.
func New(key manifest.MasterKey, opts ...Option) *Pipeline {
	p := &Pipeline{
		key:        key,
		keyID:      key.ID(),
		workers:    runtime.GOMAXPROCS(0),
		log:        slog.New(slog.DiscardHandler),
		catalogue:  nopCatalogue{},
		onBadShard: func(ShardRef, error) {},
		now:        time.Now,
	}
	for _, o := range opts {
		o(p)
	}
	if p.window == 0 {
		p.window = p.workers + 2
	}
	return p
}

// buffer returns a segment buffer of n bytes (contents undefined), reusing one from an earlier
// call when it is big enough: consecutive puts and gets then allocate nothing per segment.
func (p *Pipeline) buffer(n int) []byte {
	if b, ok := p.bufs.Get().(*[]byte); ok && cap(*b) >= n {
		return (*b)[:n]
	}
	return make([]byte, n)
}

// recycle hands a buffer from buffer back for reuse.
func (p *Pipeline) recycle(b []byte) {
	if b != nil {
		p.bufs.Put(&b)
	}
}
