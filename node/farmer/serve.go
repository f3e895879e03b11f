package farmer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/storage"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

func (s *Service) download(ctx context.Context, st network.Stream) error {
	var req proto.DownloadRequest
	if err := readRequest(st, &req); err != nil {
		return err
	}
	remote := st.Conn().RemotePeer().String()
	if err := req.Auth.Verify(remote, time.Now().Unix()); err != nil {
		return wire.Errorf(wire.CodeUnauthorized, "", "retrieval authorization: %v", err)
	}
	c, err := cid.Decode(req.CID)
	if err != nil {
		return wire.Errorf(wire.CodeBadRequest, "", "shard name: %v", err)
	}
	root, err := proto.ShardRoot(c)
	if err != nil {
		return wire.Errorf(wire.CodeBadRequest, "", "shard name: %v", err)
	}
	held, err := s.holds(root, req.Auth.Renter)
	if err != nil {
		return err
	}
	if !held {
		if known, err := s.referenced(root); err != nil {
			return err
		} else if known {
			return wire.Errorf(wire.CodeUnauthorized, "", "renter %s has no agreement holding shard %s", req.Auth.Renter, req.CID)
		}
		return wire.Errorf(wire.CodeNotFound, "", "no shard %s", req.CID)
	}
	rc, size, err := s.store.Open(root)
	if err != nil {
		return storeError(req.CID, err)
	}
	defer rc.Close()
	off, n := req.Offset, req.Length
	if off > uint64(size) || n > uint64(size)-off {
		return wire.Errorf(wire.CodeBadRequest, "", "range [%d, +%d) outside the shard's %d bytes", off, n, size)
	}
	if n == 0 {
		n = uint64(size) - off
	}
	if off > 0 {
		if sk, ok := rc.(io.Seeker); ok {
			_, err = sk.Seek(int64(off), io.SeekStart)
		} else {
			_, err = io.CopyN(io.Discard, rc, int64(off))
		}
		if err != nil {
			return storeError(req.CID, fmt.Errorf("%w: seek: %v", storage.ErrCorrupt, err))
		}
	}
	if err := reply(st, proto.DownloadHeader{Length: n}); err != nil {
		return err
	}
	if err := wire.Deadline(st, s.limits.bulk(n)); err != nil {
		return abort(err)
	}
	if _, err := io.CopyN(st, rc, int64(n)); err != nil {
		// The header is out: the only way left to signal failure is the reset.
		return abort(fmt.Errorf("send shard %s: %w", req.CID, err))
	}
	return nil
}

// storeError turns a store failure on a shard the farmer should hold into a wire error.
func storeError(name string, err error) error {
	switch {
	case errors.Is(err, storage.ErrCorrupt), errors.Is(err, storage.ErrNotFound):
		return wire.Errorf(wire.CodeCorrupt, "", "shard %s is lost or corrupt", name)
	case errors.Is(err, storage.ErrBadRange):
		return wire.Errorf(wire.CodeBadRequest, "", "%v", err)
	}
	return err
}

// holds reports whether renter holds shard in one of its agreements (committed or staged).
func (s *Service) holds(shard proofs.Hash, renter common.Address) (bool, error) {
	ok, _, err := s.agreementHolds(shard, renter)
	return ok, err
}

// referenced reports whether any agreement (committed, staged, or held until the chain has its
// removal) holds shard.
func (s *Service) referenced(shard proofs.Hash) (bool, error) {
	for _, prefix := range []string{refPrefix, heldPrefix} {
		it := s.db.NewIterator(util.BytesPrefix(append([]byte(prefix), shard[:]...)), nil)
		found := it.Next()
		err := it.Error()
		it.Release()
		if err != nil {
			return false, fmt.Errorf("farmer: read holders: %w", err)
		}
		if found {
			return true, nil
		}
	}
	return false, nil
}

// pin marks the shards of a store session in progress, so that a failing session never deletes a
// shard another session is using.
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

// discard deletes shards a failed store session added, unless another session in progress or an
// agreement holds them. The caller still pins them.
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
			s.log.Error("delete shard of a failed store session", "root", r, "err", err)
		}
	}
}
