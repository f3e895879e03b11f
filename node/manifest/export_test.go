package manifest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/granary-network/granary/internal/fuzzseed"
)

// fillStore puts a few manifests, one big enough to span several export frames.
func fillStore(t *testing.T, s *Store) []*Manifest {
	t.Helper()
	ms := []*Manifest{
		testManifest(t, "empty", 0, 3, 3, 4<<20),
		testManifest(t, "small.txt", 12345, 3, 3, 4<<20),
		testManifest(t, "big.iso", 3<<30, 10, 20, 4<<20), // 768 segments * 30 shards: ~1 MiB of manifest
	}
	for _, m := range ms {
		if err := s.Put(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	return ms
}

func TestExportImport(t *testing.T) {
	ctx := context.Background()
	src := openTestStore(t, filepath.Join(t.TempDir(), "old"), testKey(1))
	ms := fillStore(t, src)
	var export bytes.Buffer
	if err := src.Export(ctx, &export); err != nil {
		t.Fatal(err)
	}
	if export.Len() < 3*exportChunk {
		t.Fatalf("export of %d bytes: want several frames for this test", export.Len())
	}
	for _, m := range ms {
		if bytes.Contains(export.Bytes(), []byte(m.Name)) {
			t.Fatalf("name %q in the clear in the export", m.Name)
		}
	}

	// A new machine: only the key and the export.
	dst := openTestStore(t, filepath.Join(t.TempDir(), "new"), testKey(1))
	n, err := dst.Import(ctx, bytes.NewReader(export.Bytes()))
	if err != nil || n != len(ms) {
		t.Fatalf("Import = %d, %v", n, err)
	}
	for _, m := range ms {
		got, err := dst.Get(ctx, m.Name)
		if err != nil {
			t.Fatal(err)
		}
		assertEqual(t, got, m)
	}

	// An empty catalogue exports and imports too.
	empty := openTestStore(t, filepath.Join(t.TempDir(), "empty"), testKey(1))
	var e bytes.Buffer
	if err := empty.Export(ctx, &e); err != nil {
		t.Fatal(err)
	}
	if n, err := dst.Import(ctx, &e); err != nil || n != 0 {
		t.Fatalf("empty import = %d, %v", n, err)
	}
}

// TestImportTamper damages one valid export one way per row; the import must fail with the row's
// sentinel and leave the store untouched.
func TestImportTamper(t *testing.T) {
	ctx := context.Background()
	src := openTestStore(t, filepath.Join(t.TempDir(), "src"), testKey(1))
	fillStore(t, src)
	var buf bytes.Buffer
	if err := src.Export(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	valid := buf.Bytes()
	frame := exportChunk + TagSize
	flip := func(i int) func([]byte) []byte {
		return func(b []byte) []byte { b[i] ^= 0x01; return b }
	}
	for _, tc := range []struct {
		name   string
		damage func([]byte) []byte
		want   error
	}{
		{"magic", flip(0), ErrTamperedExport},
		{"version", flip(4), ErrUnsupportedVersion},
		{"key ID", flip(7), ErrWrongKey},
		{"salt", flip(20), ErrTamperedExport},
		{"first frame", flip(exportHeaderLen + 100), ErrTamperedExport},
		{"first frame tag", flip(exportHeaderLen + frame - 1), ErrTamperedExport},
		{"middle frame", flip(exportHeaderLen + frame + 5), ErrTamperedExport},
		{"last byte", flip(len(valid) - 1), ErrTamperedExport},
		{"empty", func(b []byte) []byte { return nil }, ErrTamperedExport},
		{"header cut", func(b []byte) []byte { return b[:exportHeaderLen-1] }, ErrTamperedExport},
		{"header only", func(b []byte) []byte { return b[:exportHeaderLen] }, ErrTamperedExport},
		{"cut after a frame", func(b []byte) []byte { return b[:exportHeaderLen+2*frame] }, ErrTamperedExport},
		{"cut inside a frame", func(b []byte) []byte { return b[:exportHeaderLen+frame+17] }, ErrTamperedExport},
		{"last byte cut", func(b []byte) []byte { return b[:len(b)-1] }, ErrTamperedExport},
		{"byte appended", func(b []byte) []byte { return append(b, 0) }, ErrTamperedExport},
		{"frame dropped", func(b []byte) []byte {
			return append(b[:exportHeaderLen+frame:exportHeaderLen+frame], b[exportHeaderLen+2*frame:]...)
		}, ErrTamperedExport},
		{"frame repeated", func(b []byte) []byte {
			out := append([]byte(nil), b[:exportHeaderLen+frame]...)
			return append(out, b[exportHeaderLen:]...)
		}, ErrTamperedExport},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dst := openTestStore(t, filepath.Join(t.TempDir(), "dst"), testKey(1))
			n, err := dst.Import(ctx, bytes.NewReader(tc.damage(bytes.Clone(valid))))
			if !errors.Is(err, tc.want) {
				t.Fatalf("Import = %d, %v; want %v", n, err, tc.want)
			}
			if names, _ := dst.List(ctx); len(names) != 0 {
				t.Fatalf("a failed import left %v in the store", names)
			}
		})
	}
	t.Run("wrong key", func(t *testing.T) {
		dst := openTestStore(t, filepath.Join(t.TempDir(), "other"), testKey(2))
		if _, err := dst.Import(ctx, bytes.NewReader(valid)); !errors.Is(err, ErrWrongKey) {
			t.Fatalf("Import under another key: %v, want ErrWrongKey", err)
		}
	})
}

// FuzzUnmarshal feeds arbitrary bytes to the manifest decoder: it must not panic, and whatever it
// accepts must encode back to something that decodes to the same manifest.
func FuzzUnmarshal(f *testing.F) {
	fuzzseed.Explore(f, "FuzzUnmarshal")
	f.Fuzz(func(t *testing.T, data []byte) {
		var m Manifest
		if err := m.UnmarshalBinary(data); err != nil {
			if !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrUnsupportedVersion) {
				t.Fatalf("error without a sentinel: %v", err)
			}
			return
		}
		again, err := m.MarshalBinary()
		if err != nil {
			t.Fatalf("decoded manifest does not encode: %v", err)
		}
		var m2 Manifest
		if err := m2.UnmarshalBinary(again); err != nil {
			t.Fatal(err)
		}
		assertEqual(t, &m2, &m)
	})
}

// sealedSeed is the manifest inside FuzzUnseal's genuine seeds.
func sealedSeed(t testing.TB) *Manifest { return testManifest(t, "sealed", 3000, 3, 2, 1000) }

// FuzzUnseal feeds arbitrary bytes to Unseal, as the catalogue does with what it reads from disk:
// it fails with a sentinel, and what it accepts is genuine (a seed sealed under the key), whose
// manifest comes back unchanged.
func FuzzUnseal(f *testing.F) {
	want := sealedSeed(f)
	fuzzseed.Explore(f, "FuzzUnseal")
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Unseal(testKey(1), data)
		if err != nil {
			for _, sentinel := range []error{ErrTamperedManifest, ErrWrongKey, ErrUnsupportedVersion, ErrInvalid} {
				if errors.Is(err, sentinel) {
					return
				}
			}
			t.Fatalf("error without a sentinel: %v", err)
		}
		assertEqual(t, m, want)
	})
}

// FuzzImport feeds arbitrary bytes to Import: it must fail cleanly, and anything it accepts must be
// a genuine export (the fuzzing engine may seed it with one made by another process, with another
// salt), whose only manifest comes back unchanged.
func FuzzImport(f *testing.F) {
	ctx := context.Background()
	s, err := OpenMemStore(testKey(1))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	want := importSeed(f)
	fuzzseed.Explore(f, "FuzzImport")
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := s.Import(ctx, bytes.NewReader(data))
		if err != nil {
			for _, sentinel := range []error{ErrTamperedExport, ErrWrongKey, ErrUnsupportedVersion} {
				if errors.Is(err, sentinel) {
					return
				}
			}
			t.Fatalf("error without a sentinel: %v", err)
		}
		names, _ := s.List(ctx)
		got, gerr := s.Get(ctx, "x")
		if n != 1 || len(names) != 1 || gerr != nil {
			t.Fatalf("import of %d bytes accepted: %d manifests, store holds %v (%v)", len(data), n, names, gerr)
		}
		assertEqual(t, got, want)
	})
}

// diffManifest says how got differs from want (nil if it does not).
func diffManifest(got, want *Manifest) error {
	a, err := got.MarshalBinary()
	if err != nil {
		return err
	}
	b, err := want.MarshalBinary()
	if err != nil {
		return err
	}
	if !bytes.Equal(a, b) {
		return fmt.Errorf("manifest %q differs from the expected %q", got.Name, want.Name)
	}
	return nil
}

// importSeed is the manifest inside FuzzImport's genuine seed.
func importSeed(t testing.TB) *Manifest { return testManifest(t, "x", 100, 2, 1, 1000) }

// TestSeedCorpus keeps testdata/fuzz in step with the encoders (GRANARY_UPDATE_SEEDS=1 rewrites it).
// Sealing and exporting draw a random nonce and salt, so those seeds are kept as long as they still
// open to the expected manifest.
func TestSeedCorpus(t *testing.T) {
	var bodies []fuzzseed.Seed
	for i, size := range []uint64{0, 1, 2500} {
		b, err := testManifest(t, fmt.Sprint("seed", i), size, 1+i, i, 700).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, fuzzseed.Seed{Name: fmt.Sprint("body-", size), Args: []any{b}})
	}
	fuzzseed.Sync(t, "FuzzUnmarshal", bodies)

	sealed, err := Seal(testKey(1), sealedSeed(t))
	if err != nil {
		t.Fatal(err)
	}
	otherKey, err := Seal(testKey(2), sealedSeed(t))
	if err != nil {
		t.Fatal(err)
	}
	opens := func(args []any) error {
		m, err := Unseal(testKey(1), args[0].([]byte))
		if err != nil {
			return err
		}
		return diffManifest(m, sealedSeed(t))
	}
	wrongKey := func(args []any) error {
		if _, err := Unseal(testKey(1), args[0].([]byte)); !errors.Is(err, ErrWrongKey) {
			return fmt.Errorf("want ErrWrongKey, got %v", err)
		}
		return nil
	}
	fuzzseed.Sync(t, "FuzzUnseal", []fuzzseed.Seed{
		{Name: "sealed", Args: []any{sealed}, Valid: opens},
		{Name: "other-key", Args: []any{otherKey}, Valid: wrongKey},
		{Name: "header-only", Args: []any{sealed[:25]}, Valid: func([]any) error { return nil }},
	})

	ctx := context.Background()
	s, err := OpenMemStore(testKey(1))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Put(ctx, importSeed(t)); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.Export(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	imports := func(args []any) error {
		dst, err := OpenMemStore(testKey(1))
		if err != nil {
			return err
		}
		defer dst.Close()
		if n, err := dst.Import(ctx, bytes.NewReader(args[0].([]byte))); err != nil || n != 1 {
			return fmt.Errorf("imports %d manifests: %v", n, err)
		}
		m, err := dst.Get(ctx, importSeed(t).Name)
		if err != nil {
			return err
		}
		return diffManifest(m, importSeed(t))
	}
	fuzzseed.Sync(t, "FuzzImport", []fuzzseed.Seed{
		{Name: "export", Args: []any{buf.Bytes()}, Valid: imports},
		{Name: "header-only", Args: []any{buf.Bytes()[:exportHeaderLen]}, Valid: func([]any) error { return nil }},
	})
}
