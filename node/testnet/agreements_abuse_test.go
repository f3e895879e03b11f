package testnet

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/granary-network/granary/market"
	ghost "github.com/granary-network/granary/node/host"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// stranger starts a libp2p host with a fresh identity, connected to farmer f.
func stranger(t *testing.T, f *AgreementFarmer) host.Host {
	t.Helper()
	h, err := ghost.New(context.Background(), ghost.Config{DataDir: t.TempDir(), ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	if err := h.Connect(context.Background(), peer.AddrInfo{ID: f.Host.ID(), Addrs: f.Host.Addrs()}); err != nil {
		t.Fatal(err)
	}
	return h
}

// ask sends req on a new stream of protocol p from h to farmer f and reads the answer into resp.
func ask(t *testing.T, h host.Host, f *AgreementFarmer, p string, req, resp any) error {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := h.NewStream(ctx, f.Host.ID(), protocol.ID(p))
	if err != nil {
		t.Fatalf("%s: open: %v", p, err)
	}
	defer s.Close()
	s.SetDeadline(time.Now().Add(10 * time.Second))
	if err := wire.WriteMsgCap(s, req, proto.MaxRevise); err != nil {
		t.Fatalf("%s: write: %v", p, err)
	}
	s.CloseWrite()
	var r wire.Response
	if err := wire.ReadMsgCap(s, &r, proto.MaxRevise); err != nil {
		return err
	}
	if r.Error != nil {
		return r.Error
	}
	return wire.Decode(r.Result, resp)
}

// A stranger's libp2p peer abuses a farmer holding a renter's agreement:
//   - garbage and oversized frames on every protocol the farmer serves get its streams reset or a
//     typed bad-request answer, never anything else, and the farmer goes on serving the renter;
//   - asking for the renter's shard, its agreement's newest revision, or a store session on it,
//     with no authorization, one forged in the renter's name, or the stranger's own, is refused as
//     unauthorized;
//   - a revision of the renter's agreement signed by the stranger, and the renter's own last
//     revision replayed, are refused and change nothing: the renter's files still read, and its next
//     revision (a remove) is co-signed.
func TestAgreementAbusivePeers(t *testing.T) {
	n := NewAgreements(t, AgreementConfig{})
	ctx := context.Background()
	r := n.Renter
	data := RandomFile(5, 200<<10)
	m, err := r.Put(ctx, "f", bytes.NewReader(data), smallParams)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Put(ctx, "g", bytes.NewReader(RandomFile(6, 1000)), smallParams); err != nil {
		t.Fatal(err)
	}
	sh := m.Segments[0].Shards[0]
	f := n.AgreementFarmerOf(sh.Farmer)
	bad := stranger(t, f)

	// Every /granary/ protocol the farmer serves.
	var protos []string
	for _, p := range f.Host.Mux().Protocols() {
		if strings.HasPrefix(string(p), "/granary/") {
			protos = append(protos, string(p))
		}
	}
	for _, want := range []string{proto.OfferID, proto.StoreID, proto.ReviseID, proto.LatestID, proto.ProveID, proto.DownloadID} {
		if !strings.Contains(strings.Join(protos, " "), want) {
			t.Fatalf("farmer does not serve %s (serves %v)", want, protos)
		}
	}
	t.Logf("abusing %d protocols: %v", len(protos), protos)
	oversized := binary.BigEndian.AppendUint32(nil, 1<<32-1)
	for _, p := range protos {
		for name, payload := range map[string][]byte{
			"garbage":   []byte("\x00\x00\x00\x05{{{{{"),
			"oversized": oversized,
			"truncated": []byte("\x00\x00\x01\x00{\"agreementId\":"),
			"wrong types": func() []byte {
				b := []byte(`{"agreementId":"one","auth":7,"revision":[],"renter":false}`)
				return append(binary.BigEndian.AppendUint32(nil, uint32(len(b))), b...)
			}(),
		} {
			cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			s, err := bad.NewStream(cctx, f.Host.ID(), protocol.ID(p))
			if err != nil {
				cancel()
				t.Fatalf("%s: open: %v", p, err)
			}
			s.SetDeadline(time.Now().Add(10 * time.Second))
			s.Write(payload)
			s.CloseWrite()
			reply, err := io.ReadAll(s)
			cancel()
			// Either the stream is reset, or a typed bad-request answer comes back: never data.
			if err == nil {
				var resp wire.Response
				if derr := wire.Decode(trimFrame(reply), &resp); derr != nil || resp.Error == nil || resp.Error.Code != wire.CodeBadRequest {
					t.Fatalf("%s %s: farmer answered %q", p, name, reply)
				}
			}
		}
	}
	mustGet(t, r, "f", data)

	// The stranger asks for the renter's shard, agreement and store session.
	key, _ := crypto.GenerateKey()
	forged, _ := proto.SignRetrieval(key, bad.ID().String(), time.Now().Add(time.Hour).Unix())
	forged.Renter = r.Acct.Addr
	own, _ := proto.SignRetrieval(key, bad.ID().String(), time.Now().Add(time.Hour).Unix())
	// The renter's real authorization is for the renter's peer, not the stranger's.
	stolen, _ := proto.SignRetrieval(r.Acct.Key, r.Host.ID().String(), time.Now().Add(time.Hour).Unix())
	id := sh.AgreementID
	for name, auth := range map[string]proto.RetrievalAuth{"none": {}, "forged": forged, "its own": own, "stolen": stolen} {
		s, err := bad.NewStream(ctx, f.Host.ID(), protocol.ID(proto.DownloadID))
		if err != nil {
			t.Fatal(err)
		}
		s.SetDeadline(time.Now().Add(10 * time.Second))
		if err := wire.WriteMsg(s, proto.DownloadRequest{CID: proto.ShardCID(sh.Root).String(), Auth: auth}); err != nil {
			t.Fatal(err)
		}
		var hdr proto.DownloadHeader
		if err := wire.ReadResult(s, &hdr); !errors.Is(err, wire.ErrUnauthorized) {
			t.Fatalf("download with %s authorization: got %v, want unauthorized", name, err)
		}
		s.Close()
		var l proto.LatestRevision
		if err := ask(t, bad, f, proto.LatestID, proto.LatestRequest{AgreementID: id, Auth: auth}, &l); !errors.Is(err, wire.ErrUnauthorized) {
			t.Fatalf("latest with %s authorization: got %v, want unauthorized", name, err)
		}
		var ready proto.StoreReady
		if err := ask(t, bad, f, proto.StoreID, proto.StoreRequest{AgreementID: id, Auth: auth}, &ready); !errors.Is(err, wire.ErrUnauthorized) {
			t.Fatalf("store session with %s authorization: got %v, want unauthorized", name, err)
		}
	}

	// Revisions the renter did not sign now.
	st := localState(f, id)
	if st == nil || st.Latest.Shards == 0 {
		t.Fatalf("farmer holds no state of agreement %d", id)
	}
	before := st.Latest
	remove := market.Change{Remove: []proofs.Hash{sh.Root}}
	next, _, err := st.Next(remove)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := f.Client.Domain().SignRevision(next, key)
	if err != nil {
		t.Fatal(err)
	}
	var res proto.ReviseResult
	err = ask(t, bad, f, proto.ReviseID, proto.ReviseRequest{Revision: proto.FromRevision(next), Remove: remove.Remove, RenterSig: sig}, &res)
	if !errors.Is(err, wire.ErrRefused) {
		t.Fatalf("revision signed by a stranger: got %v, want refused", err)
	}
	err = ask(t, bad, f, proto.ReviseID, proto.ReviseRequest{Revision: proto.FromRevision(before.Revision), RenterSig: before.RenterSig}, &res)
	if !errors.Is(err, wire.ErrRefused) {
		t.Fatalf("the renter's last revision replayed: got %v, want refused", err)
	}
	if now := localState(f, id).Latest; now.Number != before.Number || now.Root != before.Root {
		t.Fatalf("agreement %d moved from revision %d to %d under the stranger", id, before.Number, now.Number)
	}
	mustGet(t, r, "f", data)
	if err := r.Remove(ctx, "g"); err != nil {
		t.Fatalf("the renter's next revision after the abuse: %v", err)
	}
	if now := localState(f, id).Latest; now.Number != before.Number+1 {
		t.Fatalf("agreement %d at revision %d after the renter's remove, want %d", id, now.Number, before.Number+1)
	}
	mustGet(t, r, "f", data)
}

func trimFrame(b []byte) []byte {
	if len(b) < 4 {
		return b
	}
	return b[4:]
}
