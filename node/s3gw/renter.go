package s3gw

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/renter"
)

// RenterStore is the ObjectStore of a renter on agreements: each file is put exactly as `granary
// renter put` puts it (encrypted, erasure-coded, its shards revised into the renter's agreements
// with farmers, proven every period), read back through the pipeline by range, and removed by
// revising its shards out of those agreements.
type RenterStore struct {
	R      *renter.Agreements
	Params pipeline.Params
}

// Put stores r's bytes as a renter file. Too few farmers to place it (none eligible, or too many
// refusing or failing, e.g. for want of escrow funds) is ErrUnavailable: the client may retry.
func (s RenterStore) Put(ctx context.Context, name string, r io.Reader, size int64) (int64, error) {
	m, err := s.R.Put(ctx, name, r, s.Params)
	if errors.Is(err, renter.ErrNotEnoughFarmers) || errors.Is(err, renter.ErrPlacement) {
		return 0, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	if err != nil {
		return 0, err
	}
	return int64(m.Size), nil
}

// GetRange writes a byte range of a renter file.
func (s RenterStore) GetRange(ctx context.Context, name string, w io.Writer, off, length int64) error {
	err := s.R.GetRange(ctx, name, w, off, length)
	if errors.Is(err, renter.ErrNotFound) {
		return fmt.Errorf("%w: %w", ErrNotFound, err)
	}
	return err
}

// Delete removes a renter file, revising its shards out of its agreements.
func (s RenterStore) Delete(ctx context.Context, name string) error {
	err := s.R.Remove(ctx, name)
	if errors.Is(err, renter.ErrNotFound) {
		return fmt.Errorf("%w: %w", ErrNotFound, err)
	}
	return err
}

// List returns the renter's files whose names start with prefix.
func (s RenterStore) List(ctx context.Context, prefix string) ([]string, error) {
	all, err := s.R.List(ctx)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, n := range all {
		if strings.HasPrefix(n, prefix) {
			out = append(out, n)
		}
	}
	return out, nil
}
