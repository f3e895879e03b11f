package auditor_test

import "github.com/granary-network/granary/market"

// testParams are the devnet parameters with a wider proof window (20 of 30 blocks).
var testParams = func() market.Params {
	p := market.DevnetParams()
	p.PeriodBlocks, p.ProofWindow = 30, 20
	return p
}()
