package renter

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/proofs"
)

// AgreementLister lists a renter's agreements from the chain (chain.AgreementClient.AgreementsOf).
type AgreementLister interface {
	AgreementsOf(ctx context.Context, renter common.Address) ([]uint64, error)
}

// ErrRecover: a farmer's answer about an agreement could not be trusted (it is skipped).
var ErrRecover = errors.New("renter: agreement not recovered")

// RecoverBook rebuilds the agreement book from the chain and the farmers, for a renter whose book
// is lost (a new machine) or behind: every agreement the chain lists for this renter that is still
// open and not in the book is asked of its farmer (the latest protocol), and its newest co-signed
// revision is recorded once it checks out: both signatures (this renter's own and the farmer's),
// a number at least the chain's, and a shard list whose tree gives the revision's root, leaves
// and shards. It returns the agreements recovered, and the problems met, one error per agreement
// (a farmer that is down only postpones its agreement to the next call).
func (a *Agreements) RecoverBook(ctx context.Context, chain AgreementLister) (recovered int, problems error) {
	ids, err := chain.AgreementsOf(ctx, a.addr)
	if err != nil {
		return 0, fmt.Errorf("renter: recover agreements: %w", err)
	}
	auth, err := a.retrievalAuth()
	if err != nil {
		return 0, err
	}
	var errs []error
	for _, id := range ids {
		if a.book.get(id) != nil {
			continue
		}
		info, err := a.chain.Agreement(ctx, id)
		if err != nil {
			errs = append(errs, fmt.Errorf("renter: recover agreement %d: %w", id, err))
			continue
		}
		if info.Status != AgreementStatusOpen || info.Renter != a.addr {
			continue
		}
		f, err := a.farmerInfo(ctx, info.Farmer)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		l, err := a.dial(f).Latest(ctx, id, auth)
		if err != nil {
			errs = append(errs, fmt.Errorf("renter: recover agreement %d from %s: %w", id, info.Farmer, err))
			continue
		}
		signed, tree, shards, err := a.checkLatest(info.Farmer, id, info.Number, info.PricePerGiB, info.EndPeriod, l)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		rev := signed.Revision
		ag, err := a.book.add(AgreementTerms{ID: id, Renter: a.addr, Farmer: info.Farmer, PricePerGiB: info.PricePerGiB,
			Collateral: info.Collateral, EndPeriod: info.EndPeriod, MaxBytes: a.opt.MaxBytesPerAgreement})
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if rev.Number > 0 {
			ag.rev.Lock()
			err = a.book.commit(ag, signed, tree, market.Change{Add: shards})
			ag.rev.Unlock()
			if err != nil {
				errs = append(errs, err)
				continue
			}
		}
		recovered++
	}
	return recovered, errors.Join(errs...)
}

// checkLatest checks a farmer's answer to a latest request for agreement id (at least revision
// chainNumber): its number, its shard list against the revision, and both signatures (this
// renter's own and the farmer's). It returns the signed revision, its tree and its shards.
func (a *Agreements) checkLatest(farmer common.Address, id, chainNumber uint64, price *big.Int, end uint32, l proto.LatestRevision) (market.SignedRevision, *proofs.Agreement, []proofs.Shard, error) {
	rev := l.Revision.Market()
	bad := func(format string, args ...any) (market.SignedRevision, *proofs.Agreement, []proofs.Shard, error) {
		return market.SignedRevision{}, nil, nil, fmt.Errorf("%w: %d from %s: %s", ErrRecover, id, farmer, fmt.Sprintf(format, args...))
	}
	if rev.AgreementID != id || rev.Number < chainNumber {
		return bad("the farmer answers revision %d of agreement %d, the chain holds %d", rev.Number, rev.AgreementID, chainNumber)
	}
	shards := make([]proofs.Shard, len(l.Shards))
	for i, e := range l.Shards {
		shards[i] = e.Shard()
	}
	tree, err := proofs.NewAgreement(shards)
	if err != nil {
		return bad("%v", err)
	}
	if rev.Number > 0 {
		if tree.Root() != rev.Root || tree.Leaves() != rev.Leaves || tree.Shards() != rev.Shards {
			return bad("its shard list does not make revision %d", rev.Number)
		}
		if signer, err := a.dom.RecoverRevision(rev, l.RenterSig); err != nil || signer != a.addr {
			return bad("revision %d is not signed by this renter", rev.Number)
		}
		st := market.NewAgreementState(id, a.addr, farmer, price, end)
		if err := a.dom.CheckSigned(st, rev, l.FarmerSig); err != nil {
			return bad("%v", err)
		}
	}
	return market.SignedRevision{Revision: rev, RenterSig: l.RenterSig, FarmerSig: l.FarmerSig}, tree, shards, nil
}

// Collect removes from the renter's agreements every shard no manifest (nor the current catalogue
// object, backup.go) names: the shards of a put
// that failed after a farmer committed them unseen (adopted later by catching up), or of a crash
// between the revisions and the manifest. Orphans cost the renter their rate every period until
// removed. It waits for puts in flight and returns how many shards it removed; a farmer that cannot
// be reached keeps its orphans until the next call.
func (a *Agreements) Collect(ctx context.Context) (removed int, problems error) {
	a.gc.Lock()
	defer a.gc.Unlock()
	names, err := a.store.List(ctx)
	if err != nil {
		return 0, fmt.Errorf("renter: collect: list files: %w", err)
	}
	named := map[uint64]map[proofs.Hash]bool{}
	for _, name := range names {
		m, err := a.store.Get(ctx, name)
		if err != nil {
			return 0, fmt.Errorf("renter: collect: read %q: %w", name, err)
		}
		for id, roots := range fileShards(m) {
			if named[id] == nil {
				named[id] = map[proofs.Hash]bool{}
			}
			for _, r := range roots {
				named[id][r] = true
			}
		}
	}
	kept, err := a.backupShards() // the catalogue object
	if err != nil {
		return 0, err
	}
	for id, roots := range kept {
		if named[id] == nil {
			named[id] = map[proofs.Hash]bool{}
		}
		for _, r := range roots {
			named[id][r] = true
		}
	}
	var errs []error
	for _, ag := range a.book.list() {
		var orphans []proofs.Hash
		for _, s := range ag.snapshot().Tree.List() {
			if !named[ag.terms.ID][s.Root] {
				orphans = append(orphans, s.Root)
			}
		}
		if len(orphans) == 0 {
			continue
		}
		f, err := a.farmerInfo(ctx, ag.terms.Farmer)
		if err == nil {
			err = a.revise(ctx, ag, a.dial(f), removeFrom(orphans))
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("renter: collect %d orphan shards of agreement %d: %w", len(orphans), ag.terms.ID, err))
			continue
		}
		a.log.Info("orphan shards removed", "agreement", ag.terms.ID, "farmer", ag.terms.Farmer, "shards", len(orphans))
		removed += len(orphans)
	}
	return removed, errors.Join(errs...)
}
