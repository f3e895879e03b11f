//go:build unix

// Package cputime reads the CPU time the process has used, for benchmarks that report CPU per byte.
package cputime

import (
	"syscall"
	"time"
)

// Process returns the process's user + system CPU time, all threads (0 if it cannot be read).
func Process() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
