package proofs

import (
	"bytes"
	"testing"

	"github.com/granary-network/granary/internal/fuzzseed"
)

// panicTB lets the fuzz agreements be built once outside a test; their construction cannot fail.
type panicTB struct{ testing.TB }

func (panicTB) Helper()               {}
func (panicTB) Fatal(args ...any)     { panic(args) }
func (panicTB) Fatalf(string, ...any) { panic("proofs: building a fuzz agreement failed") }

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
	fuzzseed.Explore(f, "FuzzCacheUnmarshal")
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
