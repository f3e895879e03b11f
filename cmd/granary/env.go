package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
)

// Flags shared by several commands. Each command gets fresh flag values (urfave/cli keeps state in
// them), hence functions.

func homeDir() string {
	if h, err := os.UserHomeDir(); err == nil {
		return h
	}
	return "."
}

func defaultDir(role string) string { return filepath.Join(homeDir(), ".granary", role) }

func dataDirFlag(role string) cli.Flag {
	return &cli.StringFlag{Name: "data-dir", EnvVars: []string{"GRANARY_DATA_DIR"}, Value: defaultDir(role),
		Usage: "directory holding this " + role + "'s keys and data"}
}

func rpcFlag() cli.Flag {
	return &cli.StringFlag{Name: "rpc", EnvVars: []string{"GRANARY_RPC"},
		Usage: "Ethereum JSON-RPC endpoint (http, ws or ipc); default: the deployment file's, else http://127.0.0.1:8545"}
}

func deploymentFlag() cli.Flag {
	return &cli.StringFlag{Name: "deployment", EnvVars: []string{"GRANARY_DEPLOYMENT"},
		Value: filepath.Join(defaultDir("devnet"), "deployment.json"),
		Usage: "deployment file (chain id, contract addresses) written by `granary devnet` or `granary deploy`"}
}

func passwordFileFlag() cli.Flag {
	return &cli.StringFlag{Name: "password-file", EnvVars: []string{"GRANARY_PASSWORD_FILE"},
		Usage: "file whose first line is the keystore password (or set GRANARY_PASSWORD)"}
}

func configFlag() cli.Flag {
	return &cli.StringFlag{Name: "config", EnvVars: []string{"GRANARY_CONFIG"},
		Usage: "JSON config file of flag values (default <data-dir>/config.json if present)"}
}

func jsonFlag() cli.Flag {
	return &cli.BoolFlag{Name: "json", EnvVars: []string{"GRANARY_JSON"}, Usage: "machine-readable output"}
}

func logFlag() cli.Flag { return logFlagDefault("info") }

func logFlagDefault(level string) cli.Flag {
	return &cli.StringFlag{Name: "log-level", EnvVars: []string{"GRANARY_LOG_LEVEL"}, Value: level,
		Usage: "debug, info, warn or error (logs go to stderr)"}
}

// chainFlags are the flags of every command that talks to the market.
func chainFlags(role string) []cli.Flag {
	level := "info" // long-running farmers and auditors say what they do
	if role == "renter" {
		level = "warn" // one-shot commands print their result, not their steps
	}
	return []cli.Flag{dataDirFlag(role), rpcFlag(), deploymentFlag(), passwordFileFlag(), configFlag(), jsonFlag(), logFlagDefault(level)}
}

// prepare walks the command tree: leaf commands read the config file before they run, and
// every command reports flag mistakes as usage errors.
func prepare(c *cli.Command, unknown *bool, stderr io.Writer) {
	c.OnUsageError = func(_ *cli.Context, err error, _ bool) error { return usageError{err} }
	if len(c.Subcommands) > 0 {
		for _, s := range c.Subcommands {
			prepare(s, unknown, stderr)
		}
		return
	}
	before := c.Before
	c.Before = func(ctx *cli.Context) error {
		// urfave/cli stops reading flags at the first argument; a flag after one would be taken
		// as an argument and silently ignored.
		for _, a := range ctx.Args().Slice() {
			if len(a) > 1 && a[0] == '-' {
				return usagef("flag %s comes after an argument: put flags before arguments", a)
			}
		}
		if err := applyConfig(ctx); err != nil {
			return err
		}
		if before != nil {
			return before(ctx)
		}
		return nil
	}
}

// applyConfig fills the flags not given on the command line or in the environment from the config
// file: flags > GRANARY_* environment > config file > defaults.
func applyConfig(c *cli.Context) error {
	has := map[string]bool{}
	for _, f := range c.Command.Flags {
		for _, n := range f.Names() {
			has[n] = true
		}
	}
	if !has["config"] {
		return nil
	}
	path, explicit := c.String("config"), c.IsSet("config")
	if path == "" && has["data-dir"] {
		path = filepath.Join(c.String("data-dir"), "config.json")
	}
	if path == "" {
		return nil
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) && !explicit {
		return nil
	} else if err != nil {
		return withCode(exitNotFound, fmt.Errorf("config file: %w", err), "")
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return usagef("config file %s is not a JSON object of flag values: %v", path, err)
	}
	for k, v := range m {
		if !has[k] || c.IsSet(k) || k == "config" {
			continue
		}
		vals := []any{v}
		if arr, ok := v.([]any); ok {
			vals = arr
		}
		for _, v := range vals {
			if err := c.Set(k, fmt.Sprint(v)); err != nil {
				return usagef("config file %s: %s: %v", path, k, err)
			}
		}
	}
	return nil
}

// env is what a command needs from its context.
type env struct {
	c    *cli.Context
	out  io.Writer
	json bool
	log  *slog.Logger
}

func newEnv(c *cli.Context) *env {
	lvl := slog.LevelInfo
	if c.IsSet("log-level") || c.String("log-level") != "" {
		_ = lvl.UnmarshalText([]byte(c.String("log-level")))
	}
	return &env{c: c, out: c.App.Writer, json: c.Bool("json"),
		log: slog.New(slog.NewTextHandler(c.App.ErrWriter, &slog.HandlerOptions{Level: lvl}))}
}

// quietLogger logs warnings and errors only.
func quietLogger(c *cli.Context) *slog.Logger {
	return slog.New(slog.NewTextHandler(c.App.ErrWriter, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

func (e *env) dataDir() string { return e.c.String("data-dir") }

func (e *env) keystoreDir() string { return filepath.Join(e.dataDir(), "keystore") }

// password reads the keystore password from GRANARY_PASSWORD or --password-file.
func (e *env) password() (string, error) {
	if f := e.c.String("password-file"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", withCode(exitCredentials, fmt.Errorf("password file: %w", err), "")
		}
		line, _, _ := strings.Cut(string(b), "\n")
		return strings.TrimRight(line, "\r"), nil
	}
	if p := os.Getenv("GRANARY_PASSWORD"); p != "" {
		return p, nil
	}
	return "", errNoPassword
}

// account opens the data directory's keystore account (from the session, if GRANARY_SESSION is set).
func (e *env) account(role string) (chain.Account, error) {
	if _, err := os.Stat(e.keystoreDir()); errors.Is(err, os.ErrNotExist) {
		return chain.Account{}, fmt.Errorf("%w in %s: run `granary %s init --data-dir %s` first", errNoAccount,
			e.dataDir(), role, e.dataDir())
	}
	if acct, _, err := e.session(role); err != nil || acct != nil {
		if acct == nil {
			return chain.Account{}, err
		}
		return *acct, nil
	}
	pwd, err := e.password()
	if err != nil {
		return chain.Account{}, err
	}
	return chain.OpenAccount(e.keystoreDir(), [20]byte{}, pwd)
}

// address returns the data directory's account address without unlocking the key (no password,
// no key derivation): for commands that only read.
func (e *env) address(role string) (common.Address, error) {
	if _, err := os.Stat(e.keystoreDir()); errors.Is(err, os.ErrNotExist) {
		return common.Address{}, fmt.Errorf("%w in %s: run `granary %s init --data-dir %s` first", errNoAccount,
			e.dataDir(), role, e.dataDir())
	}
	return chain.AccountAddress(e.keystoreDir())
}

// deployment reads the deployment file.
func (e *env) deployment() (chain.Deployment, error) {
	return chain.ReadDeployment(e.c.String("deployment"))
}

// dial connects to the chain the deployment lives on.
func (e *env) dial(ctx context.Context, dep chain.Deployment) (*ethclient.Client, error) {
	url := e.c.String("rpc")
	if url == "" {
		url = dep.RPC
	}
	if url == "" {
		url = "http://127.0.0.1:8545"
	}
	return chain.Dial(ctx, url)
}

// client connects to the market, signing with the data directory's account when role is not "".
func (e *env) client(ctx context.Context, role string) (*chain.AgreementClient, chain.Account, error) {
	dep, err := e.deployment()
	if err != nil {
		return nil, chain.Account{}, err
	}
	var acct chain.Account
	if role != "" {
		if acct, err = e.account(role); err != nil {
			return nil, acct, err
		}
	}
	b, err := e.dial(ctx, dep)
	if err != nil {
		return nil, acct, err
	}
	if role == "" {
		c, err := chain.NewAgreementClient(ctx, b, dep, nil)
		return c, acct, err
	}
	opts, err := acct.Transactor(new(big.Int).SetUint64(dep.ChainID))
	if err != nil {
		return nil, acct, err
	}
	c, err := chain.NewAgreementClient(ctx, b, dep, opts, chain.WithPollInterval(pollFor(dep)), chain.WithReplaceAfter(replaceAfter(dep)))
	return c, acct, err
}

// replaceAfter is how long a transaction may wait unmined before it is resent with a higher fee:
// a few block times (a devnet seals within a second; Ethereum every 12 s).
func replaceAfter(dep chain.Deployment) time.Duration {
	if pollFor(dep) < time.Second {
		return 5 * time.Second
	}
	return 45 * time.Second
}

// pollFor picks how often to look for receipts: fast on a local devnet, gentle on a public chain.
func pollFor(dep chain.Deployment) time.Duration {
	if strings.Contains(dep.RPC, "127.0.0.1") || strings.Contains(dep.RPC, "localhost") {
		return 50 * time.Millisecond
	}
	return time.Second
}

// emit prints v as JSON with --json, else calls text.
func (e *env) emit(v any, text func(w io.Writer)) error {
	if e.json {
		enc := json.NewEncoder(e.out)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	tw := tabwriter.NewWriter(e.out, 0, 2, 2, ' ', 0)
	text(tw)
	return tw.Flush()
}

// arg returns the i-th positional argument or a usage error naming it.
func arg(c *cli.Context, i int, name string) (string, error) {
	if c.NArg() <= i {
		return "", usagef("missing %s", name)
	}
	return c.Args().Get(i), nil
}

func tokens(s string) (*big.Int, error) {
	v, err := market.ParseTokens(s)
	if err != nil {
		return nil, usageError{err}
	}
	return v, nil
}

// parseSize reads sizes like 1073741824, 512MiB, 1GiB, 10GB.
func parseSize(s string) (uint64, error) {
	s = strings.TrimSpace(s)
	units := []struct {
		suffix string
		mult   uint64
	}{{"TiB", 1 << 40}, {"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10},
		{"TB", 1e12}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"B", 1}}
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			n, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), 64)
			if err != nil || n < 0 {
				return 0, usagef("bad size %q", s)
			}
			return uint64(n * float64(u.mult)), nil
		}
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, usagef("bad size %q (use e.g. 512MiB, 1GiB)", s)
	}
	return n, nil
}

// formatBytes writes n as a short binary size.
func formatBytes(n uint64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := uint64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

func grn(v *big.Int) string { return market.FormatTokens(v) + " GRN" }
