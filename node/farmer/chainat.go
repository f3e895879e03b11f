package farmer

// What the chain may still ask for. A renter can challenge an agreement against the revision ON
// CHAIN, which lags the farmer's newest co-signed one until a heartbeat (or anyone) posts it. So a
// revision's removed shards are not deleted when it is signed: they are "held" until the chain holds
// a revision at least as new as the one that removed them; and the shard lists of the revisions
// between the chain's and the newest are kept, so that a proof can be built against the chain's root.
//
//	hist/<id><number>          JSON []ShardEntry: the shards of revision number (written when the
//	                           next revision is signed; pruned once the chain passes it)
//	held/<root><id><number>    uint64 leaves: root was removed by revision number of agreement id:
//	                           keep it on disk until the chain holds that revision (referenced()
//	                           counts it, and so does the agreement's staging cap: a renter cannot
//	                           add and remove within a period to park unpaid data on the farmer)

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/proofs"
)

const (
	histPrefix = agreePrefix + "hist/"
	heldPrefix = agreePrefix + "held/"
)

func histKey(id, number uint64) []byte {
	return binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64([]byte(histPrefix), id), number)
}

func heldKey(root proofs.Hash, id, number uint64) []byte {
	return binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(append([]byte(heldPrefix), root[:]...), id), number)
}

// encodeShards encodes a tree's shard list (tree order).
func encodeShards(t *proofs.Agreement) ([]byte, error) {
	list := t.List()
	entries := make([]proto.ShardEntry, len(list))
	for i, sh := range list {
		entries[i] = proto.ShardEntry{Root: sh.Root, Leaves: sh.Leaves}
	}
	return json.Marshal(entries)
}

// TreeAt returns (a copy of) the tree of revision number of agreement id: the newest co-signed
// revision's, or an older one the chain may still hold (kept until the chain passes it).
func (s *Service) TreeAt(id, number uint64) (*proofs.Agreement, error) {
	a := s.loaded(id)
	if a == nil {
		return nil, fmt.Errorf("farmer: no agreement %d", id)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if number == a.state.Latest.Number {
		return a.state.Tree.Clone(), nil
	}
	if number > a.state.Latest.Number {
		return nil, fmt.Errorf("farmer: agreement %d has no revision %d (newest %d)", id, number, a.state.Latest.Number)
	}
	v, err := s.db.Get(histKey(id, number), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil, fmt.Errorf("farmer: shards of revision %d of agreement %d not kept", number, id)
	} else if err != nil {
		return nil, fmt.Errorf("farmer: read revision %d of agreement %d: %w", number, id, err)
	}
	var entries []proto.ShardEntry
	if err := json.Unmarshal(v, &entries); err != nil {
		return nil, fmt.Errorf("farmer: decode revision %d of agreement %d: %w", number, id, err)
	}
	shards := make([]proofs.Shard, len(entries))
	for i, e := range entries {
		shards[i] = e.Shard()
	}
	t, err := proofs.NewAgreement(shards)
	if err != nil {
		return nil, fmt.Errorf("farmer: revision %d of agreement %d: %w", number, id, err)
	}
	return t, nil
}

// ChainAt tells the farmer that the chain holds revision number of agreement id (math.MaxUint64
// once the agreement ended): the shards that revisions up to number removed are released (deleted
// when nothing else holds them) and the kept shard lists of older revisions are dropped.
func (s *Service) ChainAt(id, number uint64) error {
	a := s.loaded(id)
	if a == nil {
		return nil
	}
	a.mu.Lock()
	if a.chainKnown && a.chainAt >= number {
		a.mu.Unlock()
		return nil
	}
	b := new(leveldb.Batch)
	var released []proofs.Hash
	var heldLeaves uint64
	it := s.db.NewIterator(util.BytesPrefix([]byte(heldPrefix)), nil)
	for it.Next() {
		k := it.Key()[len(heldPrefix):]
		if len(k) != 32+8+8 || binary.BigEndian.Uint64(k[32:40]) != id || binary.BigEndian.Uint64(k[40:]) > number {
			continue
		}
		var r proofs.Hash
		copy(r[:], k[:32])
		released = append(released, r)
		if v := it.Value(); len(v) == 8 {
			heldLeaves += binary.BigEndian.Uint64(v)
		}
		b.Delete(append([]byte(nil), it.Key()...))
	}
	it.Release()
	err := it.Error()
	if err == nil {
		it = s.db.NewIterator(&util.Range{Start: histKey(id, 0), Limit: histKey(id, number)}, nil)
		for it.Next() {
			b.Delete(append([]byte(nil), it.Key()...))
		}
		it.Release()
		err = it.Error()
	}
	if err == nil && b.Len() > 0 {
		err = s.db.Write(b, &opt.WriteOptions{Sync: true})
	}
	if err == nil {
		a.chainAt, a.chainKnown = number, true
		a.held -= min(a.held, heldLeaves)
	}
	a.mu.Unlock()
	if err != nil {
		return fmt.Errorf("farmer: release revisions of agreement %d up to %d: %w", id, number, err)
	}
	if len(released) > 0 {
		s.log.Info("removed shards released: their removal is on chain", "agreement", id, "number", number, "shards", len(released))
		s.dropUnreferenced(released)
	}
	return nil
}
