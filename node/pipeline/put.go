package pipeline

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"time"
	"unicode/utf8"

	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/proofs"
)

type putJob struct {
	seg    int
	n      int    // plaintext bytes of the segment
	buf    []byte // k+m full shards: plaintext, then ciphertext+tag, then parity, in place
	shards [][]byte
	roots  []proofs.Hash
}

// Put uploads the file read from r under name with the given parameters: it writes every shard to
// sink and returns the manifest (also recorded in the catalogue, if the pipeline has one). Each
// byte is encrypted once, coded once and hashed once: the Merkle root of a shard is also its CID.
func (p *Pipeline) Put(ctx context.Context, name string, r io.Reader, sink ShardSink, params Params) (*manifest.Manifest, error) {
	return p.PutSegments(ctx, name, r, shardSegments{sink}, params)
}

// PutSegments is Put handing each segment's shards to sink at once, which may keep them until it
// releases the segment (SegmentSink): the segments of the pipeline's window are the only buffers.
func (p *Pipeline) PutSegments(ctx context.Context, name string, r io.Reader, sink SegmentSink, params Params) (*manifest.Manifest, error) {
	if err := params.Validate(); err != nil {
		return nil, fmt.Errorf("put %q: %w", name, err)
	}
	if name == "" || len(name) > manifest.MaxNameLen || !utf8.ValidString(name) {
		return nil, fmt.Errorf("put %q: %w: name must be 1 to %d bytes of UTF-8", name, ErrBadParams, manifest.MaxNameLen)
	}
	k, n := params.DataShards, params.DataShards+params.ParityShards
	segSize, shardSize := manifest.Layout(k, uint64(params.SegmentSize))
	m := &manifest.Manifest{
		Name:         name,
		KeyID:        p.keyID,
		Created:      p.now().UTC().Truncate(time.Millisecond),
		DataShards:   k,
		ParityShards: params.ParityShards,
		SegmentSize:  segSize,
		ShardSize:    shardSize,
	}
	if _, err := rand.Read(m.FileID[:]); err != nil {
		return nil, fmt.Errorf("put %q: file ID: %w", name, err)
	}
	workers, err := newWorkers(p.workers, p.key, m)
	if err != nil {
		return nil, fmt.Errorf("put %q: %w", name, err)
	}

	eof := false
	o := &ordered[putJob]{
		workers: p.workers,
		window:  p.window,
		newJob: func() *putJob {
			return &putJob{shards: make([][]byte, n), roots: make([]proofs.Hash, n)}
		},
		fill: func(ctx context.Context, seq int, j *putJob) (bool, error) {
			if eof {
				return false, nil
			}
			if j.buf == nil {
				j.buf = p.buffer(n * int(shardSize))
			}
			got, err := io.ReadFull(r, j.buf[:segSize])
			switch {
			case errors.Is(err, io.EOF): // nothing left: the file ends at a segment boundary
				eof = true
				if seq > 0 {
					return false, nil
				}
			case errors.Is(err, io.ErrUnexpectedEOF):
				eof = true
			case err != nil:
				return false, fmt.Errorf("put %q segment %d: read: %w", name, seq, err)
			}
			j.seg, j.n = seq, got
			return true, nil
		},
		work: func(ctx context.Context, w int, j *putJob) error {
			wk := workers[w]
			ss := int(manifest.ShardSizeFor(uint64(j.n), k))
			padded := k*ss - manifest.TagSize
			clear(j.buf[j.n:padded])
			wk.crypt.at(j.seg)
			wk.crypt.aead.Seal(j.buf[:0], wk.crypt.nonce[:], j.buf[:padded], wk.crypt.aad)
			split(j.shards, j.buf, ss)
			if err := wk.enc.Encode(j.shards); err != nil {
				return fmt.Errorf("put %q segment %d: erasure code: %w", name, j.seg, err)
			}
			for i, s := range j.shards {
				j.roots[i] = shardRoot(s, wk.nodes)
			}
			return nil
		},
		release: func(j *putJob) { p.recycle(j.buf) },
		emitAsync: func(ctx context.Context, j *putJob, done func()) error {
			seg := manifest.Segment{Shards: make([]manifest.Shard, n)}
			refs := make([]ShardRef, n)
			for i := range j.shards {
				seg.Shards[i].Root = j.roots[i]
				refs[i] = ShardRef{Segment: j.seg, Index: i, CID: manifest.ShardCID(j.roots[i])}
			}
			num, size := j.seg, j.n // j may be refilled as soon as done is called
			m.Segments = append(m.Segments, seg)
			m.Size += uint64(size)
			if err := sink.PutSegment(ctx, num, refs, j.shards, done); err != nil {
				if se := (*shardError)(nil); errors.As(err, &se) {
					return fmt.Errorf("put %q segment %d shard %d: %w", name, num, se.index, se.err)
				}
				return fmt.Errorf("put %q segment %d: %w", name, num, err)
			}
			return nil
		},
	}
	if err := o.run(ctx); err != nil {
		return nil, err
	}
	if err := m.Validate(); err != nil { // a bug if it fails: the layout arithmetic disagrees
		return nil, fmt.Errorf("put %q: %w", name, err)
	}
	if err := p.catalogue.Put(ctx, m); err != nil {
		return nil, fmt.Errorf("put %q: record manifest: %w", name, err)
	}
	p.log.Debug("put", "name", name, "size", m.Size, "segments", len(m.Segments), "k", k, "m", params.ParityShards)
	return m, nil
}
