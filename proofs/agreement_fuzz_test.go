package proofs

import (
	"bytes"
	"crypto/sha256"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"

	"golang.org/x/crypto/sha3"
)

// refVerifyAgreement is an independent verifier written from the spec, not from agreement.go: the
// picks through math/big, heights by doubling, crypto/sha256 and keccak called directly.
func refVerifyAgreement(seed Hash, root Hash, shards uint64, p AgreementProof) bool {
	if shards == 0 || p.ShardLeaves == 0 || len(p.Leaf) != 256 {
		return false
	}
	word := func(x uint64) []byte { return new(big.Int).SetUint64(x).FillBytes(make([]byte, 32)) }
	draw := func(which, n uint64) uint64 {
		d := sha3.NewLegacyKeccak256()
		d.Write(seed[:])
		d.Write(word(p.AgreementID))
		d.Write(word(which))
		v := new(big.Int).SetBytes(d.Sum(nil))
		return v.Mod(v, new(big.Int).SetUint64(n)).Uint64()
	}
	j, i := draw(1, shards), draw(2, p.ShardLeaves)
	height := func(n uint64) int {
		h := 0
		for w := uint64(1); w < n; w *= 2 {
			h++
		}
		return h
	}
	if len(p.ShardPath) != height(p.ShardLeaves) || len(p.TreePath) != height(shards) {
		return false
	}
	up := func(node [32]byte, pos uint64, siblings []Hash) [32]byte {
		for _, s := range siblings {
			if pos%2 == 0 {
				node = sha256.Sum256(append(append([]byte{1}, node[:]...), s[:]...))
			} else {
				node = sha256.Sum256(append(append([]byte{1}, s[:]...), node[:]...))
			}
			pos /= 2
		}
		return node
	}
	node := up(sha256.Sum256(append([]byte{0}, p.Leaf...)), i, p.ShardPath)
	entry := append([]byte{2}, node[:]...)
	entry = append(entry, word(p.ShardLeaves)[24:]...)
	return up(sha256.Sum256(entry), j, p.TreePath) == root
}

// fuzzAgreementShapes are the shard lengths of the agreements FuzzVerifyAgreementLeaf proves
// against: one shard of one leaf, powers of two and not, up to 9 shards.
var fuzzAgreementShapes = [][]uint64{{1}, {5}, {3, 8}, {1, 1, 1}, {4, 9, 2, 16, 7}, {2, 2, 2, 2, 2, 2, 2, 2, 3}, {33, 1}}

var fuzzAgreements = sync.OnceValue(func() []*testAgreement {
	r := rand.New(rand.NewPCG(21, 21))
	out := make([]*testAgreement, len(fuzzAgreementShapes))
	for k, s := range fuzzAgreementShapes {
		out[k] = newTestAgreement(panicTB{}, r, s...)
	}
	return out
})

// Mutations FuzzVerifyAgreementLeaf applies (mode % agreementModes).
const (
	amGenuine     = iota
	amFlipLeaf    // one bit of the leaf
	amFlipShard   // one bit of a shard path node
	amFlipTree    // one bit of a tree path node
	amShardLeaves // shardLeaves replaced by pos
	amID          // agreement id replaced by pos
	amRawLeaf     // the leaf replaced by raw
	amRawShard    // the shard path replaced by raw cut into nodes
	amRawTree     // the tree path replaced by raw cut into nodes
	amMoveNode    // the last shard path node moved to the tree path
	amOtherPick   // a genuine proof of another leaf of the agreement
	agreementModes
)

func sameProof(a, b AgreementProof) bool {
	return a.AgreementID == b.AgreementID && a.ShardLeaves == b.ShardLeaves && bytes.Equal(a.Leaf, b.Leaf) &&
		equalPaths(a.ShardPath, b.ShardPath) && equalPaths(a.TreePath, b.TreePath)
}

func cutNodes(raw []byte) []Hash {
	var out []Hash
	for k := 0; k+32 <= len(raw); k += 32 {
		out = append(out, Hash(raw[k:k+32]))
	}
	return out
}

// FuzzVerifyAgreementLeaf checks VerifyAgreementLeaf on genuine and mutated proofs of real
// agreements: it must accept exactly the genuine proof of the claimed agreement id under the seed
// (anything else would be a second preimage or a wrong pick), and agree with refVerifyAgreement.
func FuzzVerifyAgreementLeaf(f *testing.F) {
	as := fuzzAgreements()
	f.Fuzz(func(t *testing.T, sel uint8, seedByte uint64, id uint64, mode uint8, pos uint16, raw []byte) {
		a := as[int(sel)%len(as)]
		var seed Hash
		seed[0], seed[31] = byte(seedByte), byte(seedByte>>8)
		seed[15] = byte(seedByte >> 16)
		p := a.prove(t, seed, id)
		p.Leaf = bytes.Clone(p.Leaf)
		p.ShardPath, p.TreePath = append([]Hash(nil), p.ShardPath...), append([]Hash(nil), p.TreePath...)
		switch mode % agreementModes {
		case amFlipLeaf:
			p.Leaf[int(pos/8)%len(p.Leaf)] ^= 1 << (pos % 8)
		case amFlipShard:
			if len(p.ShardPath) > 0 {
				p.ShardPath[int(pos/256)%len(p.ShardPath)][(pos/8)%32] ^= 1 << (pos % 8)
			}
		case amFlipTree:
			if len(p.TreePath) > 0 {
				p.TreePath[int(pos/256)%len(p.TreePath)][(pos/8)%32] ^= 1 << (pos % 8)
			}
		case amShardLeaves:
			p.ShardLeaves = uint64(pos)
		case amID:
			p.AgreementID = uint64(pos)
		case amRawLeaf:
			p.Leaf = raw
		case amRawShard:
			p.ShardPath = cutNodes(raw)
		case amRawTree:
			p.TreePath = cutNodes(raw)
		case amMoveNode:
			if len(p.ShardPath) > 0 {
				p.TreePath = append([]Hash{p.ShardPath[len(p.ShardPath)-1]}, p.TreePath...)
				p.ShardPath = p.ShardPath[:len(p.ShardPath)-1]
			}
		case amOtherPick:
			n := a.tree.Shards()
			j := uint64(pos) % n
			q, err := a.tree.ProveLeaf(id, j, uint64(pos>>4)%a.tree.Shard(j).Leaves, a.source)
			if err != nil {
				t.Fatal(err)
			}
			p = q
		}
		root, shards := a.tree.Root(), a.tree.Shards()
		got := VerifyAgreementLeaf(seed, root, shards, p) == nil
		ref := refVerifyAgreement(seed, root, shards, p)
		genuine := sameProof(p, a.prove(t, seed, p.AgreementID))
		switch {
		case got && !genuine:
			t.Fatalf("accepted a proof that is not the genuine one (mode %d)", mode%agreementModes)
		case genuine && !got:
			t.Fatal("refused the genuine proof")
		case got != ref:
			t.Fatalf("VerifyAgreementLeaf says %v, the reference %v (mode %d)", got, ref, mode%agreementModes)
		}
	})
}
