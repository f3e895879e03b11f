package farmer

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/proofs"
)

// Keys of the farmer's records in its leveldb.
const (
	dealPrefix   = "farmer/deal/"   // + deal root + terms digest → JSON dealRecord
	holderPrefix = "farmer/holder/" // + shard root + renter address → terms digest
)

// errNoRecord is returned (wrapped) when no deal record matches.
var errNoRecord = errors.New("farmer: no such deal record")

// dealRecord is a deal the farmer signed after storing its shards.
type dealRecord struct {
	Terms     proto.Terms      `json:"terms"`
	Shards    []proto.ShardRef `json:"shards"`
	RenterSig []byte           `json:"renterSig"`
	FarmerSig []byte           `json:"farmerSig"`
	Stored    int64            `json:"stored"` // unix seconds
}

// roots returns the record's shard roots, in order.
func (r dealRecord) roots() ([]proofs.Hash, error) {
	out := make([]proofs.Hash, len(r.Shards))
	for i, s := range r.Shards {
		h, err := s.Root()
		if err != nil {
			return nil, fmt.Errorf("deal record %x: %w", r.Terms.Root[:8], err)
		}
		out[i] = h
	}
	return out, nil
}

func dealKey(root proofs.Hash, digest common.Hash) []byte {
	return append(append([]byte(dealPrefix), root[:]...), digest[:]...)
}

func holderKey(shard proofs.Hash, renter common.Address) []byte {
	return append(append([]byte(holderPrefix), shard[:]...), renter[:]...)
}

// record stores a deal and indexes its shards under its renter, durably, in one batch.
func (s *Service) record(rec dealRecord, roots []proofs.Hash) error {
	digest := s.market.Domain.Digest(rec.Terms.Market())
	v, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("farmer: encode deal record: %w", err)
	}
	b := new(leveldb.Batch)
	b.Put(dealKey(rec.Terms.Root, digest), v)
	for _, r := range roots {
		b.Put(holderKey(r, rec.Terms.Renter), digest[:])
	}
	if err := s.db.Write(b, &opt.WriteOptions{Sync: true}); err != nil {
		return fmt.Errorf("farmer: record deal %x: %w", rec.Terms.Root[:8], err)
	}
	return nil
}

// holds reports whether renter has a recorded deal holding shard, or holds it in one of its
// agreements (committed or staged).
func (s *Service) holds(shard proofs.Hash, renter common.Address) (bool, error) {
	ok, err := s.db.Has(holderKey(shard, renter), nil)
	if err != nil {
		return false, fmt.Errorf("farmer: read holders: %w", err)
	}
	if !ok {
		ok, _, err = s.agreementHolds(shard, renter)
	}
	return ok, err
}

// referenced reports whether any recorded deal or any agreement (committed or staged) holds shard.
func (s *Service) referenced(shard proofs.Hash) (bool, error) {
	for _, prefix := range []string{holderPrefix, refPrefix, heldPrefix} {
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

// dealFor returns a recorded deal with the given root and shape (the root commits to the shard
// roots; the shape rules out a shorter list padded to the same root).
func (s *Service) dealFor(root proofs.Hash, shape proofs.DealShape) (dealRecord, error) {
	it := s.db.NewIterator(util.BytesPrefix(append([]byte(dealPrefix), root[:]...)), nil)
	defer it.Release()
	for it.Next() {
		var rec dealRecord
		if err := json.Unmarshal(it.Value(), &rec); err != nil {
			return dealRecord{}, fmt.Errorf("farmer: decode deal record %x: %w", root[:8], err)
		}
		if rec.Terms.Market().Shape() == shape {
			return rec, nil
		}
	}
	if err := it.Error(); err != nil {
		return dealRecord{}, fmt.Errorf("farmer: read deal records: %w", err)
	}
	return dealRecord{}, fmt.Errorf("%w: root %x", errNoRecord, root[:8])
}
