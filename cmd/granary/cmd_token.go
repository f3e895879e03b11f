package main

import (
	"context"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
)

func tokenCommand() *cli.Command {
	flags := chainFlags("renter")
	return &cli.Command{
		Name: "token",
		Usage: "GRN balances, transfers and allowances for the account in --data-dir " +
			"(any node's data directory; default the renter's)",
		Subcommands: []*cli.Command{
			{
				Name:      "balance",
				Usage:     "GRN, ether, allowance to the market and withdrawable market balance of ADDRESS (default: the account)",
				ArgsUsage: "[ADDRESS]",
				Flags:     flags,
				Action:    tokenBalance,
			},
			{
				Name:      "transfer",
				Usage:     "send GRN",
				ArgsUsage: "TO AMOUNT",
				Flags:     flags,
				Action: func(c *cli.Context) error {
					return tokenSend(c, "transfer")
				},
			},
			{
				Name:      "approve",
				Usage:     "let SPENDER (default role: the market, written `market`) take up to AMOUNT GRN",
				ArgsUsage: "SPENDER AMOUNT",
				Flags:     flags,
				Action: func(c *cli.Context) error {
					return tokenSend(c, "approve")
				},
			},
		},
	}
}

func parseAddress(s, what string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, usagef("%s %q is not an address (0x followed by 40 hex digits)", what, s)
	}
	return common.HexToAddress(s), nil
}

type balanceView struct {
	Address      string `json:"address"`
	Tokens       string `json:"tokens"`
	Ether        string `json:"ether"`
	Allowance    string `json:"allowance"`
	Withdrawable string `json:"withdrawable"`
}

func tokenBalance(c *cli.Context) error {
	e := newEnv(c)
	ctx := c.Context
	var who common.Address
	if c.NArg() > 0 {
		a, err := parseAddress(c.Args().First(), "ADDRESS")
		if err != nil {
			return err
		}
		who = a
	} else {
		a, err := e.address("renter")
		if err != nil {
			return err
		}
		who = a
	}
	cl, _, err := e.client(ctx, "")
	if err != nil {
		return err
	}
	fu, err := readFunds(ctx, cl, who)
	if err != nil {
		return err
	}
	v := balanceView{Address: who.Hex(), Tokens: fu.Tokens.String(), Ether: fu.Ether.String(), Allowance: fu.Allowance.String(),
		Withdrawable: fu.Withdrawable.String()}
	return e.emit(v, func(w io.Writer) {
		fmt.Fprintf(w, "%s\t%s\t%s ETH\tallowance to market %s\twithdrawable %s\n", v.Address, grn(fu.Tokens),
			market.FormatTokens(fu.Ether), grn(fu.Allowance), grn(fu.Withdrawable))
	})
}

func tokenSend(c *cli.Context, op string) error {
	e := newEnv(c)
	ctx := c.Context
	if c.NArg() != 2 {
		return usagef("%s takes two arguments", op)
	}
	amt, err := tokens(c.Args().Get(1))
	if err != nil {
		return err
	}
	cl, acct, err := e.client(ctx, "renter")
	if err != nil {
		return err
	}
	target := cl.Deployment().Market
	if s := c.Args().Get(0); op == "transfer" || s != "market" {
		if target, err = parseAddress(s, "address"); err != nil {
			return err
		}
	}
	switch op {
	case "transfer":
		bal, _, err := cl.Funds(ctx, acct.Address)
		if err != nil {
			return err
		}
		if bal.Cmp(amt) < 0 {
			return withCode(exitFunds, fmt.Errorf("transfer %s: the account holds %s", grn(amt), grn(bal)), "")
		}
		err = cl.Transfer(ctx, target, amt)
		if err != nil {
			return err
		}
	case "approve":
		if err := cl.ApproveSpender(ctx, target, amt); err != nil {
			return err
		}
	}
	return e.emit(map[string]string{"op": op, "from": acct.Address.Hex(), "to": target.Hex(), "amount": amt.String()},
		func(w io.Writer) {
			verb := "sent"
			if op == "approve" {
				verb = "approved"
			}
			fmt.Fprintf(w, "%s %s from %s to %s\n", verb, grn(amt), acct.Address.Hex(), target.Hex())
		})
}

// accountFunds is what an account holds: tokens, its allowance to the market, ether, and what the
// market holds for it to withdraw; with the block they were read at.
type accountFunds struct {
	Tokens, Allowance, Ether, Withdrawable *big.Int
	Head                                   uint64
}

func readFunds(ctx context.Context, cl *chain.AgreementClient, a common.Address) (f accountFunds, err error) {
	if f.Tokens, f.Allowance, err = cl.Funds(ctx, a); err != nil {
		return f, err
	}
	if f.Ether, err = cl.Ether(ctx, a); err != nil {
		return f, err
	}
	if f.Withdrawable, err = cl.Balance(ctx, a); err != nil {
		return f, err
	}
	f.Head, err = cl.Block(ctx)
	return f, err
}
