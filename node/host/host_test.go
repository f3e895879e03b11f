package host_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	corehost "github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	tls "github.com/libp2p/go-libp2p/p2p/security/tls"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	"github.com/multiformats/go-multiaddr"

	"github.com/granary-network/granary/internal/fuzzseed"
	"github.com/granary-network/granary/node/host"
)

var localAddrs = []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}

func newHost(t *testing.T, dir string) corehost.Host {
	t.Helper()
	h, err := host.New(context.Background(), host.Config{DataDir: dir, ListenAddrs: localAddrs})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

func TestIdentityPersistsAcrossRestarts(t *testing.T) {
	dir := t.TempDir()
	h1, err := host.New(context.Background(), host.Config{DataDir: dir, ListenAddrs: localAddrs})
	if err != nil {
		t.Fatal(err)
	}
	id := h1.ID()
	h1.Close()
	st, err := os.Stat(filepath.Join(dir, host.IdentityFile))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("identity file: %v, %v", st, err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*.tmp-*")); len(left) != 0 {
		t.Fatalf("temporary files left: %v", left)
	}
	h2 := newHost(t, dir)
	if h2.ID() != id {
		t.Fatalf("peer id changed across restart: %s then %s", id, h2.ID())
	}
	if pk := h2.Peerstore().PrivKey(h2.ID()); pk == nil || pk.Type() != crypto.Ed25519 {
		t.Fatalf("identity is not Ed25519: %v", pk)
	}
	if other := newHost(t, t.TempDir()); other.ID() == id {
		t.Fatal("two data directories share a peer id")
	}
}

// A damaged or foreign identity is an error, never silently replaced by a new one.
func TestBadIdentityRefused(t *testing.T) {
	cases := map[string]func(t *testing.T, p string){
		"garbage": func(t *testing.T, p string) { os.WriteFile(p, []byte("not a key"), 0o600) },
		"not ed25519": func(t *testing.T, p string) {
			k, _, _ := crypto.GenerateSecp256k1Key(rand.Reader)
			b, _ := crypto.MarshalPrivateKey(k)
			os.WriteFile(p, b, 0o600)
		},
		"world readable": func(t *testing.T, p string) {
			k, _, _ := crypto.GenerateEd25519Key(rand.Reader)
			b, _ := crypto.MarshalPrivateKey(k)
			os.WriteFile(p, b, 0o600)
			os.Chmod(p, 0o644)
		},
	}
	for name, write := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, host.IdentityFile)
			write(t, p)
			before, _ := os.ReadFile(p)
			_, err := host.New(context.Background(), host.Config{DataDir: dir, ListenAddrs: localAddrs})
			if err == nil {
				t.Fatal("host started with a bad identity")
			}
			t.Log(err)
			if after, _ := os.ReadFile(p); !bytes.Equal(before, after) {
				t.Fatal("bad identity file was overwritten")
			}
		})
	}
	if _, err := host.New(context.Background(), host.Config{ListenAddrs: localAddrs}); err == nil {
		t.Fatal("host started without a data directory")
	}
}

const echoID = protocol.ID("/granary/test/echo")

func echo(s network.Stream) {
	defer s.Close()
	io.Copy(s, s)
}

// pick returns h's listen address on 127.0.0.1 for a transport ("tcp" or "quic-v1").
func pick(t *testing.T, h corehost.Host, transport string) multiaddr.Multiaddr {
	t.Helper()
	for _, a := range h.Addrs() {
		s := a.String()
		if transport == "tcp" && strings.HasPrefix(s, "/ip4/127.0.0.1/tcp/") ||
			transport == "quic-v1" && strings.HasPrefix(s, "/ip4/127.0.0.1/udp/") && strings.HasSuffix(s, "/quic-v1") {
			return a
		}
	}
	t.Fatalf("%s has no %s address on 127.0.0.1: %v", h.ID(), transport, h.Addrs())
	return nil
}

func roundTrip(t *testing.T, from corehost.Host, to peer.ID) network.Stream {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := from.NewStream(ctx, to, echoID)
	if err != nil {
		t.Fatal(err)
	}
	msg := []byte("granary")
	if _, err := s.Write(msg); err != nil {
		t.Fatal(err)
	}
	s.CloseWrite()
	got, err := io.ReadAll(s)
	if err != nil || !bytes.Equal(got, msg) {
		t.Fatalf("echo: %q %v", got, err)
	}
	s.Close()
	return s
}

func TestHostsConnectOverTCPAndQUIC(t *testing.T) {
	for _, transport := range []string{"tcp", "quic-v1"} {
		t.Run(transport, func(t *testing.T) {
			a, b := newHost(t, t.TempDir()), newHost(t, t.TempDir())
			b.SetStreamHandler(echoID, echo)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := a.Connect(ctx, peer.AddrInfo{ID: b.ID(), Addrs: []multiaddr.Multiaddr{pick(t, b, transport)}}); err != nil {
				t.Fatal(err)
			}
			s := roundTrip(t, a, b.ID())
			st := s.Conn().ConnState()
			if st.Transport != strings.TrimSuffix(transport, "-v1") && st.Transport != transport {
				t.Fatalf("connected over %q, want %s", st.Transport, transport)
			}
			if transport == "tcp" && st.Security != tls.ID {
				t.Fatalf("tcp connection secured with %q, want tls first", st.Security)
			}
		})
	}
}

// The host also accepts peers that only speak TLS (or only Noise) over TCP.
func TestHostAcceptsNoiseAndTLS(t *testing.T) {
	b := newHost(t, t.TempDir())
	b.SetStreamHandler(echoID, echo)
	for name, sec := range map[string]libp2p.Option{
		"tls":   libp2p.Security(tls.ID, tls.New),
		"noise": libp2p.Security(noise.ID, noise.New),
	} {
		t.Run(name, func(t *testing.T) {
			a, err := libp2p.New(sec, libp2p.Transport(tcp.NewTCPTransport), libp2p.NoListenAddrs, libp2p.DisableMetrics())
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := a.Connect(ctx, peer.AddrInfo{ID: b.ID(), Addrs: []multiaddr.Multiaddr{pick(t, b, "tcp")}}); err != nil {
				t.Fatal(err)
			}
			s := roundTrip(t, a, b.ID())
			if got := s.Conn().ConnState().Security; !strings.Contains(string(got), name) {
				t.Fatalf("secured with %q, want %s", got, name)
			}
		})
	}
}

func TestAddrsRoundTrip(t *testing.T) {
	h := newHost(t, t.TempDir())
	b := host.EncodeAddrs(h.Addrs())
	got, err := host.DecodeAddrs(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(h.Addrs()) {
		t.Fatalf("decoded %d addresses of %d", len(got), len(h.Addrs()))
	}
	for i := range got {
		if !got[i].Equal(h.Addrs()[i]) {
			t.Fatalf("address %d: %s, want %s", i, got[i], h.Addrs()[i])
		}
	}
	info, err := host.AddrInfo(host.EncodePeerID(h.ID()), b)
	if err != nil || info.ID != h.ID() || len(info.Addrs) != len(h.Addrs()) {
		t.Fatalf("addr info: %v %v", info, err)
	}
	// A /p2p suffix naming the host itself is dropped on encoding.
	p2p, _ := peer.AddrInfoToP2pAddrs(&peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()[:1]})
	got, err = host.DecodeAddrs(host.EncodeAddrs(p2p))
	if err != nil || len(got) != 1 || !got[0].Equal(h.Addrs()[0]) {
		t.Fatalf("p2p address: %v %v", got, err)
	}
	// The announced bytes are enough to reach the host.
	other := newHost(t, t.TempDir())
	h.SetStreamHandler(echoID, echo)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := other.Connect(ctx, info); err != nil {
		t.Fatal(err)
	}
	roundTrip(t, other, h.ID())
}

func TestGarbageAddrsRefused(t *testing.T) {
	h := newHost(t, t.TempDir())
	good := host.EncodeAddrs(h.Addrs())
	one := host.EncodeAddrs(h.Addrs()[:1])
	stranger := newHost(t, t.TempDir())
	foreign, _ := peer.AddrInfoToP2pAddrs(&peer.AddrInfo{ID: stranger.ID(), Addrs: h.Addrs()[:1]})
	foreignBytes := append([]byte{byte(len(foreign[0].Bytes()))}, foreign[0].Bytes()...)
	cases := map[string][]byte{
		"random":            []byte("\x05hello world, not multiaddrs"),
		"truncated":         good[:len(good)-1],
		"trailing byte":     append(append([]byte(nil), good...), 0x01),
		"zero length":       {0x00},
		"overlong length":   {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		"length past end":   {0x40, 0x04},
		"unknown protocol":  {0x03, 0xee, 0xee, 0x03},
		"too many":          bytes.Repeat(one, host.MaxAddrs+1),
		"oversized address": append([]byte{0x81, 0x08}, make([]byte, 1025)...),
	}
	for name, b := range cases {
		if _, err := host.DecodeAddrs(b); !errors.Is(err, host.ErrBadAddrs) {
			t.Errorf("%s: got %v, want ErrBadAddrs", name, err)
		}
	}
	if _, err := host.AddrInfo(host.EncodePeerID(h.ID()), foreignBytes); !errors.Is(err, host.ErrBadAddrs) {
		t.Errorf("address naming another peer: %v", err)
	}
	if _, err := host.AddrInfo(host.EncodePeerID(h.ID()), nil); !errors.Is(err, host.ErrBadAddrs) {
		t.Errorf("no addresses: %v", err)
	}
	for name, id := range map[string][]byte{"empty": nil, "garbage": []byte("peer"), "truncated": host.EncodePeerID(h.ID())[:10]} {
		if _, err := host.AddrInfo(id, good); !errors.Is(err, host.ErrBadAddrs) {
			t.Errorf("peer id %s: got %v", name, err)
		}
	}
	if got, err := host.DecodeAddrs(nil); err != nil || len(got) != 0 {
		t.Errorf("empty announcement: %v %v", got, err)
	}
}

// FuzzDecodeAddrs decodes arbitrary announced address bytes (they come from the chain, written by
// anyone): no panic, at most MaxAddrs addresses, and what decodes re-encodes to something that
// decodes.
func FuzzDecodeAddrs(f *testing.F) {
	fuzzseed.Explore(f, "FuzzDecodeAddrs")
	f.Fuzz(func(t *testing.T, b []byte) {
		addrs, err := host.DecodeAddrs(b)
		if err != nil {
			if !errors.Is(err, host.ErrBadAddrs) {
				t.Fatalf("error without a sentinel: %v", err)
			}
			return
		}
		if len(addrs) > host.MaxAddrs {
			t.Fatalf("decoded %d addresses", len(addrs))
		}
		back, err := host.DecodeAddrs(host.EncodeAddrs(addrs))
		if err != nil || len(back) > len(addrs) {
			t.Fatalf("re-encoding %v: %v %v", addrs, back, err)
		}
	})
}

// FuzzAddrInfo decodes an arbitrary announcement (peer id and addresses) into what a renter dials:
// no panic, ErrBadAddrs for what is refused, and what is accepted names the announced peer and
// only dialable addresses that do not name another peer.
func FuzzAddrInfo(f *testing.F) {
	fuzzseed.Explore(f, "FuzzAddrInfo")
	f.Fuzz(func(t *testing.T, id, addrs []byte) {
		ai, err := host.AddrInfo(id, addrs)
		if err != nil {
			if !errors.Is(err, host.ErrBadAddrs) {
				t.Fatalf("error without a sentinel: %v", err)
			}
			return
		}
		if !bytes.Equal(host.EncodePeerID(ai.ID), id) {
			t.Fatalf("peer id %x decoded as %s", id, ai.ID)
		}
		if len(ai.Addrs) == 0 || len(ai.Addrs) > host.MaxAddrs {
			t.Fatalf("%d addresses accepted", len(ai.Addrs))
		}
		for _, a := range ai.Addrs {
			if tr, p := peer.SplitAddr(a); p != "" || len(tr) == 0 {
				t.Fatalf("accepted address %s (transport %v, peer %q)", a, tr, p)
			}
		}
	})
}

// TestSeedCorpus keeps testdata/fuzz in step with the encoders (GRANARY_UPDATE_SEEDS=1 rewrites it).
func TestSeedCorpus(t *testing.T) {
	var addrs []multiaddr.Multiaddr
	for _, s := range []string{"/ip4/1.2.3.4/tcp/4001", "/ip6/::1/udp/4001/quic-v1", "/dns4/farmer.example/tcp/443/tls/ws"} {
		a, err := multiaddr.NewMultiaddr(s)
		if err != nil {
			t.Fatal(err)
		}
		addrs = append(addrs, a)
	}
	good := host.EncodeAddrs(addrs)
	if got, err := host.DecodeAddrs(good); err != nil || len(got) != len(addrs) {
		t.Fatalf("seed addresses do not decode: %v %v", got, err)
	}
	fuzzseed.Sync(t, "FuzzDecodeAddrs", []fuzzseed.Seed{
		{Name: "three", Args: []any{good}},
		{Name: "zero-length", Args: []any{[]byte{0x00}}},
		{Name: "long-prefix", Args: []any{[]byte{0xff, 0xff, 0x03}}},
	})
	priv, _, err := crypto.GenerateEd25519Key(bytes.NewReader(bytes.Repeat([]byte{42}, 64)))
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPrivateKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := host.AddrInfo(host.EncodePeerID(id), good); err != nil {
		t.Fatalf("seed announcement refused: %v", err)
	}
	own, _ := multiaddr.NewMultiaddr("/ip4/1.2.3.4/tcp/4001/p2p/" + id.String())
	withSuffix := append(binary.AppendUvarint(nil, uint64(len(own.Bytes()))), own.Bytes()...)
	if ai, err := host.AddrInfo(host.EncodePeerID(id), withSuffix); err != nil || len(ai.Addrs) != 1 {
		t.Fatalf("address with the peer's own /p2p suffix: %v %v", ai, err)
	}
	fuzzseed.Sync(t, "FuzzAddrInfo", []fuzzseed.Seed{
		{Name: "announcement", Args: []any{host.EncodePeerID(id), good}},
		{Name: "own-p2p-suffix", Args: []any{host.EncodePeerID(id), withSuffix}},
		{Name: "no-addresses", Args: []any{host.EncodePeerID(id), []byte{}}},
		{Name: "truncated-id", Args: []any{host.EncodePeerID(id)[:10], good}},
	})
}
