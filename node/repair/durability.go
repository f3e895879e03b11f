package repair

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
)

// Model is the durability model of one segment (DURABILITY.md derives it): its n shards sit with n
// different farmers, each of which loses its shard (leaves, fails, is disqualified) independently at
// FailRate per year. When the segment's healthy shards fall to Threshold, a repair starts; it takes
// an exponentially distributed time of mean RepairTime (detection included) and brings the segment
// back to n healthy shards. The segment is lost if it falls below K healthy shards first.
//
// The healthy count is then a birth-death chain on K..N with an absorbing state K-1: from i shards
// it moves to i-1 at rate i·FailRate, and, when i ≤ Threshold, to N at rate 1/RepairTime.
type Model struct {
	K, N       int     // any K of the N shards rebuild the segment
	Threshold  int     // repair when healthy ≤ Threshold (K ≤ Threshold < N)
	FailRate   float64 // per farmer per year (1 / mean farmer lifetime in years)
	RepairTime float64 // mean years from reaching the threshold to the segment back at N
}

// Validate checks the model's parameters.
func (m Model) Validate() error {
	switch {
	case m.K < 1 || m.N <= m.K || m.N > 256:
		return fmt.Errorf("repair: model of %d of %d shards (want 1 ≤ k < n ≤ 256)", m.K, m.N)
	case m.Threshold < m.K || m.Threshold >= m.N:
		return fmt.Errorf("repair: threshold %d outside [k, n-1] = [%d, %d]", m.Threshold, m.K, m.N-1)
	case !(m.FailRate > 0) || math.IsInf(m.FailRate, 0):
		return errors.New("repair: failure rate must be positive")
	case !(m.RepairTime > 0) || math.IsInf(m.RepairTime, 0):
		return errors.New("repair: repair time must be positive")
	}
	return nil
}

// generator returns the chain's generator matrix Q over states 0..N-K+1, where state 0 is the lost
// segment (K-1 healthy shards) and state s holds K-1+s healthy shards.
func (m Model) generator() [][]float64 {
	size := m.N - m.K + 2
	q := make([][]float64, size)
	for s := range q {
		q[s] = make([]float64, size)
	}
	mu := 1 / m.RepairTime
	for s := 1; s < size; s++ {
		i := m.K - 1 + s
		q[s][s-1] += float64(i) * m.FailRate
		q[s][s] -= float64(i) * m.FailRate
		if i <= m.Threshold {
			q[s][size-1] += mu
			q[s][s] -= mu
		}
	}
	return q
}

// LossProbability returns the probability that a segment starting with N healthy shards is lost
// within `years`: the loss state's entry of exp(Q·years), computed by scaling and squaring (a short
// uniformization series for exp(Q·years/2^s), then s squarings). Every matrix involved is
// non-negative, so tiny probabilities keep their relative precision.
func (m Model) LossProbability(years float64) (float64, error) {
	if err := m.Validate(); err != nil {
		return 0, err
	}
	if !(years >= 0) {
		return 0, fmt.Errorf("repair: %v years", years)
	}
	q := m.generator()
	size := len(q)
	rate := 0.0
	for s := range q {
		rate = max(rate, -q[s][s])
	}
	// exp(Q τ) with rate·τ ≤ 1/2: Σ_j e^{-rate τ} (rate τ)^j / j! · P^j, P = I + Q/rate.
	squarings := 0
	tau := years
	for rate*tau > 0.5 {
		tau /= 2
		squarings++
	}
	p := make([][]float64, size)
	for i := range p {
		p[i] = make([]float64, size)
		for j := range p[i] {
			p[i][j] = q[i][j] / rate
		}
		p[i][i]++
	}
	e := identity(size)
	term := identity(size)
	weight := math.Exp(-rate * tau)
	scale(e, weight)
	for j := 1; j < 60; j++ {
		term = mul(term, p)
		weight *= rate * tau / float64(j)
		if weight < 1e-300 {
			break
		}
		addScaled(e, term, weight)
	}
	for range squarings {
		e = mul(e, e)
	}
	return e[size-1][0], nil
}

// MTTDL returns the mean time to losing a segment that starts with N healthy shards, in years. By
// first-step analysis, the expected time T_i to loss from i healthy shards is T_i = a_i + b_i·T_N
// (repairs return to N), with a_{K-1} = b_{K-1} = 0 and, for K ≤ i ≤ N:
//
//	i ≤ Threshold:  a_i = (1 + iλ·a_{i-1}) / (iλ+μ),   c_i = iλ·c_{i-1} / (iλ+μ)
//	i > Threshold:  a_i = 1/(iλ) + a_{i-1},             c_i = c_{i-1}
//
// where c_i = 1 − b_i (c_{K-1} = 1) is the probability of reaching loss from i before the next
// repair completes. Then T_N = a_N / c_N. Every step multiplies and adds positive numbers, so a
// loss probability per cycle of 1e-30 is as exact as one of 0.1.
func (m Model) MTTDL() (float64, error) {
	if err := m.Validate(); err != nil {
		return 0, err
	}
	lambda, mu := m.FailRate, 1/m.RepairTime
	a, c := 0.0, 1.0
	for i := m.K; i <= m.N; i++ {
		il := float64(i) * lambda
		if i <= m.Threshold {
			a = (1 + il*a) / (il + mu)
			c = il * c / (il + mu)
		} else {
			a += 1 / il
		}
	}
	return a / c, nil
}

// AnnualLoss returns the long-run probability of losing a segment in a year: 1 − exp(−1/MTTDL).
// Each repair brings the segment back to N, so over the years losses come about as a Poisson
// process of rate 1/MTTDL. (The first year after an upload is safer, as the segment starts with all
// its shards: LossProbability(1).)
func (m Model) AnnualLoss() (float64, error) {
	t, err := m.MTTDL()
	if err != nil {
		return 0, err
	}
	return -math.Expm1(-1 / t), nil
}

// Simulate runs `trials` independent segment histories of `years` each, event by event, and returns
// how many were lost. Each healthy farmer fails after an exponential time of mean 1/FailRate; once
// the healthy count reaches the threshold a repair is scheduled and, when it completes, every lost
// shard is replaced. With fixedRepair a repair takes exactly RepairTime instead of an exponential
// time of that mean: closer to a real repair, which the Markov chain only approximates.
func (m Model) Simulate(years float64, trials int, rng *rand.Rand, fixedRepair bool) (int, error) {
	if err := m.Validate(); err != nil {
		return 0, err
	}
	lost := 0
	for range trials {
		if _, ok := m.history(rng, years, fixedRepair); ok {
			lost++
		}
	}
	return lost, nil
}

// SimulateLifetime runs `trials` histories until the segment is lost and returns their mean length
// in years (the simulated MTTDL) and its standard error.
func (m Model) SimulateLifetime(trials int, rng *rand.Rand) (mean, stderr float64, err error) {
	if err := m.Validate(); err != nil {
		return 0, 0, err
	}
	var sum, sum2 float64
	for range trials {
		t, _ := m.history(rng, math.Inf(1), false)
		sum += t
		sum2 += t * t
	}
	n := float64(trials)
	mean = sum / n
	return mean, math.Sqrt(max(sum2/n-mean*mean, 0) / n), nil
}

// history simulates one segment until it is lost (returning when, and true) or `years` pass.
func (m Model) history(rng *rand.Rand, years float64, fixedRepair bool) (float64, bool) {
	t, healthy, repairAt := 0.0, m.N, math.Inf(1)
	for {
		fail := t + rng.ExpFloat64()/(float64(healthy)*m.FailRate)
		if repairAt <= fail {
			if repairAt > years {
				return years, false
			}
			t, healthy, repairAt = repairAt, m.N, math.Inf(1)
			continue
		}
		if fail > years {
			return years, false
		}
		t = fail
		if healthy--; healthy < m.K {
			return t, true
		}
		if healthy <= m.Threshold && math.IsInf(repairAt, 1) {
			d := m.RepairTime
			if !fixedRepair {
				d = rng.ExpFloat64() * m.RepairTime
			}
			repairAt = t + d
		}
	}
}

func identity(n int) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func scale(a [][]float64, f float64) {
	for i := range a {
		for j := range a[i] {
			a[i][j] *= f
		}
	}
}

func addScaled(dst, a [][]float64, f float64) {
	for i := range dst {
		for j := range dst[i] {
			dst[i][j] += f * a[i][j]
		}
	}
}

func mul(a, b [][]float64) [][]float64 {
	n := len(a)
	out := make([][]float64, n)
	for i := range out {
		out[i] = make([]float64, n)
		for k, aik := range a[i] {
			if aik == 0 {
				continue
			}
			for j, bkj := range b[k] {
				out[i][j] += aik * bkj
			}
		}
	}
	return out
}
