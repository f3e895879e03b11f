package market_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/proofs"
)

// The test vectors in proofs/testdata/vectors.json are generated here, from the Go code, and checked
// by hardhat/test against the contract, so Go and Solidity cannot drift apart. `go test ./market -run
// TestVectors -update` rewrites the file; without -update the test fails if the file is stale.
var update = flag.Bool("update", false, "rewrite proofs/testdata/vectors.json")

const vectorsPath = "../proofs/testdata/vectors.json"

type vecProof struct {
	Leaf  uint64   `json:"leaf"`
	Data  string   `json:"data"`
	Path  []string `json:"path"`
	Valid bool     `json:"valid"`
}

type vecTree struct {
	Name        string     `json:"name"`
	Leaves      uint64     `json:"leaves"`
	ShardLeaves uint64     `json:"shardLeaves"`
	Root        string     `json:"root"`
	Proofs      []vecProof `json:"proofs"`
}

type vecTerms struct {
	Renter         string `json:"renter"`
	Farmer         string `json:"farmer"`
	Root           string `json:"root"`
	Size           string `json:"size"`
	ShardSize      string `json:"shardSize"`
	PricePerPeriod string `json:"pricePerPeriod"`
	Periods        string `json:"periods"`
	Collateral     string `json:"collateral"`
	Nonce          string `json:"nonce"`
	Deadline       string `json:"deadline"`
}

type vecEIP712 struct {
	ChainID           uint64   `json:"chainId"`
	VerifyingContract string   `json:"verifyingContract"`
	Terms             vecTerms `json:"terms"`
	Digest            string   `json:"digest"`
}

type vecSeed struct {
	BlockHash string `json:"blockHash"`
	Farmer    string `json:"farmer"`
	Period    uint32 `json:"period"`
	Seed      string `json:"seed"`
}

type vecDeal struct {
	Size      string `json:"size"`
	ShardSize string `json:"shardSize"`
}

type vecPick struct {
	DealID uint64 `json:"dealId"`
	Leaf   uint64 `json:"leaf"`
}

type vecPicks struct {
	Params   map[string]string `json:"params"`
	Farmer   int               `json:"farmer"`
	Renter   int               `json:"renter"`
	Deals    []vecDeal         `json:"deals"`
	Seed     string            `json:"seed"`
	Expected []vecPick         `json:"expected"`
}

type vectors struct {
	LeafSize int         `json:"leafSize"`
	Trees    []vecTree   `json:"trees"`
	EIP712   []vecEIP712 `json:"eip712"`
	Seeds    []vecSeed   `json:"seeds"`
	Picks    []vecPicks  `json:"picks"`
}

func hexs(b []byte) string { return "0x" + common.Bytes2Hex(b) }

func hashesHex(hs []proofs.Hash) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = hexs(h[:])
	}
	return out
}

func buildTree(r *rand.Rand, name string, shardLens []uint64, shardLeaves uint64, leaves []uint64) vecTree {
	d, err := makeHeldDeal(r, shardLeaves, shardLens)
	if err != nil {
		panic(err)
	}
	tr := vecTree{Name: name, Leaves: d.shape.Leaves, ShardLeaves: shardLeaves, Root: hexs(d.root[:])}
	for _, leaf := range leaves {
		data, path, err := d.proveLeaf(leaf)
		if err != nil {
			panic(err)
		}
		tr.Proofs = append(tr.Proofs, vecProof{Leaf: leaf, Data: hexs(data), Path: hashesHex(path), Valid: true})
		// The same proof with one flipped bit in the leaf, and in the top path node, must be refused.
		bad := append([]byte(nil), data...)
		bad[int(leaf)%len(bad)] ^= 0x10
		tr.Proofs = append(tr.Proofs, vecProof{Leaf: leaf, Data: hexs(bad), Path: hashesHex(path), Valid: false})
		if len(path) > 0 {
			badPath := append([]proofs.Hash(nil), path...)
			badPath[len(badPath)-1][0] ^= 1
			tr.Proofs = append(tr.Proofs, vecProof{Leaf: leaf, Data: hexs(data), Path: hashesHex(badPath), Valid: false})
		}
	}
	return tr
}

func makeVectors() vectors {
	r := rand.New(rand.NewPCG(2026, 11))
	v := vectors{LeafSize: proofs.LeafSize}
	v.Trees = []vecTree{
		buildTree(r, "one leaf", []uint64{1}, 1, []uint64{0}),
		buildTree(r, "one shard of 5 leaves", []uint64{5}, 5, []uint64{0, 3, 4}),
		buildTree(r, "three shards of 8, last of 5", []uint64{8, 8, 5}, 8, []uint64{0, 7, 13, 16, 20}),
		buildTree(r, "five shards of 16, last of 1", []uint64{16, 16, 16, 16, 1}, 16, []uint64{0, 31, 47, 64}),
		buildTree(r, "two shards of 64", []uint64{64, 64}, 64, []uint64{1, 100}),
	}

	// Hardhat's default account 0 deploys the token (nonce 0) and then the market (nonce 1).
	deployer := common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	dom := market.Domain{ChainID: big.NewInt(31337), Market: crypto.CreateAddress(deployer, 1)}
	for _, t := range []market.DealTerms{
		{
			Renter: common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), Farmer: common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"),
			Root: crypto.Keccak256Hash([]byte("root")), Size: 21 * 256, ShardSize: 8 * 256,
			PricePerPeriod: market.Tokens(3), Periods: 100, Collateral: market.Tokens(600), Nonce: big.NewInt(7), Deadline: big.NewInt(1_900_000_000),
		},
		{
			Renter: common.HexToAddress("0x90F79bf6EB2c4f870365E785982E1f101E93b906"), Farmer: common.HexToAddress("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65"),
			Root: crypto.Keccak256Hash([]byte("another")), Size: 1 << 30, ShardSize: 64 << 20,
			PricePerPeriod: new(big.Int).Lsh(big.NewInt(1), 127), Periods: 1<<32 - 1, Collateral: big.NewInt(0), Nonce: new(big.Int).Lsh(big.NewInt(1), 255), Deadline: big.NewInt(0),
		},
	} {
		d := dom.Digest(t)
		v.EIP712 = append(v.EIP712, vecEIP712{ChainID: 31337, VerifyingContract: dom.Market.Hex(), Digest: d.Hex(), Terms: vecTerms{
			Renter: t.Renter.Hex(), Farmer: t.Farmer.Hex(), Root: hexs(t.Root[:]), Size: fmt.Sprint(t.Size), ShardSize: fmt.Sprint(t.ShardSize),
			PricePerPeriod: t.PricePerPeriod.String(), Periods: fmt.Sprint(t.Periods), Collateral: t.Collateral.String(),
			Nonce: t.Nonce.String(), Deadline: t.Deadline.String(),
		}})
	}

	for i, p := range []uint32{0, 1, 70_000, 1<<32 - 1} {
		bh := proofs.Hash(crypto.Keccak256Hash([]byte{byte(i)}))
		farmer := crypto.CreateAddress(deployer, uint64(i+10))
		s := proofs.Seed(bh, farmer, p)
		v.Seeds = append(v.Seeds, vecSeed{BlockHash: hexs(bh[:]), Farmer: farmer.Hex(), Period: p, Seed: hexs(s[:])})
	}

	params := market.DevnetParams()
	pm := map[string]string{
		"periodBlocks": fmt.Sprint(params.PeriodBlocks), "proofWindow": fmt.Sprint(params.ProofWindow),
		"challengesPerHeartbeat": fmt.Sprint(params.ChallengesPerHeartbeat), "minStake": params.MinStake.String(),
		"unbondingDelay": fmt.Sprint(params.UnbondingDelay), "minCollateralBps": fmt.Sprint(params.MinCollateralBps),
		"slashBps": fmt.Sprint(params.SlashBps), "reporterBountyBps": fmt.Sprint(params.ReporterBountyBps),
		"disqualifyAfterMisses": fmt.Sprint(params.DisqualifyAfterMisses),
	}
	set := proofs.NewSet()
	pk := vecPicks{Params: pm, Farmer: 1, Renter: 2}
	for i, leaves := range []uint64{1, 3, 8, 9, 100, 100, 1000, 5, 64, 65, 2, 700} {
		shard := uint64(16)
		pk.Deals = append(pk.Deals, vecDeal{Size: fmt.Sprint(leaves * proofs.LeafSize), ShardSize: fmt.Sprint(shard * proofs.LeafSize)})
		if err := set.Add(proofs.SetDeal{ID: uint64(i + 1), Leaves: leaves}); err != nil {
			panic(err)
		}
	}
	seed := proofs.Hash(crypto.Keccak256Hash([]byte("granary pick vector")))
	pk.Seed = hexs(seed[:])
	chs, err := set.Challenges(seed, 16)
	if err != nil {
		panic(err)
	}
	for _, c := range chs {
		pk.Expected = append(pk.Expected, vecPick{DealID: c.DealID, Leaf: c.Leaf})
	}
	v.Picks = []vecPicks{pk}
	return v
}

func TestVectors(t *testing.T) {
	v := makeVectors()
	// Sanity: every proof in the file verifies in Go exactly when it claims to.
	for _, tr := range v.Trees {
		root := proofs.Hash(common.HexToHash(tr.Root))
		for _, p := range tr.Proofs {
			var path []proofs.Hash
			for _, h := range p.Path {
				path = append(path, proofs.Hash(common.HexToHash(h)))
			}
			err := proofs.VerifyDealLeaf(root, proofs.DealShape{Leaves: tr.Leaves, ShardLeaves: tr.ShardLeaves}, p.Leaf, common.FromHex(p.Data), path)
			if (err == nil) != p.Valid {
				t.Fatalf("%s leaf %d: valid=%v but verify says %v", tr.Name, p.Leaf, p.Valid, err)
			}
		}
	}
	want, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	if *update {
		if err := os.MkdirAll("../proofs/testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(vectorsPath, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(vectorsPath)
	if err != nil {
		t.Fatalf("%v (generate it with: go test ./market -run TestVectors -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: regenerate with go test ./market -run TestVectors -update", vectorsPath)
	}
}
