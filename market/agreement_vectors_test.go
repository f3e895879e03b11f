package market_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/market/chaintest"
	"github.com/granary-network/granary/proofs"
)

// proofs/testdata/agreement_vectors.json is generated here from the Go code and checked by
// hardhat/test against AgreementMarket, so Go and Solidity cannot drift apart. `go test ./market -run
// TestAgreementVectors -update` rewrites it; without -update the test fails when it is stale.
const agreementVectorsPath = "../proofs/testdata/agreement_vectors.json"

var update = flag.Bool("update", false, "rewrite proofs/testdata/agreement_vectors.json")

type avEntry struct {
	ShardRoot   string `json:"shardRoot"`
	ShardLeaves uint64 `json:"shardLeaves"`
	Entry       string `json:"entry"`
}

type avTree struct {
	Name    string    `json:"name"`
	Entries []avEntry `json:"entries"` // in tree order (sorted by shard root)
	Leaves  uint64    `json:"leaves"`
	Shards  uint64    `json:"shards"`
	Root    string    `json:"root"`
}

type avProof struct {
	AgreementID uint64   `json:"agreementId"`
	ShardLeaves uint64   `json:"shardLeaves"`
	Leaf        string   `json:"leaf"`
	ShardPath   []string `json:"shardPath"`
	TreePath    []string `json:"treePath"`
}

type avProofCase struct {
	Name   string  `json:"name"`
	Root   string  `json:"root"`
	Shards uint64  `json:"shards"`
	Seed   string  `json:"seed"`
	J      uint64  `json:"j"` // the pick for the proof's agreementId and shardLeaves
	I      uint64  `json:"i"`
	Proof  avProof `json:"proof"`
	Valid  bool    `json:"valid"`
	Rule   string  `json:"rule,omitempty"` // which rule an invalid proof breaks: "length" (shape) or "hash"
	Why    string  `json:"why,omitempty"`
}

type avPick struct {
	Seed        string `json:"seed"`
	AgreementID uint64 `json:"agreementId"`
	Shards      uint64 `json:"shards"`
	ShardLeaves uint64 `json:"shardLeaves"`
	J           uint64 `json:"j"`
	I           uint64 `json:"i"`
}

type avDue struct {
	Seed        string `json:"seed"`
	AgreementID uint64 `json:"agreementId"`
	Value       uint64 `json:"value"` // uint256(keccak256(abi.encode(seed, id))) % 10000
	SampleBps   uint16 `json:"sampleBps"`
	Due         bool   `json:"due"`
}

type avPeriodSeed struct {
	BlockHash string `json:"blockHash"`
	Randao    string `json:"randao"`
	Period    uint32 `json:"period"`
	Seed      string `json:"seed"`
}

type avChallengeSeed struct {
	BlockHash   string `json:"blockHash"`
	AgreementID uint64 `json:"agreementId"`
	Seed        string `json:"seed"`
}

type avOpen struct {
	Renter      string `json:"renter"`
	Farmer      string `json:"farmer"`
	PricePerGiB string `json:"pricePerGiB"`
	Collateral  string `json:"collateral"`
	EndPeriod   uint32 `json:"endPeriod"`
	Nonce       string `json:"nonce"`
	Deadline    string `json:"deadline"`
	StructHash  string `json:"structHash"`
	Digest      string `json:"digest"`
}

type avRevision struct {
	AgreementID string `json:"agreementId"`
	Number      string `json:"number"`
	Root        string `json:"root"`
	Leaves      string `json:"leaves"`
	Shards      string `json:"shards"`
	EndPeriod   uint32 `json:"endPeriod"`
	StructHash  string `json:"structHash"`
	Digest      string `json:"digest"`
}

type avEIP712 struct {
	Name              string       `json:"name"`
	Version           string       `json:"version"`
	ChainID           uint64       `json:"chainId"`
	VerifyingContract string       `json:"verifyingContract"`
	DomainSeparator   string       `json:"domainSeparator"`
	OpenTerms         []avOpen     `json:"openTerms"`
	Revisions         []avRevision `json:"revisions"`
}

type avRate struct {
	PricePerGiB string `json:"pricePerGiB"`
	Leaves      string `json:"leaves"`
	Rate        string `json:"rate"`
}

type agreementVectors struct {
	Note           string            `json:"note"`
	LeafSize       int               `json:"leafSize"`
	Entries        []avEntry         `json:"entries"`
	Trees          []avTree          `json:"trees"`
	Proofs         []avProofCase     `json:"proofs"`
	Picks          []avPick          `json:"picks"`
	Due            []avDue           `json:"due"`
	PeriodSeeds    []avPeriodSeed    `json:"periodSeeds"`
	ChallengeSeeds []avChallengeSeed `json:"challengeSeeds"`
	EIP712         avEIP712          `json:"eip712"`
	Rates          []avRate          `json:"rates"`
}

func hx(h [32]byte) string { return hexs(h[:]) }

// vecAgreement is an agreement with its shards' bytes, made from r.
type vecAgreement struct {
	tree   *proofs.Agreement
	data   map[proofs.Hash][]byte
	caches map[proofs.Hash]*proofs.Cache
}

func makeVecAgreement(r *rand.Rand, lens ...uint64) *vecAgreement {
	a := &vecAgreement{tree: &proofs.Agreement{}, data: map[proofs.Hash][]byte{}, caches: map[proofs.Hash]*proofs.Cache{}}
	for _, n := range lens {
		data := make([]byte, n*proofs.LeafSize)
		for i := range data {
			data[i] = byte(r.UintN(256))
		}
		root, c, err := proofs.BuildCache(data, proofs.DefaultCacheHeight)
		if err != nil {
			panic(err)
		}
		a.data[root], a.caches[root] = data, c
		if err := a.tree.Add(proofs.Shard{Root: root, Leaves: n}); err != nil {
			panic(err)
		}
	}
	return a
}

func (a *vecAgreement) source(root proofs.Hash, leaf uint64) (*proofs.Cache, []byte, error) {
	c := a.caches[root]
	if c == nil {
		return nil, nil, fmt.Errorf("no shard %x", root[:4])
	}
	off, n := c.GroupRange(leaf)
	return c, a.data[root][off : off+n], nil
}

func toAVProof(p proofs.AgreementProof) avProof {
	return avProof{AgreementID: p.AgreementID, ShardLeaves: p.ShardLeaves, Leaf: hexs(p.Leaf),
		ShardPath: hashesHex(p.ShardPath), TreePath: hashesHex(p.TreePath)}
}

func makeAgreementVectors() agreementVectors {
	r := rand.New(rand.NewPCG(2026, 12))
	h := func(s string) proofs.Hash { return proofs.Hash(crypto.Keccak256Hash([]byte(s))) }
	v := agreementVectors{
		Note: "Generated by `go test ./market -run TestAgreementVectors -update` from proofs/agreement.go and " +
			"market/agreement.go; the rules are in the AgreementMarket spec. Hashes and bytes are 0x hex.",
		LeafSize: proofs.LeafSize,
	}
	for k, n := range []uint64{1, 2, 255, 256, 1 << 18, 1<<64 - 1} {
		root := h(fmt.Sprint("entry ", k))
		v.Entries = append(v.Entries, avEntry{ShardRoot: hx(root), ShardLeaves: n, Entry: hx(proofs.EntryHash(root, n))})
	}
	for _, n := range []int{1, 2, 3, 5, 64} {
		var shards []proofs.Shard
		for k := range n {
			shards = append(shards, proofs.Shard{Root: h(fmt.Sprint("tree ", n, " shard ", k)), Leaves: uint64(1 + (k*37)%300)})
		}
		a, err := proofs.NewAgreement(shards)
		if err != nil {
			panic(err)
		}
		tr := avTree{Name: fmt.Sprintf("%d entries", n), Leaves: a.Leaves(), Shards: a.Shards(), Root: hx(a.Root())}
		for _, s := range a.List() {
			tr.Entries = append(tr.Entries, avEntry{ShardRoot: hx(s.Root), ShardLeaves: s.Leaves, Entry: hx(proofs.EntryHash(s.Root, s.Leaves))})
		}
		v.Trees = append(v.Trees, tr)
	}

	// Proofs over real shards: valid ones for several agreements and seeds, then one corruption each.
	ags := []struct {
		name string
		a    *vecAgreement
	}{
		{"one shard of one leaf", makeVecAgreement(r, 1)},
		{"three shards of 5, 8 and 1 leaves", makeVecAgreement(r, 5, 8, 1)},
		{"five shards of 2 to 130 leaves", makeVecAgreement(r, 2, 17, 130, 64, 3)},
		{"nine shards of 16 leaves", makeVecAgreement(r, 16, 16, 16, 16, 16, 16, 16, 16, 16)},
	}
	var genuine []avProofCase
	var genuineRaw []proofs.AgreementProof
	for k, ag := range ags {
		for s := range 2 {
			seed, id := h(fmt.Sprint("proof seed ", k, " ", s)), uint64(1+k*7+s)
			p, err := ag.a.tree.Prove(seed, id, ag.a.source)
			if err != nil {
				panic(err)
			}
			pc := avProofCase{Name: ag.name, Root: hx(ag.a.tree.Root()), Shards: ag.a.tree.Shards(), Seed: hx(seed),
				J: proofs.PickShard(seed, id, ag.a.tree.Shards()), I: proofs.PickLeaf(seed, id, p.ShardLeaves), Proof: toAVProof(p), Valid: true}
			genuine, genuineRaw = append(genuine, pc), append(genuineRaw, p)
		}
	}
	v.Proofs = append(v.Proofs, genuine...)
	base, raw := genuine[4], genuineRaw[4] // five shards: both paths non-empty
	clone := func() proofs.AgreementProof {
		p := raw
		p.Leaf = bytes.Clone(p.Leaf)
		p.ShardPath = append([]proofs.Hash(nil), p.ShardPath...)
		p.TreePath = append([]proofs.Hash(nil), p.TreePath...)
		return p
	}
	for _, bad := range []struct {
		why  string
		edit func(*proofs.AgreementProof)
	}{
		{"one bit of the leaf flipped", func(p *proofs.AgreementProof) { p.Leaf[7] ^= 0x20 }},
		{"one bit of a shard path node flipped", func(p *proofs.AgreementProof) { p.ShardPath[0][0] ^= 1 }},
		{"one bit of a tree path node flipped", func(p *proofs.AgreementProof) { p.TreePath[len(p.TreePath)-1][31] ^= 1 }},
		{"shardLeaves one more than the entry's", func(p *proofs.AgreementProof) { p.ShardLeaves++ }},
		{"the proof of another agreement id", func(p *proofs.AgreementProof) { p.AgreementID++ }},
		{"leaf of 255 bytes", func(p *proofs.AgreementProof) { p.Leaf = p.Leaf[:255] }},
		{"leaf of 257 bytes", func(p *proofs.AgreementProof) { p.Leaf = append(p.Leaf, 0) }},
		{"shardLeaves zero", func(p *proofs.AgreementProof) { p.ShardLeaves = 0 }},
		{"shard path one node short", func(p *proofs.AgreementProof) { p.ShardPath = p.ShardPath[:len(p.ShardPath)-1] }},
		{"tree path one node long", func(p *proofs.AgreementProof) { p.TreePath = append(p.TreePath, proofs.Hash{}) }},
		{"the last shard path node moved to the tree path", func(p *proofs.AgreementProof) {
			p.TreePath = append([]proofs.Hash{p.ShardPath[len(p.ShardPath)-1]}, p.TreePath...)
			p.ShardPath = p.ShardPath[:len(p.ShardPath)-1]
		}},
	} {
		p := clone()
		bad.edit(&p)
		pc := base
		pc.Proof, pc.Valid, pc.Why = toAVProof(p), false, bad.why
		if p.ShardLeaves > 0 {
			pc.J, pc.I = proofs.PickShard(proofs.Hash(common.HexToHash(base.Seed)), p.AgreementID, base.Shards), proofs.PickLeaf(proofs.Hash(common.HexToHash(base.Seed)), p.AgreementID, p.ShardLeaves)
		} else {
			pc.J, pc.I = 0, 0
		}
		v.Proofs = append(v.Proofs, pc)
	}
	// The genuine proof under another seed, and against the root of another agreement.
	other := base
	other.Seed, other.Valid, other.Why = hx(h("another seed")), false, "the genuine proof under another period's seed"
	other.J, other.I = proofs.PickShard(h("another seed"), raw.AgreementID, base.Shards), proofs.PickLeaf(h("another seed"), raw.AgreementID, raw.ShardLeaves)
	v.Proofs = append(v.Proofs, other)
	wrongRoot := base
	wrongRoot.Root, wrongRoot.Valid, wrongRoot.Why = genuine[6].Root, false, "against another agreement's root"
	v.Proofs = append(v.Proofs, wrongRoot)
	for k := range v.Proofs {
		pc := &v.Proofs[k]
		if pc.Valid {
			continue
		}
		err := proofs.VerifyAgreementLeaf(proofs.Hash(common.HexToHash(pc.Seed)), proofs.Hash(common.HexToHash(pc.Root)), pc.Shards, fromAVProof(pc.Proof))
		switch {
		case errors.Is(err, proofs.ErrProofLength):
			pc.Rule = "length"
		case errors.Is(err, proofs.ErrBadProof):
			pc.Rule = "hash"
		default:
			panic(fmt.Sprintf("vector %q: %v", pc.Why, err))
		}
	}

	for k := range 4 {
		seed := h(fmt.Sprint("pick seed ", k))
		for _, c := range [][3]uint64{{1, 1, 1}, {5, 3, 8}, {12, 1000, 1 << 18}, {1<<64 - 1, 7, 3}, {uint64(k) + 100, 1 << 40, 1<<64 - 1}} {
			v.Picks = append(v.Picks, avPick{Seed: hx(seed), AgreementID: c[0], Shards: c[1], ShardLeaves: c[2],
				J: proofs.PickShard(seed, c[0], c[1]), I: proofs.PickLeaf(seed, c[0], c[2])})
		}
	}
	for k := range 3 {
		seed := h(fmt.Sprint("due seed ", k))
		for id := uint64(1); id <= 6; id++ {
			for _, bps := range []uint16{1, 200, 5_000, 10_000} {
				val := proofs.DueValue(seed, id)
				v.Due = append(v.Due, avDue{Seed: hx(seed), AgreementID: id, Value: val, SampleBps: bps, Due: proofs.IsDue(seed, id, bps)})
			}
		}
	}
	for k, p := range []uint32{0, 1, 70_000, 1<<32 - 1} {
		bh, rd := h(fmt.Sprint("block ", k)), h(fmt.Sprint("randao ", k))
		v.PeriodSeeds = append(v.PeriodSeeds, avPeriodSeed{BlockHash: hx(bh), Randao: hx(rd), Period: p, Seed: hx(proofs.PeriodSeed(bh, rd, p))})
	}
	for k, id := range []uint64{1, 42, 1<<64 - 1} {
		bh := h(fmt.Sprint("challenge block ", k))
		v.ChallengeSeeds = append(v.ChallengeSeeds, avChallengeSeed{BlockHash: hx(bh), AgreementID: id, Seed: hx(proofs.ChallengeSeed(bh, id))})
	}

	// Hardhat's default account 0 deploying AgreementMarket as its third transaction (nonce 2).
	deployer := common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	dom := market.AgreementDomain{ChainID: big.NewInt(31337), Market: crypto.CreateAddress(deployer, 2)}
	v.EIP712 = avEIP712{Name: "Granary", Version: "2", ChainID: 31337, VerifyingContract: dom.Market.Hex(), DomainSeparator: dom.Separator().Hex()}
	max128 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	for _, t := range []market.OpenTerms{
		{Renter: common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), Farmer: common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"),
			PricePerGiB: market.Tokens(3), Collateral: market.Tokens(600), EndPeriod: 120, Nonce: 7, Deadline: 1_900_000_000},
		{Renter: common.HexToAddress("0x90F79bf6EB2c4f870365E785982E1f101E93b906"), Farmer: common.HexToAddress("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65"),
			PricePerGiB: max128, Collateral: big.NewInt(0), EndPeriod: 1<<32 - 1, Nonce: 1<<64 - 1, Deadline: 0},
	} {
		v.EIP712.OpenTerms = append(v.EIP712.OpenTerms, avOpen{Renter: t.Renter.Hex(), Farmer: t.Farmer.Hex(), PricePerGiB: t.PricePerGiB.String(),
			Collateral: t.Collateral.String(), EndPeriod: t.EndPeriod, Nonce: fmt.Sprint(t.Nonce), Deadline: fmt.Sprint(t.Deadline),
			StructHash: t.StructHash().Hex(), Digest: dom.OpenDigest(t).Hex()})
	}
	for _, rv := range []market.Revision{
		{AgreementID: 1, Number: 1, Root: [32]byte(h("revision root")), Leaves: 1 << 22, Shards: 16, EndPeriod: 120},
		{AgreementID: 9, Number: 2, Root: [32]byte{}, Leaves: 0, Shards: 0, EndPeriod: 121},
		{AgreementID: 1<<64 - 1, Number: 1<<64 - 1, Root: [32]byte(h("max")), Leaves: 1<<64 - 1, Shards: 1<<64 - 1, EndPeriod: 1<<32 - 1},
	} {
		v.EIP712.Revisions = append(v.EIP712.Revisions, avRevision{AgreementID: fmt.Sprint(rv.AgreementID), Number: fmt.Sprint(rv.Number),
			Root: hx(rv.Root), Leaves: fmt.Sprint(rv.Leaves), Shards: fmt.Sprint(rv.Shards), EndPeriod: rv.EndPeriod,
			StructHash: rv.StructHash().Hex(), Digest: dom.RevisionDigest(rv).Hex()})
	}
	for _, c := range []struct {
		p      *big.Int
		leaves uint64
	}{{big.NewInt(1), 1}, {market.Tokens(1), 1 << 22}, {market.Tokens(1), 1<<22 + 1}, {big.NewInt(3), 1<<22/3 + 1}, {max128, 1<<64 - 1}, {big.NewInt(0), 5}} {
		v.Rates = append(v.Rates, avRate{PricePerGiB: c.p.String(), Leaves: fmt.Sprint(c.leaves), Rate: market.Rate(c.p, c.leaves).String()})
	}
	return v
}

func fromAVProof(p avProof) proofs.AgreementProof {
	path := func(hs []string) []proofs.Hash {
		out := make([]proofs.Hash, len(hs))
		for k, s := range hs {
			out[k] = proofs.Hash(common.HexToHash(s))
		}
		return out
	}
	return proofs.AgreementProof{AgreementID: p.AgreementID, ShardLeaves: p.ShardLeaves, Leaf: common.FromHex(p.Leaf),
		ShardPath: path(p.ShardPath), TreePath: path(p.TreePath)}
}

func TestAgreementVectors(t *testing.T) {
	v := makeAgreementVectors()
	// Sanity: every proof in the file verifies in Go exactly when it says, and with the error it names.
	for _, pc := range v.Proofs {
		err := proofs.VerifyAgreementLeaf(proofs.Hash(common.HexToHash(pc.Seed)), proofs.Hash(common.HexToHash(pc.Root)), pc.Shards, fromAVProof(pc.Proof))
		if (err == nil) != pc.Valid {
			t.Fatalf("%s (%s): valid=%v but verify says %v", pc.Name, pc.Why, pc.Valid, err)
		}
	}
	nValid := 0
	for _, pc := range v.Proofs {
		if pc.Valid {
			nValid++
		}
	}
	if nValid == 0 || nValid == len(v.Proofs) {
		t.Fatalf("%d valid proofs of %d", nValid, len(v.Proofs))
	}
	want, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	if *update {
		if err := os.WriteFile(agreementVectorsPath, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(agreementVectorsPath)
	if err != nil {
		t.Fatalf("%v (generate it with: go test ./market -run TestAgreementVectors -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: regenerate with go test ./market -run TestAgreementVectors -update", agreementVectorsPath)
	}
}

// The vectors hold for the contract too: its pure views give what the file says (the EIP-712 digests
// are checked at the deployed address by the chain tests, the file's are for Hardhat's address).
func TestAgreementVectorsOnChain(t *testing.T) {
	v := makeAgreementVectors()
	p := market.DevnetAgreementParams()
	c := chaintest.NewAgreementMarket(t, p)
	m := c.Agreements
	h := func(s string) [32]byte { return common.HexToHash(s) }
	for _, en := range v.Entries {
		got, err := m.EntryHash(nil, h(en.ShardRoot), en.ShardLeaves)
		if err != nil || got != h(en.Entry) {
			t.Fatalf("entryHash(%s, %d) = %x, %v; want %s", en.ShardRoot, en.ShardLeaves, got, err, en.Entry)
		}
	}
	for _, pk := range v.Picks {
		got, err := m.Pick(nil, h(pk.Seed), pk.AgreementID, pk.Shards, pk.ShardLeaves)
		if err != nil || got.J != pk.J || got.I != pk.I {
			t.Fatalf("pick %+v: contract (%d, %d), %v", pk, got.J, got.I, err)
		}
	}
	for _, d := range v.Due {
		got, err := m.DueAt(nil, h(d.Seed), d.AgreementID, d.SampleBps)
		if err != nil || got != d.Due {
			t.Fatalf("dueAt %+v: contract %v, %v", d, got, err)
		}
	}
	for _, s := range v.PeriodSeeds {
		got, err := m.SeedFrom(nil, h(s.BlockHash), new(big.Int).SetBytes(common.FromHex(s.Randao)), s.Period)
		if err != nil || got != h(s.Seed) {
			t.Fatalf("seedFrom %+v: contract %x, %v", s, got, err)
		}
	}
	for _, s := range v.ChallengeSeeds {
		got, err := m.ChallengeSeedFrom(nil, h(s.BlockHash), s.AgreementID)
		if err != nil || got != h(s.Seed) {
			t.Fatalf("challengeSeedFrom %+v: contract %x, %v", s, got, err)
		}
	}
	for _, rt := range v.Rates {
		price, _ := new(big.Int).SetString(rt.PricePerGiB, 10)
		if price.BitLen() > 96 {
			continue // the contract stores prices in 96 bits: open refuses larger ones
		}
		leaves, _ := new(big.Int).SetString(rt.Leaves, 10)
		got, err := m.RateFor(nil, price, leaves.Uint64())
		if err != nil || got.String() != rt.Rate {
			t.Fatalf("rateFor(%s, %s) = %s, %v; want %s", rt.PricePerGiB, rt.Leaves, got, err, rt.Rate)
		}
	}
	for _, pc := range v.Proofs {
		got, err := m.CheckProof(nil, h(pc.Root), pc.Shards, h(pc.Seed), bindProof(fromAVProof(pc.Proof)))
		if err != nil || got != pc.Valid {
			t.Fatalf("checkProof %q (%s): contract %v, %v; want %v", pc.Name, pc.Why, got, err, pc.Valid)
		}
	}
	// The domain of the deployed market: Go's separator and digests are the contract's.
	for _, o := range v.EIP712.OpenTerms {
		price, _ := new(big.Int).SetString(o.PricePerGiB, 10)
		coll, _ := new(big.Int).SetString(o.Collateral, 10)
		var nonce, deadline uint64
		fmt.Sscan(o.Nonce, &nonce)
		fmt.Sscan(o.Deadline, &deadline)
		terms := market.OpenTerms{Renter: common.HexToAddress(o.Renter), Farmer: common.HexToAddress(o.Farmer), PricePerGiB: price,
			Collateral: coll, EndPeriod: o.EndPeriod, Nonce: nonce, Deadline: deadline}
		if terms.StructHash().Hex() != o.StructHash {
			t.Fatal("struct hash does not round-trip through the file")
		}
		got, err := m.HashOpenTerms(nil, bindOpen(terms))
		if err != nil || got != c.Signing.OpenDigest(terms) {
			t.Fatalf("hashOpenTerms: contract %x, %v; Go %x", got, err, c.Signing.OpenDigest(terms))
		}
	}
}
func hexs(b []byte) string { return "0x" + common.Bytes2Hex(b) }

func hashesHex(hs []proofs.Hash) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = hexs(h[:])
	}
	return out
}
