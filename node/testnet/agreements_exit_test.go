package testnet

import (
	"bytes"
	"context"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/auditor"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/farmer"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/node/repair"
)

// A farmer's graceful exit (`granary farmer exit`, issue 17) on the agreement network: the exit is
// announced on chain as capacity 0; the renters never place with the farmer again, and their repair
// moves its shards at once (whatever the threshold), has it co-sign their removal and closes the
// emptied agreements (no penalty, collateral back, unused escrow back); the farmer keeps proving
// every period it owes, and its stake unbonds and comes back. An exit abandoned midway is a stopped
// farmer: its misses are reported and slashed.

// exitFile is one renter's file in the exit tests.
type exitFile struct {
	r    *AgreementRenter
	name string
	data []byte
}

// checkRedundant checks that every segment of the file has its n shards placed with n distinct
// farmers, none of them gone, each held by the newest revision of its agreement in the renter's book
// and in the farmer's own state, the agreement open on chain; and that the file reads back
// byte-identical.
func checkRedundant(t *testing.T, n *AgreementNet, f exitFile, gone common.Address) {
	t.Helper()
	m := repairManifest(t, f.r, f.name)
	for s, seg := range m.Segments {
		if len(seg.Shards) != m.TotalShards() {
			t.Fatalf("%s segment %d: %d shards", f.name, s, len(seg.Shards))
		}
		seen := map[[20]byte]bool{}
		for c, sh := range seg.Shards {
			if sh.Farmer == gone || seen[sh.Farmer] || sh.AgreementID == 0 {
				t.Fatalf("%s segment %d column %d with farmer %x under agreement %d (gone %s, seen %v)", f.name, s, c, sh.Farmer, sh.AgreementID, gone, seen[sh.Farmer])
			}
			seen[sh.Farmer] = true
			b, ok := f.r.Booked(sh.AgreementID)
			if !ok || b.Farmer != sh.Farmer || !b.Holds(sh.Root) {
				t.Fatalf("%s segment %d column %d: the book's agreement %d does not hold it", f.name, s, c, sh.AgreementID)
			}
			fa := n.AgreementFarmerOf(sh.Farmer)
			if st := localState(fa, sh.AgreementID); st == nil || !st.Tree.Has(sh.Root) {
				t.Fatalf("%s segment %d column %d: farmer %x does not hold it under agreement %d", f.name, s, c, sh.Farmer, sh.AgreementID)
			}
			if info := agreementInfo(t, f.r.Client, sh.AgreementID); info.Status != chain.AgreementOpen {
				t.Fatalf("%s: agreement %d is not open (status %d)", f.name, sh.AgreementID, info.Status)
			}
		}
	}
	mustGet(t, f.r, f.name, f.data)
}

// columnsWith counts the shards of m placed with farmer a.
func columnsWith(m *manifest.Manifest, a common.Address) int {
	k := 0
	for _, seg := range m.Segments {
		for _, sh := range seg.Shards {
			if sh.Farmer == a {
				k++
			}
		}
	}
	return k
}

// settledEvent returns agreement id's AgreementSettled event and the gas of its transaction.
func settledEvent(t *testing.T, n *AgreementNet, id uint64) (toFarmer, toRenter *big.Int, gas uint64) {
	t.Helper()
	it, err := n.Chain.Agreements.FilterAgreementSettled(&bind.FilterOpts{Start: n.Dep.StartBlock}, []uint64{id})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	if !it.Next() {
		t.Fatalf("agreement %d: no AgreementSettled event", id)
	}
	return it.Event.ToFarmer, it.Event.ToRenter, txGas(t, n, it.Event.Raw.TxHash)
}

// emptyPosted returns who sent the transaction that put agreement id's revision `number` on chain
// (the renter with postRevision, or the farmer's heartbeat) and its gas.
func emptyPosted(t *testing.T, n *AgreementNet, id, number uint64) (from common.Address, gas uint64) {
	t.Helper()
	it, err := n.Chain.Agreements.FilterRevisionPosted(&bind.FilterOpts{Start: n.Dep.StartBlock}, []uint64{id})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	for it.Next() {
		if it.Event.Number != number {
			continue
		}
		tx, _, err := n.Backend.(interface {
			TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error)
		}).TransactionByHash(context.Background(), it.Event.Raw.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
		if err != nil {
			t.Fatal(err)
		}
		return from, txGas(t, n, it.Event.Raw.TxHash)
	}
	t.Fatalf("agreement %d: revision %d never posted", id, number)
	return
}

func txGas(t *testing.T, n *AgreementNet, h common.Hash) uint64 {
	t.Helper()
	rcpt, err := n.Backend.TransactionReceipt(context.Background(), h)
	if err != nil {
		t.Fatal(err)
	}
	return rcpt.GasUsed
}

// missReports counts the MissReported events against farmer a.
func missReports(t *testing.T, n *AgreementNet, a common.Address) int {
	t.Helper()
	it, err := n.Chain.Agreements.FilterMissReported(&bind.FilterOpts{Start: n.Dep.StartBlock}, []common.Address{a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	k := 0
	for it.Next() {
		k++
	}
	return k
}

// auditedRound moves to the next period, waits for the running farmers' heartbeats of the period
// before (its grace) and of the new one, moves the clock to the end of the previous period's grace
// (its misses can be reported from then) and lets the auditor report what it finds.
func auditedRound(t *testing.T, n *AgreementNet, aud *auditor.AgreementAuditor) uint32 {
	t.Helper()
	p := n.NextPeriod()
	n.WaitHeartbeats(p - 1)
	n.WaitHeartbeats(p)
	if dl := n.Chain.Times.HeartbeatDeadline(p - 1); n.Chain.Now(t) < dl {
		n.Chain.AdvanceTo(t, dl)
	}
	if err := aud.Tick(context.Background()); err != nil {
		t.Fatalf("auditor in period %d: %v", p, err)
	}
	return p
}

// stakeTotal is a farmer's free + locked + unbonding stake.
func stakeTotal(n *AgreementNet, a common.Address) (total, free, locked, unbonding *big.Int) {
	free, locked, unbonding, _ = n.farmerOnChain(a)
	total = new(big.Int).Add(free, locked)
	return total.Add(total, unbonding), free, locked, unbonding
}

// TestAgreementFarmerExit: two renters' files (3+3) on eight farmers; one farmer holding data of
// both runs `farmer exit` (capacity 0 announced, its service takes no new data). A file put during
// the exit goes elsewhere. Each renter's repair pass moves the farmer's column of every file to a
// farmer holding nothing of it (exiting shards are not "lost", and move above the threshold), the
// farmer co-signs the removals, and the renter closes the emptied agreement (posting the empty
// co-signed revision first): settled, the renter refunded exactly its escrow less the vindicated
// pay, the collateral back in the farmer's free stake (nothing locked), its disk emptied. Every file
// reads back byte-identical with full redundancy (n shards on n distinct farmers, none the exiting
// one). Then periods pass under an auditor: the farmer keeps proving every period it owes (nothing
// reported, its stake never shrinks), `farmer exit` run each period unbonds the whole stake once
// nothing is locked, and withdraws it only once the unbonding delay has passed and its last owed
// heartbeat can no longer be reported. The farmer ends with its stake back in tokens, and every file
// is still whole.
func TestAgreementFarmerExit(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end")
	}
	params := market.DevnetAgreementParams()
	params.SampleBps = 10_000 // every live agreement is proven every period
	n := NewAgreements(t, AgreementConfig{Farmers: 8, Params: params, Renter: renter.AgreementOptions{Periods: 8}})
	ctx := context.Background()
	r1, r2 := n.Renter, n.AddRenter()
	files := []exitFile{
		{r1, "a.bin", randomBytes(171, 1<<20+4321)},
		{r1, "b.bin", randomBytes(172, 300<<10)},
		{r2, "c.bin", randomBytes(173, 700<<10)},
	}
	for _, f := range files {
		if _, err := f.r.Put(ctx, f.name, bytes.NewReader(f.data), repairParams); err != nil {
			t.Fatalf("put %s: %v", f.name, err)
		}
	}
	// The exiting farmer holds shards of both renters.
	var x *AgreementFarmer
	for _, f := range n.Farmers {
		if columnsWith(repairManifest(t, r1, "a.bin"), f.Acct.Addr) > 0 && columnsWith(repairManifest(t, r1, "b.bin"), f.Acct.Addr) > 0 &&
			columnsWith(repairManifest(t, r2, "c.bin"), f.Acct.Addr) > 0 {
			x = f
			break
		}
	}
	if x == nil {
		t.Fatal("no farmer holds shards of every file")
	}
	xa := x.Acct.Addr
	id1, id2 := bookID(t, r1, xa), bookID(t, r2, xa)
	acct := n.Chain.NewAccount(t, nil)
	aud := auditor.NewAgreements(n.Client(acct), auditor.AgreementOptions{})
	auditedRound(t, n, aud) // the revisions are posted: live from the next period
	auditedRound(t, n, aud) // proven once
	for _, id := range []uint64{id1, id2} {
		if info := agreementInfo(t, r1.Client, id); info.Leaves == 0 || info.Collateral.Sign() == 0 {
			t.Fatalf("agreement %d before the exit: %+v", id, info)
		}
	}
	stake, _, locked0, _ := stakeTotal(n, xa)
	tokens0 := n.tokens(xa)

	// `farmer exit`.
	exitPeriod := n.Period()
	prog := x.Exit(farmer.ExitOptions{})
	if !prog.Announced || prog.HoldingData != 2 || len(prog.Open) != 2 || prog.Unstaked.Sign() != 0 || prog.Withdrawn.Sign() != 0 ||
		prog.Locked.Cmp(locked0) != 0 || prog.Done {
		t.Fatalf("first exit step: %+v", prog)
	}
	obligedUntil, withdrawFrom := prog.ObligedUntil, prog.WithdrawFrom
	t.Logf("period %d: farmer %s exits; %d agreements hold data, %s locked; heartbeats owed until %d, stake withdrawable from %d (%s)",
		exitPeriod, xa, prog.HoldingData, prog.Locked, obligedUntil, withdrawFrom, prog.Next())
	if info, err := r1.Client.Farmer(ctx, xa); err != nil || !info.Exiting() || !x.Svc.Exiting() {
		t.Fatalf("after the exit: on chain %+v (%v), service exiting %v", info, err, x.Svc.Exiting())
	}
	// A file put now goes to other farmers.
	files = append(files, exitFile{r1, "d.bin", randomBytes(174, 500<<10)})
	md, err := r1.Put(ctx, "d.bin", bytes.NewReader(files[3].data), repairParams)
	if err != nil {
		t.Fatalf("put during the exit: %v", err)
	}
	if columnsWith(md, xa) != 0 {
		t.Fatal("a file put during the exit was placed with the exiting farmer")
	}

	// Each renter's repair pass moves the farmer's columns and closes its agreement.
	for _, c := range []struct {
		r     *AgreementRenter
		id    uint64
		files []string
	}{{r1, id1, []string{"a.bin", "b.bin"}}, {r2, id2, []string{"c.bin"}}} {
		segs := 0
		for _, name := range c.files {
			segs += columnsWith(repairManifest(t, c.r, name), xa)
		}
		before, err := c.r.Client.AgreementsOf(ctx, c.r.Acct.Addr)
		if err != nil {
			t.Fatal(err)
		}
		tokens := n.tokens(c.r.Acct.Addr)
		rep, err := pass(t, repairWorker(t, c.r, repair.WithRenewWithin(0)))
		if err != nil || rep.Unhealthy[repair.ReasonExiting] != segs || rep.ShardsLost != 0 || rep.ShardsRepaired != segs ||
			rep.Dropped != segs || len(rep.Moves) != len(c.files) || !slices.Equal(rep.Closed, []uint64{c.id}) || len(rep.Problems) != 0 {
			t.Fatalf("renter %s's pass: err %v, unhealthy %v, lost %d, repaired %d (want %d), dropped %d, moves %+v, closed %v (want %d), problems %q",
				c.r.Acct.Addr, err, rep.Unhealthy, rep.ShardsLost, rep.ShardsRepaired, segs, rep.Dropped, rep.Moves, rep.Closed, c.id, rep.Problems)
		}
		for _, mv := range rep.Moves {
			if mv.Farmer == xa {
				t.Fatalf("moved to the exiting farmer: %+v", mv)
			}
		}
		info := agreementInfo(t, c.r.Client, c.id)
		if info.Status != chain.AgreementSettled || info.Leaves != 0 {
			t.Fatalf("agreement %d after the pass: %+v", c.id, info)
		}
		toFarmer, toRenter, closeGas := settledEvent(t, n, c.id)
		if want := new(big.Int).Sub(info.Escrow, info.Vindicated); toRenter.Cmp(want) != 0 {
			t.Fatalf("agreement %d closed: %v back to the renter, want escrow %v − vindicated %v (no collateral: no penalty)", c.id, toRenter, info.Escrow, info.Vindicated)
		}
		// The renter's tokens: the closed agreement's refund, less the escrow of the agreements
		// the moves opened.
		after, err := c.r.Client.AgreementsOf(ctx, c.r.Acct.Addr)
		if err != nil {
			t.Fatal(err)
		}
		want := new(big.Int).Add(tokens, toRenter)
		for _, id := range after {
			if !slices.Contains(before, id) {
				want.Sub(want, agreementInfo(t, c.r.Client, id).Escrow)
			}
		}
		if got := n.tokens(c.r.Acct.Addr); got.Cmp(want) != 0 {
			t.Fatalf("renter %s holds %v tokens after the pass, want %v", c.r.Acct.Addr, got, want)
		}
		poster, postGas := emptyPosted(t, n, c.id, info.Number)
		if poster != c.r.Acct.Addr {
			t.Fatalf("agreement %d: the empty revision %d was posted by %s, not the renter closing it", c.id, info.Number, poster)
		}
		t.Logf("agreement %d closed in period %d: %v to the farmer (vindicated pay not yet claimed), %v back to the renter; the renter's postRevision %d gas, close %d gas",
			c.id, n.Period(), toFarmer, toRenter, postGas, closeGas)
		idle(t, repairWorker(t, c.r, repair.WithRenewWithin(0)))
	}
	total, free, locked, unb := stakeTotal(n, xa)
	if total.Cmp(stake) != 0 || locked.Sign() != 0 || free.Cmp(stake) != 0 || unb.Sign() != 0 {
		t.Fatalf("farmer stake after the closes: free %v, locked %v, unbonding %v; want %v free", free, locked, unb, stake)
	}
	waitDisk(t, x, 0, "after its agreements closed")
	for _, f := range files {
		checkRedundant(t, n, f, xa)
	}
	dataMoved := n.Period()

	// Periods pass: the farmer proves what it owes, the renters' repair renews their agreements,
	// `farmer exit` is run every period.
	w1, w2 := repairWorker(t, r1), repairWorker(t, r2)
	var unbondedIn, withdrawnIn uint32
	var readyAt time.Time
	withdrawn := new(big.Int)
	for {
		prog = x.Exit(farmer.ExitOptions{})
		p := prog.Period
		withdrawn.Add(withdrawn, prog.Withdrawn)
		left := new(big.Int).Add(prog.Free, prog.Locked)
		left.Add(left, prog.Unbonding)
		if left.Add(left, withdrawn).Cmp(stake) != 0 {
			t.Fatalf("period %d: free %v + locked %v + unbonding %v + withdrawn %v is not the stake %v", p, prog.Free, prog.Locked, prog.Unbonding, withdrawn, stake)
		}
		if prog.Unstaked.Sign() > 0 {
			if unbondedIn != 0 || prog.Unstaked.Cmp(stake) != 0 {
				t.Fatalf("period %d: unbonded %v (already in %d)", p, prog.Unstaked, unbondedIn)
			}
			unbondedIn, readyAt = p, prog.UnbondingReady
		}
		if prog.Withdrawn.Sign() > 0 {
			head, err := x.Client.Head(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if p < withdrawFrom || unbondedIn == 0 || head.Time.Before(readyAt) {
				t.Fatalf("withdrawn in period %d at %v: owed heartbeats reportable until %d, unbonded in %d, ready at %v", p, head.Time, withdrawFrom, unbondedIn, readyAt)
			}
			withdrawnIn = p
		}
		if prog.Done {
			break
		}
		if p > withdrawFrom+10 {
			t.Fatalf("period %d: the exit is not over: %+v (%s)", p, prog, prog.Next())
		}
		auditedRound(t, n, aud)
		for _, w := range []*repair.Worker{w1, w2} {
			if rep, err := pass(t, w); err != nil || rep.ShardsLost != 0 || len(rep.Moves) != 0 || len(rep.Problems) != 0 {
				t.Fatalf("pass in period %d: err %v, lost %d, moves %d, problems %q", n.Period(), err, rep.ShardsLost, len(rep.Moves), rep.Problems)
			}
		}
	}
	if unbondedIn != dataMoved || withdrawnIn != withdrawFrom {
		t.Fatalf("unbonded in %d (want %d, once nothing was locked), withdrawn in %d (want %d)", unbondedIn, dataMoved, withdrawnIn, withdrawFrom)
	}
	for p := exitPeriod; p <= obligedUntil; p++ {
		if ok, err := x.Client.Proven(ctx, xa, p); err != nil || !ok {
			t.Fatalf("the exiting farmer's heartbeat of period %d is not on chain (%v)", p, err)
		}
	}
	// What the tail cost the farmer: its heartbeats after the closes carry no proof.
	hb, err := n.Chain.Agreements.FilterHeartbeatProven(&bind.FilterOpts{Start: n.Dep.StartBlock}, []common.Address{xa}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var empty, emptyGas uint64
	for hb.Next() {
		if hb.Event.Period > dataMoved && hb.Event.Proofs.Sign() == 0 {
			empty++
			emptyGas = txGas(t, n, hb.Event.Raw.TxHash)
		}
	}
	hb.Close()
	if empty != uint64(obligedUntil-dataMoved) {
		t.Fatalf("%d empty heartbeats after period %d, want one each period to %d", empty, dataMoved, obligedUntil)
	}
	t.Logf("%d empty heartbeats owed after the data moved (periods %d..%d), %d gas each", empty, dataMoved+1, obligedUntil, emptyGas)
	if k := missReports(t, n, xa); k != 0 {
		t.Fatalf("%d misses reported against the exiting farmer", k)
	}
	if st := aud.Status(); st.Missed+st.Unproven != 0 {
		t.Fatalf("the auditor reported %+v", st)
	}
	if total, _, _, _ := stakeTotal(n, xa); total.Sign() != 0 {
		t.Fatalf("stake left after the exit: %v", total)
	}
	if got, want := n.tokens(xa), new(big.Int).Add(tokens0, stake); got.Cmp(want) < 0 {
		t.Fatalf("the farmer holds %v tokens after its exit, want at least %v (its stake back, plus its pay)", got, want)
	}
	for _, f := range files {
		checkRedundant(t, n, f, xa)
	}
	t.Logf("exit announced in period %d; data moved and agreements closed in period %d; stake unbonded in %d, withdrawn in %d (heartbeats owed until %d); %s tokens back",
		exitPeriod, dataMoved, unbondedIn, withdrawnIn, obligedUntil, new(big.Int).Sub(n.tokens(xa), tokens0))
}

// TestAgreementFarmerExitAbandoned: a farmer announces its exit and stops before its data moved.
// It is a stopped farmer like any other: its missed heartbeat is reported and slashed
// (ceil((free + unbonding) × slashBps)); the renter's repair still moves its column (its shards are
// "exiting", the farmer does not answer the drop), and the file reads back.
func TestAgreementFarmerExitAbandoned(t *testing.T) {
	n, _ := faultNet(t, AgreementConfig{Farmers: 7})
	ctx := context.Background()
	r := n.Renter
	f := exitFile{r, "a.bin", randomBytes(175, 600<<10)}
	m, err := r.Put(ctx, f.name, bytes.NewReader(f.data), repairParams)
	if err != nil {
		t.Fatal(err)
	}
	n.cycle() // the revisions are posted: obliged from the next period
	x := farmerOfColumn(n, m, 0)
	if prog := x.Exit(farmer.ExitOptions{}); !prog.Announced || prog.HoldingData != 1 {
		t.Fatalf("exit: %+v", prog)
	}
	x.Stop()
	p2 := n.cycle()
	reporter := n.Client(n.Chain.NewAccount(t, nil))
	p3 := n.NextPeriod()
	n.WaitHeartbeats(p3)
	n.pastGrace(p3)
	free, _, unb, _ := n.farmerOnChain(x.Acct.Addr)
	if err := reporter.ReportMissed(ctx, x.Acct.Addr, p2); err != nil {
		t.Fatalf("report the abandoned exit's miss of %d: %v", p2, err)
	}
	slash := bps(new(big.Int).Add(free, unb), n.cfg.Params.SlashBps, true)
	if free2, _, _, _ := n.farmerOnChain(x.Acct.Addr); new(big.Int).Sub(free, free2).Cmp(slash) != 0 || slash.Sign() == 0 {
		t.Fatalf("slashed %v, want %v", new(big.Int).Sub(free, free2), slash)
	}
	rep, err := pass(t, repairWorker(t, r, repair.WithRenewWithin(0)))
	segs := len(m.Segments)
	if err != nil || rep.Unhealthy[repair.ReasonExiting] != segs || rep.ShardsRepaired != segs || rep.Dropped != 0 || len(rep.Closed) != 0 {
		t.Fatalf("pass: err %v, unhealthy %v, repaired %d, dropped %d, closed %v", err, rep.Unhealthy, rep.ShardsRepaired, rep.Dropped, rep.Closed)
	}
	checkRedundant(t, n, f, x.Acct.Addr)
}
