package proto

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/granary-network/granary/internal/fuzzseed"
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

// messages returns a fresh value of every message type that crosses the wire.
func messages() []any {
	return []any{&QuoteRequest{}, &Quote{}, &Proposal{}, &ProposalAccepted{}, &UploadRequest{}, &UploadResult{},
		&DownloadRequest{}, &RetrievalAuth{}, &DownloadHeader{}, &AuditRequest{}, &AuditResponse{},
		&OfferRequest{}, &AgreementOffer{}, &StoreRequest{}, &StoreReady{}, &ShardHeader{}, &ShardAck{},
		&ReviseRequest{}, &ReviseResult{}, &LatestRequest{}, &LatestRevision{}, &ProveRequest{}, &AgreementProofMsg{}}
}

// FuzzDecodeMessages decodes arbitrary bytes as every message type, as wire.ReadMsg does for a
// frame's payload: no input makes a decoder panic; whatever decodes is valid (its Validate passes)
// and stable (encoding it again and decoding that gives the same message); nothing a peer sends
// makes the checks that follow decoding panic (CIDs, signatures, roots).
func FuzzDecodeMessages(f *testing.F) {
	fuzzseed.Explore(f, "FuzzDecodeMessages")
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, v := range messages() {
			if wire.Decode(b, v) != nil {
				continue
			}
			if val, ok := v.(interface{ Validate() error }); ok {
				if err := val.Validate(); err != nil {
					t.Fatalf("decoded an invalid %T: %v", v, err)
				}
			}
			once, err := json.Marshal(v)
			if err != nil {
				t.Fatalf("decoded %T does not encode: %v", v, err)
			}
			again := reflect.New(reflect.TypeOf(v).Elem()).Interface()
			if err := wire.Decode(once, again); err != nil {
				t.Fatalf("%T re-encoded as %s does not decode: %v", v, once, err)
			}
			if twice, _ := json.Marshal(again); !bytes.Equal(once, twice) {
				t.Fatalf("%T changes on a round trip: %s then %s", v, once, twice)
			}
			switch m := v.(type) {
			case *DownloadRequest:
				_ = m.Auth.Verify("12D3KooWpeer", 0)
			case *RetrievalAuth:
				_ = m.Verify(m.Peer, m.Expires)
			case *Proposal:
				for _, s := range m.Shards {
					if _, err := s.Root(); err != nil {
						t.Fatalf("valid proposal with a bad shard name: %v", err)
					}
				}
			case *ReviseRequest:
				_ = m.Change() // what the farmer applies to its tree next
			case *AgreementProofMsg:
				_ = proofs.VerifyAgreementLeaf(proofs.Hash{1}, proofs.Hash{2}, 3, m.Proof(1))
			case *LatestRevision:
				shards := make([]proofs.Shard, len(m.Shards))
				for i, e := range m.Shards {
					shards[i] = e.Shard()
				}
				_, _ = proofs.NewAgreement(shards)
			}
		}
	})
}

// TestSeedCorpus keeps testdata/fuzz in step with the messages (GRANARY_UPDATE_SEEDS=1 rewrites it):
// one valid encoding of every message type, and a few near misses.
func TestSeedCorpus(t *testing.T) {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("proto fuzz seed key")))
	if err != nil {
		t.Fatal(err)
	}
	auth, err := SignRetrieval(key, "12D3KooWDpJ7As7BWAwRMfu1VU2WCqNjvq387JEYKDBj4kx6nXTN", 1<<40)
	if err != nil {
		t.Fatal(err)
	}
	prop := validProposal(t)
	path := make([]proofs.Hash, 5)
	for i := range path {
		path[i][0], path[i][31] = byte(i), 0xee
	}
	valid := map[string]any{
		"quote-request": QuoteRequest{},
		"quote": Quote{Farmer: common.HexToAddress("0x2"), ChainID: 1337, Market: common.HexToAddress("0x3"),
			PricePerGiB: big.NewInt(1e18), FreeBytes: 1 << 40, Stake: market.Tokens(500), MinPeriods: 1, MaxPeriods: 10_000,
			MaxDealSize: 1 << 40, CollateralBps: 20_000},
		"proposal":          prop,
		"proposal-accepted": ProposalAccepted{ID: "4f2a9c1e", Expires: 1_790_000_000},
		"upload-request":    UploadRequest{ID: "4f2a9c1e"},
		"upload-result":     UploadResult{FarmerSig: bytes.Repeat([]byte{7}, 65)},
		"download-request":  DownloadRequest{CID: prop.Shards[0].CID, Offset: 256, Length: 512, Auth: auth},
		"retrieval-auth":    auth,
		"download-header":   DownloadHeader{Length: 2048},
		"audit-request":     AuditRequest{DealID: 7, Leaf: 12},
		"audit-response":    AuditResponse{Data: bytes.Repeat([]byte{0xab}, proofs.LeafSize), Path: path},
		"offer-request":     OfferRequest{Renter: common.HexToAddress("0x4"), EndPeriod: 200, MaxBytes: 1 << 30},
		"agreement-offer": AgreementOffer{Terms: OpenTermsMsg{Renter: common.HexToAddress("0x4"), Farmer: common.HexToAddress("0x2"),
			PricePerGiB: big.NewInt(1e15), Collateral: market.Tokens(3), EndPeriod: 200, Nonce: 9, Deadline: 1_790_000_000},
			FarmerSig: bytes.Repeat([]byte{5}, 65)},
		"store-request": StoreRequest{AgreementID: 3, Auth: auth},
		"store-ready":   StoreReady{MaxShard: 1 << 24, TTL: 3600},
		"shard-header":  ShardHeader{Root: path[1], Size: 4096},
		"shard-ack":     ShardAck{Root: path[1]},
		"revise-request": ReviseRequest{Revision: RevisionMsg{AgreementID: 3, Number: 2, Root: path[2], Leaves: 48, Shards: 2, EndPeriod: 200},
			Add: []ShardEntry{{Root: path[3], Leaves: 16}}, Remove: []proofs.Hash{path[4]}, RenterSig: bytes.Repeat([]byte{6}, 65)},
		"revise-result":  ReviseResult{FarmerSig: bytes.Repeat([]byte{7}, 65)},
		"latest-request": LatestRequest{AgreementID: 3, Auth: auth},
		"latest-revision": LatestRevision{Revision: RevisionMsg{AgreementID: 3, Number: 1, Root: path[2], Leaves: 32, Shards: 2, EndPeriod: 200},
			RenterSig: bytes.Repeat([]byte{6}, 65), FarmerSig: bytes.Repeat([]byte{7}, 65),
			Shards: []ShardEntry{{Root: path[0], Leaves: 16}, {Root: path[1], Leaves: 16}}},
		"prove-request": ProveRequest{AgreementID: 3, Entry: 1, Leaf: 5},
		"agreement-proof": AgreementProofMsg{Number: 1, ShardLeaves: 16, Leaf: bytes.Repeat([]byte{0xcd}, proofs.LeafSize),
			ShardPath: path[:4], TreePath: path[:1]},
	}
	var seeds []fuzzseed.Seed
	for name, m := range valid {
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		decoded := false
		for _, v := range messages() {
			if reflect.TypeOf(v).Elem() == reflect.TypeOf(m) {
				if err := wire.Decode(b, v); err != nil {
					t.Fatalf("seed %s does not decode as %T: %v", name, m, err)
				}
				decoded = true
			}
		}
		if !decoded {
			t.Fatalf("seed %s: %T is not in messages()", name, m)
		}
		seeds = append(seeds, fuzzseed.Seed{Name: name, Args: []any{b}})
	}
	if len(valid) != len(messages()) {
		t.Fatalf("%d seeds for %d message types", len(valid), len(messages()))
	}
	seeds = append(seeds,
		fuzzseed.Seed{Name: "download-bad-cid", Args: []any{[]byte(`{"cid":"x","offset":1}`)}},
		fuzzseed.Seed{Name: "audit-short-leaf", Args: []any{[]byte(`{"data":"AA==","path":[]}`)}},
		fuzzseed.Seed{Name: "unknown-field", Args: []any{[]byte(`{"id":"abc","extra":1}`)}},
		fuzzseed.Seed{Name: "trailing-data", Args: []any{[]byte(`{"length":1} {}`)}},
	)
	fuzzseed.Sync(t, "FuzzDecodeMessages", seeds)
}
