// Package fuzzseed keeps the seed corpora of Granary's fuzz targets in testdata/fuzz/<Target>/, in
// the format `go test` reads ("go test fuzz v1"). Seeds are made by the code that encodes the
// inputs (a real proposal, a real manifest, a real export, a genuine proof), so every target starts
// from valid inputs and mutates from there, and plain `go test` runs each seed as a unit test.
//
// Each package's TestSeedCorpus calls Sync: it fails when a committed seed is missing or no longer
// what the encoder produces (an encoding changed), and rewrites the files when run with
// GRANARY_UPDATE_SEEDS=1:
//
//	GRANARY_UPDATE_SEEDS=1 go test -run TestSeedCorpus ./node/proto
package fuzzseed

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// UpdateEnv is the environment variable that makes Sync write the seed files.
const UpdateEnv = "GRANARY_UPDATE_SEEDS"

const header = "go test fuzz v1\n"

// Seed is one input of a fuzz target: the arguments of its fuzz function, in order.
type Seed struct {
	Name string
	Args []any
	// Valid, if set, accepts a committed file whose bytes differ from Args (for encoders with random
	// parts, such as an export's salt): the file is kept if Valid accepts its arguments.
	Valid func(args []any) error
}

// Dir returns the seed directory of target (relative to the package directory, where tests run).
func Dir(target string) string { return filepath.Join("testdata", "fuzz", target) }

// Sync checks (or, with GRANARY_UPDATE_SEEDS=1, writes) the seed files of target.
func Sync(t testing.TB, target string, seeds []Seed) {
	t.Helper()
	update := os.Getenv(UpdateEnv) == "1"
	for _, s := range seeds {
		want, err := Encode(s.Args...)
		if err != nil {
			t.Fatalf("%s/%s: %v", target, s.Name, err)
		}
		path := filepath.Join(Dir(target), s.Name)
		got, err := os.ReadFile(path)
		switch {
		case err == nil && bytes.Equal(got, want):
			continue
		case err == nil && s.Valid != nil:
			args, perr := Decode(got)
			if perr == nil {
				perr = s.Valid(args)
			}
			if perr == nil {
				continue
			}
			if !update {
				t.Errorf("seed %s is no longer valid (%v): rerun with %s=1", path, perr, UpdateEnv)
				continue
			}
		case !update:
			t.Errorf("seed %s is missing or stale: rerun with %s=1", path, UpdateEnv)
			continue
		}
		if err := os.MkdirAll(Dir(target), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", path)
	}
}

// Encode renders fuzz arguments in the corpus file format. It supports the argument types Granary's
// targets use: []byte, string, bool and the sized integer types.
func Encode(args ...any) ([]byte, error) {
	var b strings.Builder
	b.WriteString(header)
	for i, a := range args {
		switch v := a.(type) {
		case []byte:
			fmt.Fprintf(&b, "[]byte(%s)\n", strconv.Quote(string(v)))
		case string:
			fmt.Fprintf(&b, "string(%s)\n", strconv.Quote(v))
		case bool:
			fmt.Fprintf(&b, "bool(%t)\n", v)
		case int8, int16, int32, int64, uint8, uint16, uint32, uint64:
			fmt.Fprintf(&b, "%T(%d)\n", v, v)
		default:
			return nil, fmt.Errorf("fuzzseed: argument %d: unsupported type %T", i, a)
		}
	}
	return []byte(b.String()), nil
}

// Decode parses a corpus file written by Encode.
func Decode(file []byte) ([]any, error) {
	lines := strings.Split(strings.TrimSuffix(string(file), "\n"), "\n")
	if len(lines) == 0 || lines[0]+"\n" != header {
		return nil, fmt.Errorf("fuzzseed: not a %q file", strings.TrimSpace(header))
	}
	var out []any
	for i, l := range lines[1:] {
		typ, rest, ok := strings.Cut(l, "(")
		if !ok || !strings.HasSuffix(rest, ")") {
			return nil, fmt.Errorf("fuzzseed: line %d: %q", i+2, l)
		}
		lit := strings.TrimSuffix(rest, ")")
		v, err := parse(typ, lit)
		if err != nil {
			return nil, fmt.Errorf("fuzzseed: line %d: %w", i+2, err)
		}
		out = append(out, v)
	}
	return out, nil
}

func parse(typ, lit string) (any, error) {
	switch typ {
	case "[]byte", "string":
		s, err := strconv.Unquote(lit)
		if err != nil {
			return nil, err
		}
		if typ == "string" {
			return s, nil
		}
		return []byte(s), nil
	case "bool":
		return strconv.ParseBool(lit)
	case "byte", "rune":
		// How `go test -fuzz` writes uint8 and int32 arguments: byte('\x01'), rune('a'), or a number.
		var v int64
		if strings.HasPrefix(lit, "'") {
			r, _, tail, err := strconv.UnquoteChar(strings.TrimSuffix(strings.TrimPrefix(lit, "'"), "'"), '\'')
			if err != nil || tail != "" {
				return nil, fmt.Errorf("bad %s literal %s", typ, lit)
			}
			v = int64(r)
		} else {
			n, err := strconv.ParseInt(lit, 0, 64)
			if err != nil {
				return nil, err
			}
			v = n
		}
		if typ == "byte" {
			if v < 0 || v > 255 {
				return nil, fmt.Errorf("byte literal %s out of range", lit)
			}
			return uint8(v), nil
		}
		return int32(v), nil
	}
	bits := map[string]int{"int8": 8, "int16": 16, "int32": 32, "int64": 64, "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64}
	n, ok := bits[typ]
	if !ok {
		return nil, fmt.Errorf("unsupported type %s", typ)
	}
	if strings.HasPrefix(typ, "u") {
		v, err := strconv.ParseUint(lit, 10, n)
		if err != nil {
			return nil, err
		}
		switch n {
		case 8:
			return uint8(v), nil
		case 16:
			return uint16(v), nil
		case 32:
			return uint32(v), nil
		}
		return v, nil
	}
	v, err := strconv.ParseInt(lit, 10, n)
	if err != nil {
		return nil, err
	}
	switch n {
	case 8:
		return int8(v), nil
	case 16:
		return int16(v), nil
	case 32:
		return int32(v), nil
	}
	return v, nil
}
