// Package manifest describes a renter's files as stored on Granary and keeps the renter's catalogue
// of them: the Manifest type with its layout arithmetic, its versioned binary encoding sealed under
// a key derived from the renter's master key, the shard naming scheme (a CID whose digest is the
// shard's Merkle root), and a goleveldb-backed Store that can export and import the whole catalogue
// as one encrypted stream. See ../pipeline/README.md for the format as a whole.
package manifest

import (
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/ipfs/go-cid"

	"github.com/granary-network/granary/proofs"
)

const (
	// TagSize is the AEAD overhead of one segment (the AES-GCM tag) in format version 1.
	TagSize = 16
	// MaxShards bounds DataShards+ParityShards (Reed-Solomon over GF(2^8)).
	MaxShards = 256
	// MaxNameLen bounds a file name, in bytes.
	MaxNameLen = 4096
	// MaxSegmentSize bounds the plaintext bytes of one segment (memory per in-flight segment).
	MaxSegmentSize = 1 << 30
)

// Manifest describes one stored file. The file is cut into segments of SegmentSize plaintext bytes
// (the last one shorter; a file always has at least one segment, so an empty file has one empty
// segment). Each segment is encrypted on its own, padded with zeros so that ciphertext plus tag
// split into DataShards shards of whole proofs.LeafSize leaves, and erasure-coded into
// DataShards+ParityShards shards. Full segments need no padding: SegmentSize is chosen as
// DataShards*ShardSize-TagSize.
type Manifest struct {
	Name         string
	FileID       [32]byte  // random per upload; the salt of the file key
	KeyID        KeyID     // the master key the file was encrypted under
	Created      time.Time // kept to the millisecond
	Size         uint64    // plaintext bytes
	DataShards   int       // k: any k shards of a segment rebuild it
	ParityShards int       // m: shards of a segment that can be lost
	SegmentSize  uint64    // plaintext bytes of a full segment
	ShardSize    uint64    // bytes of a shard of a full segment, a multiple of proofs.LeafSize
	Segments     []Segment
}

// Segment lists the shards of one segment: data shards first, then parity shards.
type Segment struct {
	Shards []Shard
}

// Shard is one shard of a segment.
type Shard struct {
	Root proofs.Hash // Merkle root (proofs.ShardRoot); also the digest of the shard's CID
	// Farmer and AgreementID are filled in once the shard is placed under an agreement (zero until
	// then): the farmer holding it and the agreement (AgreementMarket) it is held under. An
	// agreement's tree is keyed by shard root, so a shard has no position in it to record.
	Farmer      [20]byte
	AgreementID uint64
}

// CID returns the shard's name (see ShardCID).
func (s Shard) CID() cid.Cid { return ShardCID(s.Root) }

// ShardSizeFor returns the size of each shard of a segment of plainLen plaintext bytes coded into k
// data shards: ceil((plainLen+TagSize)/k) rounded up to a whole number of leaves.
func ShardSizeFor(plainLen uint64, k int) uint64 {
	per := (plainLen + TagSize + uint64(k) - 1) / uint64(k)
	return (per + proofs.LeafSize - 1) / proofs.LeafSize * proofs.LeafSize
}

// Layout returns the segment size actually used for a requested segment size and k data shards
// (the request rounded up so that a full segment fills its shards exactly), and the shard size of
// a full segment.
func Layout(k int, requested uint64) (segmentSize, shardSize uint64) {
	shardSize = ShardSizeFor(requested, k)
	return uint64(k)*shardSize - TagSize, shardSize
}

// SegmentCount returns the number of segments of a file of size bytes: ceil(size/segmentSize), and
// at least one.
func SegmentCount(size, segmentSize uint64) int {
	if size == 0 {
		return 1
	}
	return int((size + segmentSize - 1) / segmentSize)
}

// TotalShards returns DataShards+ParityShards.
func (m *Manifest) TotalShards() int { return m.DataShards + m.ParityShards }

// SegmentOffset returns the plaintext offset of segment i.
func (m *Manifest) SegmentOffset(i int) uint64 { return uint64(i) * m.SegmentSize }

// SegmentLen returns the plaintext bytes of segment i.
func (m *Manifest) SegmentLen(i int) uint64 {
	if i < len(m.Segments)-1 {
		return m.SegmentSize
	}
	return m.Size - m.SegmentOffset(i)
}

// ShardLen returns the size of each shard of segment i.
func (m *Manifest) ShardLen(i int) uint64 {
	if i < len(m.Segments)-1 {
		return m.ShardSize
	}
	return ShardSizeFor(m.SegmentLen(i), m.DataShards)
}

// StoredSize returns the bytes of all shards of the file (the padded size times the expansion).
func (m *Manifest) StoredSize() uint64 {
	n := len(m.Segments)
	if n == 0 {
		return 0
	}
	total := uint64(n-1)*m.ShardSize + m.ShardLen(n-1)
	return total * uint64(m.TotalShards())
}

// Validate checks that the manifest's fields agree with each other, so that the layout arithmetic
// above is safe to use. Errors wrap ErrInvalid.
func (m *Manifest) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w %q: %s", ErrInvalid, m.Name, fmt.Sprintf(format, args...))
	}
	switch {
	case m.Name == "" || len(m.Name) > MaxNameLen || !utf8.ValidString(m.Name):
		return bad("name must be 1 to %d bytes of UTF-8", MaxNameLen)
	case m.DataShards < 1 || m.ParityShards < 0 || m.DataShards+m.ParityShards > MaxShards:
		return bad("%d+%d shards (want k >= 1, m >= 0, k+m <= %d)", m.DataShards, m.ParityShards, MaxShards)
	case m.ShardSize == 0 || m.ShardSize%proofs.LeafSize != 0:
		return bad("shard size %d is not a positive multiple of %d", m.ShardSize, proofs.LeafSize)
	case m.SegmentSize == 0 || m.SegmentSize > MaxSegmentSize:
		return bad("segment size %d out of range (1 to %d)", m.SegmentSize, MaxSegmentSize)
	case m.SegmentSize+TagSize != uint64(m.DataShards)*m.ShardSize:
		return bad("segment size %d + %d != %d shards of %d", m.SegmentSize, TagSize, m.DataShards, m.ShardSize)
	case m.Size > 1<<60:
		return bad("size %d too large", m.Size)
	}
	if want := SegmentCount(m.Size, m.SegmentSize); len(m.Segments) != want {
		return bad("%d segments, want %d for %d bytes", len(m.Segments), want, m.Size)
	}
	for i, seg := range m.Segments {
		if len(seg.Shards) != m.TotalShards() {
			return bad("segment %d has %d shards, want %d", i, len(seg.Shards), m.TotalShards())
		}
	}
	return nil
}
