// Package testnet runs a whole Granary network in one process for end-to-end tests: the simulated
// chain with the token and AgreementMarket (NewAgreements), farmers serving the agreement protocols
// and running their heartbeat loops, and renters on renter.Agreements, each with its own libp2p host
// on 127.0.0.1, its own keys and its own temp directory, all cleaned up when the test ends.
package testnet

import "math/rand/v2"

// RandomFile returns n deterministic pseudo-random bytes.
func RandomFile(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, seed))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}
