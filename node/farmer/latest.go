package farmer

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/libp2p/go-libp2p/core/network"

	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
)

// latest answers a renter recovering its state: the agreement's newest co-signed revision with its
// shards in tree order and the catalogue anchor kept for it (in a wire.Response frame of up to proto.MaxRevise bytes). Only the
// agreement's renter (its RetrievalAuth for the stream's peer) is answered.
func (s *Service) latest(ctx context.Context, st network.Stream) error {
	ag := s.agree.Load()
	var req proto.LatestRequest
	if err := readRequest(st, &req); err != nil {
		return err
	}
	remote := st.Conn().RemotePeer().String()
	if err := req.Auth.Verify(remote, ag.pol.Now().Unix()); err != nil {
		return wire.Errorf(wire.CodeUnauthorized, "", "authorization: %v", err)
	}
	a := s.loaded(req.AgreementID)
	if a == nil {
		info, _, err := s.readAgreement(ctx, req.AgreementID)
		if err != nil {
			return err
		}
		if info.Renter != req.Auth.Renter {
			return wire.Errorf(wire.CodeUnauthorized, "", "authorization is for renter %s, not the agreement's", req.Auth.Renter)
		}
		if a, err = s.agreementFor(info); err != nil {
			return err
		}
	}
	if err := authorize(req.Auth, remote, ag.pol.Now(), a.renter); err != nil {
		return err
	}
	a.mu.Lock()
	l := proto.LatestRevision{Revision: proto.FromRevision(a.state.Latest.Revision),
		RenterSig: a.state.Latest.RenterSig, FarmerSig: a.state.Latest.FarmerSig}
	for _, sh := range a.state.Tree.List() {
		l.Shards = append(l.Shards, proto.ShardEntry{Root: sh.Root, Leaves: sh.Leaves})
	}
	anchor, err := s.storedAnchor(req.AgreementID)
	a.mu.Unlock()
	if err != nil {
		return err
	}
	l.Anchor = anchor
	p, err := json.Marshal(l)
	if err != nil {
		return fmt.Errorf("encode latest revision: %w", err)
	}
	if err := wire.WriteMsgCap(st, wire.Response{Result: p}, proto.MaxRevise); err != nil {
		return abort(err)
	}
	return nil
}
