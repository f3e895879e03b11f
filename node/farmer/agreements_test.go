package farmer_test

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"io"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/farmer"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// Offers: terms signed by the farmer for the renter at its price, collateral sized by maxBytes,
// fresh nonces (also after a restart), and refusals outside the policy.
func TestAgreementOffer(t *testing.T) {
	n := newAgreeNet(t)
	renter := crypto.PubkeyToAddress(n.renter.PublicKey)
	req := proto.OfferRequest{Renter: renter, EndPeriod: n.chain.period + 20, MaxBytes: 1 << 20}
	seen := map[uint64]bool{}
	for i := 0; i < 3; i++ {
		if i == 2 {
			n.restart(t)
		}
		o, err := n.offer(t, n.rh, req)
		if err != nil {
			t.Fatal(err)
		}
		terms := o.Terms.Market()
		if signer, err := n.dom.RecoverOpen(terms, o.FarmerSig); err != nil || signer != n.addr {
			t.Fatalf("offer signed by %s, %v", signer, err)
		}
		wantColl := new(big.Int).Mul(market.Rate(n.pol.PricePerGiB, (1<<20)/proofs.LeafSize), big.NewInt(int64(n.pol.CollateralPeriods)))
		if terms.Renter != renter || terms.Farmer != n.addr || terms.PricePerGiB.Cmp(n.pol.PricePerGiB) != 0 ||
			terms.Collateral.Cmp(wantColl) != 0 || terms.EndPeriod != req.EndPeriod {
			t.Fatalf("terms %+v", terms)
		}
		// The deadline is in chain time: an hour after the end of the current period.
		sch := market.AgreementSchedule{AgreementParams: market.DevnetAgreementParams()}
		if want := sch.PeriodStart(n.chain.period+1) + 3600; terms.Deadline != want {
			t.Fatalf("deadline %d, want %d (an hour after period %d ends)", terms.Deadline, want, n.chain.period)
		}
		if seen[terms.Nonce] {
			t.Fatalf("nonce %d offered twice", terms.Nonce)
		}
		seen[terms.Nonce] = true
	}
	// Tiny agreements still post one base unit of collateral.
	if o, err := n.offer(t, n.rh, proto.OfferRequest{Renter: renter, EndPeriod: n.chain.period + 20, MaxBytes: 1}); err != nil || o.Terms.Collateral.Cmp(big.NewInt(1)) < 0 {
		t.Fatalf("tiny offer: %+v %v", o, err)
	}
	refusals := []struct {
		name   string
		req    proto.OfferRequest
		reason string
	}{
		{"end too soon", proto.OfferRequest{Renter: renter, EndPeriod: n.chain.period + 1, MaxBytes: 1 << 20}, proto.ReasonDuration},
		{"end in the past", proto.OfferRequest{Renter: renter, EndPeriod: n.chain.period - 1, MaxBytes: 1 << 20}, proto.ReasonDuration},
		{"end too late", proto.OfferRequest{Renter: renter, EndPeriod: n.chain.period + 101, MaxBytes: 1 << 20}, proto.ReasonDuration},
		{"more than the capacity", proto.OfferRequest{Renter: renter, EndPeriod: n.chain.period + 20, MaxBytes: agreeCapacity + 1}, proto.ReasonCapacity},
	}
	for _, r := range refusals {
		if _, err := n.offer(t, n.rh, r.req); !isRefused(err, r.reason) {
			t.Fatalf("%s: %v", r.name, err)
		}
	}
	// Not enough free stake for the collateral beside the minimum stake.
	n.chain.mu.Lock()
	n.chain.farmer.Stake = new(big.Int).Add(market.DevnetAgreementParams().MinStake, big.NewInt(1))
	n.chain.mu.Unlock()
	if _, err := n.offer(t, n.rh, req); !isRefused(err, proto.ReasonCollateral) {
		t.Fatalf("offer beyond free stake: %v", err)
	}
	// A zero request is a bad request.
	if _, err := n.offer(t, n.rh, proto.OfferRequest{}); !errors.Is(err, wire.ErrBadRequest) {
		t.Fatalf("empty offer request: %v", err)
	}
}

func TestAgreementOfferExiting(t *testing.T) {
	n := newAgreeNet(t, func(p *farmer.AgreementPolicy) { p.Exiting = true })
	_, err := n.offer(t, n.rh, proto.OfferRequest{Renter: crypto.PubkeyToAddress(n.renter.PublicKey), EndPeriod: n.chain.period + 20, MaxBytes: 1 << 20})
	if !isRefused(err, proto.ReasonExiting) {
		t.Fatalf("offer of an exiting farmer: %v", err)
	}
}

// The whole path: open, store several shards pipelined, revise them in, revise some out (their space
// is freed, unless another agreement holds them), the farmer's tree equal to the renter's; latest,
// prove and the heartbeat's proof source agree with the revision.
func TestAgreementStoreAndRevise(t *testing.T) {
	n := newAgreeNet(t)
	id, r := n.openAgreement(t, n.renter, 2<<20)
	data := randomShards(t, agreeShard, agreeShard, agreeShard, 5*proofs.LeafSize, agreeShard)
	n.storeShards(t, n.renter, id, data)
	var total int64
	for _, d := range data {
		total += int64(len(d))
	}
	if n.store.Used() != total {
		t.Fatalf("used %d after storing %d", n.store.Used(), total)
	}
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, data...)}); err != nil {
		t.Fatalf("first revision: %v", err)
	}
	fs := n.farmerState(t, id)
	if fs.Latest.Revision != r.state.Latest.Revision || fs.Tree.Root() != r.state.Tree.Root() || !bytes.Equal(fs.Latest.FarmerSig, r.state.Latest.FarmerSig) {
		t.Fatalf("farmer state %+v, renter %+v", fs.Latest, r.state.Latest)
	}

	// A second agreement of another renter shares shard 0.
	other, _ := crypto.GenerateKey()
	id2, r2 := n.openAgreement(t, other, 1<<20)
	n.storeShards(t, other, id2, data[:1])
	if err := n.revise(t, r2, market.Change{Add: shardsOf(t, data[0])}); err != nil {
		t.Fatalf("second agreement's revision: %v", err)
	}
	if n.store.Used() != total {
		t.Fatalf("a shard held twice is stored twice: used %d", n.store.Used())
	}

	// Remove shards 0 and 1 and extend the end: until the chain holds the removal both stay (a
	// challenge may come against the revision on chain, whose tree the farmer keeps); then shard 1's
	// space is freed, shard 0 stays for agreement 2.
	before, beforeRoot := r.state.Latest.Number, r.state.Tree.Root()
	if err := n.revise(t, r, market.Change{Remove: []proofs.Hash{rootOf(t, data[0]), rootOf(t, data[1])}, EndPeriod: r.state.Latest.EndPeriod + 5}); err != nil {
		t.Fatalf("removing revision: %v", err)
	}
	if n.store.Used() != total || !n.store.Has(rootOf(t, data[1])) {
		t.Fatalf("used %d right after signing the removal, want %d (removed shards held until the chain has it)", n.store.Used(), total)
	}
	old, err := n.svc.TreeAt(id, before)
	if err != nil || old.Root() != beforeRoot {
		t.Fatalf("tree of the revision on chain: %v, %v", old, err)
	}
	if newer, err := n.svc.TreeAt(id, r.state.Latest.Number); err != nil || newer.Root() != r.state.Tree.Root() {
		t.Fatalf("tree of the newest revision: %v", err)
	}
	if _, err := n.svc.TreeAt(id, r.state.Latest.Number+1); err == nil {
		t.Fatal("tree of a revision never signed")
	}
	if err := n.svc.ChainAt(id, before); err != nil || n.store.Used() != total {
		t.Fatalf("chain still at the old revision: used %d, err %v", n.store.Used(), err)
	}
	if err := n.svc.ChainAt(id, r.state.Latest.Number); err != nil {
		t.Fatal(err)
	}
	if _, err := n.svc.TreeAt(id, before); err == nil {
		t.Fatal("the old revision's shards kept after the chain passed it")
	}
	if want := total - agreeShard; n.store.Used() != want {
		t.Fatalf("used %d after removing, want %d", n.store.Used(), want)
	}
	if !n.store.Has(rootOf(t, data[0])) || n.store.Has(rootOf(t, data[1])) {
		t.Fatal("removed the shared shard, or kept the unshared one")
	}
	// An independent renter-side state built from scratch reaches the same root.
	indep, err := proofs.NewAgreement(shardsOf(t, data[2:]...))
	if err != nil {
		t.Fatal(err)
	}
	fs = n.farmerState(t, id)
	if fs.Tree.Root() != indep.Root() || fs.Latest.Root != indep.Root() || fs.Latest.Number != 2 || fs.Latest.Shards != 3 {
		t.Fatalf("farmer revision %+v, independent root %x", fs.Latest.Revision, indep.Root())
	}

	// AgreementStates are copies.
	fs.Tree.Remove(rootOf(t, data[2]))
	if n.farmerState(t, id).Tree.Shards() != 3 {
		t.Fatal("AgreementStates shares the farmer's tree")
	}

	// Latest, to the renter.
	l, err := n.latest(t, n.rh, proto.LatestRequest{AgreementID: id, Auth: n.auth(t, n.renter, n.rh)})
	if err != nil {
		t.Fatal(err)
	}
	if l.Revision.Market() != r.state.Latest.Revision || !bytes.Equal(l.RenterSig, r.state.Latest.RenterSig) ||
		!bytes.Equal(l.FarmerSig, r.state.Latest.FarmerSig) || len(l.Shards) != 3 {
		t.Fatalf("latest %+v", l)
	}
	for j, e := range l.Shards {
		if e.Shard() != r.state.Tree.Shard(uint64(j)) {
			t.Fatalf("latest shard %d: %+v", j, e)
		}
	}
	// ... but not to another renter.
	if _, err := n.latest(t, n.rh, proto.LatestRequest{AgreementID: id, Auth: n.auth(t, other, n.rh)}); !errors.Is(err, wire.ErrUnauthorized) {
		t.Fatalf("latest to another renter: %v", err)
	}

	// Prove, to anyone: every entry's leaves verify against the revision's root.
	stranger := newHost(t)
	n.connect(t, stranger)
	for j := uint64(0); j < 3; j++ {
		sh := r.state.Tree.Shard(j)
		for _, i := range []uint64{0, sh.Leaves - 1} {
			var p proto.AgreementProofMsg
			if err := call(ctxT(t), stranger, n.fh.ID(), proto.ProveID, proto.ProveRequest{AgreementID: id, Entry: j, Leaf: i}, &p); err != nil {
				t.Fatal(err)
			}
			if p.Number != 2 {
				t.Fatalf("proof against revision %d", p.Number)
			}
			if err := proofs.VerifyAgreementPath(r.state.Latest.Root, r.state.Latest.Shards, j, i, p.Proof(id)); err != nil {
				t.Fatalf("entry %d leaf %d: %v", j, i, err)
			}
		}
	}
	var p proto.AgreementProofMsg
	if err := call(ctxT(t), stranger, n.fh.ID(), proto.ProveID, proto.ProveRequest{AgreementID: id, Entry: 3}, &p); !errors.Is(err, wire.ErrBadRequest) {
		t.Fatalf("proof of an entry past the end: %v", err)
	}
	if err := call(ctxT(t), stranger, n.fh.ID(), proto.ProveID, proto.ProveRequest{AgreementID: 999}, &p); !errors.Is(err, wire.ErrNotFound) {
		t.Fatalf("proof of an unknown agreement: %v", err)
	}
	// The heartbeat's path: the state's tree and the proof source make a proof the chain accepts.
	seed := proofs.Hash{7}
	hp, err := n.farmerState(t, id).Tree.Prove(seed, id, n.svc.ProofSource())
	if err != nil {
		t.Fatal(err)
	}
	if err := proofs.VerifyAgreementLeaf(seed, r.state.Latest.Root, r.state.Latest.Shards, hp); err != nil {
		t.Fatal(err)
	}
}

// Revisions the farmer must not sign.
func TestAgreementReviseRefusals(t *testing.T) {
	n := newAgreeNet(t)
	id, r := n.openAgreement(t, n.renter, 1<<20)
	data := randomShards(t, agreeShard, agreeShard, agreeShard)
	n.storeShards(t, n.renter, id, data[:2])
	// data[2] is stored under another agreement only.
	other, _ := crypto.GenerateKey()
	id2, _ := n.openAgreement(t, other, 1<<20)
	n.storeShards(t, other, id2, data[2:])

	add := market.Change{Add: shardsOf(t, data[0])}
	mallory, _ := crypto.GenerateKey()
	cases := []struct {
		name  string
		req   func() proto.ReviseRequest
		check func(error) bool
	}{
		{"signed by another key", func() proto.ReviseRequest {
			req, _, _ := reviseReq(t, &renterSide{key: mallory, state: r.state}, n.dom, add, nil)
			return req
		}, func(err error) bool { return isRefused(err, proto.ReasonRevision) }},
		{"number skipped", func() proto.ReviseRequest {
			req, _, _ := reviseReq(t, r, n.dom, add, func(rev *market.Revision) { rev.Number = 2 })
			return req
		}, func(err error) bool { return isRefused(err, proto.ReasonRevision) }},
		{"root not the change's", func() proto.ReviseRequest {
			req, _, _ := reviseReq(t, r, n.dom, add, func(rev *market.Revision) { rev.Root[0] ^= 1 })
			return req
		}, func(err error) bool { return isRefused(err, proto.ReasonRevision) }},
		{"leaves not the change's", func() proto.ReviseRequest {
			req, _, _ := reviseReq(t, r, n.dom, add, func(rev *market.Revision) { rev.Leaves++ })
			return req
		}, func(err error) bool { return isRefused(err, proto.ReasonRevision) }},
		{"shard never stored", func() proto.ReviseRequest {
			req, _, _ := reviseReq(t, r, n.dom, market.Change{Add: []proofs.Shard{{Root: proofs.Hash{1}, Leaves: 256}}}, nil)
			return req
		}, func(err error) bool { return isRefused(err, proto.ReasonMissing) }},
		{"shard stored under another agreement", func() proto.ReviseRequest {
			req, _, _ := reviseReq(t, r, n.dom, market.Change{Add: shardsOf(t, data[2])}, nil)
			return req
		}, func(err error) bool { return isRefused(err, proto.ReasonMissing) }},
		{"stored shard with the wrong length", func() proto.ReviseRequest {
			req, _, _ := reviseReq(t, r, n.dom, market.Change{Add: []proofs.Shard{{Root: rootOf(t, data[0]), Leaves: 1}}}, nil)
			return req
		}, func(err error) bool { return isRefused(err, proto.ReasonMissing) }},
		{"removing a shard it does not hold", func() proto.ReviseRequest {
			// The renter's own Next refuses this change, so the request is made by hand.
			req, _, _ := reviseReq(t, r, n.dom, add, nil)
			req.Remove = []proofs.Hash{rootOf(t, data[1])}
			return req
		}, func(err error) bool { return isRefused(err, proto.ReasonRevision) }},
		{"unknown agreement", func() proto.ReviseRequest {
			req, _, _ := reviseReq(t, r, n.dom, add, nil)
			req.Revision.AgreementID = 777
			return req
		}, func(err error) bool { return isRefused(err, proto.ReasonAgreement) }},
	}
	for _, c := range cases {
		if _, err := n.sendRevise(t, n.rh, c.req()); !c.check(err) {
			t.Fatalf("%s: %v", c.name, err)
		}
	}

	// Escrow too low for the revision's rate to its end.
	n.chain.edit(id, func(a *chain.AgreementInfo) { a.Escrow = big.NewInt(1) })
	if err := n.revise(t, r, add); !isRefused(err, proto.ReasonEscrow) {
		t.Fatalf("revision the escrow cannot pay: %v", err)
	}
	n.chain.edit(id, func(a *chain.AgreementInfo) { a.Escrow = market.Tokens(1_000) })

	// A valid one, then its replay and a stale number.
	req, _, _ := reviseReq(t, r, n.dom, add, nil)
	if err := n.revise(t, r, add); err != nil {
		t.Fatal(err)
	}
	if _, err := n.sendRevise(t, n.rh, req); !isRefused(err, proto.ReasonRevision) {
		t.Fatalf("replayed revision: %v", err)
	}
	// Adding a shard already in the tree.
	req, _, _ = reviseReq(t, &renterSide{key: n.renter, state: &market.AgreementState{ID: id, Renter: r.state.Renter, Farmer: n.addr,
		PricePerGiB: r.state.PricePerGiB, Latest: r.state.Latest, Tree: &proofs.Agreement{}}}, n.dom, add, nil)
	if _, err := n.sendRevise(t, n.rh, req); !isRefused(err, proto.ReasonRevision) {
		t.Fatalf("adding a shard twice: %v", err)
	}

	// More data than the collateral backs is refused when it arrives, before its bytes are read: a
	// renter cannot park unpaid data beyond what its agreement could ever hold.
	small, _ := crypto.GenerateKey()
	id3, r3 := n.openAgreement(t, small, 4*proofs.LeafSize) // collateral for 4 leaves
	n.chain.edit(id3, func(a *chain.AgreementInfo) { a.Escrow = market.Tokens(1_000) })
	four, one := make([]byte, 4*proofs.LeafSize), make([]byte, proofs.LeafSize)
	rand.Read(four)
	rand.Read(one)
	used := n.store.Used()
	auth3 := n.auth(t, small, n.rh)
	acks, err := n.storeSession(t, n.rh, proto.StoreRequest{AgreementID: id3, Auth: auth3}, []shardMsg{msgOf(t, four), msgOf(t, one)})
	if !isRefused(err, proto.ReasonSize) || len(acks) != 1 {
		t.Fatalf("staging beyond the collateral: %d acks, %v", len(acks), err)
	}
	if n.store.Used() != used+int64(len(four)) {
		t.Fatalf("refused shard stored: used %d, want %d", n.store.Used(), used+int64(len(four)))
	}
	if err := n.revise(t, r3, market.Change{Add: shardsOf(t, one)}); !isRefused(err, proto.ReasonMissing) {
		t.Fatalf("revision adding the refused shard: %v", err)
	}
	if err := n.revise(t, r3, market.Change{Add: shardsOf(t, four)}); err != nil {
		t.Fatalf("revision of exactly what the collateral backs: %v", err)
	}
	// Committed data counts too: nothing more fits.
	if _, err := n.storeSession(t, n.rh, proto.StoreRequest{AgreementID: id3, Auth: auth3}, []shardMsg{msgOf(t, one)}); !isRefused(err, proto.ReasonSize) {
		t.Fatalf("staging beside a full agreement: %v", err)
	}

	// A settled agreement is not revised.
	n.chain.edit(id, func(a *chain.AgreementInfo) { a.Status = 2 })
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, data[1])}); !isRefused(err, proto.ReasonAgreement) {
		t.Fatalf("revision of a settled agreement: %v", err)
	}
	if got := n.farmerState(t, id).Latest.Number; got != 1 {
		t.Fatalf("farmer at revision %d after refusals", got)
	}
}

// A revise frame above proto.MaxRevise is never read: the stream is reset.
func TestAgreementReviseOversized(t *testing.T) {
	n := newAgreeNet(t)
	s, err := n.rh.NewStream(ctxT(t), n.fh.ID(), proto.ReviseID)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.SetDeadline(time.Now().Add(10 * time.Second))
	s.Write(binary.BigEndian.AppendUint32(nil, proto.MaxRevise+1))
	if _, err := io.ReadAll(s); !isReset(err) {
		t.Fatalf("oversized revise frame: %v", err)
	}
	// Garbage JSON within the cap is a bad request.
	if _, err := n.sendRevise(t, n.rh, proto.ReviseRequest{}); !errors.Is(err, wire.ErrBadRequest) {
		t.Fatalf("empty revise request: %v", err)
	}
}

// Store sessions from peers that may not, and with data that does not match.
func TestAgreementStoreAbuse(t *testing.T) {
	n := newAgreeNet(t)
	id, r := n.openAgreement(t, n.renter, 2<<20)
	good := randomShards(t, agreeShard, agreeShard)
	stranger := newHost(t)
	n.connect(t, stranger)
	mallory, _ := crypto.GenerateKey()

	// The renter's authorization presented by another peer; a stranger's own authorization.
	if _, err := n.storeSession(t, stranger, proto.StoreRequest{AgreementID: id, Auth: n.auth(t, n.renter, n.rh)}, nil); !errors.Is(err, wire.ErrUnauthorized) {
		t.Fatalf("stolen authorization: %v", err)
	}
	if _, err := n.storeSession(t, stranger, proto.StoreRequest{AgreementID: id, Auth: n.auth(t, mallory, stranger)}, nil); !errors.Is(err, wire.ErrUnauthorized) {
		t.Fatalf("stranger's own authorization: %v", err)
	}
	if _, err := n.storeSession(t, n.rh, proto.StoreRequest{AgreementID: 4242, Auth: n.auth(t, n.renter, n.rh)}, nil); !isRefused(err, proto.ReasonAgreement) {
		t.Fatalf("unknown agreement: %v", err)
	}
	auth := n.auth(t, n.renter, n.rh)
	req := proto.StoreRequest{AgreementID: id, Auth: auth}

	// A shard whose bytes do not hash to its root: acked shards before it stay staged, it does not.
	bad := msgOf(t, good[1])
	bad.data = randomShard(t, agreeShard)
	acks, err := n.storeSession(t, n.rh, req, []shardMsg{msgOf(t, good[0]), bad})
	if len(acks) != 1 || !errors.Is(err, &wire.Error{Code: wire.CodeCorrupt, Reason: proto.ReasonMismatch}) {
		t.Fatalf("mismatching shard: %d acks, %v", len(acks), err)
	}
	if n.store.Has(rootOf(t, good[1])) || n.store.Has(rootOf(t, bad.data)) || n.store.Used() != agreeShard {
		t.Fatalf("mismatching shard kept: used %d", n.store.Used())
	}
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, good[1])}); !isRefused(err, proto.ReasonMissing) {
		t.Fatalf("revising in the mismatching shard: %v", err)
	}

	// A header announcing more bytes than sent: the session is reset, nothing is stored.
	short := msgOf(t, good[1])
	short.data = short.data[:agreeShard/2]
	if _, err := n.storeSession(t, n.rh, req, []shardMsg{short}); !isReset(err) {
		t.Fatalf("short shard: %v", err)
	}
	// A shard over the cap; a header that is not whole leaves; garbage in place of a header.
	if _, err := n.storeSession(t, n.rh, req, []shardMsg{{header: proto.ShardHeader{Root: proofs.Hash{1}, Size: 512 << 10}}}); !isRefused(err, proto.ReasonSize) {
		t.Fatalf("oversized shard: %v", err)
	}
	if _, err := n.storeSession(t, n.rh, req, []shardMsg{{header: proto.ShardHeader{Root: proofs.Hash{1}, Size: 100}}}); !errors.Is(err, wire.ErrBadRequest) {
		t.Fatalf("shard of partial leaves: %v", err)
	}
	s, err := n.rh.NewStream(ctxT(t), n.fh.ID(), proto.StoreID)
	if err != nil {
		t.Fatal(err)
	}
	s.SetDeadline(time.Now().Add(10 * time.Second))
	wire.WriteMsg(s, req)
	var ready proto.StoreReady
	if err := wire.ReadResult(s, &ready); err != nil {
		t.Fatal(err)
	}
	wire.WriteFrame(s, []byte(`{"root":"nope","size":256,"extra":1}`))
	var ack proto.ShardAck
	if err := wire.ReadResult(s, &ack); !errors.Is(err, wire.ErrBadRequest) {
		t.Fatalf("garbage header: %v", err)
	}
	s.Close()
	if n.store.Used() != agreeShard {
		t.Fatalf("used %d after the attacks", n.store.Used())
	}
	// The honest session still works.
	n.storeShards(t, n.renter, id, good)
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, good...)}); err != nil {
		t.Fatal(err)
	}
}

// A peer that announces a shard and stalls is reset at the bulk deadline.
func TestAgreementStoreStall(t *testing.T) {
	n := newAgreeNet(t)
	id, _ := n.openAgreement(t, n.renter, 1<<20)
	s, err := n.rh.NewStream(ctxT(t), n.fh.ID(), proto.StoreID)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.SetDeadline(time.Now().Add(20 * time.Second))
	wire.WriteMsg(s, proto.StoreRequest{AgreementID: id, Auth: n.auth(t, n.renter, n.rh)})
	var ready proto.StoreReady
	if err := wire.ReadResult(s, &ready); err != nil {
		t.Fatal(err)
	}
	sh := randomShard(t, agreeShard)
	wire.WriteMsg(s, proto.ShardHeader{Root: rootOf(t, sh), Size: agreeShard})
	s.Write(sh[:1000]) // then nothing
	start := time.Now()
	if _, err := io.ReadAll(s); !isReset(err) {
		t.Fatalf("stalled session: %v", err)
	}
	if d := time.Since(start); d > 15*time.Second {
		t.Fatalf("reset after %v", d)
	}
	if n.store.Used() != 0 {
		t.Fatalf("used %d after a stalled session", n.store.Used())
	}
}

// Staged shards no revision commits expire and free their space; a restarted farmer keeps both its
// committed revisions and its unexpired stagings.
func TestAgreementStagingAndRestart(t *testing.T) {
	n := newAgreeNet(t)
	id, r := n.openAgreement(t, n.renter, 2<<20)
	data := randomShards(t, agreeShard, agreeShard, agreeShard, agreeShard)
	n.storeShards(t, n.renter, id, data[:2])
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, data[:2]...)}); err != nil {
		t.Fatal(err)
	}
	n.storeShards(t, n.renter, id, data[2:3]) // staged, not revised
	before := n.farmerState(t, id)

	n.restart(t)
	after := n.farmerState(t, id)
	if after.Latest.Revision != before.Latest.Revision || !bytes.Equal(after.Latest.RenterSig, before.Latest.RenterSig) ||
		!bytes.Equal(after.Latest.FarmerSig, before.Latest.FarmerSig) || after.Tree.Root() != before.Tree.Root() {
		t.Fatalf("after restart %+v, before %+v", after.Latest, before.Latest)
	}
	// The staging survived: data[2] can be revised in after the restart.
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, data[2])}); err != nil {
		t.Fatalf("revising a shard staged before the restart: %v", err)
	}

	// data[3] is staged, then the TTL passes: it can no longer be revised in, even before the
	// collector runs; the collector frees it.
	n.storeShards(t, n.renter, id, data[3:])
	if n.store.Used() != 4*agreeShard {
		t.Fatalf("used %d", n.store.Used())
	}
	n.clock.add(stageTTL / 2)
	n.svc.CollectStaged(n.clock.Now())
	if !n.store.Has(rootOf(t, data[3])) {
		t.Fatal("staged shard dropped before its expiry")
	}
	n.clock.add(stageTTL/2 + time.Second)
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, data[3])}); !isRefused(err, proto.ReasonMissing) {
		t.Fatalf("revising an expired staging: %v", err)
	}
	// Expiry also runs at start-up.
	n.restart(t)
	if n.store.Has(rootOf(t, data[3])) || n.store.Used() != 3*agreeShard {
		t.Fatalf("expired staging kept: used %d", n.store.Used())
	}
	// Committed shards never expire.
	n.clock.add(10 * stageTTL)
	n.svc.CollectStaged(n.clock.Now())
	for _, d := range data[:3] {
		if !n.store.Has(rootOf(t, d)) {
			t.Fatal("committed shard dropped")
		}
	}
	// A shard staged in two agreements expires in one and stays for the other's revision.
	other, _ := crypto.GenerateKey()
	id2, r2 := n.openAgreement(t, other, 1<<20)
	n.storeShards(t, other, id2, data[3:])
	n.clock.add(stageTTL / 2)
	n.storeShards(t, n.renter, id, data[3:])
	n.clock.add(stageTTL/2 + time.Second)
	n.svc.CollectStaged(n.clock.Now())
	if !n.store.Has(rootOf(t, data[3])) {
		t.Fatal("shard dropped while staged in another agreement")
	}
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, data[3])}); err != nil {
		t.Fatal(err)
	}
	if err := n.revise(t, r2, market.Change{Add: shardsOf(t, data[3])}); !isRefused(err, proto.ReasonMissing) {
		t.Fatalf("revising an expired staging of the other agreement: %v", err)
	}
}

// Downloads: a renter gets the shards of its agreements (committed or staged); another renter, or a
// peer without authorization, does not.
func TestAgreementDownload(t *testing.T) {
	n := newAgreeNet(t)
	id, r := n.openAgreement(t, n.renter, 2<<20)
	data := randomShards(t, agreeShard, agreeShard)
	n.storeShards(t, n.renter, id, data)
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, data[0])}); err != nil {
		t.Fatal(err)
	}
	auth := n.auth(t, n.renter, n.rh)
	for i, d := range data { // committed, then staged
		got, err := download(t, n, n.rh, proto.DownloadRequest{CID: cidOf(t, d), Auth: auth})
		if err != nil || !bytes.Equal(got, d) {
			t.Fatalf("download shard %d: %d bytes, %v", i, len(got), err)
		}
	}
	got, err := download(t, n, n.rh, proto.DownloadRequest{CID: cidOf(t, data[0]), Offset: 256, Length: 512, Auth: auth})
	if err != nil || !bytes.Equal(got, data[0][256:768]) {
		t.Fatalf("range: %v", err)
	}
	other, _ := crypto.GenerateKey()
	n.openAgreement(t, other, 1<<20)
	stranger := newHost(t)
	n.connect(t, stranger)
	if _, err := download(t, n, stranger, proto.DownloadRequest{CID: cidOf(t, data[0]), Auth: n.auth(t, other, stranger)}); !errors.Is(err, wire.ErrUnauthorized) {
		t.Fatalf("download by another renter: %v", err)
	}
	if _, err := download(t, n, stranger, proto.DownloadRequest{CID: cidOf(t, data[0]), Auth: auth}); !errors.Is(err, wire.ErrUnauthorized) {
		t.Fatalf("download with another peer's authorization: %v", err)
	}
	if _, err := download(t, n, n.rh, proto.DownloadRequest{CID: cidOf(t, randomShard(t, 256)), Auth: auth}); !errors.Is(err, wire.ErrNotFound) {
		t.Fatalf("download of an unknown shard: %v", err)
	}
}

// Store sessions and revisions of the same agreement run concurrently: every revision the farmer
// signs is the renter's, and the farmer ends with exactly the renter's tree and the shards it holds.
func TestAgreementConcurrentStoreAndRevise(t *testing.T) {
	n := newAgreeNet(t)
	id, r := n.openAgreement(t, n.renter, 4<<20)
	const rounds = 6
	batches := make([][][]byte, rounds)
	for i := range batches {
		batches[i] = randomShards(t, 8*proofs.LeafSize, 8*proofs.LeafSize, 8*proofs.LeafSize)
	}
	n.storeShards(t, n.renter, id, batches[0])
	done := make(chan error, 1)
	go func() { // store the later batches while the revisions run
		for _, b := range batches[1:] {
			msgs := make([]shardMsg, len(b))
			for i, sh := range b {
				msgs[i] = msgOf(t, sh)
			}
			if _, err := n.storeSession(t, n.rh, proto.StoreRequest{AgreementID: id, Auth: n.auth(t, n.renter, n.rh)}, msgs); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	var prev [][]byte
	for i := 0; i < rounds; i++ {
		c := market.Change{Add: shardsOf(t, batches[i]...)}
		if prev != nil {
			c.Remove = []proofs.Hash{rootOf(t, prev[0])}
		}
		// Until the session has staged the batch, the farmer refuses the revision as missing shards
		// (and signs nothing): the renter retries.
		err := n.revise(t, r, c)
		for deadline := time.Now().Add(10 * time.Second); isRefused(err, proto.ReasonMissing) && time.Now().Before(deadline); {
			time.Sleep(2 * time.Millisecond)
			err = n.revise(t, r, c)
		}
		if err != nil {
			t.Fatalf("round %d: %v", i, err)
		}
		prev = batches[i]
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	fs := n.farmerState(t, id)
	if fs.Latest.Revision != r.state.Latest.Revision || fs.Tree.Root() != r.state.Tree.Root() {
		t.Fatalf("farmer %+v, renter %+v", fs.Latest.Revision, r.state.Latest.Revision)
	}
	if want := int64(rounds*3) * 8 * proofs.LeafSize; n.store.Used() != want {
		t.Fatalf("used %d before the chain holds the removals, want %d", n.store.Used(), want)
	}
	if err := n.svc.ChainAt(id, r.state.Latest.Number); err != nil {
		t.Fatal(err)
	}
	if want := int64(rounds*3-(rounds-1)) * 8 * proofs.LeafSize; n.store.Used() != want {
		t.Fatalf("used %d, want %d", n.store.Used(), want)
	}
}

// Offers size collateral, not reserved space: a farmer holding data still offers agreements up to
// its capacity, and refuses only when it has no room left for a shard.
func TestAgreementOfferWithDataStored(t *testing.T) {
	n := newAgreeNet(t)
	key, _ := crypto.GenerateKey()
	id, _ := n.openAgreement(t, key, agreeCapacity)
	n.chain.edit(id, func(a *chain.AgreementInfo) { a.Escrow = market.Tokens(1_000) })
	n.storeShards(t, key, id, randomShards(t, agreeShard, agreeShard))
	if n.store.Free() >= agreeCapacity {
		t.Fatal("nothing stored")
	}
	renter := crypto.PubkeyToAddress(n.renter.PublicKey)
	if _, err := n.offer(t, n.rh, proto.OfferRequest{Renter: renter, EndPeriod: n.chain.period + 20, MaxBytes: agreeCapacity}); err != nil {
		t.Fatalf("offer of the whole capacity with %d bytes free: %v", n.store.Free(), err)
	}
}

// Shards a revision removed stay on disk until the chain holds the removal, and count against the
// agreement's cap until then: a renter cannot add and remove within a period, again and again, to
// park unpaid data on the farmer.
func TestAgreementHeldShardsCountAgainstTheCap(t *testing.T) {
	n := newAgreeNet(t)
	key, _ := crypto.GenerateKey()
	id, r := n.openAgreement(t, key, 4*proofs.LeafSize) // collateral for 4 leaves
	n.chain.edit(id, func(a *chain.AgreementInfo) { a.Escrow = market.Tokens(1_000) })
	four, one := make([]byte, 4*proofs.LeafSize), make([]byte, proofs.LeafSize)
	rand.Read(four)
	rand.Read(one)
	n.storeShards(t, key, id, [][]byte{four})
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, four)}); err != nil {
		t.Fatal(err)
	}
	if err := n.revise(t, r, market.Change{Remove: []proofs.Hash{rootOf(t, four)}}); err != nil {
		t.Fatal(err)
	}
	auth := n.auth(t, key, n.rh)
	if _, err := n.storeSession(t, n.rh, proto.StoreRequest{AgreementID: id, Auth: auth}, []shardMsg{msgOf(t, one)}); !isRefused(err, proto.ReasonSize) {
		t.Fatalf("staging while the removed shards are held: %v", err)
	}
	if err := n.svc.ChainAt(id, 2); err != nil { // the removal is on chain
		t.Fatal(err)
	}
	if acks, err := n.storeSession(t, n.rh, proto.StoreRequest{AgreementID: id, Auth: auth}, []shardMsg{msgOf(t, one)}); err != nil || len(acks) != 1 {
		t.Fatalf("staging once the removal is on chain: %d acks, %v", len(acks), err)
	}
	// A restart counts the holds again from the database.
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, one)}); err != nil {
		t.Fatal(err)
	}
	if err := n.revise(t, r, market.Change{Remove: []proofs.Hash{rootOf(t, one)}}); err != nil {
		t.Fatal(err)
	}
	n.restart(t)
	if _, err := n.storeSession(t, n.rh, proto.StoreRequest{AgreementID: id, Auth: n.auth(t, key, n.rh)}, []shardMsg{msgOf(t, four)}); !isRefused(err, proto.ReasonSize) {
		t.Fatalf("after a restart, staging 4 leaves beside 1 held: %v", err)
	}
}
