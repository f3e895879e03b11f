package fuzzseed

import (
	"encoding/binary"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
)

// MutantsEnv names the environment variable that sets how many mutants Explore adds per target.
const MutantsEnv = "GRANARY_FUZZ_MUTANTS"

// maxMutantLen bounds a mutated []byte or string.
const maxMutantLen = 64 << 10

// Explore adds to f, before its f.Fuzz call, a fixed number of inputs derived from the committed
// corpus of target by deterministic mutation (bit flips, interesting values, inserts, deletes,
// duplicated ranges, splices between seeds, length-field rewrites, integer boundaries). The number
// comes from GRANARY_FUZZ_MUTANTS (0 when unset); the mutations from a PRNG seeded by the target's
// name, so every run of `go test` executes exactly the same inputs.
//
// This is how CI fuzzes: a bounded exploration that is the same on every run, so a clean tree
// passes it every time and a change that breaks a decoder on any of these inputs fails it every
// time. Coverage-guided exploration (`go test -fuzz`) is for developers, who keep each crasher and
// interesting input it finds as a seed file, so the fixed exploration grows with what they found.
func Explore(f *testing.F, target string) {
	f.Helper()
	n, _ := strconv.Atoi(os.Getenv(MutantsEnv))
	if n <= 0 {
		return
	}
	seeds := corpus(f, target)
	if len(seeds) == 0 {
		f.Fatalf("fuzzseed: %s has no seed corpus in %s to explore from", target, Dir(target))
	}
	h := fnv.New64a()
	h.Write([]byte(target))
	m := &mutator{rng: rand.New(rand.NewPCG(h.Sum64(), 0x6772616e617279)), seeds: seeds}
	for i := 0; i < n; i++ {
		f.Add(m.mutate(seeds[i%len(seeds)])...)
	}
}

// corpus reads every seed file of target, in name order.
func corpus(f *testing.F, target string) [][]any {
	f.Helper()
	entries, err := os.ReadDir(Dir(target))
	if err != nil && !os.IsNotExist(err) {
		f.Fatal(err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var out [][]any
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(Dir(target), name))
		if err != nil {
			f.Fatal(err)
		}
		args, err := Decode(b)
		if err != nil {
			f.Fatalf("%s/%s: %v", target, name, err)
		}
		out = append(out, args)
	}
	return out
}

type mutator struct {
	rng   *rand.Rand
	seeds [][]any
}

// mutate returns a copy of args with one to three of them changed (each argument keeps its type).
func (m *mutator) mutate(args []any) []any {
	out := append([]any(nil), args...)
	for k := 1 + m.rng.IntN(3); k > 0; k-- {
		i := m.rng.IntN(len(out))
		switch v := out[i].(type) {
		case []byte:
			out[i] = m.bytes(v, i)
		case string:
			out[i] = string(m.bytes([]byte(v), i))
		case bool:
			out[i] = !v
		case uint8:
			out[i] = uint8(m.integer(uint64(v), 8))
		case uint16:
			out[i] = uint16(m.integer(uint64(v), 16))
		case uint32:
			out[i] = uint32(m.integer(uint64(v), 32))
		case uint64:
			out[i] = m.integer(v, 64)
		case int8:
			out[i] = int8(m.integer(uint64(v), 8))
		case int16:
			out[i] = int16(m.integer(uint64(v), 16))
		case int32:
			out[i] = int32(m.integer(uint64(v), 32))
		case int64:
			out[i] = int64(m.integer(uint64(v), 64))
		}
	}
	return out
}

var interesting8 = []byte{0, 1, 0x7f, 0x80, 0xff, '"', '{', '}', '[', ']', ',', ':', '\\', 'e', '0'}

func (m *mutator) bytes(in []byte, arg int) []byte {
	b := append([]byte(nil), in...)
	for k := 1 + m.rng.IntN(4); k > 0; k-- {
		switch op := m.rng.IntN(10); {
		case op == 0 && len(b) > 0: // flip a bit
			i := m.rng.IntN(len(b))
			b[i] ^= 1 << m.rng.IntN(8)
		case op == 1 && len(b) > 0: // an interesting byte
			b[m.rng.IntN(len(b))] = interesting8[m.rng.IntN(len(interesting8))]
		case op == 2: // insert random bytes
			i := m.rng.IntN(len(b) + 1)
			ins := make([]byte, 1+m.rng.IntN(8))
			for j := range ins {
				ins[j] = byte(m.rng.Uint32())
			}
			b = append(b[:i], append(ins, b[i:]...)...)
		case op == 3 && len(b) > 0: // delete a range
			i := m.rng.IntN(len(b))
			j := i + 1 + m.rng.IntN(min(len(b)-i, 16))
			b = append(b[:i], b[j:]...)
		case op == 4 && len(b) > 0: // duplicate a range
			i := m.rng.IntN(len(b))
			j := i + 1 + m.rng.IntN(min(len(b)-i, 64))
			at := m.rng.IntN(len(b) + 1)
			dup := append([]byte(nil), b[i:j]...)
			b = append(b[:at], append(dup, b[at:]...)...)
		case op == 5: // splice in part of another seed's argument of the same position
			other := m.seeds[m.rng.IntN(len(m.seeds))]
			if arg < len(other) {
				var src []byte
				switch v := other[arg].(type) {
				case []byte:
					src = v
				case string:
					src = []byte(v)
				}
				if len(src) > 0 {
					i := m.rng.IntN(len(src))
					j := i + 1 + m.rng.IntN(len(src)-i)
					at := m.rng.IntN(len(b) + 1)
					b = append(b[:at:at], append(append([]byte(nil), src[i:j]...), b[at:]...)...)
				}
			}
		case op == 6 && len(b) > 0: // truncate
			b = b[:m.rng.IntN(len(b))]
		case op == 7 && len(b) >= 4: // rewrite a big-endian length field
			i := m.rng.IntN(len(b) - 3)
			vals := []uint32{0, 1, uint32(len(b)), uint32(len(b) - 4), uint32(len(b) - 3), 1<<31 - 1, 1<<32 - 1}
			binary.BigEndian.PutUint32(b[i:], vals[m.rng.IntN(len(vals))])
		case op == 8 && len(b) > 0: // add or subtract a little
			i := m.rng.IntN(len(b))
			b[i] += byte(m.rng.IntN(33) - 16)
		case op == 9 && len(b) > 1: // swap two bytes
			i, j := m.rng.IntN(len(b)), m.rng.IntN(len(b))
			b[i], b[j] = b[j], b[i]
		}
	}
	if len(b) > maxMutantLen {
		b = b[:maxMutantLen]
	}
	return b
}

func (m *mutator) integer(v uint64, bits int) uint64 {
	mask := uint64(1)<<bits - 1
	if bits == 64 {
		mask = ^uint64(0)
	}
	switch m.rng.IntN(5) {
	case 0:
		v ^= 1 << m.rng.IntN(bits)
	case 1:
		v++
	case 2:
		v--
	case 3:
		v = []uint64{0, 1, mask, mask >> 1, mask>>1 + 1}[m.rng.IntN(5)]
	default:
		v = m.rng.Uint64()
	}
	return v & mask
}
