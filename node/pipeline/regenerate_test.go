package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/granary-network/granary/node/manifest"
)

// recordingSink keeps copies of what it is given, in order.
type recordingSink struct {
	mu   sync.Mutex
	refs []ShardRef
	data [][]byte
}

func (s *recordingSink) PutShard(ctx context.Context, ref ShardRef, data []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refs = append(s.refs, ref)
	s.data = append(s.data, bytes.Clone(data))
	return nil
}

// fetchLog records every shard a source was asked for.
type fetchLog struct {
	ShardSource
	mu  sync.Mutex
	got map[[2]int]int
}

func (f *fetchLog) GetShard(ctx context.Context, ref ShardRef, dst []byte) ([]byte, error) {
	f.mu.Lock()
	if f.got == nil {
		f.got = map[[2]int]int{}
	}
	f.got[[2]int{ref.Segment, ref.Index}]++
	f.mu.Unlock()
	return f.ShardSource.GetShard(ctx, ref, dst)
}

// Lost shards of several segments (data and parity, the last segment short) are rebuilt bit for bit,
// in plan order, from k shards that never include a lost one and include an avoided one only when
// needed; the key is not needed; the file then reads back from the rebuilt shards alone.
func TestRegenerate(t *testing.T) {
	for _, tc := range []struct{ k, m int }{{3, 3}, {2, 1}, {10, 20}} {
		t.Run(fmt.Sprintf("%d+%d", tc.k, tc.m), func(t *testing.T) {
			p := New(testKey(1))
			data := fileBytes(7, 5*(20<<10)+333)
			m, store := put(t, p, "f", data, smallParams(tc.k, tc.m))
			n := tc.k + tc.m
			orig := map[[2]int][]byte{}
			var plan []Regen
			for s := range m.Segments {
				// Lose m shards of every segment, a different set each time, data shards included.
				r := Regen{Segment: s}
				for j := range tc.m {
					r.Rebuild = append(r.Rebuild, (s+j*2)%n)
				}
				slices.Sort(r.Rebuild)
				r.Rebuild = slices.Compact(r.Rebuild)
				for _, i := range r.Rebuild {
					id := m.Segments[s].Shards[i].CID()
					b, err := store.GetShard(context.Background(), ShardRef{Segment: s, Index: i, CID: id}, nil)
					if err != nil {
						t.Fatal(err)
					}
					orig[[2]int{s, i}] = b
					store.Delete(id)
				}
				if s == 1 { // avoid one healthy shard: fetched only if needed
					for i := range n {
						if !slices.Contains(r.Rebuild, i) {
							r.Avoid = []int{i}
							break
						}
					}
				}
				plan = append(plan, r)
			}
			// Regenerate in reverse segment order: the sink sees the plan's order.
			for i, j := 0, len(plan)-1; i < j; i, j = i+1, j-1 {
				plan[i], plan[j] = plan[j], plan[i]
			}
			src := &fetchLog{ShardSource: store}
			sink := &recordingSink{}
			if err := New(testKey(9)).Regenerate(context.Background(), m, src, plan, sink); err != nil {
				t.Fatal(err)
			}
			var want []ShardRef
			for _, r := range plan {
				for _, i := range r.Rebuild {
					want = append(want, ShardRef{Segment: r.Segment, Index: i, CID: m.Segments[r.Segment].Shards[i].CID()})
				}
			}
			if fmt.Sprint(sink.refs) != fmt.Sprint(want) {
				t.Fatalf("sink got %v\nwant %v", sink.refs, want)
			}
			for i, ref := range sink.refs {
				if !bytes.Equal(sink.data[i], orig[[2]int{ref.Segment, ref.Index}]) {
					t.Fatalf("%s rebuilt differently", ref)
				}
				store.Set(ref.CID, sink.data[i])
			}
			for _, r := range plan {
				for _, i := range r.Rebuild {
					if src.got[[2]int{r.Segment, i}] != 0 {
						t.Fatalf("segment %d: lost shard %d was fetched", r.Segment, i)
					}
				}
				for _, i := range r.Avoid {
					if src.got[[2]int{r.Segment, i}] != 0 && n-len(r.Rebuild)-len(r.Avoid) >= tc.k {
						t.Fatalf("segment %d: avoided shard %d was fetched although enough others were healthy", r.Segment, i)
					}
				}
			}
			got, err := get(p, m, store)
			if err != nil || !bytes.Equal(got, data) {
				t.Fatalf("file after repair: %v", err)
			}
		})
	}
}

// Too few shards left is ErrNotEnoughShards and nothing reaches the sink for that segment; a plan
// that does not fit the manifest is ErrBadParams; a wrong root in the manifest is ErrSegmentAuth.
func TestRegenerateRefuses(t *testing.T) {
	p := New(testKey(1))
	ctx := context.Background()
	m, store := put(t, p, "f", fileBytes(8, 3*(20<<10)), smallParams(3, 2))
	for _, plan := range [][]Regen{
		{{Segment: 3, Rebuild: []int{0}}},
		{{Segment: -1, Rebuild: []int{0}}},
		{{Segment: 0}},
		{{Segment: 0, Rebuild: []int{1, 0}}},
		{{Segment: 0, Rebuild: []int{5}}},
		{{Segment: 0, Rebuild: []int{0}, Avoid: []int{2, 2}}},
	} {
		if err := p.Regenerate(ctx, m, store, plan, &recordingSink{}); !errors.Is(err, ErrBadParams) {
			t.Errorf("plan %+v: %v, want ErrBadParams", plan, err)
		}
	}
	// Segment 1 keeps only 2 of 5 shards: 0 and 1 are to be rebuilt, 2 and 3 are gone too.
	for _, i := range []int{0, 1, 2, 3} {
		store.Delete(m.Segments[1].Shards[i].CID())
	}
	sink := &recordingSink{}
	err := p.Regenerate(ctx, m, store, []Regen{{Segment: 0, Rebuild: []int{4}}, {Segment: 1, Rebuild: []int{0, 1}}}, sink)
	if !errors.Is(err, ErrNotEnoughShards) {
		t.Fatalf("2 of 5 left: %v", err)
	}
	for _, ref := range sink.refs {
		if ref.Segment == 1 {
			t.Fatalf("a shard of the unrecoverable segment reached the sink: %v", ref)
		}
	}
	// A shard to rebuild that is also in Avoid is fetched when the others fall short, and handed on.
	sink = &recordingSink{}
	err = p.Regenerate(ctx, m, store, []Regen{{Segment: 1, Rebuild: []int{0, 1, 2, 3}, Avoid: []int{3}}}, sink)
	if !errors.Is(err, ErrNotEnoughShards) { // 3 is deleted too: only 4 is left
		t.Fatalf("one shard left: %v", err)
	}
	seg0 := m.Segments[0].Shards
	lost := seg0[0].CID()
	keep, _ := store.GetShard(ctx, ShardRef{CID: lost}, nil)
	store.Delete(lost)
	sink = &recordingSink{}
	src := &fetchLog{ShardSource: store}
	if err := p.Regenerate(ctx, m, src, []Regen{{Segment: 0, Rebuild: []int{0, 1, 2}, Avoid: []int{1, 2}}}, sink); err != nil {
		t.Fatal(err)
	}
	if len(sink.refs) != 3 || !bytes.Equal(sink.data[0], keep) || src.got[[2]int{0, 0}] != 0 || src.got[[2]int{0, 1}]+src.got[[2]int{0, 2}] != 1 {
		t.Fatalf("rebuild 0-2 of 5 avoiding 1-2: sink %v, fetched %v", sink.refs, src.got)
	}
	store.Set(lost, keep)

	bad := *m
	bad.Segments = append([]manifest.Segment(nil), m.Segments...)
	bad.Segments[2].Shards = append(bad.Segments[2].Shards[:0:0], m.Segments[2].Shards...)
	bad.Segments[2].Shards[4].Root[0] ^= 1
	if err := p.Regenerate(ctx, &bad, store, []Regen{{Segment: 2, Rebuild: []int{4}}}, &recordingSink{}); !errors.Is(err, ErrSegmentAuth) {
		t.Fatalf("wrong root in the manifest: %v", err)
	}
}

// BenchmarkRegenerate rebuilds one lost shard of every segment of a 10+20 file with 64 KiB segments
// held in memory, for two file lengths, and reports the bytes allocated per rebuilt segment
// (runtime.MemStats.TotalAlloc over the loop): it stays flat as the file grows, because segment
// buffers come from the window's pool and nothing is kept per segment.
//
//	go test -run '^$' -bench Regenerate -benchmem ./node/pipeline
func BenchmarkRegenerate(b *testing.B) {
	for _, segs := range []int{16, 256} {
		b.Run(fmt.Sprintf("segments=%d", segs), func(b *testing.B) {
			p := New(testKey(1))
			params := Params{DataShards: 10, ParityShards: 20, SegmentSize: 64 << 10}
			m, store := put(b, p, "f", fileBytes(3, segs*(64<<10)), params)
			plan := make([]Regen, len(m.Segments))
			for s := range plan {
				plan[s] = Regen{Segment: s, Rebuild: []int{s % 30}}
			}
			var sink Discard
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			for b.Loop() {
				if err := p.Regenerate(context.Background(), m, store, plan, &sink); err != nil {
					b.Fatal(err)
				}
			}
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N*len(plan)), "B/segment")
		})
	}
}
