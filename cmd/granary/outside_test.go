package main

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/granary-network/granary/node/chain"
)

// outsideChain is a chain Granary does not run: a JSON-RPC endpoint with an unlocked, funded account
// (eth_accounts[0]) and time the test can move (evm_setNextBlockTimestamp, evm_mine).
type outsideChain struct {
	t   *testing.T
	url string
	rpc *rpc.Client
	// realTime: the chain's clock cannot be moved (geth --dev seals a block every second at the
	// wall clock's time); mineAt waits for it instead.
	realTime bool
}

// startHardhatNode starts `hardhat node` in its default mode (automine: a block per transaction and
// none otherwise) from the repository's Hardhat project, on a free port, until the test ends.
func startHardhatNode(t *testing.T) *outsideChain {
	t.Helper()
	if os.Getenv("GRANARY_NO_HARDHAT") != "" {
		t.Skip("GRANARY_NO_HARDHAT is set")
	}
	hh, err := filepath.Abs(filepath.Join("..", "..", "hardhat"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(hh, "node_modules", ".bin", "hardhat")); err != nil {
		t.Fatalf("the Hardhat project is not installed: run `eval \"$(scripts/setup.sh)\"` (or set GRANARY_NO_HARDHAT=1 to skip): %v", err)
	}
	port := freePort(t)
	cmd := exec.Command(filepath.Join(hh, "node_modules", ".bin", "hardhat"), "node", "--hostname", "127.0.0.1", "--port", fmt.Sprint(port))
	cmd.Dir = hh
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // npx-style launchers fork: stop the whole group
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatalf("start hardhat node (Node >= 22 on PATH? `eval \"$(scripts/setup.sh)\"`): %v", err)
	}
	stopOnCleanup(t, "hardhat node", cmd, -cmd.Process.Pid, 10*time.Second, &out)
	return dialOutside(t, fmt.Sprintf("http://127.0.0.1:%d", port), &out, false)
}

// stopOnCleanup stops the started command when the test ends: SIGTERM to pid (a negative pid is a
// process group), SIGKILL after grace; if the test failed, it logs the end of the process's output
// (a chain's log echoes every call: the end is enough).
func stopOnCleanup(t *testing.T, name string, cmd *exec.Cmd, pid int, grace time.Duration, out *bytes.Buffer) {
	t.Cleanup(func() {
		_ = syscall.Kill(pid, syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(grace):
			_ = syscall.Kill(pid, syscall.SIGKILL)
			<-done
		}
		if t.Failed() {
			log := out.String()
			t.Logf("%s (last 3000 bytes of its log):\n%s", name, log[max(0, len(log)-3000):])
		}
	})
}

// freePort returns a TCP port free on 127.0.0.1 right now.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startGethDev starts `geth --dev` (v1.17.8: GRANARY_GETH, which scripts/setup.sh builds) sealing
// a block every second, on free ports, until the test ends.
func startGethDev(t *testing.T) *outsideChain {
	t.Helper()
	if os.Getenv("GRANARY_NO_GETH") != "" {
		t.Skip("GRANARY_NO_GETH is set")
	}
	bin := os.Getenv("GRANARY_GETH")
	if bin == "" {
		t.Fatal("GRANARY_GETH is not set: run `eval \"$(scripts/setup.sh)\"`, which builds geth v1.17.8 (or set GRANARY_NO_GETH=1 to skip)")
	}
	if out, err := exec.Command(bin, "version").Output(); err != nil || !strings.Contains(string(out), "Version: 1.17.8") {
		t.Fatalf("%s is not geth 1.17.8: %v\n%s", bin, err, out)
	}
	port := freePort(t)
	cmd := exec.Command(bin, "--dev", "--dev.period", "1", "--datadir", t.TempDir(), "--http", "--http.addr", "127.0.0.1",
		"--http.port", fmt.Sprint(port), "--http.api", "eth,net,web3", "--port", "0", "--authrpc.port", fmt.Sprint(freePort(t)),
		"--ipcdisable", "--nodiscover", "--maxpeers", "0", "--verbosity", "2")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatalf("start geth: %v", err)
	}
	stopOnCleanup(t, "geth --dev", cmd, cmd.Process.Pid, 20*time.Second, &out)
	return dialOutside(t, fmt.Sprintf("http://127.0.0.1:%d", port), &out, true)
}

// dialOutside waits for the chain's JSON-RPC endpoint to answer.
func dialOutside(t *testing.T, url string, log *bytes.Buffer, realTime bool) *outsideChain {
	t.Helper()
	c := &outsideChain{t: t, url: url, realTime: realTime}
	deadline := time.Now().Add(90 * time.Second)
	for {
		var err error
		if c.rpc, err = rpc.Dial(c.url); err == nil {
			var id hexutil.Big
			if err = c.rpc.Call(&id, "eth_chainId"); err == nil {
				t.Cleanup(c.rpc.Close)
				return c
			}
			c.rpc.Close()
		}
		if time.Now().After(deadline) {
			t.Fatalf("no JSON-RPC on %s after 90 s: %v\n%s", c.url, err, log.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// fund sends ether from the node's first (unlocked) account and waits for it to be mined.
func (c *outsideChain) fund(to string, ether int64) {
	c.t.Helper()
	var accts []common.Address
	if err := c.rpc.Call(&accts, "eth_accounts"); err != nil || len(accts) == 0 {
		c.t.Fatalf("eth_accounts: %v %v", accts, err)
	}
	wei := new(big.Int).Mul(big.NewInt(ether), big.NewInt(1e18))
	var tx common.Hash
	if err := c.rpc.Call(&tx, "eth_sendTransaction", map[string]any{"from": accts[0], "to": common.HexToAddress(to),
		"value": (*hexutil.Big)(wei)}); err != nil {
		c.t.Fatalf("fund %s: %v", to, err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		var rcpt map[string]any
		if err := c.rpc.Call(&rcpt, "eth_getTransactionReceipt", tx); err == nil && rcpt != nil {
			return
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("fund %s: %s not mined after 30 s", to, tx.Hex())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// mineAt mines a block with timestamp ts (at least the head's next second).
func (c *outsideChain) mineAt(ts uint64) {
	c.t.Helper()
	if c.realTime {
		deadline := time.Now().Add(time.Until(time.Unix(int64(ts), 0)) + 30*time.Second)
		for {
			var h struct {
				Time hexutil.Uint64 `json:"timestamp"`
			}
			if err := c.rpc.Call(&h, "eth_getBlockByNumber", "latest", false); err == nil && uint64(h.Time) >= ts {
				return
			}
			if time.Now().After(deadline) {
				c.t.Fatalf("no block at or after %d by %s", ts, deadline)
			}
			time.Sleep(250 * time.Millisecond)
		}
	}
	if err := c.rpc.Call(nil, "evm_setNextBlockTimestamp", hexutil.Uint64(ts)); err != nil {
		c.t.Fatalf("evm_setNextBlockTimestamp %d: %v", ts, err)
	}
	if err := c.rpc.Call(nil, "evm_mine"); err != nil {
		c.t.Fatalf("evm_mine: %v", err)
	}
}

// market returns a read-only client of the deployment.
func (c *outsideChain) market(dep string) *chain.AgreementClient {
	c.t.Helper()
	d, err := chain.ReadDeployment(dep)
	if err != nil {
		c.t.Fatal(err)
	}
	b, err := chain.Dial(context.Background(), c.url)
	if err != nil {
		c.t.Fatal(err)
	}
	c.t.Cleanup(b.Close)
	cl, err := chain.NewAgreementClient(context.Background(), b, d, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return cl
}

// nextPeriod waits until every obliged farmer but those down proved the head's period, then moves
// the chain to the first second of the next period.
func (c *outsideChain) nextPeriod(cl *chain.AgreementClient, down ...string) uint32 {
	c.t.Helper()
	p := waitHeartbeats(c.t, cl, down...)
	c.mineAt(cl.Schedule().PeriodStart(p + 1))
	return p + 1
}

// TestOutsideChainHardhat runs the essential flow against `hardhat node` in its default automine
// mode, every role in its own process as a user would start it: deploy, six farmers staking and
// running, an auditor, a renter putting and getting a file; heartbeats prove every agreement
// period after period and pay; a killed farmer's misses are reported by the auditor and slashed.
// The chain makes a block only when a transaction arrives, so the test moves its clock from one
// period to the next with a mined block, as time passing would on a chain with blocks.
func TestOutsideChainHardhat(t *testing.T) {
	if testing.Short() {
		t.Skip("starts hardhat node and eight processes")
	}
	outsideFlow(t, startHardhatNode(t), 3)
}

// TestOutsideChainGethDev runs the same flow on `geth --dev` (v1.17.8) sealing a block every second:
// its clock cannot be moved, so the test waits for each period in real time (one proven period
// before the kill; the five others keep proving through the two after it): ~4 minutes, run in
// parallel with the rest of the package.
func TestOutsideChainGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("starts geth --dev and eight processes, and waits for real minutes")
	}
	t.Parallel()
	outsideFlow(t, startGethDev(t), 1)
}

// outsideFlow is the essential flow on chain hc, with periods proven periods before the kill.
func outsideFlow(t *testing.T, hc *outsideChain, periods int) {
	dir := t.TempDir()
	c := &user{t: t, bin: binary, dir: dir, env: []string{"HOME=" + dir, "PATH=" + os.Getenv("PATH"), "GRANARY_PASSWORD=pw",
		"GRANARY_RPC=" + hc.url}}
	var who struct {
		Address string `json:"address"`
	}
	c.jsonOut(&who, "auditor", "init", "--data-dir", "deployer", "--light-kdf")
	hc.fund(who.Address, 100)
	dep := filepath.Join(dir, "deployment.json")
	c.ok("deploy", "--data-dir", "deployer", "--out", dep, "--period", "1m", "--grace", "20s", "--sample-bps", "10000",
		"--disqualify-after", "3")
	c.env = append(c.env, "GRANARY_DEPLOYMENT="+dep)
	cl := hc.market(dep)

	addrs := map[string]string{}
	for _, n := range []string{"f1", "f2", "f3", "f4", "f5", "f6", "r", "a"} {
		role := map[byte]string{'f': "farmer", 'r': "renter", 'a': "auditor"}[n[0]]
		c.jsonOut(&who, role, "init", "--data-dir", n, "--light-kdf")
		addrs[n] = who.Address
		hc.fund(who.Address, 10)
		c.ok("token", "transfer", "--data-dir", "deployer", who.Address, "5000")
	}
	var farmers []*exec.Cmd
	for i := 1; i <= 6; i++ {
		n := fmt.Sprintf("f%d", i)
		c.ok("farmer", "stake", "--data-dir", n, "2000")
		farmers = append(farmers, c.background("farmer", "run", "--data-dir", n, "--listen", "/ip4/127.0.0.1/tcp/0",
			"--poll", "100ms", "--poke-jitter", "1s"))
	}
	c.background("auditor", "run", "--data-dir", "a", "--poll", "100ms")
	deadline := time.Now().Add(90 * time.Second)
	for {
		fs, err := cl.Farmers(context.Background())
		if err == nil && len(fs) == 6 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d farmers announced after 90 s (%v)", len(fs), err)
		}
		time.Sleep(200 * time.Millisecond)
	}

	data := randomFile(t, filepath.Join(dir, "f.bin"), 700_000, 5)
	var put putView
	c.jsonOut(&put, "renter", "put", "--data-dir", "r", "--segment-size", "256KiB", "f.bin")
	if len(put.Farmers) != 6 || put.Segments != 3 {
		t.Fatalf("put: %+v", put)
	}
	c.ok("renter", "get", "--data-dir", "r", "f.bin", "f.back")
	if !bytes.Equal(mustRead(t, filepath.Join(dir, "f.back")), data) {
		t.Fatal("the file came back different")
	}

	// In the next period each farmer's heartbeat posts its newest revision (their pokes make the
	// blocks that seed the period); from the one after, each agreement is live, proven every period,
	// and paid.
	hc.nextPeriod(cl)
	for i := 1; i <= 6; i++ {
		var fs farmerStatusView
		c.waitJSON("the revision on chain", &fs, func() bool { return len(fs.Agreements) == 1 && fs.Agreements[0].Revision > 0 },
			"farmer", "status", "--data-dir", fmt.Sprintf("f%d", i))
	}
	for range periods {
		hc.nextPeriod(cl)
	}
	for i := 1; i <= 6; i++ {
		var fs farmerStatusView
		c.jsonOut(&fs, "farmer", "status", "--data-dir", fmt.Sprintf("f%d", i))
		if len(fs.Agreements) != 1 || fs.Agreements[0].Revision == 0 || fs.Agreements[0].Paid == "0" && fs.Agreements[0].EarnedUnpaid == "0" {
			t.Fatalf("farmer f%d after %d periods: %+v", i, periods, fs)
		}
	}

	// Kill a farmer: the next period's heartbeat is missing; once its grace is over the auditor
	// reports it and the market slashes the farmer's stake.
	var before farmerStatusView
	c.jsonOut(&before, "farmer", "status", "--data-dir", "f1")
	_ = farmers[0].Process.Kill()
	_ = farmers[0].Wait()
	p := hc.nextPeriod(cl, addrs["f1"]) // f1 proved the period it was killed in, or was not obliged
	p2 := hc.nextPeriod(cl, addrs["f1"])
	if p2 != p+1 {
		t.Fatalf("periods %d then %d", p, p2)
	}
	hc.mineAt(cl.Schedule().HeartbeatDeadline(p) + 1) // period p missed, its report window open
	var after farmerStatusView
	c.waitJSON("the killed farmer slashed", &after, func() bool { return after.Stake != before.Stake }, "farmer", "status", "--data-dir", "f1")
	var bal balanceView
	c.waitJSON("the auditor's bounty", &bal, func() bool { return bal.Withdrawable != "0" }, "token", "balance", "--data-dir", "a")

	// The file still reads from the other five.
	c.ok("renter", "get", "--data-dir", "r", "f.bin", "f.back2")
	if !bytes.Equal(mustRead(t, filepath.Join(dir, "f.back2")), data) {
		t.Fatal("after the slash the file came back different")
	}
}
