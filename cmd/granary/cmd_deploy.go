package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
)

// marketParamFlags set the market's immutable parameters, defaulting to def.
func marketParamFlags(def market.AgreementParams) []cli.Flag {
	return []cli.Flag{
		&cli.DurationFlag{Name: "period", Value: time.Duration(def.PeriodSeconds) * time.Second, Usage: "length of a period (one heartbeat per obliged farmer per period; at least 1m)"},
		&cli.DurationFlag{Name: "grace", Value: time.Duration(def.GraceSeconds) * time.Second, Usage: "how long after its period a heartbeat is still accepted (at most half a period)"},
		&cli.UintFlag{Name: "sample-bps", Value: uint(def.SampleBps), Usage: "chance that a live agreement is due for a proof in a period, in basis points"},
		&cli.UintFlag{Name: "report-periods", Value: uint(def.ReportPeriods), Usage: "periods after the grace in which a miss can be reported (2..62)"},
		&cli.StringFlag{Name: "min-stake", Value: market.FormatTokens(def.MinStake), Usage: "GRN a farmer keeps staked beyond its collateral"},
		&cli.DurationFlag{Name: "unbonding", Value: time.Duration(def.UnbondingSeconds) * time.Second, Usage: "time between requesting and withdrawing stake (at least report-periods + 2 periods)"},
		&cli.UintFlag{Name: "slash-bps", Value: uint(def.SlashBps), Usage: "share of a farmer's stake slashed per missed period, in basis points"},
		&cli.UintFlag{Name: "bounty-bps", Value: uint(def.ReporterBountyBps), Usage: "share of a slash paid to the reporter, in basis points"},
		&cli.UintFlag{Name: "disqualify-after", Value: uint(def.DisqualifyAfterMisses), Usage: "consecutive missed periods that disqualify a farmer (1..64)"},
		&cli.DurationFlag{Name: "challenge-time", Value: time.Duration(def.ChallengeSeconds) * time.Second, Usage: "time a farmer has to answer a renter's challenge (at least a period)"},
		&cli.StringFlag{Name: "challenge-fee", Value: market.FormatTokens(def.ChallengeFee), Usage: "GRN a renter pays to challenge a farmer (refunded if unanswered)"},
	}
}

// marketParams reads the market parameter flags.
func marketParams(c *cli.Context) (market.AgreementParams, error) {
	ms, err := tokens(c.String("min-stake"))
	if err != nil {
		return market.AgreementParams{}, err
	}
	fee, err := tokens(c.String("challenge-fee"))
	if err != nil {
		return market.AgreementParams{}, err
	}
	secs := func(name string) uint32 { return uint32(c.Duration(name) / time.Second) }
	p := market.AgreementParams{PeriodSeconds: secs("period"), GraceSeconds: secs("grace"), SampleBps: uint16(c.Uint("sample-bps")),
		ReportPeriods: uint16(c.Uint("report-periods")), MinStake: ms, UnbondingSeconds: secs("unbonding"),
		SlashBps: uint16(c.Uint("slash-bps")), ReporterBountyBps: uint16(c.Uint("bounty-bps")),
		DisqualifyAfterMisses: uint8(c.Uint("disqualify-after")), ChallengeSeconds: secs("challenge-time"), ChallengeFee: fee}
	if err := p.Validate(); err != nil {
		return p, usageError{err}
	}
	return p, nil
}

func deployCommand() *cli.Command {
	flags := []cli.Flag{dataDirFlag("deployer"), rpcFlag(), passwordFileFlag(), configFlag(), jsonFlag(), logFlag(),
		&cli.StringFlag{Name: "out", Usage: "deployment file to write (default ./deployment.json)", Value: "deployment.json"},
		&cli.StringFlag{Name: "holder", Usage: "address that receives the whole token supply (default: the deployer)"},
		&cli.StringFlag{Name: "supply", Value: "1000000000", Usage: "GRN minted once, to the holder"},
		&cli.BoolFlag{Name: "force", Usage: "overwrite --out if it exists"},
		&cli.BoolFlag{Name: "force-timing", Usage: "deploy even if --period or --grace is short for the chain's block interval (a chain that seals blocks only on transactions looks slow when idle)"},
	}
	return &cli.Command{
		Name: "deploy",
		Usage: "deploy the token and the market to any JSON-RPC endpoint with the keystore account in --data-dir, " +
			"and write the deployment file (neither contract has an owner: parameters are fixed here, for good)",
		Flags:  append(flags, marketParamFlags(market.MainnetAgreementParams())...),
		Action: deploy,
	}
}

func deploy(c *cli.Context) error {
	e := newEnv(c)
	ctx := c.Context
	out := c.String("out")
	if _, err := os.Stat(out); err == nil && !c.Bool("force") {
		return withCode(exitRefused, fmt.Errorf("%s exists", out), "pass --force to overwrite or choose another --out")
	}
	p, err := marketParams(c)
	if err != nil {
		return err
	}
	supply, err := tokens(c.String("supply"))
	if err != nil {
		return err
	}
	if c.String("rpc") == "" {
		return usagef("--rpc: give the JSON-RPC endpoint to deploy to")
	}
	acct, err := e.account("deployer")
	if err != nil {
		return fmt.Errorf("%w (create one with `granary auditor init --data-dir %s`, or put a keystore file in %s)", err,
			e.dataDir(), e.keystoreDir())
	}
	holder := acct.Address
	if h := c.String("holder"); h != "" {
		if holder, err = parseAddress(h, "--holder"); err != nil {
			return err
		}
	}
	b, err := chain.Dial(ctx, c.String("rpc"))
	if err != nil {
		return err
	}
	defer b.Close()
	id, err := b.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("%w: %v", chain.ErrUnreachable, err)
	}
	if !c.Bool("force-timing") {
		if err := checkTiming(ctx, b, p); err != nil {
			return err
		}
	}
	opts, err := acct.Transactor(id)
	if err != nil {
		return err
	}
	dep, err := chain.DeployAgreements(ctx, b, opts, p, holder, supply)
	if err != nil {
		return err
	}
	dep.RPC = c.String("rpc")
	if dir := filepath.Dir(out); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	if err := chain.WriteDeployment(out, dep); err != nil {
		return err
	}
	return e.emit(dep, func(w io.Writer) {
		fmt.Fprintf(w, "chain %d\ntoken %s (%s to %s)\nmarket %s (from block %d)\nwrote %s\n", dep.ChainID, dep.Token,
			grn(supply), holder, dep.Market, dep.StartBlock, out)
	})
}

// Heartbeat timing: once its period starts, a farmer's heartbeat needs about four blocks (the first
// call of the period records its beacon, the seed is read two blocks later, then the heartbeat is
// mined), and one sent late in the period must still land within the grace, with room for a resend at
// a raised fee. So deploy asks for a grace of at least timingGraceBlocks and a period of at least
// timingPeriodBlocks of the chain's mean block interval.
const (
	timingGraceBlocks  = 8
	timingPeriodBlocks = 16
	timingSample       = 64 // blocks the mean interval is measured over
)

// checkTiming measures the chain's mean block interval over its last blocks and refuses parameters an
// honest farmer's heartbeat may not fit (a usage error naming the least values that fit).
func checkTiming(ctx context.Context, b chain.Backend, p market.AgreementParams) error {
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("%w: %v", chain.ErrUnreachable, err)
	}
	n := head.Number.Uint64()
	if n < 9 {
		return nil // too young a chain to measure
	}
	// Not from the genesis block: its timestamp is whatever the chain's config says (0 on geth --dev).
	back := min(n-1, timingSample)
	old, err := b.HeaderByNumber(ctx, new(big.Int).SetUint64(n-back))
	if err != nil {
		return fmt.Errorf("%w: %v", chain.ErrUnreachable, err)
	}
	interval := time.Duration(float64(head.Time-old.Time) / float64(back) * float64(time.Second))
	needGrace, needPeriod := timingGraceBlocks*interval, timingPeriodBlocks*interval
	grace, period := time.Duration(p.GraceSeconds)*time.Second, time.Duration(p.PeriodSeconds)*time.Second
	if grace < needGrace || period < needPeriod {
		return usagef("--grace %s and --period %s are short for this chain: its blocks come every %s on average (last %d blocks), "+
			"and a heartbeat needs about 4 blocks once its period starts, with room for a resend; use --grace ≥ %s and --period ≥ %s "+
			"(or --force-timing if the chain seals blocks only on transactions: the farmers' pokes then make the blocks)",
			grace, period, interval.Round(100*time.Millisecond), back, needGrace.Round(time.Second), needPeriod.Round(time.Second))
	}
	return nil
}
