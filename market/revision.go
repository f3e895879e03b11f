package market

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/proofs"
)

// This file holds the off-chain rules of an agreement's life: how renter and farmer derive the next
// revision from a change (shards added and removed, a later end), and what a farmer checks before it
// co-signs one. Both parties keep the agreement's tree and apply the same change, so the revision one
// proposes is the revision the other computes; anything else is refused. Pure values and functions,
// no I/O: the caller brings what it read from the chain and from its store.

// SignedRevision is a revision with both parties' signatures (Number 0, unsigned, is the empty
// agreement at opening).
type SignedRevision struct {
	Revision
	RenterSig []byte
	FarmerSig []byte
}

// AgreementState is one party's view of an agreement: its terms as opened on chain, the newest
// co-signed revision and the tree of the shards that revision holds.
type AgreementState struct {
	ID          uint64
	Renter      common.Address
	Farmer      common.Address
	PricePerGiB *big.Int
	Latest      SignedRevision
	Tree        *proofs.Agreement
}

// NewAgreementState returns the state of a freshly opened agreement: revision 0, empty.
func NewAgreementState(id uint64, renter, farmer common.Address, pricePerGiB *big.Int, endPeriod uint32) *AgreementState {
	return &AgreementState{ID: id, Renter: renter, Farmer: farmer, PricePerGiB: new(big.Int).Set(pricePerGiB),
		Latest: SignedRevision{Revision: Revision{AgreementID: id, EndPeriod: endPeriod}}, Tree: &proofs.Agreement{}}
}

// Change is what one revision does: shards added, shards removed (by root), and the end period it
// moves to (0 keeps the current one; an end is never moved earlier).
type Change struct {
	Add       []proofs.Shard
	Remove    []proofs.Hash
	EndPeriod uint32
}

// MaxChange bounds the shards one revision may add plus remove (a 10 GiB column of 4 MiB segments
// is ~2,600 shards).
const MaxChange = 1 << 17

// Errors of the revision rules, returned wrapped.
var (
	ErrRevisionNumber = errors.New("market: revision number is not the next one")
	ErrRevisionState  = errors.New("market: revision does not match the agreement after the change")
	ErrChange         = errors.New("market: bad change")
	ErrEscrow         = errors.New("market: escrow does not cover the revision's rate to its end")
)

// Next applies c to a copy of the state's tree and returns the next revision (number + 1) and the
// tree it commits to. The state is not modified: Commit installs the result once both signed.
func (s *AgreementState) Next(c Change) (Revision, *proofs.Agreement, error) {
	if len(c.Add)+len(c.Remove) > MaxChange {
		return Revision{}, nil, fmt.Errorf("%w: %d shards added and removed, at most %d", ErrChange, len(c.Add)+len(c.Remove), MaxChange)
	}
	end := s.Latest.EndPeriod
	if c.EndPeriod != 0 {
		if c.EndPeriod < end {
			return Revision{}, nil, fmt.Errorf("%w: end period %d before the current %d", ErrChange, c.EndPeriod, end)
		}
		end = c.EndPeriod
	}
	tree := s.Tree.Clone()
	for _, r := range c.Remove {
		if _, err := tree.Remove(r); err != nil {
			return Revision{}, nil, fmt.Errorf("%w: %v", ErrChange, err)
		}
	}
	for _, sh := range c.Add {
		if err := tree.Add(sh); err != nil {
			return Revision{}, nil, fmt.Errorf("%w: %v", ErrChange, err)
		}
	}
	rev := RevisionOf(s.ID, s.Latest.Number+1, tree, end)
	if len(c.Add)+len(c.Remove) == 0 && end == s.Latest.EndPeriod {
		return Revision{}, nil, fmt.Errorf("%w: it changes nothing", ErrChange)
	}
	return rev, tree, nil
}

// Commit installs a co-signed revision and its tree (from Next).
func (s *AgreementState) Commit(rev SignedRevision, tree *proofs.Agreement) {
	s.Latest = rev
	s.Tree = tree
}

// Escrow is an agreement's money as the chain holds it (AgreementMarket.getAgreement): what was
// deposited, what has been charged, the last period charged and the leaves of the revision on chain,
// whose rate is charged until a newer revision lands.
type Escrow struct {
	Deposited *big.Int
	Accrued   *big.Int
	AccruedTo uint32
	Leaves    uint64 // of the revision on chain
}

// CoversRevision reports whether the escrow pays rev's rate to its end if rev lands on chain in
// period postIn, as the contract requires when it applies a revision: the old rate is charged up to
// postIn − 1, then rate(rev.leaves) × (rev.endPeriod − that) must fit in what is left. A farmer signs
// only revisions it can post: it checks with the latest period its next heartbeat may land in.
func CoversRevision(rev Revision, pricePerGiB *big.Int, e Escrow, postIn uint32) error {
	if e.Deposited == nil || e.Accrued == nil {
		return fmt.Errorf("%w: escrow unknown", ErrEscrow)
	}
	from, accrued := e.AccruedTo, new(big.Int).Set(e.Accrued)
	if postIn > 0 && postIn-1 > from {
		accrued.Add(accrued, new(big.Int).Mul(Rate(pricePerGiB, e.Leaves), big.NewInt(int64(postIn-1-from))))
		from = postIn - 1
	}
	if rev.EndPeriod < from {
		return fmt.Errorf("%w: ends in period %d, charged to %d by then", ErrEscrow, rev.EndPeriod, from)
	}
	need := new(big.Int).Mul(Rate(pricePerGiB, rev.Leaves), big.NewInt(int64(rev.EndPeriod-from)))
	left := new(big.Int).Sub(e.Deposited, accrued)
	if left.Cmp(need) < 0 {
		return fmt.Errorf("%w: needs %s, %s left", ErrEscrow, need, left)
	}
	return nil
}

// CheckProposed is the farmer's check of a revision the renter proposes with a change: the renter's
// signature, the number (exactly the next), and the revision's root, leaves, shards and end equal to
// what the change gives on the farmer's own tree. It returns the tree to commit once the farmer has
// also checked the shards it adds are stored (the caller's part) and the escrow (CoversRevision),
// and signed. No chain state is read here.
func (d AgreementDomain) CheckProposed(s *AgreementState, c Change, rev Revision, renterSig []byte) (*proofs.Agreement, error) {
	if err := rev.Validate(); err != nil {
		return nil, err
	}
	if rev.AgreementID != s.ID {
		return nil, fmt.Errorf("%w: revision of agreement %d, not %d", ErrRevisionState, rev.AgreementID, s.ID)
	}
	if rev.Number != s.Latest.Number+1 {
		return nil, fmt.Errorf("%w: number %d, want %d", ErrRevisionNumber, rev.Number, s.Latest.Number+1)
	}
	want, tree, err := s.Next(c)
	if err != nil {
		return nil, err
	}
	if want != rev {
		return nil, fmt.Errorf("%w: proposed root %x with %d leaves in %d shards ending %d, the change gives %x, %d, %d, %d",
			ErrRevisionState, rev.Root[:8], rev.Leaves, rev.Shards, rev.EndPeriod, want.Root[:8], want.Leaves, want.Shards, want.EndPeriod)
	}
	signer, err := d.RecoverRevision(rev, renterSig)
	if err != nil {
		return nil, fmt.Errorf("%w: renter signature: %v", ErrRevisionState, err)
	}
	if signer != s.Renter {
		return nil, fmt.Errorf("%w: signed by %s, not the renter %s", ErrRevisionState, signer, s.Renter)
	}
	return tree, nil
}

// CheckSigned is the renter's check of the farmer's answer: the farmer signed exactly rev.
func (d AgreementDomain) CheckSigned(s *AgreementState, rev Revision, farmerSig []byte) error {
	signer, err := d.RecoverRevision(rev, farmerSig)
	if err != nil {
		return fmt.Errorf("%w: farmer signature: %v", ErrRevisionState, err)
	}
	if signer != s.Farmer {
		return fmt.Errorf("%w: signed by %s, not the farmer %s", ErrRevisionState, signer, s.Farmer)
	}
	return nil
}
