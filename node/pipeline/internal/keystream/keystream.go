// Package keystream is the pipeline's name for the module's test keystream (internal/keystream), so
// the pipeline's tests and the RSS program keep their import while the end-to-end benchmark
// (node/testnet/bench) generates the same bytes.
package keystream

import ks "github.com/granary-network/granary/internal/keystream"

// Stream reads the keystream of a seed.
type Stream = ks.Stream

// New returns the keystream of seed.
func New(seed uint64) *Stream { return ks.New(seed) }
