package chain

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/proofs"
)

// AgreementInfo is one agreement as AgreementMarket holds it.
type AgreementInfo struct {
	ID                                                         uint64
	Renter, Farmer                                             common.Address
	Status                                                     uint8 // 1 open, 2 settled, 3 failed
	PricePerGiB, Escrow, Accrued, Vindicated, Paid, Collateral *big.Int
	AccruedTo, StartPeriod, EndPeriod, LiveFrom, LastProven    uint32
	Leaves, Shards, Number                                     uint64
	Root                                                       proofs.Hash
}
