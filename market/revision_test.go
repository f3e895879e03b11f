package market_test

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/proofs"
)

func shardN(i int, leaves uint64) proofs.Shard {
	return proofs.Shard{Root: sha256.Sum256([]byte{byte(i), byte(i >> 8), 7}), Leaves: leaves}
}

// revisionParties returns a renter's and a farmer's view of agreement 7, their keys and the domain.
func revisionParties(t *testing.T) (renter, farmer *market.AgreementState, rk, fk *keyPair, dom market.AgreementDomain) {
	t.Helper()
	rk, fk = newKeyPair(t), newKeyPair(t)
	dom = market.AgreementDomain{ChainID: big.NewInt(1337), Market: crypto.PubkeyToAddress(fk.key.PublicKey)}
	renter = market.NewAgreementState(7, rk.addr, fk.addr, market.Tokens(1), 100)
	farmer = market.NewAgreementState(7, rk.addr, fk.addr, market.Tokens(1), 100)
	return
}

// propose runs one revision of change c between the two parties, as the protocol does: the renter
// derives and signs it, the farmer checks and signs, both commit. It returns the farmer's error.
func propose(t *testing.T, dom market.AgreementDomain, renter, farmer *market.AgreementState, rk, fk *keyPair, c market.Change) error {
	t.Helper()
	rev, rtree, err := renter.Next(c)
	if err != nil {
		return err
	}
	rsig, err := dom.SignRevision(rev, rk.key)
	if err != nil {
		t.Fatal(err)
	}
	ftree, err := dom.CheckProposed(farmer, c, rev, rsig)
	if err != nil {
		return err
	}
	fsig, err := dom.SignRevision(rev, fk.key)
	if err != nil {
		t.Fatal(err)
	}
	if err := dom.CheckSigned(renter, rev, fsig); err != nil {
		t.Fatalf("renter refuses the farmer's signature: %v", err)
	}
	signed := market.SignedRevision{Revision: rev, RenterSig: rsig, FarmerSig: fsig}
	renter.Commit(signed, rtree)
	farmer.Commit(signed, ftree)
	return nil
}

func TestRevisionLife(t *testing.T) {
	renter, farmer, rk, fk, dom := revisionParties(t)
	a, b, c := shardN(1, 4), shardN(2, 8), shardN(3, 1)
	if err := propose(t, dom, renter, farmer, rk, fk, market.Change{Add: []proofs.Shard{a, b}}); err != nil {
		t.Fatal(err)
	}
	if err := propose(t, dom, renter, farmer, rk, fk, market.Change{Add: []proofs.Shard{c}, Remove: []proofs.Hash{a.Root}, EndPeriod: 120}); err != nil {
		t.Fatal(err)
	}
	want, err := proofs.NewAgreement([]proofs.Shard{b, c})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []*market.AgreementState{renter, farmer} {
		l := s.Latest
		if l.Number != 2 || l.Root != want.Root() || l.Leaves != 9 || l.Shards != 2 || l.EndPeriod != 120 {
			t.Fatalf("after two revisions: %+v, want number 2, root %x, 9 leaves in 2 shards, end 120", l.Revision, want.Root())
		}
	}
	// Everything removed: the empty agreement, revision 3, root zero.
	if err := propose(t, dom, renter, farmer, rk, fk, market.Change{Remove: []proofs.Hash{b.Root, c.Root}}); err != nil {
		t.Fatal(err)
	}
	if l := farmer.Latest; l.Number != 3 || l.Root != ([32]byte{}) || l.Leaves != 0 || l.Shards != 0 {
		t.Fatalf("emptied agreement: %+v", l.Revision)
	}
}

// TestRevisionAttacks tries what a renter (or a stranger) might send a farmer to sign.
func TestRevisionAttacks(t *testing.T) {
	renter, farmer, rk, fk, dom := revisionParties(t)
	a, b := shardN(1, 4), shardN(2, 8)
	if err := propose(t, dom, renter, farmer, rk, fk, market.Change{Add: []proofs.Shard{a}}); err != nil {
		t.Fatal(err)
	}
	good := market.Change{Add: []proofs.Shard{b}}
	rev, _, err := renter.Next(good)
	if err != nil {
		t.Fatal(err)
	}
	sign := func(r market.Revision, k *keyPair) []byte {
		s, err := dom.SignRevision(r, k.key)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	stranger := newKeyPair(t)
	edit := func(f func(*market.Revision)) market.Revision { r := rev; f(&r); return r }
	cases := []struct {
		name string
		c    market.Change
		rev  market.Revision
		sig  []byte
		want error
	}{
		{"signed by a stranger", good, rev, sign(rev, stranger), market.ErrRevisionState},
		{"signed by the farmer itself", good, rev, sign(rev, fk), market.ErrRevisionState},
		{"replayed number", good, edit(func(r *market.Revision) { r.Number = 1 }), nil, market.ErrRevisionNumber},
		{"skipped number", good, edit(func(r *market.Revision) { r.Number = 3 }), nil, market.ErrRevisionNumber},
		{"root not what the change gives", good, edit(func(r *market.Revision) { r.Root[0] ^= 1 }), nil, market.ErrRevisionState},
		{"leaves inflated", good, edit(func(r *market.Revision) { r.Leaves++ }), nil, market.ErrRevisionState},
		{"end moved without saying so", good, edit(func(r *market.Revision) { r.EndPeriod = 200 }), nil, market.ErrRevisionState},
		{"other agreement", good, edit(func(r *market.Revision) { r.AgreementID = 8 }), nil, market.ErrRevisionState},
		{"adds a shard already held", market.Change{Add: []proofs.Shard{a}}, rev, nil, market.ErrChange},
		{"removes a shard never held", market.Change{Remove: []proofs.Hash{b.Root}}, rev, nil, market.ErrChange},
		{"shortens the end", market.Change{Add: []proofs.Shard{b}, EndPeriod: 99}, rev, nil, market.ErrChange},
		{"changes nothing", market.Change{}, rev, nil, market.ErrChange},
		{"zero-leaf shard", market.Change{Add: []proofs.Shard{{Root: b.Root}}}, rev, nil, market.ErrChange},
	}
	for _, tc := range cases {
		sig := tc.sig
		if sig == nil {
			sig = sign(tc.rev, rk)
		}
		if _, err := dom.CheckProposed(farmer, tc.c, tc.rev, sig); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	if farmer.Latest.Number != 1 || !farmer.Tree.Has(a.Root) || farmer.Tree.Has(b.Root) {
		t.Fatal("a refused proposal changed the farmer's state")
	}
	// The good one still passes after all that, and a farmer's answer signed by anyone else is refused.
	if _, err := dom.CheckProposed(farmer, good, rev, sign(rev, rk)); err != nil {
		t.Fatalf("honest proposal refused: %v", err)
	}
	if err := dom.CheckSigned(renter, rev, sign(rev, stranger)); !errors.Is(err, market.ErrRevisionState) {
		t.Fatalf("renter took a stranger's signature as the farmer's: %v", err)
	}
}

// TestNextLeavesStateAlone: preparing a revision (which may be refused) never changes the state.
func TestNextLeavesStateAlone(t *testing.T) {
	renter, _, _, _, _ := revisionParties(t)
	root := renter.Tree.Root()
	if _, _, err := renter.Next(market.Change{Add: []proofs.Shard{shardN(1, 3), shardN(2, 5)}}); err != nil {
		t.Fatal(err)
	}
	if renter.Tree.Shards() != 0 || renter.Tree.Root() != root || renter.Latest.Number != 0 {
		t.Fatal("Next modified the state")
	}
	if _, _, err := renter.Next(market.Change{Add: make([]proofs.Shard, market.MaxChange+1)}); !errors.Is(err, market.ErrChange) {
		t.Fatalf("oversized change: %v", err)
	}
}

func TestCoversRevision(t *testing.T) {
	price := big.NewInt(1 << 22) // 1 unit per leaf per period
	rev := market.Revision{AgreementID: 1, Number: 2, Leaves: 10, Shards: 1, EndPeriod: 20}
	// On chain: 100 deposited, 0 accrued to period 4, the old revision holds 2 leaves.
	e := market.Escrow{Deposited: big.NewInt(100), Accrued: big.NewInt(0), AccruedTo: 4, Leaves: 2}
	// Posted in period 5: old rate charged to 4 (nothing more), new rate 10 × (20 − 4) = 160 > 100.
	if err := market.CoversRevision(rev, price, e, 5); !errors.Is(err, market.ErrEscrow) {
		t.Fatalf("160 from 100: %v", err)
	}
	e.Deposited = big.NewInt(160)
	if err := market.CoversRevision(rev, price, e, 5); err != nil {
		t.Fatalf("exactly covered: %v", err)
	}
	// Posted a period later: the old rate takes 2 more for period 5, the new one needs 10 × 15 = 150:
	// 152 of 160, covered; one unit less deposited is not, though the later post needs less in total.
	if err := market.CoversRevision(rev, price, e, 6); err != nil {
		t.Fatalf("posted a period later: %v", err)
	}
	e.Deposited = big.NewInt(151)
	if err := market.CoversRevision(rev, price, e, 6); !errors.Is(err, market.ErrEscrow) {
		t.Fatalf("151 for 152: %v", err)
	}
	// A revision ending before what will have been charged can never land.
	if err := market.CoversRevision(market.Revision{Leaves: 1, Shards: 1, EndPeriod: 3}, price, e, 6); !errors.Is(err, market.ErrEscrow) {
		t.Fatalf("ended revision: %v", err)
	}
	if err := market.CoversRevision(rev, price, market.Escrow{}, 6); !errors.Is(err, market.ErrEscrow) {
		t.Fatalf("unknown escrow: %v", err)
	}
}

type keyPair struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newKeyPair(t *testing.T) *keyPair {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return &keyPair{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
}
