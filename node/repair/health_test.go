package repair_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/node/repair"
	"github.com/granary-network/granary/proofs"
)

// These tests judge shards with fakes of the renter and the chain (the agreement network runs the
// whole repair in node/testnet/agreements_repair_test.go): each rule that makes a shard unhealthy,
// the ones that must not (an ended agreement, a farmer down for less than the configured time, a
// chain read that fails), and a repair with no farmer left, which must leave the manifest alone.

const (
	cur     = 10
	renterA = "0x00000000000000000000000000000000000000aa"
)

func farmerAddr(c int) common.Address { return common.BigToAddress(big.NewInt(int64(c + 1))) }
func agreementOf(c int) uint64        { return uint64(100 + c) }

// testFile is a 3+3 manifest of two segments whose column c sits with farmer c+1 under agreement
// 100+c.
func testFile(name string) *manifest.Manifest {
	segSize, shardSize := manifest.Layout(3, 4096)
	m := &manifest.Manifest{Name: name, Size: 2 * segSize, DataShards: 3, ParityShards: 3, SegmentSize: segSize,
		ShardSize: shardSize, Segments: make([]manifest.Segment, 2)}
	for s := range m.Segments {
		m.Segments[s].Shards = make([]manifest.Shard, 6)
		for c := range m.Segments[s].Shards {
			sh := &m.Segments[s].Shards[c]
			sh.Root[0], sh.Root[1], sh.Root[2] = byte(s), byte(c), byte(len(name))
			sh.Farmer, sh.AgreementID = farmerAddr(c), agreementOf(c)
		}
	}
	return m
}

type fakeChain struct {
	mu         sync.Mutex
	agreements map[uint64]chain.AgreementInfo
	errs       map[uint64]error
	dq         map[common.Address]bool
	exiting    map[common.Address]bool // announced capacity 0
	unproven   map[uint64]bool         // due and unproven in every period
}

func newFakeChain() *fakeChain {
	c := &fakeChain{agreements: map[uint64]chain.AgreementInfo{}, errs: map[uint64]error{}, dq: map[common.Address]bool{},
		exiting: map[common.Address]bool{}, unproven: map[uint64]bool{}}
	for col := range 6 {
		id := agreementOf(col)
		c.agreements[id] = chain.AgreementInfo{ID: id, Renter: common.HexToAddress(renterA), Farmer: farmerAddr(col),
			Status: chain.AgreementOpen, StartPeriod: 1, LiveFrom: 2, EndPeriod: 100, Leaves: 10, Shards: 2}
	}
	return c
}

func (c *fakeChain) CurrentPeriod(context.Context) (uint32, error) { return cur, nil }

func (c *fakeChain) Agreement(_ context.Context, id uint64) (chain.AgreementInfo, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.errs[id]; err != nil {
		return chain.AgreementInfo{}, err
	}
	a, ok := c.agreements[id]
	if !ok {
		return a, fmt.Errorf("%w: %d", chain.ErrUnknownAgreement, id)
	}
	return a, nil
}

func (c *fakeChain) Farmer(_ context.Context, a common.Address) (chain.FarmerInfo, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f := chain.FarmerInfo{Address: a, Disqualified: c.dq[a], Announced: true, Capacity: 1 << 40}
	if c.exiting[a] {
		f.Capacity = 0
	}
	return f, nil
}

func (c *fakeChain) IsDue(context.Context, uint64, uint32) (bool, error) { return true, nil }

func (c *fakeChain) ProvenIn(_ context.Context, id uint64, _ uint32) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return !c.unproven[id], nil
}

type fakeRenter struct {
	mu          sync.Mutex
	notHeld     map[proofs.Hash]bool
	unbooked    map[uint64]bool
	prove       map[proofs.Hash]error // the answer to a probe of that shard (nil: the proof checks)
	probed      []proofs.Hash
	places      int
	renews      []uint32
	closes      int      // CloseEmptied calls
	closed      []uint64 // what CloseEmptied answers
	closeErr    error
	settleCalls int              // SettleDue calls
	backups     int              // BackupCatalogue calls
	backup      renter.Backup    // what BackupCatalogue answers
	settled     []renter.Settled // what SettleDue answers
}

func newFakeRenter() *fakeRenter {
	return &fakeRenter{notHeld: map[proofs.Hash]bool{}, unbooked: map[uint64]bool{}, prove: map[proofs.Hash]error{}}
}

func (r *fakeRenter) Address() common.Address                        { return common.HexToAddress(renterA) }
func (r *fakeRenter) Source(*manifest.Manifest) pipeline.ShardSource { return nil }
func (r *fakeRenter) PinShards() func()                              { return func() {} }

func (r *fakeRenter) HoldsShard(id uint64, root proofs.Hash) (bool, uint64, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return !r.notHeld[root], 4, !r.unbooked[id]
}

func (r *fakeRenter) ProveShard(_ context.Context, id uint64, root proofs.Hash, leaf uint64) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.probed = append(r.probed, root)
	return r.prove[root]
}

func (r *fakeRenter) PlaceShards(context.Context, map[common.Address]bool, uint64) (*renter.ShardPlacement, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.places++
	return nil, fmt.Errorf("%w: test", renter.ErrNotEnoughFarmers)
}

func (r *fakeRenter) DropShards(context.Context, uint64, []proofs.Hash) error {
	return errors.New("test: nothing was moved")
}

func (r *fakeRenter) Renew(_ context.Context, within uint32) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.renews = append(r.renews, within)
	return 1, errors.Join(errors.New("renew one"), errors.New("renew two"))
}

func (r *fakeRenter) BackupCatalogue(context.Context) (renter.Backup, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.backups++
	return r.backup, nil
}

func (r *fakeRenter) SettleDue(context.Context) ([]renter.Settled, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.settleCalls++
	return r.settled, nil
}

func (r *fakeRenter) CloseEmptied(context.Context) ([]uint64, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.closes++
	return r.closed, r.closeErr
}

type noRebuild struct{}

func (noRebuild) Regenerate(context.Context, *manifest.Manifest, pipeline.ShardSource, []pipeline.Regen, pipeline.ShardSink) error {
	return errors.New("test: no rebuild expected")
}

type fixture struct {
	c   *fakeChain
	r   *fakeRenter
	cat *manifest.Store
	m   *manifest.Manifest
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	mk, err := manifest.MasterKeyFromBytes(make([]byte, 32))
	if err != nil {
		t.Fatal(err)
	}
	cat, err := manifest.OpenMemStore(mk)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cat.Close() })
	f := &fixture{c: newFakeChain(), r: newFakeRenter(), cat: cat, m: testFile("a.bin")}
	if err := cat.Put(context.Background(), f.m); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) pass(t *testing.T, opts ...repair.Option) (repair.Report, error) {
	t.Helper()
	w, err := repair.New(f.r, f.c, f.cat, noRebuild{}, opts...)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := w.RunOnce(context.Background())
	for _, p := range rep.Problems {
		if strings.Contains(p, "\n") {
			t.Fatalf("problem on several lines: %q", p)
		}
	}
	return rep, err
}

func someProblem(rep repair.Report, part string) bool {
	for _, p := range rep.Problems {
		if strings.Contains(p, part) {
			return true
		}
	}
	return false
}

func TestJudgments(t *testing.T) {
	lowThreshold := repair.WithThreshold(func(k, m int) int { return k }) // judge without repairing
	root := func(f *fixture, s, c int) proofs.Hash { return f.m.Segments[s].Shards[c].Root }
	for _, tc := range []struct {
		name    string
		setup   func(f *fixture)
		opts    []repair.Option
		reason  repair.Reason
		count   int
		problem string // a problem line that must appear ("" : no problem at all)
	}{
		{name: "healthy", setup: func(*fixture) {}},
		{name: "unknown agreement", setup: func(f *fixture) { delete(f.c.agreements, 100) }, reason: repair.ReasonMismatch, count: 2, problem: "unknown to the chain"},
		{name: "another renter's agreement", setup: func(f *fixture) {
			a := f.c.agreements[101]
			a.Renter = common.HexToAddress("0x0b")
			f.c.agreements[101] = a
		}, reason: repair.ReasonMismatch, count: 2, problem: "not this renter"},
		{name: "another farmer's agreement", setup: func(f *fixture) {
			a := f.c.agreements[101]
			a.Farmer = farmerAddr(4)
			f.c.agreements[101] = a
		}, reason: repair.ReasonMismatch, count: 2, problem: "not this renter"},
		{name: "failed agreement", setup: func(f *fixture) {
			a := f.c.agreements[102]
			a.Status = chain.AgreementFailed
			f.c.agreements[102] = a
		}, reason: repair.ReasonFailed, count: 2},
		{name: "disqualified farmer", setup: func(f *fixture) { f.c.dq[farmerAddr(3)] = true }, reason: repair.ReasonDisqualified, count: 2},
		{name: "missed proofs", setup: func(f *fixture) { f.c.unproven[104] = true }, reason: repair.ReasonMissedProofs, count: 2},
		{name: "missed proofs not checked", setup: func(f *fixture) { f.c.unproven[104] = true }, opts: []repair.Option{repair.WithUnprovenPeriods(0)}},
		{name: "not in the book's revision", setup: func(f *fixture) { f.r.notHeld[root(f, 1, 4)] = true }, reason: repair.ReasonNotRevised, count: 1},
		{name: "lost shard", setup: func(f *fixture) {
			f.r.prove[root(f, 0, 5)] = fmt.Errorf("%w: test", renter.ErrShardLost)
			f.r.prove[root(f, 1, 5)] = fmt.Errorf("%w: test", renter.ErrShardLost)
		}, reason: repair.ReasonLost, count: 2},
		{name: "unreachable now", setup: func(f *fixture) {
			f.r.prove[root(f, 0, 5)] = fmt.Errorf("%w: test", renter.ErrUnanswered)
			f.r.prove[root(f, 1, 5)] = fmt.Errorf("%w: test", renter.ErrUnanswered)
		}, opts: []repair.Option{repair.WithUnreachableAfter(0)}, reason: repair.ReasonUnreachable, count: 2},
		{name: "unreachable lately", setup: func(f *fixture) {
			f.r.prove[root(f, 0, 5)] = fmt.Errorf("%w: test", renter.ErrUnanswered)
			f.r.prove[root(f, 1, 5)] = fmt.Errorf("%w: test", renter.ErrUnanswered)
		}},
		{name: "a refusal says nothing of the shard", setup: func(f *fixture) {
			f.r.prove[root(f, 0, 5)] = errors.New("test: busy")
			f.r.prove[root(f, 1, 5)] = errors.New("test: busy")
		}, problem: "probe agreement 105"},
		{name: "agreement unreadable", setup: func(f *fixture) { f.c.errs[103] = errors.New("test: node down") }, problem: "read agreement 103"},
		{name: "agreement not in the book", setup: func(f *fixture) { f.r.unbooked[103] = true }, problem: "not in the renter's book"},
		{name: "ended agreement", setup: func(f *fixture) {
			a := f.c.agreements[100]
			a.EndPeriod = cur - 1
			f.c.agreements[100] = a
		}, problem: "agreement 100 with farmer"},
		{name: "settled agreement", setup: func(f *fixture) {
			a := f.c.agreements[100]
			a.Status = chain.AgreementSettled
			f.c.agreements[100] = a
		}, problem: "ended in period"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t)
			tc.setup(f)
			rep, err := f.pass(t, append([]repair.Option{lowThreshold}, tc.opts...)...)
			if err != nil {
				t.Fatalf("pass: %v", err)
			}
			want := map[repair.Reason]int{}
			if tc.count > 0 {
				want[tc.reason] = tc.count
			}
			if !reflect.DeepEqual(rep.Unhealthy, want) || rep.ShardsLost != tc.count {
				t.Fatalf("unhealthy %v (lost %d), want %v", rep.Unhealthy, rep.ShardsLost, want)
			}
			if tc.problem == "" && len(rep.Problems) != 0 || tc.problem != "" && !someProblem(rep, tc.problem) {
				t.Fatalf("problems %q, want one with %q", rep.Problems, tc.problem)
			}
			if f.r.places != 0 {
				t.Fatal("a repair was attempted above the threshold")
			}
		})
	}
}

// An ended agreement is reported (Report.Ended, the file's Ended count, one line) and its shards
// are never repaired, even at the default threshold; one about to end is renewed, and the renewal's
// problems come one line each.
func TestEndedAndRenewed(t *testing.T) {
	f := newFixture(t)
	a := f.c.agreements[100]
	a.EndPeriod = cur - 1
	f.c.agreements[100] = a
	rep, err := f.pass(t)
	if err != nil || !reflect.DeepEqual(rep.Ended, []uint64{100}) || rep.Files[0].Ended != 2 || rep.ShardsLost != 0 || f.r.places != 0 || len(rep.Problems) != 1 {
		t.Fatalf("ended: err %v, ended %v, file %+v, places %d, problems %q", err, rep.Ended, rep.Files[0], f.r.places, rep.Problems)
	}
	if len(f.r.renews) != 0 {
		t.Fatal("renewed with nothing about to end")
	}

	f = newFixture(t)
	a = f.c.agreements[102]
	a.EndPeriod = cur + 2
	f.c.agreements[102] = a
	rep, err = f.pass(t)
	if err != nil || !reflect.DeepEqual(f.r.renews, []uint32{repair.DefaultRenewWithin}) || rep.Renewed != 1 ||
		!reflect.DeepEqual(rep.Problems, []string{"renew one", "renew two"}) || rep.ShardsLost != 0 {
		t.Fatalf("about to end: err %v, renews %v, renewed %d, problems %q", err, f.r.renews, rep.Renewed, rep.Problems)
	}
	f.r.renews = nil
	if _, err := f.pass(t, repair.WithRenewWithin(0)); err != nil || len(f.r.renews) != 0 {
		t.Fatalf("renew-within 0 renewed: %v %v", err, f.r.renews)
	}
}

// A shard a get reported bad is the one probed first.
func TestNotifiedShardProbedFirst(t *testing.T) {
	f := newFixture(t)
	w, err := repair.New(f.r, f.c, f.cat, noRebuild{})
	if err != nil {
		t.Fatal(err)
	}
	for range 8 {
		sh := f.m.Segments[1].Shards[2]
		w.Notify(pipeline.ShardRef{Segment: 1, Index: 2, CID: sh.CID()}, errors.New("test"))
		f.r.probed = nil
		if _, err := w.RunOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		first := -1
		for i, r := range f.r.probed {
			if r == f.m.Segments[0].Shards[2].Root || r == sh.Root {
				first = i
				break
			}
		}
		if first < 0 || f.r.probed[first] != sh.Root {
			t.Fatalf("probes %x: the notified shard is not the first of its agreement", f.r.probed)
		}
	}
}

// Below the threshold with no farmer left for the rebuilt columns, the file fails with one problem
// line per column and the manifest is left as it was.
func TestNoFarmerLeavesManifest(t *testing.T) {
	f := newFixture(t)
	f.r.prove[f.m.Segments[0].Shards[5].Root] = fmt.Errorf("%w: test", renter.ErrShardLost)
	f.r.prove[f.m.Segments[1].Shards[5].Root] = fmt.Errorf("%w: test", renter.ErrShardLost)
	f.c.dq[farmerAddr(0)] = true
	rep, err := f.pass(t)
	if err == nil || rep.Files[0].Err == "" || f.r.places != 2 || rep.ShardsRepaired != 0 || rep.ShardsLost != 4 {
		t.Fatalf("err %v, file %+v, places %d", err, rep.Files[0], f.r.places)
	}
	lines := 0
	for _, p := range rep.Problems {
		if strings.Contains(p, "no farmer") || strings.Contains(p, "not enough eligible farmers") {
			lines++
		}
	}
	if lines != 2 {
		t.Fatalf("problems %q: want one line per column", rep.Problems)
	}
	got, err := f.cat.Get(context.Background(), "a.bin")
	if err != nil || !reflect.DeepEqual(got, f.m) {
		t.Fatalf("manifest changed: %v", err)
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	f := newFixture(t)
	for name, opt := range map[string]repair.Option{
		"nil threshold":        repair.WithThreshold(nil),
		"negative unreachable": repair.WithUnreachableAfter(-1),
		"zero interval":        repair.WithInterval(0),
	} {
		if _, err := repair.New(f.r, f.c, f.cat, noRebuild{}, opt); err == nil {
			t.Errorf("%s accepted", name)
		}
	}
	if _, err := repair.New(nil, f.c, f.cat, noRebuild{}); err == nil {
		t.Error("nil renter accepted")
	}
}

// A farmer that announced its exit: its shards are judged "exiting" (not lost: ShardsLost stays 0,
// and they are not probed), its segments are repaired even above the threshold (a placement is
// asked for its column), and the farmer is reported once. Every pass asks the renter to close the
// emptied agreements of exiting farmers: what it closed is in Report.Closed, its error a problem.
func TestExitingFarmerMovesSoon(t *testing.T) {
	f := newFixture(t)
	f.c.exiting[farmerAddr(2)] = true
	f.r.closed = []uint64{7}
	f.r.closeErr = errors.New("test: close refused")
	rep, err := f.pass(t, repair.WithThreshold(func(k, m int) int { return k })) // nothing else would be repaired
	if err == nil || rep.Files[0].Err == "" {
		t.Fatalf("the move has no farmer here: err %v, file %+v", err, rep.Files[0])
	}
	if !reflect.DeepEqual(rep.Unhealthy, map[repair.Reason]int{repair.ReasonExiting: 2}) || rep.ShardsLost != 0 || f.r.places != 1 {
		t.Fatalf("unhealthy %v, lost %d, placements %d: want 2 exiting, none lost, one column placed", rep.Unhealthy, rep.ShardsLost, f.r.places)
	}
	if len(rep.Farmers) != 1 || rep.Farmers[0].Farmer != farmerAddr(2) || rep.Farmers[0].Reason != repair.ReasonExiting {
		t.Fatalf("farmers %+v", rep.Farmers)
	}
	for _, r := range f.r.probed {
		if r == f.m.Segments[0].Shards[2].Root || r == f.m.Segments[1].Shards[2].Root {
			t.Fatal("an exiting farmer's shard was probed")
		}
	}
	if f.r.closes != 1 || !reflect.DeepEqual(rep.Closed, []uint64{7}) || !someProblem(rep, "close refused") {
		t.Fatalf("closes %d, closed %v, problems %q", f.r.closes, rep.Closed, rep.Problems)
	}
}

// Every pass settles what can be settled (a disqualified farmer's agreements, ended ones) and
// reports each, one line apiece; and stores the catalogue if it changed (one line).
func TestPassSettlesDue(t *testing.T) {
	f := newFixture(t)
	f.r.settled = []renter.Settled{{ID: 101, Farmer: farmerAddr(1), Why: "farmer disqualified"}}
	f.r.backup = renter.Backup{Number: 4, Stored: true, Files: 2, Anchored: 6}
	rep, err := f.pass(t)
	if err != nil {
		t.Fatal(err)
	}
	if f.r.settleCalls != 1 || !reflect.DeepEqual(rep.Settled, f.r.settled) {
		t.Fatalf("SettleDue called %d times, report %+v", f.r.settleCalls, rep.Settled)
	}
	var b strings.Builder
	if err := rep.WriteText(&b); err != nil || !strings.Contains(b.String(), "settled: agreement 101 with farmer") ||
		!strings.Contains(b.String(), "catalogue: 2 files stored in the network (anchor 4, kept by 6 farmers)") {
		t.Fatalf("report text %q (%v)", b.String(), err)
	}
	if f.r.backups != 1 || rep.Catalogue == nil || *rep.Catalogue != f.r.backup {
		t.Fatalf("BackupCatalogue called %d times, report %+v", f.r.backups, rep.Catalogue)
	}
}
