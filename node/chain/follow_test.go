package chain_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/market/chaintest"
	"github.com/granary-network/granary/node/chain"
)

// canonical returns the chain's blocks from..to.
func canonical(t *testing.T, c *chaintest.Chain, from, to uint64) []chain.BlockRef {
	t.Helper()
	var out []chain.BlockRef
	for n := from; n <= to; n++ {
		out = append(out, chain.BlockRef{Number: n, Hash: c.BlockHash(t, n)})
	}
	return out
}

// follow takes one update and commits it, checking it knows the hashes it should.
func follow(t *testing.T, c *chaintest.Chain, f *chain.Follower) chain.Update {
	t.Helper()
	u, err := f.Next(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for n := u.From; n <= u.To; n++ {
		if h, ok := u.Hash(n); ok && h != c.BlockHash(t, n) {
			t.Fatalf("update holds block %d as %s, the chain has %s", n, h, c.BlockHash(t, n))
		}
	}
	f.Commit(u)
	return u
}

// The follower applies new blocks in order, catches up in bounded steps, and turns a reorganisation
// into the replaced blocks reverted (newest first) and their replacements applied.
func TestFollowerRevertsAndApplies(t *testing.T) {
	c := chaintest.New(t, market.DevnetParams())
	start := c.Block(t)
	c.MineTo(t, start+25)
	f := chain.NewFollower(c.Client, start, chain.WithDepth(8), chain.WithMaxRange(10))
	var applied []uint64
	for f.Applied() < start+25 {
		u := follow(t, c, f)
		if len(u.Reverted) != 0 || u.From != f.Applied()-(u.To-u.From) || u.To-u.From+1 > 10 {
			t.Fatalf("catch-up update %+v", u)
		}
		for n := u.From; n <= u.To; n++ {
			applied = append(applied, n)
			if _, ok := u.Hash(n); ok != (n+8 > u.Head) {
				t.Fatalf("block %d: hash known %v with head %d and depth 8", n, ok, u.Head)
			}
		}
	}
	if len(applied) != 26 || applied[0] != start {
		t.Fatalf("applied %v", applied)
	}
	if u := follow(t, c, f); !u.Empty() {
		t.Fatalf("nothing new, got %+v", u)
	}
	c.Backend.Commit()
	if u := follow(t, c, f); len(u.Reverted) != 0 || u.From != start+26 || u.To != start+26 {
		t.Fatalf("one block: %+v", u)
	}

	// Replace the last 3 blocks by 4 others.
	head := c.Block(t)
	old := canonical(t, c, head-2, head)
	c.Reorg(t, head-2)
	u := follow(t, c, f)
	if len(u.Reverted) != 3 || u.Reverted[0] != old[2] || u.Reverted[2] != old[0] {
		t.Fatalf("reverted %+v, want %+v newest first", u.Reverted, old)
	}
	if u.From != head-2 || u.To != head+1 || u.Head != head+1 {
		t.Fatalf("applied %d..%d (head %d), want %d..%d", u.From, u.To, u.Head, head-2, head+1)
	}
	for _, r := range canonical(t, c, head-2, head+1) {
		if h, _ := u.Hash(r.Number); h != r.Hash {
			t.Fatalf("block %d: update has %s, chain %s", r.Number, h, r.Hash)
		}
	}
	// A log from the replaced branch is refused; one from the new branch passes.
	if err := u.Check(typesLog(old[1])); !errors.Is(err, chain.ErrChainMoved) {
		t.Fatalf("log from a dropped block: %v", err)
	}
	if err := u.Check(typesLog(chain.BlockRef{Number: head - 1, Hash: c.BlockHash(t, head-1)})); err != nil {
		t.Fatal(err)
	}

	// A reorganisation deeper than the follower remembers is an error, not a wrong update.
	c.Reorg(t, c.Block(t)-8)
	if _, err := f.Next(context.Background()); !errors.Is(err, chain.ErrDeepReorg) {
		t.Fatalf("reorg of 9 blocks with depth 8: %v", err)
	}
}

// Sync applies until the head, stops at the first failing update and commits nothing of it.
func TestFollowerSync(t *testing.T) {
	c := chaintest.New(t, market.DevnetParams())
	start := c.Block(t)
	c.MineTo(t, start+30)
	f := chain.NewFollower(c.Client, start, chain.WithMaxRange(7))
	var next uint64 = start
	fail := errors.New("apply failed")
	calls := 0
	apply := func(_ context.Context, u chain.Update) error {
		calls++
		if calls == 3 {
			return fail
		}
		if u.From != next {
			t.Fatalf("update from %d, want %d", u.From, next)
		}
		next = u.To + 1
		return nil
	}
	if err := f.Sync(context.Background(), apply); !errors.Is(err, fail) {
		t.Fatalf("sync: %v", err)
	}
	if f.Applied() != next-1 {
		t.Fatalf("applied %d after a failed update, want %d", f.Applied(), next-1)
	}
	if err := f.Sync(context.Background(), apply); err != nil {
		t.Fatal(err)
	}
	if f.Applied() != start+30 || next != start+31 {
		t.Fatalf("applied %d, want %d", f.Applied(), start+30)
	}
}

func typesLog(r chain.BlockRef) types.Log { return types.Log{BlockNumber: r.Number, BlockHash: r.Hash} }
