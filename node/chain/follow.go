package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Errors of the follower, returned wrapped.
var (
	// ErrChainMoved: the chain reorganised while an update was being read or applied. Nothing was
	// committed; the next call to Next sees the new chain.
	ErrChainMoved = errors.New("chain: the chain moved while following it")
	// ErrDeepReorg: every block the follower still remembers was replaced, so it cannot tell where
	// the new chain forks from the one it applied. Its consumer must start over.
	ErrDeepReorg = errors.New("chain: reorganisation deeper than the follower remembers")
)

// BlockRef names one block.
type BlockRef struct {
	Number uint64
	Hash   common.Hash
}

// HeaderReader reads block headers (chain.Backend, *ethclient.Client and the simulated client have
// it).
type HeaderReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Update is how the chain moved since the follower's last committed update: first the Reverted
// blocks are no longer canonical (what was derived from them must be undone, newest first), then
// blocks From..To are new (apply them oldest first). Logs read for From..To must be checked with
// Check: the chain may move again while they are read.
type Update struct {
	Reverted []BlockRef
	From, To uint64 // no new blocks when From > To
	Head     uint64 // the latest block when the update was made; To < Head while catching up
	known    map[uint64]common.Hash
	hashes   []BlockRef // the hashes of From..To known to the update (those within depth of Head)
}

// Empty reports whether the update neither reverts nor applies anything.
func (u Update) Empty() bool { return len(u.Reverted) == 0 && u.From > u.To }

// Hash returns the hash of block n as this update knows it (false for blocks too old to reorganise).
func (u Update) Hash(n uint64) (common.Hash, bool) {
	h, ok := u.known[n]
	return h, ok
}

// Dropped reports whether block b, recorded earlier (a receipt's block, say), is gone according to
// this update: reverted, or replaced by another block of its height that the update applies (b may
// have been mined and dropped between two updates).
func (u Update) Dropped(b BlockRef) bool {
	if b.Number == 0 && b.Hash == (common.Hash{}) {
		return false
	}
	for _, r := range u.Reverted {
		if r == b {
			return true
		}
	}
	h, ok := u.known[b.Number]
	return ok && b.Number >= u.From && b.Number <= u.To && b.Hash != (common.Hash{}) && h != b.Hash
}

// Check returns ErrChainMoved if a log read for this update is from another chain than the update
// describes: a block it knows, with another hash.
func (u Update) Check(l types.Log) error {
	if h, ok := u.known[l.BlockNumber]; ok && h != l.BlockHash {
		return fmt.Errorf("%w: log of block %d is from %s, the update has %s", ErrChainMoved, l.BlockNumber, l.BlockHash, h)
	}
	if l.Removed {
		return fmt.Errorf("%w: log of block %d was removed", ErrChainMoved, l.BlockNumber)
	}
	return nil
}

// Follower follows a chain's head as reverted and applied blocks, as a consumer that derives state
// from blocks wants it: a reorganisation is an ordinary update that reverts the replaced blocks before
// applying their replacements. It remembers the hashes of the last Depth applied blocks; blocks
// older than that are taken as final.
//
// Use: u, err := f.Next(ctx); undo u.Reverted; apply u.From..u.To (checking logs with u.Check);
// f.Commit(u). A failed apply is simply not committed: the next Next returns the update again
// (possibly grown, or with more reverted blocks), so undoing must be idempotent.
type Follower struct {
	b        HeaderReader
	depth    uint64
	maxRange uint64
	start    uint64     // the first block it applies
	next     uint64     // first block not applied yet
	recent   []BlockRef // the last applied blocks within depth of the head, contiguous up to next-1
	watch    *HeadWatch
}

// FollowerOption configures a Follower.
type FollowerOption func(*Follower)

// WithDepth sets how many applied blocks the follower remembers, hence the deepest reorganisation
// it can follow (default 64, two mainnet epochs: older blocks are finalised).
func WithDepth(n uint64) FollowerOption { return func(f *Follower) { f.depth = max(n, 1) } }

// WithMaxRange caps the blocks one update applies (default 2,000: a log query most RPC providers
// accept). A consumer catching up calls Next until To reaches Head.
func WithMaxRange(n uint64) FollowerOption { return func(f *Follower) { f.maxRange = max(n, 1) } }

// WithHeadWatch reports every head the follower reads to w, which logs a chain that stopped moving
// or fell behind the clock.
func WithHeadWatch(w *HeadWatch) FollowerOption { return func(f *Follower) { f.watch = w } }

// NewFollower returns a follower whose first update applies blocks from `from` on.
func NewFollower(b HeaderReader, from uint64, opts ...FollowerOption) *Follower {
	f := &Follower{b: b, depth: 64, maxRange: 2000, start: from, next: from}
	for _, o := range opts {
		o(f)
	}
	return f
}

// Next returns how the chain moved since the last committed update. It does not change the
// follower: Commit does.
func (f *Follower) Next(ctx context.Context) (Update, error) {
	headers := map[uint64]*types.Header{}
	header := func(n *big.Int) (*types.Header, error) {
		if n != nil {
			if h, ok := headers[n.Uint64()]; ok {
				return h, nil
			}
		}
		h, err := f.b.HeaderByNumber(ctx, n)
		if err != nil {
			what := "latest"
			if n != nil {
				what = n.String()
			}
			return nil, fmt.Errorf("%w: read header %s: %v", ErrUnreachable, what, err)
		}
		headers[h.Number.Uint64()] = h
		return h, nil
	}
	head, err := header(nil)
	if err != nil {
		return Update{}, err
	}
	H := head.Number.Uint64()
	f.watch.Observe(H, head.Time)
	u := Update{Head: H, known: map[uint64]common.Hash{}}

	// The fork point: the newest remembered block still on the chain. Its child's parent hash is
	// checked as the walk goes, so one header per remembered block is read only during a reorg.
	kept := len(f.recent)
	if kept > 0 {
		last := f.recent[kept-1]
		switch {
		case H == last.Number && head.Hash() == last.Hash:
			u.From, u.To = H+1, H
			return u, nil
		case H == last.Number+1 && head.ParentHash == last.Hash:
			// The common case: one new block on top of the last one.
		default:
			for kept > 0 {
				r := f.recent[kept-1]
				if r.Number <= H {
					h, err := header(new(big.Int).SetUint64(r.Number))
					if err != nil {
						return Update{}, err
					}
					if h.Hash() == r.Hash {
						break
					}
				}
				u.Reverted = append(u.Reverted, r)
				kept--
			}
			if kept == 0 && f.recent[0].Number > f.start {
				return Update{}, fmt.Errorf("%w: the %d blocks from %d on were all replaced", ErrDeepReorg, len(f.recent), f.recent[0].Number)
			}
		}
	} else if f.next > H+1 {
		return Update{}, fmt.Errorf("%w: block %d was applied, the chain now ends at %d", ErrDeepReorg, f.next-1, H)
	}
	u.From = f.next
	if len(u.Reverted) > 0 {
		u.From = u.Reverted[len(u.Reverted)-1].Number
	}
	u.To = H
	if u.To >= u.From && u.To-u.From+1 > f.maxRange {
		u.To = u.From + f.maxRange - 1
	}
	// Remember the hashes of the applied blocks within depth of the head, linked parent to child.
	lo := u.From
	if H+1 > f.depth && H+1-f.depth > lo {
		lo = H + 1 - f.depth
	}
	var parent common.Hash
	if lo == u.From && kept > 0 {
		parent = f.recent[kept-1].Hash
	}
	for n := lo; n <= u.To; n++ {
		h, err := header(new(big.Int).SetUint64(n))
		if err != nil {
			return Update{}, err
		}
		if parent != (common.Hash{}) && h.ParentHash != parent {
			return Update{}, fmt.Errorf("%w: block %d does not follow block %d read before it", ErrChainMoved, n, n-1)
		}
		parent = h.Hash()
		u.hashes = append(u.hashes, BlockRef{Number: n, Hash: parent})
		u.known[n] = parent
	}
	return u, nil
}

// Commit records an update returned by Next as applied.
func (f *Follower) Commit(u Update) {
	f.recent = f.recent[:len(f.recent)-len(u.Reverted)]
	if u.From > u.To {
		f.next = u.From
		return
	}
	f.next = u.To + 1
	if len(u.hashes) == 0 || u.hashes[0].Number != u.From {
		f.recent = f.recent[:0] // a gap: what came before is final
	}
	f.recent = append(f.recent, u.hashes...)
	if n := uint64(len(f.recent)); n > f.depth {
		f.recent = append(f.recent[:0], f.recent[n-f.depth:]...)
	}
}

// Applied returns the last applied block (the block before the starting one if none was).
func (f *Follower) Applied() uint64 { return f.next - 1 }

// Tip returns the last applied block with its hash (the hash is zero if the block was applied as
// final, out of the last Depth blocks of the head).
func (f *Follower) Tip() BlockRef {
	if f == nil {
		return BlockRef{}
	}
	if n := len(f.recent); n > 0 && f.recent[n-1].Number == f.next-1 {
		return f.recent[n-1]
	}
	return BlockRef{Number: f.next - 1}
}

// Sync brings the follower to the head: it calls apply with each update (catching up takes several)
// and commits those apply accepts. It stops at the first error, with nothing of the failed update
// committed.
func (f *Follower) Sync(ctx context.Context, apply func(context.Context, Update) error) error {
	for {
		u, err := f.Next(ctx)
		if err != nil {
			return err
		}
		if u.Empty() {
			return nil
		}
		if err := apply(ctx, u); err != nil {
			return err
		}
		f.Commit(u)
		if u.To >= u.Head {
			return nil
		}
	}
}

// Poll runs step at once and then every `every` until ctx ends, and returns nil then: the loop of
// every component that follows the chain. Each step's outcome goes to errs (a failure is logged,
// throttled, and the step tried again at the next tick); errors after ctx ends are not reported.
func Poll(ctx context.Context, every time.Duration, errs *ErrorLog, step func(context.Context) error) error {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := step(ctx); ctx.Err() == nil {
			errs.Report(err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
