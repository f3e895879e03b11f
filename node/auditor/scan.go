package auditor

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

// Miss is a missed heartbeat the chain recorded (a MissReported event).
type Miss struct {
	Farmer   common.Address
	Period   uint32
	Reporter common.Address
	Status   string
}

// ScanResult is a read-only pass over the chain: every heartbeat re-verified off-chain, and every
// reported miss.
type ScanResult struct {
	Verifications []Verification
	Misses        []Miss
}

// Scan re-verifies every heartbeat proven up to block head and lists the misses reported so far. It
// sends nothing, so a read-only client will do (`granary auditor verify`). It is meant for a fresh
// auditor: one that already ran verifies only from VerifyBacklog periods before it started.
func (a *Auditor) Scan(ctx context.Context, head uint64) (ScanResult, error) {
	if a.heads == nil {
		a.verifyAll = true
	}
	if _, err := a.follow(ctx); err != nil {
		return ScanResult{}, err
	}
	start := a.c.Deployment().StartBlock
	it, err := a.c.Market.FilterMissReported(&bind.FilterOpts{Context: ctx, Start: start, End: &head}, nil, nil)
	if err != nil {
		return ScanResult{}, fmt.Errorf("list reported misses: %w", err)
	}
	defer it.Close()
	var res ScanResult
	for it.Next() {
		ev := it.Event
		res.Misses = append(res.Misses, Miss{Farmer: ev.Farmer, Period: ev.Period, Reporter: ev.Reporter,
			Status: "reported by " + ev.Reporter.Hex()})
	}
	if err := it.Error(); err != nil {
		return ScanResult{}, fmt.Errorf("list reported misses: %w", err)
	}
	for _, v := range a.Verifications() {
		if v.Block.Number <= head {
			res.Verifications = append(res.Verifications, v)
		}
	}
	return res, nil
}
