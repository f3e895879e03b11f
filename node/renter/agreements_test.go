package renter

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/storage"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/proofs"
)

type agreeEnv struct {
	t       *testing.T
	ctx     context.Context
	key     *ecdsa.PrivateKey
	dom     market.AgreementDomain
	chain   *fakeAgreementChain
	farmers []*fakeFarmer
	byAddr  map[common.Address]*fakeFarmer
	db      *leveldb.DB
	store   *manifest.Store
	pipe    *pipeline.Pipeline
	mk      manifest.MasterKey
	a       *Agreements
}

var testParams = pipeline.Params{DataShards: 3, ParityShards: 3, SegmentSize: 64 << 10}

// newAgreeEnv returns a renter with nFarmers fake farmers, ranked in order (farmer 0 first).
func newAgreeEnv(t *testing.T, nFarmers int, keepData bool) *agreeEnv {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	dom := market.AgreementDomain{ChainID: big.NewInt(1337), Market: common.HexToAddress("0xa11ce")}
	e := &agreeEnv{t: t, ctx: context.Background(), key: key, dom: dom, byAddr: map[common.Address]*fakeFarmer{}}
	e.chain = newFakeAgreementChain(dom, crypto.PubkeyToAddress(key.PublicKey))
	for i := range nFarmers {
		f := newFakeFarmer(e.chain, 1000, "renter-peer", keepData)
		e.farmers = append(e.farmers, f)
		e.byAddr[f.addr] = f
		e.chain.farmers = append(e.chain.farmers, chain.FarmerInfo{Address: f.addr, PeerID: []byte("peer"), PricePerGiB: big.NewInt(1000),
			Capacity: 1<<40 + uint64(nFarmers-i), Stake: big.NewInt(1e6), Locked: new(big.Int)})
	}
	mk, err := manifest.NewMasterKey()
	if err != nil {
		t.Fatal(err)
	}
	e.mk = mk
	if e.store, err = manifest.OpenMemStore(mk); err != nil {
		t.Fatal(err)
	}
	if e.db, err = leveldb.Open(storage.NewMemStorage(), nil); err != nil {
		t.Fatal(err)
	}
	e.pipe = pipeline.New(mk, pipeline.WithWorkers(2))
	e.a = e.open()
	return e
}

// open returns a client over the env's book (as after a restart).
func (e *agreeEnv) open() *Agreements {
	e.t.Helper()
	a, err := NewAgreements(e.key, e.chain, e.dom, market.AgreementSchedule{AgreementParams: market.DevnetAgreementParams()},
		noNet{}, e.pipe, e.store, e.db, AgreementOptions{Periods: 100, MaxBytesPerAgreement: 1 << 30})
	if err != nil {
		e.t.Fatal(err)
	}
	a.dial = func(f chain.FarmerInfo) farmerConn { return e.byAddr[f.Address] }
	return a
}

func randomBytes(seed uint64, n int) []byte {
	b := make([]byte, n)
	r := rand.NewChaCha8([32]byte{byte(seed), byte(seed >> 8)})
	r.Read(b)
	return b
}

func (e *agreeEnv) put(name string, data []byte) *manifest.Manifest {
	e.t.Helper()
	m, err := e.a.Put(e.ctx, name, bytes.NewReader(data), testParams)
	if err != nil {
		e.t.Fatalf("put %q: %v", name, err)
	}
	return m
}

func (e *agreeEnv) checkGet(name string, want []byte) {
	e.t.Helper()
	var buf bytes.Buffer
	if err := e.a.Get(e.ctx, name, &buf); err != nil {
		e.t.Fatalf("get %q: %v", name, err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		e.t.Fatalf("get %q: %d bytes differ from the %d put", name, buf.Len(), len(want))
	}
}

// wantTrees builds, independently of the renter's book, the tree each farmer should hold for the
// files of ms: every placed shard, with its length from the manifest's layout.
func wantTrees(t *testing.T, ms ...*manifest.Manifest) map[common.Address]*proofs.Agreement {
	t.Helper()
	shards := map[common.Address][]proofs.Shard{}
	for _, m := range ms {
		for s, seg := range m.Segments {
			for _, sh := range seg.Shards {
				if sh.Farmer != ([20]byte{}) {
					shards[sh.Farmer] = append(shards[sh.Farmer], proofs.Shard{Root: sh.Root, Leaves: m.ShardLen(s) / proofs.LeafSize})
				}
			}
		}
	}
	out := map[common.Address]*proofs.Agreement{}
	for f, ss := range shards {
		tree, err := proofs.NewAgreement(ss)
		if err != nil {
			t.Fatal(err)
		}
		out[f] = tree
	}
	return out
}

// checkTrees checks that every farmer's newest revision, and the renter's, commit to exactly the
// placed shards of ms, and that both hold the same co-signed revision.
func (e *agreeEnv) checkTrees(a *Agreements, ms ...*manifest.Manifest) {
	e.t.Helper()
	want := wantTrees(e.t, ms...)
	for _, f := range e.farmers {
		ag := a.book.currentOf(f.addr)
		w := want[f.addr]
		if ag == nil {
			if w != nil {
				e.t.Fatalf("farmer %s holds shards but the renter has no agreement with it", f.addr)
			}
			continue
		}
		rs, fs := ag.snapshot(), f.latest(ag.terms.ID)
		var wantRoot proofs.Hash
		var wantLeaves uint64
		if w != nil {
			wantRoot, wantLeaves = w.Root(), w.Leaves()
		}
		if rs.Latest.Root != wantRoot || rs.Latest.Leaves != wantLeaves || rs.Tree.Root() != wantRoot {
			e.t.Fatalf("renter's revision %d with %s: root %x, leaves %d; want %x, %d", rs.Latest.Number, f.addr, rs.Latest.Root[:4], rs.Latest.Leaves, wantRoot[:4], wantLeaves)
		}
		if fs == nil {
			if rs.Latest.Number != 0 {
				e.t.Fatalf("renter holds revision %d with %s, the farmer none", rs.Latest.Number, f.addr)
			}
			continue
		}
		if fs.Latest.Revision != rs.Latest.Revision || !bytes.Equal(fs.Latest.FarmerSig, rs.Latest.FarmerSig) || !bytes.Equal(fs.Latest.RenterSig, rs.Latest.RenterSig) {
			e.t.Fatalf("farmer %s holds revision %+v, the renter %+v", f.addr, fs.Latest.Revision, rs.Latest.Revision)
		}
		if fs.Tree.Root() != wantRoot {
			e.t.Fatalf("farmer %s tree root %x, want %x", f.addr, fs.Tree.Root(), wantRoot)
		}
	}
}

func placedFarmers(m *manifest.Manifest) map[common.Address]int {
	out := map[common.Address]int{}
	for _, seg := range m.Segments {
		for _, sh := range seg.Shards {
			out[sh.Farmer]++
		}
	}
	return out
}

func TestAgreementPutRevisesEveryFarmer(t *testing.T) {
	e := newAgreeEnv(t, 8, true)
	segSize, _ := manifest.Layout(testParams.DataShards, uint64(testParams.SegmentSize))
	data := randomBytes(1, 10*int(segSize)+1234) // 11 segments
	m := e.put("a", data)
	if len(m.Segments) != 11 {
		t.Fatalf("%d segments", len(m.Segments))
	}
	for s, seg := range m.Segments {
		for i, sh := range seg.Shards {
			if sh.Farmer != e.farmers[i].addr || sh.AgreementID == 0 || sh.AgreementID != e.a.book.currentOf(sh.Farmer).terms.ID {
				t.Fatalf("segment %d shard %d placed with %x under %d", s, i, sh.Farmer, sh.AgreementID)
			}
		}
	}
	if got := e.chain.openCount(); got != 6 {
		t.Fatalf("%d agreements opened, want 6", got)
	}
	e.checkTrees(e.a, m)
	for _, f := range e.farmers[:6] {
		if got := f.signed[e.a.book.currentOf(f.addr).terms.ID]; !slices.Equal(got, []uint64{1}) {
			t.Fatalf("farmer %s signed revisions %v", f.addr, got)
		}
	}
	e.checkGet("a", data)

	// A second put reuses the agreements: no chain transaction.
	data2 := randomBytes(2, 3*(64<<10))
	m2 := e.put("b", data2)
	if got := e.chain.openCount(); got != 6 {
		t.Fatalf("second put opened agreements: %d opens", got)
	}
	e.checkTrees(e.a, m, m2)
	e.checkGet("b", data2)

	// The book survives a restart: same revisions, same trees.
	a2 := e.open()
	e.checkTrees(a2, m, m2)
	list, err := a2.AgreementsList(e.ctx)
	if err != nil || len(list) != 6 {
		t.Fatalf("list: %v, %d agreements", err, len(list))
	}
	for _, s := range list {
		if s.Number != 2 || !s.Current || s.Rate.Sign() <= 0 || s.EndPeriod != 110 {
			t.Fatalf("agreement %+v", s)
		}
	}
}

func TestAgreementPutReplacesFailingFarmer(t *testing.T) {
	e := newAgreeEnv(t, 7, true)
	bad := e.farmers[2]
	bad.set(func(f *fakeFarmer) { f.failSendAt = 4 }) // three shards stored, then the session breaks
	data := randomBytes(3, 8*(64<<10))
	m := e.put("a", data)
	for s, seg := range m.Segments {
		sh := seg.Shards[2]
		switch {
		case s < 3 && sh.Farmer != ([20]byte{}):
			t.Fatalf("segment %d: shard lost with the failed farmer recorded at %x", s, sh.Farmer)
		case s >= 3 && sh.Farmer != e.farmers[6].addr:
			t.Fatalf("segment %d: column 2 at %x, want the replacement %s", s, sh.Farmer, e.farmers[6].addr)
		}
	}
	if placedFarmers(m)[bad.addr] != 0 {
		t.Fatal("the failed farmer holds shards in the manifest")
	}
	if ag := e.a.book.currentOf(bad.addr); ag == nil || ag.snapshot().Latest.Number != 0 || bad.latest(ag.terms.ID) != nil {
		t.Fatal("the failed farmer's agreement was revised")
	}
	e.checkTrees(e.a, m)
	e.checkGet("a", data)
}

func TestAgreementPutFailsWhenTooManyShardsLost(t *testing.T) {
	e := newAgreeEnv(t, 6, true) // no spare farmer
	e.farmers[0].set(func(f *fakeFarmer) { f.failSendAt = 2 })
	e.farmers[1].set(func(f *fakeFarmer) { f.failSendAt = 2 })
	_, err := e.a.Put(e.ctx, "a", bytes.NewReader(randomBytes(4, 4*(64<<10))), testParams)
	if !errors.Is(err, ErrPlacement) {
		t.Fatalf("put with 4 of 6 shards per segment: %v", err)
	}
	if _, err := e.a.Manifest(e.ctx, "a"); err == nil {
		t.Fatal("manifest recorded")
	}
	e.checkTrees(e.a) // nothing revised anywhere
}

// A farmer that will not co-sign the file's revision is dropped like one that failed mid-upload:
// the file is stored without its column (unplaced, for repair to rebuild elsewhere) while every
// segment keeps k + ceil(m/2) shards; nothing of the file is in the refusing farmer's revisions.
func TestAgreementRevisionRefusedDropsTheColumn(t *testing.T) {
	e := newAgreeEnv(t, 6, true)
	m1 := e.put("first", randomBytes(5, 2*(64<<10)))
	e.farmers[4].set(func(f *fakeFarmer) { f.refuseRevise = true })
	data := randomBytes(6, 3*(64<<10))
	m2, err := e.a.Put(e.ctx, "second", bytes.NewReader(data), testParams)
	if err != nil {
		t.Fatalf("put with one farmer refusing: %v", err)
	}
	for s, seg := range m2.Segments {
		for c, sh := range seg.Shards {
			if unplaced := sh.Farmer == ([20]byte{}); unplaced != (e.byAddr[m1.Segments[0].Shards[c].Farmer] == e.farmers[4]) {
				t.Fatalf("segment %d column %d placed with %x", s, c, sh.Farmer)
			}
		}
	}
	e.checkTrees(e.a, m1, m2)
	e.checkGet("second", data)
}

// When the refusals leave a segment short of k + ceil(m/2) shards, the put fails and the farmers
// that co-signed the file in sign it out again.
func TestAgreementRevisionRefusedUndoesTheOthers(t *testing.T) {
	e := newAgreeEnv(t, 6, true)
	m1 := e.put("first", randomBytes(5, 2*(64<<10)))
	for _, i := range []int{1, 4} {
		e.farmers[i].set(func(f *fakeFarmer) { f.refuseRevise = true })
	}
	_, err := e.a.Put(e.ctx, "second", bytes.NewReader(randomBytes(6, 3*(64<<10))), testParams)
	if !errors.Is(err, ErrRevise) || !errors.Is(err, ErrPlacement) {
		t.Fatalf("put with two farmers refusing: %v", err)
	}
	if _, err := e.a.Manifest(e.ctx, "second"); err == nil {
		t.Fatal("manifest recorded")
	}
	// The others signed the file in (revision 2) and out again (revision 3): their trees hold only
	// the first file.
	e.checkTrees(e.a, m1)
	for i, f := range e.farmers {
		want := []uint64{1, 2, 3}
		if i == 1 || i == 4 {
			want = []uint64{1}
		}
		if got := f.signed[e.a.book.currentOf(f.addr).terms.ID]; !slices.Equal(got, want) {
			t.Fatalf("farmer %d signed %v, want %v", i, got, want)
		}
	}
}

func TestAgreementRemove(t *testing.T) {
	e := newAgreeEnv(t, 6, true)
	d1, d2 := randomBytes(7, 3*(64<<10)), randomBytes(8, 5*(64<<10))
	m1, m2 := e.put("one", d1), e.put("two", d2)

	e.farmers[3].set(func(f *fakeFarmer) { f.down = true })
	if err := e.a.Remove(e.ctx, "one"); err == nil {
		t.Fatal("remove with a farmer down succeeded")
	}
	if _, err := e.a.Manifest(e.ctx, "one"); err != nil {
		t.Fatal("manifest dropped after a failed remove")
	}
	e.farmers[3].set(func(f *fakeFarmer) { f.down = false })
	if err := e.a.Remove(e.ctx, "one"); err != nil {
		t.Fatalf("remove again: %v", err)
	}
	if _, err := e.a.Manifest(e.ctx, "one"); err == nil {
		t.Fatal("manifest kept")
	}
	e.checkTrees(e.a, m2)
	for i, f := range e.farmers {
		if got := e.a.book.currentOf(f.addr).snapshot().Latest.Number; got != 3 {
			t.Fatalf("farmer %d at revision %d, want 3", i, got)
		}
	}
	e.checkGet("two", d2)
	if err := e.a.Remove(e.ctx, "two"); err != nil {
		t.Fatal(err)
	}
	e.checkTrees(e.a)
	for _, f := range e.farmers {
		st := e.a.book.currentOf(f.addr).snapshot()
		if st.Latest.Number != 4 || st.Latest.Shards != 0 || st.Tree.Shards() != 0 {
			t.Fatalf("after removing everything: revision %d with %d shards", st.Latest.Number, st.Latest.Shards)
		}
	}
	_ = m1
}

func TestAgreementReviseAnswerLost(t *testing.T) {
	e := newAgreeEnv(t, 6, true)
	e.farmers[1].set(func(f *fakeFarmer) { f.loseAnswer = true })
	m := e.put("a", randomBytes(9, 2*(64<<10)))
	e.checkTrees(e.a, m) // the renter recovered the farmer's signature from its latest revision
	e.farmers[1].set(func(f *fakeFarmer) { f.loseAnswer = false })
	m2 := e.put("b", randomBytes(10, 64<<10))
	e.checkTrees(e.a, m, m2)
}

func TestAgreementOfferChecked(t *testing.T) {
	e := newAgreeEnv(t, 8, true)
	other, _ := crypto.GenerateKey()
	e.farmers[0].set(func(f *fakeFarmer) { f.offerPrice = big.NewInt(1001) }) // above its announced price
	e.farmers[1].set(func(f *fakeFarmer) { f.offerSigner = other })           // not signed by the farmer
	m := e.put("a", randomBytes(11, 64<<10))
	got := placedFarmers(m)
	if got[e.farmers[0].addr] != 0 || got[e.farmers[1].addr] != 0 || len(got) != 6 {
		t.Fatalf("placed with %v", got)
	}
	if e.chain.openCount() != 6 || e.a.book.currentOf(e.farmers[0].addr) != nil || e.a.book.currentOf(e.farmers[1].addr) != nil {
		t.Fatal("an agreement was opened on a bad offer")
	}
	e.checkTrees(e.a, m)
}

func TestAgreementConcurrentPuts(t *testing.T) {
	e := newAgreeEnv(t, 6, true)
	const puts = 5
	ms := make([]*manifest.Manifest, puts)
	errs := make([]error, puts)
	// Open the agreements first so that the puts race on revisions, not on opening.
	ms0 := e.put("zero", randomBytes(100, 64<<10))
	var wg sync.WaitGroup
	for i := range puts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ms[i], errs[i] = e.a.Put(e.ctx, fmt.Sprint("f", i), bytes.NewReader(randomBytes(uint64(20+i), (i+1)*(64<<10))), testParams)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("put %d: %v", i, err)
		}
	}
	e.checkTrees(e.a, append(ms, ms0)...)
	for _, f := range e.farmers {
		got := f.signed[e.a.book.currentOf(f.addr).terms.ID]
		if !slices.Equal(got, []uint64{1, 2, 3, 4, 5, 6}) {
			t.Fatalf("farmer %s signed %v", f.addr, got)
		}
	}
	if e.chain.openCount() != 6 {
		t.Fatalf("%d opens", e.chain.openCount())
	}
}

// TestAgreementPutMemory puts 64 MiB through farmers that keep nothing and checks that the live
// heap stays bounded by the pipeline's window: the sink keeps no shard once its segment is written.
func TestAgreementPutMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("64 MiB put")
	}
	e := newAgreeEnv(t, 6, false)
	defer debug.SetGCPercent(debug.SetGCPercent(20))
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	var peak atomic.Uint64
	var n atomic.Int64
	sample := func() {
		if n.Add(1)%8 != 0 {
			return
		}
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		for {
			p := peak.Load()
			if ms.HeapAlloc <= p || peak.CompareAndSwap(p, ms.HeapAlloc) {
				break
			}
		}
	}
	for _, f := range e.farmers {
		f.onSend = sample
	}
	const size = 64 << 20
	params := pipeline.Params{DataShards: 3, ParityShards: 3, SegmentSize: 4 << 20}
	src := rand.NewChaCha8([32]byte{42})
	m, err := e.a.Put(e.ctx, "big", io.LimitReader(src, size), params)
	if err != nil {
		t.Fatal(err)
	}
	if m.Size != size {
		t.Fatalf("size %d", m.Size)
	}
	// Window (workers + 2 = 4) segments of 6 shards of ~1.33 MiB: 32 MiB of pipeline buffers. Keeping
	// the shards would hold 128 MiB.
	grew := int64(peak.Load()) - int64(base.HeapAlloc)
	t.Logf("live heap grew by at most %.1f MiB during a 64 MiB put (%d samples)", float64(grew)/(1<<20), n.Load()/8)
	if grew > 64<<20 {
		t.Fatalf("live heap grew by %d MiB", grew>>20)
	}
	if n.Load() < 6*16 {
		t.Fatalf("%d shards sent", n.Load())
	}
	e.checkTrees(e.a, m)
}

// RecoverBook trusts no farmer: an answer whose shard list does not make the revision, a revision
// the renter never signed, an older revision than the chain's, or a farmer's signature by someone
// else are each refused (ErrRecover) and leave that agreement out, while the honest farmers'
// agreements come back and work.
func TestRecoverBookRefusesLies(t *testing.T) {
	e := newAgreeEnv(t, 6, true)
	data := randomBytes(3, 200<<10)
	e.put("a", data)
	stranger, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	lies := []func(*proto.LatestRevision){
		func(l *proto.LatestRevision) { l.Shards = l.Shards[1:]; l.Revision.Shards-- },                 // a shard hidden
		func(l *proto.LatestRevision) { l.Shards[0].Leaves++; l.Revision.Leaves++ },                    // a length changed
		func(l *proto.LatestRevision) { l.Revision.Number = 0; l.Shards = nil; l.Revision.Leaves = 0 }, // older than the chain
		func(l *proto.LatestRevision) {
			sig, _ := e.dom.SignRevision(l.Revision.Market(), stranger)
			l.FarmerSig = sig
		},
		func(l *proto.LatestRevision) { // a revision the renter never signed, re-signed by the farmer
			l.Revision.EndPeriod++
			l.RenterSig, _ = e.dom.SignRevision(l.Revision.Market(), stranger)
		},
	}
	for i, lie := range lies {
		e.farmers[i].latestEdit = lie
	}
	// The chain holds revision 1 of every agreement (as after the farmers' heartbeats).
	for _, f := range e.farmers {
		for id, st := range f.states {
			e.chain.agreements[id].Number = st.Latest.Number
		}
	}
	fresh, err := leveldb.Open(storage.NewMemStorage(), nil)
	if err != nil {
		t.Fatal(err)
	}
	e.db = fresh
	e.a = e.open()
	got, err := e.a.RecoverBook(e.ctx, e.chain)
	if got != 1 || !errors.Is(err, ErrRecover) {
		t.Fatalf("recovered %d agreements (want only the honest farmer's), %v", got, err)
	}
	list, _ := e.a.AgreementsList(e.ctx)
	if len(list) != 1 || list[0].Farmer != e.farmers[5].addr || list[0].Number != 1 {
		t.Fatalf("recovered %+v", list)
	}
	// Once the farmers answer honestly, the rest comes back.
	for _, f := range e.farmers {
		f.latestEdit = nil
	}
	if got, err := e.a.RecoverBook(e.ctx, e.chain); got != 5 || err != nil {
		t.Fatalf("second recovery: %d, %v", got, err)
	}
	e.checkGet("a", data)
}

// A renter whose book fell behind its farmer (the farmer committed a revision whose answer was lost,
// and the latest answer at that moment did not show it) catches up on the next revision the farmer
// refuses as not the next one: it adopts the farmer's newest once it checks out and proposes on top.
func TestAgreementRenterCatchesUp(t *testing.T) {
	e := newAgreeEnv(t, 6, true)
	ma := e.put("a", randomBytes(12, 64<<10))
	f := e.farmers[1]
	once := true
	f.set(func(f *fakeFarmer) {
		f.loseAnswer = true
		f.latestEdit = func(l *proto.LatestRevision) { // the first look shows an older revision
			if once {
				once = false
				l.Revision.Number--
			}
		}
	})
	// The put goes through without that farmer's column (unplaced: the renter holds no revision
	// with it).
	mb, err := e.a.Put(e.ctx, "b", bytes.NewReader(randomBytes(13, 64<<10)), testParams)
	if err != nil {
		t.Fatalf("put with the answer lost and the farmer's newest hidden: %v", err)
	}
	for _, sh := range mb.Segments[0].Shards {
		if sh.Farmer == f.addr {
			t.Fatal("the shard whose revision the renter never saw signed is placed")
		}
	}
	ag := e.a.book.currentOf(f.addr)
	f.mu.Lock()
	farmerAt := f.states[ag.terms.ID].Latest.Number
	f.mu.Unlock()
	if bookAt := ag.snapshot().Latest.Number; bookAt >= farmerAt {
		t.Fatalf("book at %d, farmer at %d: the renter is not behind", bookAt, farmerAt)
	}
	f.set(func(f *fakeFarmer) { f.loseAnswer = false })
	mc := e.put("c", randomBytes(14, 64<<10))
	f.mu.Lock()
	farmerAt = f.states[ag.terms.ID].Latest.Number
	f.mu.Unlock()
	if got := ag.snapshot().Latest.Number; got != farmerAt {
		t.Fatalf("after catching up: book at %d, farmer at %d", got, farmerAt)
	}
	// The dropped column's shard came back with the adopted revision: nothing names it, so Collect
	// removes it, and every farmer then holds exactly the files' shards.
	removed, err := e.a.Collect(e.ctx)
	if err != nil || removed != 1 {
		t.Fatalf("collect: %d removed, %v", removed, err)
	}
	e.checkTrees(e.a, ma, mb, mc)
	if again, err := e.a.Collect(e.ctx); again != 0 || err != nil {
		t.Fatalf("second collect: %d, %v", again, err)
	}
	e.checkGet("a", randomBytes(12, 64<<10))
	e.checkGet("c", randomBytes(14, 64<<10))
}

// Renew extends the agreements near their end: the escrow short of paying the whole size to the new
// end is deposited (one transaction per agreement), and every farmer co-signs the later end.
func TestAgreementRenew(t *testing.T) {
	e := newAgreeEnv(t, 6, true)
	data := randomBytes(15, 100<<10)
	e.put("a", data)
	opened := e.chain.period // agreements of 100 periods from here
	if got, err := e.a.Renew(e.ctx, 10); got != 0 || err != nil || e.chain.deposits != 0 {
		t.Fatalf("renew far from the end: %d renewed, %d deposits, %v", got, e.chain.deposits, err)
	}
	e.chain.mu.Lock()
	e.chain.period = opened + 95
	e.chain.mu.Unlock()
	got, err := e.a.Renew(e.ctx, 10)
	if err != nil || got != 6 || e.chain.deposits != 6 {
		t.Fatalf("renewed %d, %d deposits: %v", got, e.chain.deposits, err)
	}
	list, _ := e.a.AgreementsList(e.ctx)
	for _, s := range list {
		if s.EndPeriod != opened+95+100 || s.Number != 2 {
			t.Fatalf("agreement %d ends in %d at revision %d, want %d at 2", s.ID, s.EndPeriod, s.Number, opened+195)
		}
		f := e.byAddr[s.Farmer]
		f.mu.Lock()
		end := f.states[s.ID].Latest.EndPeriod
		f.mu.Unlock()
		if end != s.EndPeriod {
			t.Fatalf("farmer of agreement %d signed end %d, the book says %d", s.ID, end, s.EndPeriod)
		}
	}
	// Renewed agreements are not renewed again.
	if got, err := e.a.Renew(e.ctx, 10); got != 0 || err != nil {
		t.Fatalf("second renew: %d, %v", got, err)
	}
	e.checkGet("a", data)
}
