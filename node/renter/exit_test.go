package renter

import (
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/proofs"
)

// exit announces farmer f's exit on the fake chain (capacity 0).
func (e *agreeEnv) exit(f common.Address) {
	e.chain.mu.Lock()
	defer e.chain.mu.Unlock()
	for i := range e.chain.farmers {
		if e.chain.farmers[i].Address == f {
			e.chain.farmers[i].Announced, e.chain.farmers[i].Capacity = true, 0
		}
	}
}

// A farmer that announced its exit is never a candidate, even with an agreement: new files go
// elsewhere; its agreement is not renewed (no deposit); once repair's drops empty it, CloseEmptied
// posts the empty co-signed revision (the chain held an older one with data) and closes it, once;
// agreements of other farmers, empty or not, are never closed.
func TestExitingFarmer(t *testing.T) {
	e := newAgreeEnv(t, 7, true)
	a := randomBytes(81, 150<<10)
	ma := e.put("a", a)
	x := common.Address(ma.Segments[0].Shards[0].Farmer)
	idX := ma.Segments[0].Shards[0].AgreementID
	// The farmer's heartbeat posted the revision adding file a.
	if err := e.chain.PostRevision(e.ctx, e.a.book.get(idX).snapshot().Latest); err != nil {
		t.Fatal(err)
	}
	e.exit(x)

	cands, err := e.a.candidates(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	isX := func(f chain.FarmerInfo) bool { return f.Address == x }
	if slices.ContainsFunc(cands, isX) || len(cands) != 6 {
		t.Fatalf("%d candidates, the exiting farmer among them: %v", len(cands), slices.ContainsFunc(cands, isX))
	}
	b := randomBytes(82, 100<<10)
	mb := e.put("b", b)
	for _, seg := range mb.Segments {
		for _, sh := range seg.Shards {
			if common.Address(sh.Farmer) == x {
				t.Fatal("a new file placed with the exiting farmer")
			}
		}
	}

	// Renewal skips it.
	endX := e.a.book.get(idX).snapshot().Latest.EndPeriod
	e.chain.mu.Lock()
	e.chain.period += 20
	e.chain.mu.Unlock()
	renewed, err := e.a.Renew(e.ctx, 1000)
	if err != nil || renewed != 6 {
		t.Fatalf("renewed %d (%v), want the 6 other farmers' agreements", renewed, err)
	}
	if end := e.a.book.get(idX).snapshot().Latest.EndPeriod; end != endX {
		t.Fatalf("the exiting farmer's agreement renewed to %d", end)
	}

	// Not closed while it holds shards.
	if closed, err := e.a.CloseEmptied(e.ctx); err != nil || len(closed) != 0 {
		t.Fatalf("closed %v (%v) while the agreement holds data", closed, err)
	}
	var roots []proofs.Hash
	for _, seg := range ma.Segments {
		roots = append(roots, seg.Shards[0].Root)
	}
	if err := e.a.DropShards(e.ctx, idX, roots); err != nil {
		t.Fatal(err)
	}
	// Another farmer's agreement emptied too: never closed (the farmer is not leaving).
	idY := ma.Segments[0].Shards[1].AgreementID
	var rootsY []proofs.Hash
	for _, seg := range ma.Segments {
		rootsY = append(rootsY, seg.Shards[1].Root)
	}
	for _, seg := range mb.Segments {
		for _, sh := range seg.Shards {
			if sh.AgreementID == idY {
				rootsY = append(rootsY, sh.Root)
			}
		}
	}
	if err := e.a.DropShards(e.ctx, idY, rootsY); err != nil {
		t.Fatal(err)
	}
	if st := e.a.book.get(idY).snapshot(); st.Latest.Leaves != 0 {
		t.Fatalf("test: agreement %d not emptied", idY)
	}

	closed, err := e.a.CloseEmptied(e.ctx)
	if err != nil || !slices.Equal(closed, []uint64{idX}) {
		t.Fatalf("closed %v (%v), want [%d]", closed, err, idX)
	}
	info, _ := e.chain.Agreement(e.ctx, idX)
	if info.Status != 2 || info.Leaves != 0 || info.Number != e.a.book.get(idX).snapshot().Latest.Number || e.chain.posts != 2 || e.chain.closes != 1 {
		t.Fatalf("agreement %d on chain %+v, posts %d, closes %d", idX, info, e.chain.posts, e.chain.closes)
	}
	if closed, err := e.a.CloseEmptied(e.ctx); err != nil || len(closed) != 0 || e.chain.closes != 1 {
		t.Fatalf("second call closed %v (%v)", closed, err)
	}
	e.checkGet("b", b)
}

// SettleDue settles the agreement of a disqualified farmer at once and the others only once their
// end's report window has closed; what it cannot settle yet it leaves, silently, for a later call.
func TestSettleDue(t *testing.T) {
	e := newAgreeEnv(t, 7, true)
	ma := e.put("a", randomBytes(83, 120<<10))
	x := common.Address(ma.Segments[0].Shards[0].Farmer)
	idX := ma.Segments[0].Shards[0].AgreementID
	if got, err := e.a.SettleDue(e.ctx); err != nil || len(got) != 0 {
		t.Fatalf("settled %v (%v) with every agreement running", got, err)
	}
	e.chain.mu.Lock()
	for i := range e.chain.farmers {
		if e.chain.farmers[i].Address == x {
			e.chain.farmers[i].Disqualified = true
		}
	}
	e.chain.mu.Unlock()
	got, err := e.a.SettleDue(e.ctx)
	if err != nil || len(got) != 1 || got[0].ID != idX || got[0].Farmer != x || got[0].Why != "farmer disqualified" {
		t.Fatalf("settled %+v (%v), want agreement %d of the disqualified farmer", got, err, idX)
	}
	if info, _ := e.chain.Agreement(e.ctx, idX); info.Status != 3 {
		t.Fatalf("agreement %d: status %d, want failed", idX, info.Status)
	}
	// Past every agreement's end and report window: the others settle, once.
	end := e.a.book.get(ma.Segments[0].Shards[1].AgreementID).snapshot().Latest.EndPeriod
	e.chain.mu.Lock()
	e.chain.period = end + 1 + 4
	e.chain.mu.Unlock()
	got, err = e.a.SettleDue(e.ctx)
	if err != nil || len(got) != 5 {
		t.Fatalf("settled %+v (%v), want the 5 other agreements", got, err)
	}
	for _, s := range got {
		if s.Why != "ended" {
			t.Fatalf("settled %+v", s)
		}
	}
	if got, err := e.a.SettleDue(e.ctx); err != nil || len(got) != 0 || e.chain.settles != 6 {
		t.Fatalf("a second call settled %+v (%v); %d settles in all, want 6", got, err, e.chain.settles)
	}
}
