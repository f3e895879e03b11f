package market

import (
	"fmt"
	"math/big"
	"strings"
)

// TokenDecimals is the token's number of decimals: amounts are written in GRN with up to 18
// fractional digits and held in base units (1 GRN = 10^18).
const TokenDecimals = 18

// Token amounts are in the token's smallest unit; 1 GRN = 10^18.
var oneToken = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Tokens returns n whole tokens in base units.
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), oneToken) }

// ParseTokens reads a GRN amount such as "12", "0.5" or "1e3"-free decimal "1000.000001" into base
// units. Negative amounts, more than 18 fractional digits and anything but digits and one point are
// refused.
func ParseTokens(s string) (*big.Int, error) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "GRN"))
	whole, frac, hasPoint := strings.Cut(s, ".")
	if whole == "" && frac == "" || hasPoint && frac == "" && whole == "" {
		return nil, fmt.Errorf("market: %q is not a token amount", s)
	}
	if len(frac) > TokenDecimals {
		return nil, fmt.Errorf("market: %q has more than %d decimals", s, TokenDecimals)
	}
	for _, r := range whole + frac {
		if r < '0' || r > '9' {
			return nil, fmt.Errorf("market: %q is not a token amount (digits and one point only)", s)
		}
	}
	v, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", TokenDecimals-len(frac)), 10)
	if !ok {
		return nil, fmt.Errorf("market: %q is not a token amount", s)
	}
	return v, nil
}

// FormatTokens writes base units as GRN without trailing zeros: 1500000000000000000 → "1.5".
func FormatTokens(v *big.Int) string {
	if v == nil {
		return "0"
	}
	neg := v.Sign() < 0
	q, r := new(big.Int).QuoRem(new(big.Int).Abs(v), oneToken, new(big.Int))
	out := q.String()
	if r.Sign() != 0 {
		f := fmt.Sprintf("%018s", r.String())
		out += "." + strings.TrimRight(f, "0")
	}
	if neg {
		out = "-" + out
	}
	return out
}
