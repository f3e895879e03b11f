package chain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/market"
)

// Deal flags, as the contract keeps them in StorageMarketDeal.Flags.
const (
	DealActive    = 1  // in the farmer's challengeable set
	DealRemoving  = 2  // its removal is queued (settled or cancelled)
	DealSettled   = 4  // paid out
	DealRetired   = 8  // left the set
	DealCancelled = 16 // ended early by its renter
)

// FarmerState is a farmer's standing as the contract keeps it, beyond FarmerInfo: what a renter
// reads to judge whether the farmer still proves its storage.
type FarmerState struct {
	LastProven        uint32 // last proven period + 1 (0: never proved)
	ConsecutiveMisses uint16 // reported misses since its last heartbeat
	MissedPeriods     uint32 // reported misses in all
	Disqualified      bool
	DqPeriod          uint32 // first period not served after a disqualification
}

// FarmerState reads a farmer's proof record.
func (c *Client) FarmerState(ctx context.Context, a common.Address) (FarmerState, error) {
	st, err := c.Market.GetFarmer(&bind.CallOpts{Context: ctx}, a)
	if err != nil {
		return FarmerState{}, fmt.Errorf("chain: read farmer %s: %w", a, err)
	}
	return FarmerState{LastProven: st.LastProven, ConsecutiveMisses: st.ConsecutiveMisses,
		MissedPeriods: st.MissedPeriods, Disqualified: st.Disqualified, DqPeriod: st.DqPeriod}, nil
}

// Head is the latest block as the market sees it.
type Head struct {
	Number uint64
	Time   time.Time // the block's timestamp (what deal deadlines are checked against)
	Period uint32
}

// Head reads the latest block.
func (c *Client) Head(ctx context.Context) (Head, error) {
	h, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return Head{}, fmt.Errorf("%w: latest header: %v", ErrUnreachable, err)
	}
	n := h.Number.Uint64()
	return Head{Number: n, Time: time.Unix(int64(h.Time), 0), Period: c.Schedule.PeriodAt(n)}, nil
}

// txReader is the part of a chain connection that returns transactions (ethclient and the simulated
// backend's client have it).
type txReader interface {
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// FindDeal returns the deal created from terms t, if any. The renter's nonce decides whether one
// exists (a nonce is used once); the deal is then found among the DealCreated events of t's renter
// and farmer from block `from` on, and confirmed by the terms in its transaction's calldata (nonce
// included), so that two deals with equal terms but different nonces are never confused.
func (c *Client) FindDeal(ctx context.Context, t market.DealTerms, from uint64) (uint64, bool, error) {
	used, err := c.Market.NonceUsed(&bind.CallOpts{Context: ctx}, t.Renter, t.Nonce)
	if err != nil {
		return 0, false, fmt.Errorf("chain: read nonce of %s: %w", t.Renter, err)
	}
	if !used {
		return 0, false, nil
	}
	it, err := c.Market.FilterDealCreated(&bind.FilterOpts{Start: from, Context: ctx}, nil,
		[]common.Address{t.Renter}, []common.Address{t.Farmer})
	if err != nil {
		return 0, false, fmt.Errorf("chain: find deal: %w", err)
	}
	defer it.Close()
	var matches []*bindings.StorageMarketDealCreated
	for it.Next() {
		ev := it.Event
		if ev.Root == t.Root && ev.Size == t.Size && ev.ShardSize == t.ShardSize && ev.Periods == t.Periods &&
			ev.PricePerPeriod.Cmp(t.PricePerPeriod) == 0 && ev.Collateral.Cmp(t.Collateral) == 0 {
			matches = append(matches, ev)
		}
	}
	if err := it.Error(); err != nil {
		return 0, false, fmt.Errorf("chain: find deal: %w", err)
	}
	if len(matches) == 0 {
		return 0, false, fmt.Errorf("chain: find deal: nonce %s of %s is used but no matching DealCreated since block %d", t.Nonce, t.Renter, from)
	}
	txs, ok := c.b.(txReader)
	if !ok {
		if len(matches) == 1 {
			return matches[0].DealId, true, nil
		}
		return 0, false, fmt.Errorf("chain: find deal: %d deals match and the backend cannot read their transactions", len(matches))
	}
	for _, ev := range matches {
		got, err := c.dealTermsOf(ctx, txs, ev.Raw.TxHash)
		if err != nil {
			return 0, false, err
		}
		if got.Nonce.Cmp(t.Nonce) == 0 && got.Deadline.Cmp(t.Deadline) == 0 {
			return ev.DealId, true, nil
		}
	}
	return 0, false, fmt.Errorf("chain: find deal: nonce %s of %s is used but none of %d matching deals carries it", t.Nonce, t.Renter, len(matches))
}

// dealTermsOf decodes the terms a createDeal or createDealWithPermit transaction submitted.
func (c *Client) dealTermsOf(ctx context.Context, txs txReader, h common.Hash) (bindings.StorageMarketDealTerms, error) {
	var out bindings.StorageMarketDealTerms
	tx, _, err := txs.TransactionByHash(ctx, h)
	if err != nil {
		return out, fmt.Errorf("chain: read transaction %s: %w", h, err)
	}
	a, err := bindings.StorageMarketMetaData.GetAbi()
	if err != nil {
		return out, err
	}
	data := tx.Data()
	if len(data) < 4 {
		return out, fmt.Errorf("chain: transaction %s has no calldata", h)
	}
	var method *abi.Method
	for _, name := range []string{"createDeal", "createDealWithPermit"} {
		if m, ok := a.Methods[name]; ok && bytes.Equal(m.ID, data[:4]) {
			method = &m
		}
	}
	if method == nil {
		// A contract calling the market: the terms are not in the outer calldata.
		return out, errors.New("chain: deal created by a transaction that is not a direct createDeal call")
	}
	args, err := method.Inputs.Unpack(data[4:])
	if err != nil || len(args) == 0 {
		return out, fmt.Errorf("chain: decode %s calldata of %s: %v", method.Name, h, err)
	}
	t, ok := abi.ConvertType(args[0], new(bindings.StorageMarketDealTerms)).(*bindings.StorageMarketDealTerms)
	if !ok || t.Nonce == nil || t.Deadline == nil {
		return out, fmt.Errorf("chain: decode %s terms of %s", method.Name, h)
	}
	return *t, nil
}

// DealLive reports whether a deal still binds its farmer to keep the data in period cur: not settled,
// not cancelled by its renter, not past its end, and its farmer not disqualified by then (a
// disqualification ends every deal of the farmer, as the contract's settlement counts it).
func DealLive(d bindings.StorageMarketDeal, f FarmerState, cur uint32) bool {
	end := d.EndPeriod
	if f.Disqualified && f.DqPeriod < end {
		end = max(f.DqPeriod, d.StartPeriod)
	}
	return d.Flags&(DealSettled|DealCancelled) == 0 && cur < end
}

// PenalizedFarmers returns which of `farmers` the market penalized in blocks [from, to]: a reported
// missed heartbeat, a reported missed renter challenge, or a disqualification. A renter's repair
// watches these events to look at its files at once rather than at its next scheduled pass.
func (c *Client) PenalizedFarmers(ctx context.Context, from, to uint64, farmers []common.Address) (map[common.Address]bool, error) {
	out := map[common.Address]bool{}
	if len(farmers) == 0 || to < from {
		return out, nil
	}
	opts := &bind.FilterOpts{Start: from, End: &to, Context: ctx}
	misses, err := c.Market.FilterMissReported(opts, farmers, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: read miss reports: %w", err)
	}
	for misses.Next() {
		out[misses.Event.Farmer] = true
	}
	if err := errors.Join(misses.Error(), misses.Close()); err != nil {
		return nil, fmt.Errorf("chain: read miss reports: %w", err)
	}
	chals, err := c.Market.FilterChallengeMissReported(opts, nil, farmers)
	if err != nil {
		return nil, fmt.Errorf("chain: read challenge miss reports: %w", err)
	}
	for chals.Next() {
		out[chals.Event.Farmer] = true
	}
	if err := errors.Join(chals.Error(), chals.Close()); err != nil {
		return nil, fmt.Errorf("chain: read challenge miss reports: %w", err)
	}
	dqs, err := c.Market.FilterDisqualified(opts, farmers)
	if err != nil {
		return nil, fmt.Errorf("chain: read disqualifications: %w", err)
	}
	for dqs.Next() {
		out[dqs.Event.Farmer] = true
	}
	if err := errors.Join(dqs.Error(), dqs.Close()); err != nil {
		return nil, fmt.Errorf("chain: read disqualifications: %w", err)
	}
	return out, nil
}
