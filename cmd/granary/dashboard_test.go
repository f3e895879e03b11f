package main

import (
	"os"
	"path/filepath"
	"testing"
)

// `farmer run --dashboard` refuses a listener beyond loopback unless --dashboard-public comes with a
// password (from a file or the environment), before it touches the chain or the keystore.
func TestDashboardListenRefused(t *testing.T) {
	dir := t.TempDir()
	c := &user{t: t, bin: binary, dir: dir, env: []string{"HOME=" + dir, "PATH=" + os.Getenv("PATH")}}
	run := []string{"farmer", "run", "--data-dir", "f", "--rpc", "http://127.0.0.1:1", "--listen", "/ip4/127.0.0.1/tcp/0"}
	c.fails(exitUsage, "loopback", nil, append(run, "--dashboard", "0.0.0.0:0")...)
	c.fails(exitUsage, "loopback", nil, append(run, "--dashboard", ":8080")...)
	c.fails(exitUsage, "no password", nil, append(run, "--dashboard", "0.0.0.0:0", "--dashboard-public")...)
	c.fails(exitUsage, "HOST:PORT", nil, append(run, "--dashboard", "localhost")...)
	c.fails(exitUsage, "--dashboard-public needs --dashboard", nil, append(run, "--dashboard-public")...)
	c.fails(exitCredentials, "dashboard password file", nil,
		append(run, "--dashboard", "0.0.0.0:0", "--dashboard-public", "--dashboard-password-file", filepath.Join(dir, "missing"))...)
	// With a password the dashboard is accepted; the command then fails on what comes next (no
	// deployment file here), not on the dashboard.
	c.fails(exitNotFound, "deployment", []string{"GRANARY_DASHBOARD_PASSWORD=s3cret"},
		append(run, "--dashboard", "0.0.0.0:0", "--dashboard-public")...)
}
