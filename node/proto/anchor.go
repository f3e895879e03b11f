package proto

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// A catalogue anchor is how a renter finds its files again from its key alone. The renter's
// catalogue (every file's manifest) is stored in the network as an ordinary erasure-coded object;
// the anchor is that object's manifest, sealed under a key only the renter's master key gives
// (manifest.MasterKey.SealAnchor), and left with every farmer the renter has an agreement with.
// Farmers store it as an opaque blob: they learn nothing from it, cannot forge one (the seal
// authenticates it) and cannot replace it with another renter's (the renter signs each one for its
// agreement, and the seal binds the renter's address). A recovering renter asks each of its farmers
// for the agreement's latest revision, which carries the anchor, and takes the highest number that
// opens. Any one farmer keeping its copy is enough to find the catalogue object, which survives the
// loss of m farmers like any file.

// MaxAnchor bounds a sealed anchor: a manifest takes 56 bytes per shard, so an anchor describes a
// catalogue object of up to ~585 MiB at 4 MiB segments and 3+3 shards (the catalogue of ~6 TiB of
// files), ~117 MiB at 10+20 (~280 GiB of files).
const MaxAnchor = 48 << 10

// MaxAnchorRequest bounds an anchor request as it travels (JSON, base64 of the sealed bytes).
const MaxAnchorRequest = MaxAnchor*4/3 + 4<<10

// Anchor is one catalogue anchor left with one agreement: Number increases with every catalogue
// the renter stores, and a farmer keeps only the highest. Sig is the renter's EIP-191 signature
// over the market, the agreement, the number and the sealed bytes' hash.
type Anchor struct {
	AgreementID uint64 `json:"agreementId"`
	Number      uint64 `json:"number"`
	Sealed      []byte `json:"sealed"`
	Sig         []byte `json:"sig"`
}

// Validate checks the shape.
func (a Anchor) Validate() error {
	switch {
	case a.AgreementID == 0:
		return errors.New("anchor names no agreement")
	case a.Number == 0:
		return errors.New("anchor number 0")
	case len(a.Sealed) == 0 || len(a.Sealed) > MaxAnchor:
		return fmt.Errorf("anchor of %d sealed bytes (1..%d)", len(a.Sealed), MaxAnchor)
	case len(a.Sig) != 65:
		return errors.New("anchor signature is not 65 bytes")
	}
	return nil
}

func (a Anchor) message(market common.Address) []byte {
	return []byte("Granary catalogue anchor\nmarket: " + market.Hex() +
		"\nagreement: " + strconv.FormatUint(a.AgreementID, 10) +
		"\nnumber: " + strconv.FormatUint(a.Number, 10) +
		"\nsealed: " + crypto.Keccak256Hash(a.Sealed).Hex())
}

// SignAnchor returns the anchor of sealed, number n, for agreement id on market, signed with the
// renter's key.
func SignAnchor(key *ecdsa.PrivateKey, market common.Address, id, n uint64, sealed []byte) (Anchor, error) {
	a := Anchor{AgreementID: id, Number: n, Sealed: sealed}
	sig, err := crypto.Sign(accountsTextHash(a.message(market)), key)
	if err != nil {
		return a, fmt.Errorf("proto: sign anchor: %w", err)
	}
	a.Sig = sig
	return a, a.Validate()
}

// Signer returns the address that signed the anchor for market.
func (a Anchor) Signer(market common.Address) (common.Address, error) {
	if len(a.Sig) != 65 {
		return common.Address{}, errors.New("anchor signature is not 65 bytes")
	}
	pub, err := crypto.SigToPub(accountsTextHash(a.message(market)), a.Sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("anchor signature: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// AnchorAck is the farmer's answer to an anchor: the number it now keeps for the agreement.
type AnchorAck struct {
	Number uint64 `json:"number"`
}
