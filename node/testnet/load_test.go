package testnet_test

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
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/node/testnet"
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

// TestLoad has 20 renters put and get concurrently against 6 farmers, round after round: every
// renter puts a new file and reads back every file it stored so far, all at once. Every operation
// must succeed with the right bytes (each runs under a deadline, so a deadlock fails it rather
// than hanging the test), and once the rounds are over the process may hold no more goroutines or
// open files than after the first round, when every connection already existed: nothing may leak
// per operation. The live heap is logged after each round; scripts/bench.sh runs this test with
// bigger files and more rounds and reports those figures.
//
// LOAD_RENTERS (default 20), LOAD_ROUNDS (default 3) and LOAD_KIB (file size, default 96) scale it;
// LOAD_HEAP_PROFILE=<file> writes a heap profile after the last round.
func TestLoad(t *testing.T) {
	renters, rounds, kib := envInt(t, "LOAD_RENTERS", 20), envInt(t, "LOAD_ROUNDS", 3), envInt(t, "LOAD_KIB", 96)
	if rounds < 2 {
		t.Fatal("LOAD_ROUNDS must be at least 2: the first round is the baseline")
	}
	n := testnet.New(t, testnet.Config{Farmers: 6, Renters: renters})
	var base procStats
	for round := range rounds {
		start := time.Now()
		var wg sync.WaitGroup
		errs := make(chan error, renters*(round+1))
		for i, r := range n.Renters {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
				defer cancel()
				name := fmt.Sprintf("r%d-round%d", i, round)
				data := testnet.RandomFile(uint64(i*1000+round), kib<<10)
				if _, err := r.Put(ctx, name, bytes.NewReader(data), params); err != nil {
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
					if !bytes.Equal(out.Bytes(), testnet.RandomFile(uint64(i*1000+q), kib<<10)) {
						errs <- fmt.Errorf("renter %d get %s: wrong bytes", i, name)
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
	// background work that comes and goes (libp2p identify, the miner).
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

// One renter putting several files at once: every put succeeds. (The market's allowance is one per
// account and approve sets it: puts that each approved only their own escrow took each other's,
// and most failed with "refused (funds)" or InsufficientEscrowFunds.)
func TestConcurrentPutsShareTheAllowance(t *testing.T) {
	n := testnet.New(t, testnet.Config{Farmers: 6})
	const puts = 4
	errs := make(chan error, puts)
	for i := range puts {
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			_, err := n.Renter.Put(ctx, fmt.Sprint("f", i), bytes.NewReader(testnet.RandomFile(uint64(i), 150<<10)), params)
			errs <- err
		}()
	}
	for range puts {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	for i := range puts {
		if got := get(t, n, fmt.Sprint("f", i)); !bytes.Equal(got, testnet.RandomFile(uint64(i), 150<<10)) {
			t.Fatalf("f%d differs", i)
		}
	}
}

// holdProposal wraps the renter's network: the first proposal to `victim` waits until `deals`
// deals are on chain, spending escrow from the renter's allowance.
type holdProposal struct {
	renter.Network
	n      *testnet.Net
	victim common.Address
	deals  uint64
	held   atomic.Bool
}

func (h *holdProposal) Open(ctx context.Context, f chain.FarmerInfo, protocol string) (renter.Stream, error) {
	if protocol == proto.ProposeID && f.Address == h.victim && h.held.CompareAndSwap(false, true) {
		for {
			if c, err := h.n.Chain.Market.DealCount(nil); err == nil && c >= h.deals {
				break
			}
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(5 * time.Millisecond):
			}
		}
	}
	return h.Network.Open(ctx, f, protocol)
}

// Two puts by one renter, one proposal of which waits for its farmer's answer while every other
// column of both puts goes on chain: the farmer checks the renter's allowance when it answers, so
// submitting deals must leave enough of the allowance for every proposal still in flight. (With
// exactly k+m farmers no one replaces a farmer that refuses for "funds": the put would fail.)
func TestAllowanceCoversProposalsInFlight(t *testing.T) {
	h := &holdProposal{deals: 11}
	n := testnet.New(t, testnet.Config{Farmers: 6, WrapNetwork: func(n *testnet.Net, inner renter.Network) renter.Network {
		h.Network, h.n = inner, n
		return h
	}})
	h.victim = n.Farmers[0].Acct.Addr
	errs := make(chan error, 2)
	for i := range 2 {
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			_, err := n.Renter.Put(ctx, fmt.Sprint("f", i), bytes.NewReader(testnet.RandomFile(uint64(i), 200<<10)), params)
			errs <- err
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if !h.held.Load() {
		t.Fatal("no proposal was held: the test exercised nothing")
	}
	for i := range 2 {
		if !bytes.Equal(get(t, n, fmt.Sprint("f", i)), testnet.RandomFile(uint64(i), 200<<10)) {
			t.Fatalf("f%d differs", i)
		}
	}
}
