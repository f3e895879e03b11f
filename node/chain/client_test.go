package chain_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/market/chaintest"
	"github.com/granary-network/granary/node/chain"
)

// An endpoint that does not answer is ErrUnreachable.
func TestDialUnreachable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := chain.Dial(ctx, "http://127.0.0.1:1"); !errors.Is(err, chain.ErrUnreachable) {
		t.Fatalf("unreachable endpoint: %v", err)
	}
}

func TestDeploymentFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "deployment.json")
	if _, err := chain.ReadDeployment(p); !errors.Is(err, chain.ErrNoDeployment) {
		t.Fatalf("missing file: %v", err)
	}
	d := chain.Deployment{ChainID: 1337, Token: common.HexToAddress("0x1"), Market: common.HexToAddress("0x2"), StartBlock: 3}
	if err := chain.WriteDeployment(p, d); err != nil {
		t.Fatal(err)
	}
	got, err := chain.ReadDeployment(p)
	if err != nil || got != d {
		t.Fatalf("round trip: %+v %v", got, err)
	}
	if err := chain.WriteDeployment(p, chain.Deployment{}); err == nil {
		t.Fatal("wrote an empty deployment")
	}
}

// A payment the account cannot cover is refused before any transaction: no approve is sent (it would
// cost gas and leave an allowance behind), the nonce does not move.
func TestPaymentBeyondBalanceSendsNothing(t *testing.T) {
	ctx := context.Background()
	c := chaintest.NewAgreementMarket(t, market.DevnetAgreementParams())
	b := c.MineEach()
	acct := c.NewAccount(t, market.Tokens(5))
	cl, err := chain.NewAgreementClient(ctx, b, chain.Deployment{ChainID: c.ChainID.Uint64(), Token: c.TokenAddr, Market: c.AgreementsAddr},
		acct.Opts, chain.WithPollInterval(2*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	before, err := b.NonceAt(ctx, acct.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := cl.Stake(ctx, market.Tokens(6)); !errors.Is(err, chain.ErrInsufficientTokens) {
		t.Fatalf("stake of 6 with 5 tokens: %v", err)
	}
	if after, _ := b.NonceAt(ctx, acct.Addr, nil); after != before {
		t.Fatalf("%d transactions sent", after-before)
	}
	if err := cl.Stake(ctx, market.Tokens(5)); err != nil {
		t.Fatalf("stake of the whole balance: %v", err)
	}
}
