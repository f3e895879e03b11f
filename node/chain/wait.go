package chain

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

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
