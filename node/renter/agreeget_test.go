package renter

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/proofs"
)

// countingConn counts the shard downloads made through it.
type countingConn struct {
	farmerConn
	n *atomic.Int64
}

func (c countingConn) Download(ctx context.Context, root proofs.Hash, size uint64, auth proto.RetrievalAuth, dst []byte) ([]byte, error) {
	c.n.Add(1)
	return c.farmerConn.Download(ctx, root, size, auth, dst)
}

// GetRange returns exactly the bytes asked for and downloads only the shards of the segments that
// hold them (k per segment: the pipeline asks for data shards first, no overfetch); a range past
// the end is pipeline.ErrBadRange, a missing file ErrNotFound; List names every file, sorted.
func TestAgreementGetRange(t *testing.T) {
	e := newAgreeEnv(t, 6, true)
	data := randomBytes(9, 600<<10+77) // 10 segments of 64 KiB, the last short
	m := e.put("r.bin", data)
	var downloads atomic.Int64
	dial := e.a.dial
	e.a.dial = func(f chain.FarmerInfo) farmerConn { return countingConn{farmerConn: dial(f), n: &downloads} }
	seg := int64(m.SegmentSize)
	for _, c := range []struct {
		off, length int64
		segments    int64
	}{
		{0, 1, 1},
		{seg - 1, 2, 2},                // straddles segments 0 and 1
		{3*seg + 5, seg / 2, 1},        // inside segment 3
		{int64(len(data)) - 10, 10, 1}, // the tail of the last, short segment
		{2 * seg, 3 * seg, 3},
		{0, int64(len(data)), int64(len(m.Segments))},
		{17, 0, 0}, // empty: nothing fetched
	} {
		downloads.Store(0)
		var out bytes.Buffer
		if err := e.a.GetRange(e.ctx, "r.bin", &out, c.off, c.length); err != nil {
			t.Fatalf("range %d+%d: %v", c.off, c.length, err)
		}
		if !bytes.Equal(out.Bytes(), data[c.off:c.off+c.length]) {
			t.Fatalf("range %d+%d: wrong bytes", c.off, c.length)
		}
		if got, want := downloads.Load(), c.segments*int64(testParams.DataShards); got != want {
			t.Fatalf("range %d+%d: %d shard downloads, want %d (%d segments × k)", c.off, c.length, got, want, c.segments)
		}
	}
	for _, r := range [][2]int64{{int64(len(data)) - 1, 2}, {-1, 1}, {0, -1}, {int64(len(data)) + 1, 0}} {
		var out bytes.Buffer
		if err := e.a.GetRange(e.ctx, "r.bin", &out, r[0], r[1]); !errors.Is(err, pipeline.ErrBadRange) || out.Len() != 0 {
			t.Fatalf("range %d+%d: %v (%d bytes written), want ErrBadRange and nothing", r[0], r[1], err, out.Len())
		}
	}
	if err := e.a.GetRange(e.ctx, "nope", &bytes.Buffer{}, 0, 1); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing file: %v, want ErrNotFound", err)
	}

	e.put("a.bin", randomBytes(1, 1000))
	names, err := e.a.List(e.ctx)
	if err != nil || !slices.Equal(names, []string{"a.bin", "r.bin"}) {
		t.Fatalf("list: %v %v", names, err)
	}

	// A range still reads with n−k farmers of the file down (the missing shards are replaced).
	down := 0
	for _, sh := range m.Segments[0].Shards {
		if down < testParams.ParityShards {
			e.byAddr[sh.Farmer].set(func(f *fakeFarmer) { f.down = true })
			down++
		}
	}
	var out bytes.Buffer
	if err := e.a.GetRange(e.ctx, "r.bin", &out, seg+3, 2*seg); err != nil || !bytes.Equal(out.Bytes(), data[seg+3:3*seg+3]) {
		t.Fatalf("range with %d farmers down: %v", down, err)
	}

}
