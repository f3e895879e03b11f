package testnet

import (
	"bytes"
	"context"
	"os"
	"slices"
	"testing"
)

// TestAgreementBookRecovered: a renter that lost its agreement book (a new machine) rebuilds it
// from the chain (its AgreementOpened events) and the farmers (their newest co-signed revision and
// its shards, checked against both signatures and the tree): the same agreements at the same
// revisions, no new agreement opened, and later puts and removes continue the revision numbers.
func TestAgreementBookRecovered(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end")
	}
	n := NewAgreements(t, AgreementConfig{})
	ctx := context.Background()
	r := n.Renter
	a := randomBytes(7, 1<<20+99)
	if _, err := r.Put(ctx, "a.bin", bytes.NewReader(a), faultParams); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Put(ctx, "b.bin", bytes.NewReader(randomBytes(8, 300<<10)), faultParams); err != nil {
		t.Fatal(err)
	}
	before, err := r.AgreementsList(ctx)
	if err != nil || len(before) != 6 {
		t.Fatalf("agreements before: %d, %v", len(before), err)
	}

	r.LoseBook()
	if got, _ := r.AgreementsList(ctx); len(got) != 0 {
		t.Fatalf("book not lost: %d agreements", len(got))
	}
	recovered, err := r.RecoverBook(ctx, r.Client)
	if err != nil || recovered != 6 {
		t.Fatalf("recovered %d agreements, %v", recovered, err)
	}
	after, err := r.AgreementsList(ctx)
	if err != nil || len(after) != len(before) {
		t.Fatalf("agreements after: %d, %v", len(after), err)
	}
	for i := range before {
		b, a := before[i], after[i]
		if a.ID != b.ID || a.Farmer != b.Farmer || a.Number != b.Number || a.Leaves != b.Leaves || a.Shards != b.Shards {
			t.Fatalf("agreement %d recovered as %+v, was %+v", b.ID, a, b)
		}
	}
	// Recovering again finds nothing new.
	if again, err := r.RecoverBook(ctx, r.Client); err != nil || again != 0 {
		t.Fatalf("second recovery: %d, %v", again, err)
	}

	// The recovered book works: a put opens nothing, a remove revises, the other file still gets.
	nonce, err := n.Chain.Client.NonceAt(ctx, r.Acct.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Put(ctx, "c.bin", bytes.NewReader(randomBytes(9, 200<<10)), faultParams); err != nil {
		t.Fatalf("put after recovery: %v", err)
	}
	if after, _ := n.Chain.Client.NonceAt(ctx, r.Acct.Addr, nil); after != nonce {
		t.Fatalf("put after recovery sent %d transactions", after-nonce)
	}
	if err := r.Remove(ctx, "b.bin"); err != nil {
		t.Fatalf("remove after recovery: %v", err)
	}
	final, _ := r.AgreementsList(ctx)
	for i := range final {
		if final[i].Number != before[i].Number+2 {
			t.Fatalf("agreement %d at revision %d, want %d (put and remove after recovery)", final[i].ID, final[i].Number, before[i].Number+2)
		}
	}
	var got bytes.Buffer
	if err := r.Get(ctx, "a.bin", &got); err != nil || !bytes.Equal(got.Bytes(), a) {
		t.Fatalf("get after recovery: %v", err)
	}
}

// TestRenterRecoveredOnNewMachine: a renter whose whole directory is lost gets every file back on a
// new machine from its keys alone (what its recovery phrase derives), with m of its farmers down:
// the agreements from the chain, the catalogue from the newest anchor the farmers still up return
// and the catalogue object they hold. Once the farmers are back, the new machine carries on with
// the same agreements (no transaction) and stores the next catalogue with all of them.
func TestRenterRecoveredOnNewMachine(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end")
	}
	n := NewAgreements(t, AgreementConfig{})
	ctx := context.Background()
	r := n.Renter
	files := map[string][]byte{"a.bin": randomBytes(21, 1<<20+99), "b.bin": randomBytes(22, 300<<10), "c.bin": randomBytes(23, 7)}
	for _, name := range []string{"a.bin", "b.bin", "c.bin"} {
		if _, err := r.Put(ctx, name, bytes.NewReader(files[name]), faultParams); err != nil {
			t.Fatal(err)
		}
	}
	if b, err := r.BackupCatalogue(ctx); err != nil || b.Number != 1 || b.Files != 3 || b.Anchored != 6 {
		t.Fatalf("first catalogue: %+v, %v", b, err)
	}
	if err := r.Remove(ctx, "b.bin"); err != nil {
		t.Fatal(err)
	}
	delete(files, "b.bin")
	if b, err := r.BackupCatalogue(ctx); err != nil || b.Number != 2 || b.Files != 2 || !b.Replaced {
		t.Fatalf("second catalogue: %+v, %v", b, err)
	}

	// The machine is lost, and m = 3 farmers are down.
	r.Store.Close()
	r.DB.Close()
	if err := os.RemoveAll(r.Dir); err != nil {
		t.Fatal(err)
	}
	for _, f := range n.Farmers[:3] {
		f.Stop()
	}
	nr := r.NewMachine()
	rec, problems, err := nr.Recover(ctx, nr.Client)
	if err != nil || rec.Files != 2 || rec.Anchor != 2 || rec.Agreements != 3 {
		t.Fatalf("recover: %+v, %v (problems: %v)", rec, err, problems)
	}
	if problems == nil {
		t.Fatal("three farmers down, no problem reported")
	}
	names, err := nr.List(ctx)
	if err != nil || !slices.Equal(names, []string{"a.bin", "c.bin"}) {
		t.Fatalf("files after recovery: %v, %v", names, err)
	}
	for name, want := range files {
		var got bytes.Buffer
		if err := nr.Get(ctx, name, &got); err != nil || !bytes.Equal(got.Bytes(), want) {
			t.Fatalf("get %s after recovery: %v", name, err)
		}
	}

	// The farmers come back: the rest of the book, a put with no transaction, the next catalogue.
	for _, f := range n.Farmers[:3] {
		f.Start()
	}
	if got, err := nr.RecoverBook(ctx, nr.Client); err != nil || got != 3 {
		t.Fatalf("rest of the book: %d, %v", got, err)
	}
	nonce, err := n.Chain.Client.NonceAt(ctx, r.Acct.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := nr.Put(ctx, "d.bin", bytes.NewReader(randomBytes(24, 50<<10)), faultParams); err != nil {
		t.Fatal(err)
	}
	if after, _ := n.Chain.Client.NonceAt(ctx, r.Acct.Addr, nil); after != nonce {
		t.Fatalf("put on the new machine sent %d transactions", after-nonce)
	}
	if b, err := nr.BackupCatalogue(ctx); err != nil || b.Number != 3 || b.Files != 3 || b.Anchored != 6 || !b.Replaced {
		t.Fatalf("catalogue on the new machine: %+v, %v", b, err)
	}
}
