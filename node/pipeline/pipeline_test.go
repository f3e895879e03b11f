package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/proofs"
)

func TestRoundTripSizes(t *testing.T) {
	for _, params := range []Params{smallParams(3, 3), smallParams(10, 20), smallParams(1, 0), smallParams(7, 1)} {
		p := New(testKey(1))
		seg, _ := manifest.Layout(params.DataShards, uint64(params.SegmentSize))
		S := int(seg)
		for _, size := range []int{0, 1, S - 1, S, S + 1, 2*S - 1, 2 * S, 2*S + 1, 3<<20 + 17} {
			t.Run(fmt.Sprintf("%d+%d/%d", params.DataShards, params.ParityShards, size), func(t *testing.T) {
				data := fileBytes(uint64(size), size)
				m, store := put(t, p, "f", data, params)
				n := params.DataShards + params.ParityShards
				if m.Size != uint64(size) || len(m.Segments) != manifest.SegmentCount(uint64(size), seg) || store.Len() != len(m.Segments)*n {
					t.Fatalf("manifest: size %d, %d segments; store holds %d shards", m.Size, len(m.Segments), store.Len())
				}
				got, err := get(p, m, store)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, data) {
					t.Fatalf("got %d bytes back, want %d identical", len(got), len(data))
				}
			})
		}
	}
}

// TestRoundTrip1GiB puts 1 GiB with the network parameters into a shard directory that loses
// exactly m shards of most segments (so most segments are rebuilt from a random k-subset), then
// gets it back and compares it with the regenerated input.
func TestRoundTrip1GiB(t *testing.T) {
	if testing.Short() {
		t.Skip("1 GiB round trip skipped under -short")
	}
	const size = 1 << 30
	ctx := context.Background()
	dir, err := NewDirStore(filepath.Join(t.TempDir(), "shards"))
	if err != nil {
		t.Fatal(err)
	}
	params := NetworkParams()
	sink := &lossySink{ShardSink: dir, k: params.DataShards, n: params.DataShards + params.ParityShards}
	bad := &badShards{}
	p := New(testKey(1), WithBadShardFunc(bad.record))
	m, err := p.Put(ctx, "big", file(7, size), sink, params)
	if err != nil {
		t.Fatal(err)
	}
	c := newChecker(7)
	if err := p.Get(ctx, m, dir, c); err != nil {
		t.Fatal(err)
	}
	c.check(t, size)
	if sink.dropped == 0 || len(bad.errs) != sink.droppedTried {
		t.Fatalf("dropped %d shards (%d of them in the fetch path); get reported %d", sink.dropped, sink.droppedTried, len(bad.errs))
	}
}

// lossySink keeps all shards of every 8th segment and exactly k shards, at random, of the others.
type lossySink struct {
	ShardSink
	k, n         int
	keep         []int
	dropped      int
	droppedTried int // dropped shards Get will ask for before it has k: those below the k-th kept
}

func (l *lossySink) PutShard(ctx context.Context, ref ShardRef, data []byte) error {
	if ref.Index == 0 {
		l.keep = make([]int, l.n)
		for i := range l.keep {
			l.keep[i] = i
		}
		if ref.Segment%8 != 0 {
			rng := rand.New(rand.NewPCG(uint64(ref.Segment), 1))
			rng.Shuffle(len(l.keep), func(i, j int) { l.keep[i], l.keep[j] = l.keep[j], l.keep[i] })
			l.keep = l.keep[:l.k]
			slices.Sort(l.keep)
		}
	}
	if !slices.Contains(l.keep, ref.Index) {
		l.dropped++
		if ref.Index < l.keep[l.k-1] {
			l.droppedTried++
		}
		return nil
	}
	return l.ShardSink.PutShard(ctx, ref, data)
}

// TestAnyMMissing deletes every m-subset of the shards of a devnet segment, and random m-subsets
// of a network segment: the file always comes back, and only missing shards are reported.
func TestAnyMMissing(t *testing.T) {
	for _, params := range []Params{smallParams(3, 3), smallParams(10, 20)} {
		p := New(testKey(1))
		data := fileBytes(3, 3*params.SegmentSize+999)
		m, store := put(t, p, "f", data, params)
		n := m.TotalShards()
		var subsets [][]int
		if n <= 6 {
			for mask := range 1 << n {
				if popcount(mask) == params.ParityShards {
					var s []int
					for i := range n {
						if mask&(1<<i) != 0 {
							s = append(s, i)
						}
					}
					subsets = append(subsets, s)
				}
			}
		} else {
			rng := rand.New(rand.NewPCG(1, 2))
			for range 40 {
				subsets = append(subsets, rng.Perm(n)[:params.ParityShards])
			}
		}
		for _, missing := range subsets {
			for _, seg := range []int{1, len(m.Segments) - 1} { // a full segment and the short last one
				src := NewMemStore()
				for s := range m.Segments {
					for i, sh := range m.Segments[s].Shards {
						if s == seg && slices.Contains(missing, i) {
							continue
						}
						b, _ := store.GetShard(context.Background(), ShardRef{CID: sh.CID()}, nil)
						src.Set(sh.CID(), b)
					}
				}
				bad := &badShards{}
				p := New(testKey(1), WithBadShardFunc(bad.record))
				got, err := get(p, m, src)
				if err != nil || !bytes.Equal(got, data) {
					t.Fatalf("%d+%d, segment %d missing %v: %v", params.DataShards, params.ParityShards, seg, missing, err)
				}
				for key, err := range bad.errs {
					if key[0] != seg || !slices.Contains(missing, key[1]) || !errors.Is(err, ErrShardNotFound) {
						t.Fatalf("missing %v of segment %d: reported %v", missing, seg, bad)
					}
				}
				for _, i := range missing {
					if i < params.DataShards && bad.get(seg, i) == nil {
						t.Fatalf("missing data shard %d of segment %d not reported", i, seg)
					}
				}
			}
		}
	}
}

func popcount(x int) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// TestCorruptShard flips one byte in shard i of a segment and makes the shards before it missing
// so that Get must look at shard i: it is reported as corrupt and left out, the file still comes
// back intact, and when it was the only hope the get fails naming the file and segment.
func TestCorruptShard(t *testing.T) {
	params := smallParams(4, 3)
	p0 := New(testKey(1))
	data := fileBytes(5, 2*params.SegmentSize+4321)
	m, store := put(t, p0, "docs/report.pdf", data, params)
	k, n := m.DataShards, m.TotalShards()
	rng := rand.New(rand.NewPCG(3, 4))
	for _, seg := range []int{0, len(m.Segments) - 1} {
		for i := range n {
			src := NewMemStore()
			for s := range m.Segments {
				for j, sh := range m.Segments[s].Shards {
					b, _ := store.GetShard(context.Background(), ShardRef{CID: sh.CID()}, nil)
					if s == seg {
						if j >= min(i, k-1) && j < i {
							continue // missing, so that shard i is fetched
						}
						if j == i {
							b[rng.IntN(len(b))] ^= 1 << rng.IntN(8)
						}
					}
					src.Set(sh.CID(), b)
				}
			}
			bad := &badShards{}
			p := New(testKey(1), WithBadShardFunc(bad.record))
			got, err := get(p, m, src)
			if !errors.Is(bad.get(seg, i), ErrCorruptShard) {
				t.Fatalf("segment %d shard %d corrupt: reported %v", seg, i, bad)
			}
			if i < n-1 {
				if err != nil || !bytes.Equal(got, data) {
					t.Fatalf("segment %d shard %d corrupt: %v", seg, i, err)
				}
				continue
			}
			// Shard n-1 corrupt with m shards before it missing: only k-1 good shards remain.
			if !errors.Is(err, ErrNotEnoughShards) || !errors.Is(err, ErrCorruptShard) ||
				!strings.Contains(err.Error(), `"docs/report.pdf" segment `+fmt.Sprint(seg)) {
				t.Fatalf("segment %d: %d good shards: got %v", seg, k-1, err)
			}
			if want := data[:m.SegmentOffset(seg)]; !bytes.Equal(got, want) {
				t.Fatalf("wrote %d bytes before the failing segment %d, want exactly the %d before it", len(got), seg, len(want))
			}
		}
	}
}

// TestVerifyShard: a flipped bit anywhere in any shard is caught by its CID.
func TestVerifyShard(t *testing.T) {
	p := New(testKey(1))
	m, store := put(t, p, "f", fileBytes(9, 100_000), smallParams(3, 2))
	rng := rand.New(rand.NewPCG(5, 6))
	for s := range m.Segments {
		for _, sh := range m.Segments[s].Shards {
			b, _ := store.GetShard(context.Background(), ShardRef{CID: sh.CID()}, nil)
			if err := VerifyShard(sh.CID(), b); err != nil {
				t.Fatalf("good shard: %v", err)
			}
			for range 20 {
				pos, bit := rng.IntN(len(b)), byte(1)<<rng.IntN(8)
				b[pos] ^= bit
				if err := VerifyShard(sh.CID(), b); !errors.Is(err, ErrCorruptShard) {
					t.Fatalf("byte %d flipped: %v", pos, err)
				}
				b[pos] ^= bit
			}
			if err := VerifyShard(sh.CID(), b[:len(b)-proofs.LeafSize]); len(b) > proofs.LeafSize && !errors.Is(err, ErrCorruptShard) {
				t.Fatalf("shard missing its last leaf: %v", err)
			}
			if err := VerifyShard(sh.CID(), append(slices.Clone(b), make([]byte, proofs.LeafSize)...)); !errors.Is(err, ErrCorruptShard) {
				t.Fatalf("shard with a zero leaf appended: %v", err)
			}
		}
	}
}

// wrongSource serves a fixed mutation of each shard.
type wrongSource struct {
	src    ShardSource
	mutate func(ref ShardRef, b []byte) []byte
}

func (w wrongSource) GetShard(ctx context.Context, ref ShardRef, dst []byte) ([]byte, error) {
	b, err := w.src.GetShard(ctx, ref, dst)
	if err != nil {
		return nil, err
	}
	return w.mutate(ref, b), nil
}

func TestBadSources(t *testing.T) {
	params := smallParams(3, 3)
	p := New(testKey(1))
	data := fileBytes(11, 50_000)
	m, store := put(t, p, "f", data, params)
	other, otherStore := put(t, p, "g", fileBytes(12, 50_000), params)
	for _, tc := range []struct {
		name   string
		mutate func(ref ShardRef, b []byte) []byte
	}{
		{"short", func(ref ShardRef, b []byte) []byte { return b[:len(b)-1] }},
		{"long", func(ref ShardRef, b []byte) []byte { return append(b, 0) }},
		{"empty", func(ref ShardRef, b []byte) []byte { return b[:0] }},
		{"another file's shard", func(ref ShardRef, b []byte) []byte {
			o, _ := otherStore.GetShard(context.Background(), ShardRef{CID: other.Segments[ref.Segment].Shards[ref.Index].CID()}, nil)
			return o
		}},
		{"the next shard", func(ref ShardRef, b []byte) []byte {
			sh := m.Segments[ref.Segment].Shards[(ref.Index+1)%m.TotalShards()]
			o, _ := store.GetShard(context.Background(), ShardRef{CID: sh.CID()}, nil)
			return o
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// Every data shard is wrong: the parity shards must carry the get.
			src := wrongSource{store, func(ref ShardRef, b []byte) []byte {
				if ref.Index < params.DataShards {
					return tc.mutate(ref, b)
				}
				return b
			}}
			got, err := get(p, m, src)
			if err != nil || !bytes.Equal(got, data) {
				t.Fatalf("with bad data shards: %v", err)
			}
			// Every shard is wrong: a clear error, no data.
			got, err = get(p, m, wrongSource{store, tc.mutate})
			if !errors.Is(err, ErrNotEnoughShards) || !errors.Is(err, ErrCorruptShard) || len(got) != 0 {
				t.Fatalf("with all shards bad: %d bytes, %v", len(got), err)
			}
		})
	}
}

func TestWrongKey(t *testing.T) {
	data := fileBytes(13, 70_000)
	m, store := put(t, New(testKey(1)), "f", data, smallParams(3, 3))
	if _, err := get(New(testKey(2)), m, store); !errors.Is(err, manifest.ErrWrongKey) {
		t.Fatalf("get under another key: %v, want ErrWrongKey", err)
	}
	// A manifest doctored to claim the other key: the shards verify, decryption does not.
	forged := *m
	forged.KeyID = testKey(2).ID()
	if got, err := get(New(testKey(2)), &forged, store); !errors.Is(err, ErrSegmentAuth) || len(got) != 0 {
		t.Fatalf("forged key ID: %d bytes, %v; want ErrSegmentAuth", len(got), err)
	}
}

// TestSegmentsBound: segments cannot be reordered or moved to another file, even by someone who
// controls the manifest, because the nonce and AAD bind the segment index and file ID.
func TestSegmentsBound(t *testing.T) {
	p := New(testKey(1))
	params := smallParams(3, 3)
	data := fileBytes(14, 3*params.SegmentSize)
	m, store := put(t, p, "f", data, params)
	swapped := *m
	swapped.Segments = slices.Clone(m.Segments)
	swapped.Segments[0], swapped.Segments[1] = swapped.Segments[1], swapped.Segments[0]
	if _, err := get(p, &swapped, store); !errors.Is(err, ErrSegmentAuth) {
		t.Fatalf("segments swapped: %v, want ErrSegmentAuth", err)
	}
	// The same bytes uploaded again under the same name: new file ID, new key, new shards.
	m2, store2 := put(t, p, "f", data, params)
	if m2.FileID == m.FileID || m2.Segments[0].Shards[0].Root == m.Segments[0].Shards[0].Root {
		t.Fatal("two uploads of the same file share a file ID or shard names")
	}
	moved := *m2
	moved.Segments = slices.Clone(m2.Segments)
	moved.Segments[1] = m.Segments[1]
	both := NewMemStore()
	for _, st := range []*MemStore{store, store2} {
		for id, b := range st.shards {
			both.Set(id, b)
		}
	}
	if _, err := get(p, &moved, both); !errors.Is(err, ErrSegmentAuth) {
		t.Fatalf("segment moved from another file: %v, want ErrSegmentAuth", err)
	}
}

// TestShardsAreCiphertext: farmers see nothing of a highly structured plaintext, and identical
// segments give unrelated shards (which also catches a nonce repeated under the file key).
func TestShardsAreCiphertext(t *testing.T) {
	for _, data := range [][]byte{bytes.Repeat([]byte("granary "), 40_000), make([]byte, 250_000)} {
		m, store := put(t, New(testKey(1)), "f", data, smallParams(3, 3))
		for _, b := range store.shards {
			if bytes.Contains(b, []byte("granary granary")) || bytes.Count(b, []byte{0}) > len(b)/64 {
				t.Fatal("a shard shows the plaintext's structure")
			}
		}
		if want := len(m.Segments) * m.TotalShards(); store.Len() != want {
			t.Fatalf("%d distinct shards for %d segments of identical plaintext, want %d", store.Len(), len(m.Segments), want)
		}
		first := map[[16]byte]bool{}
		for _, b := range store.shards {
			first[[16]byte(b[:16])] = true
		}
		if len(first) != store.Len() {
			t.Fatal("two shards start with the same 16 bytes: a keystream was reused")
		}
	}
}

// TestZeroPadding: the last segment's padding must decrypt to zeros, or the get fails.
func TestZeroPadding(t *testing.T) {
	p := New(testKey(1))
	params := smallParams(3, 3)
	data := fileBytes(19, params.SegmentSize+10)
	m, store := put(t, p, "f", data, params)
	// Re-encrypt the last segment with non-zero padding, as a careless writer would.
	last := len(m.Segments) - 1
	ss := int(m.ShardLen(last))
	k, n := m.DataShards, m.TotalShards()
	buf := make([]byte, n*ss)
	copy(buf, data[m.SegmentOffset(last):])
	for i := 10; i < k*ss-manifest.TagSize; i++ {
		buf[i] = 0xee
	}
	ws, _ := newWorkers(1, testKey(1), m)
	ws[0].crypt.at(last)
	ws[0].crypt.aead.Seal(buf[:0], ws[0].crypt.nonce[:], buf[:k*ss-manifest.TagSize], ws[0].crypt.aad)
	shards := make([][]byte, n)
	split(shards, buf, ss)
	ws[0].enc.Encode(shards)
	for i, s := range shards {
		root := shardRoot(s, ws[0].nodes)
		m.Segments[last].Shards[i].Root = root
		store.Set(manifest.ShardCID(root), s)
	}
	if _, err := get(p, m, store); !errors.Is(err, ErrSegmentAuth) || !strings.Contains(err.Error(), "padding") {
		t.Fatalf("non-zero padding: %v, want ErrSegmentAuth about padding", err)
	}
}

// ownMemory serves shards from its own memory rather than appending to dst.
type ownMemory struct{ src *MemStore }

func (o ownMemory) GetShard(ctx context.Context, ref ShardRef, dst []byte) ([]byte, error) {
	return o.src.GetShard(ctx, ref, nil)
}

func TestSourceOwnMemory(t *testing.T) {
	p := New(testKey(1))
	data := fileBytes(20, 100_000)
	m, store := put(t, p, "f", data, smallParams(3, 2))
	got, err := get(p, m, ownMemory{store})
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("source returning its own memory: %v", err)
	}
}

func TestGetRange(t *testing.T) {
	params := smallParams(3, 2)
	p := New(testKey(1))
	data := fileBytes(15, 5*params.SegmentSize+333)
	m, store := put(t, p, "f", data, params)
	S := int64(m.SegmentSize)
	size := int64(len(data))
	rng := rand.New(rand.NewPCG(7, 8))
	cases := [][2]int64{{0, size}, {0, 0}, {size, 0}, {0, 1}, {size - 1, 1}, {S - 1, 2}, {S, S}, {S + 1, 3 * S}, {4 * S, size - 4*S}}
	for range 30 {
		off := rng.Int64N(size)
		cases = append(cases, [2]int64{off, rng.Int64N(size - off + 1)})
	}
	for _, c := range cases {
		off, n := c[0], c[1]
		src := &countingSource{ShardSource: store}
		var out bytes.Buffer
		if err := p.GetRange(context.Background(), m, src, &out, off, n); err != nil {
			t.Fatalf("[%d,+%d): %v", off, n, err)
		}
		if !bytes.Equal(out.Bytes(), data[off:off+n]) {
			t.Fatalf("[%d,+%d): wrong bytes", off, n)
		}
		for seg := range m.Segments {
			covers := n > 0 && int64(seg) >= off/S && int64(seg) <= (off+n-1)/S
			if fetched := src.segs[seg] > 0; fetched != covers {
				t.Fatalf("[%d,+%d): segment %d fetched %v, want %v", off, n, seg, fetched, covers)
			}
		}
	}
	for _, c := range [][2]int64{{-1, 1}, {0, -1}, {0, size + 1}, {size, 1}, {size + 1, 0}} {
		if err := p.GetRange(context.Background(), m, store, io.Discard, c[0], c[1]); !errors.Is(err, ErrBadRange) {
			t.Fatalf("[%d,+%d): %v, want ErrBadRange", c[0], c[1], err)
		}
	}
}

// TestAgreementProof: a column's shards as Put stored them, held under one agreement (a tree keyed
// by shard root, each shard's length from the manifest), prove with proofs: first and last leaf of
// every shard, including the shorter shards of the last segment.
func TestAgreementProof(t *testing.T) {
	ctx := context.Background()
	params := smallParams(3, 2)
	p := New(testKey(1))
	m, store := put(t, p, "f", fileBytes(16, 3*params.SegmentSize+1000), params)
	for col := range m.TotalShards() {
		data := map[proofs.Hash][]byte{}
		var shards []proofs.Shard
		for s := range m.Segments {
			sh := m.Segments[s].Shards[col]
			b, err := store.GetShard(ctx, ShardRef{CID: sh.CID()}, nil)
			if err != nil || uint64(len(b)) != m.ShardLen(s) {
				t.Fatalf("segment %d column %d: %d bytes, want %d (%v)", s, col, len(b), m.ShardLen(s), err)
			}
			data[sh.Root] = b
			shards = append(shards, proofs.Shard{Root: sh.Root, Leaves: m.ShardLen(s) / proofs.LeafSize})
		}
		tree, err := proofs.NewAgreement(shards)
		if err != nil {
			t.Fatal(err)
		}
		src := func(root proofs.Hash, leaf uint64) (*proofs.Cache, []byte, error) {
			_, c, err := proofs.BuildCache(data[root], proofs.DefaultCacheHeight)
			if err != nil {
				return nil, nil, err
			}
			off, n := c.GroupRange(leaf)
			return c, data[root][off : off+n], nil
		}
		for j := range tree.Shards() {
			for _, leaf := range []uint64{0, tree.Shard(j).Leaves - 1} {
				// ProveLeaf refuses a shard whose bytes do not hash to the root the manifest names.
				pr, err := tree.ProveLeaf(uint64(col+1), j, leaf, src)
				if err != nil {
					t.Fatalf("column %d entry %d leaf %d: %v", col, j, leaf, err)
				}
				if err := proofs.VerifyAgreementPath(tree.Root(), tree.Shards(), j, leaf, pr); err != nil {
					t.Fatalf("column %d entry %d leaf %d: %v", col, j, leaf, err)
				}
			}
		}
	}
}

// TestCatalogue: put into a catalogue, export it, import it on a "new machine" with only the key,
// and read the file back from there.
func TestCatalogue(t *testing.T) {
	ctx := context.Background()
	key := testKey(1)
	old, err := manifest.OpenStore(filepath.Join(t.TempDir(), "old"), key)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	shards := NewMemStore()
	p := New(key, WithCatalogue(old))
	data := fileBytes(17, 123_456)
	if _, err := p.Put(ctx, "notes.txt", bytes.NewReader(data), shards, smallParams(3, 3)); err != nil {
		t.Fatal(err)
	}
	var export bytes.Buffer
	if err := old.Export(ctx, &export); err != nil {
		t.Fatal(err)
	}
	fresh, err := manifest.OpenStore(filepath.Join(t.TempDir(), "new"), key)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if _, err := fresh.Import(ctx, &export); err != nil {
		t.Fatal(err)
	}
	m, err := fresh.Get(ctx, "notes.txt")
	if err != nil {
		t.Fatal(err)
	}
	got, err := get(New(key), m, shards)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("after moving machines: %v", err)
	}
}

type failingSink struct{ after int }

func (f *failingSink) PutShard(ctx context.Context, ref ShardRef, data []byte) error {
	if f.after == 0 {
		return errors.New("disk full")
	}
	f.after--
	return nil
}

type failingReader struct{ n int }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("device gone")
	}
	k := min(len(p), f.n)
	f.n -= k
	return k, nil
}

func TestPutErrors(t *testing.T) {
	ctx := context.Background()
	p := New(testKey(1))
	params := smallParams(3, 3)
	_, err := p.Put(ctx, "f", file(1, 10*int64(params.SegmentSize)), &failingSink{after: 20}, params)
	if err == nil || !strings.Contains(err.Error(), `put "f" segment 3 shard 2: disk full`) {
		t.Fatalf("sink failure: %v", err)
	}
	_, err = p.Put(ctx, "f", &failingReader{n: 3*params.SegmentSize + 5}, &Discard{}, params)
	if err == nil || !strings.Contains(err.Error(), "device gone") {
		t.Fatalf("reader failure: %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := p.Put(cctx, "f", file(1, 1<<20), &Discard{}, params); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
	for _, bad := range []Params{{0, 1, 100}, {1, -1, 100}, {200, 57, 100}, {3, 3, 0}, {3, 3, 2 << 30}} {
		if _, err := p.Put(ctx, "f", file(1, 10), &Discard{}, bad); !errors.Is(err, ErrBadParams) {
			t.Fatalf("params %+v: %v, want ErrBadParams", bad, err)
		}
	}
	if _, err := p.Put(ctx, "", file(1, 10), &Discard{}, params); !errors.Is(err, ErrBadParams) {
		t.Fatalf("empty name: %v, want ErrBadParams", err)
	}
}

func TestDirStore(t *testing.T) {
	dir, err := NewDirStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	p := New(testKey(1))
	data := fileBytes(18, 200_000)
	m, err := p.Put(context.Background(), "f", bytes.NewReader(data), dir, smallParams(3, 3))
	if err != nil {
		t.Fatal(err)
	}
	got, err := get(p, m, dir)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("dir store round trip: %v", err)
	}
	id := m.Segments[0].Shards[0].CID()
	if _, err := dir.GetShard(context.Background(), ShardRef{CID: m.Segments[0].Shards[7%6].CID()}, nil); err != nil {
		t.Fatal(err)
	}
	if err := VerifyShard(id, mustRead(t, dir.Path(id))); err != nil {
		t.Fatal(err)
	}
	if _, err := dir.GetShard(context.Background(), ShardRef{CID: manifest.ShardCID(proofs.Hash{1})}, nil); !errors.Is(err, ErrShardNotFound) {
		t.Fatalf("missing shard: %v, want ErrShardNotFound", err)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
