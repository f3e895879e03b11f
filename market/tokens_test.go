package market

import (
	"math/big"
	"testing"
)

func TestParseFormatTokens(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // base units
		out  string // formatted back
	}{
		{"1", "1000000000000000000", "1"},
		{"0.5", "500000000000000000", "0.5"},
		{".25", "250000000000000000", "0.25"},
		{"12.", "12000000000000000000", "12"},
		{"100 GRN", "100000000000000000000", "100"},
		{"0.000000000000000001", "1", "0.000000000000000001"},
		{"0", "0", "0"},
	} {
		v, err := ParseTokens(tc.in)
		if err != nil {
			t.Fatalf("%q: %v", tc.in, err)
		}
		if v.String() != tc.want {
			t.Fatalf("%q = %s, want %s", tc.in, v, tc.want)
		}
		if got := FormatTokens(v); got != tc.out {
			t.Fatalf("format %s = %q, want %q", v, got, tc.out)
		}
	}
	for _, bad := range []string{"", ".", "-1", "1.2.3", "1e18", "abc", "0.0000000000000000001", " 1 2"} {
		if v, err := ParseTokens(bad); err == nil {
			t.Fatalf("%q parsed as %s", bad, v)
		}
	}
	if got := FormatTokens(big.NewInt(-1500)); got != "-0.0000000000000015" {
		t.Fatalf("negative: %q", got)
	}
}
