package s3gw

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// The metadata database's keys:
//
//	b\x00<bucket>                      → bucketRec
//	o\x00<bucket>\x00<key>             → objectRec
//	u\x00<upload id>                   → uploadRec
//	p\x00<upload id>\x00<part, %05d>   → partRec
//
// Object keys sort by bucket, then key bytes: the order S3 lists them in.
const (
	pBucket = "b\x00"
	pObject = "o\x00"
	pUpload = "u\x00"
	pPart   = "p\x00"
)

type bucketRec struct {
	Created time.Time `json:"created"`
}

// headers are the object properties S3 stores and returns as given.
type headers struct {
	ContentType        string            `json:"content_type,omitempty"`
	ContentEncoding    string            `json:"content_encoding,omitempty"`
	ContentDisposition string            `json:"content_disposition,omitempty"`
	ContentLanguage    string            `json:"content_language,omitempty"`
	CacheControl       string            `json:"cache_control,omitempty"`
	Expires            string            `json:"expires,omitempty"`
	Meta               map[string]string `json:"meta,omitempty"`
}

// fileRef is one renter file of an object: its bytes follow the previous file's.
type fileRef struct {
	File string `json:"file"`
	Size int64  `json:"size"`
}

type objectRec struct {
	headers
	Size     int64     `json:"size"`
	ETag     string    `json:"etag"` // quoted
	Modified time.Time `json:"modified"`
	Files    []fileRef `json:"files"` // empty for an empty object
}

type uploadRec struct {
	headers
	Bucket  string    `json:"bucket"`
	Key     string    `json:"key"`
	Created time.Time `json:"created"`
}

type partRec struct {
	fileRef
	ETag     string    `json:"etag"` // quoted
	Modified time.Time `json:"modified"`
}

func bucketKey(b string) []byte       { return []byte(pBucket + b) }
func objectKey(b, k string) []byte    { return []byte(pObject + b + "\x00" + k) }
func objectPrefix(b string) []byte    { return []byte(pObject + b + "\x00") }
func uploadKey(id string) []byte      { return []byte(pUpload + id) }
func partPrefix(id string) []byte     { return []byte(pPart + id + "\x00") }
func partKey(id string, n int) []byte { return fmt.Appendf(partPrefix(id), "%05d", n) }

// get decodes the record at key into v; found is false when there is none.
func get(db *leveldb.DB, key []byte, v any) (found bool, err error) {
	b, err := db.Get(key, nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("s3gw: metadata: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("s3gw: metadata record %q is damaged: %w", key, err)
	}
	return true, nil
}

func put(b *leveldb.Batch, key []byte, v any) error {
	enc, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b.Put(key, enc)
	return nil
}

// each calls fn for every record under prefix, from start (inclusive) on, until fn returns false.
func each(db *leveldb.DB, prefix, start []byte, fn func(key, val []byte) (bool, error)) error {
	rng := util.BytesPrefix(prefix)
	if start != nil && string(start) > string(rng.Start) {
		rng.Start = start
	}
	it := db.NewIterator(rng, nil)
	defer it.Release()
	for it.Next() {
		more, err := fn(it.Key(), it.Value())
		if err != nil {
			return err
		}
		if !more {
			break
		}
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("s3gw: metadata: %w", err)
	}
	return nil
}

// referenced returns every renter file the metadata points to (objects and uploaded parts).
func referenced(db *leveldb.DB) (map[string]bool, error) {
	refs := map[string]bool{}
	err := each(db, []byte(pObject), nil, func(k, v []byte) (bool, error) {
		var o objectRec
		if err := json.Unmarshal(v, &o); err != nil {
			return false, fmt.Errorf("s3gw: metadata record %q is damaged: %w", k, err)
		}
		for _, f := range o.Files {
			refs[f.File] = true
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	err = each(db, []byte(pPart), nil, func(k, v []byte) (bool, error) {
		var p partRec
		if err := json.Unmarshal(v, &p); err != nil {
			return false, fmt.Errorf("s3gw: metadata record %q is damaged: %w", k, err)
		}
		refs[p.File] = true
		return true, nil
	})
	return refs, err
}

// splitObjectKey returns the object key of an o\x00<bucket>\x00<key> record key.
func splitObjectKey(bucket string, k []byte) string {
	return strings.TrimPrefix(string(k), string(objectPrefix(bucket)))
}
