// Package s3gw serves the S3 API over a renter's files: buckets, objects (PUT, GET with ranges,
// HEAD, DELETE, batch delete, copy), ListObjects v1/v2 and multipart uploads, for any S3 tool.
//
// The HTTP layer, the SigV4 checks (header, presigned URLs, streaming chunk signatures and
// trailers) and S3's error responses come from versitygw's s3api package; this package is a
// versitygw backend over two things: an ObjectStore (the renter, through the adapter in
// renter.go) holding the bytes, and a goleveldb database holding the S3 view of them (buckets,
// object → renter files, content type, user metadata, ETag, multipart state). Every object is one
// or more renter files (one per multipart part, composed at Complete without re-uploading); a GET
// streams them in order, fetching only the segments a range covers. Access keys live in Keys.
package s3gw

import (
	"context"
	"errors"
	"io"
)

// Errors an ObjectStore returns, wrapped; the gateway maps them to S3 errors.
var (
	// ErrNotFound: no stored file by that name.
	ErrNotFound = errors.New("s3gw: no such stored file")
	// ErrUnavailable: the store cannot take the upload now (too few farmers, not enough funds);
	// clients see 503 SlowDown and may retry.
	ErrUnavailable = errors.New("s3gw: storage unavailable")
)

// ObjectStore is what the gateway needs of the renter: whole files under names it chooses, stored
// from a stream and read back by byte range.
type ObjectStore interface {
	// Put stores everything read from r as a new file called name and returns the bytes stored.
	// size is the length announced by the client, or -1. A failed Put leaves nothing stored.
	Put(ctx context.Context, name string, r io.Reader, size int64) (int64, error)
	// GetRange writes bytes [off, off+length) of the file to w, fetching no more than it needs.
	GetRange(ctx context.Context, name string, w io.Writer, off, length int64) error
	// Delete removes the file and ends what it costs.
	Delete(ctx context.Context, name string) error
	// List returns the names of the stored files that start with prefix.
	List(ctx context.Context, prefix string) ([]string, error)
}
