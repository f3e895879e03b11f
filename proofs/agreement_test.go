package proofs

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"golang.org/x/crypto/sha3"
)

// testAgreement is an agreement as a farmer holds it: the tree and every shard's bytes and cache.
type testAgreement struct {
	tree   *Agreement
	data   map[Hash][]byte
	caches map[Hash]*Cache
}

func newTestAgreement(t testing.TB, r *rand.Rand, lens ...uint64) *testAgreement {
	t.Helper()
	a := &testAgreement{tree: &Agreement{}, data: map[Hash][]byte{}, caches: map[Hash]*Cache{}}
	for _, n := range lens {
		a.addShard(t, r, n)
	}
	return a
}

func (a *testAgreement) addShard(t testing.TB, r *rand.Rand, n uint64) Hash {
	t.Helper()
	data := randBytes(r, int(n)*LeafSize)
	root, c, err := BuildCache(data, 2)
	if err != nil {
		t.Fatal(err)
	}
	a.data[root], a.caches[root] = data, c
	if err := a.tree.Add(Shard{Root: root, Leaves: n}); err != nil {
		t.Fatal(err)
	}
	return root
}

func (a *testAgreement) source(root Hash, leaf uint64) (*Cache, []byte, error) {
	c, ok := a.caches[root]
	if !ok {
		return nil, nil, fmt.Errorf("no shard %x", root[:4])
	}
	off, n := c.GroupRange(leaf)
	return c, a.data[root][off : off+n], nil
}

func (a *testAgreement) prove(t testing.TB, seed Hash, id uint64) AgreementProof {
	t.Helper()
	p, err := a.tree.Prove(seed, id, a.source)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// refEntry and refAgreementRoot define the agreement tree independently of agreement.go: sort the
// (root, leaves) pairs, hash each as the spec writes it, pad to a power of two, hash pairs.
func refEntry(root Hash, leaves uint64) Hash {
	b := append([]byte{2}, root[:]...)
	b = binary.BigEndian.AppendUint64(b, leaves)
	return sha256.Sum256(b)
}

func refAgreementRoot(shards []Shard) Hash {
	s := slices.Clone(shards)
	slices.SortFunc(s, func(x, y Shard) int { return bytes.Compare(x.Root[:], y.Root[:]) })
	hs := make([]Hash, len(s))
	for k, x := range s {
		hs[k] = refEntry(x.Root, x.Leaves)
	}
	if len(hs) == 0 {
		return Hash{}
	}
	return refRoot(hs)
}

func TestEntryHash(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	for _, n := range []uint64{1, 2, 255, 1 << 20, math.MaxUint64} {
		root := Hash(randBytes(r, 32))
		if got, want := EntryHash(root, n), refEntry(root, n); got != want {
			t.Fatalf("entry(%x, %d) = %x, want %x", root[:4], n, got, want)
		}
	}
	root := Hash(randBytes(r, 32))
	if EntryHash(root, 1) == EntryHash(root, 2) {
		t.Fatal("an entry does not bind the shard's length")
	}
	if EntryHash(root, 1) == HashNode(root, Hash{}) || EntryHash(root, 1) == HashLeaf(root[:]) {
		t.Fatal("entry, node and leaf hashes share a domain")
	}
}

// Random Adds and Removes, with Root read after some of them (so the incremental rebuild meets
// every pattern of stale levels), always give the root of the naive definition.
func TestAgreementAddRemoveMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 6))
	a := &Agreement{}
	var held []Shard
	if a.Root() != (Hash{}) || a.Shards() != 0 || a.Leaves() != 0 {
		t.Fatal("empty agreement is not zero")
	}
	for step := 0; step < 1500; step++ {
		if len(held) == 0 || r.IntN(5) < 3 {
			s := Shard{Root: Hash(randBytes(r, 32)), Leaves: 1 + r.Uint64N(1000)}
			if err := a.Add(s); err != nil {
				t.Fatal(err)
			}
			held = append(held, s)
		} else {
			k := r.IntN(len(held))
			got, err := a.Remove(held[k].Root)
			if err != nil || got != held[k] {
				t.Fatalf("remove: %v, %+v", err, got)
			}
			held = slices.Delete(held, k, k+1)
		}
		if r.IntN(3) == 0 || len(held) < 5 {
			if got, want := a.Root(), refAgreementRoot(held); got != want {
				t.Fatalf("step %d, %d shards: root %x, reference %x", step, len(held), got, want)
			}
			var leaves uint64
			for _, s := range held {
				leaves += s.Leaves
			}
			if a.Leaves() != leaves || a.Shards() != uint64(len(held)) {
				t.Fatalf("step %d: %d leaves %d shards, want %d %d", step, a.Leaves(), a.Shards(), leaves, len(held))
			}
		}
	}
	// The same set built at once in any order gives the same tree.
	r.Shuffle(len(held), func(i, j int) { held[i], held[j] = held[j], held[i] })
	b, err := NewAgreement(held)
	if err != nil {
		t.Fatal(err)
	}
	if b.Root() != a.Root() {
		t.Fatal("NewAgreement and Add/Remove disagree")
	}
	if err := a.Add(held[0]); err == nil {
		t.Fatal("a shard added twice")
	}
	if _, err := a.Remove(Hash{1}); err == nil {
		t.Fatal("removed a shard never added")
	}
	if err := a.Add(Shard{Root: Hash{2}}); err == nil {
		t.Fatal("added a shard of zero leaves")
	}
	if _, err := NewAgreement([]Shard{held[0], held[0]}); err == nil {
		t.Fatal("NewAgreement took a duplicate")
	}
}

func TestAgreementSmallTrees(t *testing.T) {
	e := func(b byte, n uint64) (Shard, Hash) {
		s := Shard{Root: Hash{b}, Leaves: n}
		return s, refEntry(s.Root, n)
	}
	s1, e1 := e(1, 3)
	s2, e2 := e(2, 5)
	s3, e3 := e(3, 1)
	one, _ := NewAgreement([]Shard{s1})
	if one.Root() != e1 {
		t.Fatal("a one-entry tree's root is not its entry")
	}
	three, _ := NewAgreement([]Shard{s3, s1, s2})
	if want := HashNode(HashNode(e1, e2), HashNode(e3, Hash{})); three.Root() != want {
		t.Fatal("three entries: not sorted by root or not padded with Z0")
	}
	for j := uint64(0); j < 3; j++ {
		path, err := three.TreePath(j)
		if err != nil || len(path) != 2 {
			t.Fatalf("path %d: %v %d", j, err, len(path))
		}
	}
	if _, err := three.TreePath(3); err == nil {
		t.Fatal("path of entry 3 of 3")
	}
}

func TestSeeds(t *testing.T) {
	k := func(b ...[]byte) Hash {
		d := sha3.NewLegacyKeccak256()
		for _, x := range b {
			d.Write(x)
		}
		return Hash(d.Sum(nil))
	}
	word := func(x uint64) []byte { return new(big.Int).SetUint64(x).FillBytes(make([]byte, 32)) }
	bh, rd := Hash{0xaa, 1}, Hash{0xbb, 2}
	if got, want := PeriodSeed(bh, rd, 77), k(bh[:], rd[:], word(77)); got != want {
		t.Fatal("period seed")
	}
	str := append(word(9), []byte("challenge")...)
	str = append(str, make([]byte, 23)...)
	if got, want := ChallengeSeed(bh, 12), k(bh[:], word(12), word(0x60), str); got != want {
		t.Fatal("challenge seed")
	}
	// The due value and the picks are the EVM's uint256 % n.
	r := rand.New(rand.NewPCG(8, 8))
	for range 200 {
		seed, id := Hash(randBytes(r, 32)), r.Uint64()
		n := 1 + r.Uint64N(1<<uint(r.IntN(64)))
		big1 := new(big.Int).SetBytes(k(seed[:], word(id), word(1)).Bytes())
		big2 := new(big.Int).SetBytes(k(seed[:], word(id), word(2)).Bytes())
		bigD := new(big.Int).SetBytes(k(seed[:], word(id)).Bytes())
		m := new(big.Int).SetUint64(n)
		if PickShard(seed, id, n) != new(big.Int).Mod(big1, m).Uint64() || PickLeaf(seed, id, n) != new(big.Int).Mod(big2, m).Uint64() {
			t.Fatalf("pick mod %d", n)
		}
		if DueValue(seed, id) != new(big.Int).Mod(bigD, big.NewInt(10_000)).Uint64() {
			t.Fatal("due value")
		}
	}
}

// Over many agreement ids the share that is due is q within 5 standard deviations, for several q,
// and it does not depend on what other ids exist: each id's draw is its own.
func TestDueRate(t *testing.T) {
	const n = 40_000
	for _, bps := range []uint16{1, 50, 500, 2_500, 9_999, 10_000} {
		seedCount := 0
		for s := 0; s < 4; s++ {
			seed := keccak([]byte(fmt.Sprint("due rate seed ", s)))
			for id := uint64(1); id <= n/4; id++ {
				if IsDue(seed, id, bps) {
					seedCount++
				}
			}
		}
		q := float64(bps) / 10_000
		sigma := math.Sqrt(n * q * (1 - q))
		if d := math.Abs(float64(seedCount) - n*q); d > 5*sigma+0.5 {
			t.Errorf("q=%v: %d due of %d, expected %.0f ± %.1f (5σ)", q, seedCount, n, n*q, 5*sigma)
		}
	}
	if IsDue(Hash{}, 1, 0) {
		t.Error("due with q = 0")
	}
}

// corrupt-one-thing table over a genuine proof.
func TestVerifyAgreementLeafTable(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	a := newTestAgreement(t, r, 5, 64, 1, 17, 33)
	seed, id := Hash{0x42}, uint64(7)
	good := a.prove(t, seed, id)
	root, shards := a.tree.Root(), a.tree.Shards()
	if err := VerifyAgreementLeaf(seed, root, shards, good); err != nil {
		t.Fatalf("genuine proof refused: %v", err)
	}
	j := PickShard(seed, id, shards)
	other := a.tree.Shard((j + 1) % shards)
	clone := func(p AgreementProof) AgreementProof {
		p.Leaf = bytes.Clone(p.Leaf)
		p.ShardPath = slices.Clone(p.ShardPath)
		p.TreePath = slices.Clone(p.TreePath)
		return p
	}
	rows := []struct {
		name   string
		mutate func(*AgreementProof)
		seed   Hash
		root   Hash
		shards uint64
		length bool // refused as the wrong shape (BadProofLength), else as InvalidProof
	}{
		{name: "flipped leaf bit", mutate: func(p *AgreementProof) { p.Leaf[100] ^= 4 }},
		{name: "short leaf", mutate: func(p *AgreementProof) { p.Leaf = p.Leaf[:LeafSize-1] }, length: true},
		{name: "long leaf", mutate: func(p *AgreementProof) { p.Leaf = append(p.Leaf, 0) }, length: true},
		{name: "flipped shard path node", mutate: func(p *AgreementProof) { p.ShardPath[0][3] ^= 1 }},
		{name: "flipped tree path node", mutate: func(p *AgreementProof) { p.TreePath[len(p.TreePath)-1][31] ^= 1 }},
		{name: "shard path one short", mutate: func(p *AgreementProof) { p.ShardPath = p.ShardPath[1:] }, length: true},
		{name: "tree path one long", mutate: func(p *AgreementProof) { p.TreePath = append(p.TreePath, Hash{}) }, length: true},
		{name: "swapped tree path nodes", mutate: func(p *AgreementProof) { p.TreePath[0], p.TreePath[1] = p.TreePath[1], p.TreePath[0] }},
		{name: "zero shard leaves", mutate: func(p *AgreementProof) { p.ShardLeaves = 0 }, length: true},
		{name: "shard leaves off by one", mutate: func(p *AgreementProof) { p.ShardLeaves++ }},
		{name: "another agreement id", mutate: func(p *AgreementProof) { p.AgreementID++ }},
		{name: "proof of another shard", mutate: func(p *AgreementProof) {
			q, err := a.tree.ProveLeaf(id, (j+1)%shards, PickLeaf(seed, id, other.Leaves), a.source)
			if err != nil {
				t.Fatal(err)
			}
			*p = q
		}},
		{name: "proof of another leaf", mutate: func(p *AgreementProof) {
			i := (PickLeaf(seed, id, good.ShardLeaves) + 1) % good.ShardLeaves
			q, err := a.tree.ProveLeaf(id, j, i, a.source)
			if err != nil {
				t.Fatal(err)
			}
			*p = q
		}},
		{name: "another seed", seed: Hash{0x43}},
		{name: "another root", root: Hash{1}},
		{name: "one shard more", shards: shards + 1},
		{name: "one shard less (5 → 4: a shorter tree)", shards: shards - 1, length: true},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			p := clone(good)
			if row.mutate != nil {
				row.mutate(&p)
			}
			s, rt, n := seed, root, shards
			if row.seed != (Hash{}) {
				s = row.seed
			}
			if row.root != (Hash{}) {
				rt = row.root
			}
			if row.shards != 0 {
				n = row.shards
			}
			err := VerifyAgreementLeaf(s, rt, n, p)
			if !errors.Is(err, ErrBadProof) {
				t.Fatalf("accepted or wrong error: %v", err)
			}
			if errors.Is(err, ErrProofLength) != row.length {
				t.Fatalf("length error %v, want %v: %v", errors.Is(err, ErrProofLength), row.length, err)
			}
		})
	}
}

// Every due agreement's proof from a cache verifies, for agreements of 1 to 40 shards of many sizes.
func TestAgreementProofsVerify(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 10))
	a := newTestAgreement(t, r)
	for n := 1; n <= 40; n++ {
		a.addShard(t, r, 1+r.Uint64N(130))
		for s := 0; s < 4; s++ {
			seed, id := Hash(randBytes(r, 32)), r.Uint64()
			p := a.prove(t, seed, id)
			if err := VerifyAgreementLeaf(seed, a.tree.Root(), a.tree.Shards(), p); err != nil {
				t.Fatalf("%d shards: %v", n, err)
			}
			if !refVerifyAgreement(seed, a.tree.Root(), a.tree.Shards(), p) {
				t.Fatalf("%d shards: the reference verifier refuses a genuine proof", n)
			}
		}
	}
	// A corrupt shard is found by the cache, never proven.
	root := a.tree.Shard(0).Root
	a.data[root] = bytes.Clone(a.data[root])
	a.data[root][0] ^= 1
	_, err := a.tree.ProveLeaf(1, 0, 0, a.source)
	if !errors.Is(err, ErrBadProof) {
		t.Fatalf("proved from a corrupt shard: %v", err)
	}
}

func BenchmarkAgreementRoot10k(b *testing.B) {
	r := rand.New(rand.NewPCG(11, 11))
	shards := make([]Shard, 10_000)
	for k := range shards {
		shards[k] = Shard{Root: Hash(randBytes(r, 32)), Leaves: 1 + r.Uint64N(1<<18)}
	}
	b.ResetTimer()
	for range b.N {
		a, err := NewAgreement(shards)
		if err != nil {
			b.Fatal(err)
		}
		_ = a.Root()
	}
}

// An upload into an agreement of 10,000 shards: Add one shard and read the new root, then Remove it
// and read the root again (what farmer and renter do per revision).
func BenchmarkAgreementAddRemove10k(b *testing.B) {
	r := rand.New(rand.NewPCG(12, 12))
	shards := make([]Shard, 10_000)
	for k := range shards {
		shards[k] = Shard{Root: Hash(randBytes(r, 32)), Leaves: 1 + r.Uint64N(1<<18)}
	}
	a, _ := NewAgreement(shards)
	a.Root()
	extra := make([]Shard, 256)
	for k := range extra {
		extra[k] = Shard{Root: Hash(randBytes(r, 32)), Leaves: 64}
	}
	b.ResetTimer()
	for n := range b.N {
		s := extra[n%len(extra)]
		if err := a.Add(s); err != nil {
			b.Fatal(err)
		}
		a.Root()
		if _, err := a.Remove(s.Root); err != nil {
			b.Fatal(err)
		}
		a.Root()
	}
}

// Verification of a proof in an agreement of 10,000 shards of 64 MiB (depth 18 + 14).
func BenchmarkVerifyAgreementLeaf(b *testing.B) {
	r := rand.New(rand.NewPCG(13, 13))
	p := AgreementProof{AgreementID: 9, ShardLeaves: 1 << 18, Leaf: randBytes(r, LeafSize)}
	for range 18 {
		p.ShardPath = append(p.ShardPath, Hash(randBytes(r, 32)))
	}
	for range 14 {
		p.TreePath = append(p.TreePath, Hash(randBytes(r, 32)))
	}
	seed, shards := Hash{7}, uint64(10_000)
	j, i := PickShard(seed, 9, shards), PickLeaf(seed, 9, p.ShardLeaves)
	root := climb(EntryHash(climb(HashLeaf(p.Leaf), i, p.ShardPath), p.ShardLeaves), j, p.TreePath)
	b.ResetTimer()
	for range b.N {
		if err := VerifyAgreementLeaf(seed, root, shards, p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIsDue(b *testing.B) {
	seed := Hash{1}
	for n := range b.N {
		IsDue(seed, uint64(n), 100)
	}
}
