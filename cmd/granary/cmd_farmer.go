package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/urfave/cli/v2"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/dashboard"
	ghost "github.com/granary-network/granary/node/host"
	"github.com/granary-network/granary/node/prover"
	"github.com/granary-network/granary/node/storage"
)

func lightKDFFlag() cli.Flag {
	return &cli.BoolFlag{Name: "light-kdf", Usage: "encrypt keys with light scrypt parameters (fast, weaker; for devnets and tests)"}
}

func farmerOfferFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "price", Value: "1", Usage: "least price in GRN per GiB per period"},
		&cli.StringFlag{Name: "capacity", Value: "10GiB", Usage: "disk space offered"},
		&cli.StringSliceFlag{Name: "announce", Usage: "multiaddrs to announce instead of the host's own (repeatable)"},
	}
}

func farmerCommand() *cli.Command {
	flags := chainFlags("farmer")
	return &cli.Command{
		Name:  "farmer",
		Usage: "rent out disk space: stake, announce, store shards and prove them every period",
		Subcommands: []*cli.Command{
			{
				Name:   "init",
				Usage:  "create the farmer's account (keystore) and libp2p identity; never overwrites keys",
				Flags:  append(flags, lightKDFFlag()),
				Action: func(c *cli.Context) error { return initNode(c, "farmer") },
			},
			{
				Name:      "stake",
				Usage:     "stake GRN (approves the market, then stakes)",
				ArgsUsage: "AMOUNT",
				Flags:     flags,
				Action:    farmerStake,
			},
			{
				Name:  "announce",
				Usage: "publish the farmer's peer id, addresses, price and capacity (`farmer run` does it when they change)",
				Flags: append(flags, farmerOfferFlags()...),
				Action: func(c *cli.Context) error {
					return farmerAnnounce(c)
				},
			},
			{
				Name:  "run",
				Usage: "serve deals and shards and send a heartbeat every period until interrupted",
				Flags: append(append(append(flags, farmerOfferFlags()...),
					&cli.StringSliceFlag{Name: "listen", Value: cli.NewStringSlice("/ip4/0.0.0.0/tcp/7070", "/ip4/0.0.0.0/udp/7070/quic-v1"),
						Usage: "libp2p listen multiaddrs (repeatable)"},
					&cli.UintFlag{Name: "min-periods", Value: 1, Usage: "shortest deal accepted, in periods"},
					&cli.UintFlag{Name: "max-periods", Value: 100_000, Usage: "longest deal accepted, in periods"},
					&cli.UintFlag{Name: "collateral-bps", Value: 20_000, Usage: "most collateral posted per deal, in basis points of its escrow"},
					&cli.BoolFlag{Name: "nat", Usage: "NAT port mapping, AutoNAT, hole punching and relays (for farmers behind a router)"},
					&cli.DurationFlag{Name: "poll", Value: time.Second, Usage: "how often to read the chain head"},
					&cli.DurationFlag{Name: "withdraw-every", Usage: "withdraw earnings on this schedule (0: only on `farmer withdraw`)"},
				), dashboardFlags()...),
				Action: farmerRun,
			},
			{
				Name:   "status",
				Usage:  "stake, deals, reputation, earnings and disk use",
				Flags:  flags,
				Action: farmerStatus,
			},
			withdrawCommand("farmer", "move earned tokens from the market to the farmer's account"),
			{
				Name: "exit",
				Usage: "leave the market: start unbonding all free stake, or withdraw it once unbonded " +
					"(stake locked as collateral frees when its deals end)",
				Flags:  flags,
				Action: farmerExit,
			},
		},
	}
}

// initNode creates a node's keystore account (and, for farmers, its libp2p identity; renters:
// initRenter). Existing keys are kept.
func initNode(c *cli.Context, role string) error {
	e := newEnv(c)
	if c.NArg() > 0 {
		return usagef("init takes no arguments")
	}
	pwd, err := e.password()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(e.dataDir(), 0o700); err != nil {
		return err
	}
	if role == "renter" {
		return initRenter(c, e, pwd)
	}
	var acct chain.Account
	created := false
	if entries, _ := os.ReadDir(e.keystoreDir()); len(entries) > 0 {
		if acct, err = chain.OpenAccount(e.keystoreDir(), [20]byte{}, pwd); err != nil {
			return err
		}
	} else {
		if acct, err = chain.NewAccount(e.keystoreDir(), pwd, c.Bool("light-kdf")); err != nil {
			return err
		}
		created = true
	}
	out := map[string]any{"address": acct.Address.Hex(), "dataDir": e.dataDir(), "created": created}
	if role == "farmer" {
		id, err := peerIDOf(e.dataDir())
		if err != nil {
			return err
		}
		out["peerId"] = id.String()
	}
	return e.emit(out, func(w io.Writer) {
		verb := "created"
		if !created {
			verb = "kept existing"
		}
		fmt.Fprintf(w, "%s %s account %s in %s\n", verb, role, acct.Address.Hex(), e.dataDir())
		if id, ok := out["peerId"]; ok {
			fmt.Fprintf(w, "libp2p peer id %s\n", id)
		}
		fmt.Fprintf(w, "next: send it ether for gas (from any wallet) and GRN (`granary token transfer %s AMOUNT` from a funded account); on a devnet: `granary devnet fund %s`\n",
			acct.Address.Hex(), acct.Address.Hex())
		fmt.Fprintf(w, "then: %s\n", nextSteps[role])
	})
}

// nextSteps is what init tells each role to do once the account is funded.
var nextSteps = map[string]string{
	"farmer":  "`granary farmer stake AMOUNT`, then `granary farmer run`",
	"renter":  "`granary renter put FILE`",
	"auditor": "`granary auditor run`",
}

func farmerStake(c *cli.Context) error {
	e := newEnv(c)
	s, err := arg(c, 0, "AMOUNT (GRN to stake)")
	if err != nil {
		return err
	}
	amt, err := tokens(s)
	if err != nil {
		return err
	}
	cl, acct, err := e.client(c.Context, "farmer")
	if err != nil {
		return err
	}
	bal, _, err := cl.Funds(c.Context, acct.Address)
	if err != nil {
		return err
	}
	if bal.Cmp(amt) < 0 {
		return withCode(exitFunds, fmt.Errorf("stake %s: the account holds %s", grn(amt), grn(bal)), "get GRN first")
	}
	if err := cl.Stake(c.Context, amt); err != nil {
		return err
	}
	info, err := cl.Farmer(c.Context, acct.Address)
	if err != nil {
		return err
	}
	return e.emit(map[string]string{"staked": amt.String(), "stake": info.Stake.String()}, func(w io.Writer) {
		fmt.Fprintf(w, "staked %s; free stake now %s (minimum %s)\n", grn(amt), grn(info.Stake), grn(cl.Params.MinStake))
	})
}

// offer reads --price and --capacity.
func offer(c *cli.Context) (price *big.Int, capacity uint64, err error) {
	if price, err = tokens(c.String("price")); err != nil {
		return nil, 0, err
	}
	capacity, err = parseSize(c.String("capacity"))
	return price, capacity, err
}

// peerIDOf returns the libp2p peer id of the identity in dir (creating the identity if missing).
func peerIDOf(dir string) (peer.ID, error) {
	k, err := ghost.LoadIdentity(dir)
	if err != nil {
		return "", err
	}
	return peer.IDFromPrivateKey(k)
}

func farmerAnnounce(c *cli.Context) error {
	e := newEnv(c)
	price, capacity, err := offer(c)
	if err != nil {
		return err
	}
	if len(c.StringSlice("announce")) == 0 {
		return usagef("--announce: give the multiaddrs peers should dial (e.g. /ip4/203.0.113.7/tcp/7070)")
	}
	cl, _, err := e.client(c.Context, "farmer")
	if err != nil {
		return err
	}
	id, err := peerIDOf(e.dataDir())
	if err != nil {
		return err
	}
	addrs, err := announceAddrs(nil, c.StringSlice("announce"))
	if err != nil {
		return err
	}
	if err := cl.Announce(c.Context, ghost.EncodePeerID(id), ghost.EncodeAddrs(addrs), price, capacity); err != nil {
		return err
	}
	return e.emit(map[string]any{"peerId": id.String(), "addrs": c.StringSlice("announce"), "pricePerGiB": price.String(),
		"capacity": capacity}, func(w io.Writer) {
		fmt.Fprintf(w, "announced %s at %v, %s per GiB per period, %s\n", id, c.StringSlice("announce"), grn(price), formatBytes(capacity))
	})
}

// signalContext is cancelled on SIGINT or SIGTERM.
func signalContext(parent context.Context) (context.Context, context.CancelFunc) {
	return signal.NotifyContext(parent, os.Interrupt, syscall.SIGTERM)
}

func farmerRun(c *cli.Context) error {
	e := newEnv(c)
	price, capacity, err := offer(c)
	if err != nil {
		return err
	}
	dl, dpw, err := openDashboard(c)
	if err != nil {
		return err
	}
	if dl != nil {
		defer dl.Close()
	}
	ctx, stop := signalContext(c.Context)
	defer stop()
	cl, acct, err := e.client(ctx, "farmer")
	if err != nil {
		return err
	}
	var m *dashboard.Metrics
	if dl != nil {
		m = dashboard.NewMetrics()
	}
	pol := farmerPolicy(price, uint32(c.Uint("min-periods")), uint32(c.Uint("max-periods")), uint32(c.Uint("collateral-bps")))
	n, err := startFarmer(ctx, farmerConfig{DataDir: e.dataDir(), Client: cl, Key: acct, Listen: c.StringSlice("listen"),
		Announce: c.StringSlice("announce"), Capacity: capacity, Policy: pol, Internet: c.Bool("nat"),
		Prover: prover.Options{Poll: c.Duration("poll")}, Log: e.log, Metrics: m})
	if err != nil {
		return err
	}
	defer n.Close()
	if dl != nil {
		if err := serveDashboard(ctx, c, dl, dpw, e.dataDir(), n, e.log); err != nil {
			return err
		}
	}
	e.log.Info("farmer running", "address", acct.Address, "peer", n.Host.ID(), "listen", n.Host.Addrs(),
		"capacity", formatBytes(capacity), "price", grn(price)+"/GiB/period")
	var withdraw <-chan time.Time
	if d := c.Duration("withdraw-every"); d > 0 {
		t := time.NewTicker(d)
		defer t.Stop()
		withdraw = t.C
	}
	report := time.NewTicker(c.Duration("poll"))
	headErrs := &chain.ErrorLog{Log: e.log, Msg: "read chain head"}
	defer report.Stop()
	last := ^uint32(0)
	for {
		select {
		case <-ctx.Done():
			e.log.Info("farmer stopping")
			return nil
		case <-withdraw:
			if amt, err := cl.Withdraw(ctx); err != nil {
				e.log.Warn("withdraw earnings", "err", err)
			} else if amt.Sign() > 0 {
				e.log.Info("withdrew earnings", "amount", grn(amt))
			}
		case <-report.C:
			head, err := cl.Block(ctx)
			headErrs.Report(err)
			if err != nil {
				continue
			}
			cur := cl.Schedule.PeriodAt(head)
			if cur == 0 || cur-1 == last {
				continue
			}
			last = cur - 1
			if r, ok := n.Prover.Result(last); ok {
				e.log.Info("period", "period", last, "outcome", r.Outcome.String(), "err", r.Err)
			}
		}
	}
}

// farmerStatusView is `farmer status --json`.
type farmerStatusView struct {
	Address       string           `json:"address"`
	Ether         string           `json:"ether"`
	Tokens        string           `json:"tokens"`
	Stake         string           `json:"stake"`
	Locked        string           `json:"locked"`
	Unbonding     string           `json:"unbonding"`
	UnbondingAt   uint64           `json:"unbondingReadyBlock"`
	Withdrawable  string           `json:"withdrawable"`
	Announced     bool             `json:"announced"`
	Capacity      uint64           `json:"capacity"`
	Used          uint64           `json:"used"`
	LiveDeals     uint32           `json:"liveDeals"`
	Reputation    chain.Reputation `json:"reputation"`
	StoredShards  int              `json:"storedShards"`
	StoredBytes   int64            `json:"storedBytes"`
	CurrentPeriod uint32           `json:"currentPeriod"`
}

func farmerStatus(c *cli.Context) error {
	e := newEnv(c)
	ctx := c.Context
	addr, err := e.address("farmer")
	if err != nil {
		return err
	}
	cl, _, err := e.client(ctx, "") // read-only: status needs no signature, and no unlocked key
	if err != nil {
		return err
	}
	f, err := cl.Market.GetFarmer(&bind.CallOpts{Context: ctx}, addr)
	if err != nil {
		return fmt.Errorf("read farmer: %w", err)
	}
	rep, err := cl.Reputation(ctx, addr)
	if err != nil {
		return err
	}
	fu, err := readFunds(ctx, cl, addr)
	if err != nil {
		return err
	}
	head, bal, eth, wd := fu.Head, fu.Tokens, fu.Ether, fu.Withdrawable
	v := farmerStatusView{Address: addr.Hex(), Ether: eth.String(), Tokens: bal.String(), Stake: f.Stake.String(),
		Locked: f.Locked.String(), Unbonding: f.Unbonding.String(), UnbondingAt: f.UnbondingReadyBlock,
		Withdrawable: wd.String(), Announced: f.Announced, Capacity: f.Capacity, Used: f.Used, LiveDeals: f.LiveDeals,
		Reputation: rep, CurrentPeriod: cl.Schedule.PeriodAt(head)}
	shardDir := filepath.Join(e.dataDir(), "shards")
	if _, err := os.Stat(shardDir); err == nil {
		// Read-only look at the store (a running farmer holds no lock on the shard files).
		v.StoredShards, v.StoredBytes = storage.DirUsage(shardDir)
	}
	return e.emit(v, func(w io.Writer) {
		fmt.Fprintf(w, "farmer\t%s\n", v.Address)
		fmt.Fprintf(w, "period\t%d\n", v.CurrentPeriod)
		fmt.Fprintf(w, "stake\t%s free, %s locked as collateral\n", grn(f.Stake), grn(f.Locked))
		if f.Unbonding.Sign() > 0 {
			fmt.Fprintf(w, "unbonding\t%s, withdrawable from block %d (now %d)\n", grn(f.Unbonding), f.UnbondingReadyBlock, head)
		}
		fmt.Fprintf(w, "earnings\t%s withdrawable\n", grn(wd))
		fmt.Fprintf(w, "balance\t%s, %s ETH\n", grn(bal), market.FormatTokens(eth))
		fmt.Fprintf(w, "announced\t%v, capacity %s, used by deals %s, live deals %d\n", f.Announced,
			formatBytes(f.Capacity), formatBytes(f.Used), f.LiveDeals)
		fmt.Fprintf(w, "reputation\t%d proven, %d missed, %d slashes, disqualified %v\n", rep.ProvenPeriods,
			rep.MissedPeriods, rep.Slashes, rep.Disqualified)
		fmt.Fprintf(w, "disk\t%d shards, %s\n", v.StoredShards, formatBytes(uint64(v.StoredBytes)))
	})
}

func farmerExit(c *cli.Context) error {
	e := newEnv(c)
	ctx := c.Context
	cl, acct, err := e.client(ctx, "farmer")
	if err != nil {
		return err
	}
	f, err := cl.Market.GetFarmer(&bind.CallOpts{Context: ctx}, acct.Address)
	if err != nil {
		return fmt.Errorf("read farmer: %w", err)
	}
	head, err := cl.Block(ctx)
	if err != nil {
		return err
	}
	out := map[string]string{}
	if f.Unbonding.Sign() > 0 && head >= f.UnbondingReadyBlock {
		if err := cl.WithdrawStake(ctx); err != nil {
			return err
		}
		out["withdrawnStake"] = f.Unbonding.String()
	}
	// With live deals the market keeps the minimum stake until they end.
	free := new(big.Int).Set(f.Stake)
	if f.LiveDeals > 0 && !f.Disqualified {
		free.Sub(free, cl.Params.MinStake)
	}
	if free.Sign() > 0 {
		if err := cl.RequestUnstake(ctx, free); err != nil {
			return err
		}
		out["unbonding"] = free.String()
	}
	if len(out) == 0 {
		if f.Unbonding.Sign() > 0 {
			return withCode(exitRefused, fmt.Errorf("%s is unbonding until block %d (now %d)", grn(f.Unbonding), f.UnbondingReadyBlock, head),
				"run `granary farmer exit` again then")
		}
		if f.LiveDeals > 0 {
			return withCode(exitRefused, fmt.Errorf("the farmer holds %d live deals: the minimum stake of %s stays until they end",
				f.LiveDeals, grn(cl.Params.MinStake)), "keep `farmer run` going, then run `granary farmer exit` again")
		}
	}
	f2, err := cl.Market.GetFarmer(&bind.CallOpts{Context: ctx}, acct.Address)
	if err != nil {
		return fmt.Errorf("read farmer: %w", err)
	}
	out["locked"] = f2.Locked.String()
	out["unbondingReadyBlock"] = fmt.Sprint(f2.UnbondingReadyBlock)
	return e.emit(out, func(w io.Writer) {
		if v, ok := out["withdrawnStake"]; ok {
			b, _ := new(big.Int).SetString(v, 10)
			fmt.Fprintf(w, "withdrew %s of unbonded stake\n", grn(b))
		}
		if _, ok := out["unbonding"]; ok {
			fmt.Fprintf(w, "unbonding %s; withdraw it with `granary farmer exit` from block %d\n", grn(free), f2.UnbondingReadyBlock)
		}
		if f.LiveDeals > 0 && !f.Disqualified {
			fmt.Fprintf(w, "%d live deals keep %s staked until they end\n", f.LiveDeals, grn(cl.Params.MinStake))
		}
		if f2.Locked.Sign() > 0 {
			fmt.Fprintf(w, "%s stays locked as collateral until the farmer's deals end; keep `farmer run` going until then\n", grn(f2.Locked))
		}
		if len(out) == 2 && f2.Locked.Sign() == 0 {
			fmt.Fprintln(w, "nothing staked")
		}
	})
}

// withdrawCommand moves the account's withdrawable market balance to its token balance.
func withdrawCommand(role, usage string) *cli.Command {
	return &cli.Command{
		Name:  "withdraw",
		Usage: usage,
		Flags: chainFlags(role),
		Action: func(c *cli.Context) error {
			e := newEnv(c)
			cl, _, err := e.client(c.Context, role)
			if err != nil {
				return err
			}
			amt, err := cl.Withdraw(c.Context)
			if err != nil {
				return err
			}
			return e.emit(map[string]string{"withdrawn": amt.String()}, func(w io.Writer) {
				fmt.Fprintf(w, "withdrew %s\n", grn(amt))
			})
		},
	}
}
