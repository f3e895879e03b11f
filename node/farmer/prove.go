package farmer

import (
	"context"
	"errors"

	"github.com/libp2p/go-libp2p/core/network"

	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/storage"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

func (s *Service) proveAgreement(ctx context.Context, st network.Stream) error {
	var req proto.ProveRequest
	if err := readRequest(st, &req); err != nil {
		return err
	}
	p, err := s.ProveAgreement(req)
	if err != nil {
		return err
	}
	return reply(st, p)
}

// ProveAgreement proves leaf req.Leaf of entry req.Entry of the agreement's newest co-signed
// revision (to anyone). The proof is checked against that revision's root before it is given: a
// lost or corrupt shard is a wire.CodeCorrupt error, never made-up data.
func (s *Service) ProveAgreement(req proto.ProveRequest) (proto.AgreementProofMsg, error) {
	a := s.loaded(req.AgreementID)
	if a == nil {
		return proto.AgreementProofMsg{}, wire.Errorf(wire.CodeNotFound, "", "no agreement %d here", req.AgreementID)
	}
	a.mu.Lock()
	tree, rev := a.state.Tree.Clone(), a.state.Latest.Revision
	a.mu.Unlock()
	if req.Entry >= tree.Shards() {
		return proto.AgreementProofMsg{}, wire.Errorf(wire.CodeBadRequest, "", "entry %d of a revision of %d shards", req.Entry, tree.Shards())
	}
	if sh := tree.Shard(req.Entry); req.Leaf >= sh.Leaves {
		return proto.AgreementProofMsg{}, wire.Errorf(wire.CodeBadRequest, "", "leaf %d of a shard of %d leaves", req.Leaf, sh.Leaves)
	}
	p, err := tree.ProveLeaf(req.AgreementID, req.Entry, req.Leaf, s.ProofSource())
	if err == nil {
		err = proofs.VerifyAgreementPath(rev.Root, rev.Shards, req.Entry, req.Leaf, p)
	}
	if err != nil {
		if !errors.Is(err, storage.ErrCorrupt) && !errors.Is(err, storage.ErrNotFound) && !errors.Is(err, proofs.ErrBadProof) {
			return proto.AgreementProofMsg{}, err
		}
		s.log.Error("agreement proof fails", "agreement", req.AgreementID, "entry", req.Entry, "leaf", req.Leaf, "err", err)
		return proto.AgreementProofMsg{}, wire.Errorf(wire.CodeCorrupt, "", "shard of entry %d is lost or corrupt", req.Entry)
	}
	return proto.AgreementProofMsg{Number: rev.Number, ShardLeaves: p.ShardLeaves, Leaf: p.Leaf, ShardPath: p.ShardPath, TreePath: p.TreePath}, nil
}
