package farmer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/network"

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
			return wire.Errorf(wire.CodeUnauthorized, "", "renter %s has no deal holding shard %s", req.Auth.Renter, req.CID)
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

func (s *Service) audit(ctx context.Context, st network.Stream) error {
	var req proto.AuditRequest
	if err := readRequest(st, &req); err != nil {
		return err
	}
	resp, err := s.Prove(ctx, req.DealID, req.Leaf)
	if err != nil {
		return err
	}
	return reply(st, resp)
}

// Prove answers an audit: leaf `leaf` of deal id (as the chain knows it) with its path, shard level
// then deal level. The answer is checked against the deal's on-chain root before it is given: a
// lost or corrupt shard is a wire.CodeCorrupt error, never made-up data.
func (s *Service) Prove(ctx context.Context, id, leaf uint64) (proto.AuditResponse, error) {
	cctx, cancel := context.WithTimeout(ctx, s.limits.Control)
	defer cancel()
	d, err := s.chain.Deal(cctx, id)
	if err != nil {
		return proto.AuditResponse{}, fmt.Errorf("audit: %w", err)
	}
	if d.Farmer != s.addr {
		return proto.AuditResponse{}, wire.Errorf(wire.CodeNotFound, "", "deal %d is with farmer %s", id, d.Farmer)
	}
	shape := proofs.DealShape{Leaves: d.Leaves, ShardLeaves: d.ShardLeaves}
	if err := shape.Validate(); err != nil {
		return proto.AuditResponse{}, fmt.Errorf("audit: deal %d: %w", id, err)
	}
	if leaf >= shape.Leaves {
		return proto.AuditResponse{}, wire.Errorf(wire.CodeBadRequest, "", "leaf %d of a deal of %d leaves", leaf, shape.Leaves)
	}
	rec, err := s.dealFor(d.Root, shape)
	if errors.Is(err, errNoRecord) {
		return proto.AuditResponse{}, wire.Errorf(wire.CodeNotFound, "", "deal %d is not stored here", id)
	} else if err != nil {
		return proto.AuditResponse{}, err
	}
	roots, err := rec.roots()
	if err != nil {
		return proto.AuditResponse{}, err
	}
	shard, idx, _, _ := proofs.Geometry(shape.Leaves, shape.ShardLeaves, leaf)
	if shard >= uint64(len(roots)) {
		return proto.AuditResponse{}, fmt.Errorf("audit: deal %d: record holds %d shards, leaf %d is in shard %d", id, len(roots), leaf, shard)
	}
	name := proto.ShardCID(roots[shard]).String()
	data, path, err := s.store.Prove(roots[shard], idx)
	if err != nil {
		return proto.AuditResponse{}, storeError(name, err)
	}
	path = append(path, proofs.DealPath(roots, shard)...)
	if err := proofs.VerifyDealLeaf(d.Root, shape, leaf, data, path); err != nil {
		s.log.Error("proof of a stored shard does not verify", "deal", id, "leaf", leaf, "shard", name, "err", err)
		return proto.AuditResponse{}, wire.Errorf(wire.CodeCorrupt, "", "shard %s is lost or corrupt", name)
	}
	return proto.AuditResponse{Data: data, Path: path}, nil
}
