package bindings

// This file is written by hand; scripts/bindings.sh regenerates only granary_token.go and
// agreement_market.go.

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// dataError is the part of an RPC error that carries revert data (go-ethereum's rpc.DataError).
type dataError interface {
	Error() string
	ErrorData() interface{}
}

var revertABIs []*abi.ABI

func init() {
	for _, md := range []interface{ GetAbi() (*abi.ABI, error) }{AgreementMarketMetaData, GranaryTokenMetaData} {
		a, err := md.GetAbi()
		if err != nil {
			panic(err)
		}
		revertABIs = append(revertABIs, a)
	}
}

// RevertName returns the name of the custom error (of the market or the token, OpenZeppelin's
// included) that a failed call, estimate or transaction reverted with, "" if err carries no revert
// data, or the 4-byte selector in hex if it is not one of ours.
func RevertName(err error) string {
	var de dataError
	if !errors.As(err, &de) {
		return ""
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return ""
	}
	data := common.FromHex(s)
	if len(data) < 4 {
		return ""
	}
	for _, a := range revertABIs {
		for name, e := range a.Errors {
			if string(e.ID[:4]) == string(data[:4]) {
				return name
			}
		}
	}
	return fmt.Sprintf("0x%x", data[:4])
}
