package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/proofs"
)

// Agreement statuses (AgreementInfo.Status).
const (
	AgreementOpen    uint8 = 1
	AgreementSettled uint8 = 2
	AgreementFailed  uint8 = 3
)

// ErrUnknownAgreement is returned (wrapped) for an agreement id the market never opened.
var ErrUnknownAgreement = errors.New("chain: no such agreement")

// AgreementInfo is an agreement as the chain holds it (AgreementMarket.getAgreement).
type AgreementInfo struct {
	ID                                                         uint64
	Renter, Farmer                                             common.Address
	Status                                                     uint8 // 1 open, 2 settled, 3 failed
	PricePerGiB, Escrow, Accrued, Vindicated, Paid, Collateral *big.Int
	AccruedTo, StartPeriod, EndPeriod, LiveFrom, LastProven    uint32
	Leaves, Shards, Number                                     uint64
	Root                                                       proofs.Hash
	// ChallengeBlock is the block of the open renter challenge (0: none); ChallengeDeadline the
	// timestamp after which it can no longer be answered.
	ChallengeBlock, ChallengeDeadline uint64
}

// LiveIn reports whether the agreement can be due in period p as the contract decides it: open, with
// data, live from a period at or before p, and not ended before p.
func (a AgreementInfo) LiveIn(p uint32) bool {
	return a.Status == AgreementOpen && a.Leaves > 0 && a.LiveFrom != 0 && a.LiveFrom <= p && p <= a.EndPeriod
}

// AgreementClient reads and writes an AgreementMarket. It sends through the same machinery as Client
// (pipelined nonces, receipt waiting, fee bumping, typed reverts), and gives every state-changing
// call a gas limit above the estimate: an estimate runs on the latest block and misses the beacon or
// seed that the contract's _touch() writes in the first call of a period or of a block.
type AgreementClient struct {
	*txer
	allowMu  sync.Mutex
	reserved *big.Int // allowance promised to opens and deposits in flight
	dep      Deployment
	Market   *bindings.AgreementMarket
	Token    *bindings.GranaryToken
	schedule market.AgreementSchedule
	domain   market.AgreementDomain
}

// NewAgreementClient checks that b serves the deployment's chain and contract, reads the market's
// immutable parameters and genesis, and returns a client that signs with opts (nil: read-only).
// Options are Client's (WithPollInterval, WithReplaceAfter).
func NewAgreementClient(ctx context.Context, b Backend, dep Deployment, opts *bind.TransactOpts, options ...Option) (*AgreementClient, error) {
	id, err := checkEndpoint(ctx, b, dep.ChainID, dep.Market)
	if err != nil {
		return nil, err
	}
	mkt, err := bindings.NewAgreementMarket(dep.Market, b)
	if err != nil {
		return nil, err
	}
	tok, err := bindings.NewGranaryToken(dep.Token, b)
	if err != nil {
		return nil, err
	}
	tx := newTxer(b, opts)
	tx.nameFailures = true
	for _, o := range options {
		o(tx)
	}
	c := &AgreementClient{txer: tx, dep: dep, Market: mkt, Token: tok,
		domain: market.AgreementDomain{ChainID: id, Market: dep.Market}}
	if err := c.readParams(ctx); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *AgreementClient) readParams(ctx context.Context) error {
	co := &bind.CallOpts{Context: ctx}
	var s market.AgreementSchedule
	var err error
	read := func(f func() error) {
		if err == nil {
			err = f()
		}
	}
	read(func() (e error) { s.Genesis, e = c.Market.Genesis(co); return })
	read(func() (e error) { s.PeriodSeconds, e = c.Market.PeriodSeconds(co); return })
	read(func() (e error) { s.GraceSeconds, e = c.Market.GraceSeconds(co); return })
	read(func() (e error) { s.SampleBps, e = c.Market.SampleBps(co); return })
	read(func() (e error) { s.ReportPeriods, e = c.Market.ReportPeriods(co); return })
	read(func() (e error) { s.MinStake, e = c.Market.MinStake(co); return })
	read(func() (e error) { s.UnbondingSeconds, e = c.Market.UnbondingSeconds(co); return })
	read(func() (e error) { s.SlashBps, e = c.Market.SlashBps(co); return })
	read(func() (e error) { s.ReporterBountyBps, e = c.Market.ReporterBountyBps(co); return })
	read(func() (e error) { s.DisqualifyAfterMisses, e = c.Market.DisqualifyAfterMisses(co); return })
	read(func() (e error) { s.ChallengeSeconds, e = c.Market.ChallengeSeconds(co); return })
	read(func() (e error) { s.ChallengeFee, e = c.Market.ChallengeFee(co); return })
	if err != nil {
		return fmt.Errorf("chain: read agreement market parameters: %w", err)
	}
	c.schedule = s
	return nil
}

// Schedule returns the market's parameters and genesis.
func (c *AgreementClient) Schedule() market.AgreementSchedule { return c.schedule }

// Domain returns the market's EIP-712 domain.
func (c *AgreementClient) Domain() market.AgreementDomain { return c.domain }

// Deployment returns the deployment the client was made for.
func (c *AgreementClient) Deployment() Deployment { return c.dep }

// Address returns the signing account (zero for a read-only client).
func (c *AgreementClient) Address() common.Address {
	if c.opts == nil {
		return common.Address{}
	}
	return c.opts.From
}

// Gas margin over an estimate: +25% + 60k covers the beacon (two fresh words and an event) or seed
// write the estimate may miss; capped at EIP-7825's per-transaction limit.
const (
	gasMarginFixed = 60_000
	maxTxGas       = 1 << 24
)

func padGas(est uint64) uint64 {
	g := est + est/4 + gasMarginFixed
	if g > maxTxGas {
		g = max(est, maxTxGas)
	}
	return g
}

// transact sends one state-changing call with a padded gas limit (see AgreementClient).
func (c *AgreementClient) transact(ctx context.Context, op string, send func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	return c.Transact(ctx, op, func(o *bind.TransactOpts) (*types.Transaction, error) {
		if o.GasLimit != 0 {
			return send(o)
		}
		tx, err := send(o) // estimates: a refusal shows here, typed
		if err != nil {
			return nil, err
		}
		padded := *o
		padded.GasLimit = padGas(tx.Gas())
		return send(&padded)
	})
}

func (c *AgreementClient) call(ctx context.Context) *bind.CallOpts {
	return &bind.CallOpts{Context: ctx}
}

// callErr wraps a failed read, typed when the contract reverted.
func callErr(op string, err error) error {
	if name := bindings.RevertName(err); name != "" {
		return &RevertError{Op: op, Name: name, Err: err}
	}
	return fmt.Errorf("chain: %s: %w", op, err)
}

// CurrentPeriod returns the period of the latest block's timestamp.
func (c *AgreementClient) CurrentPeriod(ctx context.Context) (uint32, error) {
	h, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("%w: read head: %v", ErrUnreachable, err)
	}
	return c.schedule.PeriodAt(h.Time), nil
}

// Agreement reads agreement id (ErrUnknownAgreement, wrapped, when it was never opened).
func (c *AgreementClient) Agreement(ctx context.Context, id uint64) (AgreementInfo, error) {
	a, err := c.Market.GetAgreement(c.call(ctx), id)
	if err != nil {
		return AgreementInfo{}, callErr(fmt.Sprintf("read agreement %d", id), err)
	}
	if a.Renter == (common.Address{}) {
		return AgreementInfo{}, fmt.Errorf("%w: %d", ErrUnknownAgreement, id)
	}
	return AgreementInfo{
		ID: id, Renter: a.Renter, Farmer: a.Farmer, Status: a.Status,
		PricePerGiB: a.PricePerGiB, Escrow: a.Escrow, Accrued: a.Accrued, Vindicated: a.Vindicated, Paid: a.Paid,
		Collateral: a.Collateral, AccruedTo: a.AccruedTo, StartPeriod: a.StartPeriod, EndPeriod: a.EndPeriod,
		LiveFrom: a.LiveFrom, LastProven: a.LastProven, Leaves: a.Leaves, Shards: a.Shards, Number: a.Number,
		Root: proofs.Hash(a.Root), ChallengeBlock: a.ChallengeBlock, ChallengeDeadline: a.ChallengeDeadline,
	}, nil
}

// Farmer reads one farmer (Stake is its free stake).
func (c *AgreementClient) Farmer(ctx context.Context, a common.Address) (FarmerInfo, error) {
	co := c.call(ctx)
	st, err := c.Market.GetFarmer(co, a)
	if err != nil {
		return FarmerInfo{}, callErr(fmt.Sprintf("read farmer %s", a), err)
	}
	peer, err := c.Market.PeerInfo(co, a)
	if err != nil {
		return FarmerInfo{}, callErr(fmt.Sprintf("read farmer %s", a), err)
	}
	return FarmerInfo{Address: a, PeerID: peer.PeerId, Addrs: peer.Addrs, PricePerGiB: st.PricePerGiB,
		Capacity: st.Capacity, Stake: st.Free, Locked: st.Locked, Announced: st.Announced, Disqualified: st.Disqualified}, nil
}

// Farmers reads every farmer that ever announced.
func (c *AgreementClient) Farmers(ctx context.Context) ([]FarmerInfo, error) {
	co := c.call(ctx)
	n, err := c.Market.FarmerCount(co)
	if err != nil {
		return nil, callErr("count farmers", err)
	}
	out := make([]FarmerInfo, 0, n.Int64())
	for i := int64(0); i < n.Int64(); i++ {
		a, err := c.Market.FarmerAt(co, big.NewInt(i))
		if err != nil {
			return nil, callErr("list farmers", err)
		}
		f, err := c.Farmer(ctx, a)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

// spend approves the market for amount on top of what calls in flight have reserved, and reserves it
// until the returned release is called (after the spending transaction is mined or failed).
// Concurrent opens and deposits from one account would otherwise each read the same allowance and
// approve only their own amount, so all but one would revert with ERC20InsufficientAllowance.
func (c *AgreementClient) spend(ctx context.Context, amount *big.Int) (release func(), err error) {
	if c.opts == nil {
		return nil, errors.New("chain: read-only client has no account")
	}
	c.allowMu.Lock()
	defer c.allowMu.Unlock()
	if c.reserved == nil {
		c.reserved = new(big.Int)
	}
	need := new(big.Int).Add(c.reserved, amount)
	// Refused before any transaction (an approve would cost gas and leave an allowance behind).
	// Only this payment is checked: the balance already lacks those of the reserved ones that were
	// mined, and one the contract cannot take reverts anyway.
	bal, err := c.Token.BalanceOf(c.call(ctx), c.opts.From)
	if err != nil {
		return nil, callErr("read token balance", err)
	}
	if bal.Cmp(amount) < 0 {
		return nil, fmt.Errorf("%w: the account holds %s base units, %s needed", ErrInsufficientTokens, bal, amount)
	}
	have, err := c.Token.Allowance(c.call(ctx), c.opts.From, c.dep.Market)
	if err != nil {
		return nil, callErr("read allowance", err)
	}
	if have.Cmp(need) < 0 {
		gas, err := c.freshApproveGas(ctx, need)
		if err != nil {
			return nil, err
		}
		if _, err := c.transact(ctx, "approve", func(o *bind.TransactOpts) (*types.Transaction, error) {
			o.GasLimit = padGas(gas)
			return c.Token.Approve(o, c.dep.Market, need)
		}); err != nil {
			return nil, err
		}
	}
	c.reserved.Add(c.reserved, amount)
	return func() {
		c.allowMu.Lock()
		c.reserved.Sub(c.reserved, amount)
		c.allowMu.Unlock()
	}, nil
}

// approveProbe is an address that never holds an allowance: approving from it costs what writing a
// fresh allowance slot costs.
var approveProbe = common.HexToAddress("0x000000000000000000000000000000000000a11c")

// freshApproveGas estimates an approve of amount as if the allowance were zero, the dearest case:
// an open or deposit already sent spends the allowance back to zero before this approve runs, and
// writing a slot from zero costs several times an update (133,924 gas against 36,004 on geth
// 1.17.8 --dev), so an estimate taken against the current, nonzero allowance runs out of gas.
func (c *AgreementClient) freshApproveGas(ctx context.Context, amount *big.Int) (uint64, error) {
	tokenABI, err := bindings.GranaryTokenMetaData.GetAbi()
	if err != nil {
		return 0, err
	}
	data, err := tokenABI.Pack("approve", c.dep.Market, amount)
	if err != nil {
		return 0, err
	}
	gas, err := c.b.EstimateGas(ctx, ethereum.CallMsg{From: approveProbe, To: &c.dep.Token, Data: data})
	if err != nil {
		return 0, callErr("estimate approve", err)
	}
	return gas, nil
}

// Stake approves (when the allowance is short) and stakes amount.
func (c *AgreementClient) Stake(ctx context.Context, amount *big.Int) error {
	if amount.Sign() > 0 {
		release, err := c.spend(ctx, amount)
		if err != nil {
			return err
		}
		defer release()
	}
	_, err := c.transact(ctx, "stake", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Stake(o, amount)
	})
	return err
}

// Announce publishes the farmer's peer id, multiaddrs, price and capacity.
func (c *AgreementClient) Announce(ctx context.Context, peerID, addrs []byte, pricePerGiB *big.Int, capacity uint64) error {
	_, err := c.transact(ctx, "announce", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Announce(o, peerID, addrs, pricePerGiB, capacity)
	})
	return err
}

// BindOpenTerms converts terms for the bindings.
func BindOpenTerms(t market.OpenTerms) bindings.AgreementMarketOpenTerms {
	return bindings.AgreementMarketOpenTerms{Renter: t.Renter, Farmer: t.Farmer, PricePerGiB: t.PricePerGiB,
		Collateral: t.Collateral, EndPeriod: t.EndPeriod, Nonce: t.Nonce, Deadline: t.Deadline}
}

// BindRevision converts a revision for the bindings.
func BindRevision(r market.Revision) bindings.AgreementMarketRevision {
	return bindings.AgreementMarketRevision{AgreementId: r.AgreementID, Number: r.Number, Root: r.Root,
		Leaves: r.Leaves, Shards: r.Shards, EndPeriod: r.EndPeriod}
}

// BindProof converts a proof for the bindings.
func BindProof(p proofs.AgreementProof) bindings.AgreementMarketProof {
	out := bindings.AgreementMarketProof{AgreementId: p.AgreementID, ShardLeaves: p.ShardLeaves, Leaf: p.Leaf,
		ShardPath: make([][32]byte, len(p.ShardPath)), TreePath: make([][32]byte, len(p.TreePath))}
	for k, h := range p.ShardPath {
		out.ShardPath[k] = h
	}
	for k, h := range p.TreePath {
		out.TreePath[k] = h
	}
	return out
}

// Open opens an agreement on the farmer's signed terms with escrow (the client's account must be the
// renter), approving the market first when the allowance is short, and returns its id.
func (c *AgreementClient) Open(ctx context.Context, t market.OpenTerms, farmerSig []byte, escrow *big.Int) (uint64, error) {
	if escrow.Sign() > 0 {
		release, err := c.spend(ctx, escrow)
		if err != nil {
			return 0, err
		}
		defer release()
	}
	rcpt, err := c.transact(ctx, "open agreement", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Open(o, BindOpenTerms(t), farmerSig, escrow)
	})
	if err != nil {
		return 0, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := c.Market.ParseAgreementOpened(*l); err == nil {
			return ev.Id, nil
		}
	}
	return 0, errors.New("chain: open agreement: no AgreementOpened event in the receipt")
}

// Deposit tops up agreement id's escrow (approving the market first when the allowance is short).
func (c *AgreementClient) Deposit(ctx context.Context, id uint64, amount *big.Int) error {
	if amount.Sign() > 0 {
		release, err := c.spend(ctx, amount)
		if err != nil {
			return err
		}
		defer release()
	}
	_, err := c.transact(ctx, fmt.Sprintf("deposit to agreement %d", id), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Deposit(o, id, amount)
	})
	return err
}

// Heartbeat sends the farmer's heartbeat for period: revs (renter-signed, applied first) and one
// proof per agreement in proofs (ids strictly increasing).
func (c *AgreementClient) Heartbeat(ctx context.Context, period uint32, revs []market.SignedRevision, prs []proofs.AgreementProof) error {
	br := make([]bindings.AgreementMarketSignedRevision, len(revs))
	for k, r := range revs {
		br[k] = bindings.AgreementMarketSignedRevision{Rev: BindRevision(r.Revision), RenterSig: r.RenterSig}
	}
	bp := make([]bindings.AgreementMarketProof, len(prs))
	for k, p := range prs {
		bp[k] = BindProof(p)
	}
	_, err := c.transact(ctx, fmt.Sprintf("heartbeat of period %d", period), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Heartbeat(o, period, br, bp)
	})
	return err
}

// Seed returns period p's seed; ready is false (and err nil) while the contract answers SeedNotReady.
func (c *AgreementClient) Seed(ctx context.Context, p uint32) (proofs.Hash, bool, error) {
	s, err := c.Market.SeedOf(c.call(ctx), p)
	if err != nil {
		if bindings.RevertName(err) == "SeedNotReady" {
			return proofs.Hash{}, false, nil
		}
		return proofs.Hash{}, false, callErr(fmt.Sprintf("seed of period %d", p), err)
	}
	return proofs.Hash(s), true, nil
}

// Poke records the current period's beacon, or its seed one block later.
func (c *AgreementClient) Poke(ctx context.Context) error {
	_, err := c.transact(ctx, "poke", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Poke(o)
	})
	return err
}

// Obliged reports whether farmer owes a heartbeat for period p.
func (c *AgreementClient) Obliged(ctx context.Context, farmer common.Address, p uint32) (bool, error) {
	ok, err := c.Market.Obliged(c.call(ctx), farmer, p)
	if err != nil {
		return false, callErr(fmt.Sprintf("obliged %s in %d", farmer, p), err)
	}
	return ok, nil
}

// Proven reports whether farmer's heartbeat for period p is on chain.
func (c *AgreementClient) Proven(ctx context.Context, farmer common.Address, p uint32) (bool, error) {
	w, err := c.Market.ProvenBits(c.call(ctx), farmer, big.NewInt(int64(p>>8)))
	if err != nil {
		return false, callErr(fmt.Sprintf("proven bits of %s", farmer), err)
	}
	return w.Bit(int(p&0xff)) == 1, nil
}

// IsDue reports whether agreement id is due in period p (a RevertError SeedNotReady before p's seed).
func (c *AgreementClient) IsDue(ctx context.Context, id uint64, p uint32) (bool, error) {
	ok, err := c.Market.IsDue(c.call(ctx), id, p)
	if err != nil {
		return false, callErr(fmt.Sprintf("is agreement %d due in %d", id, p), err)
	}
	return ok, nil
}

// ProvenIn reports whether a heartbeat proved agreement id in period p.
func (c *AgreementClient) ProvenIn(ctx context.Context, id uint64, p uint32) (bool, error) {
	ok, err := c.Market.ProvenIn(c.call(ctx), id, p)
	if err != nil {
		return false, callErr(fmt.Sprintf("was agreement %d proven in %d", id, p), err)
	}
	return ok, nil
}

// ReportMissed reports that farmer sent no heartbeat for period p.
func (c *AgreementClient) ReportMissed(ctx context.Context, farmer common.Address, p uint32) error {
	_, err := c.ReportMissedTx(ctx, farmer, p)
	return err
}

// ReportUnproven reports that agreement id was due in period p and its farmer's heartbeat left it out.
func (c *AgreementClient) ReportUnproven(ctx context.Context, id uint64, p uint32) error {
	_, err := c.ReportUnprovenTx(ctx, id, p)
	return err
}

// ReportReceipt is a mined report: its transaction and block and, for reportMissed, the slash and the
// reporter's bounty read from its MissReported event (nil for reportUnproven, whose bounty is
// reporterBountyBps of the agreement's collateral, paid out at once).
type ReportReceipt struct {
	Tx              common.Hash
	Block           uint64
	Slashed, Bounty *big.Int
}

// ReportMissedTx is ReportMissed returning the mined report.
func (c *AgreementClient) ReportMissedTx(ctx context.Context, farmer common.Address, p uint32) (ReportReceipt, error) {
	rcpt, err := c.transact(ctx, fmt.Sprintf("report %s missed period %d", farmer, p), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.ReportMissed(o, farmer, p)
	})
	if err != nil {
		return ReportReceipt{}, err
	}
	r := ReportReceipt{Tx: rcpt.TxHash, Block: rcpt.BlockNumber.Uint64()}
	for _, l := range rcpt.Logs {
		if ev, err := c.Market.ParseMissReported(*l); err == nil && l.Address == c.dep.Market {
			r.Slashed, r.Bounty = ev.Slashed, ev.Bounty
			return r, nil
		}
	}
	return r, errors.New("chain: report missed: no MissReported event in the receipt")
}

// ReportUnprovenTx is ReportUnproven returning the mined report.
func (c *AgreementClient) ReportUnprovenTx(ctx context.Context, id uint64, p uint32) (ReportReceipt, error) {
	rcpt, err := c.transact(ctx, fmt.Sprintf("report agreement %d unproven in %d", id, p), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.ReportUnproven(o, id, p)
	})
	if err != nil {
		return ReportReceipt{}, err
	}
	return ReportReceipt{Tx: rcpt.TxHash, Block: rcpt.BlockNumber.Uint64()}, nil
}

// AgreementCount returns how many agreements the market has opened: their ids are 1..count.
func (c *AgreementClient) AgreementCount(ctx context.Context) (uint64, error) {
	n, err := c.Market.AgreementCount(c.call(ctx))
	if err != nil {
		return 0, callErr("count agreements", err)
	}
	return n, nil
}

// HeadTime returns the latest block's timestamp (a call or an estimate runs at it).
func (c *AgreementClient) HeadTime(ctx context.Context) (uint64, error) {
	h, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("%w: read head: %v", ErrUnreachable, err)
	}
	return h.Time, nil
}

// Balance returns what the market holds for account a to withdraw (bounties, answered challenge fees).
func (c *AgreementClient) Balance(ctx context.Context, a common.Address) (*big.Int, error) {
	v, err := c.Market.Balances(c.call(ctx), a)
	if err != nil {
		return nil, callErr(fmt.Sprintf("read balance of %s", a), err)
	}
	return v, nil
}

// Settle ends agreement id once its last period can no longer be reported.
func (c *AgreementClient) Settle(ctx context.Context, id uint64) error {
	_, err := c.transact(ctx, fmt.Sprintf("settle agreement %d", id), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Settle(o, id)
	})
	return err
}

// Close ends an agreement whose on-chain revision is empty (renter only).
func (c *AgreementClient) Close(ctx context.Context, id uint64) error {
	_, err := c.transact(ctx, fmt.Sprintf("close agreement %d", id), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Close(o, id)
	})
	return err
}

// Claim takes the vindicated, unclaimed pay of the given open agreements (farmer only).
func (c *AgreementClient) Claim(ctx context.Context, ids []uint64) error {
	_, err := c.ClaimAmount(ctx, ids)
	return err
}

// ClaimAmount is Claim returning what the claim paid (its Claimed event: 0 when another claim, say
// the farmer's heartbeat loop, took the pay first).
func (c *AgreementClient) ClaimAmount(ctx context.Context, ids []uint64) (*big.Int, error) {
	rcpt, err := c.transact(ctx, "claim", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Claim(o, ids)
	})
	if err != nil {
		return nil, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := c.Market.ParseClaimed(*l); err == nil {
			return ev.Amount, nil
		}
	}
	return nil, errors.New("chain: claim: no Claimed event in the receipt")
}

// Withdraw takes the account's balance in the market (bounties, answered challenge fees) and returns
// the amount.
func (c *AgreementClient) Withdraw(ctx context.Context) (*big.Int, error) {
	rcpt, err := c.transact(ctx, "withdraw", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Withdraw(o)
	})
	if err != nil {
		return nil, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := c.Market.ParseWithdrawn(*l); err == nil {
			return ev.Amount, nil
		}
	}
	return nil, errors.New("chain: withdraw: no Withdrawn event in the receipt")
}

// EarnedOf returns the farmer's pay so far on agreement id: vindicated and unclaimed, plus what a
// proof of the current period would vindicate.
func (c *AgreementClient) EarnedOf(ctx context.Context, id uint64) (*big.Int, error) {
	v, err := c.Market.EarnedOf(c.call(ctx), id)
	if err != nil {
		return nil, callErr(fmt.Sprintf("earned of agreement %d", id), err)
	}
	return v, nil
}

// BindAgreementParams converts agreement market parameters to the contract's constructor struct.
func BindAgreementParams(p market.AgreementParams) bindings.AgreementMarketParams {
	return bindings.AgreementMarketParams{
		PeriodSeconds: p.PeriodSeconds, GraceSeconds: p.GraceSeconds, SampleBps: p.SampleBps,
		ReportPeriods: p.ReportPeriods, MinStake: p.MinStake, UnbondingSeconds: p.UnbondingSeconds,
		SlashBps: p.SlashBps, ReporterBountyBps: p.ReporterBountyBps, DisqualifyAfterMisses: p.DisqualifyAfterMisses,
		ChallengeSeconds: p.ChallengeSeconds, ChallengeFee: p.ChallengeFee,
	}
}

// DeployAgreements deploys the token (the whole supply minted to holder) and an AgreementMarket with
// params, signing with opts, waits for both and returns the deployment.
func DeployAgreements(ctx context.Context, b Backend, opts *bind.TransactOpts, params market.AgreementParams, holder common.Address, supply *big.Int) (Deployment, error) {
	if err := params.Validate(); err != nil {
		return Deployment{}, fmt.Errorf("deploy agreements: %w", err)
	}
	id, err := b.ChainID(ctx)
	if err != nil {
		return Deployment{}, fmt.Errorf("%w: %v", ErrUnreachable, err)
	}
	o := *opts
	o.Context = ctx
	tokenAddr, tx, _, err := bindings.DeployGranaryToken(&o, b, holder, supply)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy token: %w", err)
	}
	if _, err := waitDeployed(ctx, b, tx); err != nil {
		return Deployment{}, fmt.Errorf("deploy token: %w", err)
	}
	mktAddr, tx, _, err := bindings.DeployAgreementMarket(&o, b, tokenAddr, BindAgreementParams(params))
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy agreement market: %w", err)
	}
	rcpt, err := waitDeployed(ctx, b, tx)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy agreement market: %w", err)
	}
	return Deployment{ChainID: id.Uint64(), Token: tokenAddr, Market: mktAddr, StartBlock: rcpt.BlockNumber.Uint64()}, nil
}

// AgreementsOf returns the ids of every agreement opened with renter as its renter, oldest first,
// from the market's AgreementOpened events since the deployment's start block.
func (c *AgreementClient) AgreementsOf(ctx context.Context, renter common.Address) ([]uint64, error) {
	return c.opened(ctx, "list agreements of renter "+renter.Hex(), []common.Address{renter}, nil)
}

// AgreementsWith returns the ids of every agreement opened with farmer as its farmer, oldest first.
func (c *AgreementClient) AgreementsWith(ctx context.Context, farmer common.Address) ([]uint64, error) {
	return c.opened(ctx, "list agreements of farmer "+farmer.Hex(), nil, []common.Address{farmer})
}

func (c *AgreementClient) opened(ctx context.Context, op string, renters, farmers []common.Address) ([]uint64, error) {
	it, err := c.Market.FilterAgreementOpened(&bind.FilterOpts{Start: c.dep.StartBlock, Context: ctx}, nil, renters, farmers)
	if err != nil {
		return nil, callErr(op, err)
	}
	defer it.Close()
	var ids []uint64
	for it.Next() {
		ids = append(ids, it.Event.Id)
	}
	if err := it.Error(); err != nil {
		return nil, callErr(op, err)
	}
	return ids, nil
}

// Challenge opens a renter challenge on agreement id (the client's account must be its renter),
// approving the market for the challenge fee first when the allowance is short.
func (c *AgreementClient) Challenge(ctx context.Context, id uint64) error {
	if fee := c.schedule.ChallengeFee; fee != nil && fee.Sign() > 0 {
		release, err := c.spend(ctx, fee)
		if err != nil {
			return err
		}
		defer release()
	}
	_, err := c.transact(ctx, fmt.Sprintf("challenge agreement %d", id), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Challenge(o, id)
	})
	return err
}

// ChallengeSeed returns the seed of agreement id's open challenge; ready is false (and err nil)
// while the contract answers ChallengeNotReady (the block after the challenge's is not sealed yet).
// With no open challenge it returns a RevertError NoChallenge.
func (c *AgreementClient) ChallengeSeed(ctx context.Context, id uint64) (proofs.Hash, bool, error) {
	s, err := c.Market.ChallengeSeedOf(c.call(ctx), id)
	if err != nil {
		if bindings.RevertName(err) == "ChallengeNotReady" {
			return proofs.Hash{}, false, nil
		}
		return proofs.Hash{}, false, callErr(fmt.Sprintf("challenge seed of agreement %d", id), err)
	}
	return proofs.Hash(s), true, nil
}

// AnswerChallenge answers agreement id's open challenge with proof (farmer only).
func (c *AgreementClient) AnswerChallenge(ctx context.Context, id uint64, proof proofs.AgreementProof) error {
	_, err := c.transact(ctx, fmt.Sprintf("answer challenge of agreement %d", id), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.AnswerChallenge(o, id, BindProof(proof))
	})
	return err
}

// ClaimChallenge fails agreement id after its open challenge went unanswered past its deadline
// (anyone may send it).
func (c *AgreementClient) ClaimChallenge(ctx context.Context, id uint64) error {
	_, err := c.transact(ctx, fmt.Sprintf("claim challenge of agreement %d", id), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.ClaimChallenge(o, id)
	})
	return err
}

// PostRevision posts a co-signed revision outside a heartbeat (anyone may send it).
func (c *AgreementClient) PostRevision(ctx context.Context, r market.SignedRevision) error {
	_, err := c.transact(ctx, fmt.Sprintf("post revision %d of agreement %d", r.Number, r.AgreementID), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.PostRevision(o, BindRevision(r.Revision), r.RenterSig, r.FarmerSig)
	})
	return err
}
