package testnet_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/node/testnet"
	"github.com/granary-network/granary/proofs"
)

// 3+3 shards, 64 KiB segments: a 600 KiB file is 10 segments, each column a 10-shard deal.
var params = pipeline.Params{DataShards: 3, ParityShards: 3, SegmentSize: 64 << 10}

func get(t *testing.T, n *testnet.Net, name string) []byte {
	t.Helper()
	var out bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := n.Renter.Get(ctx, name, &out); err != nil {
		t.Fatalf("get %s: %v", name, err)
	}
	return out.Bytes()
}

// checkPlacement checks every column is one deal on chain, with its own farmer, over the column's
// shards, and that the farmer holds them.
func checkPlacement(t *testing.T, n *testnet.Net, m *manifest.Manifest) map[common.Address]int {
	t.Helper()
	ctx := context.Background()
	cols := map[common.Address]int{}
	for col := 0; col < m.TotalShards(); col++ {
		sh := m.Segments[0].Shards[col]
		if sh.DealID == 0 {
			t.Fatalf("column %d has no deal", col)
		}
		if prev, dup := cols[sh.Farmer]; dup {
			t.Fatalf("columns %d and %d are both on farmer %x", prev, col, sh.Farmer)
		}
		cols[sh.Farmer] = col
		d, err := n.Renter.Client.Deal(ctx, sh.DealID)
		if err != nil {
			t.Fatal(err)
		}
		if d.Farmer != sh.Farmer || d.Renter != n.Renter.Acct.Addr || proofs.Hash(d.Root) != m.DealRoot(col) {
			t.Fatalf("column %d: deal %d on chain does not match the manifest", col, sh.DealID)
		}
		f := n.Farmer(sh.Farmer)
		for s := range m.Segments {
			if m.Segments[s].Shards[col].Farmer != sh.Farmer || m.Segments[s].Shards[col].DealID != sh.DealID {
				t.Fatalf("column %d segment %d: placed elsewhere than the column", col, s)
			}
			if f.Running() && !f.Store.Has(m.Segments[s].Shards[col].Root) {
				t.Fatalf("farmer of column %d lacks segment %d's shard", col, s)
			}
		}
	}
	return cols
}

// Put then get a multi-segment file through real libp2p streams with real deals on chain; stop n−k
// farmers and get it again; corrupt a shard on disk and get it again.
func TestPutGet(t *testing.T) {
	n := testnet.New(t, testnet.Config{Farmers: 6})
	ctx := context.Background()
	data := testnet.RandomFile(1, 600<<10+77)
	m, err := n.Renter.Put(ctx, "notes.bin", bytes.NewReader(data), params)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Segments) < 3 {
		t.Fatalf("only %d segments", len(m.Segments))
	}
	cols := checkPlacement(t, n, m)
	if !bytes.Equal(get(t, n, "notes.bin"), data) {
		t.Fatal("file differs")
	}
	if _, err := n.Renter.Put(ctx, "notes.bin", bytes.NewReader(data), params); !errors.Is(err, renter.ErrExists) {
		t.Fatalf("second put under the same name: %v", err)
	}

	// n−k = 3 farmers stop: the file still comes back byte-identical.
	stopped := 0
	for a := range cols {
		if stopped < params.ParityShards {
			n.Farmer(a).Stop()
			stopped++
		}
	}
	if !bytes.Equal(get(t, n, "notes.bin"), data) {
		t.Fatal("file differs with 3 farmers down")
	}
	for _, f := range n.Farmers {
		if !f.Running() {
			f.Start()
		}
	}

}

// A farmer serving corrupted bytes: the shard is detected and another one used. (Without overfetch
// the renter asks for the data shards first, so the corrupt one is certainly read.)
func TestCorruptShardIsDetected(t *testing.T) {
	n := testnet.New(t, testnet.Config{Farmers: 6, NoOverfetch: true})
	data := testnet.RandomFile(4, 300<<10)
	m, err := n.Renter.Put(context.Background(), "f", bytes.NewReader(data), params)
	if err != nil {
		t.Fatal(err)
	}
	victim := n.Farmer(m.Segments[1].Shards[0].Farmer)
	root := m.Segments[1].Shards[0].Root
	path := findShardFile(t, victim.Dir, root)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 0xff
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(get(t, n, "f"), data) {
		t.Fatal("file differs with a corrupt shard")
	}
	bad := n.Renter.BadShards()
	if len(bad) != 1 || bad[0].Ref.Segment != 1 || bad[0].Ref.Index != 0 || !errors.Is(bad[0].Err, pipeline.ErrCorruptShard) {
		t.Fatalf("want exactly segment 1 shard 0 reported corrupt, got %v", bad)
	}
}

func findShardFile(t *testing.T, dir string, root proofs.Hash) string {
	t.Helper()
	var found string
	hexRoot := common.Bytes2Hex(root[:])
	_ = walk(dir, func(p string) {
		if len(p) >= len(hexRoot) && p[len(p)-len(hexRoot):] == hexRoot {
			found = p
		}
	})
	if found == "" {
		t.Fatalf("shard %s not on disk under %s", hexRoot, dir)
	}
	return found
}

// stopAfter wraps the renter's network: the upload stream to `victim` stops that farmer (for real:
// host, store and service) once `after` bytes have gone out.
type stopAfter struct {
	renter.Network
	n      *testnet.Net
	victim atomic.Pointer[common.Address]
	after  int64
	once   sync.Once
	fired  atomic.Bool
}

func (s *stopAfter) Open(ctx context.Context, f chain.FarmerInfo, protocol string) (renter.Stream, error) {
	st, err := s.Network.Open(ctx, f, protocol)
	if err != nil || protocol != proto.UploadID {
		return st, err
	}
	if v := s.victim.Load(); v == nil || *v != f.Address {
		return st, nil
	}
	return &countingStream{Stream: st, left: s.after, fire: func() {
		s.once.Do(func() { s.fired.Store(true); s.n.Farmer(f.Address).Stop() })
	}}, nil
}

type countingStream struct {
	renter.Stream
	left int64
	fire func()
}

func (c *countingStream) Write(p []byte) (int, error) {
	n, err := c.Stream.Write(p)
	if c.left -= int64(n); c.left <= 0 {
		c.fire()
	}
	return n, err
}

// A farmer stopped in the middle of receiving its shards is replaced: its column lands on another
// farmer, the file reads back, and no deal is made with the stopped farmer.
func TestFarmerStoppedMidUploadIsReplaced(t *testing.T) {
	sa := &stopAfter{after: 100 << 10}
	n := testnet.New(t, testnet.Config{Farmers: 7, WrapNetwork: func(n *testnet.Net, inner renter.Network) renter.Network {
		sa.Network, sa.n = inner, n
		return sa
	}})
	ctx := context.Background()
	cands, err := n.Renter.Candidates(ctx, 0)
	if err != nil || len(cands) != 7 {
		t.Fatalf("candidates: %d %v", len(cands), err)
	}
	victim := cands[0].Address // the first farmer the renter will use
	sa.victim.Store(&victim)
	data := testnet.RandomFile(2, 600<<10)
	m, err := n.Renter.Put(ctx, "f", bytes.NewReader(data), params)
	if err != nil {
		t.Fatal(err)
	}
	if !sa.fired.Load() {
		t.Fatal("the victim was never stopped: the test did not exercise a mid-upload failure")
	}
	cols := checkPlacement(t, n, m)
	if _, used := cols[victim]; used {
		t.Fatal("a column was placed on the farmer stopped mid-upload")
	}
	if len(cols) != 6 {
		t.Fatalf("%d farmers hold columns, want 6", len(cols))
	}
	if !bytes.Equal(get(t, n, "f"), data) {
		t.Fatal("file differs")
	}
}

// Too few farmers for k+m: a clear error, and nothing on chain or in the catalogue.
func TestTooFewFarmers(t *testing.T) {
	n := testnet.New(t, testnet.Config{Farmers: 4})
	ctx := context.Background()
	_, err := n.Renter.Put(ctx, "f", bytes.NewReader(testnet.RandomFile(3, 1000)), params)
	if !errors.Is(err, renter.ErrNotEnoughFarmers) {
		t.Fatalf("got %v, want ErrNotEnoughFarmers", err)
	}
	if names, _ := n.Renter.List(ctx); len(names) != 0 {
		t.Fatalf("catalogue holds %v after a failed put", names)
	}
	if c, _ := n.Chain.Market.DealCount(nil); c != 0 {
		t.Fatalf("%d deals on chain after a failed put", c)
	}
}
