package renter

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/proofs"
)

// A probe's proof is accepted only for the shard asked, at the book's revision: a proof of another
// entry, of another leaf, with a changed leaf or path, of another size, or from another tree is the
// shard lost; a proof at another revision is no verdict on the shard.
func TestCheckShardProof(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	tree := &proofs.Agreement{}
	data := map[proofs.Hash][]byte{}
	caches := map[proofs.Hash]*proofs.Cache{}
	for _, leaves := range []uint64{8, 8, 5} {
		b := make([]byte, leaves*proofs.LeafSize)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		root, c, err := proofs.BuildCache(b, 2)
		if err != nil {
			t.Fatal(err)
		}
		data[root], caches[root] = b, c
		if err := tree.Add(proofs.Shard{Root: root, Leaves: leaves}); err != nil {
			t.Fatal(err)
		}
	}
	src := func(root proofs.Hash, leaf uint64) (*proofs.Cache, []byte, error) {
		c := caches[root]
		off, n := c.GroupRange(leaf)
		return c, data[root][off : off+n], nil
	}
	const id = 7
	rev := market.Revision{AgreementID: id, Number: 3, Root: tree.Root(), Leaves: tree.Leaves(), Shards: tree.Shards(), EndPeriod: 100}
	prove := func(j, i uint64) proto.AgreementProofMsg {
		p, err := tree.ProveLeaf(id, j, i, src)
		if err != nil {
			t.Fatal(err)
		}
		return proto.AgreementProofMsg{Number: rev.Number, ShardLeaves: p.ShardLeaves, Leaf: p.Leaf, ShardPath: p.ShardPath, TreePath: p.TreePath}
	}
	const j, leaf = 1, 3
	sh := tree.Shard(j)
	if err := checkShardProof(rev, sh, j, leaf, prove(j, leaf)); err != nil {
		t.Fatalf("a true proof: %v", err)
	}
	lost := map[string]proto.AgreementProofMsg{
		"another leaf":  prove(j, leaf+1),
		"another entry": prove(0, leaf),
		"leaf changed": func() proto.AgreementProofMsg {
			p := prove(j, leaf)
			p.Leaf = append([]byte(nil), p.Leaf...)
			p.Leaf[0] ^= 1
			return p
		}(),
		"shard path changed": func() proto.AgreementProofMsg {
			p := prove(j, leaf)
			p.ShardPath = append([]proofs.Hash(nil), p.ShardPath...)
			p.ShardPath[0][0] ^= 1
			return p
		}(),
		"tree path cut": func() proto.AgreementProofMsg {
			p := prove(j, leaf)
			p.TreePath = p.TreePath[:len(p.TreePath)-1]
			return p
		}(),
		"another size": func() proto.AgreementProofMsg {
			p := prove(j, leaf)
			p.ShardLeaves = 16
			return p
		}(),
		"no leaf": func() proto.AgreementProofMsg {
			p := prove(j, leaf)
			p.Leaf = nil
			return p
		}(),
	}
	for name, p := range lost {
		if err := checkShardProof(rev, sh, j, leaf, p); !errors.Is(err, ErrShardLost) {
			t.Errorf("%s: %v, want ErrShardLost", name, err)
		}
	}
	other := rev
	other.Root[0] ^= 1
	if err := checkShardProof(other, sh, j, leaf, prove(j, leaf)); !errors.Is(err, ErrShardLost) {
		t.Errorf("a proof of another tree: %v, want ErrShardLost", err)
	}
	p := prove(j, leaf)
	p.Number = 4
	if err := checkShardProof(rev, sh, j, leaf, p); err == nil || errors.Is(err, ErrShardLost) {
		t.Errorf("a proof at another revision: %v, want an error that is not ErrShardLost", err)
	}
}
