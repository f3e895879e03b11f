package repair_test

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/repair"
	"github.com/granary-network/granary/node/testnet"
)

// BenchmarkRepairMemory measures what one repair pass costs in memory on the in-process network,
// for files of 8 and 64 segments of 256 KiB at 3+3: each iteration, one farmer loses its whole
// column (its shards deleted, so it still answers audits) and a pass rebuilds the column and places
// it with the spare farmer. It reports
//
//	B/segment     bytes allocated during the pass per segment of the file (runtime.MemStats.TotalAlloc)
//	peak-heap-MiB the most heap in objects during the pass, above the level before it
//	              (runtime/metrics, sampled every millisecond), with the garbage collector set to
//	              GOGC=10 for the pass so that the figure is close to what is live rather than to
//	              how much garbage the default pacing lets pile up
//
// Both count the whole process: the renter, and the farmers receiving the upload. Bounded memory
// shows as a peak that does not grow with the file, and B/segment that does not either.
//
//	go test -run '^$' -bench RepairMemory -benchtime 3x ./node/repair
func BenchmarkRepairMemory(b *testing.B) {
	for _, segs := range []int{8, 64, 256} {
		b.Run(fmt.Sprintf("segments=%d", segs), func(b *testing.B) {
			params := pipeline.Params{DataShards: 3, ParityShards: 3, SegmentSize: 256 << 10}
			n := testnet.New(b, testnet.Config{Farmers: 7, Periods: 1000, Capacity: 4 << 30})
			size := segs*(256<<10) - 1000
			m := n.PutRandom("f", 1, size, params)
			if len(m.Segments) != segs {
				b.Fatalf("%d segments", len(m.Segments))
			}
			w, err := repair.New(n.Renter.Renter, n.Renter.Client, n.Renter.Store, n.Renter.Pipe,
				repair.WithUnprovenPeriods(0), repair.WithStageDir(b.TempDir()))
			if err != nil {
				b.Fatal(err)
			}
			var allocated, peak float64
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				m, err := n.Renter.Store.Get(context.Background(), "f")
				if err != nil {
					b.Fatal(err)
				}
				col := i % m.TotalShards()
				victim := n.Farmer(m.Segments[0].Shards[col].Farmer)
				for _, seg := range m.Segments {
					if err := victim.Store.Delete(seg.Shards[col].Root); err != nil {
						b.Fatal(err)
					}
				}
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				base := heapObjects()
				stop := make(chan struct{})
				var max uint64
				var wg sync.WaitGroup
				wg.Go(func() {
					t := time.NewTicker(time.Millisecond)
					defer t.Stop()
					for {
						select {
						case <-stop:
							return
						case <-t.C:
							if h := heapObjects(); h > max {
								max = h
							}
						}
					}
				})
				gc := debug.SetGCPercent(10)
				b.StartTimer()
				rep, err := w.RunOnce(context.Background())
				b.StopTimer()
				debug.SetGCPercent(gc)
				close(stop)
				wg.Wait()
				runtime.ReadMemStats(&after)
				if err != nil || rep.Repaired() != segs {
					b.Fatalf("pass: %v, %d segments repaired", err, rep.Repaired())
				}
				allocated += float64(after.TotalAlloc - before.TotalAlloc)
				if max > base {
					peak = maxf(peak, float64(max-base))
				}
				b.StartTimer()
			}
			b.ReportMetric(allocated/float64(b.N)/float64(segs), "B/segment")
			b.ReportMetric(peak/(1<<20), "peak-heap-MiB")
		})
	}
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

var heapSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}

// heapObjects returns the bytes of heap objects, live or not yet swept.
func heapObjects() uint64 {
	metrics.Read(heapSample)
	return heapSample[0].Value.Uint64()
}
