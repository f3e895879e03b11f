package farmer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"slices"
	"time"

	"github.com/libp2p/go-libp2p/core/network"

	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/storage"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

func (s *Service) upload(ctx context.Context, st network.Stream) error {
	var req proto.UploadRequest
	if err := readRequest(st, &req); err != nil {
		return err
	}
	pd, err := s.take(req.ID, st.Conn().RemotePeer())
	if err != nil {
		return err
	}
	defer pd.res.Release() // what the shards did not use: shards already stored, or a failed upload
	sig, err := s.receive(st, pd)
	if err != nil {
		return err
	}
	return reply(st, proto.UploadResult{FarmerSig: sig})
}

// receive reads the proposal's shards from st in order, each streamed into the store, which checks
// it against its root as it writes. Only when every shard is stored does it record the deal and
// sign its terms. On any failure the shards this upload added are deleted and nothing is signed.
//
// Once it knows the proposal, the farmer reads the whole upload before it answers, even to refuse
// it: an uploader may write every byte before reading the answer (a stream that breaks or stalls is
// reset instead).
func (s *Service) receive(st network.Stream, pd *pending) (sig []byte, err error) {
	t := pd.prop.Terms.Market()
	src := &errReader{r: st}
	s.pin(pd.roots)
	defer s.unpin(pd.roots)
	defer func() {
		var ab *abortError
		if err != nil && !errors.As(err, &ab) && src.n < t.Size {
			if derr := s.drain(st, src, t.Size-src.n); derr != nil {
				err = derr
			}
		}
	}()
	var added []proofs.Hash
	defer func() {
		if err != nil {
			s.discard(added)
		}
	}()
	if t.Deadline.Cmp(big.NewInt(time.Now().Unix())) <= 0 {
		return nil, refuse(proto.ReasonExpired, "terms' deadline %v has passed", t.Deadline)
	}
	for i, sh := range pd.prop.Shards {
		if err := wire.Deadline(st, s.limits.bulk(sh.Size)); err != nil {
			return nil, abort(err)
		}
		root := pd.roots[i]
		had := s.store.Has(root)
		if err := s.store.Put(root, src, int64(sh.Size), pd.res); err != nil {
			switch {
			case errors.Is(err, storage.ErrMismatch): // the whole shard was read
				return nil, refuse(proto.ReasonMismatch, "shard %d does not hash to its root %s", i, sh.CID)
			case src.err != nil:
				return nil, abort(fmt.Errorf("receive shard %d: %w", i, src.err))
			default:
				return nil, fmt.Errorf("store shard %d: %w", i, err)
			}
		}
		if !had {
			added = append(added, root)
		}
	}
	if err := wire.Deadline(st, s.limits.Control); err != nil {
		return nil, abort(err)
	}
	sig, err = s.market.Domain.Sign(t, s.key)
	if err != nil {
		return nil, err
	}
	rec := dealRecord{Terms: pd.prop.Terms, Shards: pd.prop.Shards, RenterSig: pd.prop.RenterSig, FarmerSig: sig, Stored: time.Now().Unix()}
	if err := s.record(rec, pd.roots); err != nil {
		return nil, err
	}
	s.log.Info("deal stored and signed", "root", proofs.Hash(t.Root), "renter", t.Renter, "shards", len(pd.roots), "size", t.Size)
	return sig, nil
}

// drain reads and discards the n bytes left of a refused upload.
func (s *Service) drain(st network.Stream, src io.Reader, n uint64) error {
	if err := wire.Deadline(st, s.limits.bulk(n)); err != nil {
		return abort(err)
	}
	if _, err := io.CopyN(io.Discard, src, int64(n)); err != nil {
		return abort(fmt.Errorf("drain refused upload: %w", err))
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

// pin marks the shards of an upload in progress, so that a failing upload never deletes a shard
// another upload is using.
func (s *Service) pin(roots []proofs.Hash) {
	s.pinMu.Lock()
	defer s.pinMu.Unlock()
	for _, r := range unique(roots) {
		s.pins[r]++
	}
}

func (s *Service) unpin(roots []proofs.Hash) {
	s.pinMu.Lock()
	defer s.pinMu.Unlock()
	for _, r := range unique(roots) {
		if s.pins[r]--; s.pins[r] <= 0 {
			delete(s.pins, r)
		}
	}
}

func unique(roots []proofs.Hash) []proofs.Hash {
	u := slices.Clone(roots)
	slices.SortFunc(u, func(a, b proofs.Hash) int { return slices.Compare(a[:], b[:]) })
	return slices.Compact(u)
}

// discard deletes shards a failed upload added, unless another upload in progress or a recorded
// deal holds them. The caller still pins them.
func (s *Service) discard(roots []proofs.Hash) {
	s.pinMu.Lock()
	defer s.pinMu.Unlock()
	for _, r := range roots {
		if s.pins[r] > 1 {
			continue
		}
		if held, err := s.referenced(r); err != nil || held {
			continue
		}
		if err := s.store.Delete(r); err != nil && !errors.Is(err, storage.ErrNotFound) {
			s.log.Error("delete shard of a failed upload", "root", r, "err", err)
		}
	}
}
