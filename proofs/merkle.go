// Package proofs holds Granary's proof-of-storage rules: the Merkle trees over shards and sets of
// shards, proof generation and verification, and the agreement tree, seeds and due draw
// (agreement.go), each exactly as contracts/AgreementMarket.sol computes them. It does no I/O. See
// README.md for the choice of leaf size and hash.
package proofs

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/bits"
	"strings"
)

// LeafSize is the number of bytes in a Merkle leaf. Shards are whole multiples of it.
const LeafSize = 256

// Hash is a Merkle node or root.
type Hash [32]byte

// Bytes returns the hash as a slice.
func (h Hash) Bytes() []byte { return h[:] }

// MarshalText encodes the hash as 64 hex digits.
func (h Hash) MarshalText() ([]byte, error) { return []byte(hex.EncodeToString(h[:])), nil }

// UnmarshalText decodes 64 hex digits (an optional 0x prefix is accepted).
func (h *Hash) UnmarshalText(b []byte) error {
	s := strings.TrimPrefix(string(b), "0x")
	if len(s) != 64 {
		return fmt.Errorf("proofs: hash of %d hex digits, want 64", len(s))
	}
	_, err := hex.Decode(h[:], []byte(s))
	return err
}

// ErrBadProof is returned (wrapped) when a proof does not verify.
var ErrBadProof = errors.New("proofs: invalid proof")

const (
	leafPrefix = 0x00
	nodePrefix = 0x01
)

// zeroes[k] is the root of a subtree of height k made only of padding: zeroes[0] is the zero node,
// zeroes[k+1] = HashNode(zeroes[k], zeroes[k]).
var zeroes [65]Hash

func init() {
	for k := 1; k < len(zeroes); k++ {
		zeroes[k] = HashNode(zeroes[k-1], zeroes[k-1])
	}
}

// HashLeaf returns sha256(0x00 || leaf).
func HashLeaf(leaf []byte) Hash {
	var h Hash
	d := sha256.New()
	d.Write([]byte{leafPrefix})
	d.Write(leaf)
	d.Sum(h[:0])
	return h
}

// HashNode returns sha256(0x01 || left || right).
func HashNode(left, right Hash) Hash {
	var buf [65]byte
	buf[0] = nodePrefix
	copy(buf[1:33], left[:])
	copy(buf[33:], right[:])
	return sha256.Sum256(buf[:])
}

// Depth returns the height of a tree over n leaves: ceil(log2(n)), 0 for n <= 1.
func Depth(n uint64) int {
	if n <= 1 {
		return 0
	}
	return bits.Len64(n - 1)
}

// reduce hashes one level of a tree of height `level` into the next, in place, pairing an odd last
// node with the padding subtree of the same height. It returns the next level.
func reduce(nodes []Hash, level int) []Hash {
	n := len(nodes)
	for i := 0; i < n/2; i++ {
		nodes[i] = HashNode(nodes[2*i], nodes[2*i+1])
	}
	if n%2 == 1 {
		nodes[n/2] = HashNode(nodes[n-1], zeroes[level])
		return nodes[:n/2+1]
	}
	return nodes[:n/2]
}

// RootOf returns the root of a tree whose bottom level is `nodes`, padded to a power of two with zero
// nodes. It overwrites nodes.
func RootOf(nodes []Hash) Hash {
	if len(nodes) == 0 {
		return Hash{}
	}
	for level := 0; len(nodes) > 1; level++ {
		nodes = reduce(nodes, level)
	}
	return nodes[0]
}

// pathOf returns the sibling path of leaf idx in a tree whose bottom level is `nodes` (overwritten).
func pathOf(nodes []Hash, idx uint64) []Hash {
	path := make([]Hash, 0, Depth(uint64(len(nodes))))
	for level := 0; len(nodes) > 1; level++ {
		sib := idx ^ 1
		if sib < uint64(len(nodes)) {
			path = append(path, nodes[sib])
		} else {
			path = append(path, zeroes[level])
		}
		nodes = reduce(nodes, level)
		idx >>= 1
	}
	return path
}

// climb hashes h up the tree along path, taking the side from the bits of idx.
func climb(h Hash, idx uint64, path []Hash) Hash {
	for _, sib := range path {
		if idx&1 == 0 {
			h = HashNode(h, sib)
		} else {
			h = HashNode(sib, h)
		}
		idx >>= 1
	}
	return h
}

// checkShard reports whether data is a whole number of leaves.
func checkShard(data []byte) error {
	if len(data) == 0 || len(data)%LeafSize != 0 {
		return fmt.Errorf("proofs: shard of %d bytes is not a positive multiple of %d", len(data), LeafSize)
	}
	return nil
}

// LeafHashes hashes every leaf of a shard into dst (which must have len(data)/LeafSize entries).
func LeafHashes(dst []Hash, data []byte) {
	d := sha256.New()
	prefix := []byte{leafPrefix}
	for i := range dst {
		d.Reset()
		d.Write(prefix)
		d.Write(data[i*LeafSize : (i+1)*LeafSize])
		d.Sum(dst[i][:0])
	}
}

// ShardRoot returns the Merkle root of a shard (a positive multiple of LeafSize bytes).
func ShardRoot(data []byte) (Hash, error) {
	if err := checkShard(data); err != nil {
		return Hash{}, err
	}
	nodes := make([]Hash, len(data)/LeafSize)
	LeafHashes(nodes, data)
	return RootOf(nodes), nil
}

// ProveShard returns the sibling path of leaf `leaf` in the shard's tree, from the whole shard.
// Farmers answer challenges from a Cache instead, reading only one group of leaves.
func ProveShard(data []byte, leaf uint64) ([]Hash, error) {
	if err := checkShard(data); err != nil {
		return nil, err
	}
	n := uint64(len(data) / LeafSize)
	if leaf >= n {
		return nil, fmt.Errorf("proofs: leaf %d out of range (%d leaves)", leaf, n)
	}
	nodes := make([]Hash, n)
	LeafHashes(nodes, data)
	return pathOf(nodes, leaf), nil
}
