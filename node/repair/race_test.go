//go:build race

package repair_test

import "time"

// Under the race detector every simulated-chain call is several times slower: longer blocks keep the
// proof window wide enough in wall-clock time.
const idle = 200 * time.Millisecond
