package manifest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"sync"
	"testing"
)

func recordIDs(t *testing.T, s *Store, kind string) []string {
	t.Helper()
	rs, err := s.Records(context.Background(), kind)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rs {
		if r.Kind != kind {
			t.Fatalf("record %q of kind %q listed under %q", r.ID, r.Kind, kind)
		}
		ids = append(ids, r.ID+"="+string(r.Data))
	}
	sort.Strings(ids)
	return ids
}

// Records round-trip, stay apart by kind (even when one kind prefixes another), survive a reopen,
// and never show up as manifests.
func TestRecords(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "catalogue")
	s := openTestStore(t, dir, testKey(1))
	if err := s.Put(ctx, testManifest(t, "f", 10, 3, 3, 1000)); err != nil {
		t.Fatal(err)
	}
	err := s.WriteRecords(ctx,
		PutRecord(Record{Kind: "repair", ID: "1", Data: []byte("a")}),
		PutRecord(Record{Kind: "repair/intent", ID: "1", Data: []byte("b")}),
		PutRecord(Record{Kind: "repair/intent", ID: "2", Data: []byte("c")}),
		PutRecord(Record{Kind: "repair/intent", ID: "", Data: nil}),
	)
	if err != nil {
		t.Fatal(err)
	}
	if got := recordIDs(t, s, "repair"); fmt.Sprint(got) != "[1=a]" {
		t.Fatalf("kind repair: %v", got)
	}
	if got := recordIDs(t, s, "repair/intent"); fmt.Sprint(got) != "[1=b 2=c =]" {
		t.Fatalf("kind repair/intent: %v", got)
	}
	// Replace one, delete another (and one that does not exist), in one batch.
	err = s.WriteRecords(ctx, PutRecord(Record{Kind: "repair/intent", ID: "1", Data: []byte("B")}),
		DeleteRecord("repair/intent", "2"), DeleteRecord("repair/intent", "none"))
	if err != nil {
		t.Fatal(err)
	}
	names, err := s.List(ctx)
	if err != nil || fmt.Sprint(names) != "[f]" {
		t.Fatalf("manifests beside records: %v %v", names, err)
	}
	s.Close()
	s = openTestStore(t, dir, testKey(1))
	if got := recordIDs(t, s, "repair/intent"); fmt.Sprint(got) != "[1=B =]" {
		t.Fatalf("after reopen: %v", got)
	}
	for _, bad := range []string{"", "a\x00b", string(make([]byte, MaxRecordKind+1))} {
		if err := s.WriteRecords(ctx, PutRecord(Record{Kind: bad})); err == nil {
			t.Errorf("kind %q accepted", bad)
		}
	}
	if err := s.WriteRecords(ctx, PutRecord(Record{Kind: "k", Data: make([]byte, MaxRecordData+1)})); err == nil {
		t.Error("oversized record accepted")
	}
}

// A record that is flipped, cut, sealed under another key or moved under another record's key is
// refused with ErrTamperedRecord (or ErrWrongKey), never read.
func TestRecordTamper(t *testing.T) {
	ctx := context.Background()
	s, err := OpenMemStore(testKey(1))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.WriteRecords(ctx, PutRecord(Record{Kind: "k", ID: "a", Data: []byte("alpha")}),
		PutRecord(Record{Kind: "k", ID: "b", Data: []byte("beta")})); err != nil {
		t.Fatal(err)
	}
	ka, kb := s.recordKey("k", "a"), s.recordKey("k", "b")
	va, _ := s.db.Get(ka, nil)
	vb, _ := s.db.Get(kb, nil)
	restore := func() { s.db.Put(ka, va, nil) }
	for i := range va {
		bad := bytes.Clone(va)
		bad[i] ^= 1
		s.db.Put(ka, bad, nil)
		_, err := s.Records(ctx, "k")
		want := ErrTamperedRecord
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
	s.db.Put(ka, va[:len(va)-1], nil)
	if _, err := s.Records(ctx, "k"); !errors.Is(err, ErrTamperedRecord) {
		t.Fatalf("cut: %v", err)
	}
	s.db.Put(ka, vb, nil)
	if _, err := s.Records(ctx, "k"); !errors.Is(err, ErrTamperedRecord) {
		t.Fatalf("b's record under a's key: %v", err)
	}
	restore()
	if got := recordIDs(t, s, "k"); fmt.Sprint(got) != "[a=alpha b=beta]" {
		t.Fatalf("restored: %v", got)
	}
}

// Update writes the changed manifest and its record ops in one batch, or nothing at all; concurrent
// updates lose nothing.
func TestUpdate(t *testing.T) {
	ctx := context.Background()
	s, err := OpenMemStore(testKey(1))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Update(ctx, "f", func(*Manifest) ([]RecordOp, error) { return nil, nil }); !errors.Is(err, ErrNotFound) {
		t.Fatalf("update of a missing file: %v", err)
	}
	m := testManifest(t, "f", 5000, 3, 3, 1000)
	m.Segments[0].Shards[0].AgreementID, m.Segments[1].Shards[2].AgreementID = 0, 0
	if err := s.Put(ctx, m); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteRecords(ctx, PutRecord(Record{Kind: "intent", ID: "x"})); err != nil {
		t.Fatal(err)
	}

	// fn fails: neither the manifest nor the records change.
	boom := errors.New("boom")
	err = s.Update(ctx, "f", func(m *Manifest) ([]RecordOp, error) {
		m.Segments[0].Shards[0].AgreementID = 99
		return []RecordOp{DeleteRecord("intent", "x"), PutRecord(Record{Kind: "cancel", ID: "1"})}, boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("failing update: %v", err)
	}
	got, _ := s.Get(ctx, "f")
	if got.Segments[0].Shards[0].AgreementID != 0 || len(recordIDs(t, s, "intent")) != 1 || len(recordIDs(t, s, "cancel")) != 0 {
		t.Fatal("a failed update wrote something")
	}
	// An update that would make the manifest invalid or rename it writes nothing.
	if err := s.Update(ctx, "f", func(m *Manifest) ([]RecordOp, error) { m.Segments = m.Segments[1:]; return nil, nil }); !errors.Is(err, ErrInvalid) {
		t.Fatalf("invalidating update: %v", err)
	}
	if err := s.Update(ctx, "f", func(m *Manifest) ([]RecordOp, error) { m.Name = "g"; return nil, nil }); !errors.Is(err, ErrInvalid) {
		t.Fatalf("renaming update: %v", err)
	}

	// fn succeeds: both land.
	err = s.Update(ctx, "f", func(m *Manifest) ([]RecordOp, error) {
		m.Segments[0].Shards[0].AgreementID = 7
		return []RecordOp{DeleteRecord("intent", "x"), PutRecord(Record{Kind: "cancel", ID: "1"})}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got, _ = s.Get(ctx, "f")
	if got.Segments[0].Shards[0].AgreementID != 7 || len(recordIDs(t, s, "intent")) != 0 || len(recordIDs(t, s, "cancel")) != 1 {
		t.Fatal("a successful update did not write both the manifest and the records")
	}

	// 8 goroutines × 25 increments of one field: every one is kept.
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 25 {
				if err := s.Update(ctx, "f", func(m *Manifest) ([]RecordOp, error) { m.Segments[1].Shards[2].AgreementID++; return nil, nil }); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	got, _ = s.Get(ctx, "f")
	if n := got.Segments[1].Shards[2].AgreementID; n != 200 {
		t.Fatalf("200 concurrent increments left %d", n)
	}
}
