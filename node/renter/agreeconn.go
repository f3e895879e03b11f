package renter

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// farmerConn is how the agreement client talks to one farmer (node/proto/agreements.go).
type farmerConn interface {
	// Offer asks for signed terms to open an agreement.
	Offer(ctx context.Context, req proto.OfferRequest) (proto.AgreementOffer, error)
	// Store opens a store session on agreement id.
	Store(ctx context.Context, id uint64, auth proto.RetrievalAuth) (storeSession, error)
	// Revise proposes the next revision of an agreement and returns the farmer's signature.
	Revise(ctx context.Context, req proto.ReviseRequest) (proto.ReviseResult, error)
	// Latest returns the farmer's newest co-signed revision of agreement id.
	Latest(ctx context.Context, id uint64, auth proto.RetrievalAuth) (proto.LatestRevision, error)
	// Anchor leaves a catalogue anchor with the farmer and returns the number it keeps.
	Anchor(ctx context.Context, a proto.Anchor) (uint64, error)
	// Download reads a whole shard of size bytes into dst (appending).
	Download(ctx context.Context, root proofs.Hash, size uint64, auth proto.RetrievalAuth, dst []byte) ([]byte, error)
}

// storeSession is one store stream: shards go out pipelined, acks come back in order.
type storeSession interface {
	// Send writes one shard (header and bytes) without waiting for its ack (unless Window shards
	// are already waiting for theirs). data is not kept after Send returns. An error ends the session.
	Send(ctx context.Context, root proofs.Hash, data []byte) error
	// Close ends the session and returns the roots the farmer acknowledged, in the order sent; the
	// error is nil only if every shard sent was acknowledged.
	Close(ctx context.Context) ([]proofs.Hash, error)
	// Abort drops the session at once.
	Abort()
}

// ErrSession: a store session that broke (the farmer failed, refused a shard or answered out of
// order).
var ErrSession = errors.New("renter: store session failed")

// p2pConn is farmerConn over libp2p streams (Network) and node/wire frames.
type p2pConn struct {
	net      Network
	f        chain.FarmerInfo
	timeout  time.Duration
	bulkRate int64
	window   int
}

func (c *p2pConn) open(ctx context.Context, protocol string) (Stream, error) {
	s, err := c.net.Open(ctx, c.f, protocol)
	if err != nil {
		return nil, fmt.Errorf("open %s to %s: %w", protocol, c.f.Address, err)
	}
	if err := wire.Deadline(s, c.timeout); err != nil {
		s.Reset()
		return nil, err
	}
	return s, nil
}

// exchange writes req (a frame of at most wcap bytes), closes the write side and reads a wire
// Response of at most rcap bytes into resp.
func (c *p2pConn) exchange(ctx context.Context, protocol string, req any, wcap int, resp any, rcap int) error {
	s, err := c.open(ctx, protocol)
	if err != nil {
		return err
	}
	defer s.Close()
	stop := context.AfterFunc(ctx, func() { s.Reset() })
	defer stop()
	fail := func(err error) error {
		s.Reset()
		return fmt.Errorf("%s with %s: %w", protocol, c.f.Address, err)
	}
	if err := wire.WriteMsgCap(s, req, wcap); err != nil {
		return fail(err)
	}
	if err := s.CloseWrite(); err != nil {
		return fail(err)
	}
	if err := readResultCap(s, resp, rcap); err != nil {
		return fail(err)
	}
	return nil
}

// readResultCap is wire.ReadResult for a reply of up to max bytes.
func readResultCap(r io.Reader, v any, max int) error {
	var resp wire.Response
	if err := wire.ReadMsgCap(r, &resp, max); err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return wire.Decode(resp.Result, v)
}

func (c *p2pConn) Offer(ctx context.Context, req proto.OfferRequest) (proto.AgreementOffer, error) {
	var o proto.AgreementOffer
	err := c.exchange(ctx, proto.OfferID, req, wire.MaxControl, &o, wire.MaxControl)
	return o, err
}

func (c *p2pConn) Revise(ctx context.Context, req proto.ReviseRequest) (proto.ReviseResult, error) {
	var r proto.ReviseResult
	err := c.exchange(ctx, proto.ReviseID, req, proto.MaxRevise, &r, wire.MaxControl)
	return r, err
}

func (c *p2pConn) Latest(ctx context.Context, id uint64, auth proto.RetrievalAuth) (proto.LatestRevision, error) {
	var l proto.LatestRevision
	err := c.exchange(ctx, proto.LatestID, proto.LatestRequest{AgreementID: id, Auth: auth}, wire.MaxControl, &l, proto.MaxRevise)
	return l, err
}

func (c *p2pConn) Anchor(ctx context.Context, a proto.Anchor) (uint64, error) {
	var ack proto.AnchorAck
	err := c.exchange(ctx, proto.AnchorID, a, proto.MaxAnchorRequest, &ack, wire.MaxControl)
	return ack.Number, err
}

func (c *p2pConn) Download(ctx context.Context, root proofs.Hash, size uint64, auth proto.RetrievalAuth, dst []byte) ([]byte, error) {
	st, err := c.open(ctx, proto.DownloadID)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	if err := wire.Deadline(st, c.timeout+time.Duration(size/uint64(c.bulkRate))*time.Second); err != nil {
		st.Reset()
		return nil, err
	}
	stop := context.AfterFunc(ctx, func() { st.Reset() }) // long-tail cutting cancels the slow ones
	defer stop()
	fail := func(err error) ([]byte, error) {
		st.Reset()
		return nil, fmt.Errorf("shard %x from %s: %w", root[:8], c.f.Address, err)
	}
	if err := wire.WriteMsg(st, proto.DownloadRequest{CID: proto.ShardCID(root).String(), Auth: auth}); err != nil {
		return fail(err)
	}
	var hdr proto.DownloadHeader
	if err := wire.ReadResult(st, &hdr); err != nil {
		return fail(err)
	}
	if hdr.Length != size {
		return fail(fmt.Errorf("farmer sends %d bytes, want %d", hdr.Length, size))
	}
	n := len(dst)
	dst = append(dst, make([]byte, size)...)
	if _, err := io.ReadFull(st, dst[n:]); err != nil {
		return fail(err)
	}
	return dst, nil
}

// Store opens a store session: StoreRequest → StoreReady, then the session pipelines shards.
func (c *p2pConn) Store(ctx context.Context, id uint64, auth proto.RetrievalAuth) (storeSession, error) {
	s, err := c.open(ctx, proto.StoreID)
	if err != nil {
		return nil, err
	}
	stop := context.AfterFunc(ctx, func() { s.Reset() })
	defer stop()
	if err := wire.WriteMsg(s, proto.StoreRequest{AgreementID: id, Auth: auth}); err != nil {
		s.Reset()
		return nil, fmt.Errorf("store with %s: %w", c.f.Address, err)
	}
	var ready proto.StoreReady
	if err := wire.ReadResult(s, &ready); err != nil {
		s.Reset()
		return nil, fmt.Errorf("store with %s: %w", c.f.Address, err)
	}
	ss := newStreamSession(s, ready.MaxShard, c.window, func(bytes uint64) {
		s.SetDeadline(time.Now().Add(c.timeout + time.Duration(bytes/uint64(c.bulkRate))*time.Second))
	})
	return ss, nil
}

// ackReader tracks the acknowledgements of a store session: the roots sent, in order, and how many
// of them the farmer acknowledged. An ack for anything but the oldest unacknowledged root, an ack
// with nothing outstanding, or an error ends the session.
type ackReader struct {
	mu    sync.Mutex
	sent  []proofs.Hash
	acked int
	err   error         // why the session ended (nil while it runs, or at a clean end)
	done  chan struct{} // closed when the reader stops
	slots chan struct{} // one token per shard in flight: Send blocks when Window are unacknowledged
}

func newAckReader(window int) *ackReader {
	return &ackReader{done: make(chan struct{}), slots: make(chan struct{}, window)}
}

// expect records root as sent (before its bytes go out, so that its ack cannot come first).
func (a *ackReader) expect(root proofs.Hash) {
	a.mu.Lock()
	a.sent = append(a.sent, root)
	a.mu.Unlock()
}

// ack checks one acknowledgement from the farmer.
func (a *ackReader) ack(root proofs.Hash) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	switch {
	case a.acked >= len(a.sent):
		return fmt.Errorf("%w: ack of %x with no shard outstanding", ErrSession, root[:8])
	case a.sent[a.acked] != root:
		return fmt.Errorf("%w: ack of %x, the next shard sent is %x", ErrSession, root[:8], a.sent[a.acked][:8])
	}
	a.acked++
	select {
	case <-a.slots:
	default:
	}
	return nil
}

// run reads acks from r until the farmer closes the stream or fails; on a failure it calls reset,
// so that a Send blocked on a farmer that stopped reading returns at once.
func (a *ackReader) run(r io.Reader, closing func() bool, reset func()) {
	defer close(a.done)
	for {
		var ack proto.ShardAck
		err := wire.ReadResult(r, &ack)
		if err == nil {
			err = a.ack(ack.Root)
		} else if errors.Is(err, io.EOF) && closing() {
			a.mu.Lock()
			if a.acked < len(a.sent) {
				err = fmt.Errorf("%w: farmer ended the session with %d of %d shards unacknowledged", ErrSession, len(a.sent)-a.acked, len(a.sent))
			} else {
				err = nil
			}
			a.mu.Unlock()
			a.finish(err)
			return
		} else {
			err = fmt.Errorf("%w: %w", ErrSession, err)
		}
		if err != nil {
			a.finish(err)
			reset()
			return
		}
	}
}

func (a *ackReader) finish(err error) {
	a.mu.Lock()
	a.err = err
	a.mu.Unlock()
}

// state returns the acknowledged roots and the session's error.
func (a *ackReader) state() ([]proofs.Hash, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]proofs.Hash(nil), a.sent[:a.acked]...), a.err
}

// streamSession is storeSession over a libp2p stream.
type streamSession struct {
	s        Stream
	maxShard uint64
	acks     *ackReader
	deadline func(bytes uint64)

	mu      sync.Mutex
	closing bool
}

func newStreamSession(s Stream, maxShard uint64, window int, deadline func(uint64)) *streamSession {
	ss := &streamSession{s: s, maxShard: maxShard, acks: newAckReader(window), deadline: deadline}
	go ss.acks.run(s, func() bool {
		ss.mu.Lock()
		defer ss.mu.Unlock()
		return ss.closing
	}, func() { s.Reset() })
	return ss
}

func (ss *streamSession) Send(ctx context.Context, root proofs.Hash, data []byte) error {
	if uint64(len(data)) > ss.maxShard {
		return fmt.Errorf("%w: shard of %d bytes, the farmer takes at most %d", ErrSession, len(data), ss.maxShard)
	}
	select { // wait for room in the window
	case ss.acks.slots <- struct{}{}:
	case <-ss.acks.done:
		_, err := ss.acks.state()
		return cmpErr(err, fmt.Errorf("%w: farmer ended the session", ErrSession))
	case <-ctx.Done():
		return ctx.Err()
	}
	if _, err := ss.acks.state(); err != nil {
		return err
	}
	stop := context.AfterFunc(ctx, func() { ss.s.Reset() })
	defer stop()
	ss.deadline(uint64(len(data)))
	ss.acks.expect(root)
	err := wire.WriteMsg(ss.s, proto.ShardHeader{Root: root, Size: uint64(len(data))})
	if err == nil {
		_, err = ss.s.Write(data)
	}
	if err != nil {
		ss.s.Reset()
		if _, why := ss.acks.state(); why != nil {
			return why // the farmer's own error (a typed refusal, a bad ack) says more than the reset
		}
		return fmt.Errorf("%w: %w", ErrSession, err)
	}
	return nil
}

func cmpErr(err, fallback error) error {
	if err != nil {
		return err
	}
	return fallback
}

func (ss *streamSession) Close(ctx context.Context) ([]proofs.Hash, error) {
	ss.mu.Lock()
	ss.closing = true
	ss.mu.Unlock()
	ss.deadline(uint64(cap(ss.acks.slots)) * ss.maxShard) // the farmer may still be writing a window of shards
	if err := ss.s.CloseWrite(); err != nil {
		ss.s.Reset()
		<-ss.acks.done
		acked, _ := ss.acks.state()
		return acked, fmt.Errorf("%w: close: %w", ErrSession, err)
	}
	select {
	case <-ss.acks.done:
	case <-ctx.Done():
		ss.s.Reset()
		<-ss.acks.done
	}
	acked, err := ss.acks.state()
	if err == nil && ctx.Err() != nil {
		err = ctx.Err()
	}
	if err != nil {
		ss.s.Reset()
		return acked, err
	}
	ss.s.Close()
	return acked, nil
}

func (ss *streamSession) Abort() {
	ss.s.Reset()
	<-ss.acks.done
}
