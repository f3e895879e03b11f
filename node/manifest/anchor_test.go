package manifest

import (
	"context"
	"errors"
	"testing"
)

// An anchor opens only under the master key, owner and number it was sealed for, and not at all
// once a byte changed.
func TestAnchorSeal(t *testing.T) {
	k := testKey(1)
	m := testManifest(t, "granary/catalogue", 5<<20, 3, 3, 4<<20)
	owner := []byte("renter-address-20byt")
	sealed, err := k.SealAnchor(owner, 7, m)
	if err != nil {
		t.Fatal(err)
	}
	got, err := k.OpenAnchor(owner, 7, sealed)
	if err != nil {
		t.Fatal(err)
	}
	assertEqual(t, got, m)
	if _, err := testKey(2).OpenAnchor(owner, 7, sealed); !errors.Is(err, ErrWrongKey) {
		t.Fatalf("another key: %v", err)
	}
	if _, err := k.OpenAnchor([]byte("another-renter-addre"), 7, sealed); !errors.Is(err, ErrTamperedManifest) {
		t.Fatalf("another owner: %v", err)
	}
	if _, err := k.OpenAnchor(owner, 8, sealed); !errors.Is(err, ErrTamperedManifest) {
		t.Fatalf("another number: %v", err)
	}
	for _, i := range []int{0, 4, 13, anchorHeaderLen, len(sealed) - 1} {
		bad := append([]byte(nil), sealed...)
		bad[i] ^= 1
		if _, err := k.OpenAnchor(owner, 7, bad); err == nil {
			t.Fatalf("byte %d flipped: opened", i)
		}
	}
	if _, err := k.OpenAnchor(owner, 7, sealed[:anchorHeaderLen+3]); !errors.Is(err, ErrTamperedManifest) {
		t.Fatalf("truncated: %v", err)
	}
}

// The store's digest changes with every put, replacement and delete, and not otherwise.
func TestStoreDigest(t *testing.T) {
	ctx := context.Background()
	s, err := OpenMemStore(testKey(1))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[[32]byte]string{}
	step := func(what string) {
		t.Helper()
		d, err := s.Digest(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if again, _ := s.Digest(ctx); again != d {
			t.Fatalf("%s: digest not stable", what)
		}
		if prev, ok := seen[d]; ok {
			t.Fatalf("%s: digest equals the one after %s", what, prev)
		}
		seen[d] = what
	}
	step("empty")
	m := testManifest(t, "a", 100, 3, 3, 4<<20)
	if err := s.Put(ctx, m); err != nil {
		t.Fatal(err)
	}
	step("put a")
	if err := s.Put(ctx, m); err != nil {
		t.Fatal(err)
	}
	step("put a again")
	if err := s.Delete(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	d, _ := s.Digest(ctx)
	if seen[d] != "empty" {
		t.Fatalf("deleting the only file: digest of %q, want the empty store's", seen[d])
	}
}
