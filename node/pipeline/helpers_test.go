package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sync"
	"testing"

	ks "github.com/granary-network/granary/node/pipeline/internal/keystream"

	"github.com/granary-network/granary/node/manifest"
)

// keystream is the reproducible test file of a seed (see internal/keystream).
type keystream = ks.Stream

func newKeystream(seed uint64) *keystream { return ks.New(seed) }

// file returns n bytes of the keystream of seed as a reader.
func file(seed uint64, n int64) io.Reader { return io.LimitReader(newKeystream(seed), n) }

func fileBytes(seed uint64, n int) []byte {
	b := make([]byte, n)
	newKeystream(seed).Read(b)
	return b
}

// checker is an io.Writer that compares what it is given with the keystream of seed.
type checker struct {
	want     *keystream
	buf      []byte
	n        int64
	mismatch int64 // offset of the first difference, -1 if none
}

func newChecker(seed uint64) *checker { return &checker{want: newKeystream(seed), mismatch: -1} }

func (c *checker) Write(p []byte) (int, error) {
	if cap(c.buf) < len(p) {
		c.buf = make([]byte, len(p))
	}
	want := c.buf[:len(p)]
	c.want.Read(want)
	if c.mismatch < 0 && !bytes.Equal(p, want) {
		for i := range p {
			if p[i] != want[i] {
				c.mismatch = c.n + int64(i)
				break
			}
		}
	}
	c.n += int64(len(p))
	return len(p), nil
}

func (c *checker) check(t testing.TB, size int64) {
	t.Helper()
	if c.mismatch >= 0 || c.n != size {
		t.Fatalf("got %d bytes (want %d), first difference at %d", c.n, size, c.mismatch)
	}
}

func testKey(seed byte) manifest.MasterKey {
	var k manifest.MasterKey
	for i := range k {
		k[i] = seed ^ byte(i*31)
	}
	return k
}

// smallParams keeps segments small so that tests cross many segment boundaries quickly.
func smallParams(k, m int) Params {
	return Params{DataShards: k, ParityShards: m, SegmentSize: 20 << 10}
}

// badShards records what WithBadShardFunc reports.
type badShards struct {
	mu   sync.Mutex
	errs map[[2]int]error
}

func (b *badShards) record(ref ShardRef, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.errs == nil {
		b.errs = map[[2]int]error{}
	}
	b.errs[[2]int{ref.Segment, ref.Index}] = err
}

func (b *badShards) get(seg, idx int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.errs[[2]int{seg, idx}]
}

func (b *badShards) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return fmt.Sprint(b.errs)
}

// countingSource records which segments were fetched.
type countingSource struct {
	ShardSource
	mu   sync.Mutex
	segs map[int]int
}

func (c *countingSource) GetShard(ctx context.Context, ref ShardRef, dst []byte) ([]byte, error) {
	c.mu.Lock()
	if c.segs == nil {
		c.segs = map[int]int{}
	}
	c.segs[ref.Segment]++
	c.mu.Unlock()
	return c.ShardSource.GetShard(ctx, ref, dst)
}

// put uploads data and returns the manifest and the shards.
func put(t testing.TB, p *Pipeline, name string, data []byte, params Params) (*manifest.Manifest, *MemStore) {
	t.Helper()
	store := NewMemStore()
	m, err := p.Put(context.Background(), name, bytes.NewReader(data), store, params)
	if err != nil {
		t.Fatal(err)
	}
	return m, store
}

func get(p *Pipeline, m *manifest.Manifest, src ShardSource) ([]byte, error) {
	var out bytes.Buffer
	err := p.Get(context.Background(), m, src, &out)
	return out.Bytes(), err
}
