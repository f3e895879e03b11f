package main

import (
	"fmt"
	"io"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/granary-network/granary/node/auditor"
)

func auditorCommand() *cli.Command {
	flags := chainFlags("auditor")
	return &cli.Command{
		Name:  "auditor",
		Usage: "watch the market: report missed heartbeats and unproven agreements for a bounty",
		Subcommands: []*cli.Command{
			{
				Name:   "init",
				Usage:  "create the auditor's account (keystore); it needs ether for gas, and earns bounties in GRN",
				Flags:  append(flags, lightKDFFlag()),
				Action: func(c *cli.Context) error { return initNode(c, "auditor") },
			},
			{
				Name: "run",
				Usage: "audit until interrupted: when a period's report window opens, report every obliged farmer " +
					"without a heartbeat and every due agreement its heartbeat left out",
				Flags: append(flags,
					&cli.DurationFlag{Name: "poll", Value: 2 * time.Second, Usage: "how often to read the chain"},
					&cli.DurationFlag{Name: "withdraw-every", Value: time.Hour, Usage: "withdraw earned bounties this often (negative: never)"}),
				Action: auditorRun,
			},
			withdrawCommand("auditor", "move earned bounties from the market to the auditor's account"),
			unlockCommand("auditor", flags),
			lockCommand("auditor", flags),
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
	// The auditor logs each report it makes ("missed heartbeat reported", "unproven agreement
	// reported") and each withdrawal; refusals (another auditor was first) only at debug level.
	a, done := startAuditor(ctx, cl, auditor.AgreementOptions{Poll: c.Duration("poll"), WithdrawEvery: c.Duration("withdraw-every"),
		Logger: e.log})
	watchHead(ctx, cl, e.log, c.Duration("poll"))
	e.log.Info("auditor running", "address", acct.Address, "market", cl.Deployment().Market)
	<-ctx.Done()
	<-done
	st := a.Status()
	return e.emit(map[string]any{"missed": st.Missed, "unproven": st.Unproven, "refused": st.Refused,
		"bounties": st.Bounties.String(), "withdrawn": st.Withdrawn.String()}, func(w io.Writer) {
		fmt.Fprintf(w, "auditor stopped: %d missed heartbeats and %d unproven agreements reported, %s in bounties\n",
			st.Missed, st.Unproven, grn(st.Bounties))
	})
}
