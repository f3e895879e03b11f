package proto

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// validProposal is a 3-shard deal (two shards of 8 leaves, the last of 3).
func validProposal(t testing.TB) Proposal {
	var shards []ShardRef
	var roots []proofs.Hash
	for i, n := range []int{8, 8, 3} {
		data := bytes.Repeat([]byte{byte(i + 1)}, n*proofs.LeafSize)
		root, err := proofs.ShardRoot(data)
		if err != nil {
			t.Fatal(err)
		}
		roots = append(roots, root)
		shards = append(shards, ShardRef{CID: ShardCID(root).String(), Size: uint64(len(data))})
	}
	terms := market.DealTerms{
		Renter: common.HexToAddress("0x1"), Farmer: common.HexToAddress("0x2"), Root: proofs.DealRoot(roots),
		Size: 19 * proofs.LeafSize, ShardSize: 8 * proofs.LeafSize, PricePerPeriod: big.NewInt(5), Periods: 10,
		Collateral: big.NewInt(100), Nonce: big.NewInt(1), Deadline: big.NewInt(1 << 40),
	}
	return Proposal{Terms: FromTerms(terms), RenterSig: make([]byte, 65), Shards: shards}
}

func TestProposalValidate(t *testing.T) {
	if err := validProposal(t).Validate(); err != nil {
		t.Fatalf("valid proposal refused: %v", err)
	}
	cases := map[string]func(p *Proposal){
		"no shards":            func(p *Proposal) { p.Shards = nil },
		"short signature":      func(p *Proposal) { p.RenterSig = p.RenterSig[:64] },
		"bad cid":              func(p *Proposal) { p.Shards[1].CID = "bafy-not-a-cid" },
		"foreign cid":          func(p *Proposal) { p.Shards[1].CID = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy" },
		"middle shard short":   func(p *Proposal) { p.Shards[1].Size -= proofs.LeafSize },
		"last shard too big":   func(p *Proposal) { p.Shards[2].Size = 9 * proofs.LeafSize },
		"partial leaf":         func(p *Proposal) { p.Shards[2].Size-- },
		"sizes do not add up":  func(p *Proposal) { p.Terms.Size += proofs.LeafSize },
		"shards out of order":  func(p *Proposal) { p.Shards[0], p.Shards[1] = p.Shards[1], p.Shards[0] },
		"wrong deal root":      func(p *Proposal) { p.Terms.Root[0] ^= 1 },
		"zero periods":         func(p *Proposal) { p.Terms.Periods = 0 },
		"renter is the farmer": func(p *Proposal) { p.Terms.Farmer = p.Terms.Renter },
	}
	for name, corrupt := range cases {
		p := validProposal(t)
		corrupt(&p)
		if err := p.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestProposalCrossesTheWire(t *testing.T) {
	p := validProposal(t)
	var buf bytes.Buffer
	if err := wire.WriteMsg(&buf, p); err != nil {
		t.Fatal(err)
	}
	var got Proposal
	if err := wire.ReadMsg(&buf, &got); err != nil {
		t.Fatal(err)
	}
	if got.Terms.Market().StructHash() != p.Terms.Market().StructHash() || len(got.Shards) != 3 {
		t.Fatal("proposal changed on the wire")
	}
	// An invalid proposal is refused by the decoder itself.
	p.Terms.Root[0] ^= 1
	buf.Reset()
	_ = wire.WriteMsg(&buf, p)
	if err := wire.ReadMsg(&buf, &got); !errors.Is(err, wire.ErrBadRequest) {
		t.Fatalf("invalid proposal decoded: %v", err)
	}
}

func TestRetrievalAuth(t *testing.T) {
	key, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	a, err := SignRetrieval(key, "12D3KooWpeer", 1000)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Verify("12D3KooWpeer", 999); err != nil {
		t.Fatalf("valid authorization refused: %v", err)
	}
	if err := a.Verify("12D3KooWstranger", 999); err == nil {
		t.Error("authorization accepted for another peer")
	}
	if err := a.Verify("12D3KooWpeer", 1001); err == nil {
		t.Error("expired authorization accepted")
	}
	forged := a
	forged.Renter = crypto.PubkeyToAddress(other.PublicKey)
	if err := forged.Verify("12D3KooWpeer", 999); err == nil {
		t.Error("authorization accepted for a renter that did not sign it")
	}
	stretched := a
	stretched.Expires = 5000
	if err := stretched.Verify("12D3KooWpeer", 999); err == nil {
		t.Error("authorization with a changed expiry accepted")
	}
}

func TestPriceFor(t *testing.T) {
	if got := PriceFor(big.NewInt(1<<30), 1); got.Int64() != 1 {
		t.Fatalf("one byte at 2^30 per GiB: %v", got)
	}
	if got := PriceFor(big.NewInt(3), 1<<30+1); got.Int64() != 4 {
		t.Fatalf("just over a GiB at 3 per GiB rounds up: %v", got)
	}
}

func TestHashText(t *testing.T) {
	h := proofs.Hash{1, 2, 3}
	b, _ := h.MarshalText()
	var back proofs.Hash
	if err := back.UnmarshalText(b); err != nil || back != h {
		t.Fatalf("round trip: %v", err)
	}
	if err := back.UnmarshalText([]byte("abcd")); err == nil {
		t.Fatal("short hash accepted")
	}
}

// FuzzDecodeMessages: no byte string makes a message decoder panic or accept an invalid message.
func FuzzDecodeMessages(f *testing.F) {
	var buf bytes.Buffer
	_ = wire.WriteMsg(&buf, validProposal(f))
	f.Add(buf.Bytes()[4:])
	f.Add([]byte(`{"cid":"x","offset":1}`))
	f.Add([]byte(`{"data":"AA==","path":[]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var p Proposal
		if wire.Decode(b, &p) == nil && p.Validate() != nil {
			t.Fatal("decoded an invalid proposal")
		}
		var d DownloadRequest
		_ = wire.Decode(b, &d)
		var a AuditResponse
		if wire.Decode(b, &a) == nil && len(a.Data) != proofs.LeafSize {
			t.Fatal("decoded an audit response of the wrong shape")
		}
		var q Quote
		_ = wire.Decode(b, &q)
	})
}
