package fuzzseed

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	args := []any{[]byte("a\x00\xff\"b\n"), "héllo", true, int8(-3), int16(-300), int32(7), int64(-1 << 40),
		uint8(255), uint16(65535), uint32(1 << 31), uint64(1<<64 - 1)}
	b, err := Encode(args...)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, args) {
		t.Fatalf("round trip:\n got %#v\nwant %#v", got, args)
	}
	if _, err := Encode(3.5); err == nil {
		t.Fatal("float accepted")
	}
	for _, bad := range []string{"", "go test fuzz v2\n", "go test fuzz v1\n[]byte(\"x\"\n", "go test fuzz v1\nint8(300)\n"} {
		if _, err := Decode([]byte(bad)); err == nil {
			t.Errorf("%q decoded", bad)
		}
	}
}

// The exploration CI runs must be the same on every run and keep every argument's type.
func TestMutantsAreDeterministicAndTyped(t *testing.T) {
	seeds := [][]any{
		{[]byte("\x00\x00\x00\x02{}"), uint8(3), "abc", true, int64(-5)},
		{[]byte{}, uint8(0), "", false, int64(0)},
	}
	run := func() [][]any {
		m := &mutator{rng: rand.New(rand.NewPCG(1, 2)), seeds: seeds}
		var out [][]any
		for i := 0; i < 2000; i++ {
			out = append(out, m.mutate(seeds[i%len(seeds)]))
		}
		return out
	}
	a, b := run(), run()
	changed := 0
	for i := range a {
		if !reflect.DeepEqual(a[i], b[i]) {
			t.Fatalf("mutant %d differs between runs: %v vs %v", i, a[i], b[i])
		}
		for j, v := range a[i] {
			if reflect.TypeOf(v) != reflect.TypeOf(seeds[i%len(seeds)][j]) {
				t.Fatalf("mutant %d argument %d: %T, want %T", i, j, v, seeds[i%len(seeds)][j])
			}
		}
		if !reflect.DeepEqual(a[i], seeds[i%len(seeds)]) {
			changed++
		}
		if bs, ok := a[i][0].([]byte); ok && len(bs) > maxMutantLen {
			t.Fatalf("mutant %d is %d bytes", i, len(bs))
		}
	}
	if changed < len(a)*9/10 {
		t.Fatalf("only %d of %d mutants differ from their seed", changed, len(a))
	}
}

// Files written by `go test -fuzz` (kept as seeds) spell uint8 and int32 as byte and rune literals.
func TestDecodeGoFuzzLiterals(t *testing.T) {
	got, err := Decode([]byte("go test fuzz v1\nbyte(',')\nbyte('\\a')\nbyte('\\x00')\nbyte(200)\nrune('é')\nuint64(0)\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []any{uint8(','), uint8(7), uint8(0), uint8(200), int32('é'), uint64(0)}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %#v, want %#v", got, want)
	}
	for _, bad := range []string{"byte(256)", "byte('ab')", "rune('')"} {
		if _, err := Decode([]byte("go test fuzz v1\n" + bad + "\n")); err == nil {
			t.Errorf("%s decoded", bad)
		}
	}
}
