package main

import (
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/granary-network/granary/node/auditor"
	ghost "github.com/granary-network/granary/node/host"
)

func auditorCommand() *cli.Command {
	flags := chainFlags("auditor")
	return &cli.Command{
		Name:  "auditor",
		Usage: "watch the market: re-verify every heartbeat and report missed proofs for a bounty",
		Subcommands: []*cli.Command{
			{
				Name:   "init",
				Usage:  "create the auditor's account (keystore); it needs ether for gas, and earns bounties in GRN",
				Flags:  append(flags, lightKDFFlag()),
				Action: func(c *cli.Context) error { return initNode(c, "auditor") },
			},
			{
				Name:  "run",
				Usage: "audit until interrupted, reporting every missed heartbeat and renter challenge",
				Flags: append(flags,
					&cli.DurationFlag{Name: "poll", Value: time.Second, Usage: "how often to read the chain head"},
					&cli.DurationFlag{Name: "audit-every", Value: time.Minute,
						Usage: "ask a random farmer for a random leaf of a live deal over libp2p this often (0: never)"}),
				Action: auditorRun,
			},
			{
				Name: "verify",
				Usage: "one pass over the chain so far: re-verify every heartbeat off-chain and list the misses " +
					"(read-only, no account needed); exits 9 if a proof the chain accepted does not verify",
				Flags:  flags,
				Action: auditorVerify,
			},
		},
	}
}

func auditorRun(c *cli.Context) error {
	e := newEnv(c)
	ctx, stop := signalContext(c.Context)
	defer stop()
	cl, acct, err := e.client(ctx, "auditor")
	if err != nil {
		return err
	}
	opts := auditor.Options{Poll: c.Duration("poll"), Logger: e.log}
	if d := c.Duration("audit-every"); d > 0 {
		h, err := ghost.New(ctx, ghost.Config{DataDir: e.dataDir(), ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
		if err != nil {
			return fmt.Errorf("start libp2p host for retrievability audits: %w", err)
		}
		defer h.Close()
		opts.Prober, opts.AuditEvery = auditor.P2P{H: h}, d
	}
	a, done := startAuditor(ctx, cl, opts)
	e.log.Info("auditor running", "address", acct.Address, "market", cl.Deployment().Market)
	t := time.NewTicker(c.Duration("poll"))
	defer t.Stop()
	seenV, seenA := 0, 0 // misses it reports are logged by the auditor itself ("miss reported"), once each
	for {
		select {
		case <-ctx.Done():
			<-done
			e.log.Info("auditor stopping")
			return nil
		case <-t.C:
			vs := a.Verifications()
			for _, v := range vs[min(seenV, len(vs)):] {
				if v.Err != nil {
					e.log.Error("heartbeat does not verify off-chain", "farmer", v.Farmer, "period", v.Period, "err", v.Err)
				}
			}
			seenV = len(vs)
			as := a.RetrievalAudits()
			for _, r := range as[min(seenA, len(as)):] {
				lvl := slog.LevelInfo
				if r.Outcome == auditor.RetrievalFailed {
					lvl = slog.LevelWarn
				}
				e.log.Log(ctx, lvl, "retrievability audit", "farmer", r.Farmer, "deal", r.DealID, "leaf", r.Leaf,
					"outcome", r.Outcome.String(), "err", r.Err)
			}
			seenA = len(as)
		}
	}
}

// verifyView is `auditor verify --json`.
type verifyView struct {
	Head          uint64       `json:"head"`
	Heartbeats    int          `json:"heartbeats"`
	Failed        []verifyFail `json:"failed"`
	Misses        []missView   `json:"misses"`
	CurrentPeriod uint32       `json:"currentPeriod"`
}

type verifyFail struct {
	Farmer string `json:"farmer"`
	Period uint32 `json:"period"`
	Err    string `json:"error"`
}

type missView struct {
	Farmer string `json:"farmer"`
	Period uint32 `json:"period"`
	Status string `json:"status"`
}

func auditorVerify(c *cli.Context) error {
	e := newEnv(c)
	ctx := c.Context
	cl, _, err := e.client(ctx, "")
	if err != nil {
		return err
	}
	a := auditor.New(cl, auditor.Options{Logger: e.log})
	head, err := cl.Block(ctx)
	if err != nil {
		return err
	}
	res, err := a.Scan(ctx, head)
	if err != nil {
		return err
	}
	v := verifyView{Head: head, CurrentPeriod: cl.Schedule.PeriodAt(head), Failed: []verifyFail{}, Misses: []missView{}}
	for _, h := range res.Verifications {
		v.Heartbeats++
		if h.Err != nil {
			v.Failed = append(v.Failed, verifyFail{Farmer: h.Farmer.Hex(), Period: h.Period, Err: h.Err.Error()})
		}
	}
	for _, m := range res.Misses {
		v.Misses = append(v.Misses, missView{Farmer: m.Farmer.Hex(), Period: m.Period, Status: m.Status})
	}
	err = e.emit(v, func(w io.Writer) {
		fmt.Fprintf(w, "checked %d heartbeats up to block %d (period %d): %d do not verify\n", v.Heartbeats, head,
			v.CurrentPeriod, len(v.Failed))
		for _, f := range v.Failed {
			fmt.Fprintf(w, "BAD\t%s\tperiod %d\t%s\n", f.Farmer, f.Period, f.Err)
		}
		for _, m := range v.Misses {
			fmt.Fprintf(w, "MISS\t%s\tperiod %d\t%s\n", m.Farmer, m.Period, m.Status)
		}
	})
	if err != nil {
		return err
	}
	if len(v.Failed) > 0 {
		return withCode(exitCheck, fmt.Errorf("%d heartbeats accepted on chain do not verify off-chain", len(v.Failed)), "")
	}
	return nil
}
