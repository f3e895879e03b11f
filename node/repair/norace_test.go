//go:build !race

package repair_test

import "time"

// idle mines a block every 80 ms when provers run: with testParams' 30-block periods a period lasts
// 2.4 s and its 20-block proof window 1.6 s, wide enough for a loaded CI machine (as in node/prover).
const idle = 80 * time.Millisecond
