package pipeline

import (
	"context"
	"fmt"

	"github.com/ipfs/go-cid"

	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/proofs"
)

// ShardRef locates a shard: its place in the file and its name.
type ShardRef struct {
	Segment int
	Index   int // 0..k-1 data shards, k..k+m-1 parity shards
	CID     cid.Cid
}

func (r ShardRef) String() string {
	return fmt.Sprintf("segment %d shard %d (%s)", r.Segment, r.Index, r.CID)
}

// ShardSink receives the shards of a Put. Put calls PutShard from one goroutine, in segment order
// and shard order within a segment. data is only valid until PutShard returns: a sink that keeps it
// must copy it.
type ShardSink interface {
	PutShard(ctx context.Context, ref ShardRef, data []byte) error
}

// SegmentSink receives the segments of a PutSegments, one call per segment from one goroutine, in
// segment order: refs[i] and shards[i] are shard i. The sink may keep reading the shards after
// PutSegment returns, until it calls done; the pipeline reuses the segment's buffer only then. done
// must be called exactly once, whether or not PutSegment returns an error. The pipeline's window
// of segments bounds what a sink can hold: once every buffer is held, the pipeline waits.
type SegmentSink interface {
	PutSegment(ctx context.Context, seg int, refs []ShardRef, shards [][]byte, done func()) error
}

// shardSegments is the SegmentSink of a ShardSink: each shard in turn, done at once.
type shardSegments struct{ sink ShardSink }

func (s shardSegments) PutSegment(ctx context.Context, _ int, refs []ShardRef, shards [][]byte, done func()) error {
	defer done()
	for i, data := range shards {
		if err := s.sink.PutShard(ctx, refs[i], data); err != nil {
			return &shardError{index: refs[i].Index, err: err}
		}
	}
	return nil
}

// shardError is a ShardSink's failure on one shard of a segment.
type shardError struct {
	index int
	err   error
}

func (e *shardError) Error() string { return fmt.Sprintf("shard %d: %v", e.index, e.err) }
func (e *shardError) Unwrap() error { return e.err }

// ShardSource serves shards to Get. GetShard appends the shard's bytes to dst (which has length 0
// and the capacity of the expected shard size) and returns the result; the data need not be
// verified, Get checks it against ref.CID. It is called from several goroutines at once. A shard it
// does not have should be reported with an error wrapping ErrShardNotFound; any error makes Get try
// another shard.
type ShardSource interface {
	GetShard(ctx context.Context, ref ShardRef, dst []byte) ([]byte, error)
}

// shardRoot returns the Merkle root of a shard using nodes as scratch (it must hold len/LeafSize).
func shardRoot(data []byte, nodes []proofs.Hash) proofs.Hash {
	nodes = nodes[:len(data)/proofs.LeafSize]
	proofs.LeafHashes(nodes, data)
	return proofs.RootOf(nodes)
}

// VerifyShard checks data against its name: the CID's digest must be the data's Merkle root. It
// returns an error wrapping ErrCorruptShard if not (or manifest.ErrBadCID for a foreign CID).
func VerifyShard(id cid.Cid, data []byte) error {
	want, err := manifest.RootFromCID(id)
	if err != nil {
		return err
	}
	if len(data) == 0 || len(data)%proofs.LeafSize != 0 {
		return fmt.Errorf("%w: %d bytes is not a whole number of leaves", ErrCorruptShard, len(data))
	}
	if got := shardRoot(data, make([]proofs.Hash, len(data)/proofs.LeafSize)); got != want {
		return fmt.Errorf("%w: root %x, CID %s", ErrCorruptShard, got[:8], id)
	}
	return nil
}
