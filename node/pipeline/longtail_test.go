package pipeline

import (
	"bytes"
	"context"
	"sync/atomic"
	"testing"
	"time"
)

// stallingSource never answers for shard index `slow` of any segment until its request is
// cancelled, and counts the cancellations.
type stallingSource struct {
	ShardSource
	slow      int
	cancelled atomic.Int32
}

func (s *stallingSource) GetShard(ctx context.Context, ref ShardRef, dst []byte) ([]byte, error) {
	if ref.Index == s.slow {
		select {
		case <-ctx.Done():
			s.cancelled.Add(1)
			return nil, ctx.Err()
		case <-time.After(time.Minute):
			return nil, context.DeadlineExceeded
		}
	}
	return s.ShardSource.GetShard(ctx, ref, dst)
}

// With overfetch, a source that stalls is cut off: the segment completes from the other shards and
// the stalled request is cancelled, never waited for.
func TestOverfetchCutsTheLongTail(t *testing.T) {
	p := New(testKey(1), WithOverfetch(1))
	params := smallParams(3, 3)
	data := fileBytes(7, 5*int(params.SegmentSize)+123)
	m, store := put(t, p, "f", data, params)
	src := &stallingSource{ShardSource: store, slow: 1}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var out bytes.Buffer
	start := time.Now()
	if err := p.Get(ctx, m, src, &out); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), data) {
		t.Fatal("file differs")
	}
	if got := int(src.cancelled.Load()); got != len(m.Segments) {
		t.Fatalf("%d stalled requests cancelled, want one per segment (%d)", got, len(m.Segments))
	}
	t.Logf("%d segments in %v despite a stalled shard in each", len(m.Segments), time.Since(start))
}
