package proofs

import (
	"bytes"
	"crypto/sha256"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/granary-network/granary/internal/fuzzseed"
)

// fuzzShapes are the deals FuzzVerifyDealLeaf proves against: shards, leaves per full shard, leaves
// of the last shard. They cover one leaf, one shard, short last shards, a power of two and not.
var fuzzShapes = [][3]uint64{{1, 1, 1}, {1, 8, 5}, {3, 8, 5}, {4, 4, 4}, {5, 7, 3}, {2, 16, 9}, {9, 2, 2}, {3, 1, 1}}

var fuzzDeals = sync.OnceValue(func() []*testDeal {
	r := rand.New(rand.NewPCG(42, 42))
	out := make([]*testDeal, len(fuzzShapes))
	for i, s := range fuzzShapes {
		out[i] = newTestDeal(panicTB{}, r, int(s[0]), s[1], s[2])
	}
	return out
})

// panicTB lets the fuzz deals be built once outside a test; their construction cannot fail.
type panicTB struct{ testing.TB }

func (panicTB) Helper()               {}
func (panicTB) Fatal(args ...any)     { panic(args) }
func (panicTB) Fatalf(string, ...any) { panic("proofs: building a fuzz deal failed") }

// refVerify is an independent verifier written from the tree's definition in README.md, not from
// merkle.go: plain loops, crypto/sha256 called directly, heights found by doubling. It knows
// nothing but what the contract knows (root, leaves, shard leaves).
func refVerify(root Hash, leaves, shardLeaves, leaf uint64, data []byte, path []Hash) bool {
	if leaves == 0 || shardLeaves == 0 || leaf >= leaves || len(data) != LeafSize {
		return false
	}
	shards := leaves / shardLeaves
	if leaves%shardLeaves != 0 {
		shards++
	}
	shard, idx := leaf/shardLeaves, leaf%shardLeaves
	inShard := shardLeaves
	if shard == shards-1 {
		inShard = leaves - shard*shardLeaves
	}
	height := func(n uint64) int {
		h := 0
		for w := uint64(1); w < n; w *= 2 {
			h++
		}
		return h
	}
	hs, hd := height(inShard), height(shards)
	if len(path) != hs+hd {
		return false
	}
	node := sha256.Sum256(append([]byte{0}, data...))
	up := func(node [32]byte, pos uint64, siblings []Hash) [32]byte {
		for _, s := range siblings {
			if pos%2 == 0 {
				node = sha256.Sum256(append(append([]byte{1}, node[:]...), s[:]...))
			} else {
				node = sha256.Sum256(append(append([]byte{1}, s[:]...), node[:]...))
			}
			pos /= 2
		}
		return node
	}
	node = up(node, idx, path[:hs])
	node = up(node, shard, path[hs:])
	return node == root
}

// Proof mutations FuzzVerifyDealLeaf applies (mode % verifyModes).
const (
	modeGenuine   = iota // the genuine proof of the claimed leaf
	modeFlipData         // one bit of the leaf flipped
	modeFlipPath         // one bit of one path node flipped
	modeDropNode         // the last path node dropped
	modeAddNode          // a node from raw appended
	modeRawData          // the leaf replaced by raw (any length)
	modeRawPath          // the path replaced by raw, cut into 32-byte nodes
	modeOtherPath        // the genuine leaf with another leaf's path
	modeSwapNodes        // two path nodes swapped
	modeSetNode          // one path node replaced by raw's first 32 bytes
	verifyModes
)

// FuzzVerifyDealLeaf checks proofs.VerifyDealLeaf against two independent verifiers on genuine and
// mutated proofs of real deals (any leaf index, including out of range):
//   - refVerify, a second implementation of the same rules: both must give the same answer;
//   - the deal itself: a verifier that holds every byte of the deal accepts exactly the genuine leaf
//     and path at the claimed index. VerifyDealLeaf must never accept anything else (that would be a
//     second preimage), and must accept the genuine proof.
func FuzzVerifyDealLeaf(f *testing.F) {
	deals := fuzzDeals()
	f.Fuzz(func(t *testing.T, shapeSel uint8, leaf uint64, mode uint8, pos uint16, raw []byte) {
		d := deals[int(shapeSel)%len(deals)]
		leaves := d.shape.Leaves
		leaf %= leaves + 2 // two indexes past the end
		trueData, truePath := []byte(nil), []Hash(nil)
		if leaf < leaves {
			trueData, truePath = d.prove(t, leaf)
		}
		data, path := d.prove(t, leaf%leaves)
		data = bytes.Clone(data)
		path = append([]Hash(nil), path...)
		switch mode % verifyModes {
		case modeFlipData:
			data[int(pos/8)%len(data)] ^= 1 << (pos % 8)
		case modeFlipPath:
			if len(path) > 0 {
				path[int(pos/256)%len(path)][(pos/8)%32] ^= 1 << (pos % 8)
			}
		case modeDropNode:
			if len(path) > 0 {
				path = path[:len(path)-1]
			}
		case modeAddNode:
			var h Hash
			copy(h[:], raw)
			path = append(path, h)
		case modeRawData:
			data = raw
		case modeRawPath:
			path = path[:0]
			for i := 0; i+32 <= len(raw); i += 32 {
				path = append(path, Hash(raw[i:i+32]))
			}
		case modeOtherPath:
			_, path = d.prove(t, (leaf+1+uint64(pos))%leaves)
		case modeSwapNodes:
			if len(path) > 1 {
				i, j := int(pos)%len(path), int(pos>>8)%len(path)
				path[i], path[j] = path[j], path[i]
			}
		case modeSetNode:
			if len(path) > 0 {
				copy(path[int(pos)%len(path)][:], raw)
			}
		}
		got := VerifyDealLeaf(d.root, d.shape, leaf, data, path) == nil
		ref := refVerify(d.root, leaves, d.shape.ShardLeaves, leaf, data, path)
		genuine := leaf < leaves && bytes.Equal(data, trueData) && equalPaths(path, truePath)
		switch {
		case got && !genuine:
			t.Fatalf("accepted a proof that is not the deal's leaf %d (shape %+v, mode %d)", leaf, d.shape, mode%verifyModes)
		case genuine && !got:
			t.Fatalf("refused the genuine proof of leaf %d (shape %+v)", leaf, d.shape)
		case got != ref:
			t.Fatalf("VerifyDealLeaf says %v, the reference verifier %v (leaf %d, shape %+v, mode %d)", got, ref, leaf, d.shape, mode%verifyModes)
		}
	})
}

func equalPaths(a, b []Hash) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// FuzzCacheUnmarshal: decoding arbitrary bytes never panics, and what decodes re-encodes the same.
func FuzzCacheUnmarshal(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Cache
		if err := c.UnmarshalBinary(b); err != nil {
			return
		}
		again, _ := c.MarshalBinary()
		if string(again) != string(b) {
			t.Fatal("decoded cache re-encodes differently")
		}
	})
}

// TestSeedCorpus keeps testdata/fuzz in step with the encoders (GRANARY_UPDATE_SEEDS=1 rewrites it).
func TestSeedCorpus(t *testing.T) {
	var vs []fuzzseed.Seed
	for mode := uint8(0); mode < verifyModes; mode++ {
		vs = append(vs, fuzzseed.Seed{Name: "mode-" + string(rune('a'+mode)),
			Args: []any{uint8(mode % uint8(len(fuzzShapes))), uint64(3 + mode), mode, uint16(1000 + 77*uint16(mode)), bytes.Repeat([]byte{0xa5, mode}, 40)}})
	}
	vs = append(vs, fuzzseed.Seed{Name: "out-of-range", Args: []any{uint8(2), uint64(22), uint8(0), uint16(0), []byte{}}})
	fuzzseed.Sync(t, "FuzzVerifyDealLeaf", vs)

	var as []fuzzseed.Seed
	for mode := uint8(0); mode < agreementModes; mode++ {
		as = append(as, fuzzseed.Seed{Name: "mode-" + string(rune('a'+mode)),
			Args: []any{mode % uint8(len(fuzzAgreementShapes)), uint64(mode) * 0x10101, uint64(mode) + 1, mode,
				uint16(777 + 131*uint16(mode)), bytes.Repeat([]byte{0x5a, mode}, 48)}})
	}
	as = append(as, fuzzseed.Seed{Name: "big-id", Args: []any{uint8(5), uint64(0xffffff), ^uint64(0), uint8(0), uint16(0), []byte{}}})
	fuzzseed.Sync(t, "FuzzVerifyAgreementLeaf", as)

	_, c, err := BuildCache(make([]byte, 130*LeafSize), 4)
	if err != nil {
		t.Fatal(err)
	}
	good, _ := c.MarshalBinary()
	var one Cache
	if err := one.UnmarshalBinary(good); err != nil {
		t.Fatalf("seed cache does not decode: %v", err)
	}
	fuzzseed.Sync(t, "FuzzCacheUnmarshal", []fuzzseed.Seed{
		{Name: "valid", Args: []any{good}},
		{Name: "truncated", Args: []any{good[:9]}},
		{Name: "empty", Args: []any{[]byte{}}},
	})
}
