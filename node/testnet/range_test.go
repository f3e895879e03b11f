package testnet_test

import (
	"bytes"
	"context"
	"errors"
	"sync/atomic"
	"testing"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/node/testnet"
)

// downloadCounter counts the shard downloads a renter opens.
type downloadCounter struct {
	renter.Network
	n *atomic.Int64
}

func (d downloadCounter) Open(ctx context.Context, f chain.FarmerInfo, protocol string) (renter.Stream, error) {
	if protocol == proto.DownloadID {
		d.n.Add(1)
	}
	return d.Network.Open(ctx, f, protocol)
}

// Renter.GetRange returns exactly the bytes asked for and downloads only the shards of the segments
// that hold them (k per segment without overfetch); a range past the end is pipeline.ErrBadRange.
func TestRenterGetRange(t *testing.T) {
	var downloads atomic.Int64
	n := testnet.New(t, testnet.Config{Farmers: 6, NoOverfetch: true, WrapNetwork: func(_ *testnet.Net, nw renter.Network) renter.Network {
		return downloadCounter{Network: nw, n: &downloads}
	}})
	ctx := context.Background()
	data := testnet.RandomFile(9, 600<<10+77)
	m, err := n.Renter.Put(ctx, "r.bin", bytes.NewReader(data), params)
	if err != nil {
		t.Fatal(err)
	}
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
	} {
		downloads.Store(0)
		var out bytes.Buffer
		if err := n.Renter.GetRange(ctx, "r.bin", &out, c.off, c.length); err != nil {
			t.Fatalf("range %d+%d: %v", c.off, c.length, err)
		}
		if !bytes.Equal(out.Bytes(), data[c.off:c.off+c.length]) {
			t.Fatalf("range %d+%d: wrong bytes", c.off, c.length)
		}
		if got, want := downloads.Load(), c.segments*int64(params.DataShards); got != want {
			t.Fatalf("range %d+%d: %d shard downloads, want %d (%d segments × k)", c.off, c.length, got, want, c.segments)
		}
	}
	if err := n.Renter.GetRange(ctx, "r.bin", &bytes.Buffer{}, int64(len(data))-1, 2); !errors.Is(err, pipeline.ErrBadRange) {
		t.Fatalf("range past the end: %v", err)
	}
	if err := n.Renter.GetRange(ctx, "nope", &bytes.Buffer{}, 0, 1); !errors.Is(err, renter.ErrNotFound) {
		t.Fatalf("missing file: %v", err)
	}
}
