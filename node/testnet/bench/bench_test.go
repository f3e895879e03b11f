package bench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/prover"
	"github.com/granary-network/granary/node/testnet"
)

// Environment of the benchmark (scripts/bench.sh sets it).
const (
	enableEnv = "GRANARY_BENCH"      // 1: run TestBench
	roleEnv   = "GRANARY_BENCH_ROLE" // renter: this process is the renter of one job
	jobEnv    = "GRANARY_BENCH_JOB"  // the RenterJob, JSON
)

func TestMain(m *testing.M) {
	if os.Getenv(roleEnv) == "renter" {
		os.Exit(renterMain())
	}
	if os.Getenv(roleEnv) == agreeRole {
		os.Exit(agreeRenterMain())
	}
	if os.Getenv(roleEnv) == "gateway" {
		os.Exit(gatewayMain())
	}
	os.Exit(m.Run())
}

// renterMain is the renter process: it runs the job in GRANARY_BENCH_JOB and prints its result.
func renterMain() int {
	var job RenterJob
	if err := json.Unmarshal([]byte(os.Getenv(jobEnv)), &job); err != nil {
		fmt.Fprintln(os.Stderr, "bench renter: job:", err)
		return 2
	}
	res, err := RunRenter(context.Background(), job)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench renter:", err)
		return 1
	}
	b, _ := json.Marshal(res)
	fmt.Println(ResultPrefix + string(b))
	return 0
}

// benchParams are the devnet's market parameters with periods of 30 blocks and a 20-block proof
// window; with a block every 80 ms a period lasts 2.4 s.
var benchParams = func() market.Params {
	p := market.DevnetParams()
	p.PeriodBlocks, p.ProofWindow = 30, 20
	return p
}()

const blockEvery = 80 * time.Millisecond

func parseSize(t *testing.T, s string) int64 {
	mult := int64(1)
	for suffix, m := range map[string]int64{"KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30} {
		if rest, ok := strings.CutSuffix(s, suffix); ok {
			s, mult = rest, m
		}
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v <= 0 {
		t.Fatalf("bad size %q", s)
	}
	return v * mult
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// TestBench is the end-to-end benchmark (see the package comment). BENCH_SIZES (default
// "256MiB 1GiB"), BENCH_REPEAT (runs of each size, default 3; the report gives medians),
// BENCH_PERIODS (heartbeat periods measured, default 4), BENCH_EXTRA_FILES (small files added
// before the second heartbeat measurement, default 20) and BENCH_OUT (the markdown report, default
// bench-report.md) shape it.
func TestBench(t *testing.T) {
	if os.Getenv(enableEnv) != "1" {
		t.Skip("the end-to-end benchmark runs from scripts/bench.sh (" + enableEnv + "=1)")
	}
	ctx := context.Background()
	var sizes []string
	for _, s := range strings.Fields(envOr("BENCH_SIZES", "256MiB 1GiB")) {
		sizes = append(sizes, s)
	}
	periods, err := strconv.Atoi(envOr("BENCH_PERIODS", "4"))
	if err != nil || periods < 1 {
		t.Fatal("BENCH_PERIODS must be a positive integer")
	}
	extra, err := strconv.Atoi(envOr("BENCH_EXTRA_FILES", "20"))
	if err != nil || extra < 0 {
		t.Fatal("BENCH_EXTRA_FILES must be a non-negative integer")
	}
	repeat, err := strconv.Atoi(envOr("BENCH_REPEAT", "3"))
	if err != nil || repeat < 1 {
		t.Fatal("BENCH_REPEAT must be a positive integer")
	}
	rep := &report{Machine: ThisMachine(), Params: pipeline.DevnetParams(), Market: benchParams, Start: time.Now(), Repeat: repeat}
	for _, s := range sizes {
		rep.Files = append(rep.Files, fileRun{Label: s, Size: parseSize(t, s)})
	}

	// 1. The network; its chain served to the renter processes.
	n := testnet.New(t, testnet.Config{Farmers: 6, Capacity: 16 << 30, Periods: 1000, Idle: blockEvery, Params: benchParams})
	inproc, err := rpcClientOf(n.Chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	url, stop, err := ServeRPC(inproc, n.Backend.SendTransaction)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()

	// 2. Each file size, `repeat` times: the pipeline alone on the file's bytes, then a renter process
	// putting and getting the same bytes. Interleaving them exposes both to the same background load.
	// Every renter process is a fresh node (identity, catalogue) of the same funded account.
	acct := n.Chain.NewAccount(t, market.Tokens(1_000_000))
	for r := range repeat {
		for i := range rep.Files {
			f := &rep.Files[i]
			seed := uint64(1000 + 10*i + r)
			raw, err := MeasureRaw(ctx, f.Size, seed, rep.Params)
			if err != nil {
				t.Fatal(err)
			}
			f.Raw = append(f.Raw, raw)
			job := RenterJob{RPC: url, Deployment: n.Dep, Key: KeyHex(acct.Key), Dir: t.TempDir(),
				Name: fmt.Sprintf("bench-%s-%d", f.Label, r), Size: f.Size, Seed: seed, Params: rep.Params, Periods: 1000}
			e := runRenter(t, job)
			f.E2E = append(f.E2E, e)
			t.Logf("%s #%d: pipeline put %.1f get %.1f MiB/s; end to end put %.1f get %.1f MiB/s, first byte %v, renter RSS %d MiB at start, peak %d MiB",
				f.Label, r+1, mibps(f.Size, raw.Put), mibps(f.Size, raw.Get), mibps(f.Size, e.Put), mibps(f.Size, e.Get),
				e.FirstByte.Round(time.Millisecond), e.BaseRSS>>10, e.HWM>>10)
		}
	}

	// 3. The heartbeat loop, with the deals above and then with more.
	for _, f := range n.Farmers {
		p := prover.New(f.Client, f.Svc, prover.Options{Poll: 10 * time.Millisecond})
		pctx, cancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() { defer close(done); _ = p.Run(pctx) }()
		defer func() { cancel(); <-done }()
	}
	rep.Gas = append(rep.Gas, measureHeartbeats(t, n, periods))
	if extra > 0 {
		for i := range extra {
			n.PutRandom(fmt.Sprintf("extra-%d", i), uint64(i), 1<<20, rep.Params)
		}
		rep.Gas = append(rep.Gas, measureHeartbeats(t, n, periods))
	}
	rep.LoadAfter = LoadAvg()
	rep.Took = time.Since(rep.Start)

	out := envOr("BENCH_OUT", "bench-report.md")
	if err := os.WriteFile(out, []byte(rep.markdown()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("report written to %s", out)
}

// rpcClientOf digs the in-process RPC client out of the simulated chain's client: it embeds an
// *ethclient.Client but hides its Client() method behind the embedded field's name.
func rpcClientOf(c any) (*rpc.Client, error) {
	v := reflect.ValueOf(c)
	if v.Kind() == reflect.Struct {
		if f := v.FieldByName("Client"); f.IsValid() && f.CanInterface() {
			if ec, ok := f.Interface().(*ethclient.Client); ok && ec != nil {
				return ec.Client(), nil
			}
		}
	}
	return nil, fmt.Errorf("bench: cannot reach the RPC client inside %T (go-ethereum's simulated backend changed?)", c)
}

// runRenter runs one job in a renter process (this test binary, started again).
func runRenter(t *testing.T, job RenterJob) RenterResult {
	t.Helper()
	b, err := json.Marshal(job)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), roleEnv+"=renter", jobEnv+"="+string(b))
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("renter process for %s: %v", job.Name, err)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), ResultPrefix); ok {
			var res RenterResult
			if err := json.Unmarshal([]byte(rest), &res); err != nil {
				t.Fatal(err)
			}
			return res
		}
	}
	t.Fatalf("renter process for %s printed no result:\n%s", job.Name, out)
	return RenterResult{}
}

// gasRun is the heartbeat loop's gas over some periods, read from the receipts of every
// transaction the farmers sent.
type gasRun struct {
	Farmers       int
	DealsPerFarm  []uint32 // live deals of each farmer
	First, Last   uint32   // the activation period, then the steady periods First+1..Last
	ActivationGas uint64   // every farmer transaction in the activation period
	Activated     uint64   // deals that entered the farmers' sets in it
	SteadyGas     uint64   // every farmer transaction in the steady periods
	ByMethod      map[string]uint64
	Heartbeats    int // heartbeats mined in the steady periods
	HeartbeatGas  []uint64
	Proven        int // (farmer, period) pairs proven in the steady periods
}

// measureHeartbeats waits until every current deal is in its farmer's set, lets the farmers' provers
// run for `periods` more periods, and sums the gas of what they sent.
func measureHeartbeats(t *testing.T, n *testnet.Net, periods int) gasRun {
	t.Helper()
	ctx := context.Background()
	c := n.Renter.Client
	count, err := c.Market.DealCount(nil)
	if err != nil {
		t.Fatal(err)
	}
	var first uint32
	for id := uint64(1); id <= count; id++ {
		d, err := c.Deal(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		first = max(first, d.StartPeriod)
	}
	if head, err := c.Block(ctx); err == nil {
		first = max(first, c.Schedule.PeriodAt(head)+1)
	}
	last := first + uint32(periods)
	n.WaitPeriod(last + 1)
	g := gasRun{Farmers: len(n.Farmers), First: first, Last: last, ByMethod: map[string]uint64{}}
	farmers := map[common.Address]bool{}
	for _, f := range n.Farmers {
		farmers[f.Acct.Addr] = true
		info, err := c.Farmer(ctx, f.Acct.Addr)
		if err != nil {
			t.Fatal(err)
		}
		g.DealsPerFarm = append(g.DealsPerFarm, info.LiveDeals)
		for q := first + 1; q <= last; q++ {
			w, err := c.Market.ProvenBits(nil, f.Acct.Addr, big.NewInt(int64(q>>8)))
			if err != nil {
				t.Fatal(err)
			}
			g.Proven += int(w.Bit(int(q & 0xff)))
		}
	}
	abi, err := bindings.StorageMarketMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(n.Chain.ChainID)
	from, to := c.Schedule.PeriodStart(first), c.Schedule.PeriodStart(last+1)
	for b := from; b < to; b++ {
		block, err := n.Chain.Client.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range block.Transactions() {
			sender, err := types.Sender(signer, tx)
			if err != nil || !farmers[sender] || tx.To() == nil || *tx.To() != n.Dep.Market || len(tx.Data()) < 4 {
				continue
			}
			rcpt, err := n.Chain.Client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			method := "other"
			if m, err := abi.MethodById(tx.Data()[:4]); err == nil {
				method = m.Name
			}
			for _, l := range rcpt.Logs {
				if _, err := c.Market.ParseDealActivated(*l); err == nil && b < c.Schedule.PeriodStart(first+1) {
					g.Activated++
				}
			}
			if b < c.Schedule.PeriodStart(first+1) {
				g.ActivationGas += rcpt.GasUsed
				continue
			}
			g.SteadyGas += rcpt.GasUsed
			g.ByMethod[method] += rcpt.GasUsed
			if method == "heartbeat" && rcpt.Status == types.ReceiptStatusSuccessful {
				g.Heartbeats++
				g.HeartbeatGas = append(g.HeartbeatGas, rcpt.GasUsed)
			}
		}
	}
	t.Logf("heartbeats: deals per farmer %v, %d proven of %d, steady gas %d over %d periods, activation %d gas for %d deals",
		g.DealsPerFarm, g.Proven, g.Farmers*periods, g.SteadyGas, periods, g.ActivationGas, g.Activated)
	return g
}

func mibps(n int64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / (1 << 20) / d.Seconds()
}
