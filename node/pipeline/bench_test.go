package pipeline

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"fmt"
	"io"
	"sync"
	"testing"
	"time"

	"github.com/klauspost/reedsolomon"

	"github.com/granary-network/granary/internal/cputime"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/proofs"
)

// benchSize is the file size of the throughput benchmarks. Every sub-benchmark of
// BenchmarkThroughput processes the same 256 MiB and reports MB/s of those bytes (b.SetBytes), so
// the pipeline's figures sit next to the raw throughput of each stage on one core:
//
//	put/*, get/*      the pipeline, plaintext MB/s, GOMAXPROCS workers (put-1worker: one worker)
//	aead-seal/open    AES-256-GCM over 4 MiB segments, in place
//	rs-encode/*       Reed-Solomon parity of every segment (MB/s of data in)
//	rs-rebuild/*      rebuilding k lost data shards of every segment from parity
//	merkle            proofs' shard roots over the bytes, cut into full shards of the 10+20 layout
//
// Each also reports cpuMB/s: the same bytes per second of CPU time (user + system, all threads,
// GC included). Wall-clock MB/s depends on what else runs on the machine; cpuMB/s much less, so the
// ratio of the pipeline's cpuMB/s to the stages' shows its overhead, and MB/s over cpuMB/s the
// cores it kept busy. A put hashes (k+m)/k bytes per plaintext byte, so its one-core bound is
// 1/(1/aead + 1/rs + ((k+m)/k)/merkle); README.md works the ratios out.
const benchSize = 256 << 20

var benchData = sync.OnceValue(func() []byte { return fileBytes(42, benchSize) })

var benchParams = map[string]Params{"network": NetworkParams(), "devnet": DevnetParams()}

// measure runs fn in the benchmark loop and reports MB/s (wall) and cpuMB/s of bytes per op.
func measure(b *testing.B, bytes int64, fn func() error) {
	b.SetBytes(bytes)
	var start time.Duration
	first := true
	for b.Loop() {
		if first { // b.Loop has just reset the timer
			start, first = cputime.Process(), false
		}
		if err := fn(); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := cputime.Process() - start; cpu > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/cpu.Seconds(), "cpuMB/s")
	}
}

func BenchmarkThroughput(b *testing.B) {
	data := benchData()
	ctx := context.Background()
	for _, name := range []string{"network", "devnet"} {
		params := benchParams[name]
		p := New(testKey(1))
		b.Run("put/"+name, func(b *testing.B) {
			measure(b, benchSize, func() error {
				_, err := p.Put(ctx, "f", bytes.NewReader(data), &Discard{}, params)
				return err
			})
		})
	}
	b.Run("put-1worker/network", func(b *testing.B) {
		p := New(testKey(1), WithWorkers(1))
		measure(b, benchSize, func() error {
			_, err := p.Put(ctx, "f", bytes.NewReader(data), &Discard{}, NetworkParams())
			return err
		})
	})
	for _, name := range []string{"network", "devnet"} {
		params := benchParams[name]
		p := New(testKey(1))
		var store *MemStore
		var m *manifest.Manifest
		setup := func(b *testing.B) {
			if store == nil {
				m, store = put(b, p, "f", data, params)
			}
		}
		b.Run("get/"+name, func(b *testing.B) {
			setup(b)
			measure(b, benchSize, func() error { return p.Get(ctx, m, store, io.Discard) })
		})
		b.Run("get-degraded/"+name, func(b *testing.B) { // the first min(k, m) data shards lost
			setup(b)
			src := lossSource{store, min(params.DataShards, params.ParityShards)}
			measure(b, benchSize, func() error { return p.Get(ctx, m, src, io.Discard) })
		})
	}

	// The stages alone, one goroutine, on the same bytes.
	buf := bytes.Clone(data)
	segSize, _ := manifest.Layout(10, DefaultSegmentSize)
	seg := int(segSize)
	block, _ := aes.NewCipher(make([]byte, 32))
	aead, _ := cipher.NewGCM(block)
	nonce := make([]byte, 12)
	b.Run("aead-seal", func(b *testing.B) {
		out := make([]byte, seg+16)
		measure(b, benchSize, func() error {
			for off := 0; off < len(buf); off += seg {
				aead.Seal(out[:0], nonce, buf[off:min(off+seg, len(buf))], nil)
			}
			return nil
		})
	})
	b.Run("aead-open", func(b *testing.B) {
		sealed := aead.Seal(nil, nonce, buf[:seg], nil)
		out := make([]byte, seg)
		segs := (len(buf) + seg - 1) / seg
		measure(b, int64(segs*seg), func() error {
			for range segs {
				if _, err := aead.Open(out[:0], nonce, sealed, nil); err != nil {
					return err
				}
			}
			return nil
		})
	})
	for _, name := range []string{"network", "devnet"} {
		params := benchParams[name]
		k, n := params.DataShards, params.DataShards+params.ParityShards
		segSize, shardSize := manifest.Layout(k, DefaultSegmentSize)
		segs := benchSize / int(segSize)
		ss := int(shardSize)
		enc, _ := reedsolomon.New(k, n-k, reedsolomon.WithMaxGoroutines(1))
		work := make([]byte, n*ss)
		shards := make([][]byte, n)
		b.Run("rs-encode/"+name, func(b *testing.B) {
			measure(b, int64(segs*k*ss), func() error {
				for s := range segs {
					copy(work, buf[s*k*ss:(s+1)*k*ss])
					split(shards, work, ss)
					if err := enc.Encode(shards); err != nil {
						return err
					}
				}
				return nil
			})
		})
		b.Run("rs-rebuild/"+name, func(b *testing.B) {
			split(shards, work, ss)
			enc.Encode(shards)
			lost := min(k, n-k)
			measure(b, int64(segs*k*ss), func() error {
				for range segs {
					split(shards, work, ss)
					for i := range lost {
						shards[i] = shards[i][:0]
					}
					if err := enc.ReconstructData(shards); err != nil {
						return err
					}
				}
				return nil
			})
		})
	}
	b.Run("merkle", func(b *testing.B) {
		_, shardSize := manifest.Layout(10, DefaultSegmentSize)
		ss := int(shardSize)
		nodes := make([]proofs.Hash, ss/proofs.LeafSize)
		measure(b, int64(benchSize/ss*ss), func() error {
			for off := 0; off+ss <= len(buf); off += ss {
				shardRoot(buf[off:off+ss], nodes)
			}
			return nil
		})
	})
}

// lossSource fails the first `lost` shards of every segment.
type lossSource struct {
	src  ShardSource
	lost int
}

func (l lossSource) GetShard(ctx context.Context, ref ShardRef, dst []byte) ([]byte, error) {
	if ref.Index < l.lost {
		return nil, fmt.Errorf("%s: %w", ref, ErrShardNotFound)
	}
	return l.src.GetShard(ctx, ref, dst)
}
