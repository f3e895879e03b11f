package testnet

import (
	"bytes"
	"context"
	"math/big"
	"testing"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/proofs"
)

// TestAgreementsRenewed: agreements about to end are extended before they do: the renter deposits
// what the longer term needs and each farmer co-signs a revision moving the end, which its next
// heartbeat posts; the farmers stay obliged past the old end and the data stays retrievable.
func TestAgreementsRenewed(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end")
	}
	// Agreements of 6 periods, 1 GiB each (the escrow pays that size to the end).
	n := NewAgreements(t, AgreementConfig{Renter: renter.AgreementOptions{Periods: 6, MarginPeriods: 1, MaxBytesPerAgreement: 1 << 30}})
	ctx := context.Background()
	r := n.Renter
	data := randomBytes(21, 700<<10)
	m, err := r.Put(ctx, "a.bin", bytes.NewReader(data), faultParams)
	if err != nil {
		t.Fatal(err)
	}
	ids := agreementsOf(m)
	start := n.Period()
	for range 2 {
		p := n.NextPeriod()
		n.WaitHeartbeats(p - 1)
		n.WaitHeartbeats(p)
	}
	type was struct {
		escrow *big.Int
		number uint64
	}
	before := map[uint64]was{}
	for _, id := range ids {
		info, err := r.Client.Agreement(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if info.EndPeriod != start+6 {
			t.Fatalf("agreement %d ends in %d, want %d", id, info.EndPeriod, start+6)
		}
		before[id] = was{info.Escrow, info.Number}
	}
	// Nothing ends within 2 periods yet: nothing to do.
	if got, err := r.Renew(ctx, 2); got != 0 || err != nil {
		t.Fatalf("renew of agreements far from their end: %d, %v", got, err)
	}
	cur := n.Period()
	got, err := r.Renew(ctx, 6)
	if err != nil || got != len(ids) {
		t.Fatalf("renewed %d of %d agreements: %v", got, len(ids), err)
	}
	p := n.NextPeriod()
	n.WaitHeartbeats(p - 1)
	n.WaitHeartbeats(p)
	for f, id := range ids {
		info, err := r.Client.Agreement(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if info.EndPeriod != cur+6 || info.Number != before[id].number+1 {
			t.Fatalf("agreement %d with %s: ends in %d at revision %d, want %d at %d", id, f, info.EndPeriod, info.Number, cur+6, before[id].number+1)
		}
		// The escrow left pays the agreement's whole size to the new end (deposited when short).
		need := new(big.Int).Mul(market.Rate(info.PricePerGiB, (1<<30)/proofs.LeafSize), big.NewInt(int64(info.EndPeriod-info.AccruedTo)))
		if left := new(big.Int).Sub(info.Escrow, info.Accrued); left.Cmp(need) < 0 || info.Escrow.Cmp(before[id].escrow) < 0 {
			t.Fatalf("agreement %d: %s left of escrow %s (was %s), its size to period %d needs %s", id, left, info.Escrow, before[id].escrow, info.EndPeriod, need)
		}
		// The farmer owes heartbeats past the old end now.
		if obliged, err := r.Client.Obliged(ctx, f, start+7); err != nil || !obliged {
			t.Fatalf("farmer %s not obliged in period %d after the renewal: %v", f, start+7, err)
		}
	}
	var buf bytes.Buffer
	if err := r.Get(ctx, "a.bin", &buf); err != nil || !bytes.Equal(buf.Bytes(), data) {
		t.Fatalf("get after renewal: %v", err)
	}
}
