package market_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/granary-network/granary/proofs"
)

// Seed must be keccak256(abi.encode(bytes32, address, uint32)) as Solidity computes it.
func TestSeedMatchesABIEncoding(t *testing.T) {
	b32, _ := abi.NewType("bytes32", "", nil)
	addr, _ := abi.NewType("address", "", nil)
	u32, _ := abi.NewType("uint32", "", nil)
	args := abi.Arguments{{Type: b32}, {Type: addr}, {Type: u32}}
	bh := proofs.Hash(crypto.Keccak256Hash([]byte("block")))
	farmer := common.HexToAddress("0x00000000000000000000000000000000deadbeef")
	packed, err := args.Pack([32]byte(bh), farmer, uint32(70000))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := proofs.Seed(bh, farmer, 70000), proofs.Hash(crypto.Keccak256Hash(packed)); got != want {
		t.Fatalf("seed %x, want %x", got, want)
	}
}
