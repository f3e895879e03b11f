package testnet

import (
	"bytes"
	"context"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/auditor"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/pipeline"
)

// TestAgreementAuditorEndToEnd runs the agreement auditor against the agreement network: a file on
// four farmers, periods pass with heartbeats (nothing reported), then one farmer stops and another
// loses its data. The auditor reports each miss of the stopped farmer once its report window opens
// until the farmer is disqualified (the slashes are exactly the contract's: ceil(free × slashBps),
// reporterBountyBps of each to the auditor's market balance, withdrawable), and the agreement whose
// data is gone once its farmer's heartbeat leaves it out (it fails; reporterBountyBps of its
// collateral paid at once). Healthy farmers and their agreements are never reported. q = 100%.
func TestAgreementAuditorEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end")
	}
	params := market.DevnetAgreementParams()
	params.SampleBps = 10_000
	log := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
	n := NewAgreements(t, AgreementConfig{Farmers: 4, Params: params})
	ctx := context.Background()
	pp := pipeline.Params{DataShards: 2, ParityShards: 2, SegmentSize: 256 << 10}
	if _, err := n.Renter.Put(ctx, "f.bin", bytes.NewReader(randomBytes(7, 1<<20+333)), pp); err != nil {
		t.Fatalf("put: %v", err)
	}

	acct := n.Chain.NewAccount(t, nil)
	ac := n.Client(acct)
	aud := auditor.NewAgreements(ac, auditor.AgreementOptions{Logger: log})
	sched := ac.Schedule()

	// round moves to the next period, lets the running farmers finish the previous one and this one,
	// moves the clock to the end of the previous one's grace (its report window opens) and ticks.
	round := func() uint32 {
		t.Helper()
		p := n.NextPeriod()
		n.WaitHeartbeats(p - 1)
		n.WaitHeartbeats(p)
		if dl := sched.HeartbeatDeadline(p - 1); n.Chain.Now(t) < dl {
			n.Chain.AdvanceTo(t, dl)
		}
		if err := aud.Tick(ctx); err != nil {
			t.Fatalf("tick in period %d: %v", p, err)
		}
		return p
	}

	// Healthy periods: the revisions land, the agreements go live and are proven; nothing to report.
	for range 3 {
		round()
	}
	if st := aud.Status(); st.Missed+st.Unproven+st.Refused != 0 {
		t.Fatalf("healthy periods: status %+v, reports %+v", st, aud.Reports())
	}
	p0 := n.Period()

	// Farmer x stops (its heartbeat of p0 is on chain); farmer y loses every shard.
	x, y := n.Farmers[0], n.Farmers[1]
	xInfo, err := ac.Farmer(ctx, x.Acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	x.Stop()
	if err := os.RemoveAll(filepath.Join(y.Dir, "shards", "shards")); err != nil {
		t.Fatal(err)
	}
	var yAgreement chain.AgreementInfo
	count, err := ac.AgreementCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for id := uint64(1); id <= count; id++ {
		info, err := ac.Agreement(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if info.Farmer == y.Acct.Addr {
			yAgreement = info
		}
		if !info.LiveIn(p0) {
			t.Fatalf("agreement %d not live in period %d: %+v", id, p0, info)
		}
	}
	if count != 4 || yAgreement.ID == 0 {
		t.Fatalf("%d agreements, farmer y's: %d", count, yAgreement.ID)
	}
	stakes := map[common.Address]*big.Int{}
	for _, f := range n.Farmers {
		info, err := ac.Farmer(ctx, f.Acct.Addr)
		if err != nil {
			t.Fatal(err)
		}
		stakes[f.Acct.Addr] = info.Stake
	}
	tokensBefore, err := n.Chain.Token.BalanceOf(nil, acct.Addr)
	if err != nil {
		t.Fatal(err)
	}

	// x misses p0+1, p0+2, p0+3: three slashes, the third disqualifies (disqualifyAfterMisses = 3);
	// its miss of p0+4 is refused (FarmerDisqualified). Each is reported once its window opens.
	last := p0
	for last < p0+5 {
		last = round()
	}

	// The contract's slashes of x, in order: free stake only (nothing unbonding).
	free := new(big.Int).Set(xInfo.Stake)
	wantBounty := new(big.Int)
	var wantSlashes []*big.Int
	for range 3 {
		s := new(big.Int).Mul(free, big.NewInt(int64(params.SlashBps)))
		s.Add(s, big.NewInt(9_999)).Quo(s, big.NewInt(10_000))
		b := new(big.Int).Mul(s, big.NewInt(int64(params.ReporterBountyBps)))
		wantBounty.Add(wantBounty, b.Quo(b, big.NewInt(10_000)))
		wantSlashes = append(wantSlashes, s)
		free.Sub(free, s)
	}
	after, err := ac.Farmer(ctx, x.Acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	if after.Stake.Cmp(free) != 0 || !after.Disqualified {
		t.Fatalf("farmer x: free stake %s (want %s after three slashes of %v), disqualified %v", after.Stake, free, wantSlashes, after.Disqualified)
	}
	for _, f := range n.Farmers[1:] {
		info, err := ac.Farmer(ctx, f.Acct.Addr)
		if err != nil {
			t.Fatal(err)
		}
		if info.Stake.Cmp(stakes[f.Acct.Addr]) < 0 || info.Disqualified {
			t.Fatalf("farmer %s lost stake: %s -> %s", f.Acct.Addr, stakes[f.Acct.Addr], info.Stake)
		}
	}

	// On chain: exactly x's misses of p0+1..p0+3, each by the auditor with the slash above; exactly
	// y's agreement failed, reported by the auditor.
	it, err := n.Chain.Agreements.FilterMissReported(&bind.FilterOpts{Context: ctx}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var misses []uint32
	for it.Next() {
		ev := it.Event
		k := len(misses)
		if ev.Farmer != x.Acct.Addr || ev.Reporter != acct.Addr || k >= 3 || ev.Slashed.Cmp(wantSlashes[k]) != 0 {
			t.Fatalf("miss reported: farmer %s period %d by %s, slashed %s (miss #%d, want %v)", ev.Farmer, ev.Period, ev.Reporter, ev.Slashed, k, wantSlashes)
		}
		misses = append(misses, ev.Period)
	}
	if it.Error() != nil || len(misses) != 3 || misses[0] != p0+1 || misses[1] != p0+2 || misses[2] != p0+3 {
		t.Fatalf("misses reported for periods %v (%v), want %d..%d", misses, it.Error(), p0+1, p0+3)
	}
	fit, err := n.Chain.Agreements.FilterAgreementFailed(&bind.FilterOpts{Context: ctx}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var failed []uint64
	for fit.Next() {
		if ev := fit.Event; ev.Reason == 1 { // FAIL_UNPROVEN
			if ev.Id != yAgreement.ID || ev.Reporter != acct.Addr {
				t.Fatalf("agreement %d failed unproven, reported by %s", ev.Id, ev.Reporter)
			}
			failed = append(failed, ev.Id)
		}
	}
	if len(failed) != 1 {
		t.Fatalf("agreements failed unproven: %v, want only y's %d", failed, yAgreement.ID)
	}
	if info, err := ac.Agreement(ctx, yAgreement.ID); err != nil || info.Status != chain.AgreementFailed {
		t.Fatalf("y's agreement: status %d %v", info.Status, err)
	}

	// The auditor's account: its own outcomes, the bounties in its market balance and its tokens.
	unprovenBounty := new(big.Int).Mul(yAgreement.Collateral, big.NewInt(int64(params.ReporterBountyBps)))
	unprovenBounty.Quo(unprovenBounty, big.NewInt(10_000))
	st := aud.Status()
	if st.Missed != 3 || st.Unproven != 1 || st.Refused != 1 ||
		st.Bounties.Cmp(new(big.Int).Add(wantBounty, unprovenBounty)) != 0 || st.Handled != last-1 {
		t.Fatalf("auditor status %+v, want 3 misses + 1 unproven earning %s + %s, 1 refusal, period %d handled; reports %+v",
			st, wantBounty, unprovenBounty, last-1, aud.Reports())
	}
	for _, r := range aud.Reports() {
		if r.Refused != "" && (r.Refused != "FarmerDisqualified" || r.Farmer != x.Acct.Addr || r.Period != p0+4) {
			t.Fatalf("unexpected refusal %+v", r)
		}
	}
	if bal, err := ac.Balance(ctx, acct.Addr); err != nil || bal.Cmp(wantBounty) != 0 {
		t.Fatalf("auditor's market balance %v %v, want the miss bounties %s", bal, err, wantBounty)
	}
	got, err := aud.Withdraw(ctx)
	if err != nil || got.Cmp(wantBounty) != 0 {
		t.Fatalf("withdrew %v %v, want %s", got, err, wantBounty)
	}
	tokensAfter, err := n.Chain.Token.BalanceOf(nil, acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	if gain := new(big.Int).Sub(tokensAfter, tokensBefore); gain.Cmp(new(big.Int).Add(wantBounty, unprovenBounty)) != 0 {
		t.Fatalf("auditor's tokens grew by %s, want %s + %s", gain, wantBounty, unprovenBounty)
	}

	// More ticks change nothing: every report was made once.
	for range 3 {
		if err := aud.Tick(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if again := aud.Status(); again.Missed != 3 || again.Unproven != 1 || again.Refused != 1 {
		t.Fatalf("status after more ticks %+v", again)
	}
}
