package proto

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/proofs"
)

// The agreement protocols (AgreementMarket). A renter keeps one agreement with each farmer it
// places with; files come and go by co-signed revisions, never by chain transactions.
//
//	offer   renter → farmer  OfferRequest                     ← AgreementOffer (OpenTerms signed by the farmer)
//	store   renter → farmer  StoreRequest ← StoreReady, then per shard: ShardHeader + raw bytes ← ShardAck
//	revise  renter → farmer  ReviseRequest                    ← ReviseResult (the farmer's signature)
//	latest  renter → farmer  LatestRequest                    ← LatestRevision (newest co-signed revision and its shards)
//	prove   anyone → farmer  ProveRequest                     ← AgreementProofMsg
//	anchor  renter → farmer  Anchor                           ← AnchorAck (the renter's catalogue anchor; anchor.go)
//
// Downloads use DownloadID with a renter's RetrievalAuth: the farmer serves a shard to a renter
// that holds it in one of its agreements (committed in a revision, or stored and not yet revised).
const (
	OfferID  = "/granary/agreement/offer/1.0.0"
	StoreID  = "/granary/agreement/store/1.0.0"
	ReviseID = "/granary/agreement/revise/1.0.0"
	LatestID = "/granary/agreement/latest/1.0.0"
	ProveID  = "/granary/agreement/prove/1.0.0"
	AnchorID = "/granary/agreement/anchor/1.0.0"
)

// MaxRevise caps a revise request or a latest answer (their shard lists): MaxChange entries of
// about 90 bytes of JSON.
const MaxRevise = 16 << 20

// Refusal reasons of the agreement protocols (with wire.CodeRefused), beside those above.
const (
	ReasonAgreement = "agreement" // not an open agreement of this farmer with this renter
	ReasonRevision  = "revision"  // the proposed revision is not what the change gives
	ReasonEscrow    = "escrow"    // the agreement's escrow does not pay the revision to its end
	ReasonMissing   = "missing"   // a shard the revision adds is not stored under this agreement
	ReasonExiting   = "exiting"   // the farmer is leaving (or disqualified): no new agreement, no new data, no later end
	ReasonStale     = "stale"     // a catalogue anchor numbered below the one kept
)

// OfferRequest asks a farmer for signed terms to open an agreement with the renter.
type OfferRequest struct {
	Renter    common.Address `json:"renter"`
	EndPeriod uint32         `json:"endPeriod"`
	MaxBytes  uint64         `json:"maxBytes"` // most data the renter plans to keep; sizes the collateral
}

// Validate checks the request.
func (o OfferRequest) Validate() error {
	if o.Renter == (common.Address{}) || o.EndPeriod == 0 || o.MaxBytes == 0 {
		return errors.New("offer request needs renter, end period and size")
	}
	return nil
}

// OpenTermsMsg is market.OpenTerms as it travels.
type OpenTermsMsg struct {
	Renter      common.Address `json:"renter"`
	Farmer      common.Address `json:"farmer"`
	PricePerGiB *big.Int       `json:"pricePerGiB"`
	Collateral  *big.Int       `json:"collateral"`
	EndPeriod   uint32         `json:"endPeriod"`
	Nonce       uint64         `json:"nonce"`
	Deadline    uint64         `json:"deadline"`
}

// FromOpenTerms converts market terms.
func FromOpenTerms(t market.OpenTerms) OpenTermsMsg {
	return OpenTermsMsg{t.Renter, t.Farmer, t.PricePerGiB, t.Collateral, t.EndPeriod, t.Nonce, t.Deadline}
}

// Market converts to market terms.
func (t OpenTermsMsg) Market() market.OpenTerms {
	return market.OpenTerms{Renter: t.Renter, Farmer: t.Farmer, PricePerGiB: t.PricePerGiB, Collateral: t.Collateral,
		EndPeriod: t.EndPeriod, Nonce: t.Nonce, Deadline: t.Deadline}
}

// AgreementOffer is a farmer's signed terms: the renter opens the agreement on chain with them.
type AgreementOffer struct {
	Terms     OpenTermsMsg `json:"terms"`
	FarmerSig []byte       `json:"farmerSig"`
}

// Validate checks the offer's shape.
func (a AgreementOffer) Validate() error {
	if err := a.Terms.Market().Validate(); err != nil {
		return err
	}
	if len(a.FarmerSig) != 65 {
		return errors.New("farmer signature is not 65 bytes")
	}
	return nil
}

// StoreRequest opens a store session on an agreement: Auth shows the stream's peer acts for the
// agreement's renter.
type StoreRequest struct {
	AgreementID uint64        `json:"agreementId"`
	Auth        RetrievalAuth `json:"auth"`
}

// Validate checks the request.
func (s StoreRequest) Validate() error {
	if s.AgreementID == 0 {
		return errors.New("store request names no agreement")
	}
	return nil
}

// StoreReady accepts a store session: shards of at most MaxShard bytes, TTL seconds to revise them
// in before they are dropped.
type StoreReady struct {
	MaxShard uint64 `json:"maxShard"`
	TTL      uint64 `json:"ttl"`
}

// Validate checks the answer.
func (s StoreReady) Validate() error {
	if s.MaxShard == 0 || s.MaxShard%proofs.LeafSize != 0 {
		return errors.New("store ready: bad shard cap")
	}
	return nil
}

// ShardHeader precedes one shard's raw bytes in a store session.
type ShardHeader struct {
	Root proofs.Hash `json:"root"`
	Size uint64      `json:"size"`
}

// Validate checks the shard is whole leaves.
func (h ShardHeader) Validate() error {
	if h.Size == 0 || h.Size%proofs.LeafSize != 0 {
		return fmt.Errorf("shard of %d bytes is not whole leaves", h.Size)
	}
	return nil
}

// ShardAck answers one shard of a store session, in order: it is stored (and kept for the session's
// TTL until a revision commits it).
type ShardAck struct {
	Root proofs.Hash `json:"root"`
}

// ShardEntry names one shard of an agreement: its root and its leaves.
type ShardEntry struct {
	Root   proofs.Hash `json:"root"`
	Leaves uint64      `json:"leaves"`
}

// Shard converts to the tree's entry.
func (e ShardEntry) Shard() proofs.Shard { return proofs.Shard{Root: e.Root, Leaves: e.Leaves} }

// RevisionMsg is market.Revision as it travels.
type RevisionMsg struct {
	AgreementID uint64      `json:"agreementId"`
	Number      uint64      `json:"number"`
	Root        proofs.Hash `json:"root"`
	Leaves      uint64      `json:"leaves"`
	Shards      uint64      `json:"shards"`
	EndPeriod   uint32      `json:"endPeriod"`
}

// FromRevision converts a market revision.
func FromRevision(r market.Revision) RevisionMsg {
	return RevisionMsg{r.AgreementID, r.Number, r.Root, r.Leaves, r.Shards, r.EndPeriod}
}

// Market converts to a market revision.
func (r RevisionMsg) Market() market.Revision {
	return market.Revision{AgreementID: r.AgreementID, Number: r.Number, Root: r.Root, Leaves: r.Leaves, Shards: r.Shards, EndPeriod: r.EndPeriod}
}

// ReviseRequest proposes the next revision of an agreement: the change and the revision it gives,
// signed by the renter.
type ReviseRequest struct {
	Revision  RevisionMsg   `json:"revision"`
	Add       []ShardEntry  `json:"add"`
	Remove    []proofs.Hash `json:"remove"`
	EndPeriod uint32        `json:"endPeriod"` // the change's end (0: unchanged)
	RenterSig []byte        `json:"renterSig"`
}

// Change returns the change the request proposes.
func (r ReviseRequest) Change() market.Change {
	c := market.Change{Add: make([]proofs.Shard, len(r.Add)), Remove: r.Remove, EndPeriod: r.EndPeriod}
	for i, e := range r.Add {
		c.Add[i] = e.Shard()
	}
	return c
}

// Validate checks the request's shape.
func (r ReviseRequest) Validate() error {
	if err := r.Revision.Market().Validate(); err != nil {
		return err
	}
	if len(r.Add)+len(r.Remove) > market.MaxChange {
		return fmt.Errorf("revision changes %d shards, at most %d", len(r.Add)+len(r.Remove), market.MaxChange)
	}
	for i, e := range r.Add {
		if e.Leaves == 0 {
			return fmt.Errorf("added shard %d has no leaves", i)
		}
	}
	if len(r.RenterSig) != 65 {
		return errors.New("renter signature is not 65 bytes")
	}
	return nil
}

// ReviseResult is the farmer's signature of the proposed revision.
type ReviseResult struct {
	FarmerSig []byte `json:"farmerSig"`
}

// Validate checks the result.
func (r ReviseResult) Validate() error {
	if len(r.FarmerSig) != 65 {
		return errors.New("farmer signature is not 65 bytes")
	}
	return nil
}

// LatestRequest asks for the newest co-signed revision of an agreement and its shards (a renter
// recovering its state; Auth as for a store session).
type LatestRequest struct {
	AgreementID uint64        `json:"agreementId"`
	Auth        RetrievalAuth `json:"auth"`
}

// Validate checks the request.
func (l LatestRequest) Validate() error {
	if l.AgreementID == 0 {
		return errors.New("latest request names no agreement")
	}
	return nil
}

// LatestRevision is an agreement's newest co-signed revision with both signatures and its shards in
// tree order.
type LatestRevision struct {
	Revision  RevisionMsg  `json:"revision"`
	RenterSig []byte       `json:"renterSig"`
	FarmerSig []byte       `json:"farmerSig"`
	Shards    []ShardEntry `json:"shards"`
	// Anchor is the newest catalogue anchor the renter left with this agreement, if any.
	Anchor *Anchor `json:"anchor,omitempty"`
}

// Validate checks the shape: revision 0 is unsigned and empty, any other carries two signatures
// and exactly its shards.
func (l LatestRevision) Validate() error {
	if l.Anchor != nil {
		if err := l.Anchor.Validate(); err != nil {
			return err
		}
		if l.Anchor.AgreementID != l.Revision.AgreementID {
			return fmt.Errorf("anchor of agreement %d with revision of %d", l.Anchor.AgreementID, l.Revision.AgreementID)
		}
	}
	if l.Revision.Number == 0 {
		if len(l.Shards) != 0 || l.Revision.Leaves != 0 {
			return errors.New("revision 0 holds shards")
		}
		return nil
	}
	if err := l.Revision.Market().Validate(); err != nil {
		return err
	}
	if len(l.RenterSig) != 65 || len(l.FarmerSig) != 65 {
		return errors.New("revision signatures are not 65 bytes")
	}
	if uint64(len(l.Shards)) != l.Revision.Shards {
		return fmt.Errorf("revision of %d shards lists %d", l.Revision.Shards, len(l.Shards))
	}
	return nil
}

// ProveRequest asks for leaf Leaf of entry Entry of an agreement's newest revision, with its paths.
type ProveRequest struct {
	AgreementID uint64 `json:"agreementId"`
	Entry       uint64 `json:"entry"`
	Leaf        uint64 `json:"leaf"`
}

// Validate checks the request.
func (p ProveRequest) Validate() error {
	if p.AgreementID == 0 {
		return errors.New("prove request names no agreement")
	}
	return nil
}

// AgreementProofMsg is proofs.AgreementProof as it travels, with the revision number it proves
// against.
type AgreementProofMsg struct {
	Number      uint64        `json:"number"`
	ShardLeaves uint64        `json:"shardLeaves"`
	Leaf        []byte        `json:"leaf"`
	ShardPath   []proofs.Hash `json:"shardPath"`
	TreePath    []proofs.Hash `json:"treePath"`
}

// Validate checks sizes (the paths are at most 64 nodes each).
func (p AgreementProofMsg) Validate() error {
	if len(p.Leaf) != proofs.LeafSize || len(p.ShardPath) > 64 || len(p.TreePath) > 64 || p.ShardLeaves == 0 {
		return errors.New("agreement proof of the wrong shape")
	}
	return nil
}

// Proof converts to a proofs.AgreementProof of agreement id.
func (p AgreementProofMsg) Proof(id uint64) proofs.AgreementProof {
	return proofs.AgreementProof{AgreementID: id, ShardLeaves: p.ShardLeaves, Leaf: p.Leaf, ShardPath: p.ShardPath, TreePath: p.TreePath}
}
