package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The account side of AgreementClient, used by the command line and the dashboard: the head, a
// farmer's standing, token transfers and balances, ether, and unstaking.

// Backend returns the chain connection the client uses.
func (c *AgreementClient) Backend() Backend { return c.b }

// Block returns the latest block number.
func (c *AgreementClient) Block(ctx context.Context) (uint64, error) {
	n, err := c.b.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("%w: block number: %v", ErrUnreachable, err)
	}
	return n, nil
}

// Head is the latest block as the market sees it.
type Head struct {
	Number uint64
	Time   time.Time // the block's timestamp (what periods and deadlines are checked against)
	Period uint32    // the period the timestamp falls in
}

// Head reads the latest block; its Period is the market period its timestamp falls in.
func (c *AgreementClient) Head(ctx context.Context) (Head, error) {
	h, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return Head{}, fmt.Errorf("%w: latest header: %v", ErrUnreachable, err)
	}
	return Head{Number: h.Number.Uint64(), Time: time.Unix(int64(h.Time), 0), Period: c.schedule.PeriodAt(h.Time)}, nil
}

// Standing is a farmer's record in the agreement market beyond FarmerInfo: its stake in each state
// and the heartbeats it owes.
type Standing struct {
	Free, Locked, Unbonding   *big.Int // free stake, collateral of open agreements, stake unbonding
	UnbondingReady            time.Time
	ObligedFrom, ObligedUntil uint32 // heartbeats owed for these periods (0: never obliged)
	Disqualified, Announced   bool
	DqPeriod                  uint32 // first period not served after a disqualification
	Capacity                  uint64
	PricePerGiB               *big.Int
}

// Exiting reports whether the farmer announced its exit (FarmerInfo.Exiting).
func (s Standing) Exiting() bool { return ExitAnnounced(s.Announced, s.Capacity, s.Disqualified) }

// Standing reads farmer a's record.
func (c *AgreementClient) Standing(ctx context.Context, a common.Address) (Standing, error) {
	st, err := c.Market.GetFarmer(c.call(ctx), a)
	if err != nil {
		return Standing{}, callErr(fmt.Sprintf("read farmer %s", a), err)
	}
	var ready time.Time
	if st.UnbondingReady != 0 {
		ready = time.Unix(int64(st.UnbondingReady), 0)
	}
	return Standing{Free: st.Free, Locked: st.Locked, Unbonding: st.Unbonding, UnbondingReady: ready,
		ObligedFrom: st.ObligedFrom, ObligedUntil: st.ObligedUntil, Disqualified: st.Disqualified,
		Announced: st.Announced, DqPeriod: st.DqPeriod, Capacity: st.Capacity, PricePerGiB: st.PricePerGiB}, nil
}

// Funds returns an account's token balance and its allowance to the market.
func (c *AgreementClient) Funds(ctx context.Context, a common.Address) (balance, allowance *big.Int, err error) {
	co := c.call(ctx)
	if balance, err = c.Token.BalanceOf(co, a); err != nil {
		return nil, nil, callErr(fmt.Sprintf("read token balance of %s", a), err)
	}
	if allowance, err = c.Token.Allowance(co, a, c.dep.Market); err != nil {
		return nil, nil, callErr(fmt.Sprintf("read allowance of %s", a), err)
	}
	return balance, allowance, nil
}

// Ether returns an account's ether balance in wei.
func (c *AgreementClient) Ether(ctx context.Context, a common.Address) (*big.Int, error) {
	br, ok := c.b.(interface {
		BalanceAt(context.Context, common.Address, *big.Int) (*big.Int, error)
	})
	if !ok {
		return nil, fmt.Errorf("chain: the backend cannot read ether balances")
	}
	v, err := br.BalanceAt(ctx, a, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnreachable, err)
	}
	return v, nil
}

// Transfer sends amount tokens to a.
func (c *AgreementClient) Transfer(ctx context.Context, to common.Address, amount *big.Int) error {
	_, err := c.transact(ctx, "transfer", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Token.Transfer(o, to, amount)
	})
	return err
}

// ApproveSpender sets spender's allowance over the account's tokens to amount (the renter's own
// opens and deposits raise the market's allowance as they need; this is for other spenders).
func (c *AgreementClient) ApproveSpender(ctx context.Context, spender common.Address, amount *big.Int) error {
	_, err := c.transact(ctx, "approve", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Token.Approve(o, spender, amount)
	})
	return err
}

// RequestUnstake starts the unbonding of amount of the farmer's free stake.
func (c *AgreementClient) RequestUnstake(ctx context.Context, amount *big.Int) error {
	_, err := c.transact(ctx, "request unstake", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.RequestUnstake(o, amount)
	})
	return err
}

// WithdrawStake returns unbonded stake once the unbonding delay has passed.
func (c *AgreementClient) WithdrawStake(ctx context.Context) error {
	_, err := c.transact(ctx, "withdraw stake", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.WithdrawStake(o)
	})
	return err
}
