package farmer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/granary-network/granary/node/wire"
)

// abortError ends a stream with a reset instead of an answer: the peer broke the protocol (garbage,
// an oversized frame, missing bytes, a stall past the deadline) or the stream itself broke.
type abortError struct{ err error }

func (e *abortError) Error() string { return "stream aborted: " + e.err.Error() }
func (e *abortError) Unwrap() error { return e.err }

func abort(err error) error { return &abortError{err} }

// readRequest reads one control message. A frame over the cap, a broken or stalled stream, or a
// frame that is not JSON at all aborts the stream; JSON that does not decode into a valid v is
// answered with a typed wire.CodeBadRequest.
func readRequest(r io.Reader, v any) error {
	p, err := wire.ReadFrame(r, wire.MaxControl)
	if err != nil {
		return abort(err)
	}
	if !json.Valid(p) {
		return abort(fmt.Errorf("%T request is not JSON", v))
	}
	return wire.Decode(p, v)
}

// refuse is a typed refusal (wire.CodeRefused) with its reason.
func refuse(reason, format string, args ...any) error {
	return wire.Errorf(wire.CodeRefused, reason, format, args...)
}

// reply writes a result; a stream that cannot take it is aborted.
func reply(w io.Writer, v any) error {
	if err := wire.WriteResult(w, v); err != nil {
		return abort(err)
	}
	return nil
}

// gate caps the streams of one protocol, in all and per peer.
type gate struct {
	mu         sync.Mutex
	total, max int
	perPeer    int
	peers      map[peer.ID]int
}

func newGate(max, perPeer int) *gate {
	return &gate{max: max, perPeer: perPeer, peers: map[peer.ID]int{}}
}

func (g *gate) enter(p peer.ID) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.total >= g.max || g.peers[p] >= g.perPeer {
		return false
	}
	g.total++
	g.peers[p]++
	return true
}

func (g *gate) leave(p peer.ID) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.total--
	if g.peers[p]--; g.peers[p] == 0 {
		delete(g.peers, p)
	}
}

// handler wraps a protocol's handler with the stream discipline: the concurrency caps, the
// deadline, panic recovery, and the ending of the stream by the handler's result (nil: it answered;
// an abort: reset; a wire error: answered with it; anything else: logged and answered as internal).
func (s *Service) handler(pid protocol.ID, h func(ctx context.Context, st network.Stream) error) network.StreamHandler {
	g := newGate(s.limits.Streams, s.limits.StreamsPerPeer)
	return func(st network.Stream) {
		remote := st.Conn().RemotePeer()
		log := s.log.With("protocol", pid, "peer", remote)
		if !g.enter(remote) {
			log.Debug("too many streams; refusing")
			_ = wire.Deadline(st, time.Second)
			_ = wire.WriteError(st, wire.Errorf(wire.CodeBusy, "", "too many %s streams", pid))
			st.Close()
			return
		}
		defer g.leave(remote)
		if !s.track(st) {
			st.Reset()
			return
		}
		defer s.untrack(st)
		defer func() {
			if r := recover(); r != nil {
				log.Error("handler panicked", "panic", r, "stack", string(debug.Stack()))
				st.ResetWithError(network.StreamProtocolViolation)
			}
		}()
		if err := wire.Deadline(st, s.limits.Control); err != nil {
			st.Reset()
			return
		}
		ctx, cancel := context.WithCancel(s.ctx)
		defer cancel()
		s.finish(st, log, h(ctx, st))
	}
}

func (s *Service) finish(st network.Stream, log *slog.Logger, err error) {
	var ab *abortError
	var we *wire.Error
	switch {
	case err == nil:
		st.Close()
	case errors.As(err, &ab):
		log.Debug("resetting stream", "err", err)
		st.ResetWithError(network.StreamProtocolViolation)
	case errors.As(err, &we):
		log.Debug("refusing", "err", err)
		if wire.WriteError(st, we) != nil {
			st.Reset()
			return
		}
		st.Close()
	default:
		log.Error("request failed", "err", err)
		if wire.WriteError(st, err) != nil { // sent as CodeInternal, without the text
			st.Reset()
			return
		}
		st.Close()
	}
}

// track registers a stream being served so that Close can reset it; false once closed.
func (s *Service) track(st network.Stream) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.streams[st] = true
	s.wg.Add(1)
	return true
}

func (s *Service) untrack(st network.Stream) {
	s.mu.Lock()
	delete(s.streams, st)
	s.mu.Unlock()
	s.wg.Done()
}
