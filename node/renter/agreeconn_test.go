package renter

import (
	"context"
	"errors"
	"io"
	"testing"
	"time"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// pipeStream is one end of an in-memory stream with half-close.
type pipeStream struct {
	r *io.PipeReader
	w *io.PipeWriter
}

var errReset = errors.New("stream reset")

func (s *pipeStream) Read(p []byte) (int, error)  { return s.r.Read(p) }
func (s *pipeStream) Write(p []byte) (int, error) { return s.w.Write(p) }
func (s *pipeStream) Close() error                { s.w.Close(); return s.r.Close() }
func (s *pipeStream) CloseWrite() error           { return s.w.Close() }
func (s *pipeStream) SetDeadline(time.Time) error { return nil }
func (s *pipeStream) Reset() error {
	s.w.CloseWithError(errReset)
	return s.r.CloseWithError(errReset)
}

func streamPair() (*pipeStream, *pipeStream) {
	ar, bw := io.Pipe()
	br, aw := io.Pipe()
	return &pipeStream{r: ar, w: aw}, &pipeStream{r: br, w: bw}
}

// pipeNet hands every stream to serve, run as the farmer's handler.
type pipeNet struct {
	serve func(protocol string, s *pipeStream)
}

func (n pipeNet) Open(_ context.Context, _ chain.FarmerInfo, protocol string) (Stream, error) {
	c, s := streamPair()
	go n.serve(protocol, s)
	return c, nil
}

func (pipeNet) PeerID() string { return "renter-peer" }

// storeServer speaks the farmer's side of the store protocol; ack decides the answer to each shard.
func storeServer(t *testing.T, ack func(i int, h proto.ShardHeader, data []byte) (proofs.Hash, error)) pipeNet {
	return pipeNet{serve: func(protocol string, s *pipeStream) {
		defer s.Close()
		if protocol != proto.StoreID {
			s.Reset()
			return
		}
		var req proto.StoreRequest
		if err := wire.ReadMsg(s, &req); err != nil {
			s.Reset()
			return
		}
		wire.WriteResult(s, proto.StoreReady{MaxShard: 1 << 20, TTL: 3600})
		for i := 0; ; i++ {
			var h proto.ShardHeader
			if err := wire.ReadMsg(s, &h); err != nil {
				return // the renter closed its side: done
			}
			data := make([]byte, h.Size)
			if _, err := io.ReadFull(s, data); err != nil {
				s.Reset()
				return
			}
			root, err := ack(i, h, data)
			if err != nil {
				wire.WriteError(s, err)
				return
			}
			if root == (proofs.Hash{}) {
				return // ends the session early
			}
			wire.WriteResult(s, proto.ShardAck{Root: root})
		}
	}}
}

func testShards(t *testing.T, n int) ([][]byte, []proofs.Hash) {
	var data [][]byte
	var roots []proofs.Hash
	for i := range n {
		d := randomBytes(uint64(100+i), 4*proofs.LeafSize)
		r, err := proofs.ShardRoot(d)
		if err != nil {
			t.Fatal(err)
		}
		data, roots = append(data, d), append(roots, r)
	}
	return data, roots
}

func runSession(t *testing.T, net pipeNet, window, n int) ([]proofs.Hash, []proofs.Hash, error) {
	t.Helper()
	c := &p2pConn{net: net, f: chain.FarmerInfo{}, timeout: time.Second, bulkRate: 1 << 20, window: window}
	ctx := context.Background()
	sess, err := c.Store(ctx, 1, proto.RetrievalAuth{})
	if err != nil {
		t.Fatal(err)
	}
	data, roots := testShards(t, n)
	var sendErr error
	for i := range data {
		if sendErr = sess.Send(ctx, roots[i], data[i]); sendErr != nil {
			break
		}
	}
	acked, err := sess.Close(ctx)
	return roots, acked, errors.Join(sendErr, err)
}

func TestStoreSessionAcksInOrder(t *testing.T) {
	net := storeServer(t, func(i int, h proto.ShardHeader, data []byte) (proofs.Hash, error) {
		r, err := proofs.ShardRoot(data)
		if err != nil || r != h.Root {
			return proofs.Hash{}, wire.Errorf(wire.CodeCorrupt, "", "root")
		}
		return r, nil
	})
	for _, window := range []int{1, 3, 16} {
		roots, acked, err := runSession(t, net, window, 7)
		if err != nil || len(acked) != 7 {
			t.Fatalf("window %d: %d acked, %v", window, len(acked), err)
		}
		for i := range roots {
			if acked[i] != roots[i] {
				t.Fatalf("ack %d for another root", i)
			}
		}
	}
}

func TestStoreSessionRefusesBadAcks(t *testing.T) {
	cases := map[string]func(i int, h proto.ShardHeader, data []byte) (proofs.Hash, error){
		"wrong root": func(i int, h proto.ShardHeader, _ []byte) (proofs.Hash, error) {
			if i == 2 {
				h.Root[0] ^= 1
			}
			return h.Root, nil
		},
		"ends early": func(i int, h proto.ShardHeader, _ []byte) (proofs.Hash, error) {
			if i == 2 {
				return proofs.Hash{}, nil
			}
			return h.Root, nil
		},
		"typed error": func(i int, h proto.ShardHeader, _ []byte) (proofs.Hash, error) {
			if i == 2 {
				return proofs.Hash{}, wire.Errorf(wire.CodeCorrupt, "", "shard does not match its root")
			}
			return h.Root, nil
		},
	}
	for name, ack := range cases {
		t.Run(name, func(t *testing.T) {
			_, acked, err := runSession(t, storeServer(t, ack), 16, 5)
			if err == nil {
				t.Fatal("session with a bad ack succeeded")
			}
			if len(acked) != 2 {
				t.Fatalf("%d shards counted as acknowledged, want 2", len(acked))
			}
			if name == "typed error" && !errors.Is(err, wire.ErrCorrupt) {
				t.Fatalf("typed error lost: %v", err)
			}
		})
	}
}

func TestReviseOverWire(t *testing.T) {
	var got proto.ReviseRequest
	net := pipeNet{serve: func(protocol string, s *pipeStream) {
		defer s.Close()
		if err := wire.ReadMsgCap(s, &got, proto.MaxRevise); err != nil {
			wire.WriteError(s, err)
			return
		}
		wire.WriteError(s, wire.Errorf(wire.CodeRefused, proto.ReasonEscrow, "escrow"))
	}}
	c := &p2pConn{net: net, timeout: time.Second, bulkRate: 1 << 20, window: 1}
	add := make([]proto.ShardEntry, 3000) // a request above wire.MaxControl
	for i := range add {
		add[i] = proto.ShardEntry{Root: proofs.Hash{byte(i), byte(i >> 8), 1}, Leaves: 4}
	}
	req := proto.ReviseRequest{Revision: proto.RevisionMsg{AgreementID: 1, Number: 1, Leaves: 12000, Shards: 3000, EndPeriod: 5},
		Add: add, RenterSig: make([]byte, 65)}
	_, err := c.Revise(context.Background(), req)
	if !errors.Is(err, &wire.Error{Code: wire.CodeRefused, Reason: proto.ReasonEscrow}) {
		t.Fatalf("revise: %v", err)
	}
	if len(got.Add) != 3000 {
		t.Fatalf("farmer read %d shards", len(got.Add))
	}
}
