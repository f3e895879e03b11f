package heartbeat_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/granary-network/granary/node/chain"
)

func (e *env) answered(id uint64) int {
	e.t.Helper()
	it, err := e.c.Agreements.FilterChallengeAnswered(&bind.FilterOpts{Context: context.Background()}, []uint64{id})
	if err != nil {
		e.t.Fatal(err)
	}
	defer it.Close()
	n := 0
	for it.Next() {
		n++
	}
	return n
}

// The renter challenges two live agreements. Agreement a has a newer revision signed off chain: the
// loop answers against the revision ON CHAIN (the farmer's older tree), once, and gets the fee.
// Agreement bad has corrupted shards: the loop never sends an answer it cannot verify (no transaction
// at all), and after the deadline anyone fails only that agreement; a stays open, the farmer is not
// disqualified, and a claim on a reverts NoChallenge.
func TestLoopAnswersChallenges(t *testing.T) {
	e := newEnv(t, 10_000)
	ctx := context.Background()
	a, bad := e.open(20), e.open(20)
	e.revise(a, 3, 5)
	e.revise(bad, 4)
	l := e.loop()
	e.tick(l, 1) // posts both revisions
	e.c.ToPeriod(t, 2, uint64(e.p.GraceSeconds)+1)
	e.tick(l, 2)
	onChain := e.info(a)
	if onChain.Number != 1 || e.info(bad).Number != 1 {
		t.Fatalf("revisions not on chain: %+v", onChain)
	}
	e.revise(a, 7) // revision 2, off chain: the chain still holds 1
	e.fs.corrupt(bad)

	fee := e.p.ChallengeFee
	bal0, err := e.fc.Balance(ctx, e.farmer.Addr)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.rc.Challenge(ctx, a); err != nil {
		t.Fatal(err)
	}
	if err := e.rc.Challenge(ctx, bad); err != nil {
		t.Fatal(err)
	}
	expectRevert(t, e.rc.Challenge(ctx, a), "ChallengeOpen")
	for i := 0; e.info(a).ChallengeBlock != 0; i++ {
		if i == 10 {
			t.Fatalf("challenge of a unanswered after 10 ticks: %+v", e.info(a))
		}
		if err := l.Tick(ctx); err != nil {
			t.Fatal(err)
		}
	}
	info := e.info(a)
	if info.Number != onChain.Number || info.Root != onChain.Root || info.Status != chain.AgreementOpen || e.answered(a) != 1 {
		t.Fatalf("after the answer: %+v, %d answers", info, e.answered(a))
	}
	if bal, _ := e.fc.Balance(ctx, e.farmer.Addr); bal.Cmp(new(big.Int).Add(bal0, fee)) != 0 {
		t.Fatalf("farmer's balance %v, want %v + the fee %v", bal, bal0, fee)
	}

	// More ticks: nothing is sent for the corrupted agreement, a is not answered twice.
	nonce := e.nonceOf(e.farmer.Addr)
	for range 5 {
		if err := l.Tick(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if e.nonceOf(e.farmer.Addr) != nonce || e.answered(bad) != 0 || e.answered(a) != 1 {
		t.Fatalf("loop sent %d transactions; answers: bad %d, a %d", e.nonceOf(e.farmer.Addr)-nonce, e.answered(bad), e.answered(a))
	}
	openBad := e.info(bad)
	if openBad.ChallengeBlock == 0 {
		t.Fatal("the corrupted agreement's challenge closed")
	}
	expectRevert(t, e.xc.ClaimChallenge(ctx, bad), "ChallengeNotExpired")

	// Past the deadline: the unanswered challenge fails bad only.
	e.c.AdvanceTo(t, openBad.ChallengeDeadline+1)
	if err := l.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if err := e.xc.ClaimChallenge(ctx, bad); err != nil {
		t.Fatalf("claim the unanswered challenge: %v", err)
	}
	expectRevert(t, e.xc.ClaimChallenge(ctx, a), "NoChallenge")
	if st := e.info(bad).Status; st != chain.AgreementFailed {
		t.Fatalf("bad status %d, want failed", st)
	}
	if st := e.info(a).Status; st != chain.AgreementOpen {
		t.Fatalf("a status %d, want open", st)
	}
	if f, err := e.fc.Farmer(ctx, e.farmer.Addr); err != nil || f.Disqualified {
		t.Fatalf("farmer disqualified by an unanswered challenge: %v", err)
	}
}

// A revision the chain refuses (here: a bad renter signature) is left out of the heartbeat; the
// agreement is then proven against the revision the chain still holds, from the farmer's kept tree,
// instead of being lost (and reportable).
func TestLoopProvesOnChainRevisionWhenItsRevisionIsRefused(t *testing.T) {
	e := newEnv(t, 10_000)
	a := e.open(20)
	e.revise(a, 3, 5)
	l := e.loop()
	e.tick(l, 1)
	if e.info(a).Number != 1 {
		t.Fatal("first revision not posted")
	}
	e.revise(a, 7)
	e.fs.mu.Lock()
	st := e.fs.states[a]
	bad, err := e.fc.Domain().SignRevision(st.Latest.Revision, e.farmer.Key) // not the renter's
	if err != nil {
		t.Fatal(err)
	}
	st.Latest.RenterSig = bad
	e.fs.mu.Unlock()
	e.c.ToPeriod(t, 2, uint64(e.p.GraceSeconds)+1)
	s := e.tick(l, 2)
	if !s.Sent || s.Revisions != 0 || s.Proofs != 1 || len(s.Lost) != 0 {
		t.Fatalf("period 2: %+v", s)
	}
	if ok, err := e.fc.ProvenIn(context.Background(), a, 2); err != nil || !ok {
		t.Fatalf("agreement not proven in 2: %v", err)
	}
	if e.info(a).Number != 1 {
		t.Fatal("the refused revision reached the chain")
	}
}
