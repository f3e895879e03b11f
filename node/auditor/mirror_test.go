package auditor

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/proofs"
)

// The mirror applies set changes as the contract reports them, refuses one that does not fit, and
// undoes the changes of dropped blocks exactly (the picks, which depend on the order, come back).
func TestMirrorUndoesDroppedBlocks(t *testing.T) {
	m := newMirror()
	f := common.HexToAddress("0xf")
	block := func(n uint64) chain.BlockRef { return chain.BlockRef{Number: n, Hash: common.Hash{byte(n)}} }
	add := func(n uint64, id, leaves uint64) {
		t.Helper()
		d := proofs.SetDeal{ID: id, Leaves: leaves}
		c := proofs.Class(leaves)
		if err := m.activate(block(n), f, d, uint8(c), uint64(m.set(f).ClassLen(c))); err != nil {
			t.Fatal(err)
		}
	}
	remove := func(n uint64, id, leaves uint64) {
		t.Helper()
		c, pos, ok := m.set(f).Position(id)
		if !ok {
			t.Fatalf("deal %d not in the mirror", id)
		}
		if err := m.deactivate(block(n), f, proofs.SetDeal{ID: id, Leaves: leaves}, uint8(c), uint64(pos)); err != nil {
			t.Fatal(err)
		}
	}
	for id := uint64(1); id <= 12; id++ {
		add(1, id, 16+id) // class 4 or 5
	}
	remove(2, 3, 19)
	add(3, 13, 20)
	seed := proofs.Hash{9}
	before, err := m.set(f).Challenges(seed, 32)
	if err != nil {
		t.Fatal(err)
	}
	remove(4, 1, 17)
	remove(4, 12, 28)
	add(5, 14, 21)
	remove(5, 5, 21)
	if err := m.undo(func(b chain.BlockRef) bool { return b.Number >= 4 }); err != nil {
		t.Fatal(err)
	}
	after, err := m.set(f).Challenges(seed, 32)
	if err != nil {
		t.Fatal(err)
	}
	for i := range before {
		if before[i] != after[i] {
			t.Fatalf("challenge %d: %+v before blocks 4-5, %+v after undoing them", i, before[i], after[i])
		}
	}
	// A change that does not fit what the contract reported is refused.
	if err := m.activate(block(6), f, proofs.SetDeal{ID: 20, Leaves: 17}, 4, 0); !errors.Is(err, errMirror) {
		t.Fatalf("activation at a wrong index: %v", err)
	}
	if err := m.deactivate(block(6), f, proofs.SetDeal{ID: 2, Leaves: 18}, 4, 7); !errors.Is(err, errMirror) {
		t.Fatalf("deactivation at a wrong index: %v", err)
	}
	m.prune(4)
	if len(m.journal) != 0 {
		t.Fatalf("%d journal entries left after pruning everything before block 4", len(m.journal))
	}
}
