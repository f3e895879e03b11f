package chaintest

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/proofs"
)

// AgreementChain is a simulated chain with the token and AgreementMarket deployed. Its clock is set
// a year ahead of the wall clock before the market is deployed, so every block is exactly one second
// after its parent (the simulated beacon takes max(now, parent+1)) until AdvanceTo jumps: periods
// pass when the test says, never with the wall clock.
type AgreementChain struct {
	*Chain
	Agreements     *bindings.AgreementMarket
	AgreementsAddr common.Address
	Times          market.AgreementSchedule
	Signing        market.AgreementDomain
}

// BindAgreementParams converts the Go parameters to the contract's struct.
func BindAgreementParams(p market.AgreementParams) bindings.AgreementMarketParams {
	return bindings.AgreementMarketParams{
		PeriodSeconds: p.PeriodSeconds, GraceSeconds: p.GraceSeconds, SampleBps: p.SampleBps,
		ReportPeriods: p.ReportPeriods, MinStake: p.MinStake, UnbondingSeconds: p.UnbondingSeconds,
		SlashBps: p.SlashBps, ReporterBountyBps: p.ReporterBountyBps, DisqualifyAfterMisses: p.DisqualifyAfterMisses,
		ChallengeSeconds: p.ChallengeSeconds, ChallengeFee: p.ChallengeFee,
	}
}

// NewAgreementMarket starts a chain, deploys the token (whole supply to the holder) and
// AgreementMarket with p.
func NewAgreementMarket(t testing.TB, p market.AgreementParams) *AgreementChain {
	t.Helper()
	c := newBase(t)
	adjustTime(t, c, 365*24*time.Hour)
	addr, tx, mkt, err := bindings.DeployAgreementMarket(c.Holder.Opts, c.Client, c.TokenAddr, BindAgreementParams(p))
	c.Mined(t, tx, err)
	ac := &AgreementChain{Chain: c, Agreements: mkt, AgreementsAddr: addr,
		Signing: market.AgreementDomain{ChainID: c.ChainID, Market: addr}}
	genesis, err := mkt.Genesis(nil)
	if err != nil {
		t.Fatal(err)
	}
	ac.Times = market.AgreementSchedule{Genesis: genesis, AgreementParams: p}
	return ac
}

// adjustTime seals an empty block d after the latest. The pool drops a mined transaction when it
// sees the new head, asynchronously, and until then AdjustTime refuses ("non-empty block"): wait for
// it (a transaction truly pending never leaves, and fails the test after 10 s, unless AutoMine seals
// it meanwhile). It holds the mining lock while it seals, so it never races AutoMine's Commit.
func adjustTime(t testing.TB, c *Chain, d time.Duration) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(time.Millisecond) {
		c.mine.Lock()
		err := c.Backend.AdjustTime(d)
		c.mine.Unlock()
		if err == nil {
			return
		}
		if !strings.Contains(err.Error(), "non-empty") || time.Now().After(deadline) {
			t.Fatalf("chaintest: adjust time: %v", err)
		}
	}
}

// Now returns the timestamp of the latest block; the next transaction executes at Now()+1 (unless
// AdvanceTo jumps first).
func (c *AgreementChain) Now(t testing.TB) uint64 {
	t.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// Header returns the header of block n.
func (c *AgreementChain) Header(t testing.TB, n uint64) *types.Header {
	t.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// AdvanceTo seals an empty block with timestamp ts, so that the next transaction executes at ts+1.
// ts must lie after the latest block; nothing may be pending.
func (c *AgreementChain) AdvanceTo(t testing.TB, ts uint64) {
	t.Helper()
	now := c.Now(t)
	if ts <= now {
		t.Fatalf("chaintest: advance to %d, the chain is at %d", ts, now)
	}
	adjustTime(t, c.Chain, time.Duration(ts-now)*time.Second)
	// With AutoMine, a transaction sent meanwhile may already be sealed in a block after the jump.
	if got := c.Now(t); got < ts || got != ts && c.auto == nil {
		t.Fatalf("chaintest: advanced to %d, want %d", got, ts)
	}
}

// Period returns the period the next transaction executes in.
func (c *AgreementChain) Period(t testing.TB) uint32 { return c.Times.PeriodAt(c.Now(t) + 1) }

// ToPeriod moves the clock so that the next transaction executes `offset` seconds into period p
// (p must not have started more than offset seconds ago).
func (c *AgreementChain) ToPeriod(t testing.TB, p uint32, offset uint64) {
	t.Helper()
	c.AdvanceTo(t, c.Times.PeriodStart(p)+offset-1)
}

// Seed makes period p's seed available (pokes for the beacon and seals the block after it, as the
// node does on a chain that seals only on transactions), computes it in Go from the beacon block's
// prevrandao and the next block's hash, and checks the contract's seedOf gives the same. The current
// period must be p.
func (c *AgreementChain) Seed(t testing.TB, p uint32) proofs.Hash {
	t.Helper()
	beacon, ok := c.BeaconBlock(t, p)
	if !ok {
		if cur := c.Period(t); cur != p {
			t.Fatalf("chaintest: seed of period %d asked in period %d with no beacon", p, cur)
		}
		tx, err := c.Agreements.Poke(c.Holder.Fixed)
		c.Mined(t, tx, err)
		if beacon, ok = c.BeaconBlock(t, p); !ok {
			t.Fatalf("chaintest: poke recorded no beacon for period %d", p)
		}
	}
	// The seed needs block beacon+1 sealed, and calls (gas estimates) run on the latest block, which
	// must be above beacon+1.
	c.MineTo(t, beacon+2)
	seed := proofs.PeriodSeed(proofs.Hash(c.Header(t, beacon+1).Hash()), proofs.Hash(c.Header(t, beacon).MixDigest), p)
	onchain, err := c.Agreements.SeedOf(nil, p)
	if err != nil {
		t.Fatalf("seedOf(%d): %v (%s)", p, err, RevertName(err))
	}
	if onchain != seed {
		t.Fatalf("period %d: contract seed %x, Go seed %x", p, onchain, seed)
	}
	return seed
}

// BeaconBlock returns the block that recorded period p's beacon, from its Beacon event.
func (c *AgreementChain) BeaconBlock(t testing.TB, p uint32) (uint64, bool) {
	t.Helper()
	it, err := c.Agreements.FilterBeacon(&bind.FilterOpts{Context: context.Background()}, []uint32{p})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	for it.Next() {
		return it.Event.BlockNumber.Uint64(), true
	}
	if err := it.Error(); err != nil {
		t.Fatal(err)
	}
	return 0, false
}

// MineEach returns a client that seals a block holding each transaction as it is sent, in the
// sender's goroutine (one at a time): tests that move the clock between their own calls get every
// transaction mined at once without a miner goroutine.
func (c *Chain) MineEach() simulated.Client { return &minedEach{Client: c.Client, c: c} }

type minedEach struct {
	simulated.Client
	c *Chain
}

func (m *minedEach) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	m.c.mine.Lock()
	defer m.c.mine.Unlock()
	if err := m.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	m.c.Backend.Commit()
	return nil
}
