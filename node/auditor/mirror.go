package auditor

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/proofs"
)

// errMirror: the contract's events do not fit the mirror (a bug, or events skipped).
var errMirror = errors.New("auditor: challenge-set mirror out of step with the contract")

// mirror is the auditor's copy of every farmer's challengeable set, kept by applying the contract's
// DealActivated and DealDeactivated events in chain order, each checked against the class and index
// the event reports. The changes of recent blocks are journaled so that a reorg undoes them exactly
// (order included, which the picks depend on).
type mirror struct {
	sets    map[common.Address]*proofs.Set
	journal []change // oldest first
}

type change struct {
	block  chain.BlockRef
	farmer common.Address
	add    bool
	deal   proofs.SetDeal
	pos    int // where the deal was (removal)
}

func newMirror() *mirror { return &mirror{sets: map[common.Address]*proofs.Set{}} }

// set returns the farmer's set as the applied blocks leave it.
func (m *mirror) set(farmer common.Address) *proofs.Set {
	s, ok := m.sets[farmer]
	if !ok {
		s = proofs.NewSet()
		m.sets[farmer] = s
	}
	return s
}

func (m *mirror) activate(b chain.BlockRef, farmer common.Address, d proofs.SetDeal, class uint8, index uint64) error {
	s := m.set(farmer)
	if int(class) != proofs.Class(d.Leaves) || uint64(s.ClassLen(int(class))) != index {
		return fmt.Errorf("%w: deal %d of %s activated at class %d index %d, mirror has class %d of %d deals",
			errMirror, d.ID, farmer, class, index, proofs.Class(d.Leaves), s.ClassLen(int(class)))
	}
	if err := s.Add(d); err != nil {
		return fmt.Errorf("%w: %w", errMirror, err)
	}
	m.journal = append(m.journal, change{block: b, farmer: farmer, add: true, deal: d})
	return nil
}

func (m *mirror) deactivate(b chain.BlockRef, farmer common.Address, d proofs.SetDeal, class uint8, index uint64) error {
	s := m.set(farmer)
	c, pos, ok := s.Position(d.ID)
	if !ok || c != int(class) || uint64(pos) != index {
		return fmt.Errorf("%w: deal %d of %s deactivated at class %d index %d, mirror has it at %d/%d (%v)",
			errMirror, d.ID, farmer, class, index, c, pos, ok)
	}
	if err := s.Remove(d.ID, d.Leaves); err != nil {
		return fmt.Errorf("%w: %w", errMirror, err)
	}
	m.journal = append(m.journal, change{block: b, farmer: farmer, deal: d, pos: pos})
	return nil
}

// undo takes back the journaled changes of the newest blocks for which gone is true.
func (m *mirror) undo(gone func(chain.BlockRef) bool) error {
	for len(m.journal) > 0 {
		ch := m.journal[len(m.journal)-1]
		if !gone(ch.block) {
			return nil
		}
		m.journal = m.journal[:len(m.journal)-1]
		s := m.set(ch.farmer)
		var err error
		if ch.add {
			err = s.Remove(ch.deal.ID, ch.deal.Leaves)
		} else {
			err = s.Restore(ch.deal, ch.pos)
		}
		if err != nil {
			return fmt.Errorf("%w: undo block %d: %w", errMirror, ch.block.Number, err)
		}
	}
	return nil
}

// prune forgets the journal of blocks before `before`, which can no longer be reorganised.
func (m *mirror) prune(before uint64) {
	i := 0
	for i < len(m.journal) && m.journal[i].block.Number < before {
		i++
	}
	m.journal = append(m.journal[:0], m.journal[i:]...)
}
