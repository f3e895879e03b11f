package proofs

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

func TestSetMirrorsSwapAndPop(t *testing.T) {
	s := NewSet()
	for id := uint64(1); id <= 5; id++ {
		if err := s.Add(SetDeal{ID: id, Leaves: 4}); err != nil { // all in class 2
			t.Fatal(err)
		}
	}
	if err := s.Remove(2, 4); err != nil {
		t.Fatal(err)
	}
	want := []uint64{1, 5, 3, 4}
	for i, d := range s.classes[2] {
		if d.ID != want[i] {
			t.Fatalf("class order %v, want %v", s.classes[2], want)
		}
	}
	if s.TotalLeaves() != 16 || s.Len() != 4 {
		t.Fatalf("total %d len %d", s.TotalLeaves(), s.Len())
	}
	if err := s.Add(SetDeal{ID: 5, Leaves: 4}); err == nil {
		t.Fatal("added a deal twice")
	}
	if err := s.Remove(9, 4); err == nil {
		t.Fatal("removed a deal that is not there")
	}
	if err := s.Add(SetDeal{ID: 10}); err == nil {
		t.Fatal("added an empty deal")
	}
	if _, err := NewSet().Pick(Hash{}, 0); err == nil {
		t.Fatal("picked from an empty set")
	}
}

// Removals undone in reverse order with Restore give back the same set, order included, so the same
// picks; Position reports what the contract's events do.
func TestSetRestoreUndoesRemove(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	s := NewSet()
	deals := map[uint64]SetDeal{}
	for id := uint64(1); id <= 40; id++ {
		d := SetDeal{ID: id, Leaves: 1 + r.Uint64N(300)}
		deals[id] = d
		if err := s.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	seed := Hash{1}
	before, err := s.Challenges(seed, 64)
	if err != nil {
		t.Fatal(err)
	}
	type removal struct {
		d   SetDeal
		pos int
	}
	var undo []removal
	for _, id := range []uint64{3, 17, 40, 1, 22, 9} {
		c, pos, ok := s.Position(id)
		if !ok || c != Class(deals[id].Leaves) {
			t.Fatalf("deal %d: position %d %d %v", id, c, pos, ok)
		}
		if err := s.Remove(id, deals[id].Leaves); err != nil {
			t.Fatal(err)
		}
		undo = append(undo, removal{deals[id], pos})
	}
	for i := len(undo) - 1; i >= 0; i-- {
		if err := s.Restore(undo[i].d, undo[i].pos); err != nil {
			t.Fatal(err)
		}
	}
	after, err := s.Challenges(seed, 64)
	if err != nil {
		t.Fatal(err)
	}
	for i := range before {
		if before[i] != after[i] {
			t.Fatalf("challenge %d: %+v before the removals, %+v after undoing them", i, before[i], after[i])
		}
	}
	for id, d := range deals {
		c, pos, ok := s.Position(id)
		if !ok || s.classes[c][pos] != d {
			t.Fatalf("deal %d misplaced after restore", id)
		}
	}
	if err := s.Restore(deals[5], 0); err == nil {
		t.Fatal("restored a deal that is in the set")
	}
	if err := s.Restore(SetDeal{ID: 99, Leaves: 4}, 1000); err == nil {
		t.Fatal("restored a deal past the end of its class")
	}
}

// Every leaf the farmer holds should be about equally likely: each deal is picked in proportion to
// its size. 40,000 picks over deals spanning several size classes; each deal's count must be within
// 5 standard deviations of its expectation (the seeds are fixed, so this is deterministic).
func TestPickIsWeightedBySize(t *testing.T) {
	s := NewSet()
	sizes := []uint64{1, 1, 3, 8, 9, 15, 16, 100, 127, 128, 1000, 5000}
	var total uint64
	for i, n := range sizes {
		if err := s.Add(SetDeal{ID: uint64(i + 1), Leaves: n}); err != nil {
			t.Fatal(err)
		}
		total += n
	}
	counts := map[uint64]int{}
	leafHits := map[uint64]bool{}
	const rounds = 10_000
	for r := 0; r < rounds; r++ {
		seed := Seed(keccak(big.NewInt(int64(r)).Bytes()), [20]byte{1}, uint32(r))
		chs, err := s.Challenges(seed, 4)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range chs {
			counts[c.DealID]++
			if c.Leaf >= sizes[c.DealID-1] {
				t.Fatalf("leaf %d out of deal %d's %d leaves", c.Leaf, c.DealID, sizes[c.DealID-1])
			}
			if c.DealID == 8 {
				leafHits[c.Leaf] = true
			}
		}
	}
	picks := float64(rounds * 4)
	for i, n := range sizes {
		p := float64(n) / float64(total)
		exp, sd := picks*p, math.Sqrt(picks*p*(1-p))
		got := float64(counts[uint64(i+1)])
		if math.Abs(got-exp) > 5*sd+1 {
			t.Errorf("deal of %d leaves picked %v times, expected %.1f ± %.1f", n, got, exp, sd)
		}
	}
	if len(leafHits) < 90 { // deal 8 has 100 leaves and ~1,250 picks: nearly all leaves are hit
		t.Errorf("only %d of deal 8's 100 leaves were ever challenged", len(leafHits))
	}
}

func TestPickDependsOnSeedAndIndex(t *testing.T) {
	s := NewSet()
	for i := uint64(1); i <= 50; i++ {
		_ = s.Add(SetDeal{ID: i, Leaves: 1 << 20})
	}
	seen := map[Challenge]bool{}
	for i := uint64(0); i < 8; i++ {
		for seed := byte(0); seed < 8; seed++ {
			c, err := s.Pick(Hash{seed}, i)
			if err != nil {
				t.Fatal(err)
			}
			seen[c] = true
		}
	}
	if len(seen) < 60 {
		t.Fatalf("64 (seed, index) pairs gave only %d distinct challenges", len(seen))
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

func BenchmarkPick(b *testing.B) {
	s := NewSet()
	for i := uint64(1); i <= 10_000; i++ {
		_ = s.Add(SetDeal{ID: i, Leaves: 1 + i*37%100_000})
	}
	for b.Loop() {
		if _, err := s.Pick(Hash{1}, 3); err != nil {
			b.Fatal(err)
		}
	}
}
