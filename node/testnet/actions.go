package testnet

import (
	"bytes"
	"context"
	"math/rand/v2"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
)

// RandomFile returns n deterministic pseudo-random bytes.
func RandomFile(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, seed))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// PutRandom has the renter store RandomFile(seed, size) under name and returns its manifest.
func (n *Net) PutRandom(name string, seed uint64, size int, p pipeline.Params) *manifest.Manifest {
	n.t.Helper()
	m, err := n.Renter.Put(context.Background(), name, bytes.NewReader(RandomFile(seed, size)), p)
	if err != nil {
		n.t.Fatalf("put %s: %v", name, err)
	}
	return m
}

// Challenge has the renter challenge one of its deals and returns the ChallengeIssued event.
func (n *Net) Challenge(dealID uint64) *bindings.StorageMarketChallengeIssued {
	n.t.Helper()
	c := n.Renter.Client
	rcpt, err := c.Transact(context.Background(), "challenge", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Challenge(o, dealID)
	})
	if err != nil {
		n.t.Fatalf("challenge deal %d: %v", dealID, err)
	}
	for _, l := range rcpt.Logs {
		if ev, err := c.Market.ParseChallengeIssued(*l); err == nil {
			return ev
		}
	}
	n.t.Fatalf("challenge deal %d: no ChallengeIssued event", dealID)
	return nil
}

// WaitPeriod waits (up to 40 s) until the chain's latest block is in period p or later.
func (n *Net) WaitPeriod(p uint32) {
	n.t.Helper()
	c := n.Renter.Client
	for deadline := time.Now().Add(40 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		b, err := c.Block(context.Background())
		if err != nil {
			n.t.Fatal(err)
		}
		if c.Schedule.PeriodAt(b) >= p {
			return
		}
	}
	n.t.Fatalf("period %d not reached in 40 s", p)
}

// DeleteShards deletes every shard the farmer stores (a farmer that lost or threw away its data) and
// returns how many; the test fails if it stored none.
func (f *Farmer) DeleteShards() int {
	t := f.net.t
	t.Helper()
	roots, err := f.Store.Roots()
	if err != nil || len(roots) == 0 {
		t.Fatalf("farmer %s holds %d shards (%v)", f.Acct.Addr, len(roots), err)
	}
	for _, r := range roots {
		if err := f.Store.Delete(r); err != nil {
			t.Fatal(err)
		}
	}
	return len(roots)
}
