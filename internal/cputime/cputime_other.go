//go:build !unix

// Package cputime reads the CPU time the process has used, for benchmarks that report CPU per byte.
package cputime

import "time"

// Process returns 0 where the CPU time cannot be read.
func Process() time.Duration { return 0 }
