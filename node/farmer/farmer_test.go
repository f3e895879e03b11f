package farmer_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/farmer"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/storage"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

func TestQuote(t *testing.T) {
	n := newNet(t)
	var q proto.Quote
	if err := call(ctxT(t), n.rh, n.fh.ID(), proto.QuoteID, proto.QuoteRequest{}, &q); err != nil {
		t.Fatal(err)
	}
	want := proto.Quote{
		Farmer: n.farmer.Addr, ChainID: n.chain.ChainID.Uint64(), Market: n.chain.MarketAddr, PricePerGiB: n.policy.PricePerGiB,
		FreeBytes: capacity, Stake: market.Tokens(500), MinPeriods: n.policy.MinPeriods, MaxPeriods: n.policy.MaxPeriods,
		MaxDealSize: n.policy.MaxDealSize, CollateralBps: n.policy.CollateralBps,
	}
	if q.Farmer != want.Farmer || q.ChainID != want.ChainID || q.Market != want.Market || q.PricePerGiB.Cmp(want.PricePerGiB) != 0 ||
		q.FreeBytes != want.FreeBytes || q.Stake.Cmp(want.Stake) != 0 || q.MinPeriods != want.MinPeriods ||
		q.MaxPeriods != want.MaxPeriods || q.MaxDealSize != want.MaxDealSize || q.CollateralBps != want.CollateralBps {
		t.Fatalf("quote %+v, want %+v", q, want)
	}
	// An accepted proposal holds its space: the next quote offers less.
	d := n.newDeal(t, n.renter.Key, randomShards(t, shardSize, shardSize), nil)
	if _, err := n.propose(t, n.rh, d); err != nil {
		t.Fatal(err)
	}
	if err := call(ctxT(t), n.rh, n.fh.ID(), proto.QuoteID, proto.QuoteRequest{}, &q); err != nil {
		t.Fatal(err)
	}
	if q.FreeBytes != capacity-2*shardSize {
		t.Fatalf("free after accepting %d bytes: %d", 2*shardSize, q.FreeBytes)
	}
}

// The whole life of a deal: propose, upload, submit on chain with both signatures, download whole
// shards and ranges, audit leaves against the root on chain.
func TestDealLifecycle(t *testing.T) {
	n := newNet(t)
	ctx := ctxT(t)
	shards := randomShards(t, shardSize, shardSize, shardSize, 5*proofs.LeafSize) // 3 full shards and a short one
	d := n.newDeal(t, n.renter.Key, shards, nil)
	acc, err := n.propose(t, n.rh, d)
	if err != nil {
		t.Fatal(err)
	}
	if len(acc.ID) != 32 || acc.Expires < time.Now().Add(n.policy.ProposalTTL-2*time.Second).Unix() {
		t.Fatalf("accepted: %+v", acc)
	}
	// Only the peer that proposed may upload.
	if _, err := n.upload(t, n.peer(t), acc.ID, shards); !errors.Is(err, wire.ErrUnauthorized) {
		t.Fatalf("upload by another peer: %v", err)
	}
	res, err := n.upload(t, n.rh, acc.ID, shards)
	if err != nil {
		t.Fatal(err)
	}
	if signer, err := n.rcl.Domain.Signer(d.terms, res.FarmerSig); err != nil || signer != n.farmer.Addr {
		t.Fatalf("farmer signature recovers to %s, %v", signer, err)
	}
	if n.store.Free() != capacity-int64(d.terms.Size) {
		t.Fatalf("free after storing %d bytes: %d", d.terms.Size, n.store.Free())
	}
	if _, err := n.upload(t, n.rh, acc.ID, shards); !errors.Is(err, wire.ErrNotFound) {
		t.Fatalf("second upload under the same id: %v", err)
	}

	var id uint64
	n.send(t, func(ctx context.Context) (err error) {
		id, err = n.rcl.CreateDeal(ctx, d.terms, d.prop.RenterSig, res.FarmerSig)
		return err
	})
	onChain, err := n.rcl.Deal(ctx, id)
	if err != nil || onChain.Root != d.terms.Root || onChain.Farmer != n.farmer.Addr {
		t.Fatalf("deal on chain: %+v %v", onChain, err)
	}

	auth := n.auth(t, n.renter.Key, n.rh)
	for i, sh := range shards {
		got, err := n.download(t, n.rh, proto.DownloadRequest{CID: cidOf(t, sh), Auth: auth})
		if err != nil || !bytes.Equal(got, sh) {
			t.Fatalf("download shard %d: %d bytes, %v", i, len(got), err)
		}
	}
	ranges := []struct{ off, n uint64 }{{0, 1}, {300, 1000}, {shardSize - 7, 7}, {shardSize - 100, 0}, {shardSize, 0}}
	for _, r := range ranges {
		got, err := n.download(t, n.rh, proto.DownloadRequest{CID: cidOf(t, shards[1]), Offset: r.off, Length: r.n, Auth: auth})
		end := r.off + r.n
		if r.n == 0 {
			end = shardSize
		}
		if err != nil || !bytes.Equal(got, shards[1][r.off:end]) {
			t.Fatalf("range %+v: %d bytes, %v", r, len(got), err)
		}
	}
	for _, r := range []struct{ off, n uint64 }{{shardSize + 1, 0}, {shardSize - 1, 2}, {1, 1 << 63}} {
		if _, err := n.download(t, n.rh, proto.DownloadRequest{CID: cidOf(t, shards[1]), Offset: r.off, Length: r.n, Auth: auth}); !errors.Is(err, wire.ErrBadRequest) {
			t.Fatalf("range %+v outside the shard: %v", r, err)
		}
	}

	// Anyone may audit, and the answer verifies against the root on chain.
	auditor := n.peer(t)
	shape := proofs.DealShape{Leaves: onChain.Leaves, ShardLeaves: onChain.ShardLeaves}
	perShard := uint64(shardSize / proofs.LeafSize)
	for _, leaf := range []uint64{0, 1, perShard - 1, perShard, 2*perShard + 17, 3 * perShard, shape.Leaves - 1} {
		resp, err := n.audit(t, auditor, id, leaf)
		if err != nil {
			t.Fatalf("audit leaf %d: %v", leaf, err)
		}
		if err := proofs.VerifyDealLeaf(onChain.Root, shape, leaf, resp.Data, resp.Path); err != nil {
			t.Fatalf("audit leaf %d: %v", leaf, err)
		}
		shard, idx := leaf/perShard, leaf%perShard
		if !bytes.Equal(resp.Data, shards[shard][idx*proofs.LeafSize:(idx+1)*proofs.LeafSize]) {
			t.Fatalf("audit leaf %d: wrong data", leaf)
		}
	}
	if _, err := n.audit(t, auditor, id, shape.Leaves); !errors.Is(err, wire.ErrBadRequest) {
		t.Fatalf("audit past the last leaf: %v", err)
	}
	var we *wire.Error
	if _, err := n.audit(t, auditor, id+1, 0); !errors.As(err, &we) || errors.Is(err, wire.ErrCorrupt) {
		t.Fatalf("audit of a deal that does not exist: %v", err)
	}
}

// Every refusal reason of propose, each from one corruption of a valid proposal; nothing is reserved.
func TestProposeRefusals(t *testing.T) {
	n := newNet(t)
	noAllowance := n.account(t, market.Tokens(1_000))
	broke := n.account(t, new(big.Int)) // approves the market but holds no tokens
	n.send(t, func(ctx context.Context) error { return newClientFor(t, n, broke).Approve(ctx, market.Tokens(1_000)) })
	stranger, _ := crypto.GenerateKey()
	shards := randomShards(t, shardSize, shardSize)
	tooBig := make([][]byte, 9) // 9 shards of 256 KiB: 2.25 MiB > MaxDealSize
	for i := range tooBig {
		tooBig[i] = randomShard(t, 256<<10)
	}
	wideShard := randomShards(t, 512<<10)                                        // a shard over MaxShardSize
	overCapacity := randomShards(t, 256<<10, 256<<10, 256<<10, 256<<10, 256<<10) // 1.25 MiB > the store's 1 MiB

	escrow := func(d *market.DealTerms) *big.Int { return d.Escrow() }
	cases := []struct {
		name   string
		reason string
		deal   func() deal
	}{
		{"price", proto.ReasonPrice, func() deal {
			return n.newDeal(t, n.renter.Key, shards, func(d *market.DealTerms) {
				d.PricePerPeriod = new(big.Int).Sub(d.PricePerPeriod, big.NewInt(1))
				d.Collateral = new(big.Int).Mul(escrow(d), big.NewInt(2))
			})
		}},
		{"too few periods", proto.ReasonDuration, func() deal {
			return n.newDeal(t, n.renter.Key, shards, func(d *market.DealTerms) { d.Periods = 1 })
		}},
		{"too many periods", proto.ReasonDuration, func() deal {
			return n.newDeal(t, n.renter.Key, shards, func(d *market.DealTerms) { d.Periods = 101 })
		}},
		{"deal too big", proto.ReasonSize, func() deal { return n.newDeal(t, n.renter.Key, tooBig, nil) }},
		{"shard too big", proto.ReasonSize, func() deal { return n.newDeal(t, n.renter.Key, wideShard, nil) }},
		{"no allowance", proto.ReasonFunds, func() deal { return n.newDeal(t, noAllowance.Key, shards, nil) }},
		{"no balance", proto.ReasonFunds, func() deal { return n.newDeal(t, broke.Key, shards, nil) }},
		{"signed by another key", proto.ReasonSignature, func() deal {
			d := n.newDeal(t, stranger, shards, nil)
			d.prop.Terms.Renter = n.renter.Addr
			return d
		}},
		{"signature over other terms", proto.ReasonSignature, func() deal {
			d := n.newDeal(t, n.renter.Key, shards, nil)
			d.prop.Terms.Periods++
			return d
		}},
		{"wrong farmer", proto.ReasonTerms, func() deal {
			return n.newDeal(t, n.renter.Key, shards, func(d *market.DealTerms) { d.Farmer = common.HexToAddress("0xfa") })
		}},
		{"capacity", proto.ReasonCapacity, func() deal { return n.newDeal(t, n.renter.Key, overCapacity, nil) }},
		{"collateral above the policy", proto.ReasonCollateral, func() deal {
			return n.newDeal(t, n.renter.Key, shards, func(d *market.DealTerms) {
				d.Collateral = new(big.Int).Add(new(big.Int).Mul(escrow(d), big.NewInt(3)), big.NewInt(1))
			})
		}},
		{"collateral below the market minimum", proto.ReasonCollateral, func() deal {
			return n.newDeal(t, n.renter.Key, shards, func(d *market.DealTerms) {
				d.Collateral = new(big.Int).Sub(new(big.Int).Mul(escrow(d), big.NewInt(2)), big.NewInt(1))
			})
		}},
		{"deadline passed", proto.ReasonExpired, func() deal {
			return n.newDeal(t, n.renter.Key, shards, func(d *market.DealTerms) { d.Deadline = big.NewInt(time.Now().Unix() - 1) })
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := n.propose(t, n.rh, c.deal())
			if !errors.Is(err, &wire.Error{Code: wire.CodeRefused, Reason: c.reason}) {
				t.Fatalf("got %v, want refused (%s)", err, c.reason)
			}
		})
	}
	// A proposal inconsistent in itself is refused by the decoder, typed.
	bad := n.newDeal(t, n.renter.Key, shards, nil)
	bad.prop.Shards[0], bad.prop.Shards[1] = bad.prop.Shards[1], bad.prop.Shards[0]
	if _, err := n.propose(t, n.rh, bad); !errors.Is(err, wire.ErrBadRequest) {
		t.Fatalf("shards out of order: %v", err)
	}
	if n.store.Free() != capacity {
		t.Fatalf("refused proposals hold %d bytes", capacity-n.store.Free())
	}
	// The valid proposal the cases were corrupted from is accepted.
	if _, err := n.propose(t, n.rh, n.newDeal(t, n.renter.Key, shards, nil)); err != nil {
		t.Fatalf("valid proposal: %v", err)
	}
}

// An upload whose shard does not hash to its root is refused: nothing is signed or recorded, the
// shards it added are deleted, a shard another deal holds is kept, and its space is given back.
func TestCorruptUploadRefused(t *testing.T) {
	for _, transport := range []string{"tcp", "quic-v1"} {
		t.Run(transport, func(t *testing.T) { testCorruptUpload(t, transport) })
	}
}

func testCorruptUpload(t *testing.T, transport string) {
	n := newNet(t, func(o *netOptions) { o.transport = transport })
	held := randomShard(t, shardSize)
	first := n.newDeal(t, n.renter.Key, [][]byte{held, randomShard(t, shardSize)}, nil)
	n.storeDeal(t, first)
	freeBefore := n.store.Free()

	added, bad := randomShard(t, shardSize), randomShard(t, shardSize)
	d := n.newDeal(t, n.renter.Key, [][]byte{added, held, bad}, nil)
	acc, err := n.propose(t, n.rh, d)
	if err != nil {
		t.Fatal(err)
	}
	corrupted := bytes.Clone(bad)
	corrupted[12345] ^= 1
	res, err := n.upload(t, n.rh, acc.ID, [][]byte{added, held, corrupted})
	if !errors.Is(err, &wire.Error{Code: wire.CodeRefused, Reason: proto.ReasonMismatch}) || res.FarmerSig != nil {
		t.Fatalf("corrupted upload: %v, signature %x", err, res.FarmerSig)
	}
	if n.store.Has(rootOf(t, added)) || n.store.Has(rootOf(t, bad)) {
		t.Fatal("shards of the refused upload left in the store")
	}
	if !n.store.Has(rootOf(t, held)) {
		t.Fatal("a shard another deal holds was deleted")
	}
	if n.store.Free() != freeBefore {
		t.Fatalf("free %d after the refused upload, %d before", n.store.Free(), freeBefore)
	}
	// Nothing recorded: the renter cannot download what the refused deal would have held.
	auth := n.auth(t, n.renter.Key, n.rh)
	if _, err := n.download(t, n.rh, proto.DownloadRequest{CID: cidOf(t, added), Auth: auth}); !errors.Is(err, wire.ErrNotFound) {
		t.Fatalf("download a shard of the refused upload: %v", err)
	}
	if _, err := n.upload(t, n.rh, acc.ID, d.shards); !errors.Is(err, wire.ErrNotFound) {
		t.Fatalf("retry under the refused proposal's id: %v", err)
	}

	// A bad first shard: the farmer reads the rest before it refuses, so a renter that writes every
	// byte before reading the answer gets the refusal.
	big := randomShards(t, 256<<10, 256<<10, 256<<10)
	d = n.newDeal(t, n.renter.Key, big, nil)
	if acc, err = n.propose(t, n.rh, d); err != nil {
		t.Fatal(err)
	}
	corrupted = bytes.Clone(big[0])
	corrupted[0] ^= 1
	if _, err := n.upload(t, n.rh, acc.ID, [][]byte{corrupted, big[1], big[2]}); !errors.Is(err, &wire.Error{Code: wire.CodeRefused, Reason: proto.ReasonMismatch}) {
		t.Fatalf("corrupted first shard: %v", err)
	}
	if n.store.Free() != freeBefore {
		t.Fatalf("free %d after the second refused upload, %d before", n.store.Free(), freeBefore)
	}
}

// Only the renter of a deal holding a shard, through a peer it authorized, may download it.
func TestDownloadAuthorization(t *testing.T) {
	n := newNet(t)
	d := n.newDeal(t, n.renter.Key, randomShards(t, shardSize), nil)
	n.storeDeal(t, d)
	cid := cidOf(t, d.shards[0])
	stranger := n.peer(t)
	strangerKey, _ := crypto.GenerateKey()

	forged, _ := proto.SignRetrieval(strangerKey, stranger.ID().String(), time.Now().Add(time.Hour).Unix())
	forged.Renter = n.renter.Addr
	expired, _ := proto.SignRetrieval(n.renter.Key, stranger.ID().String(), time.Now().Add(-time.Minute).Unix())
	own, _ := proto.SignRetrieval(strangerKey, stranger.ID().String(), time.Now().Add(time.Hour).Unix())
	cases := map[string]proto.RetrievalAuth{
		"no authorization":                  {},
		"forged":                            forged,
		"expired":                           expired,
		"the renter's own, replayed":        n.auth(t, n.renter.Key, n.rh),
		"valid, from a renter with no deal": own,
	}
	for name, a := range cases {
		if got, err := n.download(t, stranger, proto.DownloadRequest{CID: cid, Auth: a}); !errors.Is(err, wire.ErrUnauthorized) || got != nil {
			t.Errorf("%s: got %d bytes, %v; want unauthorized", name, len(got), err)
		}
	}
	if _, err := n.download(t, stranger, proto.DownloadRequest{CID: cidOf(t, randomShard(t, shardSize)), Auth: own}); !errors.Is(err, wire.ErrNotFound) {
		t.Errorf("unknown shard: %v", err)
	}
	// The renter may authorize another of its peers.
	if got, err := n.download(t, stranger, proto.DownloadRequest{CID: cid, Auth: n.auth(t, n.renter.Key, stranger)}); err != nil || !bytes.Equal(got, d.shards[0]) {
		t.Fatalf("authorized peer: %d bytes, %v", len(got), err)
	}
}

// A shard damaged or lost on disk is reported as corrupt by audits (and downloads), never proved
// with made-up data; the deal's other shards still prove.
func TestAuditCorruptShard(t *testing.T) {
	n := newNet(t)
	ctx := ctxT(t)
	d := n.newDeal(t, n.renter.Key, randomShards(t, shardSize, shardSize, shardSize), nil)
	sig := n.storeDeal(t, d)
	var id uint64
	n.send(t, func(ctx context.Context) (err error) {
		id, err = n.rcl.CreateDeal(ctx, d.terms, d.prop.RenterSig, sig)
		return err
	})
	perShard := uint64(shardSize / proofs.LeafSize)
	// Flip one byte of leaf 3 of shard 1; delete shard 2.
	f, err := os.OpenFile(n.shardPath(rootOf(t, d.shards[1])), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt([]byte{d.shards[1][3*proofs.LeafSize] ^ 0xff}, 3*proofs.LeafSize); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := os.Remove(n.shardPath(rootOf(t, d.shards[2]))); err != nil {
		t.Fatal(err)
	}
	for _, leaf := range []uint64{perShard + 3, 2*perShard + 5} {
		if resp, err := n.audit(t, n.rh, id, leaf); !errors.Is(err, wire.ErrCorrupt) || resp.Data != nil {
			t.Fatalf("audit leaf %d of a damaged shard: %v", leaf, err)
		}
	}
	onChain, _ := n.rcl.Deal(ctx, id)
	resp, err := n.audit(t, n.rh, id, 7)
	if err != nil || proofs.VerifyDealLeaf(onChain.Root, proofs.DealShape{Leaves: onChain.Leaves, ShardLeaves: onChain.ShardLeaves}, 7, resp.Data, resp.Path) != nil {
		t.Fatalf("audit of the intact shard: %v", err)
	}
	auth := n.auth(t, n.renter.Key, n.rh)
	for i := 1; i <= 2; i++ {
		if _, err := n.download(t, n.rh, proto.DownloadRequest{CID: cidOf(t, d.shards[i]), Auth: auth}); !errors.Is(err, wire.ErrCorrupt) {
			t.Fatalf("download of damaged shard %d: %v", i, err)
		}
	}
}

// A proposal not uploaded in time gives its space back and its id stops working.
func TestProposalExpires(t *testing.T) {
	n := newNet(t, func(o *netOptions) { o.policy.ProposalTTL = 200 * time.Millisecond })
	d := n.newDeal(t, n.renter.Key, randomShards(t, shardSize), nil)
	acc, err := n.propose(t, n.rh, d)
	if err != nil {
		t.Fatal(err)
	}
	if n.store.Free() != capacity-shardSize {
		t.Fatalf("accepted proposal holds %d bytes", capacity-n.store.Free())
	}
	deadline := time.Now().Add(5 * time.Second)
	for n.store.Free() != capacity {
		if time.Now().After(deadline) {
			t.Fatal("expired proposal still holds its space")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := n.upload(t, n.rh, acc.ID, d.shards); !errors.Is(err, wire.ErrNotFound) {
		t.Fatalf("upload after expiry: %v", err)
	}
}

// A policy the farmer could not serve, or that would refuse every deal, is refused at construction.
func TestNewRefusesUnusablePolicy(t *testing.T) {
	store, err := storage.Open(t.TempDir(), capacity)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	db, err := leveldb.OpenFile(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	key, _ := crypto.GenerateKey()
	mkt := farmer.Market{Domain: market.Domain{ChainID: big.NewInt(1337)}, Params: market.DevnetParams()}
	var ch farmer.Chain = (*chain.Client)(nil)
	cases := map[string]func(p *farmer.Policy){
		"no price":                   func(p *farmer.Policy) { p.PricePerGiB = nil },
		"no periods":                 func(p *farmer.Policy) { p.MinPeriods = 0 },
		"periods reversed":           func(p *farmer.Policy) { p.MinPeriods, p.MaxPeriods = 10, 5 },
		"no deal size":               func(p *farmer.Policy) { p.MaxDealSize = 0 },
		"shard over the store's max": func(p *farmer.Policy) { p.MaxShardSize = storage.MaxShardSize + 1 },
		"no proposal ttl":            func(p *farmer.Policy) { p.ProposalTTL = 0 },
		"collateral below market":    func(p *farmer.Policy) { p.CollateralBps = mkt.Params.MinCollateralBps - 1 },
	}
	for name, edit := range cases {
		p := testPolicy()
		edit(&p)
		if _, err := farmer.New(store, ch, mkt, key, p, db); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	svc, err := farmer.New(store, ch, mkt, key, testPolicy(), db)
	if err != nil {
		t.Fatalf("valid policy: %v", err)
	}
	svc.Close()
}
