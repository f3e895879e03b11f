package proto

import (
	"bytes"
	"encoding/json"
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

// testShardCID names a shard of 8 leaves of 0x01 bytes.
func testShardCID(t testing.TB) string {
	root, err := proofs.ShardRoot(bytes.Repeat([]byte{1}, 8*proofs.LeafSize))
	if err != nil {
		t.Fatal(err)
	}
	return ShardCID(root).String()
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
	return []any{&DownloadRequest{}, &RetrievalAuth{}, &DownloadHeader{},
		&OfferRequest{}, &AgreementOffer{}, &StoreRequest{}, &StoreReady{}, &ShardHeader{}, &ShardAck{},
		&ReviseRequest{}, &ReviseResult{}, &LatestRequest{}, &LatestRevision{}, &ProveRequest{}, &AgreementProofMsg{},
		&Anchor{}, &AnchorAck{}}
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
			case *ReviseRequest:
				_ = m.Change() // what the farmer applies to its tree next
			case *AgreementProofMsg:
				_ = proofs.VerifyAgreementLeaf(proofs.Hash{1}, proofs.Hash{2}, 3, m.Proof(1))
			case *Anchor:
				_, _ = m.Signer(common.Address{}) // what the farmer checks before keeping it
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
	path := make([]proofs.Hash, 5)
	for i := range path {
		path[i][0], path[i][31] = byte(i), 0xee
	}
	anchor, err := SignAnchor(key, common.HexToAddress("0xa9ee"), 3, 2, bytes.Repeat([]byte{0x47}, 120))
	if err != nil {
		t.Fatal(err)
	}
	valid := map[string]any{
		"anchor":           anchor,
		"anchor-ack":       AnchorAck{Number: 2},
		"download-request": DownloadRequest{CID: testShardCID(t), Offset: 256, Length: 512, Auth: auth},
		"retrieval-auth":   auth,
		"download-header":  DownloadHeader{Length: 2048},
		"offer-request":    OfferRequest{Renter: common.HexToAddress("0x4"), EndPeriod: 200, MaxBytes: 1 << 30},
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
			Shards: []ShardEntry{{Root: path[0], Leaves: 16}, {Root: path[1], Leaves: 16}}, Anchor: &anchor},
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
		fuzzseed.Seed{Name: "unknown-field", Args: []any{[]byte(`{"id":"abc","extra":1}`)}},
		fuzzseed.Seed{Name: "trailing-data", Args: []any{[]byte(`{"length":1} {}`)}},
	)
	fuzzseed.Sync(t, "FuzzDecodeMessages", seeds)
}
