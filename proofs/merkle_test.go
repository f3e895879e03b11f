package proofs

import (
	"bytes"
	"crypto/sha256"
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

// refClimb hashes a leaf up a shard's tree along path, independently of merkle.go: crypto/sha256
// called directly, the side taken from the bits of idx.
func refClimb(leaf []byte, idx uint64, path []Hash) Hash {
	node := sha256.Sum256(append([]byte{0}, leaf...))
	for _, s := range path {
		if idx%2 == 0 {
			node = sha256.Sum256(append(append([]byte{1}, node[:]...), s[:]...))
		} else {
			node = sha256.Sum256(append(append([]byte{1}, s[:]...), node[:]...))
		}
		idx /= 2
	}
	return node
}

// Every leaf's ProveShard path has Depth(leaves) nodes and climbs to the shard's root, by the
// reference and as the agreement verifier checks it (a shard alone in its agreement), for shards of
// 1 to 70 leaves; the path of another leaf does not.
func TestShardProofsVerify(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := uint64(1); n <= 70; n++ {
		data := randBytes(r, int(n)*LeafSize)
		root, err := ShardRoot(data)
		if err != nil {
			t.Fatal(err)
		}
		tree := AgreementRoot([]Hash{EntryHash(root, n)})
		for leaf := range n {
			path, err := ProveShard(data, leaf)
			if err != nil {
				t.Fatal(err)
			}
			l := data[leaf*LeafSize : (leaf+1)*LeafSize]
			if len(path) != Depth(n) || refClimb(l, leaf, path) != refShardRoot(data) {
				t.Fatalf("%d leaves, leaf %d: the path (%d nodes) does not climb to the root", n, leaf, len(path))
			}
			if err := VerifyAgreementPath(tree, 1, 0, leaf, AgreementProof{ShardLeaves: n, Leaf: l, ShardPath: path}); err != nil {
				t.Fatalf("%d leaves, leaf %d: %v", n, leaf, err)
			}
			if n > 1 {
				other, _ := ProveShard(data, (leaf+1)%n)
				if err := VerifyAgreementPath(tree, 1, 0, leaf, AgreementProof{ShardLeaves: n, Leaf: l, ShardPath: other}); !errors.Is(err, ErrBadProof) {
					t.Fatalf("%d leaves, leaf %d with the next leaf's path: %v", n, leaf, err)
				}
			}
		}
		if _, err := ProveShard(data, n); err == nil {
			t.Fatalf("%d leaves: proved leaf %d", n, n)
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
