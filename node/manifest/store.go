package manifest

import (
	"bytes"
	"context"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"sync"

	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/storage"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// Store is a renter's catalogue: one sealed manifest per file name, in goleveldb. Names are not
// stored in the clear: a manifest's database key is an HMAC of its name under a key derived from
// the master key, and the name itself is inside the sealed manifest. The store remembers the ID of
// the master key it was created with and refuses another (ErrWrongKey).
type Store struct {
	db       *leveldb.DB
	key      MasterKey
	sealer   *sealer
	records  cipher.AEAD // seals Records
	indexKey []byte
	log      *slog.Logger

	mu sync.Mutex // serialises writes of manifests (Put, Delete, Update) and records
}

// StoreOption configures a Store.
type StoreOption func(*Store)

// WithLogger sets the store's logger (default: discard).
func WithLogger(l *slog.Logger) StoreOption { return func(s *Store) { s.log = l } }

var (
	metaKeyID   = []byte("meta/key-id")
	metaVersion = []byte("meta/version")
	prefixFile  = []byte("file/")
)

const storeVersion = 1

// OpenStore opens (creating if needed) the catalogue in directory path.
func OpenStore(path string, key MasterKey, opts ...StoreOption) (*Store, error) {
	db, err := leveldb.OpenFile(path, nil)
	if err != nil {
		return nil, fmt.Errorf("manifest: open store %s: %w", path, err)
	}
	return newStore(db, key, opts)
}

// OpenMemStore opens an empty catalogue held in memory (for tests).
func OpenMemStore(key MasterKey, opts ...StoreOption) (*Store, error) {
	db, err := leveldb.Open(storage.NewMemStorage(), nil)
	if err != nil {
		return nil, fmt.Errorf("manifest: open memory store: %w", err)
	}
	return newStore(db, key, opts)
}

func newStore(db *leveldb.DB, key MasterKey, opts []StoreOption) (*Store, error) {
	s := &Store{
		db:       db,
		key:      key,
		sealer:   newSealer(key),
		records:  newAEAD(key.derive(labelRecordKey, nil)),
		indexKey: key.derive(labelIndexKey, nil),
		log:      slog.New(slog.DiscardHandler),
	}
	for _, o := range opts {
		o(s)
	}
	if err := s.checkKey(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// checkKey records the master key's ID in a new store, or checks it against an existing one.
func (s *Store) checkKey() error {
	id, err := s.db.Get(metaKeyID, nil)
	switch {
	case errors.Is(err, leveldb.ErrNotFound):
		b := new(leveldb.Batch)
		b.Put(metaKeyID, s.sealer.keyID[:])
		b.Put(metaVersion, []byte{storeVersion})
		if err := s.db.Write(b, nil); err != nil {
			return fmt.Errorf("manifest: initialise store: %w", err)
		}
		return nil
	case err != nil:
		return fmt.Errorf("manifest: read store key ID: %w", err)
	case !bytes.Equal(id, s.sealer.keyID[:]):
		return fmt.Errorf("%w: store belongs to key %x, this key is %x", ErrWrongKey, id, s.sealer.keyID[:])
	}
	v, err := s.db.Get(metaVersion, nil)
	if err != nil || len(v) != 1 || v[0] != storeVersion {
		return fmt.Errorf("%w: store version %x (this code reads %d)", ErrUnsupportedVersion, v, storeVersion)
	}
	return nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// dbKey returns the database key of a file name.
func (s *Store) dbKey(name string) []byte {
	mac := hmac.New(sha256.New, s.indexKey)
	mac.Write([]byte(name))
	return mac.Sum(append([]byte(nil), prefixFile...))[:len(prefixFile)+20]
}

// Put records a manifest, replacing any manifest of the same name.
func (s *Store) Put(ctx context.Context, m *Manifest) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b, err := s.sealer.seal(m)
	if err != nil {
		return fmt.Errorf("manifest: put %q: %w", m.Name, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.db.Put(s.dbKey(m.Name), b, nil); err != nil {
		return fmt.Errorf("manifest: put %q: %w", m.Name, err)
	}
	s.log.Debug("manifest stored", "name", m.Name, "size", m.Size, "segments", len(m.Segments))
	return nil
}

// Get returns the manifest of a file, ErrNotFound if there is none.
func (s *Store) Get(ctx context.Context, name string) (*Manifest, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	key := s.dbKey(name)
	b, err := s.db.Get(key, nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil, fmt.Errorf("manifest: get %q: %w", name, ErrNotFound)
	} else if err != nil {
		return nil, fmt.Errorf("manifest: get %q: %w", name, err)
	}
	m, err := s.open(key, b)
	if err != nil {
		return nil, fmt.Errorf("manifest: get %q: %w", name, err)
	}
	return m, nil
}

// open unseals a stored manifest and checks it is filed under its own name.
func (s *Store) open(key, b []byte) (*Manifest, error) {
	m, err := s.sealer.open(b)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(s.dbKey(m.Name), key) {
		return nil, fmt.Errorf("%w: manifest of %q filed under another name", ErrTamperedManifest, m.Name)
	}
	return m, nil
}

// Delete removes a file's manifest (no error if there is none).
func (s *Store) Delete(ctx context.Context, name string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.db.Delete(s.dbKey(name), nil); err != nil {
		return fmt.Errorf("manifest: delete %q: %w", name, err)
	}
	return nil
}

// Each calls fn with every manifest, in database order (a consistent snapshot), stopping at the
// first error.
func (s *Store) Each(ctx context.Context, fn func(*Manifest) error) error {
	it := s.db.NewIterator(util.BytesPrefix(prefixFile), nil)
	defer it.Release()
	for it.Next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		m, err := s.open(it.Key(), it.Value())
		if err != nil {
			return fmt.Errorf("manifest: entry %x: %w", it.Key()[len(prefixFile):], err)
		}
		if err := fn(m); err != nil {
			return err
		}
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("manifest: iterate: %w", err)
	}
	return nil
}

// List returns the names of all files, sorted.
func (s *Store) List(ctx context.Context) ([]string, error) {
	var names []string
	err := s.Each(ctx, func(m *Manifest) error {
		names = append(names, m.Name)
		return nil
	})
	sort.Strings(names)
	return names, err
}
