package proofs

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"

	"golang.org/x/crypto/sha3"
)

// This file holds the rules of contracts/AgreementMarket.sol (see ../contracts/README.md
// and README.md): the agreement tree over a farmer's shards for one renter, the per-agreement due draw,
// the leaf pick and the proof a heartbeat carries. It does no I/O.

const entryPrefix = 0x02

func keccak(b []byte) Hash {
	var h Hash
	d := sha3.NewLegacyKeccak256()
	d.Write(b)
	d.Sum(h[:0])
	return h
}

// EntryHash returns an agreement tree's entry for a shard: sha256(0x02 ‖ shardRoot ‖
// uint64_be(shardLeaves)). Binding the shard's length into the entry is what lets a proof carry
// shardLeaves without the chain storing it.
func EntryHash(shardRoot Hash, shardLeaves uint64) Hash {
	var buf [41]byte
	buf[0] = entryPrefix
	copy(buf[1:33], shardRoot[:])
	binary.BigEndian.PutUint64(buf[33:], shardLeaves)
	return sha256.Sum256(buf[:])
}

// Shard is one entry of an agreement: a shard the farmer holds for the renter.
type Shard struct {
	Root   Hash   // the shard's Merkle root (ShardRoot)
	Leaves uint64 // its length in leaves, >= 1
}

// Agreement is the tree over the entries of an agreement's shards, sorted by shard root ascending.
// Farmer and renter keep one each and apply the same uploads (Add) and deletes (Remove), so both
// reach the same Root to co-sign in a revision. Add and Remove cost a binary search and a copy of
// the entries after the position; Root rehashes only the nodes to the right of the first position
// changed since the last Root (entries are hashed once, when added). The zero value is an empty
// agreement.
type Agreement struct {
	shards  []Shard
	entries []Hash   // EntryHash of shards[k]
	levels  [][]Hash // levels[0] = entries; when !clean, levels[l] is valid only below dirty>>l
	dirty   int      // first entry position changed since the last rebuild
	clean   bool     // levels match entries
	leaves  uint64
}

// NewAgreement returns the tree over the given shards (any order; duplicates refused).
func NewAgreement(shards []Shard) (*Agreement, error) {
	a := &Agreement{}
	sorted := slices.Clone(shards)
	slices.SortFunc(sorted, func(x, y Shard) int { return bytes.Compare(x.Root[:], y.Root[:]) })
	for k, s := range sorted {
		if s.Leaves == 0 {
			return nil, fmt.Errorf("proofs: shard %x has no leaves", s.Root[:8])
		}
		if k > 0 && sorted[k-1].Root == s.Root {
			return nil, fmt.Errorf("proofs: shard %x listed twice", s.Root[:8])
		}
		a.leaves += s.Leaves
	}
	a.shards = sorted
	a.entries = make([]Hash, len(sorted))
	for k, s := range sorted {
		a.entries[k] = EntryHash(s.Root, s.Leaves)
	}
	return a, nil
}

func (a *Agreement) find(root Hash) (int, bool) {
	return slices.BinarySearchFunc(a.shards, root, func(s Shard, r Hash) int { return bytes.Compare(s.Root[:], r[:]) })
}

func (a *Agreement) touch(k int) {
	if a.clean || k < a.dirty {
		a.dirty = k
	}
	a.clean = false
}

// Add inserts a shard. A shard already in the agreement, or one of zero leaves, is refused.
func (a *Agreement) Add(s Shard) error {
	if s.Leaves == 0 {
		return fmt.Errorf("proofs: shard %x has no leaves", s.Root[:8])
	}
	k, found := a.find(s.Root)
	if found {
		return fmt.Errorf("proofs: shard %x is already in the agreement", s.Root[:8])
	}
	a.shards = slices.Insert(a.shards, k, s)
	a.entries = slices.Insert(a.entries, k, EntryHash(s.Root, s.Leaves))
	a.leaves += s.Leaves
	a.touch(k)
	return nil
}

// Remove takes the shard with the given root out and returns it.
func (a *Agreement) Remove(root Hash) (Shard, error) {
	k, found := a.find(root)
	if !found {
		return Shard{}, fmt.Errorf("proofs: shard %x is not in the agreement", root[:8])
	}
	s := a.shards[k]
	a.shards = slices.Delete(a.shards, k, k+1)
	a.entries = slices.Delete(a.entries, k, k+1)
	a.leaves -= s.Leaves
	a.touch(k)
	return s, nil
}

// Has reports whether the shard with the given root is in the agreement.
func (a *Agreement) Has(root Hash) bool { _, ok := a.find(root); return ok }

// Shards returns the number of entries (Revision.shards).
func (a *Agreement) Shards() uint64 { return uint64(len(a.shards)) }

// Leaves returns the sum of the shards' leaves (Revision.leaves).
func (a *Agreement) Leaves() uint64 { return a.leaves }

// Shard returns entry j in tree order.
func (a *Agreement) Shard(j uint64) Shard { return a.shards[j] }

// List returns the shards in tree order (a copy).
func (a *Agreement) List() []Shard { return slices.Clone(a.shards) }

// Index returns the position of the shard with the given root in tree order.
func (a *Agreement) Index(root Hash) (uint64, bool) {
	k, ok := a.find(root)
	return uint64(k), ok
}

// rebuild brings the cached levels up to date, rehashing only what lies right of a.dirty.
func (a *Agreement) rebuild() {
	if a.clean {
		return
	}
	n, from := len(a.entries), a.dirty
	if len(a.levels) == 0 {
		a.levels = [][]Hash{nil}
	}
	a.levels[0] = a.entries
	level := 0
	for width := n; width > 1; level++ {
		next := (width + 1) / 2
		if len(a.levels) <= level+1 {
			a.levels = append(a.levels, nil)
		}
		up := a.levels[level+1]
		if cap(up) < next {
			grown := make([]Hash, next, next+next/4+1)
			copy(grown, up)
			up = grown
		}
		up = up[:next]
		below := a.levels[level]
		for i := from / 2; i < next; i++ {
			l := below[2*i]
			r := zeroes[level]
			if 2*i+1 < width {
				r = below[2*i+1]
			}
			up[i] = HashNode(l, r)
		}
		a.levels[level+1] = up
		from /= 2
		width = next
	}
	a.levels = a.levels[:level+1]
	a.clean = true
}

// Root returns the agreement root (Revision.root): zero for an empty agreement, the entry itself for
// one shard.
func (a *Agreement) Root() Hash {
	if len(a.entries) == 0 {
		return Hash{}
	}
	a.rebuild()
	return a.levels[len(a.levels)-1][0]
}

// TreePath returns the siblings of entry j, bottom-up (Proof.treePath).
func (a *Agreement) TreePath(j uint64) ([]Hash, error) {
	if j >= uint64(len(a.entries)) {
		return nil, fmt.Errorf("proofs: entry %d out of range (%d shards)", j, len(a.entries))
	}
	a.rebuild()
	path := make([]Hash, 0, len(a.levels)-1)
	for level := 0; level < len(a.levels)-1; level++ {
		nodes := a.levels[level]
		if sib := j ^ 1; sib < uint64(len(nodes)) {
			path = append(path, nodes[sib])
		} else {
			path = append(path, zeroes[level])
		}
		j >>= 1
	}
	return path, nil
}

// AgreementRoot returns the root over the given entries in the given order (no sorting): the
// definition the Agreement tree caches, for checks and vectors.
func AgreementRoot(entries []Hash) Hash { return RootOf(slices.Clone(entries)) }

// ---- seeds, due draw and pick --------------------------------------------------------------------

// PeriodSeed returns seed_p = keccak256(abi.encode(blockhash(beaconBlock+1), beaconRandao, uint32 p)).
func PeriodSeed(blockHash Hash, randao Hash, period uint32) Hash {
	var buf [96]byte
	copy(buf[0:32], blockHash[:])
	copy(buf[32:64], randao[:])
	binary.BigEndian.PutUint32(buf[92:], period)
	return keccak(buf[:])
}

// ChallengeSeed returns the seed of a renter challenge: keccak256(abi.encode(blockHash, uint64 id,
// "challenge")), with "challenge" ABI-encoded as a dynamic string, where blockHash is the hash of
// the block after the challenge's.
func ChallengeSeed(blockHash Hash, id uint64) Hash {
	var buf [160]byte
	copy(buf[0:32], blockHash[:])
	binary.BigEndian.PutUint64(buf[56:64], id)
	buf[95] = 0x60 // offset of the string's tail
	buf[127] = 9   // its length
	copy(buf[128:], "challenge")
	return keccak(buf[:])
}

// mod returns the 256-bit big-endian h modulo m (m > 0), as the EVM's `uint256(h) % m`.
func mod(h Hash, m uint64) uint64 {
	var r uint64
	for k := 0; k < 32; k += 8 {
		_, r = bits.Div64(r, binary.BigEndian.Uint64(h[k:k+8]), m)
	}
	return r
}

// DueValue returns uint256(keccak256(abi.encode(seed, uint64 id))) % 10000: agreement id is due
// under seed when it is below sampleBps.
func DueValue(seed Hash, id uint64) uint64 {
	var buf [64]byte
	copy(buf[:32], seed[:])
	binary.BigEndian.PutUint64(buf[56:], id)
	return mod(keccak(buf[:]), 10_000)
}

// IsDue reports whether a live agreement id is due under seed with q = sampleBps / 10^4.
func IsDue(seed Hash, id uint64, sampleBps uint16) bool {
	return DueValue(seed, id) < uint64(sampleBps)
}

// pickWord returns keccak256(abi.encode(seed, uint64 id, uint256 which)).
func pickWord(seed Hash, id, which uint64) Hash {
	var buf [96]byte
	copy(buf[:32], seed[:])
	binary.BigEndian.PutUint64(buf[56:64], id)
	binary.BigEndian.PutUint64(buf[88:96], which)
	return keccak(buf[:])
}

// PickShard returns j, the entry of agreement id proven under seed: keccak256(abi.encode(seed, id,
// uint256(1))) % shards. shards must be positive.
func PickShard(seed Hash, id, shards uint64) uint64 { return mod(pickWord(seed, id, 1), shards) }

// PickLeaf returns i, the leaf of the picked shard: keccak256(abi.encode(seed, id, uint256(2))) %
// shardLeaves. shardLeaves must be positive.
func PickLeaf(seed Hash, id, shardLeaves uint64) uint64 {
	return mod(pickWord(seed, id, 2), shardLeaves)
}

// Pick returns the shard index j and leaf index i proven for agreement id under seed, given the
// agreement's shard count and the picked shard's leaves (which the prover looks up at j).
func Pick(seed Hash, id, shards uint64, shardLeavesOf func(j uint64) uint64) (j, i uint64, err error) {
	if shards == 0 {
		return 0, 0, fmt.Errorf("proofs: agreement %d is empty", id)
	}
	j = PickShard(seed, id, shards)
	n := shardLeavesOf(j)
	if n == 0 {
		return 0, 0, fmt.Errorf("proofs: agreement %d: shard %d has no leaves", id, j)
	}
	return j, PickLeaf(seed, id, n), nil
}

// ---- proofs --------------------------------------------------------------------------------------

// AgreementProof is one proven leaf of an agreement, as a heartbeat or a challenge answer carries it
// (AgreementMarket.Proof).
type AgreementProof struct {
	AgreementID uint64
	ShardLeaves uint64 // leaves of the picked shard, bound into its entry
	Leaf        []byte // LeafSize bytes
	ShardPath   []Hash // siblings in the shard's tree, bottom-up (Depth(ShardLeaves) of them)
	TreePath    []Hash // siblings in the agreement tree, bottom-up (Depth(shards) of them)
}

// ShardSource gives the bytes a prover needs for one shard: its proof cache and the group of
// leaves holding leaf i (see Cache.GroupRange). Farmers read the group from disk; tests slice it.
type ShardSource func(root Hash, leaf uint64) (c *Cache, group []byte, err error)

// Prove builds the proof of agreement id under seed from the farmer's tree and shards.
func (a *Agreement) Prove(seed Hash, id uint64, src ShardSource) (AgreementProof, error) {
	j, i, err := Pick(seed, id, a.Shards(), func(j uint64) uint64 { return a.shards[j].Leaves })
	if err != nil {
		return AgreementProof{}, err
	}
	return a.ProveLeaf(id, j, i, src)
}

// ProveLeaf builds the proof of leaf i of entry j (Prove with the pick done by the caller).
func (a *Agreement) ProveLeaf(id, j, i uint64, src ShardSource) (AgreementProof, error) {
	if j >= a.Shards() {
		return AgreementProof{}, fmt.Errorf("proofs: entry %d out of range (%d shards)", j, a.Shards())
	}
	s := a.shards[j]
	c, group, err := src(s.Root, i)
	if err != nil {
		return AgreementProof{}, fmt.Errorf("proofs: agreement %d: read shard %x: %w", id, s.Root[:8], err)
	}
	if c.Leaves != s.Leaves || c.Root() != s.Root {
		return AgreementProof{}, fmt.Errorf("%w: agreement %d: the cache of shard %x is for another shard", ErrBadProof, id, s.Root[:8])
	}
	sp, err := c.Prove(i, group)
	if err != nil {
		return AgreementProof{}, fmt.Errorf("proofs: agreement %d: shard %x: %w", id, s.Root[:8], err)
	}
	tp, err := a.TreePath(j)
	if err != nil {
		return AgreementProof{}, err
	}
	off, _ := c.GroupRange(i)
	start := int64(i)*LeafSize - off
	return AgreementProof{AgreementID: id, ShardLeaves: s.Leaves,
		Leaf: slices.Clone(group[start : start+LeafSize]), ShardPath: sp, TreePath: tp}, nil
}

// ErrProofLength is returned (wrapped, together with ErrBadProof) for a proof of the wrong shape: the
// contract's BadProofLength. A proof that has the right shape but does not climb to the root is
// ErrBadProof alone (InvalidProof).
var ErrProofLength = fmt.Errorf("%w: wrong length", ErrBadProof)

// VerifyAgreementLeaf checks p against an agreement of the given root and shard count under seed:
// the pick (j from shards, i from p.ShardLeaves), the path lengths, then both climbs. It is the Go
// twin of the contract's proof check.
func VerifyAgreementLeaf(seed Hash, root Hash, shards uint64, p AgreementProof) error {
	if shards == 0 {
		return fmt.Errorf("%w: agreement %d is empty", ErrBadProof, p.AgreementID)
	}
	if p.ShardLeaves == 0 {
		return fmt.Errorf("%w: agreement %d: shard of zero leaves", ErrProofLength, p.AgreementID)
	}
	j, i := PickShard(seed, p.AgreementID, shards), PickLeaf(seed, p.AgreementID, p.ShardLeaves)
	return VerifyAgreementPath(root, shards, j, i, p)
}

// VerifyAgreementPath checks that p proves leaf i of entry j of the agreement (no pick).
func VerifyAgreementPath(root Hash, shards, j, i uint64, p AgreementProof) error {
	switch {
	case len(p.Leaf) != LeafSize:
		return fmt.Errorf("%w: agreement %d: leaf of %d bytes", ErrProofLength, p.AgreementID, len(p.Leaf))
	case p.ShardLeaves == 0 || i >= p.ShardLeaves:
		return fmt.Errorf("%w: agreement %d: leaf %d of a shard of %d leaves", ErrProofLength, p.AgreementID, i, p.ShardLeaves)
	case shards == 0 || j >= shards:
		return fmt.Errorf("%w: agreement %d: entry %d of %d", ErrProofLength, p.AgreementID, j, shards)
	case len(p.ShardPath) != Depth(p.ShardLeaves):
		return fmt.Errorf("%w: agreement %d: shard path of %d nodes, want %d", ErrProofLength, p.AgreementID, len(p.ShardPath), Depth(p.ShardLeaves))
	case len(p.TreePath) != Depth(shards):
		return fmt.Errorf("%w: agreement %d: tree path of %d nodes, want %d", ErrProofLength, p.AgreementID, len(p.TreePath), Depth(shards))
	}
	h := climb(HashLeaf(p.Leaf), i, p.ShardPath)
	h = climb(EntryHash(h, p.ShardLeaves), j, p.TreePath)
	if h != root {
		return fmt.Errorf("%w: agreement %d: leaf %d of entry %d does not climb to the root", ErrBadProof, p.AgreementID, i, j)
	}
	return nil
}

// Clone returns an independent copy of the tree (a revision is prepared on a copy, and the copy
// replaces the original only once both parties signed it).
func (a *Agreement) Clone() *Agreement {
	return &Agreement{shards: slices.Clone(a.shards), entries: slices.Clone(a.entries), dirty: 0, clean: false, leaves: a.leaves}
}
