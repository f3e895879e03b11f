package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Token and account operations used by the command line: transfers, allowances, withdrawals of
// earnings and stake, and the reputation the market keeps.

// Transfer sends amount tokens to a.
func (c *Client) Transfer(ctx context.Context, to common.Address, amount *big.Int) error {
	_, err := c.Transact(ctx, "transfer", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Token.Transfer(o, to, amount)
	})
	return err
}

// ApproveSpender lets spender take amount of the account's tokens (Approve is for the market).
func (c *Client) ApproveSpender(ctx context.Context, spender common.Address, amount *big.Int) error {
	_, err := c.Transact(ctx, "approve", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Token.Approve(o, spender, amount)
	})
	return err
}

// Withdrawable returns the tokens the market holds for a (earnings, refunds, bounties, slash shares).
func (c *Client) Withdrawable(ctx context.Context, a common.Address) (*big.Int, error) {
	v, err := c.Market.Balances(&bind.CallOpts{Context: ctx}, a)
	if err != nil {
		return nil, fmt.Errorf("chain: read withdrawable balance of %s: %w", a, err)
	}
	return v, nil
}

// Withdraw moves the account's withdrawable balance to its token balance. It returns the amount.
func (c *Client) Withdraw(ctx context.Context) (*big.Int, error) {
	amt, err := c.Withdrawable(ctx, c.Address())
	if err != nil {
		return nil, err
	}
	if amt.Sign() == 0 {
		return amt, nil
	}
	_, err = c.Transact(ctx, "withdraw", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Withdraw(o)
	})
	return amt, err
}

// RequestUnstake starts the unbonding of amount of the farmer's free stake.
func (c *Client) RequestUnstake(ctx context.Context, amount *big.Int) error {
	_, err := c.Transact(ctx, "request unstake", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.RequestUnstake(o, amount)
	})
	return err
}

// WithdrawStake returns unbonded stake once the unbonding delay has passed.
func (c *Client) WithdrawStake(ctx context.Context) error {
	_, err := c.Transact(ctx, "withdraw stake", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.WithdrawStake(o)
	})
	return err
}

// Reputation is the market's record of a farmer.
type Reputation struct {
	ProvenPeriods uint32 `json:"provenPeriods"`
	MissedPeriods uint32 `json:"missedPeriods"`
	Slashes       uint32 `json:"slashes"`
	Disqualified  bool   `json:"disqualified"`
}

// Reputation reads a farmer's proven and missed periods, slashes and disqualification.
func (c *Client) Reputation(ctx context.Context, a common.Address) (Reputation, error) {
	r, err := c.Market.Reputation(&bind.CallOpts{Context: ctx}, a)
	if err != nil {
		return Reputation{}, fmt.Errorf("chain: read reputation of %s: %w", a, err)
	}
	return Reputation{ProvenPeriods: r.ProvenPeriods, MissedPeriods: r.MissedPeriods, Slashes: r.Slashes,
		Disqualified: r.Disqualified}, nil
}

// Ether returns an account's ether balance in wei.
func (c *Client) Ether(ctx context.Context, a common.Address) (*big.Int, error) {
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

// Settle settles an ended deal (anyone may): the farmer is paid for its proven periods, the rest of
// the escrow returns to the renter.
func (c *Client) Settle(ctx context.Context, id uint64) error {
	_, err := c.Transact(ctx, fmt.Sprintf("settle deal %d", id), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Market.Settle(o, id)
	})
	return err
}
