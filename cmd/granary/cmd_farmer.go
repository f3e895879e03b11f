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

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/urfave/cli/v2"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/dashboard"
	"github.com/granary-network/granary/node/farmer"
	"github.com/granary-network/granary/node/heartbeat"
	ghost "github.com/granary-network/granary/node/host"
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
				Usage: "serve agreements and shards and send a heartbeat every period until interrupted",
				Flags: append(append(append(flags, farmerOfferFlags()...),
					&cli.StringSliceFlag{Name: "listen", Value: cli.NewStringSlice("/ip4/0.0.0.0/tcp/7070", "/ip4/0.0.0.0/udp/7070/quic-v1"),
						Usage: "libp2p listen multiaddrs (repeatable)"},
					&cli.UintFlag{Name: "min-periods", Value: 1, Usage: "shortest agreement accepted, in periods from now to its end"},
					&cli.UintFlag{Name: "max-periods", Value: 100_000, Usage: "longest agreement accepted, in periods from now to its end"},
					&cli.UintFlag{Name: "collateral-periods", Value: 3, Usage: "collateral posted per agreement, in periods of pay for a full agreement"},
					&cli.BoolFlag{Name: "nat", Usage: "NAT port mapping, AutoNAT, hole punching and relays (for farmers behind a router)"},
					&cli.DurationFlag{Name: "poll", Value: 2 * time.Second, Usage: "how often the heartbeat loop reads the chain"},
					&cli.DurationFlag{Name: "poke-jitter", Value: 5 * time.Second, Usage: "when a period's seed is missing, wait up to this long (at random) before poking for it: of many farmers, one usually pokes"},
					&cli.UintFlag{Name: "claim-every", Value: 30, Usage: "claim the proven pay of open agreements every this many periods (each claim is a transaction; `farmer withdraw` claims at once)"},
					&cli.DurationFlag{Name: "withdraw-every", Usage: "claim and withdraw earnings on this schedule (0: only on `farmer withdraw`)"},
				), dashboardFlags()...),
				Action: farmerRun,
			},
			{
				Name:   "status",
				Usage:  "stake, agreements, earnings (earned-unpaid and withdrawable) and disk use",
				Flags:  flags,
				Action: farmerStatus,
			},
			{
				Name:   "withdraw",
				Usage:  "claim the proven pay of the farmer's open agreements and withdraw its market balance to its account",
				Flags:  flags,
				Action: farmerWithdraw,
			},
			{
				Name: "exit",
				Usage: "leave the market gracefully: announce the exit on chain (capacity 0) and record it, so that renters move " +
					"the farmer's data and close its agreements without penalty while `farmer run` keeps proving; run it again " +
					"later to see the progress, unbond the stake once no agreement is open, and withdraw it once no owed heartbeat " +
					"can still be reported",
				Flags: append(flags, &cli.BoolFlag{Name: "unstake",
					Usage: "unbond the free stake now, while agreements are still open (collateral they free later needs another unbonding, which restarts the delay)"}),
				Action: farmerExit,
			},
			unlockCommand("farmer", flags),
			lockCommand("farmer", flags),
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
		fmt.Fprintf(w, "staked %s; free stake now %s (minimum %s)\n", grn(amt), grn(info.Stake), grn(cl.Schedule().MinStake))
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
	pol := farmerPolicy(price, uint32(c.Uint("min-periods")), uint32(c.Uint("max-periods")), uint32(c.Uint("collateral-periods")))
	n, err := startFarmer(ctx, farmerConfig{DataDir: e.dataDir(), Client: cl, Key: acct, Listen: c.StringSlice("listen"),
		Announce: c.StringSlice("announce"), Capacity: capacity, Policy: pol, Internet: c.Bool("nat"),
		Heartbeat: heartbeat.Config{Poll: c.Duration("poll"), ClaimEvery: uint32(c.Uint("claim-every")), PokeJitter: c.Duration("poke-jitter"), PokeStale: true}, Log: e.log, Metrics: m})
	if err != nil {
		return err
	}
	defer n.Close()
	if dl != nil {
		if err := serveDashboard(ctx, c, dl, dpw, e.dataDir(), n, e.log); err != nil {
			return err
		}
	}
	watchHead(ctx, cl, e.log, c.Duration("poll"))
	e.log.Info("farmer running", "address", acct.Address, "peer", n.Host.ID(), "listen", n.Host.Addrs(),
		"capacity", formatBytes(capacity), "price", grn(price)+"/GiB/period")
	var withdraw <-chan time.Time
	if d := c.Duration("withdraw-every"); d > 0 {
		t := time.NewTicker(d)
		defer t.Stop()
		withdraw = t.C
	}
	for {
		select {
		case <-ctx.Done():
			e.log.Info("farmer stopping")
			return nil
		case <-withdraw:
			if claimed, withdrawn, err := claimAndWithdraw(ctx, cl, acct.Address); err != nil {
				e.log.Warn("withdraw earnings", "err", err)
			} else if claimed.Sign() > 0 || withdrawn.Sign() > 0 {
				e.log.Info("withdrew earnings", "claimed", grn(claimed), "withdrawn", grn(withdrawn))
			}
		}
	}
}

// agreementEarnings is one of the farmer's agreements in `farmer status`.
type agreementEarnings struct {
	ID           uint64 `json:"id"`
	Renter       string `json:"renter"`
	Status       string `json:"status"`
	Bytes        uint64 `json:"bytes"`
	Shards       uint64 `json:"shards"`
	Revision     uint64 `json:"revision"`
	RatePerPer   string `json:"ratePerPeriod"`
	EndPeriod    uint32 `json:"endPeriod"`
	Escrow       string `json:"escrow"`
	Collateral   string `json:"collateral"`
	Paid         string `json:"paid"`
	EarnedUnpaid string `json:"earnedUnpaid"` // proven (or provable this period) and not yet claimed
}

// farmerStatusView is `farmer status --json`.
type farmerStatusView struct {
	Address        string              `json:"address"`
	Ether          string              `json:"ether"`
	Tokens         string              `json:"tokens"`
	Stake          string              `json:"stake"`
	Locked         string              `json:"locked"`
	Unbonding      string              `json:"unbonding"`
	UnbondingReady time.Time           `json:"unbondingReady,omitzero"`
	Withdrawable   string              `json:"withdrawable"`
	EarnedUnpaid   string              `json:"earnedUnpaid"`
	Announced      bool                `json:"announced"`
	Disqualified   bool                `json:"disqualified"`
	Exiting        bool                `json:"exiting"` // announced its exit (capacity 0): `farmer exit`
	Capacity       uint64              `json:"capacity"`
	Agreements     []agreementEarnings `json:"agreements"`
	StoredShards   int                 `json:"storedShards"`
	StoredBytes    int64               `json:"storedBytes"`
	CurrentPeriod  uint32              `json:"currentPeriod"`
}

func agreementStatus(a chain.AgreementInfo, cur uint32) string {
	switch {
	case a.Status == chain.AgreementSettled:
		return "settled"
	case a.Status == chain.AgreementFailed:
		return "failed"
	case cur > a.EndPeriod:
		return "ended"
	case a.Leaves == 0:
		return "empty"
	}
	return "open"
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
	st, err := cl.Standing(ctx, addr)
	if err != nil {
		return err
	}
	fu, err := readFunds(ctx, cl, addr)
	if err != nil {
		return err
	}
	head, err := cl.Head(ctx)
	if err != nil {
		return err
	}
	ids, err := cl.AgreementsWith(ctx, addr)
	if err != nil {
		return err
	}
	unpaid := new(big.Int)
	v := farmerStatusView{Address: addr.Hex(), Ether: fu.Ether.String(), Tokens: fu.Tokens.String(), Stake: st.Free.String(),
		Locked: st.Locked.String(), Unbonding: st.Unbonding.String(), UnbondingReady: st.UnbondingReady,
		Withdrawable: fu.Withdrawable.String(), Announced: st.Announced, Disqualified: st.Disqualified, Exiting: st.Exiting(), Capacity: st.Capacity,
		CurrentPeriod: head.Period, Agreements: []agreementEarnings{}}
	for _, id := range ids {
		a, err := cl.Agreement(ctx, id)
		if err != nil {
			return err
		}
		earned := new(big.Int)
		if a.Status == chain.AgreementOpen {
			if earned, err = cl.EarnedOf(ctx, id); err != nil {
				return err
			}
		}
		unpaid.Add(unpaid, earned)
		v.Agreements = append(v.Agreements, agreementEarnings{ID: id, Renter: a.Renter.Hex(), Status: agreementStatus(a, head.Period),
			Bytes: a.Leaves * 256, Shards: a.Shards, Revision: a.Number, RatePerPer: market.Rate(a.PricePerGiB, a.Leaves).String(),
			EndPeriod: a.EndPeriod, Escrow: a.Escrow.String(), Collateral: a.Collateral.String(), Paid: a.Paid.String(),
			EarnedUnpaid: earned.String()})
	}
	v.EarnedUnpaid = unpaid.String()
	shardDir := filepath.Join(e.dataDir(), "shards")
	if _, err := os.Stat(shardDir); err == nil {
		// Read-only look at the store (a running farmer holds no lock on the shard files).
		v.StoredShards, v.StoredBytes = storage.DirUsage(shardDir)
	}
	return e.emit(v, func(w io.Writer) {
		fmt.Fprintf(w, "farmer\t%s\n", v.Address)
		fmt.Fprintf(w, "period\t%d\n", v.CurrentPeriod)
		fmt.Fprintf(w, "stake\t%s free, %s locked as collateral\n", grn(st.Free), grn(st.Locked))
		if st.Unbonding.Sign() > 0 {
			fmt.Fprintf(w, "unbonding\t%s, withdrawable from %s\n", grn(st.Unbonding), st.UnbondingReady.Local().Format(time.DateTime))
		}
		fmt.Fprintf(w, "earnings\t%s earned, not yet paid; %s withdrawable\n", grn(unpaid), grn(fu.Withdrawable))
		fmt.Fprintf(w, "balance\t%s, %s ETH\n", grn(fu.Tokens), market.FormatTokens(fu.Ether))
		fmt.Fprintf(w, "announced\t%v, capacity %s, disqualified %v\n", st.Announced, formatBytes(st.Capacity), st.Disqualified)
		if v.Exiting {
			fmt.Fprintf(w, "exiting\ttakes no new data; `granary farmer exit` shows the progress\n")
		}
		fmt.Fprintf(w, "disk\t%d shards, %s\n", v.StoredShards, formatBytes(uint64(v.StoredBytes)))
		if len(v.Agreements) > 0 {
			fmt.Fprintf(w, "\nAGREEMENT\tRENTER\tSTATUS\tSIZE\tREVISION\tRATE/PERIOD\tEND\tPAID\tEARNED-UNPAID\n")
			for _, a := range v.Agreements {
				fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%d\t%s\t%d\t%s\t%s\n", a.ID, a.Renter, a.Status, formatBytes(a.Bytes), a.Revision,
					grnString(a.RatePerPer), a.EndPeriod, grnString(a.Paid), grnString(a.EarnedUnpaid))
			}
		}
	})
}

// grnString formats a base-unit amount held as a decimal string.
func grnString(s string) string {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return s
	}
	return grn(v)
}

// claimAndWithdraw claims the vindicated pay of the farmer's open agreements (one transaction for
// all of them) and withdraws its market balance (bounties, challenge fees), each only when there is
// something to take.
func claimAndWithdraw(ctx context.Context, cl *chain.AgreementClient, farmerAddr common.Address) (claimed, withdrawn *big.Int, err error) {
	claimed, withdrawn = new(big.Int), new(big.Int)
	ids, err := cl.AgreementsWith(ctx, farmerAddr)
	if err != nil {
		return claimed, withdrawn, err
	}
	var open []uint64
	for _, id := range ids {
		a, err := cl.Agreement(ctx, id)
		if err != nil {
			return claimed, withdrawn, err
		}
		if a.Status != chain.AgreementOpen {
			continue
		}
		if a.Vindicated.Cmp(a.Paid) > 0 {
			open = append(open, id)
		}
	}
	if len(open) > 0 {
		if claimed, err = cl.ClaimAmount(ctx, open); err != nil {
			return new(big.Int), withdrawn, err
		}
	}
	bal, err := cl.Balance(ctx, farmerAddr)
	if err != nil {
		return claimed, withdrawn, err
	}
	if bal.Sign() > 0 {
		if withdrawn, err = cl.Withdraw(ctx); err != nil {
			return claimed, new(big.Int), err
		}
	}
	return claimed, withdrawn, nil
}

func farmerWithdraw(c *cli.Context) error {
	e := newEnv(c)
	cl, acct, err := e.client(c.Context, "farmer")
	if err != nil {
		return err
	}
	claimed, withdrawn, err := claimAndWithdraw(c.Context, cl, acct.Address)
	if err != nil {
		return err
	}
	return e.emit(map[string]string{"claimed": claimed.String(), "withdrawn": withdrawn.String()}, func(w io.Writer) {
		fmt.Fprintf(w, "claimed %s of proven pay, withdrew %s of market balance\n", grn(claimed), grn(withdrawn))
	})
}

// exitAgreementView is one of the farmer's open agreements in `farmer exit`.
type exitAgreementView struct {
	ID         uint64 `json:"id"`
	Renter     string `json:"renter"`
	Bytes      uint64 `json:"bytes"` // of the revision on chain (0: its data moved; its renter closes it)
	Shards     uint64 `json:"shards"`
	EndPeriod  uint32 `json:"endPeriod"`
	Collateral string `json:"collateral"`
}

// exitView is `farmer exit --json`: where the exit stands after this run, and what this run did.
type exitView struct {
	Address      string              `json:"address"`
	Period       uint32              `json:"period"`
	ExitPeriod   uint32              `json:"exitPeriod"` // when the exit was first recorded
	Exiting      bool                `json:"exiting"`    // the chain shows the exit (capacity 0)
	Announced    bool                `json:"announced"`  // this run announced it
	Disqualified bool                `json:"disqualified"`
	HoldingData  int                 `json:"holdingData"` // open agreements still holding data
	Agreements   []exitAgreementView `json:"agreements"`  // open agreements
	Free         string              `json:"free"`
	Locked       string              `json:"locked"`
	Unbonding    string              `json:"unbonding"`
	// UnbondingReady and WithdrawFrom: the unbonding stake is withdrawn once both have come.
	UnbondingReady time.Time `json:"unbondingReady,omitzero"`
	Unstaked       string    `json:"unstaked"`  // moved into unbonding by this run
	Withdrawn      string    `json:"withdrawn"` // withdrawn by this run
	ObligedUntil   uint32    `json:"obligedUntil"`
	WithdrawFrom   uint32    `json:"withdrawFrom"`
	Done           bool      `json:"done"`
	Next           string    `json:"next"`
}

// farmerExit records the exit in the data directory (a running `farmer run` sees it and takes no
// new data; restarted, it stays exiting and announces capacity 0) and takes one exit step on chain
// (farmer.ExitStep).
func farmerExit(c *cli.Context) error {
	e := newEnv(c)
	ctx := c.Context
	cl, acct, err := e.client(ctx, "farmer")
	if err != nil {
		return err
	}
	head, err := cl.Head(ctx)
	if err != nil {
		return err
	}
	rec, err := farmer.MarkExiting(e.dataDir(), farmer.ExitRecord{Since: time.Now().UTC(), Period: head.Period})
	if err != nil {
		return err
	}
	p, err := farmer.ExitStep(ctx, cl, farmer.ExitOptions{Unstake: c.Bool("unstake")})
	if err != nil {
		return err
	}
	v := exitView{Address: acct.Address.Hex(), Period: p.Period, ExitPeriod: rec.Period, Exiting: p.Exiting, Announced: p.Announced,
		Disqualified: p.Disqualified, HoldingData: p.HoldingData, Agreements: []exitAgreementView{}, Free: p.Free.String(),
		Locked: p.Locked.String(), Unbonding: p.Unbonding.String(), UnbondingReady: p.UnbondingReady, Unstaked: p.Unstaked.String(),
		Withdrawn: p.Withdrawn.String(), ObligedUntil: p.ObligedUntil, WithdrawFrom: p.WithdrawFrom, Done: p.Done, Next: p.Next()}
	for _, a := range p.Open {
		v.Agreements = append(v.Agreements, exitAgreementView{ID: a.ID, Renter: a.Renter.Hex(), Bytes: a.Leaves * 256, Shards: a.Shards,
			EndPeriod: a.EndPeriod, Collateral: a.Collateral.String()})
	}
	return e.emit(v, func(w io.Writer) {
		switch {
		case p.Announced:
			fmt.Fprintf(w, "exit announced on chain (capacity 0) in period %d: renters place nothing new here and move what they have\n", p.Period)
		case p.Disqualified:
			fmt.Fprintf(w, "the farmer is disqualified: nothing to announce\n")
		case p.Exiting:
			fmt.Fprintf(w, "exiting since period %d (capacity 0 on chain); now period %d\n", rec.Period, p.Period)
		}
		fmt.Fprintf(w, "agreements\t%d open, %d still holding data\n", len(p.Open), p.HoldingData)
		for _, a := range v.Agreements {
			fmt.Fprintf(w, "  %d\trenter %s\t%s in %d shards\tends %d\tcollateral %s\n", a.ID, a.Renter, formatBytes(a.Bytes), a.Shards,
				a.EndPeriod, grnString(a.Collateral))
		}
		fmt.Fprintf(w, "stake\t%s free, %s locked as collateral, %s unbonding\n", grn(p.Free), grn(p.Locked), grn(p.Unbonding))
		if p.Unstaked.Sign() > 0 {
			fmt.Fprintf(w, "unbonded %s now: withdrawable from %s", grn(p.Unstaked), p.UnbondingReady.Local().Format(time.DateTime))
			if p.WithdrawFrom > p.Period {
				fmt.Fprintf(w, " and period %d", p.WithdrawFrom)
			}
			fmt.Fprintln(w)
		}
		if p.Withdrawn.Sign() > 0 {
			fmt.Fprintf(w, "withdrew %s of unbonded stake\n", grn(p.Withdrawn))
		}
		if p.ObligedUntil > 0 && p.Period <= p.ObligedUntil {
			fmt.Fprintf(w, "heartbeats\towed until period %d (the last end of an agreement that held data): keep `farmer run` going; a missed one is slashed\n",
				p.ObligedUntil)
		}
		fmt.Fprintf(w, "next\t%s\n", p.Next())
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
