package chain_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/market/chaintest"
	"github.com/granary-network/granary/node/chain"
)

func newClient(t *testing.T) (*chaintest.Chain, chain.Deployment, *chain.Client, *chaintest.Account) {
	c := chaintest.New(t, market.DevnetParams())
	dep := chain.Deployment{ChainID: c.ChainID.Uint64(), Token: c.TokenAddr, Market: c.MarketAddr, StartBlock: c.Schedule.Genesis}
	farmer := c.NewAccount(t, market.Tokens(1_000))
	cl, err := chain.New(context.Background(), c.AutoMine(t, 0), dep, farmer.Opts, chain.WithPollInterval(2*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	return c, dep, cl, farmer
}

func TestClientReadsParamsAndWrites(t *testing.T) {
	ctx := context.Background()
	c, _, cl, farmer := newClient(t)
	if cl.Params.PeriodBlocks != 20 || cl.Params.MinStake.Cmp(market.Tokens(100)) != 0 || cl.Schedule.Genesis != c.Schedule.Genesis {
		t.Fatalf("params read from chain: %+v genesis %d", cl.Params, cl.Schedule.Genesis)
	}
	if err := cl.Stake(ctx, market.Tokens(500)); err != nil {
		t.Fatal(err)
	}
	if err := cl.Announce(ctx, []byte("peer"), []byte("addrs"), market.Tokens(2), 1<<30); err != nil {
		t.Fatal(err)
	}
	fs, err := cl.Farmers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Address != farmer.Addr || string(fs[0].PeerID) != "peer" || fs[0].Stake.Cmp(market.Tokens(500)) != 0 || fs[0].Free() != 1<<30 {
		t.Fatalf("farmers: %+v", fs)
	}
	bal, _, err := cl.Funds(ctx, farmer.Addr)
	if err != nil || bal.Cmp(market.Tokens(500)) != 0 {
		t.Fatalf("balance after staking 500 of 1000: %v %v", bal, err)
	}
	// A contract refusal comes back typed, with the custom error's name.
	err = cl.Stake(ctx, big.NewInt(0))
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != "ZeroAmount" || !errors.Is(err, chain.ErrReverted) {
		t.Fatalf("stake 0: %v", err)
	}
}

func TestClientRefusesWrongEndpoints(t *testing.T) {
	ctx := context.Background()
	c, dep, _, _ := newClient(t)
	wrong := dep
	wrong.ChainID = 999
	if _, err := chain.New(ctx, c.Client, wrong, nil); !errors.Is(err, chain.ErrWrongChain) {
		t.Fatalf("wrong chain: %v", err)
	}
	wrong = dep
	wrong.Market = common.HexToAddress("0x1234")
	if _, err := chain.New(ctx, c.Client, wrong, nil); !errors.Is(err, chain.ErrNoContract) {
		t.Fatalf("no contract: %v", err)
	}
	dctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if _, err := chain.Dial(dctx, "http://127.0.0.1:1"); !errors.Is(err, chain.ErrUnreachable) {
		t.Fatalf("unreachable endpoint: %v", err)
	}
	ro, err := chain.New(ctx, c.Client, dep, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := ro.Approve(ctx, big.NewInt(1)); err == nil {
		t.Fatal("a read-only client sent a transaction")
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
