package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/devnet"
	"github.com/granary-network/granary/node/heartbeat"
)

func devnetCommand() *cli.Command {
	flags := append([]cli.Flag{dataDirFlag("devnet"), passwordFileFlag(), configFlag(), jsonFlag(), logFlag(),
		&cli.StringFlag{Name: "listen", Value: "127.0.0.1:8545", Usage: "host:port of the JSON-RPC endpoint (HTTP and WebSocket)"},
		&cli.DurationFlag{Name: "idle", Value: 500 * time.Millisecond, Usage: "seal an empty block after this much quiet, so periods pass"},
		&cli.IntFlag{Name: "accounts", Value: 10, Usage: "dev accounts created and funded at the first start"},
		&cli.IntFlag{Name: "farmers", Usage: "run this many farmers in this process (dev accounts 1..N)"},
	}, marketParamFlags(market.DevnetAgreementParams())...)
	return &cli.Command{
		Name: "devnet",
		Usage: "run a local Ethereum chain with the contracts deployed and dev accounts funded " +
			"(restarting it from the same --data-dir continues the chain)",
		Flags:  flags,
		Action: devnetRun,
		Subcommands: []*cli.Command{
			{
				Name:      "fund",
				Usage:     "send ether and GRN from the devnet's faucet to ADDRESS",
				ArgsUsage: "ADDRESS",
				Flags: []cli.Flag{dataDirFlag("devnet"), configFlag(), jsonFlag(), logFlag(),
					&cli.StringFlag{Name: "ether", Value: "10", Usage: "ether to send"},
					&cli.StringFlag{Name: "tokens", Value: "10000", Usage: "GRN to send"}},
				Action: devnetFund,
			},
			{
				Name: "warp",
				Usage: "move a running devnet's clock forward by DURATION (e.g. 1m), or to the start of the next period " +
					"with --next-period: periods minutes long pass in a moment (the JSON-RPC method devnet_warp)",
				ArgsUsage: "[DURATION]",
				Flags: []cli.Flag{dataDirFlag("devnet"), rpcFlag(), configFlag(), jsonFlag(), logFlag(),
					&cli.BoolFlag{Name: "next-period", Usage: "to the first second of the next market period"}},
				Action: devnetWarp,
			},
		},
	}
}

// devnetPassword is the dev accounts' password. A devnet first started without one uses "devnet",
// kept in <data-dir>/password, for good (whatever GRANARY_PASSWORD says later); otherwise it is the
// user's (GRANARY_PASSWORD or --password-file), never written down.
func devnetPassword(e *env) string {
	if b, err := os.ReadFile(filepath.Join(e.dataDir(), devnet.PasswordFile)); err == nil {
		return strings.TrimSpace(string(b))
	}
	if p, err := e.password(); err == nil {
		return p
	}
	return ""
}

func devnetRun(c *cli.Context) error {
	e := newEnv(c)
	if c.NArg() > 0 {
		return usagef("no command %q under devnet (see granary devnet --help)", c.Args().First())
	}
	params, err := marketParams(c)
	if err != nil {
		return err
	}
	ctx, stop := signalContext(c.Context)
	defer stop()
	pwd := devnetPassword(e)
	d, err := devnet.Start(ctx, devnet.Config{DataDir: e.dataDir(), Listen: c.String("listen"), Idle: c.Duration("idle"),
		Params: params, DevAccounts: c.Int("accounts"), Password: pwd, Logger: e.log})
	if err != nil {
		if strings.Contains(err.Error(), "address already in use") {
			return withCode(exitRefused, err, "another devnet is running; stop it or pass --listen 127.0.0.1:8546")
		}
		return err
	}
	defer d.Close()
	if pwd == "" {
		pwd = "devnet"
	}
	dep := d.Deployment()
	depPath := filepath.Join(e.dataDir(), devnet.DeploymentFile)
	accounts := []string{}
	for i := 1; i <= c.Int("accounts"); i++ {
		if a, err := chain.OpenAccount(filepath.Join(d.AccountDir(i), "keystore"), [20]byte{}, pwd); err == nil {
			accounts = append(accounts, a.Address.Hex())
		}
	}
	var farmers []*farmerNode
	defer func() {
		for _, f := range farmers {
			f.Close()
		}
	}()
	for i := 1; i <= c.Int("farmers"); i++ {
		f, err := startDevFarmer(ctx, d, i, pwd, e)
		if err != nil {
			return fmt.Errorf("farmer %d: %w", i, err)
		}
		farmers = append(farmers, f)
	}
	info := map[string]any{"rpc": d.HTTPURL(), "ws": d.WSURL(), "deployment": depPath, "chainId": dep.ChainID,
		"token": dep.Token.Hex(), "market": dep.Market.Hex(), "accounts": accounts, "accountsDir": filepath.Join(e.dataDir(), devnet.AccountsDir),
		"farmers": len(farmers)}
	if err := e.emit(info, func(w io.Writer) {
		fmt.Fprintf(w, "devnet running (Ctrl-C to stop; the chain stays in %s)\n", e.dataDir())
		fmt.Fprintf(w, "JSON-RPC\t%s\t%s\n", d.HTTPURL(), d.WSURL())
		fmt.Fprintf(w, "deployment\t%s\n", depPath)
		fmt.Fprintf(w, "market\t%s (token %s, chain %d)\n", dep.Market.Hex(), dep.Token.Hex(), dep.ChainID)
		fmt.Fprintf(w, "dev accounts\t%d in %s/devN (each a node --data-dir; password: %s)\n", len(accounts),
			filepath.Join(e.dataDir(), devnet.AccountsDir), passwordHint(e))
		for i, a := range accounts {
			role := ""
			if i < len(farmers) {
				role = "farmer (running here)"
			}
			fmt.Fprintf(w, "  dev%d\t%s\t%s\n", i+1, a, role)
		}
	}); err != nil {
		return err
	}
	<-ctx.Done()
	e.log.Info("devnet stopping")
	return nil
}

func passwordHint(e *env) string {
	if _, err := os.Stat(filepath.Join(e.dataDir(), devnet.PasswordFile)); err == nil {
		return "in " + filepath.Join(e.dataDir(), devnet.PasswordFile)
	}
	if e.c.String("password-file") != "" {
		return "the one in " + e.c.String("password-file")
	}
	if _, ok := os.LookupEnv("GRANARY_PASSWORD"); ok {
		return "$GRANARY_PASSWORD"
	}
	return "devnet"
}

// devFarmerPrice is what the devnet's farmers ask, in GRN per GiB per period.
const devFarmerPrice = 10

// startDevFarmer runs dev account i as a farmer inside the devnet process: staked, announced on a
// loopback address, proving every period.
func startDevFarmer(ctx context.Context, d *devnet.Devnet, i int, pwd string, e *env) (*farmerNode, error) {
	dir := d.AccountDir(i)
	acct, err := chain.OpenAccount(filepath.Join(dir, "keystore"), [20]byte{}, pwd)
	if err != nil {
		return nil, err
	}
	dep := d.Deployment()
	opts, err := acct.Transactor(new(big.Int).SetUint64(dep.ChainID))
	if err != nil {
		return nil, err
	}
	cl, err := chain.NewAgreementClient(ctx, d.Client(), dep, opts, chain.WithPollInterval(20*time.Millisecond), chain.WithReplaceAfter(5*time.Second))
	if err != nil {
		return nil, err
	}
	info, err := cl.Farmer(ctx, acct.Address)
	if err != nil {
		return nil, err
	}
	// Half the dev account's tokens: enough to back the collateral of large demo files.
	want := new(big.Int).Div(devnet.DevTokens, big.NewInt(2))
	if have := new(big.Int).Add(info.Stake, info.Locked); have.Cmp(want) < 0 {
		if err := cl.Stake(ctx, new(big.Int).Sub(want, have)); err != nil {
			return nil, err
		}
	}
	cfg := farmerConfig{DataDir: dir, Client: cl, Key: acct, Listen: []string{"/ip4/127.0.0.1/tcp/0"},
		Capacity: 1 << 30, Policy: farmerPolicy(market.Tokens(devFarmerPrice), 1, 100_000, 3),
		Heartbeat: heartbeat.Config{Poll: 200 * time.Millisecond, PokeAfter: 2 * time.Second, ChallengeEvery: 5 * time.Second, ClaimEvery: 30, PokeJitter: 500 * time.Millisecond},
		Log:       e.log.With("dev", i)}
	// Listen where the farmer did last time, so a restarted devnet need not announce again.
	remembered := filepath.Join(dir, "listen")
	if b, err := os.ReadFile(remembered); err == nil {
		cfg.Listen = []string{strings.TrimSpace(string(b))}
		if n, err := startFarmer(ctx, cfg); err == nil {
			return n, nil
		}
		cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0"} // the port is taken: take another
	}
	n, err := startFarmer(ctx, cfg)
	if err == nil && len(n.Host.Addrs()) > 0 {
		_ = os.WriteFile(remembered, []byte(n.Host.Addrs()[0].String()+"\n"), 0o600)
	}
	return n, err
}

func devnetFund(c *cli.Context) error {
	e := newEnv(c)
	ctx := c.Context
	to, err := arg(c, 0, "ADDRESS")
	if err != nil {
		return err
	}
	addr, err := parseAddress(to, "ADDRESS")
	if err != nil {
		return err
	}
	eth, err := tokens(c.String("ether")) // ether has 18 decimals too
	if err != nil {
		return err
	}
	grnAmt, err := tokens(c.String("tokens"))
	if err != nil {
		return err
	}
	key, err := devnet.FaucetKey(e.dataDir())
	if err != nil {
		return withCode(exitNotFound, err, "pass the devnet's --data-dir")
	}
	dep, err := chain.ReadDeployment(filepath.Join(e.dataDir(), devnet.DeploymentFile))
	if err != nil {
		return err
	}
	b, err := chain.Dial(ctx, dep.RPC)
	if err != nil {
		return err
	}
	defer b.Close()
	if err := devnet.SendEther(ctx, b, key, addr, eth); err != nil {
		return fmt.Errorf("send ether: %w", err)
	}
	opts, err := chain.Account{Key: key}.Transactor(new(big.Int).SetUint64(dep.ChainID))
	if err != nil {
		return err
	}
	cl, err := chain.NewAgreementClient(ctx, b, dep, opts, chain.WithPollInterval(20*time.Millisecond))
	if err != nil {
		return err
	}
	if err := cl.Transfer(ctx, addr, grnAmt); err != nil {
		return err
	}
	return e.emit(map[string]string{"to": addr.Hex(), "ether": eth.String(), "tokens": grnAmt.String()}, func(w io.Writer) {
		fmt.Fprintf(w, "sent %s ETH and %s to %s\n", market.FormatTokens(eth), grn(grnAmt), addr.Hex())
	})
}

func devnetWarp(c *cli.Context) error {
	e := newEnv(c)
	ctx := c.Context
	dep, err := chain.ReadDeployment(filepath.Join(e.dataDir(), devnet.DeploymentFile))
	if err != nil {
		return withCode(exitNotFound, err, "pass the devnet's --data-dir")
	}
	b, err := e.dial(ctx, dep)
	if err != nil {
		return err
	}
	defer b.Close()
	cl, err := chain.NewAgreementClient(ctx, b, dep, nil)
	if err != nil {
		return err
	}
	var method string
	var arg uint64
	switch {
	case c.Bool("next-period") && c.NArg() == 0:
		h, err := cl.Head(ctx)
		if err != nil {
			return err
		}
		method, arg = "devnet_warpTo", cl.Schedule().PeriodStart(h.Period+1)
	case !c.Bool("next-period") && c.NArg() == 1:
		d, err := time.ParseDuration(c.Args().First())
		if err != nil || d < time.Second {
			return usagef("DURATION %q: give a duration of at least 1s, like 90s or 5m", c.Args().First())
		}
		method, arg = "devnet_warp", uint64(d/time.Second)
	default:
		return usagef("give a DURATION or --next-period")
	}
	var t uint64
	if err := b.Client().CallContext(ctx, &t, method, arg); err != nil {
		return fmt.Errorf("%s (is %s a devnet started by `granary devnet`?): %w", method, dep.RPC, err)
	}
	h, err := cl.Head(ctx)
	if err != nil {
		return err
	}
	return e.emit(map[string]any{"time": t, "period": h.Period}, func(w io.Writer) {
		fmt.Fprintf(w, "the devnet's clock is at %s (period %d)\n", time.Unix(int64(t), 0).Local().Format(time.DateTime), h.Period)
	})
}
