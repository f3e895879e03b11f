package testnet_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	ghost "github.com/granary-network/granary/node/host"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/testnet"
	"github.com/granary-network/granary/node/wire"
)

func stranger(t *testing.T, f *testnet.Farmer) host.Host {
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

// A peer that sends garbage and oversized frames to every protocol of a farmer gets its streams
// reset, and the farmer goes on serving the renter; a stranger asking for someone else's shard is
// refused, with no authorization or with one it forged.
func TestAbusivePeersAndStrangers(t *testing.T) {
	n := testnet.New(t, testnet.Config{Farmers: 6})
	data := testnet.RandomFile(5, 200<<10)
	m, err := n.Renter.Put(context.Background(), "f", bytes.NewReader(data), params)
	if err != nil {
		t.Fatal(err)
	}
	f := n.Farmer(m.Segments[0].Shards[0].Farmer)
	bad := stranger(t, f)
	oversized := binary.BigEndian.AppendUint32(nil, 1<<32-1)
	for _, p := range []string{proto.QuoteID, proto.ProposeID, proto.UploadID, proto.DownloadID, proto.AuditID} {
		for name, payload := range map[string][]byte{"garbage": []byte("\x00\x00\x00\x05{{{{{"), "oversized": oversized} {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			s, err := bad.NewStream(ctx, f.Host.ID(), protocol.ID(p))
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
	// The farmer still serves the renter.
	if !bytes.Equal(get(t, n, "f"), data) {
		t.Fatal("file differs after the abuse")
	}

	// A stranger asks for the renter's shard: without authorization, and with one it signed itself
	// in the renter's name.
	cid := m.Segments[0].Shards[0].CID().String()
	key, _ := crypto.GenerateKey()
	forged, _ := proto.SignRetrieval(key, bad.ID().String(), time.Now().Add(time.Hour).Unix())
	forged.Renter = n.Renter.Acct.Addr
	own, _ := proto.SignRetrieval(key, bad.ID().String(), time.Now().Add(time.Hour).Unix())
	for name, auth := range map[string]proto.RetrievalAuth{"none": {}, "forged": forged, "its own": own} {
		s, err := bad.NewStream(context.Background(), f.Host.ID(), protocol.ID(proto.DownloadID))
		if err != nil {
			t.Fatal(err)
		}
		s.SetDeadline(time.Now().Add(10 * time.Second))
		if err := wire.WriteMsg(s, proto.DownloadRequest{CID: cid, Auth: auth}); err != nil {
			t.Fatal(err)
		}
		var hdr proto.DownloadHeader
		if err := wire.ReadResult(s, &hdr); !errors.Is(err, wire.ErrUnauthorized) {
			t.Fatalf("stranger with %s authorization: got %v, want unauthorized", name, err)
		}
		s.Close()
	}
}

func trimFrame(b []byte) []byte {
	if len(b) < 4 {
		return b
	}
	return b[4:]
}
