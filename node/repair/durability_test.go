package repair

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

const hour = 1.0 / (365.25 * 24) // in years

// The Markov chain's figures agree with an event-by-event simulation of the same model: the loss
// probability within a year within 4 standard errors of the simulated frequency (20,000 histories
// each), and the MTTDL within 4 standard errors of the simulated mean lifetime. The parameters are
// harsh on purpose (farmers living months, repairs taking weeks), so that losses happen often
// enough to be counted; the same formulas give the small figures of the table. Seeded: the
// simulation is the same on every run.
func TestModelMatchesSimulation(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for _, m := range []Model{
		{K: 3, N: 6, Threshold: 4, FailRate: 2, RepairTime: 0.05},
		{K: 3, N: 6, Threshold: 5, FailRate: 4, RepairTime: 0.1},
		{K: 3, N: 6, Threshold: 3, FailRate: 1, RepairTime: 0.02},
		{K: 10, N: 30, Threshold: 15, FailRate: 4, RepairTime: 0.1},
		{K: 10, N: 30, Threshold: 20, FailRate: 3, RepairTime: 0.1},
	} {
		const trials = 20_000
		p, err := m.LossProbability(1)
		if err != nil {
			t.Fatal(err)
		}
		lost, err := m.Simulate(1, trials, rng, false)
		if err != nil {
			t.Fatal(err)
		}
		freq := float64(lost) / trials
		se := math.Sqrt(p * (1 - p) / trials)
		if math.Abs(freq-p) > 4*se || p < 0.01 || p > 0.99 { // (a figure near 0 or 1 would check little)
			t.Errorf("%+v: P(loss in a year) %.4f, simulated %.4f (4σ = %.4f)", m, p, freq, 4*se)
		}
		mttdl, err := m.MTTDL()
		if err != nil {
			t.Fatal(err)
		}
		mean, mse, err := m.SimulateLifetime(trials, rng)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(mean-mttdl) > 4*mse {
			t.Errorf("%+v: MTTDL %.4f years, simulated %.4f ± %.4f", m, mttdl, mean, mse)
		}
		t.Logf("%+v: P(loss in year 1) %.4f, simulated %.4f; MTTDL %.3f y, simulated %.3f ± %.3f", m, p, freq, mttdl, mean, mse)
	}
}

func TestModelValidate(t *testing.T) {
	good := Model{K: 3, N: 6, Threshold: 4, FailRate: 1, RepairTime: hour}
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []func(*Model){
		func(m *Model) { m.K = 0 },
		func(m *Model) { m.N = 3 },
		func(m *Model) { m.Threshold = 2 },
		func(m *Model) { m.Threshold = 6 },
		func(m *Model) { m.FailRate = 0 },
		func(m *Model) { m.FailRate = math.NaN() },
		func(m *Model) { m.RepairTime = -1 },
		func(m *Model) { m.RepairTime = math.Inf(1) },
	} {
		m := good
		bad(&m)
		if _, err := m.LossProbability(1); err == nil {
			t.Errorf("%+v accepted", m)
		}
		if _, err := m.MTTDL(); err == nil {
			t.Errorf("%+v accepted", m)
		}
	}
}

// durabilityTable writes the tables of DURABILITY.md.
func durabilityTable(t *testing.T) string {
	var b strings.Builder
	lives := []struct {
		name  string
		years float64
	}{{"3 months", 0.25}, {"1 year", 1}, {"3 years", 3}}
	repairs := []struct {
		name  string
		years float64
	}{{"1 hour", hour}, {"1 day", 24 * hour}, {"1 week", 7 * 24 * hour}}
	for _, d := range []struct {
		name string
		k, m int
	}{{"devnet 3+3", 3, 3}, {"network 10+20", 10, 20}} {
		r := DefaultThreshold(d.k, d.m)
		fmt.Fprintf(&b, "\n**%s, threshold %d** (repair when %d of %d shards are left): P(segment lost in a year), first year / any later year\n\n", d.name, r, r, d.k+d.m)
		fmt.Fprintf(&b, "| farmer mean lifetime | repair in 1 hour | repair in 1 day | repair in 1 week |\n|---|---|---|---|\n")
		for _, l := range lives {
			fmt.Fprintf(&b, "| %s |", l.name)
			for _, rp := range repairs {
				m := Model{K: d.k, N: d.k + d.m, Threshold: r, FailRate: 1 / l.years, RepairTime: rp.years}
				first, err := m.LossProbability(1)
				if err != nil {
					t.Fatal(err)
				}
				later, err := m.AnnualLoss()
				if err != nil {
					t.Fatal(err)
				}
				fmt.Fprintf(&b, " %s / %s |", sci(first), sci(later))
			}
			b.WriteString("\n")
		}
	}
	b.WriteString("\n**Threshold sweep**, farmer mean lifetime 1 year, repair in 1 day: P(lost in a later year), and the repair traffic per lost shard (k/(n−r) + 1 shards moved)\n\n")
	b.WriteString("| k+m | threshold r | P(lost in a year) | shards moved per shard lost |\n|---|---|---|---|\n")
	for _, d := range [][2]int{{3, 3}, {10, 20}} {
		k, n := d[0], d[0]+d[1]
		for r := k; r < n; r++ {
			if n > 10 && (r-k)%2 == 1 && r != n-1 {
				continue
			}
			m := Model{K: k, N: n, Threshold: r, FailRate: 1, RepairTime: 24 * hour}
			later, err := m.AnnualLoss()
			if err != nil {
				t.Fatal(err)
			}
			mark := ""
			if r == DefaultThreshold(d[0], d[1]) {
				mark = " (default)"
			}
			fmt.Fprintf(&b, "| %d+%d | %d%s | %s | %.2f |\n", k, d[1], r, mark, sci(later), float64(k)/float64(n-r)+1)
		}
	}
	b.WriteString("\n**Exponential or fixed repair time** (simulated, 200,000 histories of a year each)\n\n")
	b.WriteString("| model | chain (exponential repair) | simulated, exponential | simulated, fixed repair time |\n|---|---|---|---|\n")
	rng := rand.New(rand.NewPCG(11, 11))
	for _, m := range []Model{
		{K: 3, N: 6, Threshold: 5, FailRate: 4, RepairTime: 7 * 24 * hour},
		{K: 3, N: 6, Threshold: 4, FailRate: 4, RepairTime: 24 * hour},
		{K: 10, N: 30, Threshold: 20, FailRate: 3, RepairTime: 0.1},
	} {
		const trials = 200_000
		p, _ := m.LossProbability(1)
		e, _ := m.Simulate(1, trials, rng, false)
		f, _ := m.Simulate(1, trials, rng, true)
		fmt.Fprintf(&b, "| %d+%d, r=%d, lifetime %.2g y, repair %.3g d | %s | %s | %s |\n", m.K, m.N-m.K, m.Threshold,
			1/m.FailRate, m.RepairTime*365.25, sci(p), sci(float64(e)/trials), sci(float64(f)/trials))
	}
	return b.String()
}

func sci(p float64) string {
	if p >= 0.01 {
		return fmt.Sprintf("%.3f", p)
	}
	return fmt.Sprintf("%.1e", p)
}

// TestDurabilityTable prints the tables of DURABILITY.md (go test -run TestDurabilityTable -v
// ./node/repair) and checks that they move the right way: more loss with shorter-lived farmers and
// slower repairs, less with a higher threshold.
func TestDurabilityTable(t *testing.T) {
	if testing.Verbose() {
		t.Log("\n" + durabilityTable(t))
	}
	for _, kn := range [][2]int{{3, 3}, {10, 20}, {29, 51}} {
		k, n := kn[0], kn[0]+kn[1]
		prev := math.Inf(1)
		for r := k; r < n; r++ {
			m := Model{K: k, N: n, Threshold: r, FailRate: 1, RepairTime: 24 * hour}
			p, err := m.AnnualLoss()
			if err != nil {
				t.Fatal(err)
			}
			if !(p < prev) || p <= 0 {
				t.Fatalf("%d+%d: threshold %d gives %g, not below %g at %d", k, kn[1], r, p, prev, r-1)
			}
			prev = p
			q := m
			q.FailRate, q.RepairTime = 2, 48*hour
			if worse, _ := q.AnnualLoss(); !(worse > p) {
				t.Fatalf("%+v: faster churn and slower repair give %g, not above %g", q, worse, p)
			}
			if first, _ := m.LossProbability(1); !(first <= p*1.0001) {
				t.Fatalf("%+v: first year %g above the long-run %g", m, first, p)
			}
		}
	}
}
