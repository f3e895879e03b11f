package farmer_test

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
)

func (n *agreeNet) sendAnchor(t *testing.T, a proto.Anchor) (uint64, error) {
	t.Helper()
	var ack proto.AnchorAck
	s, err := n.rh.NewStream(ctxT(t), n.fh.ID(), proto.AnchorID)
	if err != nil {
		return 0, err
	}
	defer s.Close()
	s.SetDeadline(time.Now().Add(10 * time.Second))
	if err := wire.WriteMsgCap(s, a, 2*proto.MaxAnchorRequest); err != nil { // the farmer's cap, not the sender's, is tested
		return 0, err
	}
	err = wire.ReadResult(s, &ack)
	return ack.Number, err
}

func (n *agreeNet) signAnchor(t *testing.T, id, number uint64, sealed []byte) proto.Anchor {
	t.Helper()
	a, err := proto.SignAnchor(n.renter, n.dom.Market, id, number, sealed)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// A farmer keeps the highest anchor its agreement's renter signed, across restarts, returns it with
// the latest revision, and refuses anchors from anyone else, for another market, lower than the
// one kept, or too large.
func TestAgreementAnchor(t *testing.T) {
	n := newAgreeNet(t)
	id, _ := n.openAgreement(t, n.renter, 1<<20)
	latestAnchor := func() *proto.Anchor {
		t.Helper()
		l, err := n.latest(t, n.rh, proto.LatestRequest{AgreementID: id, Auth: n.auth(t, n.renter, n.rh)})
		if err != nil {
			t.Fatal(err)
		}
		return l.Anchor
	}
	if a := latestAnchor(); a != nil {
		t.Fatalf("anchor before any: %+v", a)
	}
	if got, err := n.sendAnchor(t, n.signAnchor(t, id, 2, []byte("sealed two"))); err != nil || got != 2 {
		t.Fatalf("anchor 2: %d, %v", got, err)
	}
	if got, err := n.sendAnchor(t, n.signAnchor(t, id, 2, []byte("sealed two"))); err != nil || got != 2 {
		t.Fatalf("anchor 2 again: %d, %v", got, err)
	}
	if _, err := n.sendAnchor(t, n.signAnchor(t, id, 2, []byte("another two"))); !isRefused(err, proto.ReasonStale) {
		t.Fatalf("another anchor 2: %v", err)
	}
	if _, err := n.sendAnchor(t, n.signAnchor(t, id, 1, []byte("sealed one"))); !isRefused(err, proto.ReasonStale) {
		t.Fatalf("anchor 1 after 2: %v", err)
	}

	stranger, _ := crypto.GenerateKey()
	forged, err := proto.SignAnchor(stranger, n.dom.Market, id, 9, []byte("not the renter"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := n.sendAnchor(t, forged); !errors.Is(err, wire.ErrUnauthorized) {
		t.Fatalf("a stranger's anchor: %v", err)
	}
	otherMarket, err := proto.SignAnchor(n.renter, n.addr, id, 9, []byte("for another market"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := n.sendAnchor(t, otherMarket); !errors.Is(err, wire.ErrUnauthorized) {
		t.Fatalf("an anchor signed for another market: %v", err)
	}
	relabelled := n.signAnchor(t, id, 2, []byte("sealed two"))
	relabelled.Number = 5
	if _, err := n.sendAnchor(t, relabelled); !errors.Is(err, wire.ErrUnauthorized) {
		t.Fatalf("an anchor relabelled with a higher number: %v", err)
	}
	big := n.signAnchor(t, id, 3, []byte("x"))
	big.Sealed = bytes.Repeat([]byte{1}, proto.MaxAnchor+1)
	if _, err := n.sendAnchor(t, big); !errors.Is(err, wire.ErrBadRequest) {
		t.Fatalf("an anchor over the cap: %v", err)
	}
	if _, err := n.sendAnchor(t, n.signAnchor(t, id+1, 3, []byte("no such agreement"))); err == nil {
		t.Fatal("an anchor for an agreement that does not exist was kept")
	}

	n.restart(t)
	a := latestAnchor()
	if a == nil || a.Number != 2 || string(a.Sealed) != "sealed two" {
		t.Fatalf("anchor after restart: %+v", a)
	}
	full := bytes.Repeat([]byte{7}, proto.MaxAnchor)
	if got, err := n.sendAnchor(t, n.signAnchor(t, id, 3, full)); err != nil || got != 3 {
		t.Fatalf("anchor 3 at the cap: %d, %v", got, err)
	}
	if a := latestAnchor(); a == nil || a.Number != 3 || !bytes.Equal(a.Sealed, full) {
		t.Fatal("latest does not return anchor 3")
	}
}
