package proofs

import (
	"math/rand/v2"
	"testing"
)

// FuzzVerifyDealLeaf mutates a valid proof (leaf index, one bit of the data or of the path, the path
// length) and checks the verifier accepts exactly the genuine proofs: it must never accept what a
// correct verifier rejects.
func FuzzVerifyDealLeaf(f *testing.F) {
	d := newTestDeal(f, rand.New(rand.NewPCG(42, 42)), 3, 8, 5)
	f.Add(uint64(13), uint16(0), uint8(0), int8(0))
	f.Add(uint64(0), uint16(2047), uint8(1), int8(0))
	f.Add(uint64(20), uint16(300), uint8(2), int8(-1))
	f.Add(uint64(7), uint16(0), uint8(3), int8(1))
	f.Fuzz(func(t *testing.T, leaf uint64, bit uint16, where uint8, grow int8) {
		leaf %= d.shape.Leaves + 2
		real := leaf % d.shape.Leaves
		data, path := d.prove(t, real)
		data = append([]byte(nil), data...)
		path = append([]Hash(nil), path...)
		mutated := leaf != real
		switch where % 4 {
		case 1:
			data[int(bit/8)%len(data)] ^= 1 << (bit % 8)
			mutated = true
		case 2:
			i := int(bit) % len(path)
			path[i][bit%32] ^= 1 << (bit % 8)
			mutated = true
		}
		switch {
		case grow < 0 && len(path) > 0:
			path = path[:len(path)-1]
			mutated = true
		case grow > 0:
			path = append(path, Hash{byte(grow)})
			mutated = true
		}
		err := VerifyDealLeaf(d.root, d.shape, leaf, data, path)
		if mutated && err == nil {
			t.Fatalf("accepted a mutated proof (leaf %d, bit %d, where %d, grow %d)", leaf, bit, where, grow)
		}
		if !mutated && err != nil {
			t.Fatalf("refused a genuine proof: %v", err)
		}
	})
}

// FuzzCacheUnmarshal: decoding arbitrary bytes never panics, and what decodes re-encodes the same.
func FuzzCacheUnmarshal(f *testing.F) {
	_, c, _ := BuildCache(make([]byte, 130*LeafSize), 4)
	good, _ := c.MarshalBinary()
	f.Add(good)
	f.Add([]byte{})
	f.Add(good[:9])
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
