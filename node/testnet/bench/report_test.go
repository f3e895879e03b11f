package bench

import (
	"fmt"
	"slices"
	"time"
)

// median returns the median of the values f picks from xs (the lower middle for an even count).
func median[T any](xs []T, f func(T) time.Duration) time.Duration {
	ds := make([]time.Duration, len(xs))
	for i, x := range xs {
		ds[i] = f(x)
	}
	slices.Sort(ds)
	return ds[(len(ds)-1)/2]
}

// spread returns the throughput range of size bytes over the durations f picks: "lo–hi".
func spread[T any](size int64, xs []T, f func(T) time.Duration) string {
	lo, hi := f(xs[0]), f(xs[0])
	for _, x := range xs {
		lo, hi = min(lo, f(x)), max(hi, f(x))
	}
	return fmt.Sprintf("%.0f–%.0f", mibps(size, hi), mibps(size, lo))
}

func secs(d time.Duration) string { return fmt.Sprintf("%.1f s", d.Seconds()) }

func ratio(a, b time.Duration) float64 {
	if b <= 0 {
		return 0
	}
	return a.Seconds() / b.Seconds()
}

func mibps(n int64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / (1 << 20) / d.Seconds()
}
