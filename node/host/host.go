// Package host builds the libp2p host every Granary node runs, farmer or renter: TCP and QUIC
// listeners, Noise and TLS security, a persistent Ed25519 identity, and the NAT services (port
// mapping, AutoNAT, hole punching, relay client) switched on by configuration. It also converts a
// host's peer id and multiaddrs to and from the bytes a farmer announces on chain.
package host

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/metrics"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	tls "github.com/libp2p/go-libp2p/p2p/security/tls"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
)

// IdentityFile is the name of the identity key in Config.DataDir.
const IdentityFile = "identity.key"

// DefaultListenAddrs are used when Config.ListenAddrs is empty: TCP and QUIC on every IPv4
// interface, on ports the system picks.
var DefaultListenAddrs = []string{"/ip4/0.0.0.0/tcp/0", "/ip4/0.0.0.0/udp/0/quic-v1"}

// Config configures a host. The zero value (plus DataDir) is a host with every NAT service off, as
// tests want; DefaultConfig switches them on, as a node on the internet wants.
type Config struct {
	// DataDir holds the identity key (IdentityFile, created with mode 0600 if missing and reused
	// afterwards, so the peer id survives restarts). Required.
	DataDir string
	// ListenAddrs are the multiaddrs to listen on (TCP and QUIC v1 only); empty: DefaultListenAddrs.
	ListenAddrs []string
	// PortMap asks the local router to forward the listen ports (UPnP / NAT-PMP).
	PortMap bool
	// AutoNAT runs AutoNAT v2 to learn which of the host's addresses others can dial, and serves
	// reachability probes to other peers. (go-libp2p always runs its passive AutoNAT v1 client; it
	// only probes through peers that offer the service.)
	AutoNAT bool
	// HolePunching upgrades relayed connections to direct ones (DCUtR). Useful with RelayClient.
	HolePunching bool
	// RelayClient lets the host dial and accept connections through circuit v2 relays, and, when it
	// finds itself unreachable, reserve a slot on StaticRelays and advertise the relayed address.
	RelayClient bool
	// StaticRelays are the relays RelayClient reserves slots on (none: relay transport only).
	StaticRelays []peer.AddrInfo
	// Metrics registers go-libp2p's Prometheus metrics with the default registerer.
	Metrics bool
	// Bandwidth, if set, counts the bytes the host sends and receives (a farmer's dashboard shows them).
	Bandwidth metrics.Reporter
}

// DefaultConfig is the configuration of a node on the internet: default listen addresses and
// every NAT service on.
func DefaultConfig(dataDir string) Config {
	return Config{DataDir: dataDir, PortMap: true, AutoNAT: true, HolePunching: true, RelayClient: true}
}

// New starts a host. The caller closes it.
func New(ctx context.Context, cfg Config) (host.Host, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if cfg.DataDir == "" {
		return nil, errors.New("host: no data directory for the identity key")
	}
	key, err := LoadIdentity(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	listen := cfg.ListenAddrs
	if len(listen) == 0 {
		listen = DefaultListenAddrs
	}
	opts := []libp2p.Option{
		libp2p.Identity(key),
		libp2p.ListenAddrStrings(listen...),
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Transport(quic.NewTransport),
		// TLS 1.3 first (AES-GCM on AES-NI: BenchmarkSecureStream moves ~1.2 GB/s against Noise's
		// ~0.8 GB/s on this project's 2-core machine), Noise for peers that only speak it.
		libp2p.Security(tls.ID, tls.New),
		libp2p.Security(noise.ID, noise.New),
	}
	if !cfg.Metrics {
		opts = append(opts, libp2p.DisableMetrics())
	}
	if cfg.Bandwidth != nil {
		opts = append(opts, libp2p.BandwidthReporter(cfg.Bandwidth))
	}
	if cfg.PortMap {
		opts = append(opts, libp2p.NATPortMap())
	}
	if cfg.AutoNAT {
		opts = append(opts, libp2p.EnableAutoNATv2(), libp2p.EnableNATService())
	}
	if cfg.HolePunching {
		opts = append(opts, libp2p.EnableHolePunching())
	}
	if cfg.RelayClient {
		opts = append(opts, libp2p.EnableRelay())
		if len(cfg.StaticRelays) > 0 {
			opts = append(opts, libp2p.EnableAutoRelayWithStaticRelays(cfg.StaticRelays))
		}
	} else {
		opts = append(opts, libp2p.DisableRelay())
	}
	h, err := libp2p.New(opts...)
	if err != nil {
		return nil, fmt.Errorf("host: start libp2p: %w", err)
	}
	return h, nil
}

// LoadIdentity reads the Ed25519 identity key in dir, creating it (mode 0600) if there is none. A
// key file that cannot be read, is not an Ed25519 key, or is readable by other users is an error:
// it is never replaced, since that would change the node's peer id.
func LoadIdentity(dir string) (crypto.PrivKey, error) {
	p := filepath.Join(dir, IdentityFile)
	b, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return createIdentity(dir)
	} else if err != nil {
		return nil, fmt.Errorf("host: read identity: %w", err)
	}
	if runtime.GOOS != "windows" {
		if st, err := os.Stat(p); err == nil && st.Mode().Perm()&0o077 != 0 {
			return nil, fmt.Errorf("host: identity key %s is accessible by other users (mode %v); chmod 600 it", p, st.Mode().Perm())
		}
	}
	k, err := crypto.UnmarshalPrivateKey(b)
	if err != nil {
		return nil, fmt.Errorf("host: identity key %s: %w", p, err)
	}
	if k.Type() != crypto.Ed25519 {
		return nil, fmt.Errorf("host: identity key %s is %v, want Ed25519", p, k.Type())
	}
	return k, nil
}

// createIdentity writes a new key to a temporary file, syncs it and links it into place, so that a
// crash never leaves a half-written key and two processes starting at once end up with the same one.
func createIdentity(dir string) (crypto.PrivKey, error) {
	k, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("host: generate identity: %w", err)
	}
	return SaveIdentity(dir, k)
}

// SaveIdentity installs k as the identity key in dir (for a key derived from a recovery phrase). It
// never replaces an existing key: if dir already has one, that key is returned and k is not written.
func SaveIdentity(dir string, k crypto.PrivKey) (crypto.PrivKey, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("host: create %s: %w", dir, err)
	}
	if k.Type() != crypto.Ed25519 {
		return nil, fmt.Errorf("host: identity must be an ed25519 key, not %v", k.Type())
	}
	b, err := crypto.MarshalPrivateKey(k)
	if err != nil {
		return nil, fmt.Errorf("host: encode identity: %w", err)
	}
	tmp, err := os.CreateTemp(dir, IdentityFile+".tmp-*") // mode 0600
	if err != nil {
		return nil, fmt.Errorf("host: create identity: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("host: write identity: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("host: sync identity: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("host: write identity: %w", err)
	}
	if err := os.Link(tmp.Name(), filepath.Join(dir, IdentityFile)); errors.Is(err, fs.ErrExist) {
		return LoadIdentity(dir) // another process created it first
	} else if err != nil {
		return nil, fmt.Errorf("host: install identity: %w", err)
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return k, nil
}
