// Command rsscheck puts a generated file through the pipeline into a shard directory, gets it back,
// checks every byte against the regenerated input, and prints the peak resident set size
// (VmHWM from /proc/self/status). Run it at two sizes to see that memory does not grow with the
// file: scripts/pipeline-rss.sh does.
//
// To spare the disk, by default only the data shards are stored (parity shards are computed,
// named and counted, then dropped): the put side does all of its work, and the get side reads the
// data shards as it would from healthy farmers. -parity=store keeps everything.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	ks "github.com/granary-network/granary/node/pipeline/internal/keystream"

	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
)

func main() {
	size := flag.String("size", "1GiB", "file size (bytes, or with a KiB/MiB/GiB suffix)")
	dir := flag.String("dir", "", "shard directory (default: a new temporary directory, removed at exit)")
	params := flag.String("params", "network", "network (10+20) or devnet (3+3)")
	parity := flag.String("parity", "discard", "discard or store the parity shards")
	flag.Parse()
	if err := run(*size, *dir, *params, *parity); err != nil {
		fmt.Fprintln(os.Stderr, "rsscheck:", err)
		os.Exit(1)
	}
}

func run(sizeFlag, dir, paramsFlag, parity string) error {
	n, err := parseSize(sizeFlag)
	if err != nil {
		return err
	}
	var params pipeline.Params
	switch paramsFlag {
	case "network":
		params = pipeline.NetworkParams()
	case "devnet":
		params = pipeline.DevnetParams()
	default:
		return fmt.Errorf("unknown -params %q", paramsFlag)
	}
	if dir == "" {
		if dir, err = os.MkdirTemp("", "rsscheck-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	}
	store, err := pipeline.NewDirStore(dir)
	if err != nil {
		return err
	}
	var sink pipeline.ShardSink = store
	dropped := &pipeline.Discard{}
	if parity == "discard" {
		sink = dataOnly{store: store, k: params.DataShards, parity: dropped}
	} else if parity != "store" {
		return fmt.Errorf("unknown -parity %q", parity)
	}
	key, err := manifest.NewMasterKey()
	if err != nil {
		return err
	}
	ctx := context.Background()
	p := pipeline.New(key)
	fmt.Printf("file %s, %d+%d shards, parity %s, GOMAXPROCS %d, shards in %s\n",
		sizeFlag, params.DataShards, params.ParityShards, parity, runtime.GOMAXPROCS(0), dir)

	start := time.Now()
	m, err := p.Put(ctx, "rsscheck", io.LimitReader(newKeystream(1), n), sink, params)
	if err != nil {
		return err
	}
	putTime := time.Since(start)
	putHWM := vmHWM()
	ds, db := dropped.Count()
	fmt.Printf("put  %6.1f s  %7.1f MiB/s  %d segments  manifest %.1f MiB  parity dropped %d shards (%.0f MiB)  VmHWM %d MiB\n",
		putTime.Seconds(), mibps(n, putTime), len(m.Segments), manifestMiB(m), ds, float64(db)/(1<<20), putHWM>>10)

	start = time.Now()
	c := &checker{want: newKeystream(1)}
	w := bufio.NewWriterSize(c, 1<<20)
	if err := p.Get(ctx, m, store, w); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	getTime := time.Since(start)
	if c.n != n {
		return fmt.Errorf("got %d bytes back, want %d", c.n, n)
	}
	hwm := vmHWM()
	fmt.Printf("get  %6.1f s  %7.1f MiB/s  all %d bytes identical  VmHWM %d MiB\n", getTime.Seconds(), mibps(n, getTime), n, hwm>>10)
	fmt.Printf("peak RSS (VmHWM) %d MiB\n", hwm>>10)
	// What is still reachable once the pipeline is idle: the manifest, and nothing else that grows
	// with the file. Two collections also empty the pipeline's buffer pool (sync.Pool).
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("live heap after the run %.1f MiB (the manifest holds %d shards)\n", float64(ms.HeapAlloc)/(1<<20), len(m.Segments)*m.TotalShards())
	runtime.KeepAlive(m)
	return nil
}

// dataOnly stores the data shards and counts the parity shards into parity.
type dataOnly struct {
	store  *pipeline.DirStore
	k      int
	parity *pipeline.Discard
}

func (d dataOnly) PutShard(ctx context.Context, ref pipeline.ShardRef, data []byte) error {
	if ref.Index >= d.k {
		return d.parity.PutShard(ctx, ref, data)
	}
	return d.store.PutShard(ctx, ref, data)
}

// keystream is the reproducible test file of a seed (see internal/keystream).
type keystream = ks.Stream

func newKeystream(seed uint64) *keystream { return ks.New(seed) }

// checker compares what is written to it with a keystream.
type checker struct {
	want *keystream
	buf  []byte
	n    int64
}

func (c *checker) Write(p []byte) (int, error) {
	if cap(c.buf) < len(p) {
		c.buf = make([]byte, len(p))
	}
	want := c.buf[:len(p)]
	c.want.Read(want)
	for i := range p {
		if p[i] != want[i] {
			return 0, fmt.Errorf("byte %d differs", c.n+int64(i))
		}
	}
	c.n += int64(len(p))
	return len(p), nil
}

func manifestMiB(m *manifest.Manifest) float64 {
	b, err := m.MarshalBinary()
	if err != nil {
		return -1
	}
	return float64(len(b)) / (1 << 20)
}

func mibps(n int64, d time.Duration) float64 { return float64(n) / (1 << 20) / d.Seconds() }

// vmHWM returns the peak resident set size in KiB.
func vmHWM() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			v, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return v
		}
	}
	return -1
}

func parseSize(s string) (int64, error) {
	mult := int64(1)
	for suffix, m := range map[string]int64{"KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30} {
		if rest, ok := strings.CutSuffix(s, suffix); ok {
			s, mult = rest, m
			break
		}
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v < 0 {
		return 0, errors.New("bad -size " + s)
	}
	return v * mult, nil
}
