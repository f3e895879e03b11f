package devnet_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/devnet"
)

// A devnet deploys and funds on its first start, seals blocks when idle, serves JSON-RPC to an
// outside client, and continues the same chain after a restart.
func TestStartRestart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := devnet.Config{DataDir: dir, Listen: "127.0.0.1:0", Idle: 20 * time.Millisecond, DevAccounts: 2}
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	dep, err := chain.ReadDeployment(filepath.Join(dir, devnet.DeploymentFile))
	if err != nil {
		t.Fatal(err)
	}
	if dep.Market != d.Deployment().Market || dep.RPC != d.HTTPURL() {
		t.Fatalf("deployment file %+v, devnet %+v", dep, d.Deployment())
	}

	// An outside client over HTTP sees the market and a funded dev account.
	rpc, err := chain.Dial(ctx, d.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	acct, err := chain.OpenAccount(filepath.Join(d.AccountDir(2), "keystore"), [20]byte{}, "devnet")
	if err != nil {
		t.Fatal(err)
	}
	c, err := chain.NewAgreementClient(ctx, rpc, dep, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Schedule().PeriodSeconds != market.DevnetAgreementParams().PeriodSeconds {
		t.Fatalf("period %d s", c.Schedule().PeriodSeconds)
	}
	bal, _, err := c.Funds(ctx, acct.Address)
	if err != nil || bal.Cmp(devnet.DevTokens) != 0 {
		t.Fatalf("dev account holds %v tokens (%v), want %v", bal, err, devnet.DevTokens)
	}
	eth, err := c.Ether(ctx, acct.Address)
	if err != nil || eth.Cmp(devnet.DevEther) != 0 {
		t.Fatalf("dev account holds %v wei (%v)", eth, err)
	}

	// Idle sealing moves the chain without transactions.
	b0, _ := c.Block(ctx)
	waitBlock(t, c, b0+3)

	// Warp moves the chain's clock a period ahead; the blocks after it keep going forward.
	h0, err := c.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	target := uint64(h0.Time.Unix()) + 2*uint64(c.Schedule().PeriodSeconds)
	if err := d.WarpTo(ctx, target); err != nil {
		t.Fatal(err)
	}
	h1, err := c.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if uint64(h1.Time.Unix())+1 < target || h1.Period < h0.Period+2 {
		t.Fatalf("after WarpTo(%d) the head is at %d (period %d, was %d)", target, h1.Time.Unix(), h1.Period, h0.Period)
	}
	rpc.Close()
	before, _ := d.Client().BlockNumber(ctx)
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	d2, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer d2.Close()
	if d2.Deployment().Market != dep.Market {
		t.Fatalf("restart deployed again: %s, was %s", d2.Deployment().Market, dep.Market)
	}
	after, _ := d2.Client().BlockNumber(ctx)
	if after < before {
		t.Fatalf("restart lost blocks: %d, was %d", after, before)
	}
	c2, err := chain.NewAgreementClient(ctx, d2.Client(), d2.Deployment(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal, _, _ := c2.Funds(ctx, acct.Address); bal.Cmp(devnet.DevTokens) != 0 {
		t.Fatalf("after restart the dev account holds %v", bal)
	}
}

func waitBlock(t *testing.T, c *chain.AgreementClient, n uint64) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		b, err := c.Block(context.Background())
		if err == nil && b >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("chain stuck at %d (want %d): %v", b, n, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
