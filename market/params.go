// Package market holds Granary's deal rules as pure values and functions: the market parameters, the
// period schedule, and the EIP-712 deal terms both parties sign. It mirrors
// contracts/StorageMarket.sol and does no I/O.
package market

import (
	"errors"
	"fmt"
	"math/big"
)

// Params are the StorageMarket constructor arguments, immutable once deployed.
type Params struct {
	PeriodBlocks           uint64   // length of a period in blocks
	ProofWindow            uint64   // blocks at the end of each period in which its heartbeat is accepted (< 256)
	ChallengesPerHeartbeat uint64   // leaves challenged per heartbeat
	MinStake               *big.Int // free stake a farmer keeps while it holds deals
	UnbondingDelay         uint64   // blocks between requestUnstake and withdrawStake
	MinCollateralBps       uint32   // collateral >= price * periods * bps / 10000
	SlashBps               uint32   // a miss slashes (stake + locked) * bps / 10000 of free stake
	ReporterBountyBps      uint32   // share of a slash paid to its reporter
	DisqualifyAfterMisses  uint32   // consecutive reported misses that disqualify a farmer
}

// Token amounts are in the token's smallest unit; 1 GRN = 10^18.
var oneToken = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Tokens returns n whole tokens in base units.
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), oneToken) }

// DevnetParams are short periods for demos and tests on a chain that mines a block a second or
// faster: a 20-block period with a 10-block proof window.
func DevnetParams() Params {
	return Params{
		PeriodBlocks:           20,
		ProofWindow:            10,
		ChallengesPerHeartbeat: 4,
		MinStake:               Tokens(100),
		UnbondingDelay:         40,
		MinCollateralBps:       20_000, // collateral at least 2x the deal's price, as Sia hosts use
		SlashBps:               500,    // 5% of the farmer's stake per miss
		ReporterBountyBps:      2_000,  // 20% of a slash to the reporter, as Codex validators get
		DisqualifyAfterMisses:  3,
	}
}

// MainnetParams suit 12-second blocks: hourly periods with a 50-minute proof window, so an honest
// farmer with a short outage still proves, and 4 challenges an hour.
func MainnetParams() Params {
	p := DevnetParams()
	p.PeriodBlocks = 300
	p.ProofWindow = 250
	p.MinStake = Tokens(1_000)
	p.UnbondingDelay = 7 * 7200 // a week
	p.SlashBps = 100
	p.DisqualifyAfterMisses = 24
	return p
}

// Validate checks the parameters the way the contract's constructor does.
func (p Params) Validate() error {
	switch {
	case p.PeriodBlocks == 0:
		return errors.New("market: period must be at least one block")
	case p.ProofWindow == 0 || p.ProofWindow >= 256 || p.ProofWindow >= p.PeriodBlocks:
		return fmt.Errorf("market: proof window %d must be in [1, min(255, period-1)]", p.ProofWindow)
	case p.ChallengesPerHeartbeat == 0 || p.ChallengesPerHeartbeat > 64:
		return fmt.Errorf("market: %d challenges per heartbeat, want 1..64", p.ChallengesPerHeartbeat)
	case p.MinStake == nil || p.MinStake.Sign() < 0:
		return errors.New("market: minimum stake must be set")
	case p.SlashBps > 10_000 || p.ReporterBountyBps > 10_000:
		return errors.New("market: basis points above 10000")
	case p.DisqualifyAfterMisses == 0:
		return errors.New("market: disqualification threshold must be at least 1")
	}
	return nil
}

// Schedule places periods on the chain: period p covers blocks [Genesis + p*PeriodBlocks, +PeriodBlocks).
type Schedule struct {
	Genesis uint64 // the block the market was deployed in
	Params
}

// PeriodAt returns the period block b falls in (b >= Genesis).
func (s Schedule) PeriodAt(b uint64) uint32 {
	if b < s.Genesis {
		return 0
	}
	return uint32((b - s.Genesis) / s.PeriodBlocks)
}

// PeriodStart returns the first block of period p.
func (s Schedule) PeriodStart(p uint32) uint64 { return s.Genesis + uint64(p)*s.PeriodBlocks }

// SeedBlock returns the block whose hash seeds period p's challenges.
func (s Schedule) SeedBlock(p uint32) uint64 {
	return s.PeriodStart(p) + s.PeriodBlocks - s.ProofWindow - 1
}

// ProofWindowOf returns the first and last block in which period p's heartbeat is accepted.
func (s Schedule) ProofWindowOf(p uint32) (first, last uint64) {
	return s.SeedBlock(p) + 1, s.PeriodStart(p+1) - 1
}

// ReportWindow returns the first and last block in which a missed heartbeat of period p can be reported.
func (s Schedule) ReportWindow(p uint32) (first, last uint64) {
	return s.PeriodStart(p + 1), s.SeedBlock(p + 1)
}
