package testnet

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/renter"
)

// envInt reads a positive integer from the environment, or returns def.
func envInt(t *testing.T, name string, def int) int {
	t.Helper()
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < 1 {
		t.Fatalf("%s=%q: want a positive integer", name, s)
	}
	return v
}

// procStats is what the load test watches between rounds.
type procStats struct {
	goroutines int
	fds        int
	heapMiB    float64 // live heap after a collection
}

func (s procStats) String() string {
	return fmt.Sprintf("goroutines %d, open fds %d, live heap %.1f MiB", s.goroutines, s.fds, s.heapMiB)
}

func openFDs(t *testing.T) int {
	t.Helper()
	es, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skipf("cannot count open files: %v", err)
	}
	return len(es)
}

// settle waits until the goroutine and open-file counts stop falling (streams and connections wind
// down asynchronously after an operation returns), then measures.
func settle(t *testing.T) procStats {
	t.Helper()
	prev, same := -1, 0
	for deadline := time.Now().Add(15 * time.Second); same < 6 && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if n := runtime.NumGoroutine() + openFDs(t); n == prev {
			same++
		} else {
			prev, same = n, 0
		}
	}
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return procStats{goroutines: runtime.NumGoroutine(), fds: openFDs(t), heapMiB: float64(ms.HeapAlloc) / (1 << 20)}
}

// TestAgreementLoad has 20 renters on agreements put and get concurrently against 6 farmers, round
// after round: every renter puts a new file and reads back every file it stored so far (whole, and
// a range), all at once. Every operation must succeed with the right bytes (each runs under a
// deadline, so a deadlock fails it rather than hanging the test); every renter ends with exactly one
// agreement per farmer (the first round opens them, the later ones only revise); and once the
// rounds are over the process may hold no more goroutines or open files than after the first
// round, when every connection and agreement already existed: nothing may leak per operation. The
// live heap is logged after each round; scripts/bench.sh runs this test with bigger files and more
// rounds and reports those figures.
//
// LOAD_RENTERS (default 20), LOAD_ROUNDS (default 3) and LOAD_KIB (file size, default 96) scale it;
// LOAD_HEAP_PROFILE=<file> writes a heap profile after the last round.
func TestAgreementLoad(t *testing.T) {
	renters, rounds, kib := envInt(t, "LOAD_RENTERS", 20), envInt(t, "LOAD_ROUNDS", 3), envInt(t, "LOAD_KIB", 96)
	if rounds < 2 {
		t.Fatal("LOAD_ROUNDS must be at least 2: the first round is the baseline")
	}
	n := NewAgreements(t, AgreementConfig{Renter: renter.AgreementOptions{MaxBytesPerAgreement: 64 << 20}})
	rs := []*AgreementRenter{n.Renter}
	for len(rs) < renters {
		rs = append(rs, n.AddRenter())
	}
	size := kib << 10
	file := func(i, round int) []byte { return RandomFile(uint64(i*1000+round), size) }
	var base procStats
	for round := range rounds {
		start := time.Now()
		var wg sync.WaitGroup
		errs := make(chan error, renters)
		for i, r := range rs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
				defer cancel()
				name := fmt.Sprintf("r%d-round%d", i, round)
				if _, err := r.Put(ctx, name, bytes.NewReader(file(i, round)), smallParams); err != nil {
					errs <- fmt.Errorf("renter %d put %s: %w", i, name, err)
					return
				}
				for q := 0; q <= round; q++ {
					var out bytes.Buffer
					name := fmt.Sprintf("r%d-round%d", i, q)
					if err := r.Get(ctx, name, &out); err != nil {
						errs <- fmt.Errorf("renter %d get %s: %w", i, name, err)
						return
					}
					if !bytes.Equal(out.Bytes(), file(i, q)) {
						errs <- fmt.Errorf("renter %d get %s: wrong bytes", i, name)
						return
					}
					out.Reset()
					off := int64(q*4099) % int64(size/2)
					if err := r.GetRange(ctx, name, &out, off, int64(size/3)); err != nil {
						errs <- fmt.Errorf("renter %d range of %s: %w", i, name, err)
						return
					}
					if !bytes.Equal(out.Bytes(), file(i, q)[off:off+int64(size/3)]) {
						errs <- fmt.Errorf("renter %d range of %s: wrong bytes", i, name)
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		if t.Failed() {
			t.FailNow()
		}
		took := time.Since(start)
		st := settle(t)
		t.Logf("load round %d: %d puts and %d gets of %d KiB in %.1f s; %s", round, renters, renters*(round+1), kib,
			took.Seconds(), st)
		if round == 0 {
			base = st
		}
	}
	for i, r := range rs {
		ags, err := r.AgreementsList(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		per := map[common.Address]int{}
		for _, a := range ags {
			per[a.Farmer]++
		}
		if len(ags) != len(n.Farmers) || len(per) != len(n.Farmers) {
			t.Fatalf("renter %d holds %d agreements with %d farmers, want one with each of %d", i, len(ags), len(per), len(n.Farmers))
		}
	}
	if path := os.Getenv("LOAD_HEAP_PROFILE"); path != "" { // what the live heap holds, for `go tool pprof`
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := pprof.WriteHeapProfile(f); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	// Per-operation leaks would add goroutines or files with every round; allow a little slack for
	// background work that comes and goes (libp2p identify, the farmers' heartbeat loops).
	const slack = 25
	final := settle(t)
	for deadline := time.Now().Add(30 * time.Second); (final.goroutines > base.goroutines+slack || final.fds > base.fds+slack) &&
		time.Now().Before(deadline); final = settle(t) {
	}
	if final.goroutines > base.goroutines+slack || final.fds > base.fds+slack {
		var dump strings.Builder
		_ = pprof.Lookup("goroutine").WriteTo(&dump, 1)
		t.Fatalf("leak: after round 0 %s; after %d rounds %s\n%s", base, rounds, final, dump.String())
	}
}

// One fresh renter putting several files at once: every put succeeds and reads back, and the puts
// racing to open agreements open exactly one with each farmer (the allowance and escrow of the
// agreements opened concurrently are shared, not taken by each other), each holding every file's
// column.
func TestAgreementConcurrentPuts(t *testing.T) {
	n := NewAgreements(t, AgreementConfig{})
	r := n.Renter
	const puts = 4
	errs := make(chan error, puts)
	for i := range puts {
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			_, err := r.Put(ctx, fmt.Sprint("f", i), bytes.NewReader(RandomFile(uint64(i), 150<<10)), smallParams)
			errs <- err
		}()
	}
	for range puts {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if t.Failed() {
		t.FailNow()
	}
	for i := range puts {
		mustGet(t, r, fmt.Sprint("f", i), RandomFile(uint64(i), 150<<10))
	}
	ctx := context.Background()
	ids, err := r.Client.AgreementsOf(ctx, r.Acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != len(n.Farmers) {
		t.Fatalf("%d agreements on chain, want one per farmer (%d)", len(ids), len(n.Farmers))
	}
	ags, err := r.AgreementsList(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var shards uint64
	for _, a := range ags {
		shards += a.Shards
	}
	var want uint64
	for i := range puts {
		m, err := r.Manifest(ctx, fmt.Sprint("f", i))
		if err != nil {
			t.Fatal(err)
		}
		want += uint64(len(m.Segments) * m.TotalShards())
	}
	if shards != want {
		t.Fatalf("the agreements hold %d shards, the files %d", shards, want)
	}
}
