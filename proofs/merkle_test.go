package proofs

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"testing"
)

// refRoot is a deliberately naive reference: pad the leaf hashes to a power of two with zero nodes,
// then hash pairs level by level.
func refRoot(leafHashes []Hash) Hash {
	n := 1
	for n < len(leafHashes) {
		n *= 2
	}
	level := make([]Hash, n)
	copy(level, leafHashes)
	for len(level) > 1 {
		next := make([]Hash, len(level)/2)
		for i := range next {
			next[i] = HashNode(level[2*i], level[2*i+1])
		}
		level = next
	}
	return level[0]
}

func refShardRoot(data []byte) Hash {
	var hs []Hash
	for i := 0; i < len(data); i += LeafSize {
		hs = append(hs, HashLeaf(data[i:i+LeafSize]))
	}
	return refRoot(hs)
}

func randBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

func TestShardRootMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 1; n <= 70; n++ {
		data := randBytes(r, n*LeafSize)
		got, err := ShardRoot(data)
		if err != nil {
			t.Fatal(err)
		}
		if want := refShardRoot(data); got != want {
			t.Fatalf("%d leaves: root %x, reference %x", n, got, want)
		}
	}
}

func TestShardRootRejectsPartialLeaves(t *testing.T) {
	for _, n := range []int{0, 1, LeafSize - 1, LeafSize + 1} {
		if _, err := ShardRoot(make([]byte, n)); err == nil {
			t.Errorf("ShardRoot accepted %d bytes", n)
		}
	}
}

// testDeal builds a deal of `shards` shards of shardLeaves leaves, the last one lastLeaves long.
type testDeal struct {
	shards [][]byte
	roots  []Hash
	shape  DealShape
	root   Hash
}

func newTestDeal(t testing.TB, r *rand.Rand, shards int, shardLeaves, lastLeaves uint64) *testDeal {
	d := &testDeal{shape: DealShape{ShardLeaves: shardLeaves}}
	for i := 0; i < shards; i++ {
		n := shardLeaves
		if i == shards-1 {
			n = lastLeaves
		}
		data := randBytes(r, int(n)*LeafSize)
		root, err := ShardRoot(data)
		if err != nil {
			t.Fatal(err)
		}
		d.shards = append(d.shards, data)
		d.roots = append(d.roots, root)
		d.shape.Leaves += n
	}
	d.root = DealRoot(d.roots)
	return d
}

func (d *testDeal) prove(t testing.TB, leaf uint64) ([]byte, []Hash) {
	shard, idx, _, _ := Geometry(d.shape.Leaves, d.shape.ShardLeaves, leaf)
	sp, err := ProveShard(d.shards[shard], idx)
	if err != nil {
		t.Fatal(err)
	}
	data := d.shards[shard][idx*LeafSize : (idx+1)*LeafSize]
	return data, append(sp, DealPath(d.roots, shard)...)
}

func TestDealProofsVerify(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	cases := []struct {
		shards             int
		shardLeaves, lastN uint64
	}{{1, 1, 1}, {1, 8, 8}, {1, 8, 5}, {3, 4, 4}, {3, 4, 1}, {5, 7, 3}, {2, 16, 9}, {9, 2, 2}}
	for _, c := range cases {
		d := newTestDeal(t, r, c.shards, c.shardLeaves, c.lastN)
		if want := refRoot(d.roots); d.root != want {
			t.Fatalf("deal root differs from reference")
		}
		for leaf := uint64(0); leaf < d.shape.Leaves; leaf++ {
			data, path := d.prove(t, leaf)
			if err := VerifyDealLeaf(d.root, d.shape, leaf, data, path); err != nil {
				t.Fatalf("shape %+v leaf %d: %v", c, leaf, err)
			}
		}
	}
}

// Every way of corrupting a valid proof must be refused.
func TestDealProofCorruptions(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	d := newTestDeal(t, r, 3, 8, 5)
	other := newTestDeal(t, r, 3, 8, 5)
	const leaf = 13 // shard 1, index 5
	data, path := d.prove(t, leaf)
	odata, opath := other.prove(t, leaf)
	flip := func(b []byte, bit int) []byte {
		c := append([]byte(nil), b...)
		c[bit/8] ^= 1 << (bit % 8)
		return c
	}
	flipPath := func(i, bit int) []Hash {
		p := append([]Hash(nil), path...)
		p[i][bit/8] ^= 1 << (bit % 8)
		return p
	}
	cases := []struct {
		name  string
		root  Hash
		shape DealShape
		leaf  uint64
		data  []byte
		path  []Hash
	}{
		{"flipped first data bit", d.root, d.shape, leaf, flip(data, 0), path},
		{"flipped last data bit", d.root, d.shape, leaf, flip(data, LeafSize*8-1), path},
		{"flipped shard-level path bit", d.root, d.shape, leaf, data, flipPath(0, 77)},
		{"flipped deal-level path bit", d.root, d.shape, leaf, data, flipPath(len(path)-1, 3)},
		{"wrong leaf index", d.root, d.shape, leaf + 1, data, path},
		{"leaf out of range", d.root, d.shape, d.shape.Leaves, data, path},
		{"path truncated", d.root, d.shape, leaf, data, path[:len(path)-1]},
		{"path extended", d.root, d.shape, leaf, data, append(append([]Hash(nil), path...), Hash{})},
		{"proof from another deal", d.root, d.shape, leaf, odata, opath},
		{"short leaf", d.root, d.shape, leaf, data[:LeafSize-1], path},
		{"wrong deal size", d.root, DealShape{Leaves: 40, ShardLeaves: d.shape.ShardLeaves}, leaf, data, path},
	}
	if err := VerifyDealLeaf(d.root, d.shape, leaf, data, path); err != nil {
		t.Fatalf("the valid proof is refused: %v", err)
	}
	for _, c := range cases {
		if err := VerifyDealLeaf(c.root, c.shape, c.leaf, c.data, c.path); !errors.Is(err, ErrBadProof) {
			t.Errorf("%s: got %v, want ErrBadProof", c.name, err)
		}
	}
}

func TestCacheProvesLikeWholeShard(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{1, 2, 3, 63, 64, 65, 200, 256} {
		data := randBytes(r, n*LeafSize)
		for _, height := range []int{0, 1, 3, DefaultCacheHeight, 9} {
			root, c, err := BuildCache(data, height)
			if err != nil {
				t.Fatal(err)
			}
			if want := refShardRoot(data); root != want || c.Root() != want {
				t.Fatalf("n=%d h=%d: cache root differs", n, height)
			}
			for leaf := uint64(0); leaf < uint64(n); leaf++ {
				want, _ := ProveShard(data, leaf)
				off, length := c.GroupRange(leaf)
				got, err := c.Prove(leaf, data[off:off+length])
				if err != nil {
					t.Fatalf("n=%d h=%d leaf %d: %v", n, height, leaf, err)
				}
				if len(got) != len(want) {
					t.Fatalf("n=%d h=%d leaf %d: path of %d, want %d", n, height, leaf, len(got), len(want))
				}
				for i := range got {
					if got[i] != want[i] {
						t.Fatalf("n=%d h=%d leaf %d: node %d differs", n, height, leaf, i)
					}
				}
			}
		}
	}
}

func TestCacheRefusesCorruptGroup(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	data := randBytes(r, 200*LeafSize)
	_, c, err := BuildCache(data, DefaultCacheHeight)
	if err != nil {
		t.Fatal(err)
	}
	off, length := c.GroupRange(100)
	group := append([]byte(nil), data[off:off+length]...)
	group[17] ^= 0x40
	if _, err := c.Prove(100, group); !errors.Is(err, ErrBadProof) {
		t.Fatalf("corrupt group: got %v, want ErrBadProof", err)
	}
	if _, err := c.Prove(100, group[:LeafSize]); err == nil {
		t.Fatal("short group accepted")
	}
	if _, err := c.Prove(200, group); err == nil {
		t.Fatal("out-of-range leaf accepted")
	}
}

func TestCacheEncoding(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	_, c, err := BuildCache(randBytes(r, 130*LeafSize), 4)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := c.MarshalBinary()
	var back Cache
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if back.Leaves != c.Leaves || back.Height != c.Height || back.Root() != c.Root() {
		t.Fatal("cache changed in a round trip")
	}
	for _, bad := range [][]byte{nil, b[:8], b[:len(b)-1], append(append([]byte(nil), b...), 0)} {
		if err := new(Cache).UnmarshalBinary(bad); err == nil {
			t.Errorf("decoded a cache of %d bytes", len(bad))
		}
	}
	zero := append([]byte(nil), b...)
	copy(zero, make([]byte, 8))
	if err := new(Cache).UnmarshalBinary(zero); err == nil {
		t.Error("decoded a cache of zero leaves")
	}
}

func TestHashDomainsDiffer(t *testing.T) {
	// A 64-byte leaf prefix can never be mistaken for a node: the prefixes differ.
	var a, b Hash
	b[0] = 1
	buf := append(a[:], b[:]...)
	if bytes.Equal(HashNode(a, b).Bytes(), HashLeaf(buf).Bytes()) {
		t.Fatal("leaf and node hashes collide")
	}
}

func TestCacheBuilderMatchesBuildCache(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for _, n := range []int{1, 2, 3, 15, 16, 17, 63, 64, 65, 100, 128, 129} {
		data := randBytes(r, n*LeafSize)
		for _, height := range []int{0, 2, 4, DefaultCacheHeight} {
			wantRoot, want, err := BuildCache(data, height)
			if err != nil {
				t.Fatal(err)
			}
			b, err := NewCacheBuilder(height)
			if err != nil {
				t.Fatal(err)
			}
			for rest := data; len(rest) > 0; { // write in random chunks
				c := min(len(rest), 1+r.IntN(3*LeafSize))
				b.Write(rest[:c])
				rest = rest[c:]
			}
			root, got, err := b.Finish()
			if err != nil {
				t.Fatal(err)
			}
			if root != wantRoot || got.Leaves != want.Leaves || got.Height != want.Height || len(got.Nodes) != len(want.Nodes) {
				t.Fatalf("n=%d h=%d: streaming cache differs (height %d/%d, nodes %d/%d)", n, height, got.Height, want.Height, len(got.Nodes), len(want.Nodes))
			}
			for i := range got.Nodes {
				if got.Nodes[i] != want.Nodes[i] {
					t.Fatalf("n=%d h=%d: node %d differs", n, height, i)
				}
			}
		}
	}
	b, _ := NewCacheBuilder(4)
	b.Write(make([]byte, LeafSize+1))
	if _, _, err := b.Finish(); err == nil {
		t.Fatal("finished a shard of partial leaves")
	}
	b, _ = NewCacheBuilder(4)
	if _, _, err := b.Finish(); err == nil {
		t.Fatal("finished an empty shard")
	}
}

func BenchmarkShardRoot(b *testing.B) {
	data := randBytes(rand.New(rand.NewPCG(1, 1)), 16<<20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ShardRoot(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBuildCache(b *testing.B) {
	data := randBytes(rand.New(rand.NewPCG(1, 1)), 16<<20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := BuildCache(data, DefaultCacheHeight); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProveFromCache is what a farmer pays per challenge on a 64 MiB shard: hash one 16 KiB
// group and climb the cached level (the disk read is not included).
func BenchmarkProveFromCache(b *testing.B) {
	data := randBytes(rand.New(rand.NewPCG(1, 1)), 64<<20)
	_, c, err := BuildCache(data, DefaultCacheHeight)
	if err != nil {
		b.Fatal(err)
	}
	leaf := uint64(123_457)
	off, n := c.GroupRange(leaf)
	group := data[off : off+n]
	for b.Loop() {
		if _, err := c.Prove(leaf, group); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyDealLeaf(b *testing.B) {
	d := newTestDeal(b, rand.New(rand.NewPCG(2, 2)), 4, 1024, 1024)
	data, path := d.prove(b, 3000)
	for b.Loop() {
		if err := VerifyDealLeaf(d.root, d.shape, 3000, data, path); err != nil {
			b.Fatal(err)
		}
	}
}
