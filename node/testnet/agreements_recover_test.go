package testnet

import (
	"bytes"
	"context"
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
