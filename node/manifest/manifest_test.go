package manifest

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"github.com/granary-network/granary/proofs"
)

// testKey returns a deterministic master key.
func testKey(seed byte) MasterKey {
	var k MasterKey
	for i := range k {
		k[i] = seed + byte(i)
	}
	return k
}

// testManifest returns a valid manifest of size bytes with random roots; every third shard placed.
func testManifest(t testing.TB, name string, size uint64, k, m int, segment uint64) *Manifest {
	t.Helper()
	rng := rand.New(rand.NewPCG(size, uint64(k*1000+m)))
	segSize, shardSize := Layout(k, segment)
	man := &Manifest{
		Name: name, KeyID: testKey(1).ID(), Created: time.UnixMilli(1_790_000_000_123).UTC(),
		Size: size, DataShards: k, ParityShards: m, SegmentSize: segSize, ShardSize: shardSize,
	}
	for i := range man.FileID {
		man.FileID[i] = byte(rng.Uint32())
	}
	man.Segments = make([]Segment, SegmentCount(size, segSize))
	for s := range man.Segments {
		man.Segments[s].Shards = make([]Shard, k+m)
		for i := range man.Segments[s].Shards {
			sh := &man.Segments[s].Shards[i]
			for b := range sh.Root {
				sh.Root[b] = byte(rng.Uint32())
			}
			if (s*(k+m)+i)%3 == 0 {
				sh.Farmer[0], sh.Farmer[19] = byte(i+1), 0xaa
				sh.AgreementID = uint64(1000 + i)
			}
		}
	}
	if err := man.Validate(); err != nil {
		t.Fatal(err)
	}
	return man
}

func TestLayout(t *testing.T) {
	for _, tc := range []struct {
		k         int
		requested uint64
	}{{1, 1}, {3, 4 << 20}, {10, 4 << 20}, {10, 1}, {29, 1 << 20}, {256, 64 << 10}} {
		seg, shard := Layout(tc.k, tc.requested)
		if shard%proofs.LeafSize != 0 || seg+TagSize != uint64(tc.k)*shard {
			t.Errorf("Layout(%d, %d) = %d, %d: not whole leaves or not exactly filled", tc.k, tc.requested, seg, shard)
		}
		if seg < tc.requested || seg >= tc.requested+uint64(tc.k)*proofs.LeafSize {
			t.Errorf("Layout(%d, %d) = segment %d: not the request rounded up by less than k leaves", tc.k, tc.requested, seg)
		}
		if ShardSizeFor(seg, tc.k) != shard {
			t.Errorf("ShardSizeFor(full segment) = %d, want %d", ShardSizeFor(seg, tc.k), shard)
		}
	}
	// A last segment is padded to whole leaves: 0 bytes -> the tag alone -> one leaf per shard.
	if got := ShardSizeFor(0, 10); got != proofs.LeafSize {
		t.Errorf("ShardSizeFor(0, 10) = %d, want %d", got, proofs.LeafSize)
	}
	if got := ShardSizeFor(10*256-16+1, 10); got != 2*proofs.LeafSize {
		t.Errorf("one byte past a leaf per shard: ShardSizeFor = %d, want %d", got, 2*proofs.LeafSize)
	}
	for _, tc := range []struct {
		size, seg uint64
		want      int
	}{{0, 10, 1}, {1, 10, 1}, {10, 10, 1}, {11, 10, 2}, {20, 10, 2}} {
		if got := SegmentCount(tc.size, tc.seg); got != tc.want {
			t.Errorf("SegmentCount(%d, %d) = %d, want %d", tc.size, tc.seg, got, tc.want)
		}
	}
}

func TestSegmentGeometry(t *testing.T) {
	seg, _ := Layout(3, 1000)
	m := testManifest(t, "f", 2*seg+5, 3, 2, 1000)
	if len(m.Segments) != 3 || m.SegmentLen(0) != seg || m.SegmentLen(2) != 5 || m.SegmentOffset(2) != 2*seg {
		t.Fatalf("segments %d, lens %d/%d, offset %d", len(m.Segments), m.SegmentLen(0), m.SegmentLen(2), m.SegmentOffset(2))
	}
	if m.ShardLen(0) != m.ShardSize || m.ShardLen(2) != proofs.LeafSize {
		t.Fatalf("shard lens %d, %d", m.ShardLen(0), m.ShardLen(2))
	}
	if want := (2*m.ShardSize + proofs.LeafSize) * 5; m.StoredSize() != want {
		t.Fatalf("StoredSize %d, want %d", m.StoredSize(), want)
	}
}

// TestValidate corrupts one valid manifest one way per row.
func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(m *Manifest)
	}{
		{"empty name", func(m *Manifest) { m.Name = "" }},
		{"long name", func(m *Manifest) { m.Name = strings.Repeat("x", MaxNameLen+1) }},
		{"name not UTF-8", func(m *Manifest) { m.Name = "\xff" }},
		{"k = 0", func(m *Manifest) { m.DataShards = 0 }},
		{"m < 0", func(m *Manifest) { m.ParityShards = -1 }},
		{"k+m > 256", func(m *Manifest) { m.ParityShards = 300 }},
		{"shard size not leaves", func(m *Manifest) { m.ShardSize += 1 }},
		{"shard size 0", func(m *Manifest) { m.ShardSize = 0 }},
		{"segment size inconsistent", func(m *Manifest) { m.SegmentSize -= 1 }},
		{"segment size 0", func(m *Manifest) { m.SegmentSize = 0 }},
		{"size needs more segments", func(m *Manifest) { m.Size += m.SegmentSize }},
		{"size needs fewer segments", func(m *Manifest) { m.Size -= m.SegmentSize }},
		{"too many segments", func(m *Manifest) { m.Segments = append(m.Segments, m.Segments[0]) }},
		{"no segments", func(m *Manifest) { m.Segments = nil }},
		{"segment short of a shard", func(m *Manifest) { m.Segments[1].Shards = m.Segments[1].Shards[:4] }},
		{"huge size", func(m *Manifest) { m.Size = 1 << 62 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := testManifest(t, "file", 2500, 3, 2, 1000)
			tc.mutate(m)
			if err := m.Validate(); !errors.Is(err, ErrInvalid) {
				t.Fatalf("Validate = %v, want ErrInvalid", err)
			}
			if _, err := m.MarshalBinary(); !errors.Is(err, ErrInvalid) {
				t.Fatalf("MarshalBinary = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestEncodingRoundTrip(t *testing.T) {
	for _, size := range []uint64{0, 1, 2500, 1 << 20} {
		m := testManifest(t, fmt.Sprintf("dir/file-%d ✓", size), size, 10, 20, 64<<10)
		b, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var got Manifest
		if err := got.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		assertEqual(t, &got, m)
	}
	m := testManifest(t, "no time", 5, 1, 0, 100)
	m.Created = time.Time{}
	b, _ := m.MarshalBinary()
	var got Manifest
	if err := got.UnmarshalBinary(b); err != nil || !got.Created.IsZero() {
		t.Fatalf("zero Created: %v, %v", err, got.Created)
	}
}

func assertEqual(t *testing.T, got, want *Manifest) {
	t.Helper()
	if got.Name != want.Name || got.FileID != want.FileID || got.KeyID != want.KeyID || !got.Created.Equal(want.Created) ||
		got.Size != want.Size || got.DataShards != want.DataShards || got.ParityShards != want.ParityShards ||
		got.SegmentSize != want.SegmentSize || got.ShardSize != want.ShardSize || len(got.Segments) != len(want.Segments) {
		t.Fatalf("manifest differs:\n got %+v\nwant %+v", *got, *want)
	}
	for s := range want.Segments {
		for i := range want.Segments[s].Shards {
			if got.Segments[s].Shards[i] != want.Segments[s].Shards[i] {
				t.Fatalf("segment %d shard %d: got %+v, want %+v", s, i, got.Segments[s].Shards[i], want.Segments[s].Shards[i])
			}
		}
	}
}

func TestUnmarshalRejects(t *testing.T) {
	m := testManifest(t, "file", 2500, 3, 2, 1000)
	valid, _ := m.MarshalBinary()
	for n := range len(valid) {
		var got Manifest
		if err := got.UnmarshalBinary(valid[:n]); !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrUnsupportedVersion) {
			t.Fatalf("truncated to %d bytes: %v", n, err)
		}
	}
	var got Manifest
	if err := got.UnmarshalBinary(append(valid, 0)); !errors.Is(err, ErrInvalid) {
		t.Fatalf("trailing byte: %v", err)
	}
	// 1 and 2 are the deal era's versions (they recorded a shard's position in its deal).
	for _, v := range []byte{0, 1, 2, bodyVersion + 1, 0xff} {
		bad := append([]byte(nil), valid...)
		bad[0] = v
		if err := got.UnmarshalBinary(bad); !errors.Is(err, ErrUnsupportedVersion) {
			t.Fatalf("version %d: %v", v, err)
		}
	}
}

// A shard may carry a farmer, an agreement, both or neither; the decoder refuses any other flag
// and a flagged field that is zero (the encoder writes neither).
func TestShardFlagsEncoding(t *testing.T) {
	m := testManifest(t, "file", 5000, 3, 2, 1000)
	m.Segments[1].Shards[0].Farmer = [20]byte{7} // an unplaced shard: now a farmer only
	// a placed shard: now an agreement only
	m.Segments[2].Shards[2] = Shard{Root: m.Segments[2].Shards[2].Root, AgreementID: 1077}
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var got Manifest
	if err := got.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	assertEqual(t, &got, m)

	// flagsAt returns the offset of the flags byte of segment s's shard i.
	flagsAt := func(s, i int) int {
		at := bytes.Index(b, m.Segments[s].Shards[i].Root[:])
		if at < 0 {
			t.Fatalf("segment %d shard %d: root not in the body", s, i)
		}
		return at + 32
	}
	placed, unplaced := flagsAt(0, 0), flagsAt(0, 1)
	if b[placed] != flagFarmer|flagAgreement || b[unplaced] != 0 || b[flagsAt(1, 0)] != flagFarmer || b[flagsAt(2, 2)] != flagAgreement {
		t.Fatalf("flags %#x %#x %#x %#x", b[placed], b[unplaced], b[flagsAt(1, 0)], b[flagsAt(2, 2)])
	}
	edit := func(at int, flags byte, insert ...byte) []byte {
		out := append([]byte(nil), b[:at]...)
		out = append(out, flags)
		out = append(out, insert...)
		return append(out, b[at+1:]...)
	}
	for name, body := range map[string][]byte{
		"the deal era's position flag":   edit(placed, flagFarmer|flagAgreement|4),
		"unknown high flag":              edit(unplaced, 0x80),
		"position flag alone":            edit(unplaced, 4, 0),
		"farmer flag, zero address":      edit(unplaced, flagFarmer, make([]byte, 20)...),
		"agreement flag, agreement ID 0": edit(unplaced, flagAgreement, 0),
	} {
		if err := got.UnmarshalBinary(body); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", name, err)
		}
	}
	// The same edits with a nonzero field decode: the check is on the value, not the flag.
	var farmer [20]byte
	farmer[19] = 1
	for name, body := range map[string][]byte{
		"farmer":    edit(unplaced, flagFarmer, farmer[:]...),
		"agreement": edit(unplaced, flagAgreement, 5),
	} {
		if err := got.UnmarshalBinary(body); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestCID(t *testing.T) {
	var root proofs.Hash
	root[0], root[31] = 1, 2
	c := ShardCID(root)
	if c.Prefix().MhType != MultihashCode || c.Type() != cid.Raw || c.Version() != 1 {
		t.Fatalf("CID prefix %+v", c.Prefix())
	}
	parsed, err := cid.Decode(c.String())
	if err != nil || !parsed.Equals(c) {
		t.Fatalf("string round trip: %v", err)
	}
	if got, err := RootFromCID(parsed); err != nil || got != root {
		t.Fatalf("RootFromCID = %x, %v", got, err)
	}
	sha, _ := multihash.Sum([]byte("x"), multihash.SHA2_256, -1)
	short, _ := multihash.Encode(root[:16], MultihashCode)
	ours, _ := multihash.Encode(root[:], MultihashCode)
	for name, c := range map[string]cid.Cid{
		"sha256 raw":   cid.NewCidV1(cid.Raw, sha),
		"v0":           cid.NewCidV0(sha),
		"short digest": cid.NewCidV1(cid.Raw, short),
		"dag-pb codec": cid.NewCidV1(cid.DagProtobuf, ours),
		"undefined":    cid.Undef,
	} {
		if _, err := RootFromCID(c); !errors.Is(err, ErrBadCID) {
			t.Errorf("%s: RootFromCID = %v, want ErrBadCID", name, err)
		}
	}
}

func TestMasterKeyRedacted(t *testing.T) {
	k := testKey(0xab)
	s := fmt.Sprintf("%v %s %x %X %#v %+v", k, k, k, k, k, struct{ K MasterKey }{k})
	if strings.Contains(strings.ToLower(s), "abacadae") {
		t.Fatalf("key material printed: %s", s)
	}
	if testKey(1).ID() == testKey(2).ID() || testKey(1).FileKey([32]byte{1}) == nil ||
		bytes.Equal(testKey(1).FileKey([32]byte{1}), testKey(1).FileKey([32]byte{2})) {
		t.Fatal("derived keys do not depend on their inputs")
	}
}
