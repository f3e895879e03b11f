package farmer

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"

	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
)

// Catalogue anchors (proto.Anchor): the farmer keeps, per agreement, the highest-numbered anchor its
// renter signed, as an opaque blob of at most proto.MaxAnchor bytes, and returns it with the latest
// revision. Record: anchor/<id> in the service's leveldb under "farmer/agree/", JSON proto.Anchor.

const anchorPrefix = agreePrefix + "anchor/"

func anchorKey(id uint64) []byte { return binary.BigEndian.AppendUint64([]byte(anchorPrefix), id) }

// anchor keeps a renter's catalogue anchor for one of its agreements here.
func (s *Service) anchor(ctx context.Context, st network.Stream) error {
	var req proto.Anchor
	if err := readRequestCap(st, &req, proto.MaxAnchorRequest); err != nil {
		return err
	}
	n, err := s.Anchor(ctx, req)
	if err != nil {
		return err
	}
	return reply(st, proto.AnchorAck{Number: n})
}

// Anchor keeps anchor a for its agreement, which must be with this farmer and signed by the
// agreement's renter; a number below the one kept is refused (proto.ReasonStale), the same anchor
// again is acknowledged. It returns the number kept.
func (s *Service) Anchor(ctx context.Context, a proto.Anchor) (uint64, error) {
	ag := s.agree.Load()
	if ag == nil {
		return 0, errors.New("farmer: agreements not registered")
	}
	if err := a.Validate(); err != nil {
		return 0, wire.Errorf(wire.CodeBadRequest, "", "%v", err)
	}
	signer, err := a.Signer(ag.dom.Market)
	if err != nil {
		return 0, wire.Errorf(wire.CodeBadRequest, "", "%v", err)
	}
	held := s.loaded(a.AgreementID)
	if held == nil {
		info, _, err := s.readAgreement(ctx, a.AgreementID)
		if err != nil {
			return 0, err
		}
		if held, err = s.agreementFor(info); err != nil {
			return 0, err
		}
	}
	if signer != held.renter {
		return 0, wire.Errorf(wire.CodeUnauthorized, "", "anchor signed by %s, not by agreement %d's renter", signer, a.AgreementID)
	}
	held.mu.Lock() // one anchor write per agreement at a time
	defer held.mu.Unlock()
	old, err := s.storedAnchor(a.AgreementID)
	if err != nil {
		return 0, err
	}
	if old != nil {
		if old.Number == a.Number && bytes.Equal(old.Sealed, a.Sealed) {
			return old.Number, nil
		}
		if old.Number >= a.Number {
			return 0, refuse(proto.ReasonStale, "agreement %d keeps anchor %d, not %d", a.AgreementID, old.Number, a.Number)
		}
	}
	v, err := json.Marshal(a)
	if err != nil {
		return 0, fmt.Errorf("farmer: encode anchor: %w", err)
	}
	if err := s.db.Put(anchorKey(a.AgreementID), v, &opt.WriteOptions{Sync: true}); err != nil {
		return 0, fmt.Errorf("farmer: keep anchor of agreement %d: %w", a.AgreementID, err)
	}
	s.log.Debug("catalogue anchor kept", "agreement", a.AgreementID, "number", a.Number, "bytes", len(a.Sealed))
	return a.Number, nil
}

// storedAnchor returns the anchor kept for agreement id, or nil.
func (s *Service) storedAnchor(id uint64) (*proto.Anchor, error) {
	v, err := s.db.Get(anchorKey(id), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("farmer: read anchor of agreement %d: %w", id, err)
	}
	a := new(proto.Anchor)
	if err := json.Unmarshal(v, a); err != nil {
		return nil, fmt.Errorf("farmer: decode anchor of agreement %d: %w", id, err)
	}
	return a, nil
}
