package bench

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/pipeline"
)

// fileRun is one file size's figures, one entry per run: the renter process's, and the pipeline's
// alone on the same bytes.
type fileRun struct {
	Label string
	Size  int64
	E2E   []RenterResult
	Raw   []Raw
}

// median returns the median of the values f picks from xs (the lower middle for an even count).
func median[T any](xs []T, f func(T) time.Duration) time.Duration {
	ds := make([]time.Duration, len(xs))
	for i, x := range xs {
		ds[i] = f(x)
	}
	slices.Sort(ds)
	return ds[(len(ds)-1)/2]
}

// spread returns the throughput range of size bytes over the durations f picks: "lo–hi".
func spread[T any](size int64, xs []T, f func(T) time.Duration) string {
	lo, hi := f(xs[0]), f(xs[0])
	for _, x := range xs {
		lo, hi = min(lo, f(x)), max(hi, f(x))
	}
	return fmt.Sprintf("%.0f–%.0f", mibps(size, hi), mibps(size, lo))
}

type report struct {
	Machine   Machine
	Params    pipeline.Params
	Market    market.Params
	Start     time.Time
	Repeat    int
	Took      time.Duration
	LoadAfter string
	Files     []fileRun
	Gas       []gasRun
}

func secs(d time.Duration) string { return fmt.Sprintf("%.1f s", d.Seconds()) }

func (r *report) markdown() string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	commit := os.Getenv("BENCH_COMMIT")
	if commit == "" {
		commit = "unknown"
	}
	p("# Granary benchmarks\n\n")
	p("Latest report of `scripts/bench.sh`: %s, commit `%s`; the end-to-end part (TestBench) took %.0f s.\n\n",
		r.Start.UTC().Format("2006-01-02 15:04 MST"), commit, r.Took.Seconds())
	p("## Machine\n\n| CPU | cores | RAM | kernel | Go | load average (1, 5, 15 min) at start → end |\n|---|---|---|---|---|---|\n")
	p("| %s | %d | %.1f GiB | %s | %s | %s → %s |\n\n", r.Machine.CPU, r.Machine.Cores, r.Machine.RAMGiB, r.Machine.Kernel, r.Machine.Go,
		r.Machine.LoadBefore, r.LoadAfter)
	p("A load average above 0 at the start means other work shared the machine during the run: the wall-clock figures\n")
	p("below are then lower than the machine can do, the CPU-time figures much less affected.\n\n")

	p("## Put and get, end to end (old deal path: StorageMarket deals)\n\n")
	p("Six farmers on 127.0.0.1 (libp2p over TCP) and the simulated chain (a block every %v) run in one process; the renter runs in\n", blockEvery)
	p("its own process, reaching the chain over JSON-RPC and the farmers over libp2p, so that its peak RSS is its own. Files are coded\n")
	p("%d+%d with %d MiB segments, one shard column per farmer, deals of 1000 periods. A **put** stages the file (encrypt, erasure-code,\n",
		r.Params.DataShards, r.Params.ParityShards, r.Params.SegmentSize>>20)
	p("hash every shard into a staging directory), then places each column: quote, propose, upload, deal on chain; it returns when\n")
	p("every deal is on chain and the manifest saved. A **get** fetches each segment's shards (k+1 at once, the first k that verify\n")
	p("win), checks every shard against its CID, decrypts, and the benchmark compares every byte with the file put. Time to first\n")
	p("byte runs from calling Get to the first plaintext byte. All six farmers share the machine's cores with the renter, and each\n")
	p("farmer hashes every shard it receives to check it against its name.\n\n")
	p("Each size ran %d times, interleaved with the pipeline runs below; the tables give medians, and the range over the runs.\n\n", r.Repeat)
	p("| file | put | put MiB/s (range) | get | get MiB/s (range) | time to first byte | renter RSS at start → peak | renter CPU, put / get |\n")
	p("|---|---|---|---|---|---|---|---|\n")
	for _, f := range r.Files {
		put := median(f.E2E, func(e RenterResult) time.Duration { return e.Put })
		get := median(f.E2E, func(e RenterResult) time.Duration { return e.Get })
		ttfb := median(f.E2E, func(e RenterResult) time.Duration { return e.FirstByte })
		base, peak := int64(0), int64(0)
		for _, e := range f.E2E {
			base, peak = max(base, e.BaseRSS), max(peak, e.HWM)
		}
		p("| %s | %s | **%.1f** (%s) | %s | **%.1f** (%s) | %d ms | %d → **%d MiB** | %s / %s |\n", f.Label, secs(put), mibps(f.Size, put),
			spread(f.Size, f.E2E, func(e RenterResult) time.Duration { return e.Put }), secs(get), mibps(f.Size, get),
			spread(f.Size, f.E2E, func(e RenterResult) time.Duration { return e.Get }), ttfb.Milliseconds(), base>>10, peak>>10,
			secs(median(f.E2E, func(e RenterResult) time.Duration { return e.PutCPU })),
			secs(median(f.E2E, func(e RenterResult) time.Duration { return e.GetCPU })))
	}
	p("\n## The same bytes through the pipeline alone, and the ratios (old deal path)\n\n")
	p("The renter's pipeline on the same bytes in memory, with the same parameters and as many workers as cores: on put\n")
	p("AES-256-GCM, Reed-Solomon and the Merkle root of every shard (parity shards computed and named, then dropped); on get\n")
	p("verification of k shards per segment and decryption. It is what this machine can do at all, so the ratio of end-to-end to\n")
	p("pipeline throughput carries over to other machines: what is not pipeline is staging to disk, networking (libp2p's\n")
	p("encryption, the farmers' hashing of every shard they receive, their disks) and the chain. The CPU ratio compares the\n")
	p("renter process's CPU time per byte with the pipeline's: it is what the renter spends beyond the pipeline, and is much less\n")
	p("sensitive to other load on the machine than wall-clock ratios.\n\n")
	p("| file | pipeline put MiB/s (range) | **end-to-end / pipeline, put** | pipeline get MiB/s (range) | **end-to-end / pipeline, get** | renter CPU per byte, end-to-end / pipeline (put, get) |\n")
	p("|---|---|---|---|---|---|\n")
	for _, f := range r.Files {
		rawPut := median(f.Raw, func(x Raw) time.Duration { return x.Put })
		rawGet := median(f.Raw, func(x Raw) time.Duration { return x.Get })
		put := median(f.E2E, func(e RenterResult) time.Duration { return e.Put })
		get := median(f.E2E, func(e RenterResult) time.Duration { return e.Get })
		p("| %s | %.1f (%s) | **%.2f** | %.1f (%s) | **%.2f** | %.2f, %.2f |\n", f.Label,
			mibps(f.Size, rawPut), spread(f.Size, f.Raw, func(x Raw) time.Duration { return x.Put }), ratio(rawPut, put),
			mibps(f.Size, rawGet), spread(f.Size, f.Raw, func(x Raw) time.Duration { return x.Get }), ratio(rawGet, get),
			ratio(median(f.E2E, func(e RenterResult) time.Duration { return e.PutCPU }), median(f.Raw, func(x Raw) time.Duration { return x.PutCPU })),
			ratio(median(f.E2E, func(e RenterResult) time.Duration { return e.GetCPU }), median(f.Raw, func(x Raw) time.Duration { return x.GetCPU })))
	}
	p("\n## Heartbeat gas in practice (old deal path: StorageMarket)\n\n")
	p("The farmers' own heartbeat loops (node/prover) run against the deals above (market: %d-block periods, %d-block proof window,\n",
		r.Market.PeriodBlocks, r.Market.ProofWindow)
	p("%d challenges per heartbeat), and every transaction they send is read back from its receipt: heartbeats, the flushSome\n", r.Market.ChallengesPerHeartbeat)
	p("calls that apply set changes, settlements. The first period after new deals also pays their one-off activation (entering\n")
	p("the farmer's challenge set); it is counted apart, as the gas of that period beyond a steady one, per deal it activated\n")
	p("(deals activated in earlier periods are not in it). Then more small files are put (one more deal per farmer each) and the\n")
	p("loop is measured again: a heartbeat's gas does not depend on how many deals it covers, so the cost per deal falls.\n\n")
	p("| deals per farmer | steady periods | heartbeats proven | mean gas per heartbeat | gas per farmer per period (all its transactions) | **gas per deal per period** | activation, gas per new deal |\n")
	p("|---|---|---|---|---|---|---|\n")
	for _, g := range r.Gas {
		periods := int(g.Last - g.First)
		deals := uint64(0)
		for _, d := range g.DealsPerFarm {
			deals += uint64(d)
		}
		mean := uint64(0)
		for _, x := range g.HeartbeatGas {
			mean += x
		}
		if len(g.HeartbeatGas) > 0 {
			mean /= uint64(len(g.HeartbeatGas))
		}
		perFarmerPeriod := g.SteadyGas / uint64(g.Farmers*periods)
		perDeal := g.SteadyGas / (deals * uint64(periods))
		activation := "–"
		if g.Activated > 0 {
			// What the activation period cost beyond a steady period, per deal activated.
			extra := int64(g.ActivationGas) - int64(g.SteadyGas)/int64(periods)
			activation = fmt.Sprintf("%d (%d deals)", extra/int64(g.Activated), g.Activated)
		}
		p("| %s | %d (%d–%d) | %d of %d | %d | %d | **%d** | %s |\n", dealsLabel(g.DealsPerFarm), periods, g.First+1, g.Last, g.Proven,
			g.Farmers*periods, mean, perFarmerPeriod, perDeal, activation)
	}
	var methods []string
	for _, g := range r.Gas {
		for m := range g.ByMethod {
			if !slices.Contains(methods, m) {
				methods = append(methods, m)
			}
		}
	}
	slices.Sort(methods)
	p("\nSteady-period gas by call:")
	for i, g := range r.Gas {
		p(" run %d:", i+1)
		for _, m := range methods {
			p(" %s %d;", m, g.ByMethod[m])
		}
	}
	p("\n\n")
	return b.String()
}

func ratio(a, b time.Duration) float64 {
	if b <= 0 {
		return 0
	}
	return a.Seconds() / b.Seconds()
}

func dealsLabel(ds []uint32) string {
	lo, hi := slices.Min(ds), slices.Max(ds)
	if lo == hi {
		return fmt.Sprint(lo)
	}
	return fmt.Sprintf("%d–%d", lo, hi)
}
