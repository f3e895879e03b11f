package host

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"
)

// Limits on announced addresses: a farmer announces a handful of addresses, and whatever reads them
// from the chain must not be made to parse more.
const (
	MaxAddrs    = 16
	MaxAddrSize = 512 // bytes of one binary multiaddr
)

// ErrBadAddrs is returned (wrapped) for announced address or peer id bytes that do not decode.
var ErrBadAddrs = errors.New("host: bad announced addresses")

// EncodeAddrs encodes multiaddrs for an on-chain announcement: each binary multiaddr preceded by its
// length as a uvarint. A /p2p/<id> suffix is dropped (the peer id is announced on its own);
// addresses over MaxAddrSize and those past MaxAddrs are left out, so the result always decodes.
func EncodeAddrs(addrs []multiaddr.Multiaddr) []byte {
	var out []byte
	n := 0
	for _, a := range addrs {
		a, _ = peer.SplitAddr(a)
		b := a.Bytes()
		if len(b) == 0 || len(b) > MaxAddrSize || n == MaxAddrs {
			continue
		}
		out = binary.AppendUvarint(out, uint64(len(b)))
		out = append(out, b...)
		n++
	}
	return out
}

// DecodeAddrs decodes EncodeAddrs' output. Empty input is no addresses; anything that is not a
// well-formed list of at most MaxAddrs valid multiaddrs is refused with ErrBadAddrs.
func DecodeAddrs(b []byte) ([]multiaddr.Multiaddr, error) {
	var out []multiaddr.Multiaddr
	for len(b) > 0 {
		if len(out) == MaxAddrs {
			return nil, fmt.Errorf("%w: more than %d addresses", ErrBadAddrs, MaxAddrs)
		}
		n, k := binary.Uvarint(b)
		if k <= 0 || n == 0 || n > MaxAddrSize || n > uint64(len(b)-k) {
			return nil, fmt.Errorf("%w: bad length prefix of address %d", ErrBadAddrs, len(out))
		}
		a, err := multiaddr.NewMultiaddrBytes(b[k : k+int(n)])
		if err != nil {
			return nil, fmt.Errorf("%w: address %d: %v", ErrBadAddrs, len(out), err)
		}
		if len(a) == 0 {
			return nil, fmt.Errorf("%w: empty address %d", ErrBadAddrs, len(out))
		}
		out = append(out, a)
		b = b[k+int(n):]
	}
	return out, nil
}

// EncodePeerID returns the bytes of a peer id as announced on chain (its multihash).
func EncodePeerID(id peer.ID) []byte { return []byte(id) }

// DecodePeerID decodes announced peer id bytes.
func DecodePeerID(b []byte) (peer.ID, error) {
	id, err := peer.IDFromBytes(b)
	if err != nil {
		return "", fmt.Errorf("%w: peer id: %v", ErrBadAddrs, err)
	}
	return id, nil
}

// AddrInfo turns a farmer's on-chain announcement into what a host dials. An announcement without a
// valid peer id or without any address is refused; an address naming another peer (a /p2p suffix)
// is refused too.
func AddrInfo(peerID, addrs []byte) (peer.AddrInfo, error) {
	id, err := DecodePeerID(peerID)
	if err != nil {
		return peer.AddrInfo{}, err
	}
	as, err := DecodeAddrs(addrs)
	if err != nil {
		return peer.AddrInfo{}, err
	}
	if len(as) == 0 {
		return peer.AddrInfo{}, fmt.Errorf("%w: no addresses announced", ErrBadAddrs)
	}
	for i, a := range as {
		t, other := peer.SplitAddr(a)
		if other != "" && other != id {
			return peer.AddrInfo{}, fmt.Errorf("%w: address %d names peer %s, not %s", ErrBadAddrs, i, other, id)
		}
		if len(t) == 0 {
			return peer.AddrInfo{}, fmt.Errorf("%w: address %d has no transport", ErrBadAddrs, i)
		}
		as[i] = t
	}
	return peer.AddrInfo{ID: id, Addrs: as}, nil
}
