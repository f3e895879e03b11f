package renter

import (
	"context"
	"fmt"
	"io"
)

// GetRange writes bytes [off, off+length) of the file's plaintext to w, fetching only the shards of
// the segments that hold them from the farmers the manifest names (pipeline.GetRange; every shard is
// checked against its CID). A file the renter does not hold is ErrNotFound; a range outside the file
// is pipeline.ErrBadRange.
func (a *Agreements) GetRange(ctx context.Context, name string, w io.Writer, off, length int64) error {
	m, err := a.Manifest(ctx, name)
	if err != nil {
		return err
	}
	return a.pipe.GetRange(ctx, m, a.Source(m), w, off, length)
}

// List returns the names of the renter's files, sorted.
func (a *Agreements) List(ctx context.Context) ([]string, error) {
	names, err := a.store.List(ctx)
	if err != nil {
		return nil, fmt.Errorf("renter: list files: %w", err)
	}
	return names, nil
}
