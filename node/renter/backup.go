package renter

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"

	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"

	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/proofs"
)

// The renter's catalogue lives in the network too, so that the renter's key and the chain are
// enough to get every file back on a new machine (Recover):
//
//   - the catalogue object: the catalogue export (manifest.Store.Export: every manifest, sealed
//     under a key derived from the master key) stored as an ordinary erasure-coded object in the
//     renter's agreements, coded like the renter's most redundant file (at least
//     pipeline.DevnetParams), so it survives the loss of as many farmers as the files do;
//   - the anchor: that object's manifest, sealed (manifest.MasterKey.SealAnchor: only the master
//     key opens it, bound to the renter's address and the anchor's number), signed by the renter's
//     account key for each agreement (proto.Anchor) and left with every farmer the renter has an
//     agreement with. Farmers keep the highest number and return it with the agreement's latest
//     revision.
//
// BackupCatalogue stores a new catalogue object whenever the catalogue changed (a put, a remove, a
// repair) or the current object is at risk, then anchors it, then removes the previous object. The
// renter records the current anchor in its db ("renter/catalogue"), so that Collect keeps the
// object's shards and the next backup knows what to replace. Recover finds the agreements from the
// chain, asks their farmers for the latest revisions and anchors, and imports the catalogue of the
// highest anchor that opens and whose object reads back.

var backupKey = []byte("renter/catalogue")

// catalogueName names the catalogue object inside its own (sealed) manifest; it is never listed.
const catalogueName = "granary/catalogue"

// ErrNoCatalogue: no farmer returned a catalogue anchor of this renter that opens and reads back.
var ErrNoCatalogue = errors.New("renter: no catalogue found in the network")

// backupState is the current catalogue object as the renter records it.
type backupState struct {
	Number uint64   `json:"number"`
	Digest [32]byte `json:"digest"` // manifest.Store.Digest when the object was stored
	Sealed []byte   `json:"sealed"` // the anchor (opens to the object's manifest)
}

// Backup is what BackupCatalogue did.
type Backup struct {
	Number   uint64 // the anchor number of the catalogue object now in the network (0: none)
	Stored   bool   // a new catalogue object was stored (false: the current one is up to date)
	Files    int    // manifests in the catalogue
	Anchored int    // farmers that keep the new anchor
	Size     uint64 // bytes of the catalogue export
	Replaced bool   // the previous object's shards were removed from their agreements
}

// loadBackup returns the recorded catalogue object (nil: none) and its manifest.
func (a *Agreements) loadBackup() (*backupState, *manifest.Manifest, error) {
	v, err := a.db.Get(backupKey, nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("renter: read catalogue record: %w", err)
	}
	st := new(backupState)
	if err := json.Unmarshal(v, st); err != nil {
		return nil, nil, fmt.Errorf("renter: decode catalogue record: %w", err)
	}
	m, err := a.store.OpenAnchor(a.addr.Bytes(), st.Number, st.Sealed)
	if err != nil {
		return nil, nil, fmt.Errorf("renter: catalogue record: %w", err)
	}
	return st, m, nil
}

func (a *Agreements) saveBackup(st backupState) error {
	v, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("renter: encode catalogue record: %w", err)
	}
	if err := a.db.Put(backupKey, v, &opt.WriteOptions{Sync: true}); err != nil {
		return fmt.Errorf("renter: record catalogue: %w", err)
	}
	return nil
}

// backupParams returns the coding of a new catalogue object: AgreementOptions.BackupParams if set,
// else the most redundant coding (most parity shards) among the renter's files, at least
// pipeline.DevnetParams, with the default segment size.
func (a *Agreements) backupParams(ctx context.Context) (pipeline.Params, int, error) {
	p, files := a.opt.BackupParams, 0
	err := a.store.Each(ctx, func(m *manifest.Manifest) error {
		files++
		if a.opt.BackupParams.DataShards == 0 && m.ParityShards > p.ParityShards {
			p.DataShards, p.ParityShards = m.DataShards, m.ParityShards
		}
		return nil
	})
	if err != nil {
		return p, 0, fmt.Errorf("renter: read catalogue: %w", err)
	}
	if p.DataShards == 0 || p.ParityShards < pipeline.DevnetParams().ParityShards {
		d := pipeline.DevnetParams()
		p.DataShards, p.ParityShards = d.DataShards, d.ParityShards
	}
	if p.SegmentSize == 0 {
		p.SegmentSize = pipeline.DefaultSegmentSize
	}
	return p, files, nil
}

// BackupCatalogue stores the catalogue in the network if it changed since the last backup, or if
// the current catalogue object is at risk (an agreement holding it is no longer open, its farmer
// exits or was disqualified, or it ends within the margin). The new object is anchored with every
// agreement's farmer; at least m+1 of them (all, if fewer) must keep the anchor, or the new object
// is removed again and the previous one stays. Then the previous object is removed (a farmer that
// cannot be reached keeps its shards until Collect). Nothing is done while the renter holds no
// agreement.
func (a *Agreements) BackupCatalogue(ctx context.Context) (Backup, error) {
	a.backupMu.Lock()
	defer a.backupMu.Unlock()
	a.gc.RLock() // the new object's shards are named by nothing until its record is saved
	defer a.gc.RUnlock()
	old, oldM, err := a.loadBackup()
	if err != nil {
		return Backup{}, err
	}
	digest, err := a.store.Digest(ctx)
	if err != nil {
		return Backup{}, err
	}
	if old != nil && old.Digest == digest {
		healthy, err := a.backupHealthy(ctx, oldM)
		if err != nil {
			return Backup{Number: old.Number}, err
		}
		if healthy {
			return Backup{Number: old.Number}, nil
		}
		a.log.Info("catalogue object at risk: storing it again", "anchor", old.Number)
	}
	if len(a.book.list()) == 0 && old == nil {
		return Backup{}, nil
	}
	params, files, err := a.backupParams(ctx)
	if err != nil {
		return Backup{}, err
	}

	pr, pw := io.Pipe()
	var size countWriter
	exported := make(chan error, 1)
	go func() {
		err := a.store.Export(ctx, io.MultiWriter(pw, &size))
		pw.CloseWithError(err)
		exported <- err
	}()
	m, put, err := a.place(ctx, catalogueName, pr, params)
	pr.CloseWithError(errors.New("catalogue object not stored"))
	if xerr := <-exported; err == nil && xerr != nil {
		err = xerr
	}
	if err != nil {
		return Backup{}, fmt.Errorf("renter: store catalogue: %w", err)
	}
	undo := func(why error) (Backup, error) {
		return Backup{}, errors.Join(why, put.undo(context.WithoutCancel(ctx), put.live()))
	}
	number := uint64(1)
	if old != nil {
		number = old.Number + 1
	}
	sealed, err := a.store.SealAnchor(a.addr.Bytes(), number, m)
	if err != nil {
		return undo(err)
	}
	if len(sealed) > proto.MaxAnchor {
		return undo(fmt.Errorf("renter: catalogue anchor of %d bytes, at most %d: the catalogue is too large for one anchor", len(sealed), proto.MaxAnchor))
	}
	anchored, need, err := a.anchorAll(ctx, number, sealed, params.ParityShards+1)
	if anchored < need {
		return undo(fmt.Errorf("renter: catalogue anchor %d kept by %d farmers, %d needed: %w", number, anchored, need, err))
	}
	if err != nil {
		a.log.Warn("catalogue anchor not kept by every farmer", "anchor", number, "kept", anchored, "err", err)
	}
	if err := a.saveBackup(backupState{Number: number, Digest: digest, Sealed: sealed}); err != nil {
		return undo(err)
	}
	b := Backup{Number: number, Stored: true, Files: files, Anchored: anchored, Size: size.n}
	if oldM != nil {
		if err := a.removeShards(ctx, oldM); err != nil {
			a.log.Warn("previous catalogue object not removed yet (collect removes it)", "anchor", old.Number, "err", err)
		} else {
			b.Replaced = true
		}
	}
	a.log.Info("catalogue stored", "anchor", number, "files", files, "bytes", size.n, "farmers", anchored)
	return b, nil
}

// backupHealthy reports whether the catalogue object m is safe where it is: every segment keeps
// k + ceil(m/2) shards in agreements that are open, end after the margin, and whose farmer neither
// exits nor was disqualified.
func (a *Agreements) backupHealthy(ctx context.Context, m *manifest.Manifest) (bool, error) {
	cur, err := a.chain.CurrentPeriod(ctx)
	if err != nil {
		return false, fmt.Errorf("renter: current period: %w", err)
	}
	good := map[uint64]bool{}
	for id := range fileShards(m) {
		info, err := a.chain.Agreement(ctx, id)
		if err != nil {
			return false, fmt.Errorf("renter: read agreement %d: %w", id, err)
		}
		if info.Status != AgreementStatusOpen || info.EndPeriod <= cur+a.opt.MarginPeriods {
			continue
		}
		f, err := a.farmerInfo(ctx, info.Farmer)
		if err != nil {
			return false, err
		}
		good[id] = !f.Disqualified && !f.Exiting()
	}
	need := min(m.DataShards+m.ParityShards, m.DataShards+(m.ParityShards+1)/2)
	for _, seg := range m.Segments {
		n := 0
		for _, sh := range seg.Shards {
			if good[sh.AgreementID] {
				n++
			}
		}
		if n < need {
			return false, nil
		}
	}
	return true, nil
}

// anchorAll leaves anchor number with the farmer of every agreement in the book, concurrently. It
// returns how many kept it, how many are needed (want, or all if fewer), and the failures.
func (a *Agreements) anchorAll(ctx context.Context, number uint64, sealed []byte, want int) (int, int, error) {
	ags := a.book.list()
	var (
		mu   sync.Mutex
		kept int
		errs []error
		wg   sync.WaitGroup
	)
	for _, ag := range ags {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := a.anchorOne(ctx, ag, number, sealed)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, fmt.Errorf("agreement %d with %s: %w", ag.terms.ID, ag.terms.Farmer, err))
				return
			}
			kept++
		}()
	}
	wg.Wait()
	return kept, min(want, len(ags)), errors.Join(errs...)
}

func (a *Agreements) anchorOne(ctx context.Context, ag *agreement, number uint64, sealed []byte) error {
	an, err := proto.SignAnchor(a.key, a.dom.Market, ag.terms.ID, number, sealed)
	if err != nil {
		return err
	}
	f, err := a.farmerInfo(ctx, ag.terms.Farmer)
	if err != nil {
		return err
	}
	got, err := a.dial(f).Anchor(ctx, an)
	if err != nil {
		return err
	}
	if got != number {
		return fmt.Errorf("the farmer keeps anchor %d, not %d", got, number)
	}
	return nil
}

// backupShards returns the shards of the current catalogue object by agreement (Collect keeps them).
func (a *Agreements) backupShards() (map[uint64][]proofs.Hash, error) {
	_, shards, err := a.Catalogue()
	return shards, err
}

// Catalogue returns the anchor number of the catalogue object in the network (0: none yet) and its
// shards by agreement: they live beside the files' shards in the renter's agreements.
func (a *Agreements) Catalogue() (uint64, map[uint64][]proofs.Hash, error) {
	st, m, err := a.loadBackup()
	if err != nil || m == nil {
		return 0, nil, err
	}
	return st.Number, fileShards(m), nil
}

// Recovered is what Recover did.
type Recovered struct {
	Agreements int    // agreements recovered from the chain and their farmers
	Anchor     uint64 // the anchor number of the catalogue imported
	Files      int    // manifests imported
}

// Recover rebuilds a lost renter from its keys: the agreement book from the chain and the farmers
// (RecoverBook), then the catalogue from the newest anchor the farmers return that opens under this
// renter's master key and whose object reads back (an older anchor is tried when a newer one's
// object cannot be read). Manifests are imported into the store (a file of the same name is
// replaced). problems lists the agreements that could not be recovered (a farmer down): their
// files still read from the other farmers, and a later Recover picks them up.
func (a *Agreements) Recover(ctx context.Context, chain AgreementLister) (r Recovered, problems error, err error) {
	a.backupMu.Lock()
	defer a.backupMu.Unlock()
	r.Agreements, problems = a.RecoverBook(ctx, chain)
	if ctx.Err() != nil {
		return r, problems, ctx.Err()
	}
	anchors, aerr := a.anchors(ctx)
	problems = errors.Join(problems, aerr)
	if len(anchors) == 0 {
		return r, problems, fmt.Errorf("%w: none of the renter's %d agreements' farmers returned an anchor that opens under this key", ErrNoCatalogue, len(a.book.list()))
	}
	var tried []error
	for _, an := range anchors {
		pr, pw := io.Pipe()
		go func() { pw.CloseWithError(a.pipe.Get(ctx, an.m, a.Source(an.m), pw)) }()
		n, err := a.store.Import(ctx, pr)
		pr.CloseWithError(errors.New("import stopped"))
		if err != nil {
			tried = append(tried, fmt.Errorf("anchor %d: %w", an.number, err))
			continue
		}
		digest, err := a.store.Digest(ctx)
		if err != nil {
			return r, problems, err
		}
		if err := a.saveBackup(backupState{Number: an.number, Digest: digest, Sealed: an.sealed}); err != nil {
			return r, problems, err
		}
		r.Anchor, r.Files = an.number, n
		a.log.Info("catalogue recovered", "anchor", an.number, "files", n)
		return r, problems, nil
	}
	return r, problems, fmt.Errorf("%w: %w", ErrNoCatalogue, errors.Join(tried...))
}

type foundAnchor struct {
	number uint64
	sealed []byte
	m      *manifest.Manifest
}

// anchors asks the farmer of every agreement in the book for its anchor and returns those that
// open under this renter's key, newest first, one per number.
func (a *Agreements) anchors(ctx context.Context) ([]foundAnchor, error) {
	auth, err := a.retrievalAuth()
	if err != nil {
		return nil, err
	}
	var (
		mu    sync.Mutex
		found = map[uint64]foundAnchor{}
		errs  []error
		wg    sync.WaitGroup
	)
	for _, ag := range a.book.list() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			an, err := a.anchorOf(ctx, ag, auth)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err != nil:
				errs = append(errs, fmt.Errorf("renter: anchor of agreement %d: %w", ag.terms.ID, err))
			case an != nil:
				found[an.number] = *an
			}
		}()
	}
	wg.Wait()
	out := make([]foundAnchor, 0, len(found))
	for _, an := range found {
		out = append(out, an)
	}
	slices.SortFunc(out, func(x, y foundAnchor) int { return cmp.Compare(y.number, x.number) })
	return out, errors.Join(errs...)
}

// anchorOf returns the anchor the farmer keeps for agreement ag, nil if none.
func (a *Agreements) anchorOf(ctx context.Context, ag *agreement, auth proto.RetrievalAuth) (*foundAnchor, error) {
	f, err := a.farmerInfo(ctx, ag.terms.Farmer)
	if err != nil {
		return nil, err
	}
	l, err := a.dial(f).Latest(ctx, ag.terms.ID, auth)
	if err != nil {
		return nil, err
	}
	if l.Anchor == nil {
		return nil, nil
	}
	if l.Anchor.AgreementID != ag.terms.ID {
		return nil, fmt.Errorf("%w: the farmer answers the anchor of agreement %d", ErrRecover, l.Anchor.AgreementID)
	}
	m, err := a.store.OpenAnchor(a.addr.Bytes(), l.Anchor.Number, l.Anchor.Sealed)
	if err != nil {
		return nil, fmt.Errorf("%w: anchor %d: %w", ErrRecover, l.Anchor.Number, err)
	}
	return &foundAnchor{number: l.Anchor.Number, sealed: l.Anchor.Sealed, m: m}, nil
}

// countWriter counts the bytes written through it.
type countWriter struct{ n uint64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += uint64(len(p)); return len(p), nil }
