package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/market"
)

// BindParams converts market parameters to the contract's constructor struct.
func BindParams(p market.Params) bindings.StorageMarketParams {
	return bindings.StorageMarketParams{
		PeriodBlocks:           p.PeriodBlocks,
		ProofWindow:            p.ProofWindow,
		ChallengesPerHeartbeat: p.ChallengesPerHeartbeat,
		MinStake:               p.MinStake,
		UnbondingDelay:         p.UnbondingDelay,
		MinCollateralBps:       p.MinCollateralBps,
		SlashBps:               p.SlashBps,
		ReporterBountyBps:      p.ReporterBountyBps,
		DisqualifyAfterMisses:  p.DisqualifyAfterMisses,
	}
}

// Deploy deploys the token (the whole supply minted to holder) and the market with p, signing with
// opts, waits for both to be mined and returns the deployment. There is no owner to record: neither
// contract has an admin.
func Deploy(ctx context.Context, b Backend, opts *bind.TransactOpts, p market.Params, holder common.Address, supply *big.Int) (Deployment, error) {
	if err := p.Validate(); err != nil {
		return Deployment{}, fmt.Errorf("deploy: %w", err)
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
	mktAddr, tx, _, err := bindings.DeployStorageMarket(&o, b, tokenAddr, BindParams(p))
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy market: %w", err)
	}
	rcpt, err := waitDeployed(ctx, b, tx)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy market: %w", err)
	}
	return Deployment{ChainID: id.Uint64(), Token: tokenAddr, Market: mktAddr, StartBlock: rcpt.BlockNumber.Uint64()}, nil
}

// WaitMined waits until tx is mined and the head has reached its block, and checks it succeeded.
func WaitMined(ctx context.Context, b Backend, tx *types.Transaction) (*types.Receipt, error) {
	c := &txer{b: b, poll: 50 * time.Millisecond}
	rcpt, err := c.waitMined(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("wait for %s: %w", tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, fmt.Errorf("transaction %s failed on chain", tx.Hash())
	}
	return rcpt, nil
}

func waitDeployed(ctx context.Context, b Backend, tx *types.Transaction) (*types.Receipt, error) {
	rcpt, err := WaitMined(ctx, b, tx)
	if err != nil {
		return nil, err
	}
	if code, err := b.CodeAt(ctx, rcpt.ContractAddress, nil); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnreachable, err)
	} else if len(code) == 0 {
		return nil, fmt.Errorf("no code at %s after deployment", rcpt.ContractAddress)
	}
	return rcpt, nil
}
