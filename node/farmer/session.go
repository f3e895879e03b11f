package farmer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"

	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/storage"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// storeSession serves a store session: after the agreement and the renter's authorization are
// checked and StoreReady sent, the renter writes shard after shard (a ShardHeader frame, then exactly
// its bytes) without waiting, and the farmer answers each, in order, with a ShardAck once the shard
// is verified, durably stored and staged under the agreement. A shard that does not hash to its
// root (wire.CodeCorrupt, reason "mismatch"), too large (refused "size") or beyond the free space
// (refused "capacity") ends the session with that error; garbage is a wire.CodeBadRequest; a peer
// that sends too few bytes, stalls or breaks the framing is reset. The renter ends the session with
// CloseWrite; the farmer then closes. Stagings outlive the session: the renter revises later. An
// exiting farmer refuses the session (proto.ReasonExiting): it takes no new data.
func (s *Service) storeSession(ctx context.Context, st network.Stream) error {
	ag := s.agree.Load()
	var req proto.StoreRequest
	if err := readRequest(st, &req); err != nil {
		return err
	}
	now := ag.pol.Now()
	if err := req.Auth.Verify(st.Conn().RemotePeer().String(), now.Unix()); err != nil {
		return wire.Errorf(wire.CodeUnauthorized, "", "authorization: %v", err)
	}
	if s.exiting.Load() {
		return refuse(proto.ReasonExiting, "farmer is exiting: it takes no new data")
	}
	info, cur, err := s.readAgreement(ctx, req.AgreementID)
	if err != nil {
		return err
	}
	if info.Farmer != s.addr || info.Status != statusOpen {
		return refuse(proto.ReasonAgreement, "agreement %d is not an open agreement with this farmer", req.AgreementID)
	}
	if err := authorize(req.Auth, st.Conn().RemotePeer().String(), now, info.Renter); err != nil {
		return err
	}
	a, err := s.agreementFor(info)
	if err != nil {
		return err
	}
	a.mu.Lock()
	end := max(a.state.Latest.EndPeriod, info.EndPeriod)
	a.mu.Unlock()
	if cur > end {
		return refuse(proto.ReasonAgreement, "agreement %d ended in period %d", req.AgreementID, end)
	}
	if err := reply(st, proto.StoreReady{MaxShard: ag.pol.MaxShard, TTL: uint64(ag.pol.StageTTL / time.Second)}); err != nil {
		return err
	}
	for i := 0; ; i++ {
		if err := wire.Deadline(st, s.limits.Control); err != nil {
			return abort(err)
		}
		p, err := wire.ReadFrame(st, wire.MaxControl)
		if errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
			return nil // the renter closed its side between shards: the session is over
		} else if err != nil {
			return abort(fmt.Errorf("shard %d header: %w", i, err))
		}
		var h proto.ShardHeader
		if err := wire.Decode(p, &h); err != nil {
			return err // a typed wire.CodeBadRequest
		}
		if h.Size > ag.pol.MaxShard {
			return refuse(proto.ReasonSize, "shard %d of %d bytes, farmer takes at most %d", i, h.Size, ag.pol.MaxShard)
		}
		if err := wire.Deadline(st, s.limits.bulk(h.Size)); err != nil {
			return abort(err)
		}
		if err := a.reserveStaging(h.Size / proofs.LeafSize); err != nil {
			return err
		}
		if err := s.receiveShard(st, a, h, i); err != nil {
			a.mu.Lock()
			a.unstageLocked(h.Size / proofs.LeafSize)
			a.mu.Unlock()
			return err
		}
		if err := wire.WriteResult(st, proto.ShardAck{Root: h.Root}); err != nil {
			return abort(err)
		}
	}
}

// receiveShard stores one shard of a session from st and stages it under a. A shard already stored
// (for this agreement or another) is read and discarded, not rewritten.
func (s *Service) receiveShard(st network.Stream, a *agreement, h proto.ShardHeader, i int) (err error) {
	roots := []proofs.Hash{h.Root}
	s.pin(roots)
	defer s.unpin(roots)
	had := s.store.Has(h.Root)
	var res *storage.Reservation
	if !had {
		res, err = s.store.Reserve(int64(h.Size))
		if errors.Is(err, storage.ErrNoSpace) {
			return refuse(proto.ReasonCapacity, "%d bytes free, shard %d needs %d", max(s.store.Free(), 0), i, h.Size)
		} else if err != nil {
			return fmt.Errorf("reserve %d bytes: %w", h.Size, err)
		}
		defer res.Release()
	}
	src := &errReader{r: st}
	if err := s.store.Put(h.Root, src, int64(h.Size), res); err != nil {
		switch {
		case errors.Is(err, storage.ErrMismatch):
			return wireMismatch(i, h.Root)
		case src.err != nil:
			return abort(fmt.Errorf("receive shard %d: %w", i, src.err))
		default:
			return fmt.Errorf("store shard %d: %w", i, err)
		}
	}
	defer func() {
		if err != nil && !had {
			s.discard([]proofs.Hash{h.Root}) // we still pin it: discard skips only other pins
		}
	}()
	return s.stage(a, h)
}

func wireMismatch(i int, root proofs.Hash) error {
	return wire.Errorf(wire.CodeCorrupt, proto.ReasonMismatch, "shard %d does not hash to its root %x", i, root[:8])
}

// stage records a stored shard as staged under a until the TTL (a shard the agreement's newest
// revision already holds is left as it is).
func (s *Service) stage(a *agreement, h proto.ShardHeader) error {
	ag := s.agree.Load()
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.state.Tree.Has(h.Root) {
		a.unstageLocked(h.Size / proofs.LeafSize) // counted by reserveStaging: not staged after all
		return nil
	}
	if _, already, err := s.staged(a.id, h.Root); err != nil {
		return err
	} else if already {
		a.unstageLocked(h.Size / proofs.LeafSize) // staged before: its expiry is renewed, counted once
	}
	v, err := json.Marshal(stagedShard{Leaves: h.Size / proofs.LeafSize, Expires: ag.pol.Now().Add(ag.pol.StageTTL).UnixNano()})
	if err != nil {
		return fmt.Errorf("farmer: encode staging: %w", err)
	}
	b := new(leveldb.Batch)
	b.Put(stageKey(a.id, h.Root), v)
	b.Put(refKey(h.Root, a.id, refStaged), nil)
	if err := s.db.Write(b, &opt.WriteOptions{Sync: true}); err != nil {
		return fmt.Errorf("farmer: stage shard %x of agreement %d: %w", h.Root[:8], a.id, err)
	}
	return nil
}

// errReader counts what the stream under a store.Put delivered and remembers its error, to tell a
// peer that sent too little (or stalled) from a local failure. (A read may return the last bytes of
// a shard with io.EOF, so a remembered error matters only when Put failed.)
type errReader struct {
	r   io.Reader
	n   uint64
	err error
}

func (e *errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	e.n += uint64(n)
	if err != nil && e.err == nil {
		e.err = err
	}
	return n, err
}
