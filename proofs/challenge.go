package proofs

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"math/bits"

	"golang.org/x/crypto/sha3"
)

// MaxPickAttempts mirrors StorageMarket.MAX_PICK_ATTEMPTS.
const MaxPickAttempts = 16

// Seed returns a farmer's challenge seed for a period: keccak256(abi.encode(blockHash, farmer,
// period)), where blockHash is the hash of the period's seed block.
func Seed(blockHash Hash, farmer [20]byte, period uint32) Hash {
	var buf [96]byte
	copy(buf[0:32], blockHash[:])
	copy(buf[44:64], farmer[:])
	binary.BigEndian.PutUint32(buf[92:], period)
	return keccak(buf[:])
}

func keccak(b []byte) Hash {
	var h Hash
	d := sha3.NewLegacyKeccak256()
	d.Write(b)
	d.Sum(h[:0])
	return h
}

// word3 returns keccak256(abi.encode(seed, i, x)) as a big integer.
func word3(seed Hash, i uint64, x *big.Int) *big.Int {
	var buf [96]byte
	copy(buf[:32], seed[:])
	binary.BigEndian.PutUint64(buf[56:64], i)
	x.FillBytes(buf[64:96])
	h := keccak(buf[:])
	return new(big.Int).SetBytes(h[:])
}

// SetDeal is a deal in a farmer's challengeable set.
type SetDeal struct {
	ID     uint64
	Leaves uint64
}

// Set mirrors a farmer's challengeable set in the contract: deals grouped in size classes
// (class = floor(log2(leaves))), each class an array in which additions append and removals move the
// last deal into the hole. The order matters: it is the contract's, as its DealActivated and
// DealDeactivated events report it.
type Set struct {
	classes [64][]SetDeal
	totals  [64]uint64     // leaves per class
	index   map[uint64]int // deal id -> position in its class
	total   uint64
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{index: map[uint64]int{}} }

// Class returns the size class of a deal of n leaves.
func Class(n uint64) int { return bits.Len64(n) - 1 }

// TotalLeaves returns the leaves in the set.
func (s *Set) TotalLeaves() uint64 { return s.total }

// Len returns the number of deals in the set.
func (s *Set) Len() int { return len(s.index) }

// Add appends a deal to its class, as the contract's _activate does.
func (s *Set) Add(d SetDeal) error {
	if d.Leaves == 0 {
		return fmt.Errorf("proofs: deal %d has no leaves", d.ID)
	}
	if _, ok := s.index[d.ID]; ok {
		return fmt.Errorf("proofs: deal %d already in the set", d.ID)
	}
	c := Class(d.Leaves)
	s.index[d.ID] = len(s.classes[c])
	s.classes[c] = append(s.classes[c], d)
	s.totals[c] += d.Leaves
	s.total += d.Leaves
	return nil
}

// Remove takes a deal out, moving the last deal of its class into its place, as _deactivate does.
func (s *Set) Remove(id uint64, leaves uint64) error {
	pos, ok := s.index[id]
	if !ok {
		return fmt.Errorf("proofs: deal %d not in the set", id)
	}
	c := Class(leaves)
	arr := s.classes[c]
	if pos >= len(arr) || arr[pos].ID != id {
		return fmt.Errorf("proofs: deal %d is not in class %d", id, c)
	}
	last := arr[len(arr)-1]
	arr[pos] = last
	s.index[last.ID] = pos
	s.classes[c] = arr[:len(arr)-1]
	delete(s.index, id)
	s.totals[c] -= leaves
	s.total -= leaves
	return nil
}

// Position returns the size class of deal id and its index in the class, as the contract's
// DealActivated and DealDeactivated events report them.
func (s *Set) Position(id uint64) (class, index int, ok bool) {
	pos, ok := s.index[id]
	if !ok {
		return 0, 0, false
	}
	for c := range s.classes {
		if pos < len(s.classes[c]) && s.classes[c][pos].ID == id {
			return c, pos, true
		}
	}
	return 0, 0, false
}

// ClassLen returns the number of deals in size class c.
func (s *Set) ClassLen(c int) int {
	if c < 0 || c >= len(s.classes) {
		return 0
	}
	return len(s.classes[c])
}

// Restore undoes Remove(d.ID, d.Leaves) that took d from index pos of its class: the deal Remove moved
// into pos goes back to the end and d back to pos. Undoing the changes of a dropped block in reverse
// order gives back the set, order included, as it was before them.
func (s *Set) Restore(d SetDeal, pos int) error {
	if d.Leaves == 0 {
		return fmt.Errorf("proofs: deal %d has no leaves", d.ID)
	}
	if _, ok := s.index[d.ID]; ok {
		return fmt.Errorf("proofs: deal %d already in the set", d.ID)
	}
	c := Class(d.Leaves)
	arr := s.classes[c]
	if pos < 0 || pos > len(arr) {
		return fmt.Errorf("proofs: restore deal %d at %d of a class of %d", d.ID, pos, len(arr))
	}
	if pos == len(arr) {
		arr = append(arr, d)
	} else {
		moved := arr[pos]
		arr = append(arr, moved)
		s.index[moved.ID] = len(arr) - 1
		arr[pos] = d
	}
	s.classes[c] = arr
	s.index[d.ID] = pos
	s.totals[c] += d.Leaves
	s.total += d.Leaves
	return nil
}

// Challenge is one challenged leaf of a deal.
type Challenge struct {
	DealID uint64
	Leaf   uint64
}

// Pick returns challenge i under seed, exactly as StorageMarket._pick derives it: a class weighted by
// its leaves, a deal of that class by rejection sampling, then a uniform leaf of that deal.
func (s *Set) Pick(seed Hash, i uint64) (Challenge, error) {
	if s.total == 0 {
		return Challenge{}, fmt.Errorf("proofs: empty challenge set")
	}
	r := new(big.Int).Mod(word3(seed, i, new(big.Int)), new(big.Int).SetUint64(s.total)).Uint64()
	c := 0
	for ; c < 64; c++ {
		if r < s.totals[c] {
			break
		}
		r -= s.totals[c]
	}
	if c == 64 {
		return Challenge{}, fmt.Errorf("proofs: inconsistent set")
	}
	arr := s.classes[c]
	n := new(big.Int).SetUint64(uint64(len(arr)))
	low := new(big.Int).Lsh(big.NewInt(1), 128)
	low.Sub(low, big.NewInt(1))
	bound := new(big.Int).Lsh(big.NewInt(2), uint(c))
	var d SetDeal
	for a := uint64(1); a <= MaxPickAttempts; a++ {
		h := word3(seed, i, new(big.Int).SetUint64(a))
		slot := new(big.Int).And(h, low)
		d = arr[slot.Mod(slot, n).Uint64()]
		hi := new(big.Int).Rsh(h, 128)
		if hi.Mod(hi, bound).Uint64() < d.Leaves {
			break
		}
	}
	x := new(big.Int).SetUint64(d.ID)
	x.SetBit(x, 255, 1)
	leaf := new(big.Int).Mod(word3(seed, i, x), new(big.Int).SetUint64(d.Leaves)).Uint64()
	return Challenge{DealID: d.ID, Leaf: leaf}, nil
}

// Challenges returns the c challenges of a heartbeat.
func (s *Set) Challenges(seed Hash, c int) ([]Challenge, error) {
	out := make([]Challenge, c)
	for i := range out {
		ch, err := s.Pick(seed, uint64(i))
		if err != nil {
			return nil, err
		}
		out[i] = ch
	}
	return out, nil
}
