package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/ipfs/go-cid"
)

// MemStore keeps shards in memory by CID: a ShardSink and a ShardSource for tests.
type MemStore struct {
	mu     sync.RWMutex
	shards map[cid.Cid][]byte
}

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore { return &MemStore{shards: map[cid.Cid][]byte{}} }

// PutShard stores a copy of data.
func (s *MemStore) PutShard(ctx context.Context, ref ShardRef, data []byte) error {
	s.Set(ref.CID, data)
	return nil
}

// GetShard appends the shard to dst.
func (s *MemStore) GetShard(ctx context.Context, ref ShardRef, dst []byte) ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	data, ok := s.shards[ref.CID]
	if !ok {
		return nil, fmt.Errorf("%s: %w", ref, ErrShardNotFound)
	}
	return append(dst, data...), nil
}

// Set stores a copy of data under id, whatever it holds (tests use it to corrupt shards).
func (s *MemStore) Set(id cid.Cid, data []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.shards[id] = slices.Clone(data)
}

// Delete drops a shard.
func (s *MemStore) Delete(id cid.Cid) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.shards, id)
}

// Len returns the number of shards held.
func (s *MemStore) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.shards)
}

// DirStore keeps shards as files named by CID under a directory, fanned out by the last two
// characters of the CID: a ShardSink and a ShardSource for tests, benchmarks and a local renter.
type DirStore struct {
	dir string
}

// NewDirStore returns a DirStore in dir, creating it if needed.
func NewDirStore(dir string) (*DirStore, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("shard dir: %w", err)
	}
	return &DirStore{dir: dir}, nil
}

// Path returns the file holding the shard named id.
func (s *DirStore) Path(id cid.Cid) string {
	name := id.String()
	return filepath.Join(s.dir, name[len(name)-2:], name)
}

// PutShard writes data to a temporary file and renames it into place, so that a reader never sees
// a partial shard. It does not fsync.
func (s *DirStore) PutShard(ctx context.Context, ref ShardRef, data []byte) error {
	path := s.Path(ref.CID)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("store %s: %w", ref.CID, err)
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return fmt.Errorf("store %s: %w", ref.CID, err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("store %s: %w", ref.CID, err)
	}
	return nil
}

// GetShard appends the shard's file to dst.
func (s *DirStore) GetShard(ctx context.Context, ref ShardRef, dst []byte) ([]byte, error) {
	f, err := os.Open(s.Path(ref.CID))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", ref, ErrShardNotFound)
	} else if err != nil {
		return nil, fmt.Errorf("%s: %w", ref, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ref, err)
	}
	if st.Size() > 1<<31 {
		return nil, fmt.Errorf("%s: %w: %d bytes", ref, ErrCorruptShard, st.Size())
	}
	n := int(st.Size())
	dst = slices.Grow(dst, n)[:len(dst)+n]
	if _, err := io.ReadFull(f, dst[len(dst)-n:]); err != nil {
		return nil, fmt.Errorf("%s: %w", ref, err)
	}
	return dst, nil
}

// Discard is a ShardSink that keeps nothing and counts what it was given.
type Discard struct {
	shards, bytes atomic.Int64
}

// PutShard counts the shard.
func (d *Discard) PutShard(ctx context.Context, ref ShardRef, data []byte) error {
	d.shards.Add(1)
	d.bytes.Add(int64(len(data)))
	return nil
}

// Count returns the shards and bytes discarded.
func (d *Discard) Count() (shards, bytes int64) { return d.shards.Load(), d.bytes.Load() }
