package farmer_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	corehost "github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/multiformats/go-multiaddr"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/farmer"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// panicky makes the farmer's chain reads panic on demand, to panic its handlers.
type panicky struct {
	farmer.AgreementChain
	on atomic.Bool
}

func (p *panicky) CurrentPeriod(ctx context.Context) (uint32, error) {
	if p.on.Load() {
		panic("test: chain read panics")
	}
	return p.AgreementChain.CurrentPeriod(ctx)
}

// allProtocols are every protocol a farmer serves.
var allProtocols = []protocol.ID{proto.OfferID, proto.StoreID, proto.ReviseID, proto.LatestID, proto.ProveID, proto.DownloadID}

// outcome is how the farmer ended an abusive stream, seen from the abuser.
type outcome struct {
	name    string
	elapsed time.Duration // from the last byte sent to the end of the stream
	err     error         // what reading the stream returned
	data    []byte
}

// abuse opens a stream, sends b, and reads until the farmer ends the stream.
func abuse(h corehost.Host, to corehost.Host, pid protocol.ID, name string, b []byte) outcome {
	o := outcome{name: string(pid) + " " + name}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := h.NewStream(ctx, to.ID(), pid)
	if err != nil {
		o.err = err
		return o
	}
	defer s.Close()
	s.SetDeadline(time.Now().Add(10 * time.Second))
	s.Write(b) // may fail if the farmer has already reset the stream
	start := time.Now()
	o.data, o.err = io.ReadAll(s)
	o.elapsed = time.Since(start)
	return o
}

// peerOver starts a host and connects it to the farmer over transport only ("tcp" or "quic-v1").
func (n *agreeNet) peerOver(t *testing.T, transport string) corehost.Host {
	t.Helper()
	h := newHost(t)
	var addrs []multiaddr.Multiaddr
	for _, a := range n.fh.Addrs() {
		if _, err := a.ValueForProtocol(multiaddr.ProtocolWithName(transport).Code); err == nil {
			addrs = append(addrs, a)
		}
	}
	if len(addrs) == 0 {
		t.Fatalf("farmer listens on no %s address: %v", transport, n.fh.Addrs())
	}
	if err := h.Connect(ctxT(t), peer.AddrInfo{ID: n.fh.ID(), Addrs: addrs}); err != nil {
		t.Fatal(err)
	}
	return h
}

// A peer that sends garbage, announces a 4 GiB frame, stalls mid-request or mid-shard, or makes a
// handler panic gets its stream reset within the deadline; a peer over its stream cap is told the
// farmer is busy; meanwhile the farmer keeps serving the renter; the cut store session leaves
// nothing behind.
func TestAgreementAbusiveStreamsAreReset(t *testing.T) {
	for _, transport := range []string{"tcp", "quic-v1"} {
		t.Run(transport, func(t *testing.T) { testAgreementAbusiveStreams(t, transport) })
	}
}

func testAgreementAbusiveStreams(t *testing.T, transport string) {
	const control = 1500 * time.Millisecond
	var pc *panicky
	n := newAgreeNetWith(t, func(n *agreeNet) {
		n.limits = farmer.Limits{Control: control, MinRate: 64 << 20, StreamsPerPeer: 4}
		n.wrap = func(c farmer.AgreementChain) farmer.AgreementChain { pc = &panicky{AgreementChain: c}; return pc }
	})
	rh := n.peerOver(t, transport) // the renter's host
	id, r := n.openAgreement(t, n.renter, 1<<20)
	data := randomShards(t, agreeShard)
	msgs := []shardMsg{msgOf(t, data[0])}
	if _, err := n.storeSession(t, rh, proto.StoreRequest{AgreementID: id, Auth: n.auth(t, n.renter, rh)}, msgs); err != nil {
		t.Fatal(err)
	}
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, data[0])}); err != nil {
		t.Fatal(err)
	}
	freeBefore := n.store.Free()
	bad := n.peerOver(t, transport)
	offerReq := proto.OfferRequest{Renter: crypto.PubkeyToAddress(n.renter.PublicKey), EndPeriod: n.chain.period + 20, MaxBytes: 1 << 20}

	// A panicking handler resets its stream; the farmer lives on.
	pc.on.Store(true)
	var req bytes.Buffer
	wire.WriteMsg(&req, offerReq)
	if o := abuse(bad, n.fh, proto.OfferID, "panic", req.Bytes()); !isReset(o.err) {
		t.Fatalf("panicking handler: %q %v", o.data, o.err)
	}
	pc.on.Store(false)

	// A store session, authorized for the abuser's peer, that stalls half way through a shard.
	var midShard bytes.Buffer
	wire.WriteMsg(&midShard, proto.StoreRequest{AgreementID: id, Auth: n.auth(t, n.renter, bad)})
	cut := randomShard(t, agreeShard)
	wire.WriteMsg(&midShard, proto.ShardHeader{Root: rootOf(t, cut), Size: uint64(len(cut))})
	midShard.Write(cut[:len(cut)/2])

	results := make(chan outcome, 32)
	var wg sync.WaitGroup
	send := func(h corehost.Host, pid protocol.ID, name string, b []byte) {
		wg.Add(1)
		go func() { defer wg.Done(); results <- abuse(h, n.fh, pid, name, b) }()
	}
	started := time.Now()
	for _, pid := range allProtocols {
		send(bad, pid, "garbage", []byte("\x00\x00\x00\x05hello"))
		send(bad, pid, "oversized", []byte{0xff, 0xff, 0xff, 0xff})
		send(bad, pid, "stall", []byte{0x00, 0x00})
	}
	send(bad, proto.StoreID, "stall mid-shard", midShard.Bytes())
	// Another peer takes its four offer streams, and its fifth is refused as busy.
	greedy := n.peerOver(t, transport)
	for range 4 {
		send(greedy, proto.OfferID, "stall", []byte{0x00})
	}
	time.Sleep(200 * time.Millisecond)
	var o proto.AgreementOffer
	if err := call(ctxT(t), greedy, n.fh.ID(), proto.OfferID, offerReq, &o); !errors.Is(err, wire.ErrBusy) {
		t.Fatalf("stream over the per-peer cap: %v", err)
	}

	// Meanwhile the renter is served: an offer, a download, a proof.
	if err := call(ctxT(t), rh, n.fh.ID(), proto.OfferID, offerReq, &o); err != nil {
		t.Fatalf("offer during the abuse: %v", err)
	}
	got, err := downloadFrom(t, n.fh, rh, proto.DownloadRequest{CID: cidOf(t, data[0]), Auth: n.auth(t, n.renter, rh)})
	if err != nil || !bytes.Equal(got, data[0]) {
		t.Fatalf("download during the abuse: %d bytes, %v", len(got), err)
	}
	var p proto.AgreementProofMsg
	if err := call(ctxT(t), rh, n.fh.ID(), proto.ProveID, proto.ProveRequest{AgreementID: id, Leaf: 3}, &p); err != nil {
		t.Fatalf("prove during the abuse: %v", err)
	}
	if served := time.Since(started); served > control {
		t.Fatalf("the renter was served after %v, when the stalled streams had already been cut", served)
	}

	wg.Wait()
	close(results)
	count := 0
	for o := range results {
		count++
		if !isReset(o.err) {
			t.Errorf("%s: stream ended with %q, %v; want a reset", o.name, o.data, o.err)
			continue
		}
		limit := control / 2 // garbage and oversized frames are refused at once
		if strings.Contains(o.name, "stall") {
			limit = control + time.Second
			if o.elapsed < control/2 {
				t.Errorf("%s: reset after %v, before its deadline", o.name, o.elapsed)
			}
		}
		if o.elapsed > limit {
			t.Errorf("%s: reset after %v, want within %v", o.name, o.elapsed, limit)
		}
	}
	if count != 3*len(allProtocols)+1+4 {
		t.Fatalf("%d outcomes", count)
	}
	// The cut session left nothing behind and gave its space back; the farmer still serves the abuser.
	if n.store.Free() != freeBefore {
		t.Fatalf("free %d after the cut store session, %d before", n.store.Free(), freeBefore)
	}
	if roots, _ := n.store.Roots(); len(roots) != 1 {
		t.Fatalf("store holds %d shards, want the agreement's 1", len(roots))
	}
	if err := call(ctxT(t), bad, n.fh.ID(), proto.OfferID, offerReq, &o); err != nil {
		t.Fatalf("offer after the abuse: %v", err)
	}
	if got := rh.Network().ConnsToPeer(n.fh.ID())[0].ConnState().Transport; !strings.HasPrefix(transport, got) {
		t.Fatalf("renter connected over %s, want %s", got, transport)
	}
}

// Close resets the streams in flight and stops serving every protocol.
func TestAgreementCloseResetsStreams(t *testing.T) {
	n := newAgreeNet(t)
	stalled := make(chan outcome, 2)
	go func() { stalled <- abuse(n.rh, n.fh, proto.DownloadID, "stall", []byte{0x00}) }()
	go func() { stalled <- abuse(n.rh, n.fh, proto.StoreID, "stall", []byte{0x00}) }()
	time.Sleep(200 * time.Millisecond)
	start := time.Now()
	n.svc.Close()
	for range 2 {
		if o := <-stalled; !isReset(o.err) || time.Since(start) > 2*time.Second {
			t.Fatalf("%s in flight at Close: %v after %v", o.name, o.err, time.Since(start))
		}
	}
	var o proto.AgreementOffer
	req := proto.OfferRequest{Renter: crypto.PubkeyToAddress(n.renter.PublicKey), EndPeriod: n.chain.period + 20, MaxBytes: 1 << 20}
	if err := call(ctxT(t), n.rh, n.fh.ID(), proto.OfferID, req, &o); err == nil {
		t.Fatal("closed farmer still offers")
	}
	if _, err := download(t, n, n.rh, proto.DownloadRequest{CID: cidOf(t, randomShard(t, 256)), Auth: n.auth(t, n.renter, n.rh)}); err == nil {
		t.Fatal("closed farmer still serves downloads")
	}
}

// Every retrieval authorization that is not the renter's own for the asking peer is refused; a
// renter may authorize another of its peers.
func TestAgreementDownloadAuthorization(t *testing.T) {
	n := newAgreeNet(t)
	id, r := n.openAgreement(t, n.renter, 1<<20)
	data := randomShards(t, agreeShard)
	n.storeShards(t, n.renter, id, data)
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, data[0])}); err != nil {
		t.Fatal(err)
	}
	cid := cidOf(t, data[0])
	stranger := newHost(t)
	n.connect(t, stranger)
	strangerKey, _ := crypto.GenerateKey()
	renter := crypto.PubkeyToAddress(n.renter.PublicKey)

	forged, _ := proto.SignRetrieval(strangerKey, stranger.ID().String(), time.Now().Add(time.Hour).Unix())
	forged.Renter = renter
	expired, _ := proto.SignRetrieval(n.renter, stranger.ID().String(), n.clock.Now().Add(-time.Minute).Unix())
	own, _ := proto.SignRetrieval(strangerKey, stranger.ID().String(), n.clock.Now().Add(time.Hour).Unix())
	cases := map[string]proto.RetrievalAuth{
		"no authorization":                       {},
		"forged":                                 forged,
		"expired":                                expired,
		"the renter's own, replayed":             n.auth(t, n.renter, n.rh),
		"valid, from a renter with no agreement": own,
	}
	for name, a := range cases {
		if got, err := download(t, n, stranger, proto.DownloadRequest{CID: cid, Auth: a}); !errors.Is(err, wire.ErrUnauthorized) || got != nil {
			t.Errorf("%s: got %d bytes, %v; want unauthorized", name, len(got), err)
		}
	}
	if _, err := download(t, n, stranger, proto.DownloadRequest{CID: cidOf(t, randomShard(t, agreeShard)), Auth: own}); !errors.Is(err, wire.ErrNotFound) {
		t.Errorf("unknown shard: %v", err)
	}
	if got, err := download(t, n, stranger, proto.DownloadRequest{CID: cid, Auth: n.auth(t, n.renter, stranger)}); err != nil || !bytes.Equal(got, data[0]) {
		t.Fatalf("authorized peer: %d bytes, %v", len(got), err)
	}
}

// A shard damaged or lost on disk is reported as corrupt by prove (and downloads), never proved
// with made-up data; the agreement's other shards still prove.
func TestAgreementCorruptShard(t *testing.T) {
	n := newAgreeNet(t)
	id, r := n.openAgreement(t, n.renter, 1<<20)
	data := randomShards(t, agreeShard, agreeShard, agreeShard)
	n.storeShards(t, n.renter, id, data)
	if err := n.revise(t, r, market.Change{Add: shardsOf(t, data...)}); err != nil {
		t.Fatal(err)
	}
	// Flip one byte of leaf 3 of data[1]; delete data[2].
	f, err := os.OpenFile(shardPath(n.storeDir, rootOf(t, data[1])), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt([]byte{data[1][3*proofs.LeafSize] ^ 0xff}, 3*proofs.LeafSize); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := os.Remove(shardPath(n.storeDir, rootOf(t, data[2]))); err != nil {
		t.Fatal(err)
	}
	tree := r.state.Tree
	entryOf := func(d []byte) uint64 {
		root := rootOf(t, d)
		for j := range tree.Shards() {
			if tree.Shard(j).Root == root {
				return j
			}
		}
		t.Fatalf("shard %x not in the renter's tree", root[:8])
		return 0
	}
	rev := r.state.Latest.Revision
	for _, c := range []struct {
		shard []byte
		leaf  uint64
	}{{data[1], 3}, {data[2], 5}} {
		var p proto.AgreementProofMsg
		err := call(ctxT(t), n.rh, n.fh.ID(), proto.ProveID, proto.ProveRequest{AgreementID: id, Entry: entryOf(c.shard), Leaf: c.leaf}, &p)
		if !errors.Is(err, wire.ErrCorrupt) || p.Leaf != nil {
			t.Fatalf("prove leaf %d of a damaged shard: %v", c.leaf, err)
		}
	}
	var p proto.AgreementProofMsg
	j := entryOf(data[0])
	if err := call(ctxT(t), n.rh, n.fh.ID(), proto.ProveID, proto.ProveRequest{AgreementID: id, Entry: j, Leaf: 7}, &p); err != nil {
		t.Fatalf("prove the intact shard: %v", err)
	}
	if err := proofs.VerifyAgreementPath(rev.Root, rev.Shards, j, 7, p.Proof(id)); err != nil || !bytes.Equal(p.Leaf, data[0][7*proofs.LeafSize:8*proofs.LeafSize]) {
		t.Fatalf("proof of the intact shard: %v", err)
	}
	auth := n.auth(t, n.renter, n.rh)
	for i := 1; i <= 2; i++ {
		if _, err := download(t, n, n.rh, proto.DownloadRequest{CID: cidOf(t, data[i]), Auth: auth}); !errors.Is(err, wire.ErrCorrupt) {
			t.Fatalf("download of damaged shard %d: %v", i, err)
		}
	}
}
