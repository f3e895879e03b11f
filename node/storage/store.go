// Package storage is a farmer's shard store: shard files on disk, indexed in goleveldb, with the
// proof cache of every shard so that any challenge is answered by reading one 16 KiB group.
//
// Durability: a shard is streamed into a temporary file while its Merkle root is computed, checked
// against the root it was announced with, fsynced, renamed into place, its directory fsynced, and
// only then indexed (with a synced leveldb write) and acknowledged. A farmer killed at any moment
// therefore never serves a half-written shard (temporary files are never served and are removed on
// open) and never loses one it acknowledged. A file renamed into place but not yet indexed was never
// acknowledged and is removed on open.
//
// Capacity: the store is given the capacity the farmer announces on chain; stored shards and
// reservations for accepted proposals count against it.
package storage

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/granary-network/granary/proofs"
)

// Errors, returned wrapped; test with errors.Is.
var (
	ErrNotFound  = errors.New("storage: shard not found")
	ErrNoSpace   = errors.New("storage: not enough free capacity")
	ErrMismatch  = errors.New("storage: shard does not match its root")
	ErrCorrupt   = errors.New("storage: stored shard is corrupt or lost")
	ErrBadRange  = errors.New("storage: range outside the shard")
	ErrShardSize = errors.New("storage: shard size not accepted")
)

// MaxShardSize bounds one shard (a segment of 256 MiB over k = 1 would be the extreme).
const MaxShardSize = 1 << 30

const shardPrefix = "shard/"

// entry is a shard's index record: its size and its proof cache.
type entry struct {
	size  int64
	cache []byte
}

func (e entry) marshal() []byte {
	b := binary.BigEndian.AppendUint64(nil, uint64(e.size))
	return append(b, e.cache...)
}

func unmarshalEntry(b []byte) (entry, error) {
	if len(b) < 8 {
		return entry{}, fmt.Errorf("%w: index record of %d bytes", ErrCorrupt, len(b))
	}
	return entry{size: int64(binary.BigEndian.Uint64(b)), cache: b[8:]}, nil
}

// Store is a shard store in one directory.
type Store struct {
	dir string
	db  *leveldb.DB
	log *slog.Logger

	mu       sync.Mutex
	capacity int64
	used     int64 // bytes of stored shards
	reserved int64 // bytes promised to accepted proposals
	lost     map[proofs.Hash]bool
	writing  map[proofs.Hash]chan struct{} // roots being written, closed when done

	observe func(op string, d time.Duration, err error) // nil: none
}

// Option configures a Store.
type Option func(*Store)

// WithLogger sets the store's logger.
func WithLogger(l *slog.Logger) Option { return func(s *Store) { s.log = l } }

// WithObserver has f called after every put, read, open, prove and delete with its duration and
// result (a farmer's metrics count them). f must be quick and safe for concurrent use.
func WithObserver(f func(op string, d time.Duration, err error)) Option {
	return func(s *Store) { s.observe = f }
}

// observed reports one operation that started at start to the observer, if any.
func (s *Store) observed(op string, start time.Time, err error) {
	if s.observe != nil {
		s.observe(op, time.Since(start), err)
	}
}

// Open opens (creating if needed) the store in dir with the given capacity in bytes. It removes
// temporary files and unindexed shard files left by a crash, and checks that every indexed shard's
// file is present with its size; shards that are not are reported by Lost.
func Open(dir string, capacity int64, opts ...Option) (*Store, error) {
	s := &Store{dir: dir, capacity: capacity, log: slog.New(slog.DiscardHandler), lost: map[proofs.Hash]bool{},
		writing: map[proofs.Hash]chan struct{}{}}
	for _, o := range opts {
		o(s)
	}
	for _, d := range []string{s.tmpDir(), filepath.Join(dir, "shards")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, fmt.Errorf("storage: create %s: %w", d, err)
		}
	}
	if err := createIndex(dir); err != nil {
		return nil, err
	}
	db, err := leveldb.OpenFile(filepath.Join(dir, "index"), nil)
	if err != nil {
		return nil, fmt.Errorf("storage: open index in %s: %w", dir, err)
	}
	s.db = db
	if err := s.recover(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// createIndex makes a new store's index whole before it is in place: an empty database is created
// beside it and renamed to "index" once closed, so a farmer killed while its store is first created
// restarts with no index (and makes one), never a half-made database leveldb refuses to open.
func createIndex(dir string) error {
	path := filepath.Join(dir, "index")
	if _, err := os.Stat(path); err == nil {
		return nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("storage: index in %s: %w", dir, err)
	}
	tmp := path + ".new"
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("storage: clear a half-made index: %w", err)
	}
	db, err := leveldb.OpenFile(tmp, nil)
	if err != nil {
		return fmt.Errorf("storage: create index in %s: %w", dir, err)
	}
	if err := db.Close(); err != nil {
		return fmt.Errorf("storage: create index in %s: %w", dir, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("storage: install index in %s: %w", dir, err)
	}
	return syncDir(dir)
}

func (s *Store) tmpDir() string { return filepath.Join(s.dir, "tmp") }

func (s *Store) path(root proofs.Hash) string {
	h := hex.EncodeToString(root[:])
	return filepath.Join(s.dir, "shards", h[:2], h)
}

// recover cleans up after a crash and recomputes the space used.
func (s *Store) recover() error {
	if err := os.RemoveAll(s.tmpDir()); err != nil {
		return fmt.Errorf("storage: clear temporary files: %w", err)
	}
	if err := os.MkdirAll(s.tmpDir(), 0o700); err != nil {
		return fmt.Errorf("storage: create %s: %w", s.tmpDir(), err)
	}
	indexed := map[string]bool{}
	it := s.db.NewIterator(util.BytesPrefix([]byte(shardPrefix)), nil)
	for it.Next() {
		var root proofs.Hash
		copy(root[:], it.Key()[len(shardPrefix):])
		e, err := unmarshalEntry(it.Value())
		if err != nil {
			it.Release()
			return err
		}
		indexed[s.path(root)] = true
		st, err := os.Stat(s.path(root))
		if err != nil || st.Size() != e.size {
			s.lost[root] = true
			s.log.Warn("indexed shard missing or truncated", "root", hex.EncodeToString(root[:]))
		}
		s.used += e.size
	}
	it.Release()
	if err := it.Error(); err != nil {
		return fmt.Errorf("storage: scan index: %w", err)
	}
	return filepath.WalkDir(filepath.Join(s.dir, "shards"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || indexed[p] {
			return err
		}
		s.log.Info("removing unacknowledged shard file", "path", p)
		return os.Remove(p)
	})
}

// Close closes the index.
func (s *Store) Close() error { return s.db.Close() }

// Capacity returns the capacity the store was opened with.
func (s *Store) Capacity() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.capacity
}

// Used returns the bytes held by stored shards.
func (s *Store) Used() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.used
}

// Free returns the capacity not used by shards nor reserved for accepted proposals.
func (s *Store) Free() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.capacity - s.used - s.reserved
}

// Reservation holds space for an accepted proposal until its shards are stored or it is released.
type Reservation struct {
	s    *Store
	mu   sync.Mutex
	left int64
}

// Reserve sets n bytes aside, or fails with ErrNoSpace.
func (s *Store) Reserve(n int64) (*Reservation, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n < 0 || n > s.capacity-s.used-s.reserved {
		return nil, fmt.Errorf("%w: %d bytes asked, %d free", ErrNoSpace, n, s.capacity-s.used-s.reserved)
	}
	s.reserved += n
	return &Reservation{s: s, left: n}, nil
}

// take moves n bytes of the reservation to used; false if the reservation is smaller.
func (r *Reservation) take(n int64) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if n > r.left {
		return false
	}
	r.left -= n
	r.s.mu.Lock()
	r.s.reserved -= n
	r.s.mu.Unlock()
	return true
}

// Release gives back what the reservation has not used.
func (r *Reservation) Release() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.s.mu.Lock()
	r.s.reserved -= r.left
	r.s.mu.Unlock()
	r.left = 0
}

// Has reports whether the shard is stored (and not known to be lost).
func (s *Store) Has(root proofs.Hash) bool {
	_, err := s.entry(root)
	return err == nil
}

func (s *Store) entry(root proofs.Hash) (entry, error) {
	s.mu.Lock()
	lost := s.lost[root]
	s.mu.Unlock()
	if lost {
		return entry{}, fmt.Errorf("shard %x: %w", root[:8], ErrCorrupt)
	}
	b, err := s.db.Get(append([]byte(shardPrefix), root[:]...), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return entry{}, fmt.Errorf("shard %x: %w", root[:8], ErrNotFound)
	} else if err != nil {
		return entry{}, fmt.Errorf("storage: read index: %w", err)
	}
	return unmarshalEntry(b)
}

// Put streams a shard of exactly size bytes from r, checks that its Merkle root is root, and stores
// it durably under reservation res (nil: take free capacity). When Put returns nil the shard is on
// disk and indexed. A shard that is already stored is read and discarded.
func (s *Store) Put(root proofs.Hash, r io.Reader, size int64, res *Reservation) (err error) {
	defer func(start time.Time) { s.observed("put", start, err) }(time.Now())
	if size <= 0 || size > MaxShardSize || size%proofs.LeafSize != 0 {
		return fmt.Errorf("%w: %d bytes", ErrShardSize, size)
	}
	// One writer per root: a second Put of a shard being written waits for the first.
	for {
		s.mu.Lock()
		busy, ok := s.writing[root]
		if !ok {
			s.writing[root] = make(chan struct{})
		}
		s.mu.Unlock()
		if !ok {
			break
		}
		<-busy
	}
	defer func() {
		s.mu.Lock()
		close(s.writing[root])
		delete(s.writing, root)
		s.mu.Unlock()
	}()
	if s.Has(root) {
		_, err := io.CopyN(io.Discard, r, size)
		return err
	}
	if res == nil {
		if res, err = s.Reserve(size); err != nil {
			return err
		}
		defer res.Release()
	}
	tmp, err := os.CreateTemp(s.tmpDir(), "shard-*")
	if err != nil {
		return fmt.Errorf("storage: create temporary file: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	b, err := proofs.NewCacheBuilder(proofs.DefaultCacheHeight)
	if err != nil {
		return err
	}
	n, err := io.CopyN(io.MultiWriter(tmp, b), r, size)
	if err != nil {
		return fmt.Errorf("storage: receive shard (%d of %d bytes): %w", n, size, err)
	}
	got, cache, err := b.Finish()
	if err != nil {
		return err
	}
	if got != root {
		return fmt.Errorf("%w: announced %x, data hashes to %x", ErrMismatch, root[:8], got[:8])
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("storage: sync shard: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("storage: close shard: %w", err)
	}
	final := s.path(root)
	if err := os.MkdirAll(filepath.Dir(final), 0o700); err != nil {
		return fmt.Errorf("storage: create shard directory: %w", err)
	}
	if err := os.Rename(tmp.Name(), final); err != nil {
		return fmt.Errorf("storage: move shard into place: %w", err)
	}
	if err := syncDir(filepath.Dir(final)); err != nil {
		return err
	}
	cb, _ := cache.MarshalBinary()
	if !res.take(size) {
		os.Remove(final)
		return fmt.Errorf("%w: shard of %d bytes exceeds its reservation", ErrNoSpace, size)
	}
	if err := s.db.Put(append([]byte(shardPrefix), root[:]...), entry{size: size, cache: cb}.marshal(), &opt.WriteOptions{Sync: true}); err != nil {
		os.Remove(final)
		s.mu.Lock()
		s.reserved += size // give the space back to the reservation's holder
		s.mu.Unlock()
		return fmt.Errorf("storage: index shard: %w", err)
	}
	s.mu.Lock()
	s.used += size
	delete(s.lost, root)
	s.mu.Unlock()
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("storage: open %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return fmt.Errorf("storage: sync %s: %w", dir, err)
	}
	return nil
}

// Size returns a stored shard's size.
func (s *Store) Size(root proofs.Hash) (int64, error) {
	e, err := s.entry(root)
	return e.size, err
}

// ReadAt reads n bytes of a shard from off, checking the range. Callers that must not hand out
// corrupt data verify what they read (a whole shard against its root, a leaf with Prove).
func (s *Store) ReadAt(root proofs.Hash, off, n int64) (_ []byte, err error) {
	defer func(start time.Time) { s.observed("read", start, err) }(time.Now())
	return s.readAt(root, off, n)
}

func (s *Store) readAt(root proofs.Hash, off, n int64) ([]byte, error) {
	e, err := s.entry(root)
	if err != nil {
		return nil, err
	}
	if off < 0 || n < 0 || off+n > e.size {
		return nil, fmt.Errorf("%w: [%d, %d) of %d bytes", ErrBadRange, off, off+n, e.size)
	}
	f, err := os.Open(s.path(root))
	if err != nil {
		s.markLost(root)
		return nil, fmt.Errorf("shard %x: %w: %v", root[:8], ErrCorrupt, err)
	}
	defer f.Close()
	buf := make([]byte, n)
	if _, err := f.ReadAt(buf, off); err != nil {
		s.markLost(root)
		return nil, fmt.Errorf("shard %x: %w: %v", root[:8], ErrCorrupt, err)
	}
	return buf, nil
}

// Open returns a reader of the whole shard; the caller closes it.
func (s *Store) Open(root proofs.Hash) (_ io.ReadCloser, _ int64, err error) {
	defer func(start time.Time) { s.observed("open", start, err) }(time.Now())
	e, err := s.entry(root)
	if err != nil {
		return nil, 0, err
	}
	f, err := os.Open(s.path(root))
	if err != nil {
		s.markLost(root)
		return nil, 0, fmt.Errorf("shard %x: %w: %v", root[:8], ErrCorrupt, err)
	}
	return f, e.size, nil
}

// Prove returns leaf `leaf` of a shard and its shard-level Merkle path, reading one group. A group
// that no longer matches the cache is reported as ErrCorrupt (and the shard marked lost): the farmer
// never proves with made-up data.
func (s *Store) Prove(root proofs.Hash, leaf uint64) (_ []byte, _ []proofs.Hash, err error) {
	defer func(start time.Time) { s.observed("prove", start, err) }(time.Now())
	e, err := s.entry(root)
	if err != nil {
		return nil, nil, err
	}
	var c proofs.Cache
	if err := c.UnmarshalBinary(e.cache); err != nil {
		return nil, nil, fmt.Errorf("shard %x: %w: %v", root[:8], ErrCorrupt, err)
	}
	if leaf >= c.Leaves {
		return nil, nil, fmt.Errorf("%w: leaf %d of %d", ErrBadRange, leaf, c.Leaves)
	}
	off, n := c.GroupRange(leaf)
	group, err := s.readAt(root, off, n)
	if err != nil {
		return nil, nil, err
	}
	path, err := c.Prove(leaf, group)
	if err != nil {
		s.markLost(root)
		return nil, nil, fmt.Errorf("shard %x: %w: %v", root[:8], ErrCorrupt, err)
	}
	idx := leaf & (1<<c.Height - 1)
	return group[idx*proofs.LeafSize : (idx+1)*proofs.LeafSize], path, nil
}

func (s *Store) markLost(root proofs.Hash) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.lost[root] {
		s.lost[root] = true
		s.log.Warn("shard lost or corrupt", "root", hex.EncodeToString(root[:]))
	}
}

// Lost returns the shards found missing or corrupt since the store was opened.
func (s *Store) Lost() []proofs.Hash {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]proofs.Hash, 0, len(s.lost))
	for r := range s.lost {
		out = append(out, r)
	}
	return out
}

// Delete removes a shard and frees its space.
func (s *Store) Delete(root proofs.Hash) (err error) {
	defer func(start time.Time) { s.observed("delete", start, err) }(time.Now())
	key := append([]byte(shardPrefix), root[:]...)
	b, err := s.db.Get(key, nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return fmt.Errorf("shard %x: %w", root[:8], ErrNotFound)
	} else if err != nil {
		return fmt.Errorf("storage: read index: %w", err)
	}
	e, err := unmarshalEntry(b)
	if err != nil {
		return err
	}
	if err := s.db.Delete(key, &opt.WriteOptions{Sync: true}); err != nil {
		return fmt.Errorf("storage: unindex shard: %w", err)
	}
	if err := os.Remove(s.path(root)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("storage: remove shard: %w", err)
	}
	s.mu.Lock()
	s.used -= e.size
	delete(s.lost, root)
	s.mu.Unlock()
	return nil
}

// Roots lists the stored shards.
func (s *Store) Roots() ([]proofs.Hash, error) {
	var out []proofs.Hash
	it := s.db.NewIterator(util.BytesPrefix([]byte(shardPrefix)), nil)
	defer it.Release()
	for it.Next() {
		var r proofs.Hash
		copy(r[:], it.Key()[len(shardPrefix):])
		out = append(out, r)
	}
	return out, it.Error()
}
