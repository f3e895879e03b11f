package renter

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/proofs"
)

// The agreement book is the renter's record of its agreements, in its leveldb under "renter/agree/":
//
//	renter/agree/a/<id: 8 bytes BE>               JSON bookRecord: terms and the newest co-signed revision
//	renter/agree/s/<id: 8 bytes BE><root: 32>     the shard's leaves (8 bytes BE), one key per shard of that revision
//	renter/agree/f/<farmer: 20 bytes>             the id of the agreement new files go to with that farmer
//
// A revision is committed in one synced batch (the record, the shards it adds, the shards it
// removes), so the book always holds exactly one co-signed revision per agreement and its shards.
// Agreements stay in the book after a newer one with the same farmer replaces them: files placed
// under them are still removed from them by revision.
var (
	bookRecordPrefix  = []byte("renter/agree/a/")
	bookShardPrefix   = []byte("renter/agree/s/")
	bookCurrentPrefix = []byte("renter/agree/f/")
)

// ErrBook: the book on disk does not hold together (a record that does not decode, shards that do not
// make the recorded revision).
var ErrBook = errors.New("renter: agreement book is inconsistent")

// AgreementTerms are what an agreement was opened with (immutable afterwards).
type AgreementTerms struct {
	ID          uint64         `json:"id"`
	Renter      common.Address `json:"renter"`
	Farmer      common.Address `json:"farmer"`
	PricePerGiB *big.Int       `json:"pricePerGiB"`
	Collateral  *big.Int       `json:"collateral"`
	EndPeriod   uint32         `json:"endPeriod"` // as opened (a revision may move the end later)
	MaxBytes    uint64         `json:"maxBytes"`  // the size the escrow was paid for
}

// bookRecord is an agreement's record in the book.
type bookRecord struct {
	Terms     AgreementTerms `json:"terms"`
	Number    uint64         `json:"number"`
	Root      proofs.Hash    `json:"root"`
	Leaves    uint64         `json:"leaves"`
	Shards    uint64         `json:"shards"`
	End       uint32         `json:"end"` // the newest revision's end period
	RenterSig []byte         `json:"renterSig,omitempty"`
	FarmerSig []byte         `json:"farmerSig,omitempty"`
}

func (r bookRecord) revision() market.SignedRevision {
	return market.SignedRevision{
		Revision: market.Revision{AgreementID: r.Terms.ID, Number: r.Number, Root: r.Root, Leaves: r.Leaves,
			Shards: r.Shards, EndPeriod: r.End},
		RenterSig: r.RenterSig, FarmerSig: r.FarmerSig,
	}
}

// agreement is one agreement in the book. rev serialises its revisions: it is held from computing the
// next revision until it is committed (or refused), so concurrent puts and removes sharing the
// agreement revise it one after the other. mu guards state and reserved for quick reads.
type agreement struct {
	terms AgreementTerms

	rev sync.Mutex

	mu       sync.Mutex
	state    *market.AgreementState // replaced (never modified) by commit
	reserved uint64                 // bytes sent in puts under way, not yet committed
}

// snapshot returns the agreement's current state (do not modify it).
func (a *agreement) snapshot() *market.AgreementState {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.state
}

// reserve books size bytes of the agreement's room for a put under way; false if they do not fit
// under MaxBytes beside what is committed and reserved.
func (a *agreement) reserve(size uint64) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	used := a.state.Tree.Leaves()*proofs.LeafSize + a.reserved
	if used+size > a.terms.MaxBytes || used+size < used {
		return false
	}
	a.reserved += size
	return true
}

// release gives back reserved bytes.
func (a *agreement) release(size uint64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.reserved -= min(size, a.reserved)
}

// room returns the bytes still free under MaxBytes.
func (a *agreement) room() uint64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	used := a.state.Tree.Leaves()*proofs.LeafSize + a.reserved
	if used >= a.terms.MaxBytes {
		return 0
	}
	return a.terms.MaxBytes - used
}

// book is the renter's agreements, loaded from and persisted to its leveldb.
type book struct {
	db *leveldb.DB

	mu      sync.Mutex
	byID    map[uint64]*agreement
	current map[common.Address]uint64
}

func recordKey(id uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(nil), bookRecordPrefix...), id)
}

func shardKey(id uint64, root proofs.Hash) []byte {
	k := binary.BigEndian.AppendUint64(append([]byte(nil), bookShardPrefix...), id)
	return append(k, root[:]...)
}

func currentKey(f common.Address) []byte {
	return append(append([]byte(nil), bookCurrentPrefix...), f[:]...)
}

// openBook loads the book from db, rebuilding every agreement's tree from its shards and checking it
// against the recorded revision.
func openBook(db *leveldb.DB) (*book, error) {
	b := &book{db: db, byID: map[uint64]*agreement{}, current: map[common.Address]uint64{}}
	shards := map[uint64][]proofs.Shard{}
	it := db.NewIterator(util.BytesPrefix(bookShardPrefix), nil)
	for it.Next() {
		k, v := it.Key()[len(bookShardPrefix):], it.Value()
		if len(k) != 8+32 || len(v) != 8 {
			it.Release()
			return nil, fmt.Errorf("%w: shard key of %d bytes", ErrBook, len(k))
		}
		id := binary.BigEndian.Uint64(k)
		shards[id] = append(shards[id], proofs.Shard{Root: proofs.Hash(k[8:]), Leaves: binary.BigEndian.Uint64(v)})
	}
	it.Release()
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("renter: read agreement book: %w", err)
	}
	it = db.NewIterator(util.BytesPrefix(bookRecordPrefix), nil)
	for it.Next() {
		var r bookRecord
		if err := json.Unmarshal(it.Value(), &r); err != nil {
			it.Release()
			return nil, fmt.Errorf("%w: record %x: %v", ErrBook, it.Key(), err)
		}
		id := r.Terms.ID
		tree, err := proofs.NewAgreement(shards[id])
		if err != nil {
			it.Release()
			return nil, fmt.Errorf("%w: agreement %d: %v", ErrBook, id, err)
		}
		latest := r.revision()
		if tree.Root() != latest.Root || tree.Leaves() != latest.Leaves || tree.Shards() != latest.Shards {
			it.Release()
			return nil, fmt.Errorf("%w: agreement %d: its shards do not make revision %d", ErrBook, id, latest.Number)
		}
		st := market.NewAgreementState(id, r.Terms.Renter, r.Terms.Farmer, r.Terms.PricePerGiB, latest.EndPeriod)
		st.Commit(latest, tree)
		b.byID[id] = &agreement{terms: r.Terms, state: st}
		delete(shards, id)
	}
	it.Release()
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("renter: read agreement book: %w", err)
	}
	if len(shards) != 0 {
		return nil, fmt.Errorf("%w: shards of %d agreements without a record", ErrBook, len(shards))
	}
	it = db.NewIterator(util.BytesPrefix(bookCurrentPrefix), nil)
	for it.Next() {
		k, v := it.Key()[len(bookCurrentPrefix):], it.Value()
		if len(k) != 20 || len(v) != 8 || b.byID[binary.BigEndian.Uint64(v)] == nil {
			it.Release()
			return nil, fmt.Errorf("%w: farmer entry %x", ErrBook, it.Key())
		}
		b.current[common.Address(k)] = binary.BigEndian.Uint64(v)
	}
	it.Release()
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("renter: read agreement book: %w", err)
	}
	return b, nil
}

func record(t AgreementTerms, latest market.SignedRevision) ([]byte, error) {
	return json.Marshal(bookRecord{Terms: t, Number: latest.Number, Root: latest.Root, Leaves: latest.Leaves,
		Shards: latest.Shards, End: latest.EndPeriod, RenterSig: latest.RenterSig, FarmerSig: latest.FarmerSig})
}

var syncWrite = &opt.WriteOptions{Sync: true}

// add records a freshly opened agreement (revision 0, empty) and makes it the farmer's current one.
func (b *book) add(t AgreementTerms) (*agreement, error) {
	st := market.NewAgreementState(t.ID, t.Renter, t.Farmer, t.PricePerGiB, t.EndPeriod)
	rec, err := record(t, st.Latest)
	if err != nil {
		return nil, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.byID[t.ID] != nil {
		return nil, fmt.Errorf("%w: agreement %d recorded twice", ErrBook, t.ID)
	}
	batch := new(leveldb.Batch)
	batch.Put(recordKey(t.ID), rec)
	batch.Put(currentKey(t.Farmer), binary.BigEndian.AppendUint64(nil, t.ID))
	if err := b.db.Write(batch, syncWrite); err != nil {
		return nil, fmt.Errorf("renter: record agreement %d: %w", t.ID, err)
	}
	a := &agreement{terms: t, state: st}
	b.byID[t.ID] = a
	b.current[t.Farmer] = t.ID
	return a, nil
}

// currentOf returns the agreement new files go to with farmer f (nil if none).
func (b *book) currentOf(f common.Address) *agreement {
	b.mu.Lock()
	defer b.mu.Unlock()
	if id, ok := b.current[f]; ok {
		return b.byID[id]
	}
	return nil
}

// get returns agreement id (nil if the book does not hold it).
func (b *book) get(id uint64) *agreement {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.byID[id]
}

// list returns every agreement, by id.
func (b *book) list() []*agreement {
	b.mu.Lock()
	out := make([]*agreement, 0, len(b.byID))
	for _, a := range b.byID {
		out = append(out, a)
	}
	b.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { return out[i].terms.ID < out[j].terms.ID })
	return out
}

// commit persists a co-signed revision of a (made by change c, giving tree) and installs it. The
// caller holds a.rev.
func (b *book) commit(a *agreement, rev market.SignedRevision, tree *proofs.Agreement, c market.Change) error {
	rec, err := record(a.terms, rev)
	if err != nil {
		return err
	}
	batch := new(leveldb.Batch)
	batch.Put(recordKey(a.terms.ID), rec)
	for _, r := range c.Remove {
		batch.Delete(shardKey(a.terms.ID, r))
	}
	for _, s := range c.Add {
		batch.Put(shardKey(a.terms.ID, s.Root), binary.BigEndian.AppendUint64(nil, s.Leaves))
	}
	if err := b.db.Write(batch, syncWrite); err != nil {
		return fmt.Errorf("renter: record revision %d of agreement %d: %w", rev.Number, a.terms.ID, err)
	}
	a.mu.Lock()
	st := *a.state
	st.Commit(rev, tree)
	a.state = &st
	a.mu.Unlock()
	return nil
}
