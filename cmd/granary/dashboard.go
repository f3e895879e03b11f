package main

// The farmer's dashboard (node/dashboard) on `farmer run --dashboard HOST:PORT`: the flags, the
// password, the listener, and the dashboard over the running farmer.

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/granary-network/granary/node/dashboard"
)

func dashboardFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "dashboard", EnvVars: []string{"GRANARY_DASHBOARD"},
			Usage: "serve the farmer's web dashboard, its JSON API and Prometheus /metrics on HOST:PORT (e.g. 127.0.0.1:8080; off by default)"},
		&cli.BoolFlag{Name: "dashboard-public", EnvVars: []string{"GRANARY_DASHBOARD_PUBLIC"},
			Usage: "allow --dashboard on a non-loopback address, behind HTTP basic auth with the password of GRANARY_DASHBOARD_PASSWORD or --dashboard-password-file"},
		&cli.StringFlag{Name: "dashboard-password-file", EnvVars: []string{"GRANARY_DASHBOARD_PASSWORD_FILE"},
			Usage: "file whose first line is the dashboard's password (or set GRANARY_DASHBOARD_PASSWORD)"},
		&cli.Float64Flag{Name: "alert-ether-periods", Value: 72, Usage: "dashboard alert: ether for gas lasts fewer heartbeats than this"},
		&cli.Float64Flag{Name: "alert-disk-used", Value: 0.9, Usage: "dashboard alert: this share of the capacity is stored or reserved"},
	}
}

// dashboardPassword reads the dashboard's password: from --dashboard-password-file, else
// GRANARY_DASHBOARD_PASSWORD ("" if neither). Never a flag value: a command line is visible to
// every user of the machine.
func dashboardPassword(c *cli.Context) (string, error) {
	if f := c.String("dashboard-password-file"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", withCode(exitCredentials, fmt.Errorf("dashboard password file: %w", err), "")
		}
		line, _, _ := strings.Cut(string(b), "\n")
		return strings.TrimRight(line, "\r"), nil
	}
	return os.Getenv("GRANARY_DASHBOARD_PASSWORD"), nil
}

// openDashboard checks the dashboard flags and opens its listener (nil when --dashboard is not
// given), before the farmer starts: a refused address or a taken port fails at once.
func openDashboard(c *cli.Context) (net.Listener, string, error) {
	addr := c.String("dashboard")
	if addr == "" {
		if c.Bool("dashboard-public") {
			return nil, "", usagef("--dashboard-public needs --dashboard HOST:PORT")
		}
		return nil, "", nil
	}
	pw, err := dashboardPassword(c)
	if err != nil {
		return nil, "", err
	}
	if err := dashboard.CheckListen(addr, c.Bool("dashboard-public"), pw); err != nil {
		return nil, "", usageError{err}
	}
	if !c.Bool("dashboard-public") {
		pw = "" // a loopback dashboard needs none (a password given anyway is not asked for)
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, "", fmt.Errorf("dashboard: listen on %s: %w", addr, err)
	}
	return l, pw, nil
}

// serveDashboard serves the dashboard over the running farmer on l until ctx ends.
func serveDashboard(ctx context.Context, c *cli.Context, l net.Listener, password, dataDir string, n *farmerNode, log *slog.Logger) error {
	hn, err := dashboard.NewHostNetwork(n.Host)
	if err != nil {
		return err
	}
	opts := []dashboard.Option{dashboard.WithMetrics(n.Metrics), dashboard.WithNetwork(hn), dashboard.WithLogger(log),
		dashboard.WithHeartbeats(dashboard.NewLoopHistory(n.Loop)), dashboard.WithDisk(dashboard.DirDisk{Dir: filepath.Join(dataDir, "shards")}),
		dashboard.WithThresholds(dashboard.Thresholds{EtherPeriods: c.Float64("alert-ether-periods"), DiskUsedShare: c.Float64("alert-disk-used")})}
	if n.Traffic != nil {
		opts = append(opts, dashboard.WithTraffic(dashboard.BandwidthTraffic{C: n.Traffic}))
	}
	if password != "" {
		opts = append(opts, dashboard.WithPassword(password))
	}
	s, err := dashboard.New(dashboard.NewFarmerChain(n.Client, n.Client.Address()), n.Store, opts...)
	if err != nil {
		hn.Close()
		return err
	}
	go func() {
		defer hn.Close()
		if err := s.Serve(ctx, l); err != nil {
			log.Error("dashboard stopped", "err", err)
		}
	}()
	log.Info("dashboard", "url", "http://"+l.Addr().String()+"/", "metrics", "http://"+l.Addr().String()+"/metrics",
		"password", password != "")
	return nil
}
