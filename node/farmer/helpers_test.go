package farmer_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"path/filepath"
	"testing"
	"time"

	corehost "github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/granary-network/granary/node/host"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// newHost starts a libp2p host listening on TCP and QUIC on 127.0.0.1.
func newHost(t *testing.T) corehost.Host {
	t.Helper()
	h, err := host.New(context.Background(), host.Config{DataDir: t.TempDir(), ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

func randomShard(t *testing.T, size int) []byte {
	t.Helper()
	b := make([]byte, size)
	rand.Read(b)
	return b
}

func randomShards(t *testing.T, sizes ...int) [][]byte {
	out := make([][]byte, len(sizes))
	for i, s := range sizes {
		out[i] = randomShard(t, s)
	}
	return out
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// call sends one request on a new stream and reads the reply.
func call(ctx context.Context, h corehost.Host, to peer.ID, pid protocol.ID, req, resp any) error {
	s, err := h.NewStream(ctx, to, pid)
	if err != nil {
		return err
	}
	defer s.Close()
	s.SetDeadline(time.Now().Add(10 * time.Second))
	if err := wire.WriteMsg(s, req); err != nil {
		return err
	}
	return wire.ReadResult(s, resp)
}

// downloadFrom fetches a shard or a range of it from farmer fh, through h.
func downloadFrom(t *testing.T, fh corehost.Host, h corehost.Host, req proto.DownloadRequest) ([]byte, error) {
	s, err := h.NewStream(ctxT(t), fh.ID(), proto.DownloadID)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	s.SetDeadline(time.Now().Add(10 * time.Second))
	if err := wire.WriteMsg(s, req); err != nil {
		return nil, err
	}
	var hdr proto.DownloadHeader
	if err := wire.ReadResult(s, &hdr); err != nil {
		return nil, err
	}
	buf := make([]byte, hdr.Length)
	if _, err := io.ReadFull(s, buf); err != nil {
		return nil, err
	}
	if n, err := s.Read(make([]byte, 1)); n != 0 || err != io.EOF {
		return nil, io.ErrShortBuffer // more than the header announced
	}
	return buf, nil
}

func cidOf(t *testing.T, shard []byte) string {
	t.Helper()
	return proto.ShardCID(rootOf(t, shard)).String()
}

func rootOf(t *testing.T, shard []byte) proofs.Hash {
	t.Helper()
	r, err := proofs.ShardRoot(shard)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// shardPath is where the store under dir keeps a shard (its on-disk layout), for tests that damage it.
func shardPath(dir string, root proofs.Hash) string {
	h := hex.EncodeToString(root[:])
	return filepath.Join(dir, "shards", h[:2], h)
}

// isReset reports whether err is the stream being reset by the other side.
func isReset(err error) bool {
	return err != nil && errors.Is(err, network.ErrReset)
}
