package manifest

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// Record is a small note the catalogue keeps beside the manifests for state that must survive a
// restart, such as what repair has observed (since when a farmer is unreachable).
//
// A record has a Kind (a short public label such as "repair/intent"), an ID unique within its kind,
// and opaque Data. ID and Data are sealed under the record key (derived from the master key) with
// the database key as associated data, and the database key is an HMAC of kind and ID, so a stolen
// catalogue shows how many records of each kind exist and nothing else. Records are local state:
// Export does not carry them.
type Record struct {
	Kind string
	ID   string
	Data []byte
}

// RecordOp is a change to a record, applied with WriteRecords or together with a manifest by Update.
type RecordOp struct {
	rec Record
	del bool
}

// PutRecord writes (or replaces) a record.
func PutRecord(r Record) RecordOp { return RecordOp{rec: r} }

// DeleteRecord removes a record (no error if there is none).
func DeleteRecord(kind, id string) RecordOp {
	return RecordOp{rec: Record{Kind: kind, ID: id}, del: true}
}

const (
	// MaxRecordKind bounds a record's kind, in bytes.
	MaxRecordKind = 64
	// MaxRecordID bounds a record's ID, in bytes.
	MaxRecordID = 256
	// MaxRecordData bounds a record's data, in bytes.
	MaxRecordData = 1 << 20
)

var prefixRecord = []byte("rec/")

func checkKind(kind string) error {
	if kind == "" || len(kind) > MaxRecordKind || strings.IndexByte(kind, 0) >= 0 {
		return fmt.Errorf("manifest: record kind %q: 1 to %d bytes without NUL", kind, MaxRecordKind)
	}
	return nil
}

// recordPrefix returns the database prefix of a kind's records: "rec/" ‖ kind ‖ 0x00.
func recordPrefix(kind string) []byte {
	return append(append(append([]byte(nil), prefixRecord...), kind...), 0)
}

// recordKey returns the database key of a record: its kind's prefix ‖ HMAC(index key, kind ‖ 0 ‖ id)[:20].
func (s *Store) recordKey(kind, id string) []byte {
	mac := hmac.New(sha256.New, s.indexKey)
	mac.Write([]byte(kind))
	mac.Write([]byte{0})
	mac.Write([]byte(id))
	p := recordPrefix(kind)
	return mac.Sum(p)[:len(p)+20]
}

// Sealed records: magic | version | key ID | nonce | AES-256-GCM(record key, nonce, uvarint len(id) ‖
// id ‖ data, AAD = header ‖ database key).
var recordMagic = [4]byte{'G', 'R', 'N', 'R'}

const recordVersion = 1

func (s *Store) sealRecord(key []byte, r Record) ([]byte, error) {
	if len(r.ID) > MaxRecordID || len(r.Data) > MaxRecordData {
		return nil, fmt.Errorf("manifest: record %s/%q: id of %d bytes (max %d), data of %d bytes (max %d)",
			r.Kind, r.ID, len(r.ID), MaxRecordID, len(r.Data), MaxRecordData)
	}
	body := binary.AppendUvarint(make([]byte, 0, 10+len(r.ID)+len(r.Data)), uint64(len(r.ID)))
	body = append(append(body, r.ID...), r.Data...)
	out := make([]byte, sealHeaderLen, sealHeaderLen+len(body)+s.records.Overhead())
	copy(out, recordMagic[:])
	out[4] = recordVersion
	copy(out[5:13], s.sealer.keyID[:])
	if _, err := rand.Read(out[13:sealHeaderLen]); err != nil {
		return nil, fmt.Errorf("manifest: seal record: nonce: %w", err)
	}
	aad := append(append([]byte(nil), out[:sealHeaderLen]...), key...)
	return s.records.Seal(out, out[13:sealHeaderLen], body, aad), nil
}

func (s *Store) openRecord(kind string, key, b []byte) (Record, error) {
	if len(b) < sealHeaderLen+s.records.Overhead() || !bytes.Equal(b[:4], recordMagic[:]) {
		return Record{}, fmt.Errorf("%w: not a sealed record", ErrTamperedRecord)
	}
	if b[4] != recordVersion {
		return Record{}, fmt.Errorf("%w: sealed record version %d (this code reads %d)", ErrUnsupportedVersion, b[4], recordVersion)
	}
	if KeyID(b[5:13]) != s.sealer.keyID {
		return Record{}, fmt.Errorf("%w: record sealed under key %x, this key is %x", ErrWrongKey, b[5:13], s.sealer.keyID[:])
	}
	aad := append(append([]byte(nil), b[:sealHeaderLen]...), key...)
	body, err := s.records.Open(nil, b[13:sealHeaderLen], b[sealHeaderLen:], aad)
	if err != nil {
		return Record{}, fmt.Errorf("%w: authentication failed", ErrTamperedRecord)
	}
	n, used := binary.Uvarint(body)
	if used <= 0 || n > uint64(len(body)-used) {
		return Record{}, fmt.Errorf("%w: bad id length", ErrTamperedRecord)
	}
	r := Record{Kind: kind, ID: string(body[used : used+int(n)]), Data: body[used+int(n):]}
	if !bytes.Equal(s.recordKey(kind, r.ID), key) {
		return Record{}, fmt.Errorf("%w: record %q filed under another key", ErrTamperedRecord, r.ID)
	}
	return r, nil
}

// apply adds record ops to a batch.
func (s *Store) apply(b *leveldb.Batch, ops []RecordOp) error {
	for _, op := range ops {
		if err := checkKind(op.rec.Kind); err != nil {
			return err
		}
		key := s.recordKey(op.rec.Kind, op.rec.ID)
		if op.del {
			b.Delete(key)
			continue
		}
		v, err := s.sealRecord(key, op.rec)
		if err != nil {
			return err
		}
		b.Put(key, v)
	}
	return nil
}

// syncWrite is how records and updates are written: durably, since they order steps on the network
// and on chain that a crash must not reorder.
var syncWrite = &opt.WriteOptions{Sync: true}

// WriteRecords applies record changes atomically.
func (s *Store) WriteRecords(ctx context.Context, ops ...RecordOp) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b := new(leveldb.Batch)
	if err := s.apply(b, ops); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.db.Write(b, syncWrite); err != nil {
		return fmt.Errorf("manifest: write records: %w", err)
	}
	return nil
}

// Records returns every record of a kind, in no particular order.
func (s *Store) Records(ctx context.Context, kind string) ([]Record, error) {
	if err := checkKind(kind); err != nil {
		return nil, err
	}
	it := s.db.NewIterator(util.BytesPrefix(recordPrefix(kind)), nil)
	defer it.Release()
	var out []Record
	for it.Next() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r, err := s.openRecord(kind, it.Key(), it.Value())
		if err != nil {
			return nil, fmt.Errorf("manifest: record %s: %w", kind, err)
		}
		out = append(out, r)
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("manifest: read records %s: %w", kind, err)
	}
	return out, nil
}

// Update rewrites the manifest of name atomically: it reads the stored manifest, lets fn change it,
// and writes the result together with the record changes fn returns, in one durable batch. Updates,
// puts and deletes are serialised, so fn always sees the latest manifest and no change made
// meanwhile is lost. If fn returns an error nothing is written and Update returns it (wrapped). fn
// may not rename the file. A missing manifest is ErrNotFound, and nothing is written either.
func (s *Store) Update(ctx context.Context, name string, fn func(m *Manifest) ([]RecordOp, error)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	key := s.dbKey(name)
	b, err := s.db.Get(key, nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return fmt.Errorf("manifest: update %q: %w", name, ErrNotFound)
	} else if err != nil {
		return fmt.Errorf("manifest: update %q: %w", name, err)
	}
	m, err := s.open(key, b)
	if err != nil {
		return fmt.Errorf("manifest: update %q: %w", name, err)
	}
	ops, err := fn(m)
	if err != nil {
		return fmt.Errorf("manifest: update %q: %w", name, err)
	}
	if m.Name != name {
		return fmt.Errorf("manifest: update %q: %w: the update renames the file to %q", name, ErrInvalid, m.Name)
	}
	v, err := s.sealer.seal(m)
	if err != nil {
		return fmt.Errorf("manifest: update %q: %w", name, err)
	}
	batch := new(leveldb.Batch)
	batch.Put(key, v)
	if err := s.apply(batch, ops); err != nil {
		return fmt.Errorf("manifest: update %q: %w", name, err)
	}
	if err := s.db.Write(batch, syncWrite); err != nil {
		return fmt.Errorf("manifest: update %q: %w", name, err)
	}
	s.log.Debug("manifest updated", "name", name, "records", len(ops))
	return nil
}
