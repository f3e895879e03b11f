package auditor

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/granary-network/granary/node/chain"
	ghost "github.com/granary-network/granary/node/host"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
	"github.com/granary-network/granary/proofs"
)

// Prober asks a farmer for one leaf of one of its deals over the audit protocol
// (/granary/audit/1.0.0). P2P provides it over a libp2p host.
type Prober interface {
	Audit(ctx context.Context, f chain.FarmerInfo, req proto.AuditRequest) (proto.AuditResponse, error)
}

// ErrNoAnswer is wrapped by a Prober's error when the farmer could not be asked (unreachable, no
// stream, a reset or a timeout) rather than answering.
var ErrNoAnswer = errors.New("auditor: the farmer did not answer")

// ErrNoLiveDeal is returned by AuditRandom when no deal is live.
var ErrNoLiveDeal = errors.New("auditor: no live deal to audit")

// RetrievalOutcome is the result of one retrievability audit.
type RetrievalOutcome int

// Retrievability audit outcomes.
const (
	// RetrievalPassed: the farmer returned the leaf and a path that verify against the deal's root.
	RetrievalPassed RetrievalOutcome = iota
	// RetrievalFailed: the farmer said the data is lost or corrupt (or has no such deal), answered
	// something malformed, or a leaf or path that does not verify.
	RetrievalFailed
	// RetrievalNoAnswer: the farmer could not be reached, or refused for another reason (busy,
	// internal error). Not evidence about its data, counted apart.
	RetrievalNoAnswer
)

func (o RetrievalOutcome) String() string {
	return [...]string{"passed", "failed", "no answer"}[o]
}

// RetrievalAudit is one retrievability audit.
type RetrievalAudit struct {
	Farmer  common.Address
	DealID  uint64
	Leaf    uint64
	At      time.Time
	Outcome RetrievalOutcome
	Err     error // why it failed or got no answer
}

// RetrievalStats are a farmer's retrievability audit counts.
type RetrievalStats struct {
	Passed, Failed, NoAnswer int
	Last                     time.Time // the latest audit
}

// maxAudits is how many audits RetrievalAudits keeps.
const maxAudits = 1000

// RetrievalStats returns each audited farmer's counts.
func (a *Auditor) RetrievalStats() map[common.Address]RetrievalStats {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make(map[common.Address]RetrievalStats, len(a.auditSum))
	for f, s := range a.auditSum {
		out[f] = s
	}
	return out
}

// RetrievalAudits returns the latest audits (up to 1000), oldest first.
func (a *Auditor) RetrievalAudits() []RetrievalAudit {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]RetrievalAudit(nil), a.audits...)
}

// AuditRandom audits a random leaf of a random live deal among those the auditor has seen created.
func (a *Auditor) AuditRandom(ctx context.Context) (RetrievalAudit, error) {
	a.mu.Lock()
	ids := make([]uint64, 0, len(a.deals))
	for id := range a.deals {
		ids = append(ids, id)
	}
	a.mu.Unlock()
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	rand.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	for _, id := range ids {
		r, err := a.AuditDeal(ctx, id)
		if errors.Is(err, errNotLive) {
			continue
		}
		return r, err
	}
	return RetrievalAudit{}, ErrNoLiveDeal
}

var errNotLive = errors.New("auditor: deal is not live")

// AuditDeal asks the farmer of a live deal for a random leaf of it, checks the answer against the
// deal's root on chain and records the outcome. The error is the auditor's own failure (no Prober,
// the chain unreadable, the deal not live); what the farmer did is the outcome.
func (a *Auditor) AuditDeal(ctx context.Context, id uint64) (RetrievalAudit, error) {
	if a.opts.Prober == nil {
		return RetrievalAudit{}, errors.New("auditor: no prober configured for retrievability audits")
	}
	d, err := a.c.Deal(ctx, id)
	if err != nil {
		return RetrievalAudit{}, err
	}
	head, err := a.c.Block(ctx)
	if err != nil {
		return RetrievalAudit{}, err
	}
	cur := a.c.Schedule.PeriodAt(head)
	const settled = 4 // StorageMarket F_SETTLED
	if d.Flags&settled != 0 || cur < d.StartPeriod || cur >= d.EndPeriod {
		return RetrievalAudit{}, fmt.Errorf("%w: deal %d runs periods [%d, %d), now %d, flags %#x", errNotLive, id, d.StartPeriod, d.EndPeriod, cur, d.Flags)
	}
	f, err := a.c.Farmer(ctx, d.Farmer)
	if err != nil {
		return RetrievalAudit{}, err
	}
	if f.Disqualified {
		return RetrievalAudit{}, fmt.Errorf("%w: farmer %s of deal %d is disqualified", errNotLive, d.Farmer, id)
	}
	shape := proofs.DealShape{Leaves: d.Leaves, ShardLeaves: d.ShardLeaves}
	if err := shape.Validate(); err != nil {
		return RetrievalAudit{}, fmt.Errorf("auditor: deal %d: %w", id, err)
	}
	r := RetrievalAudit{Farmer: d.Farmer, DealID: id, Leaf: rand.Uint64N(shape.Leaves), At: time.Now()}
	resp, err := a.opts.Prober.Audit(ctx, f, proto.AuditRequest{DealID: id, Leaf: r.Leaf})
	switch {
	case ctx.Err() != nil:
		return RetrievalAudit{}, ctx.Err() // our own cancellation says nothing of the farmer
	case errors.Is(err, wire.ErrCorrupt) || errors.Is(err, wire.ErrNotFound) || errors.Is(err, wire.ErrBadRequest):
		r.Outcome, r.Err = RetrievalFailed, err
	case err != nil:
		r.Outcome, r.Err = RetrievalNoAnswer, err
	default:
		if err := resp.Validate(); err != nil {
			r.Outcome, r.Err = RetrievalFailed, err
		} else if err := proofs.VerifyDealLeaf(d.Root, shape, r.Leaf, resp.Data, resp.Path); err != nil {
			r.Outcome, r.Err = RetrievalFailed, fmt.Errorf("leaf %d of deal %d does not verify against its root: %w", r.Leaf, id, err)
		}
	}
	if r.Outcome != RetrievalPassed {
		a.log.Warn("retrievability audit not passed", "farmer", r.Farmer, "deal", id, "leaf", r.Leaf, "outcome", r.Outcome, "err", r.Err)
	}
	a.mu.Lock()
	st := a.auditSum[r.Farmer]
	switch r.Outcome {
	case RetrievalPassed:
		st.Passed++
	case RetrievalFailed:
		st.Failed++
	case RetrievalNoAnswer:
		st.NoAnswer++
	}
	st.Last = r.At
	a.auditSum[r.Farmer] = st
	a.audits = append(a.audits, r)
	if len(a.audits) > maxAudits {
		a.audits = append(a.audits[:0], a.audits[len(a.audits)-maxAudits:]...)
	}
	a.mu.Unlock()
	return r, nil
}

// P2P is a Prober over a libp2p host: it dials the farmer at the addresses it announced on chain.
type P2P struct {
	H       host.Host
	Timeout time.Duration // for one audit (default 30 s)
}

// Audit asks farmer f for one leaf.
func (p P2P) Audit(ctx context.Context, f chain.FarmerInfo, req proto.AuditRequest) (proto.AuditResponse, error) {
	timeout := p.Timeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	ai, err := ghost.AddrInfo(f.PeerID, f.Addrs)
	if err != nil {
		return proto.AuditResponse{}, fmt.Errorf("%w: farmer %s announced unusable addresses: %v", ErrNoAnswer, f.Address, err)
	}
	if p.H.Network().Connectedness(ai.ID) != network.Connected {
		if err := p.H.Connect(ctx, ai); err != nil {
			return proto.AuditResponse{}, fmt.Errorf("%w: connect to farmer %s: %v", ErrNoAnswer, f.Address, err)
		}
	}
	s, err := p.H.NewStream(ctx, ai.ID, protocol.ID(proto.AuditID))
	if err != nil {
		return proto.AuditResponse{}, fmt.Errorf("%w: open audit stream to %s: %v", ErrNoAnswer, f.Address, err)
	}
	defer s.Close()
	if dl, ok := ctx.Deadline(); ok {
		_ = s.SetDeadline(dl)
	}
	if err := wire.WriteMsg(s, req); err != nil {
		s.Reset()
		return proto.AuditResponse{}, fmt.Errorf("%w: send audit request to %s: %v", ErrNoAnswer, f.Address, err)
	}
	_ = s.CloseWrite()
	var resp proto.AuditResponse
	if err := wire.ReadResult(s, &resp); err != nil {
		var we *wire.Error
		if errors.As(err, &we) {
			return proto.AuditResponse{}, fmt.Errorf("farmer %s: %w", f.Address, err)
		}
		return proto.AuditResponse{}, fmt.Errorf("%w: read audit answer from %s: %v", ErrNoAnswer, f.Address, err)
	}
	return resp, nil
}
