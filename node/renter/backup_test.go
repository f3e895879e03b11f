package renter

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/storage"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/proto"
)

// newMachine returns the env's renter on a new machine: the same keys, an empty catalogue and an
// empty book.
func (e *agreeEnv) newMachine() *Agreements {
	e.t.Helper()
	store, err := manifest.OpenMemStore(e.mk)
	if err != nil {
		e.t.Fatal(err)
	}
	db, err := leveldb.Open(storage.NewMemStorage(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	a, err := NewAgreements(e.key, e.chain, e.dom, market.AgreementSchedule{AgreementParams: market.DevnetAgreementParams()},
		noNet{}, e.pipe, store, db, AgreementOptions{Periods: 100, MaxBytesPerAgreement: 1 << 30})
	if err != nil {
		e.t.Fatal(err)
	}
	a.dial = func(f chain.FarmerInfo) farmerConn { return e.byAddr[f.Address] }
	return a
}

func (e *agreeEnv) backupManifest(a *Agreements) *manifest.Manifest {
	e.t.Helper()
	_, m, err := a.loadBackup()
	if err != nil || m == nil {
		e.t.Fatalf("no catalogue object recorded: %v", err)
	}
	return m
}

// The catalogue is stored in the network as an object of the renter's agreements, anchored with
// every farmer; it is stored again only when it changed, replacing the previous object; Collect
// keeps it; and a new machine with the same keys finds it from the chain and the farmers, with half
// the farmers down, and gets every file back.
func TestCatalogueBackupAndRecover(t *testing.T) {
	e := newAgreeEnv(t, 6, true)
	a, b := randomBytes(1, 300<<10+7), randomBytes(2, 100<<10)
	ma := e.put("a.bin", a)
	e.put("b.bin", b)

	if got, err := e.a.BackupCatalogue(e.ctx); err != nil || !got.Stored || got.Number != 1 || got.Files != 2 || got.Anchored != 6 || got.Size == 0 {
		t.Fatalf("first backup: %+v, %v", got, err)
	}
	first := e.backupManifest(e.a)
	mb, _ := e.a.Manifest(e.ctx, "b.bin")
	e.checkTrees(e.a, ma, mb, first)
	if got, err := e.a.BackupCatalogue(e.ctx); err != nil || got.Stored || got.Number != 1 {
		t.Fatalf("backup of an unchanged catalogue: %+v, %v", got, err)
	}
	if n, err := e.a.Collect(e.ctx); err != nil || n != 0 {
		t.Fatalf("collect removed %d shards (%v): the catalogue object is not an orphan", n, err)
	}

	if err := e.a.Remove(e.ctx, "b.bin"); err != nil {
		t.Fatal(err)
	}
	got, err := e.a.BackupCatalogue(e.ctx)
	if err != nil || !got.Stored || got.Number != 2 || got.Files != 1 || !got.Replaced {
		t.Fatalf("backup after a remove: %+v, %v", got, err)
	}
	e.checkTrees(e.a, ma, e.backupManifest(e.a)) // the first object is gone from every agreement
	for _, f := range e.farmers {
		if an := f.anchor; len(an) != 1 {
			t.Fatalf("farmer %s keeps anchors %v", f.addr, an)
		}
		for _, an := range f.anchor {
			if an.Number != 2 {
				t.Fatalf("farmer %s keeps anchor %d", f.addr, an.Number)
			}
		}
	}

	// A new machine, three farmers (m) down.
	for _, f := range e.farmers[:3] {
		f.set(func(f *fakeFarmer) { f.down = true })
	}
	fresh := e.newMachine()
	r, problems, err := fresh.Recover(e.ctx, e.chain)
	if err != nil || r.Files != 1 || r.Anchor != 2 || r.Agreements != 3 {
		t.Fatalf("recover: %+v, %v", r, err)
	}
	if problems == nil {
		t.Fatal("three farmers down and no problem reported")
	}
	names, err := fresh.List(e.ctx)
	if err != nil || !slices.Equal(names, []string{"a.bin"}) {
		t.Fatalf("recovered files %v, %v", names, err)
	}
	var buf bytes.Buffer
	if err := fresh.Get(e.ctx, "a.bin", &buf); err != nil || !bytes.Equal(buf.Bytes(), a) {
		t.Fatalf("get after recovery: %v", err)
	}
	if err := fresh.Get(e.ctx, "b.bin", &buf); !errors.Is(err, ErrNotFound) {
		t.Fatalf("removed file after recovery: %v", err)
	}
	// The recovered catalogue is the one in the network, and its object is healthy as the chain
	// sees it (agreements open, not ending, farmers not leaving): nothing is stored again.
	if got, err := fresh.BackupCatalogue(e.ctx); err != nil || got.Stored || got.Number != 2 {
		t.Fatalf("backup right after recovery: %+v, %v", got, err)
	}

	// The farmers come back: the rest of the book is recovered, and the next change is stored as
	// anchor 3 with all six.
	for _, f := range e.farmers[:3] {
		f.set(func(f *fakeFarmer) { f.down = false })
	}
	if n, err := fresh.RecoverBook(e.ctx, e.chain); err != nil || n != 3 {
		t.Fatalf("recover the rest of the book: %d, %v", n, err)
	}
	if _, err := fresh.Put(e.ctx, "c.bin", bytes.NewReader(randomBytes(3, 5000)), testParams); err != nil {
		t.Fatal(err)
	}
	if got, err := fresh.BackupCatalogue(e.ctx); err != nil || !got.Stored || got.Number != 3 || got.Anchored != 6 || !got.Replaced {
		t.Fatalf("backup on the new machine: %+v, %v", got, err)
	}
}

// Anchors a farmer tampers with, or another renter's, do not open: Recover skips them and takes the
// newest that does; with none left it fails with ErrNoCatalogue and imports nothing.
func TestRecoverRejectsForeignAnchors(t *testing.T) {
	e := newAgreeEnv(t, 6, true)
	data := randomBytes(4, 200<<10)
	e.put("a.bin", data)
	if _, err := e.a.BackupCatalogue(e.ctx); err != nil {
		t.Fatal(err)
	}
	// Another renter's anchor (sealed under another master key) relabelled with a higher number.
	other, err := manifest.NewMasterKey()
	if err != nil {
		t.Fatal(err)
	}
	foreign, err := other.SealAnchor(e.a.addr.Bytes(), 9, e.backupManifest(e.a))
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range e.farmers {
		f.set(func(f *fakeFarmer) {
			f.latestEdit = func(l *proto.LatestRevision) {
				switch {
				case i == 5: // one honest farmer
				case i%2 == 0:
					l.Anchor.Sealed = foreign
					l.Anchor.Number = 9
				default:
					l.Anchor.Number = 7 // an old anchor relabelled as newer
				}
			}
		})
	}
	fresh := e.newMachine()
	r, problems, err := fresh.Recover(e.ctx, e.chain)
	if err != nil || r.Anchor != 1 || r.Files != 1 {
		t.Fatalf("recover with one honest farmer: %+v, %v", r, err)
	}
	if !errors.Is(problems, ErrRecover) || !errors.Is(problems, manifest.ErrWrongKey) || !errors.Is(problems, manifest.ErrTamperedManifest) {
		t.Fatalf("problems %v", problems)
	}
	var buf bytes.Buffer
	if err := fresh.Get(e.ctx, "a.bin", &buf); err != nil || !bytes.Equal(buf.Bytes(), data) {
		t.Fatalf("get: %v", err)
	}

	e.farmers[5].set(func(f *fakeFarmer) { f.latestEdit = func(l *proto.LatestRevision) { l.Anchor = nil } })
	again := e.newMachine()
	if _, _, err := again.Recover(e.ctx, e.chain); !errors.Is(err, ErrNoCatalogue) {
		t.Fatalf("recover with no honest anchor: %v", err)
	}
	if names, _ := again.List(e.ctx); len(names) != 0 {
		t.Fatalf("files imported from nothing: %v", names)
	}
}

// A backup the farmers will not anchor (fewer than m+1 keep it) is undone: the previous object and
// anchor stay, and nothing new is left in any agreement.
func TestBackupUndoneWhenNotAnchored(t *testing.T) {
	e := newAgreeEnv(t, 6, true)
	ma := e.put("a.bin", randomBytes(5, 100<<10))
	if _, err := e.a.BackupCatalogue(e.ctx); err != nil {
		t.Fatal(err)
	}
	first := e.backupManifest(e.a)
	mb := e.put("b.bin", randomBytes(6, 100<<10))
	for _, f := range e.farmers[:3] { // 3 keep it, 4 are needed
		f.set(func(f *fakeFarmer) { f.anchor = nil; f.anchorRefused = true })
	}
	got, err := e.a.BackupCatalogue(e.ctx)
	if err == nil || got.Stored {
		t.Fatalf("backup anchored by 3 of 6: %+v, %v", got, err)
	}
	if st, _, _ := e.a.loadBackup(); st.Number != 1 {
		t.Fatalf("recorded anchor %d after a failed backup", st.Number)
	}
	e.checkTrees(e.a, ma, mb, first)
}
