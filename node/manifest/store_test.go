package manifest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"testing"
)

// TestSealTamper flips every byte and cuts every length of a sealed manifest: each must fail with
// the sentinel of the region it hit, never decode.
func TestSealTamper(t *testing.T) {
	key := testKey(1)
	m := testManifest(t, "photos/2026.tar", 2500, 3, 2, 1000)
	sealed, err := Seal(key, m)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Unseal(key, sealed)
	if err != nil {
		t.Fatal(err)
	}
	assertEqual(t, got, m)
	if _, err := Unseal(testKey(2), sealed); !errors.Is(err, ErrWrongKey) {
		t.Fatalf("wrong key: %v, want ErrWrongKey", err)
	}
	for i := range sealed {
		bad := bytes.Clone(sealed)
		bad[i] ^= 0x01
		_, err := Unseal(key, bad)
		want := ErrTamperedManifest
		switch {
		case i == 4:
			want = ErrUnsupportedVersion
		case i >= 5 && i < 13:
			want = ErrWrongKey
		}
		if !errors.Is(err, want) {
			t.Fatalf("byte %d flipped: %v, want %v", i, err, want)
		}
	}
	for n := range len(sealed) {
		if _, err := Unseal(key, sealed[:n]); !errors.Is(err, ErrTamperedManifest) {
			t.Fatalf("cut to %d bytes: %v, want ErrTamperedManifest", n, err)
		}
	}
	// Two seals of one manifest differ (random nonce) and both open.
	again, _ := Seal(key, m)
	if bytes.Equal(again, sealed) {
		t.Fatal("sealing twice gave the same bytes")
	}
}

func openTestStore(t *testing.T, dir string, key MasterKey) *Store {
	t.Helper()
	s, err := OpenStore(dir, key)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestStore(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "catalogue")
	s := openTestStore(t, dir, testKey(1))
	a := testManifest(t, "a.txt", 10, 3, 3, 1000)
	b := testManifest(t, "b/c.bin", 5000, 10, 20, 1000)
	for _, m := range []*Manifest{a, b} {
		if err := s.Put(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Get(ctx, "b/c.bin")
	if err != nil {
		t.Fatal(err)
	}
	assertEqual(t, got, b)
	if _, err := s.Get(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing: %v, want ErrNotFound", err)
	}
	names, err := s.List(ctx)
	if err != nil || fmt.Sprint(names) != "[a.txt b/c.bin]" {
		t.Fatalf("List = %v, %v", names, err)
	}
	// Names are not stored in the clear.
	it := s.db.NewIterator(nil, nil)
	for it.Next() {
		if bytes.Contains(it.Key(), []byte("a.txt")) || bytes.Contains(it.Value(), []byte("a.txt")) {
			t.Fatalf("name in the clear under key %q", it.Key())
		}
	}
	it.Release()
	if err := s.Delete(ctx, "a.txt"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, "a.txt"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleted: %v, want ErrNotFound", err)
	}
	s.Close()

	// Reopen: the wrong key is refused up front, the right one sees the data.
	if _, err := OpenStore(dir, testKey(2)); !errors.Is(err, ErrWrongKey) {
		t.Fatalf("reopen with the wrong key: %v, want ErrWrongKey", err)
	}
	s2 := openTestStore(t, dir, testKey(1))
	if got, err := s2.Get(ctx, "b/c.bin"); err != nil || got.Size != b.Size {
		t.Fatalf("after reopen: %v", err)
	}
}

func TestStoreTamper(t *testing.T) {
	ctx := context.Background()
	s, err := OpenMemStore(testKey(1))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, b := testManifest(t, "a", 10, 3, 3, 1000), testManifest(t, "b", 20, 3, 3, 1000)
	s.Put(ctx, a)
	s.Put(ctx, b)
	ka, kb := s.dbKey("a"), s.dbKey("b")
	va, _ := s.db.Get(ka, nil)
	vb, _ := s.db.Get(kb, nil)

	bad := bytes.Clone(va)
	bad[len(bad)/2] ^= 0x80
	s.db.Put(ka, bad, nil)
	if _, err := s.Get(ctx, "a"); !errors.Is(err, ErrTamperedManifest) {
		t.Fatalf("flipped value: %v, want ErrTamperedManifest", err)
	}
	s.db.Put(ka, va[:len(va)-1], nil)
	if _, err := s.Get(ctx, "a"); !errors.Is(err, ErrTamperedManifest) {
		t.Fatalf("truncated value: %v, want ErrTamperedManifest", err)
	}
	s.db.Put(ka, vb, nil) // b's manifest filed under a's name: authentic, but in the wrong place
	if _, err := s.Get(ctx, "a"); !errors.Is(err, ErrTamperedManifest) {
		t.Fatalf("swapped value: %v, want ErrTamperedManifest", err)
	}
	if err := s.Each(ctx, func(*Manifest) error { return nil }); !errors.Is(err, ErrTamperedManifest) {
		t.Fatalf("Each over a tampered store: %v, want ErrTamperedManifest", err)
	}
}

func TestStreamFraming(t *testing.T) {
	key := newAEAD(testKey(1).derive(labelExportKey, []byte("salt")))
	header := []byte("header")
	for _, n := range []int{0, 1, exportChunk - 1, exportChunk, exportChunk + 1, 3 * exportChunk, 3*exportChunk + 7} {
		plain := make([]byte, n)
		for i := range plain {
			plain[i] = byte(i * 7)
		}
		var buf bytes.Buffer
		w := &streamWriter{w: &buf, aead: key, header: header, buf: make([]byte, 0, exportChunk)}
		// Write in odd pieces to exercise the buffering.
		for rest := plain; len(rest) > 0; {
			k := min(len(rest), 1000+len(rest)%7919)
			w.Write(rest[:k])
			rest = rest[k:]
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		frames := n/exportChunk + 1
		if n > 0 && n%exportChunk == 0 {
			frames-- // a full last frame is still the last
		}
		if want := n + frames*TagSize; buf.Len() != want {
			t.Fatalf("%d bytes: stream of %d, want %d", n, buf.Len(), want)
		}
		read := func(b []byte) ([]byte, error) {
			r := &streamReader{r: bufioReader(b), aead: key, header: header, frame: make([]byte, exportChunk+TagSize)}
			return io.ReadAll(r)
		}
		got, err := read(buf.Bytes())
		if err != nil || !bytes.Equal(got, plain) {
			t.Fatalf("%d bytes: read back %d bytes, %v", n, len(got), err)
		}
		// Cut at every frame boundary and inside frames: always an error, never a short read.
		for cut := 0; cut < buf.Len(); cut += max(1, exportChunk/3) {
			if _, err := read(buf.Bytes()[:cut]); !errors.Is(err, ErrTamperedExport) {
				t.Fatalf("%d bytes cut to %d: %v, want ErrTamperedExport", n, cut, err)
			}
		}
		for f := 1; f < frames; f++ {
			if _, err := read(buf.Bytes()[:f*(exportChunk+TagSize)]); !errors.Is(err, ErrTamperedExport) {
				t.Fatalf("%d bytes cut after frame %d: %v, want ErrTamperedExport", n, f, err)
			}
		}
		if _, err := read(append(bytes.Clone(buf.Bytes()), 0)); !errors.Is(err, ErrTamperedExport) {
			t.Fatalf("%d bytes plus one: %v, want ErrTamperedExport", n, err)
		}
		if frames >= 3 { // swap the first two (full) frames
			b := bytes.Clone(buf.Bytes())
			f0 := bytes.Clone(b[:exportChunk+TagSize])
			copy(b, b[exportChunk+TagSize:2*(exportChunk+TagSize)])
			copy(b[exportChunk+TagSize:], f0)
			if _, err := read(b); !errors.Is(err, ErrTamperedExport) {
				t.Fatalf("%d bytes, frames swapped: %v, want ErrTamperedExport", n, err)
			}
		}
	}
}

func bufioReader(b []byte) *bufio.Reader { return bufio.NewReader(bytes.NewReader(b)) }
