package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
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

// lockedBuffer collects a process's stderr while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// backgroundLogged is background with the process's stderr readable while it runs.
func (c *user) backgroundLogged(args ...string) (*exec.Cmd, *lockedBuffer) {
	c.t.Helper()
	cmd := exec.Command(c.bin, args...)
	cmd.Dir, cmd.Env = c.dir, c.env
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		c.t.Fatal(err)
	}
	c.t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if c.t.Failed() {
			c.t.Logf("granary %s:\n%s", strings.Join(args, " "), stderr.String())
		}
	})
	return cmd, &stderr
}

var dashboardURL = regexp.MustCompile(`msg=dashboard url=(http://\S+/)`)

// checkDashboard reads the dashboard a `farmer run --dashboard 127.0.0.1:0` logged, and checks its
// API against `farmer status` and its metrics for the node's internals.
func checkDashboard(t *testing.T, log *lockedBuffer, fs farmerStatusView) {
	t.Helper()
	var url string
	for deadline := time.Now().Add(30 * time.Second); url == ""; time.Sleep(10 * time.Millisecond) {
		if m := dashboardURL.FindStringSubmatch(log.String()); m != nil {
			url = m[1]
		} else if time.Now().After(deadline) {
			t.Fatalf("no dashboard URL in the farmer's log:\n%s", log.String())
		}
	}
	get := func(path string) []byte {
		r, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		if r.StatusCode != 200 {
			t.Fatalf("GET %s: %s %s", path, r.Status, b)
		}
		return b
	}
	var st struct {
		Address    string `json:"address"`
		Reputation struct {
			Proven uint32 `json:"proven"`
		} `json:"reputation"`
		Agreements []struct {
			ID       uint64 `json:"id"`
			Revision uint64 `json:"revision"`
			Paid     struct {
				Wei string `json:"wei"`
			} `json:"paid"`
		} `json:"agreements"`
	}
	// The dashboard reads the chain every 5 s: wait for a read made after `farmer status`'s.
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if err := json.Unmarshal(get("api/status"), &st); err != nil {
			t.Fatal(err)
		}
		if len(st.Agreements) == 1 && st.Agreements[0].Paid.Wei == fs.Agreements[0].Paid || time.Now().After(deadline) {
			break
		}
	}
	if !strings.EqualFold(st.Address, fs.Address) || st.Reputation.Proven < 2 || len(st.Agreements) != 1 ||
		st.Agreements[0].ID != fs.Agreements[0].ID || st.Agreements[0].Revision != fs.Agreements[0].Revision ||
		st.Agreements[0].Paid.Wei != fs.Agreements[0].Paid {
		t.Fatalf("dashboard status %+v, farmer status %+v", st, fs)
	}
	metrics := string(get("metrics"))
	for _, want := range []string{`granary_store_operations_total{op="put",result="ok"} 2` /* the file's shard and the catalogue's */, `granary_proof_seconds_count{result="ok"}`,
		`granary_p2p_bytes{direction="in"}`, "granary_heartbeat_gas_count"} {
		if !strings.Contains(metrics, want) {
			t.Errorf("farmer's /metrics lacks %s", want)
		}
	}
	if !bytes.Contains(get(""), []byte(`id="stake-free"`)) {
		t.Error("the dashboard page has no stake")
	}
}
