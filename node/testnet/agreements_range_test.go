package testnet

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/renter"
)

// 3+3 shards, 64 KiB segments: a 600 KiB file is 10 segments.
var smallParams = pipeline.Params{DataShards: 3, ParityShards: 3, SegmentSize: 64 << 10}

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

// Agreements.GetRange over real libp2p streams returns exactly the bytes asked for and downloads only
// the shards of the segments that hold them (k per segment, plus at most the test network's one
// overfetched shard); a range past the end is pipeline.ErrBadRange, a missing file
// renter.ErrNotFound. With n−k of the file's farmers stopped every range still reads; with one
// more, a range fails with pipeline.ErrNotEnoughShards having written nothing wrong.
func TestAgreementGetRange(t *testing.T) {
	var downloads atomic.Int64
	n := NewAgreements(t, AgreementConfig{RenterNet: func(nw renter.Network) renter.Network {
		return downloadCounter{Network: nw, n: &downloads}
	}})
	ctx := context.Background()
	r := n.Renter
	data := RandomFile(9, 600<<10+77)
	m, err := r.Put(ctx, "r.bin", bytes.NewReader(data), smallParams)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Put(ctx, "r.bin", bytes.NewReader(data), smallParams); !errors.Is(err, renter.ErrExists) {
		t.Fatalf("second put under the same name: %v, want ErrExists", err)
	}
	seg := int64(m.SegmentSize)
	k := int64(smallParams.DataShards)
	ranges := []struct {
		off, length int64
		segments    int64
	}{
		{0, 1, 1},
		{seg - 1, 2, 2},                // straddles segments 0 and 1
		{3*seg + 5, seg / 2, 1},        // inside segment 3
		{int64(len(data)) - 10, 10, 1}, // the tail of the last, short segment
		{2 * seg, 3 * seg, 3},
		{0, int64(len(data)), int64(len(m.Segments))},
	}
	check := func(when string) {
		t.Helper()
		for _, c := range ranges {
			downloads.Store(0)
			var out bytes.Buffer
			if err := r.GetRange(ctx, "r.bin", &out, c.off, c.length); err != nil {
				t.Fatalf("%s: range %d+%d: %v", when, c.off, c.length, err)
			}
			if !bytes.Equal(out.Bytes(), data[c.off:c.off+c.length]) {
				t.Fatalf("%s: range %d+%d: wrong bytes", when, c.off, c.length)
			}
			// k shards per segment are needed; the overfetched one may be cut before it opens.
			if got := downloads.Load(); got < c.segments*k || got > c.segments*(k+1) {
				t.Fatalf("%s: range %d+%d: %d shard downloads, want %d..%d (%d segments × k, k+1)", when, c.off, c.length, got,
					c.segments*k, c.segments*(k+1), c.segments)
			}
		}
	}
	check("all farmers up")
	if err := r.GetRange(ctx, "r.bin", &bytes.Buffer{}, int64(len(data))-1, 2); !errors.Is(err, pipeline.ErrBadRange) {
		t.Fatalf("range past the end: %v", err)
	}
	if err := r.GetRange(ctx, "nope", &bytes.Buffer{}, 0, 1); !errors.Is(err, renter.ErrNotFound) {
		t.Fatalf("missing file: %v", err)
	}

	// n−k farmers of the file stop: every range still reads (downloads from the stopped ones fail
	// and are replaced, so only the bytes are checked).
	var stopped []*AgreementFarmer
	for _, sh := range m.Segments[0].Shards[:smallParams.ParityShards] {
		f := n.AgreementFarmerOf(sh.Farmer)
		f.Stop()
		stopped = append(stopped, f)
	}
	for _, c := range ranges {
		var out bytes.Buffer
		if err := r.GetRange(ctx, "r.bin", &out, c.off, c.length); err != nil || !bytes.Equal(out.Bytes(), data[c.off:c.off+c.length]) {
			t.Fatalf("%d farmers down: range %d+%d: %v", len(stopped), c.off, c.length, err)
		}
	}
	mustGet(t, r, "r.bin", data)
	// One more: too few shards, a clean failure naming the file.
	f := n.AgreementFarmerOf(m.Segments[0].Shards[smallParams.ParityShards].Farmer)
	f.Stop()
	var out bytes.Buffer
	if err := r.GetRange(ctx, "r.bin", &out, seg, seg); !errors.Is(err, pipeline.ErrNotEnoughShards) || out.Len() != 0 {
		t.Fatalf("%d farmers down: %v (%d bytes written), want ErrNotEnoughShards and nothing", len(stopped)+1, err, out.Len())
	}
	for _, f := range append(stopped, f) {
		f.Start()
	}
	check("farmers restarted")
}

// badShards is a pipeline.WithBadShardFunc collecting what a get reported.
type badShards struct {
	mu   sync.Mutex
	refs []pipeline.ShardRef
	errs []error
}

func (b *badShards) add(ref pipeline.ShardRef, err error) {
	b.mu.Lock()
	b.refs, b.errs = append(b.refs, ref), append(b.errs, err)
	b.mu.Unlock()
}

// shardFile returns the path of a shard in farmer f's store.
func shardFile(t *testing.T, f *AgreementFarmer, root [32]byte) string {
	t.Helper()
	h := hex.EncodeToString(root[:])
	p := filepath.Join(f.Dir, "shards", "shards", h[:2], h)
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("shard %s not on farmer %s's disk: %v", h[:12], f.Acct.Addr, err)
	}
	return p
}

// A farmer serving corrupted bytes (a bit flipped on its disk): the shard fails its CID check, is
// reported as corrupt, and the file and its ranges come back right from the other shards. (The
// reading client asks for exactly k shards, data shards first, so the corrupt one is certainly read.)
func TestAgreementCorruptShardIsDetected(t *testing.T) {
	n := NewAgreements(t, AgreementConfig{})
	ctx := context.Background()
	data := RandomFile(4, 300<<10)
	m, err := n.Renter.Put(ctx, "f", bytes.NewReader(data), smallParams)
	if err != nil {
		t.Fatal(err)
	}
	sh := m.Segments[1].Shards[0]
	path := shardFile(t, n.AgreementFarmerOf(sh.Farmer), sh.Root)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 0xff
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	// A second client of the same renter (same key, catalogue and book) whose pipeline reports bad
	// shards and does not overfetch.
	var bad badShards
	rd, err := renter.NewAgreements(n.Renter.Acct.Key, n.Renter.Client, n.Renter.Client.Domain(), n.Renter.Client.Schedule(),
		n.Renter.rnet, pipeline.New(n.Renter.mk, pipeline.WithOverfetch(0), pipeline.WithBadShardFunc(bad.add)),
		n.Renter.Store, n.Renter.DB, n.cfg.Renter)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := rd.Get(ctx, "f", &out); err != nil || !bytes.Equal(out.Bytes(), data) {
		t.Fatalf("get with a corrupt shard: %v (%d bytes, want %d identical)", err, out.Len(), len(data))
	}
	if len(bad.refs) != 1 || bad.refs[0].Segment != 1 || bad.refs[0].Index != 0 || !errors.Is(bad.errs[0], pipeline.ErrCorruptShard) {
		t.Fatalf("want exactly segment 1 shard 0 reported corrupt, got %v %v", bad.refs, bad.errs)
	}
	out.Reset()
	off := int64(m.SegmentSize) + 100
	if err := rd.GetRange(ctx, "f", &out, off, 1000); err != nil || !bytes.Equal(out.Bytes(), data[off:off+1000]) {
		t.Fatalf("range over the corrupt shard's segment: %v", err)
	}
	if len(bad.refs) != 2 || bad.refs[1] != bad.refs[0] {
		t.Fatalf("the range did not report the corrupt shard again: %v", bad.refs)
	}
}

// Too few farmers for k+m: renter.ErrNotEnoughFarmers, nothing in the catalogue and no agreement
// opened on chain.
func TestAgreementTooFewFarmers(t *testing.T) {
	n := NewAgreements(t, AgreementConfig{Farmers: 4})
	ctx := context.Background()
	_, err := n.Renter.Put(ctx, "f", bytes.NewReader(RandomFile(3, 1000)), smallParams)
	if !errors.Is(err, renter.ErrNotEnoughFarmers) {
		t.Fatalf("got %v, want ErrNotEnoughFarmers", err)
	}
	if names, err := n.Renter.List(ctx); err != nil || len(names) != 0 {
		t.Fatalf("catalogue holds %v (%v) after a failed put", names, err)
	}
	if c, err := n.Renter.Client.AgreementCount(ctx); err != nil || c != 0 {
		t.Fatalf("%d agreements on chain (%v) after a failed put", c, err)
	}
}
