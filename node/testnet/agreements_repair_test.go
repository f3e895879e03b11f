package testnet

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/node/repair"
)

// The repair worker (node/repair) on the agreement network: lost shards found (a farmer gone for
// good, a shard deleted from a farmer's store, an agreement left unproven), rebuilt and streamed to
// a farmer holding nothing of the file under an agreement, co-signed in, recorded in the manifest,
// and dropped from the old farmer's agreement when it still answers; agreements that end are
// renewed or reported, never repaired; a repair that fails midway leaves the manifest as it was.

var repairParams = pipeline.Params{DataShards: 3, ParityShards: 3, SegmentSize: 256 << 10}

// refuseNet is the renter's network with chosen protocols refused to chosen farmers (a farmer that
// will not co-sign: its revise stream cannot be opened).
type refuseNet struct {
	renter.Network
	mu     sync.Mutex
	refuse map[common.Address]string // farmer → protocol refused
}

func (r *refuseNet) Open(ctx context.Context, f chain.FarmerInfo, protocol string) (renter.Stream, error) {
	r.mu.Lock()
	p, ok := r.refuse[f.Address]
	r.mu.Unlock()
	if ok && p == protocol {
		return nil, fmt.Errorf("test: farmer %s refuses %s", f.Address, protocol)
	}
	return r.Network.Open(ctx, f, protocol)
}

func (r *refuseNet) set(f common.Address, protocol string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if protocol == "" {
		delete(r.refuse, f)
	} else {
		r.refuse[f] = protocol
	}
}

// repairNet starts an agreement network of the given farmers whose renter goes through a refuseNet.
func repairNet(t *testing.T, farmers int, cfg AgreementConfig) (*AgreementNet, *refuseNet) {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end")
	}
	cfg.Farmers = farmers
	rn := &refuseNet{refuse: map[common.Address]string{}}
	cfg.RenterNet = func(nw renter.Network) renter.Network {
		if rn.Network != nil {
			return nw
		}
		rn.Network = nw
		return rn
	}
	return NewAgreements(t, cfg), rn
}

// repairWorker returns a repair worker for the network's renter.
func repairWorker(t *testing.T, r *AgreementRenter, opts ...repair.Option) *repair.Worker {
	t.Helper()
	w, err := repair.New(r.Agreements, r.Client, r.Store, pipeline.New(r.mk), opts...)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// pass runs one repair pass and checks that every problem is one line.
func pass(t *testing.T, w *repair.Worker) (repair.Report, error) {
	t.Helper()
	rep, err := w.RunOnce(context.Background())
	for _, p := range rep.Problems {
		if strings.Contains(p, "\n") || p == "" {
			t.Fatalf("problem not on one line: %q", p)
		}
	}
	var text bytes.Buffer
	if werr := rep.WriteText(&text); werr != nil {
		t.Fatal(werr)
	}
	t.Logf("repair pass (err %v):\n%s", err, text.String())
	return rep, err
}

// idle checks that a pass finds nothing to do.
func idle(t *testing.T, w *repair.Worker) {
	t.Helper()
	rep, err := pass(t, w)
	if err != nil || rep.ShardsLost != 0 || rep.ShardsRepaired != 0 || len(rep.Moves) != 0 || len(rep.Problems) != 0 {
		t.Fatalf("second pass: err %v, lost %d, repaired %d, moves %d, problems %q", err, rep.ShardsLost, rep.ShardsRepaired, len(rep.Moves), rep.Problems)
	}
}

func repairGet(t *testing.T, r *AgreementRenter, name string, want []byte) {
	t.Helper()
	var got bytes.Buffer
	if err := r.Get(context.Background(), name, &got); err != nil || !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("get %s: %v (%d bytes, want %d identical)", name, err, got.Len(), len(want))
	}
}

func repairManifest(t *testing.T, r *AgreementRenter, name string) *manifest.Manifest {
	t.Helper()
	m, err := r.Manifest(context.Background(), name)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// spareOf returns the farmers holding nothing of m.
func spareOf(n *AgreementNet, m *manifest.Manifest) []*AgreementFarmer {
	held := agreementsOf(m)
	var out []*AgreementFarmer
	for _, f := range n.Farmers {
		if _, ok := held[f.Acct.Addr]; !ok {
			out = append(out, f)
		}
	}
	return out
}

// farmerOfColumn returns the farmer of column c (the same in every segment after a put).
func farmerOfColumn(n *AgreementNet, m *manifest.Manifest, c int) *AgreementFarmer {
	return n.AgreementFarmerOf(m.Segments[0].Shards[c].Farmer)
}

// checkMoved checks that column col of every segment moved from before to farmer `to` under its
// agreement in the renter's book, and that nothing else changed.
func checkMoved(t *testing.T, r *AgreementRenter, before, after *manifest.Manifest, col int, to common.Address) {
	t.Helper()
	for s := range after.Segments {
		for c, sh := range after.Segments[s].Shards {
			was := before.Segments[s].Shards[c]
			if c != col {
				if sh != was {
					t.Fatalf("segment %d column %d changed: %+v, was %+v", s, c, sh, was)
				}
				continue
			}
			if sh.Root != was.Root || sh.Farmer != to {
				t.Fatalf("segment %d column %d with %x, want %s (root kept)", s, c, sh.Farmer, to)
			}
			b, ok := r.Booked(sh.AgreementID)
			if !ok || b.Farmer != to || !b.Holds(sh.Root) {
				t.Fatalf("segment %d column %d: agreement %d (farmer %s) does not hold it in the book", s, c, sh.AgreementID, b.Farmer)
			}
		}
	}
}

func hasProblem(rep repair.Report, part string) bool {
	for _, p := range rep.Problems {
		if strings.Contains(p, part) {
			return true
		}
	}
	return false
}

// A farmer stopped for good: at the first pass (unreachable-after 0) every shard of its column is
// rebuilt and streamed to the one farmer holding nothing of the file, under an agreement it co-signs,
// and the manifest names it; the old farmer does not answer, so its agreement keeps the shards (one
// problem line says so). A second pass finds nothing to do. The file then reads back byte-identical
// with the original farmers stopped down to k.
func TestRepairStoppedFarmer(t *testing.T) {
	n, _ := repairNet(t, 7, AgreementConfig{})
	ctx := context.Background()
	r := n.Renter
	data := randomBytes(71, 1<<20+4321)
	m, err := r.Put(ctx, "a.bin", bytes.NewReader(data), repairParams)
	if err != nil {
		t.Fatal(err)
	}
	spare := spareOf(n, m)
	if len(spare) != 1 {
		t.Fatalf("%d farmers hold nothing of the file, want 1", len(spare))
	}
	x := farmerOfColumn(n, m, 0)
	x.Stop()

	w := repairWorker(t, r, repair.WithUnreachableAfter(0))
	rep, err := pass(t, w)
	segs := len(m.Segments)
	if err != nil || rep.ShardsLost != segs || rep.Unhealthy[repair.ReasonUnreachable] != segs || rep.ShardsRepaired != segs ||
		rep.Files[0].Repaired != segs || len(rep.Moves) != 1 || rep.Moves[0].Farmer != spare[0].Acct.Addr {
		t.Fatalf("pass: err %v, lost %d, repaired %d of %d segments, moves %+v", err, rep.ShardsLost, rep.ShardsRepaired, segs, rep.Moves)
	}
	if rep.Dropped != 0 || !hasProblem(rep, "does not answer") {
		t.Fatalf("the stopped farmer's agreement cannot drop the shards: dropped %d, problems %q", rep.Dropped, rep.Problems)
	}
	after := repairManifest(t, r, "a.bin")
	checkMoved(t, r, m, after, 0, spare[0].Acct.Addr)
	id := after.Segments[0].Shards[0].AgreementID
	if st := localState(spare[0], id); st == nil || st.Tree.Shards() != uint64(segs+catalogueShards(t, r, id)) {
		t.Fatalf("the new farmer's own state lacks the shards: %+v", st)
	}

	idle(t, w)

	// Down to k farmers of the file: the new one and two of the originals.
	for c := 1; c < 4; c++ {
		farmerOfColumn(n, m, c).Stop()
	}
	repairGet(t, r, "a.bin", data)
}

// A farmer that lost a shard (deleted from its store) still answers, so the probe (one leaf over
// the prove exchange) finds it lost; the shard is rebuilt on the spare farmer and the old farmer
// co-signs a revision dropping it, in the renter's book and in its own state. Another file with
// the same farmer is left alone. A second pass finds nothing to do; the file reads back with the
// rebuilt shard among exactly k.
func TestRepairLostShard(t *testing.T) {
	n, _ := repairNet(t, 7, AgreementConfig{})
	ctx := context.Background()
	r := n.Renter
	a := randomBytes(72, 200<<10) // one segment
	ma, err := r.Put(ctx, "a.bin", bytes.NewReader(a), repairParams)
	if err != nil {
		t.Fatal(err)
	}
	b := randomBytes(73, 300<<10)
	mb, err := r.Put(ctx, "b.bin", bytes.NewReader(b), repairParams)
	if err != nil {
		t.Fatal(err)
	}
	if len(ma.Segments) != 1 {
		t.Fatalf("%d segments", len(ma.Segments))
	}
	spare := spareOf(n, ma)
	if len(spare) != 1 {
		t.Fatalf("%d spare farmers", len(spare))
	}
	y := farmerOfColumn(n, ma, 2)
	lost := ma.Segments[0].Shards[2]
	if err := y.Store.Delete(lost.Root); err != nil {
		t.Fatal(err)
	}

	w := repairWorker(t, r)
	rep, err := pass(t, w)
	if err != nil || rep.Unhealthy[repair.ReasonLost] != 1 || rep.ShardsLost != 1 || rep.ShardsRepaired != 1 || rep.Dropped != 1 {
		t.Fatalf("pass: err %v, unhealthy %v, repaired %d, dropped %d", err, rep.Unhealthy, rep.ShardsRepaired, rep.Dropped)
	}
	after := repairManifest(t, r, "a.bin")
	checkMoved(t, r, ma, after, 2, spare[0].Acct.Addr)
	if got := repairManifest(t, r, "b.bin"); !reflect.DeepEqual(got.Segments, mb.Segments) {
		t.Fatal("file b changed")
	}
	// The old farmer's agreement dropped the shard: in the renter's book and in the farmer's state.
	book, ok := r.Booked(lost.AgreementID)
	st := localState(y, lost.AgreementID)
	if !ok || book.Holds(lost.Root) || st == nil || st.Tree.Has(lost.Root) || st.Latest.Number != book.Number {
		t.Fatalf("agreement %d still holds the lost shard (book %v, farmer %+v)", lost.AgreementID, book.Holds(lost.Root), st)
	}
	if !book.Holds(mb.Segments[0].Shards[0].Root) && !book.Holds(mb.Segments[0].Shards[2].Root) {
		t.Fatal("the old farmer's agreement lost file b's shard")
	}

	idle(t, w)

	for _, c := range []int{0, 1, 3} {
		farmerOfColumn(n, ma, c).Stop()
	}
	repairGet(t, r, "a.bin", a)
}

// A repair whose new farmer takes the shards but will not co-sign them leaves the manifest exactly
// as it was (and the file failed in the report); the next pass, the farmer co-signing again,
// repairs it.
func TestRepairFailedMidwayIsRetried(t *testing.T) {
	n, rn := repairNet(t, 7, AgreementConfig{})
	ctx := context.Background()
	r := n.Renter
	data := randomBytes(74, 600<<10)
	m, err := r.Put(ctx, "a.bin", bytes.NewReader(data), repairParams)
	if err != nil {
		t.Fatal(err)
	}
	spare := spareOf(n, m)[0]
	x := farmerOfColumn(n, m, 4)
	x.Stop()
	rn.set(spare.Acct.Addr, proto.ReviseID)

	w := repairWorker(t, r, repair.WithUnreachableAfter(0))
	rep, err := pass(t, w)
	if err == nil || rep.ShardsRepaired != 0 || rep.Files[0].Err == "" || !hasProblem(rep, "did not take the shards") {
		t.Fatalf("refused co-signature: err %v, repaired %d, file error %q, problems %q", err, rep.ShardsRepaired, rep.Files[0].Err, rep.Problems)
	}
	if got := repairManifest(t, r, "a.bin"); !reflect.DeepEqual(got, m) {
		t.Fatal("the manifest changed after a failed repair")
	}
	if b, ok := r.Booked(bookID(t, r, spare.Acct.Addr)); !ok || b.Number != 0 {
		t.Fatalf("the new farmer's agreement moved to revision %d without its co-signature", b.Number)
	}

	rn.set(spare.Acct.Addr, "")
	rep, err = pass(t, w)
	if err != nil || rep.ShardsRepaired != len(m.Segments) {
		t.Fatalf("retry: err %v, repaired %d of %d", err, rep.ShardsRepaired, len(m.Segments))
	}
	checkMoved(t, r, m, repairManifest(t, r, "a.bin"), 4, spare.Acct.Addr)
	idle(t, w)
	// The refused attempt left nothing in the new farmer's agreement beyond the shards repaired.
	list, err := r.AgreementsList(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range list {
		if want := uint64(len(m.Segments) + catalogueShards(t, r, a.ID)); a.Farmer == spare.Acct.Addr && a.Shards != want {
			t.Fatalf("the new farmer's agreement %d holds %d shards, want %d", a.ID, a.Shards, want)
		}
	}
	repairGet(t, r, "a.bin", data)
}

// catalogueShards returns how many shards of the renter's catalogue object (which every repair
// pass stores when the catalogue changed) agreement id holds.
func catalogueShards(t *testing.T, r *AgreementRenter, id uint64) int {
	t.Helper()
	_, shards, err := r.Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	return len(shards[id])
}

func repairCycle(n *AgreementNet) uint32 {
	n.t.Helper()
	p := n.NextPeriod()
	n.WaitHeartbeats(p - 1)
	n.WaitHeartbeats(p)
	return p
}

// Agreements about to end are renewed by the pass (Renew), and agreements that ended are reported,
// one line each, never repaired: their shards count as healthy.
func TestRepairEndedAgreements(t *testing.T) {
	n, _ := repairNet(t, 6, AgreementConfig{Renter: renter.AgreementOptions{Periods: 3}})
	ctx := context.Background()
	r := n.Renter
	data := randomBytes(75, 400<<10)
	m, err := r.Put(ctx, "a.bin", bytes.NewReader(data), repairParams)
	if err != nil {
		t.Fatal(err)
	}
	ids := agreementsOf(m)
	end := uint32(0)
	for _, id := range ids {
		b, _ := r.Booked(id)
		end = b.EndPeriod
	}
	repairCycle(n)

	// About to end: renewed.
	w := repairWorker(t, r) // renews within 6 periods
	rep, err := pass(t, w)
	if err != nil || rep.Renewed != len(ids) || rep.ShardsLost != 0 || rep.ShardsRepaired != 0 || len(rep.Ended) != 0 {
		t.Fatalf("renewing pass: err %v, renewed %d of %d, lost %d, ended %v", err, rep.Renewed, len(ids), rep.ShardsLost, rep.Ended)
	}
	for _, id := range ids {
		if b, _ := r.Booked(id); b.EndPeriod != end+1 {
			t.Fatalf("agreement %d ends in %d, want %d", id, b.EndPeriod, end+1)
		}
	}

	// Never renewed again: the agreements end.
	w = repairWorker(t, r, repair.WithRenewWithin(0))
	for n.Period() <= end+1 {
		repairCycle(n)
	}
	for _, id := range ids {
		if info := agreementInfo(t, r.Client, id); info.EndPeriod != end+1 {
			t.Fatalf("agreement %d ends in %d on chain, want %d", id, info.EndPeriod, end+1)
		}
	}
	rep, err = pass(t, w)
	if err != nil || len(rep.Ended) != len(ids) || rep.ShardsLost != 0 || rep.ShardsRepaired != 0 || rep.Renewed != 0 ||
		rep.Files[0].Ended != len(m.Segments)*6 || len(rep.Problems) != len(ids) || !hasProblem(rep, "ended in period") {
		t.Fatalf("ended pass: err %v, ended %v, lost %d, repaired %d, file %+v, problems %q", err, rep.Ended, rep.ShardsLost, rep.ShardsRepaired, rep.Files[0], rep.Problems)
	}
	if got := repairManifest(t, r, "a.bin"); !reflect.DeepEqual(got, m) {
		t.Fatal("the manifest changed for ended agreements")
	}
}

// A farmer down for less than the unreachable-after time only makes its shards suspect; the time
// adds up across workers (runs of `granary renter repair`) through the catalogue, and once it has
// passed the shards are repaired. A threshold below the damage leaves the segments degraded.
func TestRepairUnreachableTimeAndThreshold(t *testing.T) {
	n, _ := repairNet(t, 7, AgreementConfig{})
	ctx := context.Background()
	r := n.Renter
	data := randomBytes(76, 700<<10)
	m, err := r.Put(ctx, "a.bin", bytes.NewReader(data), repairParams)
	if err != nil {
		t.Fatal(err)
	}
	segs := len(m.Segments)
	farmerOfColumn(n, m, 1).Stop()
	t0 := time.Now()
	at := func(d time.Duration) repair.Option { return repair.WithClock(func() time.Time { return t0.Add(d) }) }

	// Threshold k: one shard lost of six leaves the segments degraded, not repaired.
	rep, err := pass(t, repairWorker(t, r, repair.WithThreshold(func(k, m int) int { return k }), repair.WithUnreachableAfter(0), at(0)))
	if err != nil || rep.Files[0].Degraded != segs || rep.ShardsLost != segs || rep.ShardsRepaired != 0 {
		t.Fatalf("threshold k: err %v, degraded %d, lost %d, repaired %d", err, rep.Files[0].Degraded, rep.ShardsLost, rep.ShardsRepaired)
	}
	// Down 30 minutes of an hour: suspect only.
	rep, err = pass(t, repairWorker(t, r, repair.WithUnreachableAfter(time.Hour), at(30*time.Minute)))
	if err != nil || rep.ShardsLost != 0 || rep.ShardsRepaired != 0 {
		t.Fatalf("within the hour: err %v, lost %d, repaired %d", err, rep.ShardsLost, rep.ShardsRepaired)
	}
	// An hour after it was first seen down, by another worker: repaired.
	rep, err = pass(t, repairWorker(t, r, repair.WithUnreachableAfter(time.Hour), at(time.Hour)))
	if err != nil || rep.Unhealthy[repair.ReasonUnreachable] != segs || rep.ShardsRepaired != segs {
		t.Fatalf("after the hour: err %v, unhealthy %v, repaired %d", err, rep.Unhealthy, rep.ShardsRepaired)
	}
	repairGet(t, r, "a.bin", data)
}

// waitLoops is WaitHeartbeats for every running farmer but skip (whose loop was stopped).
func waitLoops(t *testing.T, n *AgreementNet, p uint32, skip *AgreementFarmer) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for _, f := range n.Farmers {
		if f == skip || !f.Running() {
			continue
		}
		for !f.Loop.Done(p) {
			if time.Now().After(deadline) {
				t.Fatalf("farmer %s: period %d unfinished after 30 s", f.Acct.Addr, p)
			}
			time.Sleep(2 * time.Millisecond)
		}
	}
}

// A farmer that stops proving (its heartbeat loop stopped, its service still answering) is found
// by the periods its agreement was due and left unproven (every agreement is due each period here),
// repaired, and — still answering — co-signs the revision dropping the moved shards.
func TestRepairMissedProofs(t *testing.T) {
	params := market.DevnetAgreementParams()
	params.SampleBps = 10_000
	n, _ := repairNet(t, 7, AgreementConfig{Params: params})
	ctx := context.Background()
	r := n.Renter
	data := randomBytes(77, 500<<10)
	m, err := r.Put(ctx, "a.bin", bytes.NewReader(data), repairParams)
	if err != nil {
		t.Fatal(err)
	}
	segs := len(m.Segments)
	w := repairWorker(t, r, repair.WithUnprovenPeriods(2))
	p := repairCycle(n) // the revisions are posted: live from the next period
	p = repairCycle(n)
	idle(t, w)

	z := farmerOfColumn(n, m, 5)
	z.stop() // the loop only: the farmer still answers
	<-z.done
	for range 4 {
		p = n.NextPeriod()
		waitLoops(t, n, p-1, z)
		waitLoops(t, n, p, z)
	}
	rep, err := pass(t, w)
	if err != nil || rep.Unhealthy[repair.ReasonMissedProofs] != segs || rep.ShardsRepaired != segs || rep.Dropped != segs {
		t.Fatalf("pass: err %v, unhealthy %v, repaired %d, dropped %d", err, rep.Unhealthy, rep.ShardsRepaired, rep.Dropped)
	}
	spare := spareOf(n, m)[0]
	checkMoved(t, r, m, repairManifest(t, r, "a.bin"), 5, spare.Acct.Addr)
	if b, _ := r.Booked(m.Segments[0].Shards[5].AgreementID); b.Holds(m.Segments[0].Shards[5].Root) {
		t.Fatal("the farmer that stopped proving still holds the moved shards")
	}
	repairGet(t, r, "a.bin", data)
}

// The daemon makes a pass at once, hands each report on, makes another as soon as a get reports a
// bad shard (Notify) however long its interval, and returns nil when its context ends.
func TestRepairDaemon(t *testing.T) {
	n, _ := repairNet(t, 6, AgreementConfig{})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r := n.Renter
	m, err := r.Put(ctx, "a.bin", bytes.NewReader(randomBytes(78, 100<<10)), repairParams)
	if err != nil {
		t.Fatal(err)
	}
	reports := make(chan repair.Report, 4)
	w := repairWorker(t, r, repair.WithInterval(time.Hour), repair.WithReportFunc(func(rep repair.Report) { reports <- rep }))
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	if rep := <-reports; len(rep.Files) != 1 || rep.ShardsLost != 0 {
		t.Fatalf("first pass: %+v", rep)
	}
	sh := m.Segments[0].Shards[0]
	w.Notify(pipeline.ShardRef{Segment: 0, Index: 0, CID: sh.CID()}, errors.New("test: corrupt"))
	if rep := <-reports; len(rep.Files) != 1 {
		t.Fatalf("notified pass: %+v", rep)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run returned %v", err)
	}
}

// Two farmers of a file stopped: each rebuilt column goes to its own new farmer (never two shards of
// a segment with one farmer), and the file reads back from the two new farmers and one original.
func TestRepairTwoColumns(t *testing.T) {
	n, _ := repairNet(t, 8, AgreementConfig{})
	ctx := context.Background()
	r := n.Renter
	data := randomBytes(79, 800<<10)
	m, err := r.Put(ctx, "a.bin", bytes.NewReader(data), repairParams)
	if err != nil {
		t.Fatal(err)
	}
	spares := spareOf(n, m)
	if len(spares) != 2 {
		t.Fatalf("%d spare farmers, want 2", len(spares))
	}
	farmerOfColumn(n, m, 1).Stop()
	farmerOfColumn(n, m, 3).Stop()
	w := repairWorker(t, r, repair.WithUnreachableAfter(0))
	rep, err := pass(t, w)
	segs := len(m.Segments)
	if err != nil || rep.ShardsRepaired != 2*segs || len(rep.Moves) != 2 || rep.Moves[0].Farmer == rep.Moves[1].Farmer {
		t.Fatalf("pass: err %v, repaired %d, moves %+v", err, rep.ShardsRepaired, rep.Moves)
	}
	after := repairManifest(t, r, "a.bin")
	for s, seg := range after.Segments {
		seen := map[[20]byte]bool{}
		for c, sh := range seg.Shards {
			if seen[sh.Farmer] {
				t.Fatalf("segment %d: two shards with farmer %x (column %d)", s, sh.Farmer, c)
			}
			seen[sh.Farmer] = true
		}
	}
	idle(t, w)
	for _, c := range []int{0, 2, 4} {
		farmerOfColumn(n, m, c).Stop()
	}
	repairGet(t, r, "a.bin", data)
}
