package farmer_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/farmer"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/proofs"
)

// An exiting farmer takes no new data: offers, store sessions, revisions that add shards and
// revisions that move the end later are refused (ReasonExiting), while a revision that only removes
// shards is co-signed, and downloads and proofs of what it holds go on. A restart with
// AgreementPolicy.Exiting is still exiting; calling the exit off takes data again.
func TestAgreementExitingTakesNoNewData(t *testing.T) {
	n := newAgreeNet(t)
	id, r := n.openAgreement(t, n.renter, 2<<20)
	data := randomShards(t, agreeShard, agreeShard, agreeShard)
	n.storeShards(t, n.renter, id, data)
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, data[:2]...)}); err != nil {
		t.Fatal(err)
	}
	// data[2] is staged (stored before the exit), not revised in.

	n.svc.SetExiting(true)
	if !n.svc.Exiting() {
		t.Fatal("not exiting after SetExiting(true)")
	}
	check := func(when string) {
		t.Helper()
		renter := crypto.PubkeyToAddress(n.renter.PublicKey)
		if _, err := n.offer(t, n.rh, proto.OfferRequest{Renter: renter, EndPeriod: n.chain.period + 20, MaxBytes: 1 << 20}); !isRefused(err, proto.ReasonExiting) {
			t.Fatalf("%s: offer: %v", when, err)
		}
		more := randomShards(t, agreeShard)
		if _, err := n.storeSession(t, n.rh, proto.StoreRequest{AgreementID: id, Auth: n.auth(t, n.renter, n.rh)}, []shardMsg{msgOf(t, more[0])}); !isRefused(err, proto.ReasonExiting) {
			t.Fatalf("%s: store session: %v", when, err)
		}
		if err := n.revise(t, r, market.Change{Add: shardsOf(t, data[2])}); !isRefused(err, proto.ReasonExiting) {
			t.Fatalf("%s: revision adding a staged shard: %v", when, err)
		}
		if err := n.revise(t, r, market.Change{EndPeriod: r.state.Latest.EndPeriod + 5}); !isRefused(err, proto.ReasonExiting) {
			t.Fatalf("%s: revision moving the end: %v", when, err)
		}
		// What it holds is still served and proven.
		auth := n.auth(t, n.renter, n.rh)
		for _, d := range data[:2] {
			if !r.state.Tree.Has(rootOf(t, d)) {
				continue
			}
			got, err := download(t, n, n.rh, proto.DownloadRequest{CID: cidOf(t, d), Auth: auth})
			if err != nil || !bytes.Equal(got, d) {
				t.Fatalf("%s: download: %d bytes, %v", when, len(got), err)
			}
		}
		var p proto.AgreementProofMsg
		if err := call(ctxT(t), n.rh, n.fh.ID(), proto.ProveID, proto.ProveRequest{AgreementID: id, Entry: 0}, &p); err != nil {
			t.Fatalf("%s: prove: %v", when, err)
		}
		if err := proofs.VerifyAgreementPath(r.state.Latest.Root, r.state.Latest.Shards, 0, 0, p.Proof(id)); err != nil {
			t.Fatalf("%s: proof: %v", when, err)
		}
	}
	check("exiting")

	// Removals are co-signed: the renter moves its data away.
	if err := n.revise(t, r, market.Change{Remove: []proofs.Hash{rootOf(t, data[0])}}); err != nil {
		t.Fatalf("removal while exiting: %v", err)
	}
	if fs := n.farmerState(t, id); fs.Latest.Number != 2 || fs.Tree.Has(rootOf(t, data[0])) || !fs.Tree.Has(rootOf(t, data[1])) {
		t.Fatalf("farmer state after the removal: %+v", fs.Latest.Revision)
	}

	// Restarted as exiting (what `farmer run` does when the data directory records the exit).
	n.pol.Exiting = true
	n.restart(t)
	if !n.svc.Exiting() {
		t.Fatal("restarted with Policy.Exiting, not exiting")
	}
	check("after a restart")
	if err := n.revise(t, r, market.Change{Remove: []proofs.Hash{rootOf(t, data[1])}}); err != nil {
		t.Fatalf("last removal after the restart: %v", err)
	}
	if fs := n.farmerState(t, id); fs.Latest.Leaves != 0 || fs.Latest.Shards != 0 {
		t.Fatalf("the agreement is not empty after the last removal: %+v", fs.Latest.Revision)
	}

	// Called off: new data again.
	n.svc.SetExiting(false)
	more := randomShards(t, agreeShard)
	n.storeShards(t, n.renter, id, more)
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, more...)}); err != nil {
		t.Fatalf("revision after the exit was called off: %v", err)
	}
}

// exitChain is the AgreementMarket as an exit step reads and writes it, with the contract's stake
// rules (requestUnstake restarts the unbonding delay, withdrawStake only once it passed).
type exitChain struct {
	me         common.Address
	sched      market.AgreementSchedule
	head       chain.Head
	st         chain.Standing
	info       chain.FarmerInfo
	agreements map[uint64]chain.AgreementInfo
	calls      []string
}

func newExitChain() *exitChain {
	sched := market.AgreementSchedule{AgreementParams: market.DevnetAgreementParams()}
	c := &exitChain{me: common.HexToAddress("0xf1"), sched: sched, head: chain.Head{Period: 10, Time: time.Unix(1_000_000, 0)},
		agreements: map[uint64]chain.AgreementInfo{}}
	c.st = chain.Standing{Free: market.Tokens(900), Locked: market.Tokens(100), Unbonding: new(big.Int), Announced: true,
		Capacity: 1 << 30, ObligedFrom: 3, ObligedUntil: 30, PricePerGiB: market.Tokens(2)}
	c.info = chain.FarmerInfo{Address: c.me, PeerID: []byte("peer"), Addrs: []byte("addrs"), PricePerGiB: market.Tokens(2),
		Capacity: 1 << 30, Announced: true}
	c.agreements[1] = chain.AgreementInfo{ID: 1, Status: chain.AgreementOpen, Farmer: c.me, Leaves: 64, Shards: 2, EndPeriod: 30,
		Collateral: market.Tokens(60)}
	c.agreements[2] = chain.AgreementInfo{ID: 2, Status: chain.AgreementOpen, Farmer: c.me, EndPeriod: 25, Collateral: market.Tokens(40)}
	c.agreements[3] = chain.AgreementInfo{ID: 3, Status: chain.AgreementSettled, Farmer: c.me, EndPeriod: 20, Collateral: market.Tokens(10)}
	return c
}

func (c *exitChain) Address() common.Address            { return c.me }
func (c *exitChain) Schedule() market.AgreementSchedule { return c.sched }
func (c *exitChain) Head(context.Context) (chain.Head, error) {
	return c.head, nil
}
func (c *exitChain) Standing(context.Context, common.Address) (chain.Standing, error) {
	st := c.st
	st.Free, st.Locked, st.Unbonding = new(big.Int).Set(c.st.Free), new(big.Int).Set(c.st.Locked), new(big.Int).Set(c.st.Unbonding)
	return st, nil
}
func (c *exitChain) Farmer(context.Context, common.Address) (chain.FarmerInfo, error) {
	return c.info, nil
}
func (c *exitChain) AgreementsWith(context.Context, common.Address) ([]uint64, error) {
	return []uint64{1, 2, 3}, nil
}
func (c *exitChain) Agreement(_ context.Context, id uint64) (chain.AgreementInfo, error) {
	return c.agreements[id], nil
}
func (c *exitChain) Announce(_ context.Context, peerID, addrs []byte, price *big.Int, capacity uint64) error {
	c.calls = append(c.calls, fmt.Sprintf("announce %s %s %v %d", peerID, addrs, price, capacity))
	c.info.Capacity, c.st.Capacity = capacity, capacity
	return nil
}
func (c *exitChain) RequestUnstake(_ context.Context, amount *big.Int) error {
	if amount.Sign() == 0 || amount.Cmp(c.st.Free) > 0 {
		return errors.New("test: bad unstake")
	}
	c.calls = append(c.calls, "unstake "+amount.String())
	c.st.Free.Sub(c.st.Free, amount)
	c.st.Unbonding.Add(c.st.Unbonding, amount)
	c.st.UnbondingReady = c.head.Time.Add(time.Duration(c.sched.UnbondingSeconds) * time.Second)
	return nil
}
func (c *exitChain) WithdrawStake(context.Context) error {
	if c.st.Unbonding.Sign() == 0 || c.head.Time.Before(c.st.UnbondingReady) {
		return errors.New("test: nothing to withdraw")
	}
	c.calls = append(c.calls, "withdraw "+c.st.Unbonding.String())
	c.st.Unbonding = new(big.Int)
	return nil
}

// close ends agreement id as AgreementMarket.close does: its collateral back to the free stake.
func (c *exitChain) close(id uint64) {
	a := c.agreements[id]
	a.Status = chain.AgreementSettled
	c.agreements[id] = a
	c.st.Locked.Sub(c.st.Locked, a.Collateral)
	c.st.Free.Add(c.st.Free, a.Collateral)
}

func (c *exitChain) to(period uint32) {
	c.head.Time = c.head.Time.Add(time.Duration(period-c.head.Period) * time.Duration(c.sched.PeriodSeconds) * time.Second)
	c.head.Period = period
}

// An exit, step by step: capacity 0 announced once (peer, addresses and price kept); no stake moves
// while agreements are open; once they are all closed the free stake (collateral included) unbonds
// in one request; the unbonded stake is withdrawn only once the unbonding delay has passed AND the
// last owed heartbeat (obligedUntil) can no longer be reported; then the exit is done.
func TestExitStep(t *testing.T) {
	ctx := context.Background()
	c := newExitChain()
	p, err := farmer.ExitStep(ctx, c, farmer.ExitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c.calls, []string{"announce peer addrs 2000000000000000000 0"}) || !p.Announced || !p.Exiting {
		t.Fatalf("first step: calls %q, progress %+v", c.calls, p)
	}
	if len(p.Open) != 2 || p.HoldingData != 1 || p.Unstaked.Sign() != 0 || p.Withdrawn.Sign() != 0 || p.Done ||
		p.ObligedUntil != 30 || p.WithdrawFrom != 30+1+4 || p.Free.Cmp(market.Tokens(900)) != 0 || !strings.Contains(p.Next(), "1 agreements still hold data") {
		t.Fatalf("first step: %+v (%s)", p, p.Next())
	}
	c.calls = nil
	if p, err = farmer.ExitStep(ctx, c, farmer.ExitOptions{}); err != nil || len(c.calls) != 0 || p.Announced || !p.Exiting {
		t.Fatalf("second step: calls %q, %+v, %v", c.calls, p, err)
	}

	// The data moved: one agreement closed, the other empty and open.
	c.close(1)
	if p, err = farmer.ExitStep(ctx, c, farmer.ExitOptions{}); err != nil || len(c.calls) != 0 || p.HoldingData != 0 ||
		len(p.Open) != 1 || !strings.Contains(p.Next(), "wait for their renters to close them") {
		t.Fatalf("one agreement left, empty: calls %q, %+v (%s), %v", c.calls, p, p.Next(), err)
	}
	c.close(2)
	c.to(12)
	p, err = farmer.ExitStep(ctx, c, farmer.ExitOptions{})
	if err != nil || !reflect.DeepEqual(c.calls, []string{"unstake 1000000000000000000000"}) || p.Free.Sign() != 0 || p.Locked.Sign() != 0 ||
		p.Unbonding.Cmp(market.Tokens(1000)) != 0 || p.Unstaked.Cmp(market.Tokens(1000)) != 0 || p.Done {
		t.Fatalf("all closed: calls %q, %+v, %v", c.calls, p, err)
	}
	ready := p.UnbondingReady
	c.calls = nil

	// Unbonded (six periods later) but heartbeats are owed until 30: nothing withdrawn before 35.
	c.to(30)
	if p, err = farmer.ExitStep(ctx, c, farmer.ExitOptions{}); err != nil || len(c.calls) != 0 || p.Done ||
		!strings.Contains(p.Next(), "withdrawn from period 35") {
		t.Fatalf("owing heartbeats: calls %q, %+v (%s), %v", c.calls, p, p.Next(), err)
	}
	if !c.head.Time.After(ready) {
		t.Fatal("test: the unbonding delay has not passed")
	}
	c.to(35)
	p, err = farmer.ExitStep(ctx, c, farmer.ExitOptions{})
	if err != nil || !reflect.DeepEqual(c.calls, []string{"withdraw 1000000000000000000000"}) || p.Withdrawn.Cmp(market.Tokens(1000)) != 0 ||
		!p.Done || p.Unbonding.Sign() != 0 {
		t.Fatalf("withdrawal: calls %q, %+v, %v", c.calls, p, err)
	}
	c.calls = nil
	if p, err = farmer.ExitStep(ctx, c, farmer.ExitOptions{}); err != nil || len(c.calls) != 0 || !p.Done {
		t.Fatalf("after the end: calls %q, %+v, %v", c.calls, p, err)
	}
}

// --unstake unbonds the free stake at once, agreements open or not; a disqualified farmer announces
// nothing.
func TestExitStepUnstakeAndDisqualified(t *testing.T) {
	ctx := context.Background()
	c := newExitChain()
	p, err := farmer.ExitStep(ctx, c, farmer.ExitOptions{Unstake: true})
	if err != nil || len(c.calls) != 2 || c.calls[1] != "unstake 900000000000000000000" || p.Free.Sign() != 0 || p.Locked.Cmp(market.Tokens(100)) != 0 {
		t.Fatalf("unstake: calls %q, %+v, %v", c.calls, p, err)
	}
	c = newExitChain()
	c.st.Disqualified, c.info.Disqualified = true, true
	if p, err = farmer.ExitStep(ctx, c, farmer.ExitOptions{}); err != nil || len(c.calls) != 0 || !p.Disqualified || p.Announced || p.Exiting {
		t.Fatalf("disqualified: calls %q, %+v, %v", c.calls, p, err)
	}
}

// The exit recorded in the data directory survives, and the first record is kept.
func TestExitRecord(t *testing.T) {
	dir := t.TempDir()
	if _, ok, err := farmer.ExitRecorded(dir); ok || err != nil {
		t.Fatalf("fresh directory: %v %v", ok, err)
	}
	first := farmer.ExitRecord{Since: time.Unix(1_700_000_000, 0).UTC(), Period: 7}
	if got, err := farmer.MarkExiting(dir, first); err != nil || got != first {
		t.Fatalf("mark: %+v %v", got, err)
	}
	if got, err := farmer.MarkExiting(dir, farmer.ExitRecord{Since: time.Now(), Period: 9}); err != nil || got != first {
		t.Fatalf("marked again: %+v %v, want the first record", got, err)
	}
	if got, ok, err := farmer.ExitRecorded(dir); !ok || err != nil || got != first {
		t.Fatalf("read back: %+v %v %v", got, ok, err)
	}
}
