// Package proto defines Granary's libp2p protocols between renters, farmers and auditors: their
// versioned ids and the messages each carries. Every message travels as a wire frame (node/wire),
// validates itself on decoding, and every reply is a wire.Response, so refusals arrive as typed
// wire errors.
//
//	quote    renter → farmer  QuoteRequest                     ← Quote
//	propose  renter → farmer  Proposal                         ← ProposalAccepted | refused (reason)
//	upload   renter → farmer  UploadRequest, then the raw shard bytes in proposal order
//	                                                           ← UploadResult (the farmer's deal signature)
//	download anyone → farmer  DownloadRequest                  ← DownloadHeader, then raw bytes
//	audit    anyone → farmer  AuditRequest                     ← AuditResponse (leaf + deal-level path)
package proto

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/proofs"
)

// ShardRoot returns the Merkle root a Granary shard CID names (manifest.RootFromCID).
func ShardRoot(c cid.Cid) (proofs.Hash, error) { return manifest.RootFromCID(c) }

// ShardCID names a shard by its root (manifest.ShardCID).
func ShardCID(root proofs.Hash) cid.Cid { return manifest.ShardCID(root) }

// Protocol ids.
const (
	QuoteID    = "/granary/quote/1.0.0"
	ProposeID  = "/granary/propose/1.0.0"
	UploadID   = "/granary/upload/1.0.0"
	DownloadID = "/granary/download/1.0.0"
	AuditID    = "/granary/audit/1.0.0"
)

// MaxShardsPerDeal bounds a proposal (a deal holds one shard per segment of a file).
const MaxShardsPerDeal = 4096

// Refusal reasons a farmer gives with wire.CodeRefused.
const (
	ReasonPrice      = "price"      // below the farmer's price
	ReasonCapacity   = "capacity"   // not enough free space
	ReasonSize       = "size"       // deal or shard larger than the farmer accepts
	ReasonDuration   = "duration"   // too few or too many periods
	ReasonCollateral = "collateral" // asks more collateral than the farmer offers
	ReasonFunds      = "funds"      // the renter's balance or allowance cannot pay the escrow
	ReasonTerms      = "terms"      // terms inconsistent with the shards, or not for this farmer
	ReasonSignature  = "signature"  // the renter's signature does not match the terms
	ReasonExpired    = "expired"    // the proposal or the terms' deadline has passed
	ReasonMismatch   = "mismatch"   // uploaded shards do not hash to the proposed roots
)

// QuoteRequest asks a farmer for its current offer.
type QuoteRequest struct{}

// Quote is a farmer's current offer.
type Quote struct {
	Farmer        common.Address `json:"farmer"`
	ChainID       uint64         `json:"chainId"`
	Market        common.Address `json:"market"`
	PricePerGiB   *big.Int       `json:"pricePerGiB"` // per period
	FreeBytes     uint64         `json:"freeBytes"`
	Stake         *big.Int       `json:"stake"` // free stake on chain
	MinPeriods    uint32         `json:"minPeriods"`
	MaxPeriods    uint32         `json:"maxPeriods"`
	MaxDealSize   uint64         `json:"maxDealSize"`
	CollateralBps uint32         `json:"collateralBps"` // collateral it posts: escrow × bps / 10⁴
}

// Validate checks a quote is complete.
func (q Quote) Validate() error {
	if q.PricePerGiB == nil || q.PricePerGiB.Sign() < 0 || q.Stake == nil || q.MinPeriods > q.MaxPeriods {
		return errors.New("incomplete quote")
	}
	return nil
}

// PriceFor returns the least price per period the farmer takes for size bytes: ⌈size × price / 2³⁰⌉.
func PriceFor(pricePerGiB *big.Int, size uint64) *big.Int {
	p := new(big.Int).Mul(pricePerGiB, new(big.Int).SetUint64(size))
	p.Add(p, big.NewInt(1<<30-1))
	return p.Rsh(p, 30)
}

// Terms are deal terms as they travel.
type Terms struct {
	Renter         common.Address `json:"renter"`
	Farmer         common.Address `json:"farmer"`
	Root           proofs.Hash    `json:"root"`
	Size           uint64         `json:"size"`
	ShardSize      uint64         `json:"shardSize"`
	PricePerPeriod *big.Int       `json:"pricePerPeriod"`
	Periods        uint32         `json:"periods"`
	Collateral     *big.Int       `json:"collateral"`
	Nonce          *big.Int       `json:"nonce"`
	Deadline       *big.Int       `json:"deadline"`
}

// FromTerms converts market terms.
func FromTerms(t market.DealTerms) Terms {
	return Terms{t.Renter, t.Farmer, t.Root, t.Size, t.ShardSize, t.PricePerPeriod, t.Periods, t.Collateral, t.Nonce, t.Deadline}
}

// Market converts to market terms.
func (t Terms) Market() market.DealTerms {
	return market.DealTerms{Renter: t.Renter, Farmer: t.Farmer, Root: t.Root, Size: t.Size, ShardSize: t.ShardSize,
		PricePerPeriod: t.PricePerPeriod, Periods: t.Periods, Collateral: t.Collateral, Nonce: t.Nonce, Deadline: t.Deadline}
}

// ShardRef names one shard of a proposed deal.
type ShardRef struct {
	CID  string `json:"cid"`
	Size uint64 `json:"size"`
}

// Root returns the Merkle root the shard's CID names.
func (s ShardRef) Root() (proofs.Hash, error) {
	c, err := cid.Decode(s.CID)
	if err != nil {
		return proofs.Hash{}, fmt.Errorf("shard name %q: %w", s.CID, err)
	}
	return ShardRoot(c)
}

// Proposal offers a deal: the terms the renter signed, and the shards the deal will hold, in order.
type Proposal struct {
	Terms     Terms      `json:"terms"`
	RenterSig []byte     `json:"renterSig"`
	Shards    []ShardRef `json:"shards"`
}

// Validate checks the proposal is self-consistent: every shard is named by a Granary CID, all shards
// but the last are shardSize long and the last no longer, the sizes add up to the deal's size, and
// the shard roots make the deal's root. It does not check signatures or the farmer's policy.
func (p Proposal) Validate() error {
	t := p.Terms.Market()
	if err := t.Validate(); err != nil {
		return err
	}
	if len(p.Shards) == 0 || len(p.Shards) > MaxShardsPerDeal {
		return fmt.Errorf("proposal holds %d shards (1..%d)", len(p.Shards), MaxShardsPerDeal)
	}
	if len(p.RenterSig) != 65 {
		return errors.New("renter signature is not 65 bytes")
	}
	var total uint64
	roots := make([]proofs.Hash, len(p.Shards))
	for i, s := range p.Shards {
		last := i == len(p.Shards)-1
		if s.Size == 0 || s.Size%proofs.LeafSize != 0 || s.Size > t.ShardSize || (!last && s.Size != t.ShardSize) {
			return fmt.Errorf("shard %d: size %d does not fit shard size %d", i, s.Size, t.ShardSize)
		}
		r, err := s.Root()
		if err != nil {
			return fmt.Errorf("shard %d: %w", i, err)
		}
		roots[i] = r
		total += s.Size
	}
	if total != t.Size {
		return fmt.Errorf("shards add up to %d bytes, terms say %d", total, t.Size)
	}
	if proofs.DealRoot(roots) != t.Root {
		return errors.New("shard roots do not make the deal root")
	}
	return nil
}

// ProposalAccepted answers an accepted proposal: upload its shards under ID before Expires (unix s).
type ProposalAccepted struct {
	ID      string `json:"id"`
	Expires int64  `json:"expires"`
}

// Validate checks the answer.
func (a ProposalAccepted) Validate() error {
	if len(a.ID) == 0 || len(a.ID) > 64 {
		return errors.New("bad proposal id")
	}
	return nil
}

// UploadRequest opens the upload of an accepted proposal's shards.
type UploadRequest struct {
	ID string `json:"id"`
}

// Validate checks the request.
func (u UploadRequest) Validate() error {
	if len(u.ID) == 0 || len(u.ID) > 64 {
		return errors.New("bad proposal id")
	}
	return nil
}

// UploadResult carries the farmer's signature of the deal terms, given once every shard is stored and
// verified. The renter submits the deal with both signatures.
type UploadResult struct {
	FarmerSig []byte `json:"farmerSig"`
}

// Validate checks the result.
func (u UploadResult) Validate() error {
	if len(u.FarmerSig) != 65 {
		return errors.New("farmer signature is not 65 bytes")
	}
	return nil
}

// RetrievalAuth lets a libp2p peer download the shards of a renter's deals: the renter signs (with
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

// AuditRequest asks for one leaf of a deal (a deal-level leaf index).
type AuditRequest struct {
	DealID uint64 `json:"dealId"`
	Leaf   uint64 `json:"leaf"`
}

// AuditResponse is the leaf and its whole path (shard level then deal level), which the auditor
// checks with proofs.VerifyDealLeaf against the deal's root on chain.
type AuditResponse struct {
	Data []byte        `json:"data"`
	Path []proofs.Hash `json:"path"`
}

// Validate checks sizes.
func (a AuditResponse) Validate() error {
	if len(a.Data) != proofs.LeafSize || len(a.Path) > 128 {
		return errors.New("audit response of the wrong shape")
	}
	return nil
}
