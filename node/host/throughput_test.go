package host

import (
	"context"
	"io"
	"testing"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	tls "github.com/libp2p/go-libp2p/p2p/security/tls"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
)

// BenchmarkSecureStream moves bulk bytes over one stream between two hosts on loopback TCP, with
// each security protocol the hosts offer: what a shard upload or download pays for the channel.
func BenchmarkSecureStream(b *testing.B) {
	for _, sec := range []struct {
		name string
		opt  libp2p.Option
	}{{"noise", libp2p.Security(noise.ID, noise.New)}, {"tls", libp2p.Security(tls.ID, tls.New)}} {
		b.Run(sec.name, func(b *testing.B) {
			opts := []libp2p.Option{libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"), libp2p.Transport(tcp.NewTCPTransport),
				sec.opt, libp2p.DisableMetrics()}
			h1, err := libp2p.New(opts...)
			if err != nil {
				b.Fatal(err)
			}
			defer h1.Close()
			h2, err := libp2p.New(opts...)
			if err != nil {
				b.Fatal(err)
			}
			defer h2.Close()
			done := make(chan int64, 1)
			h2.SetStreamHandler("/bench/1", func(s network.Stream) {
				n, _ := io.Copy(io.Discard, s)
				s.Close()
				done <- n
			})
			ctx := context.Background()
			if err := h1.Connect(ctx, peer.AddrInfo{ID: h2.ID(), Addrs: h2.Addrs()}); err != nil {
				b.Fatal(err)
			}
			s, err := h1.NewStream(ctx, h2.ID(), "/bench/1")
			if err != nil {
				b.Fatal(err)
			}
			buf := make([]byte, 1<<20)
			b.SetBytes(int64(len(buf)))
			b.ResetTimer()
			for range b.N {
				if _, err := s.Write(buf); err != nil {
					b.Fatal(err)
				}
			}
			if err := s.CloseWrite(); err != nil {
				b.Fatal(err)
			}
			if n := <-done; n != int64(b.N)*int64(len(buf)) {
				b.Fatalf("received %d bytes, sent %d", n, int64(b.N)*int64(len(buf)))
			}
			s.Close()
		})
	}
}
