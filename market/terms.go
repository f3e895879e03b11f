package market

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/granary-network/granary/proofs"
)

// DealTerms are what a renter and a farmer both sign for one deal (StorageMarket.DealTerms).
type DealTerms struct {
	Renter         common.Address
	Farmer         common.Address
	Root           [32]byte
	Size           uint64 // bytes, a multiple of proofs.LeafSize
	ShardSize      uint64 // bytes of a full shard, a multiple of proofs.LeafSize
	PricePerPeriod *big.Int
	Periods        uint32
	Collateral     *big.Int
	Nonce          *big.Int
	Deadline       *big.Int // unix seconds
}

// ErrBadTerms is returned (wrapped) for terms the contract would refuse with BadTerms.
var ErrBadTerms = errors.New("market: bad deal terms")

// Validate checks the terms' own consistency, as the contract does before anything else.
func (t DealTerms) Validate() error {
	switch {
	case t.Size == 0 || t.Size%proofs.LeafSize != 0:
		return fmt.Errorf("%w: size %d is not a positive multiple of %d", ErrBadTerms, t.Size, proofs.LeafSize)
	case t.ShardSize == 0 || t.ShardSize%proofs.LeafSize != 0:
		return fmt.Errorf("%w: shard size %d is not a positive multiple of %d", ErrBadTerms, t.ShardSize, proofs.LeafSize)
	case t.Periods == 0:
		return fmt.Errorf("%w: zero periods", ErrBadTerms)
	case t.Renter == t.Farmer:
		return fmt.Errorf("%w: renter and farmer are the same account", ErrBadTerms)
	case t.PricePerPeriod == nil || t.PricePerPeriod.Sign() < 0 || t.Collateral == nil || t.Collateral.Sign() < 0:
		return fmt.Errorf("%w: price and collateral must be set and non-negative", ErrBadTerms)
	case t.Nonce == nil || t.Deadline == nil:
		return fmt.Errorf("%w: nonce and deadline must be set", ErrBadTerms)
	}
	return nil
}

// Shape returns the deal's tree shape as the contract sees it.
func (t DealTerms) Shape() proofs.DealShape {
	return proofs.DealShape{Leaves: t.Size / proofs.LeafSize, ShardLeaves: t.ShardSize / proofs.LeafSize}
}

// Escrow returns what the renter pays into escrow: price per period times periods.
func (t DealTerms) Escrow() *big.Int {
	return new(big.Int).Mul(t.PricePerPeriod, big.NewInt(int64(t.Periods)))
}

// MinCollateral returns the least collateral the contract accepts for these terms.
func (t DealTerms) MinCollateral(p Params) *big.Int {
	c := new(big.Int).Mul(t.Escrow(), big.NewInt(int64(p.MinCollateralBps)))
	return c.Div(c, big.NewInt(10_000))
}

// Domain is the EIP-712 domain of one deployed market.
type Domain struct {
	ChainID *big.Int
	Market  common.Address
}

var (
	domainTypeHash = crypto.Keccak256Hash([]byte(
		"EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	dealTermsTypeHash = crypto.Keccak256Hash([]byte(
		"DealTerms(address renter,address farmer,bytes32 root,uint64 size,uint64 shardSize," +
			"uint128 pricePerPeriod,uint32 periods,uint128 collateral,uint256 nonce,uint256 deadline)"))
	domainName    = crypto.Keccak256Hash([]byte("Granary StorageMarket"))
	domainVersion = crypto.Keccak256Hash([]byte("1"))
)

// Separator returns the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	return crypto.Keccak256Hash(domainTypeHash[:], domainName[:], domainVersion[:],
		word(d.ChainID), common.LeftPadBytes(d.Market[:], 32))
}

func word(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }

func wordU(x uint64) []byte { return word(new(big.Int).SetUint64(x)) }

// StructHash returns the EIP-712 hash of the terms.
func (t DealTerms) StructHash() common.Hash {
	return crypto.Keccak256Hash(dealTermsTypeHash[:],
		common.LeftPadBytes(t.Renter[:], 32), common.LeftPadBytes(t.Farmer[:], 32), t.Root[:],
		wordU(t.Size), wordU(t.ShardSize), word(t.PricePerPeriod), wordU(uint64(t.Periods)),
		word(t.Collateral), word(t.Nonce), word(t.Deadline))
}

// Digest returns the digest both parties sign (the contract's hashDealTerms).
func (d Domain) Digest(t DealTerms) common.Hash {
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], t.StructHash().Bytes())
}

// Sign signs the terms' digest with key, in the 65-byte r||s||v form (v = 27 or 28) the contract's
// signature check expects.
func (d Domain) Sign(t DealTerms, key *ecdsa.PrivateKey) ([]byte, error) {
	digest := d.Digest(t)
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("market: sign deal terms: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// Signer recovers the address that signed the terms with sig.
func (d Domain) Signer(t DealTerms, sig []byte) (common.Address, error) {
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return common.Address{}, errors.New("market: signature is not 65 bytes with v = 27 or 28")
	}
	s := append([]byte(nil), sig...)
	s[64] -= 27
	digest := d.Digest(t)
	pub, err := crypto.SigToPub(digest[:], s)
	if err != nil {
		return common.Address{}, fmt.Errorf("market: recover signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
