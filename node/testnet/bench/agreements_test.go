package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/granary-network/granary/internal/cputime"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/node/testnet"
)

const agreeRole = "agree-renter" // GRANARY_BENCH_ROLE of the agreement renter process

// rawGetMax is the largest file whose pipeline-alone get is measured on the whole file: the
// pipeline-alone get reads the data shards from memory, so bigger files are measured on their first
// rawGetMax bytes (the same bytes) and the throughput applied to the whole.
const rawGetMax = 1 << 30

// agreeConfig is one shape of the agreement benchmark: a network and the file sizes put on it.
type agreeConfig struct {
	Label   string
	Farmers int
	Params  pipeline.Params
	Files   []agreeFile
	Took    time.Duration
}

// agreeFile is one file size's figures, one entry per run.
type agreeFile struct {
	Label      string
	Size       int64
	E2E        []AgreementResult
	Raw        []Raw
	RawGetSize int64 // bytes the pipeline-alone get ran on (the first RawGetSize of the file)
	NetCPU     []time.Duration
}

type agreeReport struct {
	Machine   Machine
	Start     time.Time
	Took      time.Duration
	LoadAfter string
	Repeat    int
	Periods   uint32
	Configs   []agreeConfig
}

// TestBenchAgreements is the end-to-end benchmark of the agreement path (scripts/bench.sh runs it;
// skipped unless GRANARY_BENCH=1). For each configuration, an in-process network on AgreementMarket
// (testnet.NewAgreements: farmers on loopback with their heartbeat loops) and a renter process on
// renter.Agreements; each file is put, got back (every byte compared) and removed, and the pipeline
// alone runs on the same bytes in between. BENCH_AGREE_SIZES (3+3 with 4 MiB segments on 6
// farmers, default "1GiB"), BENCH_AGREE_WIDE (10+20 with 4 MiB segments on 30 farmers, default
// "256MiB"; "none" skips), BENCH_AGREE_REPEAT (runs of each size up to 1 GiB, default 3; bigger
// sizes run once) and BENCH_AGREE_OUT (the markdown section, default bench-agreements.md) shape it.
func TestBenchAgreements(t *testing.T) {
	if os.Getenv(enableEnv) != "1" {
		t.Skip("the end-to-end benchmark runs from scripts/bench.sh (" + enableEnv + "=1)")
	}
	repeat, err := strconv.Atoi(envOr("BENCH_AGREE_REPEAT", "3"))
	if err != nil || repeat < 1 {
		t.Fatal("BENCH_AGREE_REPEAT must be a positive integer")
	}
	rep := &agreeReport{Machine: ThisMachine(), Start: time.Now(), Repeat: repeat, Periods: 30}
	sizes := func(env, def string) []agreeFile {
		var fs []agreeFile
		for _, s := range strings.Fields(envOr(env, def)) {
			if s != "none" {
				fs = append(fs, agreeFile{Label: s, Size: parseSize(t, s)})
			}
		}
		return fs
	}
	cfgs := []agreeConfig{
		{Label: "3+3", Farmers: 6, Params: pipeline.DevnetParams(), Files: sizes("BENCH_AGREE_SIZES", "1GiB")},
		{Label: "10+20", Farmers: 30, Params: pipeline.NetworkParams(), Files: sizes("BENCH_AGREE_WIDE", "256MiB")},
	}
	for _, c := range cfgs {
		if len(c.Files) == 0 {
			continue
		}
		t.Run(c.Label, func(t *testing.T) {
			start := time.Now()
			benchAgreements(t, rep, &c)
			c.Took = time.Since(start)
		})
		rep.Configs = append(rep.Configs, c)
		if t.Failed() {
			return
		}
	}
	rep.LoadAfter = LoadAvg()
	rep.Took = time.Since(rep.Start)
	out := envOr("BENCH_AGREE_OUT", "bench-agreements.md")
	if err := os.WriteFile(out, []byte(rep.markdown()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("report written to %s", out)
}

func benchAgreements(t *testing.T, rep *agreeReport, c *agreeConfig) {
	ctx := context.Background()
	var largest int64
	for _, f := range c.Files {
		largest = max(largest, f.Size)
	}
	// An agreement holds a farmer's column of a file: size/k. Room for twice the largest one.
	maxBytes := uint64(1 << 30)
	for maxBytes < 2*uint64(largest)/uint64(c.Params.DataShards) {
		maxBytes *= 2
	}
	n := testnet.NewAgreements(t, testnet.AgreementConfig{Farmers: c.Farmers, Capacity: int64(4 * maxBytes),
		Renter: renter.AgreementOptions{Periods: rep.Periods, MaxBytesPerAgreement: maxBytes}})
	inproc, err := rpcClientOf(n.Chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	url, stop, err := ServeRPC(inproc, n.Backend.SendTransaction)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	// The renter process signs with the account of the network's in-process renter, which stays idle
	// (the simulated chain has few accounts; 30 farmers use most of them). Its node (identity,
	// catalogue, agreement book) lives in dir, kept across the runs like a user's node.
	dir := t.TempDir()
	for r := range rep.Repeat {
		for i := range c.Files {
			f := &c.Files[i]
			if r > 0 && f.Size > rawGetMax {
				continue
			}
			seed := uint64(2000 + 10*i + r)
			raw, err := measureRaw(ctx, f, seed, c.Params)
			if err != nil {
				t.Fatal(err)
			}
			f.Raw = append(f.Raw, raw)
			job := AgreementJob{RPC: url, Deployment: n.Dep, Key: KeyHex(n.Renter.Acct.Key), Dir: dir,
				Name: fmt.Sprintf("bench-%s-%d", f.Label, r), Size: f.Size, Seed: seed, Params: c.Params,
				Periods: rep.Periods, MaxBytes: maxBytes, WarmSize: 1 << 20}
			cpu0 := cputime.Process()
			e := runAgreementRenter(t, job)
			f.NetCPU = append(f.NetCPU, cputime.Process()-cpu0)
			f.E2E = append(f.E2E, e)
			// A period passes between runs: the farmers' heartbeats post the removal revisions and
			// the farmers free the removed file's shards (until then they count against the
			// agreement's size).
			n.WaitHeartbeats(n.NextPeriod())
			t.Logf("%s %s #%d: pipeline put %.1f get %.1f MiB/s; end to end put %.1f get %.1f MiB/s, first byte %v, "+
				"renter RSS %d → %d MiB, disk %d → %d MiB (TMPDIR +%d MiB, %d samples), txs warm-up %d put %d get %d remove %d, load %s",
				c.Label, f.Label, r+1, mibps(f.Size, raw.Put), mibps(f.Size, raw.Get), mibps(f.Size, e.Put), mibps(f.Size, e.Get),
				e.FirstByte.Round(time.Millisecond), e.BaseRSS>>10, e.HWM>>10, e.DiskBase>>20, e.DiskPeak>>20, e.TmpPeak>>20, e.Samples,
				e.WarmTxs, e.PutTxs, e.GetTxs, e.RemoveTxs, LoadAvg())
		}
	}
}

// measureRaw runs the pipeline alone on the file's bytes: on the whole file, or for files above
// rawGetMax, put on the whole file and get on its first rawGetMax bytes (Raw.Get then scaled to the
// whole file's size).
func measureRaw(ctx context.Context, f *agreeFile, seed uint64, params pipeline.Params) (Raw, error) {
	if f.Size <= rawGetMax {
		f.RawGetSize = f.Size
		return MeasureRaw(ctx, f.Size, seed, params)
	}
	put, putCPU, err := MeasureRawPut(ctx, f.Size, seed, params)
	if err != nil {
		return Raw{}, err
	}
	get, getCPU, err := MeasureRawGet(ctx, rawGetMax, seed, params)
	if err != nil {
		return Raw{}, err
	}
	f.RawGetSize = rawGetMax
	scale := float64(f.Size) / rawGetMax
	return Raw{Put: put, PutCPU: putCPU, Get: time.Duration(float64(get) * scale), GetCPU: time.Duration(float64(getCPU) * scale)}, nil
}

// agreeRenterMain is the agreement renter process: it runs the job in GRANARY_BENCH_JOB and prints
// its result.
func agreeRenterMain() int {
	var job AgreementJob
	if err := json.Unmarshal([]byte(os.Getenv(jobEnv)), &job); err != nil {
		fmt.Fprintln(os.Stderr, "bench agreement renter: job:", err)
		return 2
	}
	res, err := RunAgreementRenter(context.Background(), job)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench agreement renter:", err)
		return 1
	}
	b, _ := json.Marshal(res)
	fmt.Println(ResultPrefix + string(b))
	return 0
}

// runAgreementRenter runs one job in an agreement renter process (this test binary, started again)
// with a TMPDIR of its own, empty.
func runAgreementRenter(t *testing.T, job AgreementJob) AgreementResult {
	t.Helper()
	b, err := json.Marshal(job)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), roleEnv+"="+agreeRole, jobEnv+"="+string(b), "TMPDIR="+t.TempDir())
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("renter process for %s: %v", job.Name, err)
	}
	// The renter's marks are read as they come: this process's CPU at each is the farmers' (and the
	// chain's) over the put and over the get.
	var res *AgreementResult
	var out strings.Builder
	at := map[string]time.Duration{}
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if name, ok := strings.CutPrefix(line, MarkPrefix); ok {
			at[name] = cputime.Process()
			continue
		}
		if rest, ok := strings.CutPrefix(line, ResultPrefix); ok {
			res = new(AgreementResult)
			if err := json.Unmarshal([]byte(rest), res); err != nil {
				t.Fatal(err)
			}
			continue
		}
		out.WriteString(line + "\n")
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("renter process for %s: %v\n%s", job.Name, err, out.String())
	}
	if res == nil {
		t.Fatalf("renter process for %s printed no result:\n%s", job.Name, out.String())
	}
	if len(at) != 4 {
		t.Fatalf("renter process for %s printed marks %v, want put, /put, get, /get", job.Name, at)
	}
	res.NetPutCPU, res.NetGetCPU = at["/put"]-at["put"], at["/get"]-at["get"]
	return *res
}

func passMark(ok bool) string {
	if ok {
		return "pass"
	}
	return "**miss**"
}

func (r *agreeReport) markdown() string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	commit := envOr("BENCH_COMMIT", "unknown")
	p("<!-- agreements:begin (written by scripts/bench.sh: TestBenchAgreements) -->\n")
	p("## Agreement path (AgreementMarket): put and get end to end\n\n")
	p("Report of node/testnet/bench's TestBenchAgreements: %s, commit `%s`, took %.0f s. %s, %d cores, %.1f GiB RAM, %s.\n",
		r.Start.UTC().Format("2006-01-02 15:04 MST"), commit, r.Took.Seconds(), r.Machine.CPU, r.Machine.Cores, r.Machine.RAMGiB, r.Machine.Go)
	p("**Load average (1, 5, 15 min) at start → end: %s → %s**: the machine's 2 cores were shared with other work during the\n", r.Machine.LoadBefore, r.LoadAfter)
	p("run, so wall-clock figures are below what it can do; the pipeline-alone runs (interleaved with the end-to-end runs) saw the\n")
	p("same background load, so the ratios are fairer than the absolute MiB/s.\n\n")

	p("**Setup.** node/testnet's NewAgreements: the simulated chain with the token and AgreementMarket (a block sealed per\n")
	p("transaction batch, the clock moved only by the test, so no period passes during a run), and farmers on 127.0.0.1 (libp2p\n")
	p("over TCP) serving the agreement protocols (offer, store, revise, latest, prove, download), each with its heartbeat loop\n")
	p("running, all in the test process. The renter runs in **its own process** (the test binary started again), on\n")
	p("renter.Agreements, reaching the chain over JSON-RPC (a proxy in the test process) and the farmers over libp2p, so that\n")
	p("its RSS, CPU and disk are its own. Its node directory (identity, catalogue, agreement book) is kept across the runs of a\n")
	p("configuration, as a user's is; each renter process has a fresh, empty TMPDIR. Agreements are of %d periods.\n\n", r.Periods)
	p("**A put on agreements** (renter/agreeput.go): the file is read once, streaming (no staging on disk, no copy of the\n")
	p("file): the pipeline encrypts (AES-256-GCM), erasure-codes and Merkle-hashes each segment, and the segment's n shards\n")
	p("go out at once, shard i to the farmer of column i, over **one store stream per farmer per put** (StoreRequest with the\n")
	p("agreement id and a retrieval auth, then ShardHeader{root,size} + raw bytes per shard, pipelined: up to 16 shards ahead\n")
	p("of the farmer's acks). Each farmer checks every shard's Merkle root while writing it to disk and acks it (ShardAck, in\n")
	p("order); the shards are staged under the agreement. When the whole file is sent the renter closes each stream and checks\n")
	p("that every shard was acked, then asks **each farmer to co-sign one revision** of its agreement adding the file's shards\n")
	p("(ReviseRequest signed by the renter; the farmer checks the escrow on chain and signs). Then the manifest is saved. No\n")
	p("chain transaction: the farmers' heartbeats post the revisions later. Only when the renter has no usable agreement with a\n")
	p("farmer does the put first ask for an offer and open one on chain (approve + open). **A get** reads the manifest and\n")
	p("fetches each segment's shards from the farmers (download protocol, k+1 at once, the first k that verify against their\n")
	p("CIDs win), decrypts, and writes the plaintext, which the benchmark compares byte by byte with the file it generated.\n")
	p("After the get the file is removed (one revision per farmer without its shards, the farmers free their disks).\n\n")
	p("**What is measured**, in the renter process: a 1 MiB warm-up put first (it opens the agreements if the book has none,\n")
	p("and is removed), then the measured put of the file (deterministic AES-CTR keystream bytes generated on the fly, never\n")
	p("held in memory), the get, the remove. Chain transactions are the renter account's pending nonce after minus before each\n")
	p("step. Time to first byte runs from calling Get to the first plaintext byte. RSS is /proc/self/status (VmRSS after the\n")
	p("warm-up; VmHWM at the end, the peak of the process). Disk is the space allocated (st_blocks) to every file under the\n")
	p("renter's node directory plus its TMPDIR, sampled every 50 ms during the put: peak minus the value before the put. The\n")
	p("pipeline alone is the renter's pipeline on the same bytes in the test process, with as many workers as cores (put into a\n")
	p("sink dropping the shards; the get from the data shards of a second, untimed put kept in memory); files above 1 GiB get their\n")
	p("pipeline-alone get measured on their first 1 GiB. Runs of\n")
	p("each size up to 1 GiB: %d, interleaved (pipeline, then renter); bigger sizes once. Medians, with the range over the runs.\n\n", r.Repeat)

	p("| config | file | put | put MiB/s (range) | get | get MiB/s (range) | time to first byte (max) | renter RSS after warm-up → peak | renter extra disk during put (TMPDIR) | renter CPU put / get | renter chain txs: warm-up, put, get, remove |\n")
	p("|---|---|---|---|---|---|---|---|---|---|---|\n")
	var worstRSS, worstDisk int64
	var worstTTFB time.Duration
	var worstTxs uint64
	type ratioRow struct {
		cfg, file string
		put, get  float64
	}
	var ratios []ratioRow
	for _, c := range r.Configs {
		for _, f := range c.Files {
			if len(f.E2E) == 0 {
				continue
			}
			put := median(f.E2E, func(e AgreementResult) time.Duration { return e.Put })
			get := median(f.E2E, func(e AgreementResult) time.Duration { return e.Get })
			ttfb := median(f.E2E, func(e AgreementResult) time.Duration { return e.FirstByte })
			var base, peak, disk, tmp int64
			var maxTTFB time.Duration
			var txs []string
			for _, e := range f.E2E {
				base, peak = max(base, e.BaseRSS), max(peak, e.HWM)
				disk, tmp = max(disk, e.DiskPeak-e.DiskBase), max(tmp, e.TmpPeak)
				maxTTFB = max(maxTTFB, e.FirstByte)
				txs = append(txs, fmt.Sprintf("%d, %d, %d, %d", e.WarmTxs, e.PutTxs, e.GetTxs, e.RemoveTxs))
				worstTxs = max(worstTxs, e.PutTxs)
			}
			worstRSS, worstDisk, worstTTFB = max(worstRSS, peak), max(worstDisk, disk), max(worstTTFB, ttfb)
			p("| %s on %d farmers | %s | %s | **%.1f** (%s) | %s | **%.1f** (%s) | **%d ms** (%d ms) | %d → **%d MiB** | **%.1f MiB** (%.1f MiB) | %s / %s | %s |\n",
				c.Label, c.Farmers, f.Label, secs(put), mibps(f.Size, put), spread(f.Size, f.E2E, func(e AgreementResult) time.Duration { return e.Put }),
				secs(get), mibps(f.Size, get), spread(f.Size, f.E2E, func(e AgreementResult) time.Duration { return e.Get }),
				ttfb.Milliseconds(), maxTTFB.Milliseconds(), base>>10, peak>>10, float64(disk)/(1<<20), float64(tmp)/(1<<20),
				secs(median(f.E2E, func(e AgreementResult) time.Duration { return e.PutCPU })),
				secs(median(f.E2E, func(e AgreementResult) time.Duration { return e.GetCPU })), strings.Join(txs, "; "))
		}
	}
	p("\n| config | file | pipeline put MiB/s (range) | **end-to-end / pipeline, put** | pipeline get MiB/s (range) | **end-to-end / pipeline, get** | renter CPU per byte, end-to-end / pipeline (put, get) | test process CPU per run (farmers, chain, RPC proxy) | CPU during the put: renter + test process | during the get | **best ratio the %d cores allow (put, get)** |\n", r.Machine.Cores)
	p("|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, c := range r.Configs {
		for _, f := range c.Files {
			if len(f.E2E) == 0 {
				continue
			}
			rawPut := median(f.Raw, func(x Raw) time.Duration { return x.Put })
			rawGet := median(f.Raw, func(x Raw) time.Duration { return x.Get })
			put := median(f.E2E, func(e AgreementResult) time.Duration { return e.Put })
			get := median(f.E2E, func(e AgreementResult) time.Duration { return e.Get })
			getNote := ""
			if f.RawGetSize < f.Size {
				getNote = fmt.Sprintf(" (on the first %d MiB)", f.RawGetSize>>20)
			}
			rp, rg := ratio(rawPut, put), ratio(rawGet, get)
			ratios = append(ratios, ratioRow{c.Label, f.Label, rp, rg})
			// However well the work overlapped, the end-to-end step needed at least its CPU time
			// (renter + farmers + chain) spread over every core: the best ratio it allows.
			cores := time.Duration(max(1, r.Machine.Cores))
			putCPU := median(f.E2E, func(e AgreementResult) time.Duration { return e.PutCPU + e.NetPutCPU })
			getCPU := median(f.E2E, func(e AgreementResult) time.Duration { return e.GetCPU + e.NetGetCPU })
			cpuCols := fmt.Sprintf("%s + %s | %s + %s | **%.2f, %.2f**",
				secs(median(f.E2E, func(e AgreementResult) time.Duration { return e.PutCPU })),
				secs(median(f.E2E, func(e AgreementResult) time.Duration { return e.NetPutCPU })),
				secs(median(f.E2E, func(e AgreementResult) time.Duration { return e.GetCPU })),
				secs(median(f.E2E, func(e AgreementResult) time.Duration { return e.NetGetCPU })),
				ratio(rawPut, putCPU/cores), ratio(rawGet, getCPU/cores))
			p("| %s | %s | %.1f (%s) | **%.2f** | %.1f (%s)%s | **%.2f** | %.2f, %.2f | %s | %s |\n", c.Label, f.Label,
				mibps(f.Size, rawPut), spread(f.Size, f.Raw, func(x Raw) time.Duration { return x.Put }), rp,
				mibps(f.Size, rawGet), spread(f.Size, f.Raw, func(x Raw) time.Duration { return x.Get }), getNote, rg,
				ratio(median(f.E2E, func(e AgreementResult) time.Duration { return e.PutCPU }), median(f.Raw, func(x Raw) time.Duration { return x.PutCPU })),
				ratio(median(f.E2E, func(e AgreementResult) time.Duration { return e.GetCPU }), median(f.Raw, func(x Raw) time.Duration { return x.GetCPU })),
				secs(median(f.NetCPU, func(d time.Duration) time.Duration { return d })), cpuCols)
		}
	}
	p("\nThe end-to-end / pipeline ratios are wall-clock throughput ratios (pipeline time / end-to-end time on the same bytes).\n")
	p("The test process's CPU covers the whole renter job (warm-up, put, get, remove): the farmers' libp2p, their hashing and\n")
	p("disk writes, the chain and the RPC proxy; it competes with the renter for the same 2 cores. The CPU during the put (get)\n")
	p("is the renter process's plus the test process's between the renter's marks at the step's start and end; however well\n")
	p("the work overlapped, the step took at least that CPU time spread over every core, so the pipeline's time over that is\n")
	p("the best end-to-end / pipeline ratio this machine allows with the farmers on the renter's cores.\n\n")

	p("Against the targets (this run; loopback, 2 shared cores):\n\n| target | measured | |\n|---|---|---|\n")
	for _, x := range ratios {
		p("| put end to end >= 0.7 of the pipeline alone (%s, %s) | %.2f | %s |\n", x.cfg, x.file, x.put, passMark(x.put >= 0.7))
		p("| get end to end >= 0.7 of the pipeline alone (%s, %s) | %.2f | %s |\n", x.cfg, x.file, x.get, passMark(x.get >= 0.7))
	}
	p("| time to first byte <= 100 ms (worst median) | %d ms | %s |\n", worstTTFB.Milliseconds(), passMark(worstTTFB <= 100*time.Millisecond))
	p("| renter peak RSS <= 256 MiB (own process, worst run) | %d MiB | %s |\n", worstRSS>>10, passMark(worstRSS <= 256<<10))
	p("| renter extra disk during put <= 64 MiB (worst run) | %.1f MiB | %s |\n", float64(worstDisk)/(1<<20), passMark(worstDisk <= 64<<20))
	p("| chain transactions per put with agreements in place = 0 (worst run) | %d | %s |\n", worstTxs, passMark(worstTxs == 0))
	p("\n")
	for _, c := range r.Configs {
		p("Runs, %s (put, get MiB/s; first byte; peak RSS; disk):", c.Label)
		for _, f := range c.Files {
			for i, e := range f.E2E {
				p(" %s #%d %.1f, %.1f; %d ms; %d MiB; %.1f MiB.", f.Label, i+1, mibps(f.Size, e.Put), mibps(f.Size, e.Get),
					e.FirstByte.Milliseconds(), e.HWM>>10, float64(e.DiskPeak-e.DiskBase)/(1<<20))
			}
		}
		p("\n\n")
	}
	p("<!-- agreements:end -->\n")
	return b.String()
}
