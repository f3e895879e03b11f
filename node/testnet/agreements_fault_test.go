package testnet

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/farmer"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/proofs"
)

// Fault and attack tests of the agreement network: a farmer that dies mid-upload, a farmer that
// refuses to co-sign, a renter killed mid-put, a farmer that lost an agreement's data, a farmer gone
// for good. Every trigger is deterministic: faults fire from the renter's own writes (tapNet),
// farmers' staging clocks move only when a test says (testClock), and periods pass with NextPeriod.

// testClock is a farmer clock (AgreementPolicy.Now) that stands still until the test moves it.
type testClock struct {
	base time.Time
	off  atomic.Int64
}

func newTestClock() *testClock { return &testClock{base: time.Now()} }

func (c *testClock) Now() time.Time { return c.base.Add(time.Duration(c.off.Load())) }

func (c *testClock) Advance(d time.Duration) { c.off.Add(int64(d)) }

// tapNet wraps the renter's network. onOpen runs before a stream to a farmer opens (an error fails
// the open). Every store session's outgoing bytes are parsed (the StoreRequest frame, then per shard
// a ShardHeader frame and exactly its bytes): once a shard's header is complete, before it reaches
// the farmer, its root is recorded and onShard runs with the shard's index in the session; an error
// from onShard resets the stream and fails the write, as a dead connection would.
type tapNet struct {
	renter.Network
	mu      sync.Mutex
	onOpen  func(f common.Address, protocol string) error
	onShard func(f common.Address, i int, h proto.ShardHeader) error
	wrap    func(f common.Address, protocol string, st renter.Stream) renter.Stream // other protocols' streams
	roots   map[common.Address][]proofs.Hash                                        // shards headed to each farmer
}

func (n *tapNet) setStream(wrap func(common.Address, string, renter.Stream) renter.Stream) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.wrap = wrap
}

func (n *tapNet) hooks() (func(common.Address, string) error, func(common.Address, int, proto.ShardHeader) error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.onOpen, n.onShard
}

func (n *tapNet) set(onOpen func(common.Address, string) error, onShard func(common.Address, int, proto.ShardHeader) error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.onOpen, n.onShard, n.roots = onOpen, onShard, map[common.Address][]proofs.Hash{}
}

// sent returns the roots headed to each farmer since the last set.
func (n *tapNet) sent() map[common.Address][]proofs.Hash {
	n.mu.Lock()
	defer n.mu.Unlock()
	out := map[common.Address][]proofs.Hash{}
	for f, rs := range n.roots {
		out[f] = slices.Clone(rs)
	}
	return out
}

func (n *tapNet) Open(ctx context.Context, f chain.FarmerInfo, protocol string) (renter.Stream, error) {
	if onOpen, _ := n.hooks(); onOpen != nil {
		if err := onOpen(f.Address, protocol); err != nil {
			return nil, err
		}
	}
	st, err := n.Network.Open(ctx, f, protocol)
	if err != nil {
		return st, err
	}
	if protocol != proto.StoreID {
		n.mu.Lock()
		wrap := n.wrap
		n.mu.Unlock()
		if wrap != nil {
			st = wrap(f.Address, protocol, st)
		}
		return st, nil
	}
	return &tapStream{Stream: st, net: n, f: f.Address}, nil
}

type tapStream struct {
	renter.Stream
	net    *tapNet
	f      common.Address
	failed error

	frames int    // frames complete
	hdr    []byte // length prefix of the frame being read
	frame  []byte // the frame being read
	want   int
	raw    uint64 // shard bytes still to come
}

func (s *tapStream) Write(p []byte) (int, error) {
	if s.failed != nil {
		return 0, s.failed
	}
	if err := s.parse(p); err != nil {
		s.failed = err
		s.Stream.Reset()
		return 0, err
	}
	return s.Stream.Write(p)
}

func (s *tapStream) parse(p []byte) error {
	for len(p) > 0 {
		switch {
		case s.raw > 0:
			n := min(uint64(len(p)), s.raw)
			s.raw -= n
			p = p[n:]
			continue
		case len(s.hdr) < 4:
			n := min(len(p), 4-len(s.hdr))
			s.hdr, p = append(s.hdr, p[:n]...), p[n:]
			if len(s.hdr) == 4 {
				s.want, s.frame = int(binary.BigEndian.Uint32(s.hdr)), s.frame[:0]
			}
			continue
		}
		n := min(len(p), s.want-len(s.frame))
		s.frame, p = append(s.frame, p[:n]...), p[n:]
		if len(s.frame) < s.want {
			continue
		}
		s.frames++
		s.hdr = s.hdr[:0]
		if s.frames == 1 {
			continue // the StoreRequest
		}
		var h proto.ShardHeader
		if err := json.Unmarshal(s.frame, &h); err != nil {
			return fmt.Errorf("tap: shard header: %w", err)
		}
		s.raw = h.Size
		s.net.mu.Lock()
		s.net.roots[s.f] = append(s.net.roots[s.f], h.Root)
		s.net.mu.Unlock()
		if _, onShard := s.net.hooks(); onShard != nil {
			if err := onShard(s.f, s.frames-2, h); err != nil {
				return err
			}
		}
	}
	return nil
}

// faultNet starts an agreement network whose renter goes through a tapNet; q = 100% unless params
// say otherwise.
func faultNet(t *testing.T, cfg AgreementConfig) (*AgreementNet, *tapNet) {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end")
	}
	if cfg.Params.PeriodSeconds == 0 {
		cfg.Params = market.DevnetAgreementParams()
		cfg.Params.SampleBps = 10_000
	}
	tap := &tapNet{roots: map[common.Address][]proofs.Hash{}}
	cfg.RenterNet = func(nw renter.Network) renter.Network {
		if tap.Network != nil {
			return nw // only the first renter is tapped
		}
		tap.Network = nw
		return tap
	}
	return NewAgreements(t, cfg), tap
}

// testPolicy is the network's default farmer policy on clock c.
func testPolicy(c *testClock) farmer.AgreementPolicy {
	return farmer.AgreementPolicy{PricePerGiB: market.Tokens(1), MinPeriods: 1, MaxPeriods: 1000, CollateralPeriods: 3, Now: c.Now}
}

var faultParams = pipeline.Params{DataShards: 3, ParityShards: 3, SegmentSize: 256 << 10}

// cycle moves to the next period and waits for the farmers' heartbeats of the period before (in
// its grace) and of the new one; it returns the new period.
func (n *AgreementNet) cycle() uint32 {
	n.t.Helper()
	p := n.NextPeriod()
	n.WaitHeartbeats(p - 1)
	n.WaitHeartbeats(p)
	return p
}

// pastGrace moves the clock past the grace of period p-1 (p is the current period), so that p-1
// can be reported.
func (n *AgreementNet) pastGrace(p uint32) {
	n.t.Helper()
	if ts := n.Chain.Times.PeriodStart(p) + uint64(n.cfg.Params.GraceSeconds); n.Chain.Now(n.t) < ts {
		n.Chain.AdvanceTo(n.t, ts)
	}
}

func mustGet(t *testing.T, r *AgreementRenter, name string, want []byte) {
	t.Helper()
	var got bytes.Buffer
	if err := r.Get(context.Background(), name, &got); err != nil || !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("get %s: %v (%d bytes, want %d identical)", name, err, got.Len(), len(want))
	}
}

func agreementInfo(t *testing.T, c *chain.AgreementClient, id uint64) chain.AgreementInfo {
	t.Helper()
	info, err := c.Agreement(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return info
}

// localState returns farmer f's state of agreement id (nil if it has none).
func localState(f *AgreementFarmer, id uint64) *market.AgreementState {
	for _, st := range f.Svc.AgreementStates() {
		if st.ID == id {
			return st
		}
	}
	return nil
}

// committed returns the shards held by farmer f's agreements' newest revisions, and their bytes.
func committed(f *AgreementFarmer) (map[proofs.Hash]bool, int64) {
	out := map[proofs.Hash]bool{}
	var size int64
	for _, st := range f.Svc.AgreementStates() {
		for _, sh := range st.Tree.List() {
			if !out[sh.Root] {
				out[sh.Root] = true
				size += int64(sh.Leaves * proofs.LeafSize)
			}
		}
	}
	return out, size
}

// diskMatches reports whether farmer f stores exactly the shards its agreements commit.
func diskMatches(t *testing.T, f *AgreementFarmer) (bool, string) {
	t.Helper()
	want, size := committed(f)
	roots, err := f.Store.Roots()
	if err != nil {
		t.Fatal(err)
	}
	extra := 0
	for _, r := range roots {
		if !want[r] {
			extra++
		}
	}
	missing := len(want) - (len(roots) - extra)
	ok := extra == 0 && missing == 0 && f.Store.Used() == size
	return ok, fmt.Sprintf("%d shards stored (%d bytes), %d committed (%d bytes): %d extra, %d missing",
		len(roots), f.Store.Used(), len(want), size, extra, missing)
}

func revertName(err error) string {
	var re *chain.RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}

func expectRevert(t *testing.T, err error, name string) {
	t.Helper()
	if got := revertName(err); got != name {
		t.Fatalf("want revert %s, got %q (%v)", name, got, err)
	}
}

func (n *AgreementNet) tokens(a common.Address) *big.Int {
	n.t.Helper()
	b, err := n.Chain.Token.BalanceOf(nil, a)
	if err != nil {
		n.t.Fatal(err)
	}
	return b
}

// bookID returns the renter's agreement id with farmer f (its current one).
func bookID(t *testing.T, r *AgreementRenter, f common.Address) uint64 {
	t.Helper()
	list, err := r.AgreementsList(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		if s.Farmer == f && s.Current {
			return s.ID
		}
	}
	t.Fatalf("renter %s has no agreement with %s", r.Acct.Addr, f)
	return 0
}

// TestAgreementFarmerStopsMidUpload: a farmer dies while the put streams to it (stopped just before
// its 5th shard of the session goes out). The put still succeeds: the column's remaining shards go
// to a 7th farmer, the dead farmer's shards of earlier segments stay unplaced (those segments keep
// 5 of 6), the get is byte-identical. The dead farmer never co-signed: its agreement stays at
// revision 0 with no data through the next periods, so the renter closes it and gets its whole
// escrow back; restarted after its staging TTL, the farmer drops the shards it had staged.
func TestAgreementFarmerStopsMidUpload(t *testing.T) {
	clock := newTestClock()
	n, tap := faultNet(t, AgreementConfig{Farmers: 7, Policy: testPolicy(clock)})
	ctx := context.Background()
	r := n.Renter
	victim, spare := n.Farmers[2], n.Farmers[6]
	const stopAt = 4
	var fired atomic.Bool
	tap.set(nil, func(f common.Address, i int, _ proto.ShardHeader) error {
		if f != victim.Acct.Addr || i != stopAt || fired.Swap(true) {
			return nil
		}
		victim.Stop()
		return errors.New("tap: farmer stopped")
	})

	data := randomBytes(11, 3<<20+777)
	m, err := r.Put(ctx, "a.bin", bytes.NewReader(data), faultParams)
	if err != nil {
		t.Fatalf("put with a farmer dying mid-upload: %v", err)
	}
	if !fired.Load() {
		t.Fatalf("the victim %s never got its shard %d", victim.Acct.Addr, stopAt)
	}
	if len(m.Segments) <= stopAt+1 {
		t.Fatalf("file of %d segments, the test needs more than %d", len(m.Segments), stopAt+1)
	}
	sent := tap.sent()
	if got := len(sent[victim.Acct.Addr]); got != stopAt+1 {
		t.Fatalf("%d shard headers went to the victim, want %d", got, stopAt+1)
	}
	spareID := bookID(t, r, spare.Acct.Addr)
	victimID := bookID(t, r, victim.Acct.Addr)
	col := -1
	for c := range m.Segments[0].Shards {
		if m.Segments[len(m.Segments)-1].Shards[c].Farmer == spare.Acct.Addr {
			col = c
		}
	}
	if col < 0 {
		t.Fatal("no column of the last segment is with the 7th farmer")
	}
	var spareLeaves uint64
	for seg, s := range m.Segments {
		for c, sh := range s.Shards {
			switch {
			case sh.Farmer == victim.Acct.Addr:
				t.Fatalf("segment %d column %d placed with the dead farmer", seg, c)
			case c != col && sh.Farmer == ([20]byte{}):
				t.Fatalf("segment %d column %d unplaced", seg, c)
			case c == col && seg < stopAt && sh.Farmer != ([20]byte{}):
				t.Fatalf("segment %d of the dead farmer's column placed with %x", seg, sh.Farmer)
			case c == col && seg >= stopAt && (sh.Farmer != spare.Acct.Addr || sh.AgreementID != spareID):
				t.Fatalf("segment %d of the dead farmer's column with %x under %d, want the 7th farmer under %d", seg, sh.Farmer, sh.AgreementID, spareID)
			}
		}
		if seg >= stopAt {
			spareLeaves += m.ShardLen(seg) / proofs.LeafSize
		}
	}
	mustGet(t, r, "a.bin", data)

	for range 2 {
		n.cycle()
	}
	info := agreementInfo(t, r.Client, victimID)
	if info.Status != chain.AgreementOpen || info.Number != 0 || info.Leaves != 0 || info.Accrued.Sign() != 0 || info.Vindicated.Sign() != 0 {
		t.Fatalf("dead farmer's agreement %d: status %d, revision %d, %d leaves, accrued %v, vindicated %v; want an open, empty agreement",
			victimID, info.Status, info.Number, info.Leaves, info.Accrued, info.Vindicated)
	}
	si := agreementInfo(t, r.Client, spareID)
	if st := localState(spare, spareID); si.Leaves != spareLeaves || st.Latest.Number != si.Number || st.Latest.Leaves != spareLeaves || si.LiveFrom == 0 {
		t.Fatalf("7th farmer's agreement %d on chain: revision %d with %d leaves (live from %d); farmer at %d; the column's later shards are %d leaves",
			spareID, si.Number, si.Leaves, si.LiveFrom, st.Latest.Number, spareLeaves)
	}
	if ok, why := diskMatches(t, spare); !ok {
		t.Fatalf("7th farmer's disk: %s", why)
	}

	// The renter pays nothing for the dead farmer: closing its empty agreement returns all the escrow.
	before := n.tokens(r.Acct.Addr)
	if err := r.Client.Close(ctx, victimID); err != nil {
		t.Fatalf("close the dead farmer's agreement: %v", err)
	}
	if got := new(big.Int).Sub(n.tokens(r.Acct.Addr), before); got.Cmp(info.Escrow) != 0 {
		t.Fatalf("closing the dead farmer's agreement refunded %v, its escrow is %v", got, info.Escrow)
	}
	if info := agreementInfo(t, r.Client, victimID); info.Status != chain.AgreementSettled {
		t.Fatalf("closed agreement status %d", info.Status)
	}

	// Restarted once its stagings expired, the dead farmer deletes the shards it had staged.
	if roots, _ := victimStore(t, victim); roots == 0 {
		t.Fatal("the dead farmer had staged no shard")
	}
	clock.Advance(2 * time.Hour)
	victim.Start()
	if st := localState(victim, victimID); st == nil || st.Latest.Number != 0 || st.Tree.Shards() != 0 {
		t.Fatalf("dead farmer's own record of agreement %d: %+v", victimID, st)
	}
	if ok, why := diskMatches(t, victim); !ok || victim.Store.Used() != 0 {
		t.Fatalf("dead farmer's disk after its stagings expired: %s", why)
	}
	mustGet(t, r, "a.bin", data)
}

// victimStore counts the shards in a stopped farmer's store by opening it briefly.
func victimStore(t *testing.T, f *AgreementFarmer) (int, int64) {
	t.Helper()
	f.Start()
	defer f.Stop()
	roots, err := f.Store.Roots()
	if err != nil {
		t.Fatal(err)
	}
	return len(roots), f.Store.Used()
}

// onChain is what an agreement holds on chain, for before/after comparisons.
type onChain struct {
	number, leaves, shards uint64
	status                 uint8
}

func snapshot(t *testing.T, n *AgreementNet, ids map[common.Address]uint64) map[uint64]onChain {
	t.Helper()
	out := map[uint64]onChain{}
	for _, id := range ids {
		info := agreementInfo(t, n.Renter.Client, id)
		out[id] = onChain{number: info.Number, leaves: info.Leaves, shards: info.Shards, status: info.Status}
	}
	return out
}

// TestAgreementFarmerRefusesToCosign: after a second file's shards are all acknowledged, one farmer
// does not co-sign its revision:
//   - refuses: its clock jumps past the staging TTL as the renter asks, so it answers a typed
//     refusal ("missing");
//   - stopped: it is stopped as the renter asks (unreachable; it never signed, so the renter's
//     fallback, asking for its newest revision, fails too).
//
// The farmer is dropped like one that failed mid-upload: the put succeeds without its column (the
// shards are unplaced; repair rebuilds them elsewhere), the file reads back from the other five,
// whose revisions reach the chain with the next heartbeats; the refuser's agreement is unchanged on
// chain and in the renter's book, and the refuser, restarted after its stagings expired, drops the
// shards it had staged. (A put left short of k + ceil(m/2) shards by refusals is undone instead:
// renter.TestAgreementRevisionRefusedUndoesTheOthers.)
//
// A third case is the one the fallback exists for: the farmer signs and commits, but its answer is
// lost on the way back (lost). The renter then reads the farmer's newest revision, finds its own
// proposal co-signed, and the put succeeds with renter, farmer and chain agreeing.
func TestAgreementFarmerRefusesToCosign(t *testing.T) {
	for _, mode := range []string{"refuses", "stopped", "lost"} {
		t.Run(mode, func(t *testing.T) { testNoCosign(t, mode) })
	}
}

// lostReply is a stream whose reply is read to its end and then reported lost.
type lostReply struct{ renter.Stream }

func (s lostReply) Read([]byte) (int, error) {
	io.Copy(io.Discard, s.Stream) // the farmer's whole answer, up to its close
	return 0, errors.New("tap: connection lost")
}

func testNoCosign(t *testing.T, mode string) {
	skew := newTestClock()
	n, tap := faultNet(t, AgreementConfig{FarmerPolicy: func(i int, pol farmer.AgreementPolicy) farmer.AgreementPolicy {
		if i == 2 {
			pol.Now = skew.Now
		}
		return pol
	}})
	ctx := context.Background()
	r := n.Renter
	refuser := n.Farmers[2]

	a := randomBytes(21, 2<<20+99)
	ma, err := r.Put(ctx, "a.bin", bytes.NewReader(a), faultParams)
	if err != nil {
		t.Fatalf("put a: %v", err)
	}
	ids := agreementsOf(ma)
	n.cycle()
	before := snapshot(t, n, ids)
	for id, s := range before {
		if s.leaves == 0 || s.number == 0 {
			t.Fatalf("agreement %d holds nothing on chain after a's put: %+v", id, s)
		}
	}
	disk := map[common.Address]int64{}
	for _, f := range n.Farmers {
		if ok, why := diskMatches(t, f); !ok {
			t.Fatalf("farmer %s before: %s", f.Acct.Addr, why)
		}
		disk[f.Acct.Addr] = f.Store.Used()
	}

	var asked atomic.Int32
	tap.set(func(f common.Address, protocol string) error {
		if f != refuser.Acct.Addr || protocol != proto.ReviseID || asked.Add(1) != 1 {
			return nil
		}
		switch mode {
		case "refuses":
			skew.Advance(2 * time.Hour) // the shards it staged for b expire before it looks at them
		case "stopped":
			refuser.Stop()
		}
		return nil
	}, nil)
	var lost atomic.Int32
	if mode == "lost" {
		tap.setStream(func(f common.Address, protocol string, st renter.Stream) renter.Stream {
			if f == refuser.Acct.Addr && protocol == proto.ReviseID && asked.Load() == 1 && lost.Add(1) == 1 {
				return lostReply{st}
			}
			return st
		})
	}
	b := randomBytes(22, 1<<20+5)
	mb, err := r.Put(ctx, "b.bin", bytes.NewReader(b), faultParams)
	if asked.Load() == 0 {
		t.Fatal("the farmer was never asked to co-sign")
	}
	if mode == "lost" {
		if err != nil || lost.Load() != 1 {
			t.Fatalf("put b with the co-signature's answer lost (%d lost): %v", lost.Load(), err)
		}
		mustGet(t, r, "b.bin", b)
		n.cycle()
		for f, id := range agreementsOf(mb) {
			info := agreementInfo(t, r.Client, id)
			st := localState(n.AgreementFarmerOf(f), id)
			if info.Number != before[id].number+1 || st.Latest.Number != info.Number || st.Latest.Root != info.Root {
				t.Fatalf("agreement %d with %s: revision %d on chain, farmer at %d, before b %d", id, f, info.Number, st.Latest.Number, before[id].number)
			}
		}
		list, err := r.AgreementsList(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range list {
			if info := agreementInfo(t, r.Client, s.ID); s.Number != info.Number || s.Leaves != info.Leaves {
				t.Fatalf("renter's book: agreement %d at revision %d (%d leaves), chain at %d (%d leaves)", s.ID, s.Number, s.Leaves, info.Number, info.Leaves)
			}
		}
		return
	}
	if err != nil {
		t.Fatalf("put b with one farmer not co-signing: %v; want it stored without that farmer's column", err)
	}
	// b is stored without the refuser's column: those shards are unplaced (repair rebuilds them on
	// another farmer), the other five hold theirs, and b reads back.
	for s, seg := range mb.Segments {
		for c, sh := range seg.Shards {
			if placed := sh.Farmer != ([20]byte{}); placed == (ma.Segments[0].Shards[c].Farmer == refuser.Acct.Addr) {
				t.Fatalf("b's segment %d column %d placed with %x", s, c, sh.Farmer)
			}
		}
	}
	mustGet(t, r, "b.bin", b)
	if mode == "stopped" {
		skew.Advance(2 * time.Hour)
	}
	refuser.Stop()
	refuser.Start() // drops the stagings expired on its clock
	if ok, why := diskMatches(t, refuser); !ok || refuser.Store.Used() != disk[refuser.Acct.Addr] {
		t.Fatalf("farmer that did not co-sign, after its stagings expired: %s (%d bytes before)", why, disk[refuser.Acct.Addr])
	}

	n.cycle()
	after := snapshot(t, n, ids)
	list, err := r.AgreementsList(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for f, id := range ids {
		bf, af := before[id], after[id]
		st := localState(n.AgreementFarmerOf(f), id)
		want := bf.number + 1 // b's revision
		if f == refuser.Acct.Addr {
			want = bf.number
			if af.leaves != bf.leaves || af.shards != bf.shards {
				t.Fatalf("the refuser's agreement %d changed on chain: %+v, before %+v", id, af, bf)
			}
		}
		if af.number != want || af.status != chain.AgreementOpen || af.number != st.Latest.Number {
			t.Fatalf("agreement %d with %s at revision %d on chain (farmer at %d), want %d", id, f, af.number, st.Latest.Number, want)
		}
		for _, s := range list {
			if s.ID == id && (s.Leaves != af.leaves || s.Number != af.number) {
				t.Fatalf("renter's book: agreement %d at revision %d with %d leaves, chain %+v", id, s.Number, s.Leaves, af)
			}
		}
	}
	mustGet(t, r, "a.bin", a)
}

// TestAgreementRenterKilledMidPut: the renter's first put is cancelled mid-stream (its context ends
// as the 4th shard of one session goes out). The put fails; a fresh client on the same directories
// (same key, the agreement book and catalogue reopened) puts again with no chain transaction, on the
// agreements the killed put opened. The killed put's shards never enter a revision; once their
// staging TTL passes on the farmers' clock, every farmer's disk holds exactly the committed shards.
func TestAgreementRenterKilledMidPut(t *testing.T) {
	clock := newTestClock()
	pol := testPolicy(clock)
	pol.StageTTL = 4 * time.Second // the collector looks every second; the clock alone expires stagings
	n, tap := faultNet(t, AgreementConfig{Policy: pol})
	r := n.Renter
	victim := n.Farmers[1]
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tap.set(nil, func(f common.Address, i int, _ proto.ShardHeader) error {
		if f == victim.Acct.Addr && i == 3 {
			cancel()
			return context.Canceled
		}
		return nil
	})
	_, err := r.Put(ctx, "a.bin", bytes.NewReader(randomBytes(31, 3<<20)), faultParams)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("killed put: %v", err)
	}
	killed := tap.sent()
	if len(killed) != 6 || len(killed[victim.Acct.Addr]) != 4 {
		t.Fatalf("killed put sent to %d farmers, %d shards to the victim", len(killed), len(killed[victim.Acct.Addr]))
	}
	ids := map[common.Address]uint64{}
	for _, f := range n.Farmers {
		ids[f.Acct.Addr] = bookID(t, r, f.Acct.Addr)
	}
	staged := 0
	for _, f := range n.Farmers {
		roots, _ := f.Store.Roots()
		staged += len(roots)
	}
	if staged == 0 {
		t.Fatal("the killed put left nothing staged")
	}

	tap.set(nil, nil)
	r.Reopen()
	nonce, err := n.Chain.Client.NonceAt(context.Background(), r.Acct.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	data := randomBytes(32, 2<<20+3)
	m, err := r.Put(context.Background(), "a.bin", bytes.NewReader(data), faultParams)
	if err != nil {
		t.Fatalf("put after the restart: %v", err)
	}
	if after, _ := n.Chain.Client.NonceAt(context.Background(), r.Acct.Addr, nil); after != nonce {
		t.Fatalf("put after the restart sent %d chain transactions, want 0", after-nonce)
	}
	for f, id := range agreementsOf(m) {
		if ids[f] != id {
			t.Fatalf("farmer %s holds the file under agreement %d, the killed put opened %d", f, id, ids[f])
		}
	}
	mustGet(t, r, "a.bin", data)

	for range 2 {
		n.cycle()
	}
	col := m.StoredSize() / 6
	for _, f := range n.Farmers {
		id := ids[f.Acct.Addr]
		st := localState(f, id)
		for _, root := range killed[f.Acct.Addr] {
			if st.Tree.Has(root) {
				t.Fatalf("farmer %s: a shard of the killed put is in revision %d", f.Acct.Addr, st.Latest.Number)
			}
		}
		info := agreementInfo(t, r.Client, id)
		if info.Number != st.Latest.Number || info.Root != st.Latest.Root || info.Leaves*proofs.LeafSize != col {
			t.Fatalf("agreement %d on chain: revision %d, %d leaves; farmer at %d; the file's column is %d bytes",
				id, info.Number, info.Leaves, st.Latest.Number, col)
		}
	}

	extra := 0
	for _, f := range n.Farmers {
		if ok, _ := diskMatches(t, f); !ok {
			extra++
		}
	}
	if extra == 0 {
		t.Fatal("no farmer holds a staged shard of the killed put before the TTL")
	}
	clock.Advance(time.Hour)
	deadline := time.Now().Add(20 * time.Second)
	for _, f := range n.Farmers {
		for {
			ok, why := diskMatches(t, f)
			if ok {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("farmer %s, 20 s after the killed put's stagings expired: %s", f.Acct.Addr, why)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	mustGet(t, r, "a.bin", data)
}

func (n *AgreementNet) farmerOnChain(a common.Address) (free, locked, unbonding *big.Int, disqualified bool) {
	n.t.Helper()
	f, err := n.Chain.Agreements.GetFarmer(nil, a)
	if err != nil {
		n.t.Fatal(err)
	}
	return f.Free, f.Locked, f.Unbonding, f.Disqualified
}

func (n *AgreementNet) marketBalance(a common.Address) *big.Int {
	n.t.Helper()
	b, err := n.Chain.Agreements.Balances(nil, a)
	if err != nil {
		n.t.Fatal(err)
	}
	return b
}

func bps(x *big.Int, b uint16, ceil bool) *big.Int {
	v := new(big.Int).Mul(x, big.NewInt(int64(b)))
	if ceil {
		v.Add(v, big.NewInt(9_999))
	}
	return v.Div(v, big.NewInt(10_000))
}

// TestAgreementLostShardsReported: a farmer loses every shard of one renter's agreement (deleted from
// its store). With q = 100% its next heartbeat leaves that agreement's proof out (it never sends a
// proof it cannot build) and proves its other agreement. A third account reports the agreement
// unproven for that period (refused before the grace, and for the proven agreement): it fails, the
// renter gets the unvindicated escrow and the collateral less the reporter's bounty, the reporter
// gets the bounty, the farmer's locked stake drops by the collateral, and its other agreement
// (another renter's) stays open, unchanged and proven in the next periods. The renter still gets its
// file from the other five farmers.
func TestAgreementLostShardsReported(t *testing.T) {
	// Two renters' agreements on one farmer.
	n, _ := faultNet(t, AgreementConfig{Renter: renter.AgreementOptions{MaxBytesPerAgreement: 64 << 20}})
	ctx := context.Background()
	params := n.cfg.Params
	r1, r2 := n.Renter, n.AddRenter()
	a := randomBytes(41, 2<<20+1)
	ma, err := r1.Put(ctx, "a.bin", bytes.NewReader(a), faultParams)
	if err != nil {
		t.Fatalf("put a: %v", err)
	}
	if _, err := r2.Put(ctx, "b.bin", bytes.NewReader(randomBytes(42, 1<<20)), faultParams); err != nil {
		t.Fatalf("put b: %v", err)
	}
	x := n.Farmers[3]
	id1, id2 := bookID(t, r1, x.Acct.Addr), bookID(t, r2, x.Acct.Addr)
	if agreementsOf(ma)[x.Acct.Addr] != id1 {
		t.Fatalf("file a is not with farmer %s under %d", x.Acct.Addr, id1)
	}
	p1 := n.cycle() // the heartbeats post both files' revisions: live from p1+1
	st := localState(x, id1)
	for _, sh := range st.Tree.List() {
		if err := x.Store.Delete(sh.Root); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("farmer %s lost the %d shards of agreement %d", x.Acct.Addr, st.Tree.Shards(), id1)

	p2 := n.cycle()
	if p2 != p1+1 {
		t.Fatalf("period %d after %d", p2, p1)
	}
	i1 := agreementInfo(t, r1.Client, id1)
	if !i1.LiveIn(p2) {
		t.Fatalf("agreement %d not live in %d: %+v", id1, p2, i1)
	}
	for _, c := range []struct {
		id     uint64
		proven bool
	}{{id1, false}, {id2, true}} {
		due, err := r1.Client.IsDue(ctx, c.id, p2)
		if err != nil || !due {
			t.Fatalf("agreement %d not due in %d with q = 100%%: %v", c.id, p2, err)
		}
		if got, err := r1.Client.ProvenIn(ctx, c.id, p2); err != nil || got != c.proven {
			t.Fatalf("agreement %d proven in %d: %v (%v), want %v", c.id, p2, got, err, c.proven)
		}
	}
	if s := x.Loop.Status(); s.Period != p2 || !s.Sent || !slices.Contains(s.Lost, id1) {
		t.Fatalf("farmer's heartbeat of %d: %+v, want sent with agreement %d lost", p2, s, id1)
	}

	reporter := n.Client(n.Chain.NewAccount(t, nil))
	expectRevert(t, reporter.ReportUnproven(ctx, id1, p2), "ReportTooEarly")
	p3 := n.NextPeriod()
	n.WaitHeartbeats(p3)
	n.pastGrace(p3)
	expectRevert(t, reporter.ReportUnproven(ctx, id2, p2), "WasProven")

	i1 = agreementInfo(t, r1.Client, id1)
	i2 := agreementInfo(t, r2.Client, id2)
	rBal, repBal := n.tokens(r1.Acct.Addr), n.tokens(reporter.Address())
	free, locked, _, _ := n.farmerOnChain(x.Acct.Addr)
	if err := reporter.ReportUnproven(ctx, id1, p2); err != nil {
		t.Fatalf("report agreement %d unproven in %d: %v", id1, p2, err)
	}
	expectRevert(t, reporter.ReportUnproven(ctx, id1, p2), "AgreementNotOpen")

	after := agreementInfo(t, r1.Client, id1)
	if after.Status != chain.AgreementFailed {
		t.Fatalf("reported agreement status %d, want failed", after.Status)
	}
	bounty := bps(i1.Collateral, params.ReporterBountyBps, false)
	wantRenter := new(big.Int).Sub(i1.Escrow, i1.Vindicated)
	wantRenter.Add(wantRenter, new(big.Int).Sub(i1.Collateral, bounty))
	if got := new(big.Int).Sub(n.tokens(r1.Acct.Addr), rBal); got.Cmp(wantRenter) != 0 {
		t.Fatalf("renter got %v at the failure, want escrow %v − vindicated %v + collateral %v − bounty %v = %v",
			got, i1.Escrow, i1.Vindicated, i1.Collateral, bounty, wantRenter)
	}
	if got := new(big.Int).Sub(n.tokens(reporter.Address()), repBal); got.Cmp(bounty) != 0 || bounty.Sign() == 0 {
		t.Fatalf("reporter got %v, want the bounty %v", got, bounty)
	}
	if b := n.marketBalance(reporter.Address()); b.Sign() != 0 {
		t.Fatalf("reporter's market balance %v: a failure's bounty is paid out at once", b)
	}
	free2, locked2, _, dq := n.farmerOnChain(x.Acct.Addr)
	if free2.Cmp(free) != 0 || new(big.Int).Sub(locked, locked2).Cmp(i1.Collateral) != 0 || dq {
		t.Fatalf("farmer stake: free %v → %v, locked %v → %v (collateral %v), disqualified %v", free, free2, locked, locked2, i1.Collateral, dq)
	}
	j2 := agreementInfo(t, r2.Client, id2)
	if j2.Status != chain.AgreementOpen || j2.Number != i2.Number || j2.Root != i2.Root || j2.Leaves != i2.Leaves || j2.Collateral.Cmp(i2.Collateral) != 0 {
		t.Fatalf("the farmer's other agreement %d changed: %+v → %+v", id2, i2, j2)
	}
	for f, id := range agreementsOf(ma) {
		if id != id1 && agreementInfo(t, r1.Client, id).Status != chain.AgreementOpen {
			t.Fatalf("renter's agreement %d with %s is no longer open", id, f)
		}
	}

	p4 := n.cycle()
	if ok, err := r2.Client.ProvenIn(ctx, id2, p4); err != nil || !ok {
		t.Fatalf("the farmer's other agreement %d not proven in %d: %v", id2, p4, err)
	}
	if s := x.Loop.Status(); s.Period != p4 || !s.Sent || len(s.Lost) != 0 {
		t.Fatalf("farmer's heartbeat of %d: %+v, want sent with nothing lost (the failed agreement is over)", p4, s)
	}
	mustGet(t, r1, "a.bin", a)

	// The renter's next file with that farmer goes under a new agreement.
	c := randomBytes(43, 1<<20)
	mc, err := r1.Put(ctx, "c.bin", bytes.NewReader(c), faultParams)
	if err != nil {
		t.Fatalf("put c after the failure: %v", err)
	}
	if id := agreementsOf(mc)[x.Acct.Addr]; id == 0 || id == id1 {
		t.Fatalf("file c with farmer %s under agreement %d (the failed one is %d)", x.Acct.Addr, id, id1)
	}
	mustGet(t, r1, "c.bin", c)
}

// TestAgreementFarmerGoneReported: a farmer obliged to heartbeat stops for good. Its missed period is
// reported by a third account after the grace (refused before it, and refused for a period it
// proved and for a farmer that proved): the farmer is slashed exactly ceil((free + unbonding) ×
// slashBps / 10⁴), the reporter's bounty goes to its market balance and out with withdraw, the rest
// is burned; a second report of the same miss is refused; the renter's get works from the other five.
func TestAgreementFarmerGoneReported(t *testing.T) {
	n, _ := faultNet(t, AgreementConfig{})
	ctx := context.Background()
	params := n.cfg.Params
	r := n.Renter
	a := randomBytes(51, 2<<20+17)
	if _, err := r.Put(ctx, "a.bin", bytes.NewReader(a), faultParams); err != nil {
		t.Fatalf("put: %v", err)
	}
	x, other := n.Farmers[4], n.Farmers[0]
	p1 := n.cycle()
	if ok, err := x.Client.Obliged(ctx, x.Acct.Addr, p1+1); err != nil || !ok {
		t.Fatalf("farmer not obliged in %d after its agreement got data: %v", p1+1, err)
	}
	x.Stop()
	p2 := n.cycle()
	if ok, _ := x.Client.Proven(ctx, x.Acct.Addr, p2); ok {
		t.Fatal("a stopped farmer proved")
	}
	reporter := n.Client(n.Chain.NewAccount(t, nil))
	expectRevert(t, reporter.ReportMissed(ctx, x.Acct.Addr, p2), "ReportTooEarly")
	p3 := n.NextPeriod()
	n.WaitHeartbeats(p3)
	n.pastGrace(p3)
	expectRevert(t, reporter.ReportMissed(ctx, x.Acct.Addr, p1), "NotObliged") // obliged from the period after its data landed
	expectRevert(t, reporter.ReportMissed(ctx, other.Acct.Addr, p2), "AlreadyProven")

	free, locked, unb, _ := n.farmerOnChain(x.Acct.Addr)
	supply, err := n.Chain.Token.TotalSupply(nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := reporter.ReportMissed(ctx, x.Acct.Addr, p2); err != nil {
		t.Fatalf("report the miss of %d: %v", p2, err)
	}
	expectRevert(t, reporter.ReportMissed(ctx, x.Acct.Addr, p2), "AlreadyReported")
	slash := bps(new(big.Int).Add(free, unb), params.SlashBps, true)
	bounty := bps(slash, params.ReporterBountyBps, false)
	free2, locked2, unb2, dq := n.farmerOnChain(x.Acct.Addr)
	if new(big.Int).Sub(free, free2).Cmp(slash) != 0 || locked2.Cmp(locked) != 0 || unb2.Cmp(unb) != 0 || dq {
		t.Fatalf("farmer after the slash: free %v → %v (slash %v), locked %v → %v, unbonding %v → %v, disqualified %v",
			free, free2, slash, locked, locked2, unb, unb2, dq)
	}
	supply2, err := n.Chain.Token.TotalSupply(nil)
	if err != nil {
		t.Fatal(err)
	}
	if burned := new(big.Int).Sub(supply, supply2); burned.Cmp(new(big.Int).Sub(slash, bounty)) != 0 {
		t.Fatalf("burned %v, want slash %v − bounty %v", burned, slash, bounty)
	}
	if b := n.marketBalance(reporter.Address()); b.Cmp(bounty) != 0 || bounty.Sign() == 0 {
		t.Fatalf("reporter's market balance %v, want the bounty %v", b, bounty)
	}
	before := n.tokens(reporter.Address())
	got, err := reporter.Withdraw(ctx)
	if err != nil || got.Cmp(bounty) != 0 {
		t.Fatalf("withdraw: %v (%v), want %v", got, err, bounty)
	}
	if d := new(big.Int).Sub(n.tokens(reporter.Address()), before); d.Cmp(bounty) != 0 {
		t.Fatalf("withdraw paid %v, want %v", d, bounty)
	}
	mustGet(t, r, "a.bin", a)
}
