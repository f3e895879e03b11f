// Package proto defines Granary's libp2p protocols between renters and farmers: their versioned ids
// and the messages each carries. Every message travels as a wire frame (node/wire), validates itself
// on decoding, and every reply is a wire.Response, so refusals arrive as typed wire errors.
//
//	offer    renter → farmer  OfferRequest                     ← AgreementOffer (signed OpenTerms)
//	store    renter → farmer  StoreRequest ← StoreReady, then per shard ShardHeader + raw bytes ← ShardAck
//	revise   renter → farmer  ReviseRequest                    ← ReviseResult (the farmer's co-signature)
//	latest   renter → farmer  LatestRequest                    ← LatestRevision
//	prove    anyone → farmer  ProveRequest                     ← AgreementProofMsg
//	download anyone → farmer  DownloadRequest                  ← DownloadHeader, then raw bytes
//
// The agreement protocols are in agreements.go; downloads and what they share here.
package proto

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/proofs"
)

// ShardRoot returns the Merkle root a Granary shard CID names (manifest.RootFromCID).
func ShardRoot(c cid.Cid) (proofs.Hash, error) { return manifest.RootFromCID(c) }

// ShardCID names a shard by its root (manifest.ShardCID).
func ShardCID(root proofs.Hash) cid.Cid { return manifest.ShardCID(root) }

// DownloadID is the download protocol's id.
const DownloadID = "/granary/download/1.0.0"

// Refusal reasons a farmer gives with wire.CodeRefused (or, for a mismatch, wire.CodeCorrupt); the
// agreement protocols add theirs in agreements.go.
const (
	ReasonCapacity   = "capacity"   // not enough free space
	ReasonSize       = "size"       // agreement or shard larger than the farmer accepts
	ReasonDuration   = "duration"   // too few or too many periods
	ReasonCollateral = "collateral" // asks more collateral than the farmer offers
	ReasonTerms      = "terms"      // terms not for this farmer, or inconsistent
	ReasonMismatch   = "mismatch"   // stored shards do not hash to their announced roots
)

// RetrievalAuth lets a libp2p peer download the shards of a renter's agreements: the renter signs (with
// its Ethereum key, EIP-191) the peer id and an expiry. A renter authorizes its own node the same way.
type RetrievalAuth struct {
	Renter  common.Address `json:"renter"`
	Peer    string         `json:"peer"`
	Expires int64          `json:"expires"`
	Sig     []byte         `json:"sig"`
}

func (a RetrievalAuth) message() []byte {
	return []byte("Granary retrieval authorization\nrenter: " + a.Renter.Hex() + "\npeer: " + a.Peer +
		"\nexpires: " + strconv.FormatInt(a.Expires, 10))
}

// SignRetrieval signs an authorization for peer with the renter's key.
func SignRetrieval(key *ecdsa.PrivateKey, peer string, expires int64) (RetrievalAuth, error) {
	a := RetrievalAuth{Renter: crypto.PubkeyToAddress(key.PublicKey), Peer: peer, Expires: expires}
	sig, err := crypto.Sign(accountsTextHash(a.message()), key)
	if err != nil {
		return a, fmt.Errorf("proto: sign retrieval authorization: %w", err)
	}
	a.Sig = sig
	return a, nil
}

// Verify checks that the renter signed the authorization for peer and that it has not expired at now.
func (a RetrievalAuth) Verify(peer string, now int64) error {
	if a.Peer != peer {
		return fmt.Errorf("authorization is for peer %s, not %s", a.Peer, peer)
	}
	if now > a.Expires {
		return errors.New("authorization expired")
	}
	if len(a.Sig) != 65 {
		return errors.New("authorization signature is not 65 bytes")
	}
	pub, err := crypto.SigToPub(accountsTextHash(a.message()), a.Sig)
	if err != nil {
		return fmt.Errorf("authorization signature: %w", err)
	}
	if crypto.PubkeyToAddress(*pub) != a.Renter {
		return errors.New("authorization not signed by the renter it names")
	}
	return nil
}

// accountsTextHash is EIP-191's personal-message hash.
func accountsTextHash(msg []byte) []byte {
	return crypto.Keccak256([]byte(fmt.Sprintf("\x19Ethereum Signed Message:\n%d%s", len(msg), msg)))
}

// DownloadRequest asks for Length bytes of a shard from Offset (Length 0: to the end).
type DownloadRequest struct {
	CID    string        `json:"cid"`
	Offset uint64        `json:"offset"`
	Length uint64        `json:"length"`
	Auth   RetrievalAuth `json:"auth"`
}

// Validate checks the request names a Granary shard.
func (d DownloadRequest) Validate() error {
	c, err := cid.Decode(d.CID)
	if err != nil {
		return err
	}
	_, err = ShardRoot(c)
	return err
}

// DownloadHeader precedes the bytes of a download.
type DownloadHeader struct {
	Length uint64 `json:"length"`
}
