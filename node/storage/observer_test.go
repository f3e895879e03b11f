package storage

import (
	"bytes"
	"errors"
	"sync"
	"testing"
	"time"
)

// WithObserver sees every operation once, with its result; a proof's read is part of the proof.
func TestObserver(t *testing.T) {
	var mu sync.Mutex
	var ops []string
	s, err := Open(t.TempDir(), 1<<20, WithObserver(func(op string, d time.Duration, err error) {
		mu.Lock()
		defer mu.Unlock()
		r := "ok"
		if err != nil {
			r = "error"
		}
		if d < 0 {
			r = "negative"
		}
		ops = append(ops, op+":"+r)
	}))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	data, root := shard(7, 64)
	if err := s.Put(root, bytes.NewReader(data), int64(len(data)), nil); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Prove(root, 3); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReadAt(root, 0, 64); err != nil {
		t.Fatal(err)
	}
	r, _, err := s.Open(root)
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	if err := s.Delete(root); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(root); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
	want := []string{"put:ok", "prove:ok", "read:ok", "open:ok", "delete:ok", "delete:error"}
	mu.Lock()
	defer mu.Unlock()
	if len(ops) != len(want) {
		t.Fatalf("observed %v, want %v", ops, want)
	}
	for i := range want {
		if ops[i] != want[i] {
			t.Fatalf("observed %v, want %v", ops, want)
		}
	}
}
