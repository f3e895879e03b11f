package testnet

import (
	"bytes"
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/proofs"
)

// challengeAnswered counts the ChallengeAnswered events of agreement id.
func (n *AgreementNet) challengeAnswered(id uint64) int {
	n.t.Helper()
	it, err := n.Chain.Agreements.FilterChallengeAnswered(&bind.FilterOpts{Start: n.Dep.StartBlock}, []uint64{id})
	if err != nil {
		n.t.Fatal(err)
	}
	defer it.Close()
	c := 0
	for it.Next() {
		c++
	}
	return c
}

// waitAnswered waits (bounded) until agreement id has no open challenge and returns its chain state.
func (n *AgreementNet) waitAnswered(id uint64) chain.AgreementInfo {
	n.t.Helper()
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(2 * time.Millisecond) {
		info := agreementInfo(n.t.(*testing.T), n.Renter.Client, id)
		if info.ChallengeBlock == 0 {
			return info
		}
		if time.Now().After(deadline) {
			n.t.Fatalf("challenge of agreement %d (block %d) unanswered after 20 s", id, info.ChallengeBlock)
		}
	}
}

// TestAgreementChallengeAnswered: a renter challenges an honest farmer's live agreement. The
// farmer's loop waits for the challenge's seed (poking), proves the picked leaf of the revision on
// chain and answers: one ChallengeAnswered, the fee in the farmer's market balance and out of the
// renter's tokens. After the deadline has passed, claimChallenge reverts NoChallenge and the
// agreement stays open and keeps being proven.
func TestAgreementChallengeAnswered(t *testing.T) {
	n, _ := faultNet(t, AgreementConfig{})
	ctx := context.Background()
	r := n.Renter
	fee := n.cfg.Params.ChallengeFee
	data := randomBytes(61, 1<<20+7)
	if _, err := r.Put(ctx, "a.bin", bytes.NewReader(data), faultParams); err != nil {
		t.Fatalf("put: %v", err)
	}
	n.cycle() // the heartbeats post the revisions: the agreements have data on chain
	f := n.Farmers[0]
	id := bookID(t, r, f.Acct.Addr)
	if info := agreementInfo(t, r.Client, id); info.Leaves == 0 || info.Status != chain.AgreementOpen {
		t.Fatalf("agreement %d not live on chain: %+v", id, info)
	}
	// Only the renter may challenge (a stranger who could pay the fee is refused by the contract).
	expectRevert(t, n.Client(n.Chain.NewAccount(t, market.Tokens(10))).Challenge(ctx, id), "NotRenter")

	farmerBal, renterTok := n.marketBalance(f.Acct.Addr), n.tokens(r.Acct.Addr)
	if err := r.Client.Challenge(ctx, id); err != nil {
		t.Fatalf("challenge: %v", err)
	}
	issued := agreementInfo(t, r.Client, id)
	if issued.ChallengeBlock == 0 || issued.ChallengeDeadline == 0 {
		t.Fatalf("challenge not open on chain: %+v", issued)
	}
	info := n.waitAnswered(id)
	if got := n.challengeAnswered(id); got != 1 {
		t.Fatalf("%d ChallengeAnswered events, want 1", got)
	}
	if want := new(big.Int).Add(farmerBal, fee); n.marketBalance(f.Acct.Addr).Cmp(want) != 0 {
		t.Fatalf("farmer's market balance %v, want %v (the fee)", n.marketBalance(f.Acct.Addr), want)
	}
	if want := new(big.Int).Sub(renterTok, fee); n.tokens(r.Acct.Addr).Cmp(want) != 0 {
		t.Fatalf("renter's tokens %v, want %v (the fee paid)", n.tokens(r.Acct.Addr), want)
	}
	if info.Status != chain.AgreementOpen || info.Number != issued.Number {
		t.Fatalf("agreement after the answer: %+v", info)
	}

	// Past the deadline (period by period, the heartbeats keep up): nothing to claim.
	for n.Chain.Now(t) <= issued.ChallengeDeadline {
		n.cycle()
	}
	expectRevert(t, r.Client.ClaimChallenge(ctx, id), "NoChallenge")
	if info := agreementInfo(t, r.Client, id); info.Status != chain.AgreementOpen {
		t.Fatalf("agreement %d status %d after the claim, want open", id, info.Status)
	}
	if got := n.challengeAnswered(id); got != 1 {
		t.Fatalf("%d ChallengeAnswered events, want 1 (answered once)", got)
	}
	p := n.cycle()
	if proven, err := r.Client.ProvenIn(ctx, id, p); err != nil || !proven {
		t.Fatalf("agreement %d not proven in period %d after the challenge: %v", id, p, err)
	}
	mustGet(t, r, "a.bin", data)
}

// TestAgreementChallengeAgainstOlderRoot is the attack: the renter puts two files, removes one (the
// farmers co-sign the smaller revision), then at once challenges against the older root still on
// chain, before any heartbeat posts the removal. The farmer kept the removed shards (they are held
// until the chain has the removal) and the older revision's tree: it answers against the root on
// chain and gets the fee. The next heartbeat posts the removal; the farmer then frees the removed
// shards. A second challenge, now against the newer root, is answered too. The Restart variant
// restarts the farmer between the removal and the challenge: what it holds is on disk, not in memory.
func TestAgreementChallengeAgainstOlderRoot(t *testing.T) { testOlderRoot(t, false) }

func TestAgreementChallengeAgainstOlderRootRestart(t *testing.T) { testOlderRoot(t, true) }

func testOlderRoot(t *testing.T, restart bool) {
	n, _ := faultNet(t, AgreementConfig{})
	ctx := context.Background()
	r := n.Renter
	fee := n.cfg.Params.ChallengeFee
	a, b := randomBytes(71, 1<<20+3), randomBytes(72, 1<<20+5)
	if _, err := r.Put(ctx, "a.bin", bytes.NewReader(a), faultParams); err != nil {
		t.Fatalf("put a: %v", err)
	}
	if _, err := r.Put(ctx, "b.bin", bytes.NewReader(b), faultParams); err != nil {
		t.Fatalf("put b: %v", err)
	}
	n.cycle()
	f := n.Farmers[0]
	id := bookID(t, r, f.Acct.Addr)
	old := agreementInfo(t, r.Client, id)
	if st := localState(f, id); old.Number != st.Latest.Number || old.Leaves == 0 {
		t.Fatalf("chain at revision %d (%d leaves), farmer at %d", old.Number, old.Leaves, st.Latest.Number)
	}
	usedBefore := map[int]int64{}
	for i, g := range n.Farmers {
		usedBefore[i] = g.Store.Used()
	}

	if err := r.Remove(ctx, "a.bin"); err != nil {
		t.Fatalf("remove a: %v", err)
	}
	st := localState(f, id)
	if st.Latest.Number <= old.Number {
		t.Fatalf("farmer did not sign the removal: at %d, chain at %d", st.Latest.Number, old.Number)
	}
	// The shards the removal took out, from the tree of the revision on chain.
	oldTree, err := f.Svc.TreeAt(id, old.Number)
	if err != nil || oldTree.Root() != old.Root {
		t.Fatalf("farmer lost the tree of the revision on chain: %v", err)
	}
	var removed []proofs.Hash
	for _, sh := range oldTree.List() {
		if !st.Tree.Has(sh.Root) {
			removed = append(removed, sh.Root)
		}
	}
	if len(removed) == 0 {
		t.Fatal("the removal took no shard out")
	}
	for _, h := range removed {
		if !f.Store.Has(h) {
			t.Fatalf("removed shard %x deleted while the chain still holds revision %d", h[:4], old.Number)
		}
	}
	for i, g := range n.Farmers {
		if g.Store.Used() != usedBefore[i] {
			t.Fatalf("farmer %d freed %d bytes before the removal is on chain", i, usedBefore[i]-g.Store.Used())
		}
	}

	if restart {
		f.Stop()
		f.Start()
		if tr, err := f.Svc.TreeAt(id, old.Number); err != nil || tr.Root() != old.Root {
			t.Fatalf("after a restart, the tree of the revision on chain: %v", err)
		}
		for _, h := range removed {
			if !f.Store.Has(h) {
				t.Fatalf("removed shard %x deleted by the restart", h[:4])
			}
		}
	}

	// The attack: challenge at once, against the older root on chain.
	farmerBal := n.marketBalance(f.Acct.Addr)
	if err := r.Client.Challenge(ctx, id); err != nil {
		t.Fatalf("challenge: %v", err)
	}
	if info := agreementInfo(t, r.Client, id); info.Number != old.Number || info.Root != old.Root || info.ChallengeBlock == 0 {
		t.Fatalf("challenge not against the older revision: %+v", info)
	}
	info := n.waitAnswered(id)
	if info.Status != chain.AgreementOpen || info.Number != old.Number || info.Root != old.Root {
		t.Fatalf("after the answer: %+v (older revision %d)", info, old.Number)
	}
	if n.challengeAnswered(id) != 1 {
		t.Fatal("no ChallengeAnswered")
	}
	if want := new(big.Int).Add(farmerBal, fee); n.marketBalance(f.Acct.Addr).Cmp(want) != 0 {
		t.Fatalf("farmer's market balance %v, want %v", n.marketBalance(f.Acct.Addr), want)
	}
	expectRevert(t, r.Client.ClaimChallenge(ctx, id), "NoChallenge")

	// The next heartbeat posts the removal; then the farmers free the removed shards.
	n.cycle()
	if info := agreementInfo(t, r.Client, id); info.Number != st.Latest.Number || info.Root != st.Latest.Root {
		t.Fatalf("removal not posted: chain at %d, farmer at %d", info.Number, st.Latest.Number)
	}
	for i, g := range n.Farmers {
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(2 * time.Millisecond) {
			ok, why := diskMatches(t, g)
			if ok && g.Store.Used() < usedBefore[i] {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("farmer %d after the removal is on chain: %s (used %d before)", i, why, usedBefore[i])
			}
		}
	}
	for _, h := range removed {
		if f.Store.Has(h) {
			t.Fatalf("removed shard %x still on disk after the removal is on chain", h[:4])
		}
	}
	if _, err := f.Svc.TreeAt(id, old.Number); err == nil {
		t.Fatal("the older revision's tree kept after the chain passed it")
	}

	// A challenge against the newer root is answered from the newest tree.
	if err := r.Client.Challenge(ctx, id); err != nil {
		t.Fatalf("second challenge: %v", err)
	}
	if info := n.waitAnswered(id); info.Status != chain.AgreementOpen || info.Number != st.Latest.Number {
		t.Fatalf("after the second answer: %+v", info)
	}
	if n.challengeAnswered(id) != 2 {
		t.Fatal("second challenge not answered")
	}
	mustGet(t, r, "b.bin", b)
}

// waitDisk waits (bounded) until farmer f stores exactly the shards its agreements commit, want bytes.
func waitDisk(t *testing.T, f *AgreementFarmer, want int64, when string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(2 * time.Millisecond) {
		ok, why := diskMatches(t, f)
		if ok && f.Store.Used() == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("farmer %s %s: %s (want %d bytes)", f.Acct.Addr, when, why, want)
		}
	}
}
