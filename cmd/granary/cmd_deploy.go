package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
)

// marketParamFlags set the market's immutable parameters, defaulting to def.
func marketParamFlags(def market.Params) []cli.Flag {
	return []cli.Flag{
		&cli.Uint64Flag{Name: "period-blocks", Value: def.PeriodBlocks, Usage: "blocks per period (one heartbeat per farmer per period)"},
		&cli.Uint64Flag{Name: "proof-window", Value: def.ProofWindow, Usage: "blocks at the end of a period in which its heartbeat is accepted (< 256)"},
		&cli.Uint64Flag{Name: "challenges", Value: def.ChallengesPerHeartbeat, Usage: "leaves challenged per heartbeat"},
		&cli.StringFlag{Name: "min-stake", Value: market.FormatTokens(def.MinStake), Usage: "GRN a farmer must keep staked"},
		&cli.Uint64Flag{Name: "unbonding-delay", Value: def.UnbondingDelay, Usage: "blocks between requesting and withdrawing stake"},
		&cli.UintFlag{Name: "min-collateral-bps", Value: uint(def.MinCollateralBps), Usage: "least collateral per deal, in basis points of its escrow"},
		&cli.UintFlag{Name: "slash-bps", Value: uint(def.SlashBps), Usage: "share of a farmer's stake slashed per missed period, in basis points"},
		&cli.UintFlag{Name: "bounty-bps", Value: uint(def.ReporterBountyBps), Usage: "share of a slash paid to the reporter, in basis points"},
		&cli.UintFlag{Name: "disqualify-after", Value: uint(def.DisqualifyAfterMisses), Usage: "consecutive reported misses that disqualify a farmer"},
	}
}

// marketParams reads the market parameter flags.
func marketParams(c *cli.Context) (market.Params, error) {
	ms, err := tokens(c.String("min-stake"))
	if err != nil {
		return market.Params{}, err
	}
	p := market.Params{PeriodBlocks: c.Uint64("period-blocks"), ProofWindow: c.Uint64("proof-window"),
		ChallengesPerHeartbeat: c.Uint64("challenges"), MinStake: ms, UnbondingDelay: c.Uint64("unbonding-delay"),
		MinCollateralBps: uint32(c.Uint("min-collateral-bps")), SlashBps: uint32(c.Uint("slash-bps")),
		ReporterBountyBps: uint32(c.Uint("bounty-bps")), DisqualifyAfterMisses: uint32(c.Uint("disqualify-after"))}
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
	}
	return &cli.Command{
		Name: "deploy",
		Usage: "deploy the token and the market to any JSON-RPC endpoint with the keystore account in --data-dir, " +
			"and write the deployment file (neither contract has an owner: parameters are fixed here, for good)",
		Flags:  append(flags, marketParamFlags(market.MainnetParams())...),
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
	opts, err := acct.Transactor(id)
	if err != nil {
		return err
	}
	dep, err := chain.Deploy(ctx, b, opts, p, holder, supply)
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
