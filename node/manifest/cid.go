package manifest

import (
	"fmt"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"github.com/granary-network/granary/proofs"
)

// MultihashCode is the multihash code of a Granary shard name: the digest is the shard's Merkle root
// as proofs.ShardRoot computes it (SHA-256 over 256-byte leaves with 0x00/0x01 domain prefixes,
// padded with zero subtrees), 32 bytes. It sits in the multicodec private-use range
// (0x300000-0x3fffff), so it cannot clash with a registered hash; the trailing "256" recalls the
// leaf size. Naming a shard by its root means the root an agreement's tree holds and the name
// used to fetch and check the shard come from one pass of hashing instead of two.
const MultihashCode = 0x300256

// MultihashName is the name we give MultihashCode in documentation and logs.
const MultihashName = "granary-merkle-sha2-256-l256"

// ShardCID returns the name of the shard with Merkle root root: CIDv1, raw codec, MultihashCode.
func ShardCID(root proofs.Hash) cid.Cid {
	mh, err := multihash.Encode(root[:], MultihashCode)
	if err != nil { // Encode fails on nothing today; keep the error path honest if it ever does
		panic(fmt.Sprintf("manifest: encode multihash: %v", err))
	}
	return cid.NewCidV1(cid.Raw, mh)
}

// RootFromCID returns the Merkle root a shard CID names, or ErrBadCID if the CID is not a Granary
// shard name (another version, codec, hash or digest length).
func RootFromCID(c cid.Cid) (proofs.Hash, error) {
	if !c.Defined() {
		return proofs.Hash{}, fmt.Errorf("%w: undefined CID", ErrBadCID)
	}
	p := c.Prefix()
	if p.Version != 1 || p.Codec != cid.Raw || p.MhType != MultihashCode || p.MhLength != 32 {
		return proofs.Hash{}, fmt.Errorf("%w: %s (version %d, codec %#x, hash %#x, length %d)",
			ErrBadCID, c, p.Version, p.Codec, p.MhType, p.MhLength)
	}
	dm, err := multihash.Decode(c.Hash())
	if err != nil {
		return proofs.Hash{}, fmt.Errorf("%w: %s: %v", ErrBadCID, c, err)
	}
	var h proofs.Hash
	copy(h[:], dm.Digest)
	return h, nil
}
