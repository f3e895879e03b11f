package testnet

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/proofs"
)

// slowNet wraps the renter's network: every stream to a farmer marked slow waits before each read
// and write. (Connections are dropped on the renter's host itself.)
type slowNet struct {
	renter.Network
	mu   sync.Mutex
	slow map[common.Address]time.Duration
}

func (f *slowNet) setSlow(a common.Address, d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if d == 0 {
		delete(f.slow, a)
		return
	}
	f.slow[a] = d
}

func (f *slowNet) Open(ctx context.Context, fi chain.FarmerInfo, protocol string) (renter.Stream, error) {
	st, err := f.Network.Open(ctx, fi, protocol)
	if err != nil {
		return st, err
	}
	f.mu.Lock()
	d := f.slow[fi.Address]
	f.mu.Unlock()
	if d == 0 {
		return st, nil
	}
	return &slowStream{Stream: st, d: d}, nil
}

type slowStream struct {
	renter.Stream
	d time.Duration
}

func (s *slowStream) Read(p []byte) (int, error) {
	time.Sleep(s.d)
	return s.Stream.Read(p)
}

func (s *slowStream) Write(p []byte) (int, error) {
	time.Sleep(s.d)
	return s.Stream.Write(p)
}

// faultSeeds returns FAULT_SEED, or FAULT_SEEDS (default 1) fresh random seeds.
func faultSeeds(t *testing.T) []uint64 {
	if s := os.Getenv("FAULT_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("FAULT_SEED=%q: %v", s, err)
		}
		return []uint64{v}
	}
	seeds := make([]uint64, envInt(t, "FAULT_SEEDS", 1))
	for i := range seeds {
		seeds[i] = rand.Uint64() % 1_000_000_000
	}
	return seeds
}

// TestAgreementFaults puts and gets several files concurrently on agreements while, at random,
// farmers are stopped and restarted, shards are corrupted on their disks, streams to some farmers
// are slowed and the renter's connections to farmers are dropped. Whatever happens:
//   - a get that succeeds returns exactly the file, and a get that fails has written only a prefix
//     of it and fails with pipeline.ErrNotEnoughShards naming the file;
//   - a put that fails fails with a placement error (renter.ErrNotEnoughFarmers, ErrPlacement or
//     ErrRevise) and leaves nothing in the catalogue;
//   - the network recovers: once the faults stop and the farmers are back, a put succeeds;
//   - nothing is lost: once the faults stop and the farmers are back, every file whose put
//     succeeded reads back byte-identical;
//   - nothing is paid for that no file holds: once Collect has run, every agreement's newest
//     revision in the renter's book holds exactly the shards of the stored files placed under it,
//     and the farmer's own newest revision holds them all.
//
// The faults stay within what 3+3 coding must survive: at most 2 of the 9 farmers down at once and
// at most one corrupted shard per segment. The fault schedule comes from the seed (printed;
// FAULT_SEED=<seed> replays it, FAULT_SEEDS=<k> runs k seeds, FAULT_OPS=<n> sets the operations per
// worker); the interleaving with the operations depends on timing, so a replay follows the same
// faults, not the same exact race.
func TestAgreementFaults(t *testing.T) {
	ops := envInt(t, "FAULT_OPS", 5)
	for _, seed := range faultSeeds(t) {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
			t.Logf("fault seed %d (replay with FAULT_SEED=%d)", seed, seed)
			t.Cleanup(func() {
				if t.Failed() {
					t.Logf("FAILED with fault seed %d: replay with FAULT_SEED=%d FAULT_OPS=%d", seed, seed, ops)
				}
			})
			runFaults(t, seed, ops)
		})
	}
}

// stored is a file whose put succeeded.
type stored struct {
	name string
	m    *manifest.Manifest
	data []byte
}

type faultRun struct {
	t    *testing.T
	n    *AgreementNet
	fnet *slowNet
	rng  *rand.Rand // the injector's, used from the test goroutine only
	ids  map[common.Address]peer.ID

	mu      sync.Mutex
	files   []stored
	bad     map[string]bool // "name/segment" with a corrupted shard
	counts  map[string]int
	failure []error
}

func (r *faultRun) note(k string) {
	r.mu.Lock()
	r.counts[k]++
	r.mu.Unlock()
}

func (r *faultRun) fail(err error) {
	r.mu.Lock()
	r.failure = append(r.failure, err)
	r.mu.Unlock()
}

const (
	maxDown     = 2 // farmers down at once
	faultsPerOp = 3 // faults injected per operation started
)

func runFaults(t *testing.T, seed uint64, ops int) {
	fnet := &slowNet{slow: map[common.Address]time.Duration{}}
	n := NewAgreements(t, AgreementConfig{Farmers: 9, Renter: renter.AgreementOptions{Timeout: 5 * time.Second},
		RenterNet: func(inner renter.Network) renter.Network {
			fnet.Network = inner
			return fnet
		}})
	r := &faultRun{t: t, n: n, fnet: fnet, rng: rand.New(rand.NewPCG(seed, 1)), ids: map[common.Address]peer.ID{},
		bad: map[string]bool{}, counts: map[string]int{}}
	for _, f := range n.Farmers {
		r.ids[f.Acct.Addr] = f.Host.ID()
	}

	const workers = 4
	var wg sync.WaitGroup
	done := make(chan struct{})
	started := make(chan struct{}, workers*ops)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.worker(w, rand.New(rand.NewPCG(seed, uint64(100+w))), ops, started)
		}()
	}
	go func() { wg.Wait(); close(done) }()

	// The injector runs on the test goroutine (restarting a farmer may fail the test). It applies
	// faultsPerOp faults per operation started, a moment into it, so the faults keep pace with the
	// operations however slow the machine is. Each batch of five faults is a shuffle of the kinds.
	var kinds []int
	for running := true; running; {
		select {
		case <-done:
			running = false
			continue
		case <-started:
		}
		for range faultsPerOp {
			time.Sleep(time.Duration(r.rng.IntN(20)) * time.Millisecond) // into the operation
			if len(kinds) == 0 {
				kinds = r.rng.Perm(5)
			}
			r.inject(kinds[0])
			kinds = kinds[1:]
		}
	}

	// The faults stop; every farmer comes back.
	for _, f := range n.Farmers {
		fnet.setSlow(f.Acct.Addr, 0)
		if !f.Running() {
			f.Start()
		}
	}
	for _, err := range r.failure {
		t.Error(err)
	}
	if t.Failed() {
		t.FailNow()
	}
	ctx := context.Background()
	rt := n.Renter
	// The network recovers: a put now succeeds.
	data := RandomFile(seed, 250<<10)
	m, err := rt.Put(ctx, "after-faults", bytes.NewReader(data), smallParams)
	if err != nil {
		t.Fatalf("put once the faults stopped: %v", err)
	}
	r.files = append(r.files, stored{name: "after-faults", m: m, data: data})
	// Beyond what the code can survive: with n−k+1 shards of a segment unavailable, a get fails
	// cleanly.
	if len(r.files) > 0 {
		f := r.files[0]
		var down []*AgreementFarmer
		missing := 0
		for _, sh := range f.m.Segments[0].Shards {
			if missing > smallParams.ParityShards {
				break
			}
			missing++
			if fm := n.AgreementFarmerOf(sh.Farmer); fm != nil { // an unplaced shard is missing already
				fm.Stop()
				down = append(down, fm)
			}
		}
		var out bytes.Buffer
		err := rt.Get(ctx, f.name, &out)
		if !errors.Is(err, pipeline.ErrNotEnoughShards) || !strings.Contains(err.Error(), f.name) || !bytes.HasPrefix(f.data, out.Bytes()) {
			t.Fatalf("get %s with %d of its shards unavailable: %v (%d bytes written)", f.name, missing, err, out.Len())
		}
		for _, fm := range down {
			fm.Start()
		}
	}
	// Nothing lost.
	for _, f := range r.files {
		var out bytes.Buffer
		gctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		err := rt.Get(gctx, f.name, &out)
		cancel()
		if err != nil {
			t.Fatalf("%s was stored and is lost: %v", f.name, err)
		}
		if !bytes.Equal(out.Bytes(), f.data) {
			t.Fatalf("%s was stored and reads back different bytes", f.name)
		}
	}
	// Nothing paid for that no file holds, once the orphans of failed puts are collected (a second
	// pass takes the ones adopted from farmers while the first one caught up).
	collected := 0
	for pass := 0; pass < 3; pass++ {
		removed, err := rt.Collect(ctx)
		if err != nil {
			t.Fatalf("collect: %v", err)
		}
		if collected += removed; removed == 0 {
			break
		}
	}
	r.counts["orphan shards collected"] = collected
	var ags []renter.AgreementSummary
	named := map[uint64]map[proofs.Hash]bool{}
	for _, f := range r.files {
		for _, seg := range f.m.Segments {
			for _, sh := range seg.Shards {
				if sh.AgreementID != 0 {
					if named[sh.AgreementID] == nil {
						named[sh.AgreementID] = map[proofs.Hash]bool{}
					}
					named[sh.AgreementID][sh.Root] = true
				}
			}
		}
	}
	ags, err = rt.AgreementsList(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ags {
		if a.Shards != uint64(len(named[a.ID])) {
			t.Fatalf("agreement %d holds %d shards, the stored files %d", a.ID, a.Shards, len(named[a.ID]))
		}
		st := localState(n.AgreementFarmerOf(a.Farmer), a.ID)
		if st == nil {
			if a.Number != 0 {
				t.Fatalf("farmer %s lost agreement %d", a.Farmer, a.ID)
			}
			continue
		}
		if st.Latest.Number < a.Number {
			t.Fatalf("agreement %d: farmer at revision %d, behind the renter's %d", a.ID, st.Latest.Number, a.Number)
		}
		if st.Latest.Number > a.Number {
			r.counts["agreements with a farmer ahead (an unseen revision)"]++
		}
		for root := range named[a.ID] {
			if !st.Tree.Has(root) {
				t.Fatalf("agreement %d: the farmer's newest revision lacks stored shard %x", a.ID, root[:8])
			}
		}
	}
	keys := make([]string, 0, len(r.counts))
	for k := range r.counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s: %d, ", k, r.counts[k])
	}
	t.Logf("%d files stored and read back after the faults; %s", len(r.files), sb.String())
	if r.counts["farmer stopped"] == 0 || r.counts["connection dropped"] == 0 {
		t.Fatal("no farmer stopped or no connection dropped: the test exercised nothing")
	}
}

// worker runs ops operations: puts of new files of 100-400 KiB, and gets of files stored so far. It
// announces each operation on started, for the injector.
func (r *faultRun) worker(w int, rng *rand.Rand, ops int, started chan<- struct{}) {
	ctx := context.Background()
	rt := r.n.Renter
	for i := range ops {
		started <- struct{}{}
		r.mu.Lock()
		files := slices.Clone(r.files)
		r.mu.Unlock()
		if len(files) == 0 || rng.IntN(5) < 2 {
			name := fmt.Sprintf("w%d-file%d", w, i)
			data := RandomFile(rng.Uint64(), 100<<10+rng.IntN(300<<10))
			octx, cancel := context.WithTimeout(ctx, 2*time.Minute)
			m, err := rt.Put(octx, name, bytes.NewReader(data), smallParams)
			cancel()
			if err != nil {
				switch {
				case errors.Is(err, renter.ErrRevise):
					r.note("put failed (a farmer did not co-sign)")
				case errors.Is(err, renter.ErrPlacement):
					r.note("put failed (too few shards placed)")
				case errors.Is(err, renter.ErrNotEnoughFarmers):
					r.note("put failed (not enough farmers)")
				default:
					r.fail(fmt.Errorf("put %s failed without a clear cause: %w", name, err))
				}
				if names, lerr := rt.List(ctx); lerr != nil || slices.Contains(names, name) {
					r.fail(fmt.Errorf("failed put %s left the catalogue holding it (%v)", name, lerr))
				}
				continue
			}
			r.note("put ok")
			r.mu.Lock()
			r.files = append(r.files, stored{name: name, m: m, data: data})
			r.mu.Unlock()
			continue
		}
		f := files[rng.IntN(len(files))]
		var out bytes.Buffer
		octx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		err := rt.Get(octx, f.name, &out)
		cancel()
		switch {
		case !bytes.HasPrefix(f.data, out.Bytes()):
			r.fail(fmt.Errorf("get %s wrote bytes that are not the file's (error: %v)", f.name, err))
		case err == nil && out.Len() != len(f.data):
			r.fail(fmt.Errorf("get %s succeeded with %d of %d bytes", f.name, out.Len(), len(f.data)))
		case err == nil:
			r.note("get ok")
		case !errors.Is(err, pipeline.ErrNotEnoughShards) || !strings.Contains(err.Error(), f.name):
			r.fail(fmt.Errorf("get %s failed without a clear cause: %w", f.name, err))
		default:
			r.note("get failed (not enough shards)")
		}
	}
}

// inject applies one fault of the given kind.
func (r *faultRun) inject(kind int) {
	n := r.n
	switch kind {
	case 0: // stop a farmer, keeping at most maxDown down
		down := 0
		for _, f := range n.Farmers {
			if !f.Running() {
				down++
			}
		}
		if f := n.Farmers[r.rng.IntN(len(n.Farmers))]; down < maxDown && f.Running() {
			f.Stop()
			r.note("farmer stopped")
		}
	case 1: // restart a stopped farmer
		for _, i := range r.rng.Perm(len(n.Farmers)) {
			if f := n.Farmers[i]; !f.Running() {
				f.Start()
				r.note("farmer restarted")
				break
			}
		}
	case 2: // corrupt one stored shard, at most one per segment
		r.mu.Lock()
		files := slices.Clone(r.files)
		r.mu.Unlock()
		if len(files) == 0 {
			return
		}
		f := files[r.rng.IntN(len(files))]
		seg := r.rng.IntN(len(f.m.Segments))
		key := fmt.Sprintf("%s/%d", f.name, seg)
		r.mu.Lock()
		already := r.bad[key]
		r.mu.Unlock()
		sh := f.m.Segments[seg].Shards[r.rng.IntN(f.m.TotalShards())]
		farmer := n.AgreementFarmerOf(sh.Farmer)
		if already || farmer == nil { // unplaced: nothing to corrupt
			return
		}
		h := hex.EncodeToString(sh.Root[:])
		path := filepath.Join(farmer.Dir, "shards", "shards", h[:2], h)
		file, err := os.OpenFile(path, os.O_RDWR, 0)
		if err != nil {
			r.t.Fatalf("corrupt %s segment %d: %v", f.name, seg, err)
		}
		defer file.Close()
		fi, err := file.Stat()
		if err != nil {
			r.t.Fatal(err)
		}
		b := make([]byte, 1)
		off := r.rng.Int64N(fi.Size())
		if _, err := file.ReadAt(b, off); err != nil {
			r.t.Fatal(err)
		}
		b[0] ^= 1 << r.rng.IntN(8)
		if _, err := file.WriteAt(b, off); err != nil {
			r.t.Fatal(err)
		}
		r.mu.Lock()
		r.bad[key] = true
		r.mu.Unlock()
		r.note("shard corrupted")
	case 3: // slow the streams to a farmer, or speed them up again
		a := n.Farmers[r.rng.IntN(len(n.Farmers))].Acct.Addr
		d := time.Duration(r.rng.IntN(3)) * 15 * time.Millisecond
		r.fnet.setSlow(a, d)
		r.note("farmer slowed or sped up")
	case 4: // drop the renter's connection to a farmer, in the middle of whatever it carries
		f := n.Farmers[r.rng.IntN(len(n.Farmers))]
		if err := n.Renter.Host.Network().ClosePeer(r.ids[f.Acct.Addr]); err == nil {
			r.note("connection dropped")
		}
	}
}
