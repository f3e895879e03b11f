package storage

import (
	"fmt"

	"github.com/granary-network/granary/proofs"
)

// Cache returns a stored shard's proof cache (what a prover needs with one group read by ReadAt).
func (s *Store) Cache(root proofs.Hash) (*proofs.Cache, error) {
	e, err := s.entry(root)
	if err != nil {
		return nil, err
	}
	var c proofs.Cache
	if err := c.UnmarshalBinary(e.cache); err != nil {
		return nil, fmt.Errorf("shard %x: %w: %v", root[:8], ErrCorrupt, err)
	}
	return &c, nil
}
