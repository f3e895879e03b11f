package renter

import (
	"context"
	"errors"
	"fmt"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/libp2p/go-libp2p/p2p/net/swarm"

	"github.com/granary-network/granary/node/chain"
	ghost "github.com/granary-network/granary/node/host"
)

// P2P is the renter's Network over a libp2p host: it dials farmers at the addresses they
// announced on chain.
type P2P struct {
	H host.Host
}

// PeerID returns the host's peer id.
func (p P2P) PeerID() string { return p.H.ID().String() }

// Open connects to the farmer if needed and opens a stream for protocol.
func (p P2P) Open(ctx context.Context, f chain.FarmerInfo, proto string) (Stream, error) {
	ai, err := ghost.AddrInfo(f.PeerID, f.Addrs)
	if err != nil {
		return nil, fmt.Errorf("farmer %s announced unusable addresses: %w", f.Address, err)
	}
	if p.H.Network().Connectedness(ai.ID) != network.Connected {
		err := p.H.Connect(ctx, ai)
		if errors.Is(err, swarm.ErrDialBackoff) {
			// The farmer was unreachable a moment ago. A renter asks only for what it needs (and
			// cancels what it no longer needs), so try again now rather than wait out libp2p's backoff:
			// a farmer that restarted is usable at once.
			err = p.H.Connect(network.WithForceDirectDial(ctx, "farmer retried after backoff"), ai)
		}
		if err != nil {
			return nil, fmt.Errorf("connect to farmer %s: %w", f.Address, err)
		}
	}
	s, err := p.H.NewStream(ctx, ai.ID, protocol.ID(proto))
	if err != nil {
		return nil, fmt.Errorf("open %s to farmer %s: %w", proto, f.Address, err)
	}
	return s, nil
}

var _ Stream = network.Stream(nil)
