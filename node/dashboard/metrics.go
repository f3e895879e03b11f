package dashboard

import (
	"math/big"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics is one node's Prometheus registry (never the global default one): the figures of the
// dashboard, set on every refresh, and the node's internals, observed as they happen (heartbeat
// gas, proof latency, shard store operations, libp2p streams and bytes).
type Metrics struct {
	Registry *prometheus.Registry

	stake       *prometheus.GaugeVec
	balance     *prometheus.GaugeVec
	ether       prometheus.Gauge
	etherLeft   prometheus.Gauge
	earned      prometheus.Gauge
	perPeriod   prometheus.Gauge
	forecast    prometheus.Gauge
	periods     *prometheus.GaugeVec
	head        prometheus.Gauge
	period      prometheus.Gauge
	windowLeft  prometheus.Gauge
	agreements  prometheus.Gauge
	storeBytes  *prometheus.GaugeVec
	p2pBytes    *prometheus.GaugeVec
	streams     *prometheus.GaugeVec
	alerts      *prometheus.GaugeVec
	hbGas       prometheus.Histogram
	proofSecs   *prometheus.HistogramVec
	storeOps    *prometheus.CounterVec
	storeOpSecs *prometheus.HistogramVec
	refreshErrs prometheus.Counter

	seenProofs map[uint32]bool // heartbeats already observed in hbGas
}

// NewMetrics makes a registry with the Go runtime and process collectors and Granary's metrics.
func NewMetrics() *Metrics {
	r := prometheus.NewRegistry()
	m := &Metrics{Registry: r, seenProofs: map[uint32]bool{}}
	g := func(name, help string) prometheus.Gauge {
		x := prometheus.NewGauge(prometheus.GaugeOpts{Name: name, Help: help})
		r.MustRegister(x)
		return x
	}
	gv := func(name, help string, labels ...string) *prometheus.GaugeVec {
		x := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: name, Help: help}, labels)
		r.MustRegister(x)
		return x
	}
	r.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m.stake = gv("granary_farmer_stake_grn", "Farmer stake in GRN by kind (free, locked, unbonding).", "kind")
	m.balance = gv("granary_farmer_balance_grn", "GRN in the farmer's account (account), held for it by the market (withdrawable), and earned on open agreements but not yet paid (earned_unpaid).", "kind")
	m.ether = g("granary_farmer_ether", "Ether the farmer's account holds for gas.")
	m.etherLeft = g("granary_farmer_ether_periods_left", "Heartbeats the ether pays for at the measured cost (-1: unknown).")
	m.earned = g("granary_farmer_earned_in_range_grn", "GRN accrued by proven periods in the dashboard's range.")
	m.perPeriod = g("granary_farmer_earnings_per_period_grn", "GRN the current period pays when proven.")
	m.forecast = g("granary_farmer_forecast_grn", "GRN open agreements pay until they end if every period is proven.")
	m.periods = gv("granary_farmer_periods", "Periods by outcome as the chain records them: proven (heartbeats), missed (reported and slashed).", "outcome")
	m.head = g("granary_chain_head_block", "Latest block.")
	m.period = g("granary_chain_period", "Current period.")
	m.windowLeft = g("granary_heartbeat_window_seconds_left", "Seconds until the open heartbeat window closes, at the head's timestamp (0 when not open).")
	m.agreements = g("granary_farmer_agreements_running", "Agreements running in the current period.")
	m.storeBytes = gv("granary_store_bytes", "Shard store bytes by kind (capacity, used, reserved, free).", "kind")
	m.p2pBytes = gv("granary_p2p_bytes", "Bytes the libp2p host moved since start, by direction (in, out).", "direction")
	m.streams = gv("granary_p2p_streams", "Open libp2p streams by protocol.", "protocol")
	m.alerts = gv("granary_dashboard_alert", "1 while an alert is raised, by alert id.", "alert")
	m.hbGas = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "granary_heartbeat_gas",
		Help: "Gas used by the farmer's heartbeats on chain.", Buckets: prometheus.ExponentialBuckets(40_000, 1.5, 10)})
	m.proofSecs = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "granary_proof_seconds",
		Help: "Time to read one proof's leaves and shard cache from the shard store (TimedAgreements), by result.", Buckets: prometheus.ExponentialBuckets(0.0005, 4, 9)}, []string{"result"})
	m.storeOps = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "granary_store_operations_total",
		Help: "Shard store operations by operation and result."}, []string{"op", "result"})
	m.storeOpSecs = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "granary_store_operation_seconds",
		Help: "Shard store operation latency by operation.", Buckets: prometheus.ExponentialBuckets(0.0001, 4, 10)}, []string{"op"})
	m.refreshErrs = prometheus.NewCounter(prometheus.CounterOpts{Name: "granary_dashboard_read_errors_total",
		Help: "Reads of the chain or the node that failed while refreshing the dashboard."})
	r.MustRegister(m.hbGas, m.proofSecs, m.storeOps, m.storeOpSecs, m.refreshErrs)
	return m
}

// ObserveProof records the time taken to read one proof's shard data.
func (m *Metrics) ObserveProof(d time.Duration, err error) {
	m.proofSecs.WithLabelValues(result(err)).Observe(d.Seconds())
}

// ObserveStoreOp records one shard store operation (storage.WithObserver takes it).
func (m *Metrics) ObserveStoreOp(op string, d time.Duration, err error) {
	m.storeOps.WithLabelValues(op, result(err)).Inc()
	m.storeOpSecs.WithLabelValues(op).Observe(d.Seconds())
}

func result(err error) string {
	if err != nil {
		return "error"
	}
	return "ok"
}

// grn converts base units to a float of whole units (for gauges only; the API keeps exact values).
func grn(a Amount) float64 {
	v, ok := new(big.Float).SetString(a.Wei)
	if !ok {
		return 0
	}
	f, _ := v.Quo(v, big.NewFloat(1e18)).Float64()
	return f
}

// set updates the figures from a snapshot and observes heartbeats not seen before.
func (m *Metrics) set(s Snapshot, proofs []Proof, errs int) {
	m.stake.WithLabelValues("free").Set(grn(s.Stake.Free))
	m.stake.WithLabelValues("locked").Set(grn(s.Stake.Locked))
	m.stake.WithLabelValues("unbonding").Set(grn(s.Stake.Unbonding))
	m.balance.WithLabelValues("account").Set(grn(s.Balance))
	m.balance.WithLabelValues("withdrawable").Set(grn(s.Withdraw))
	m.balance.WithLabelValues("earned_unpaid").Set(grn(s.Unpaid))
	m.ether.Set(grn(s.Gas.Ether))
	m.etherLeft.Set(s.Gas.PeriodsLeft)
	m.earned.Set(grn(s.Earnings.Earned))
	m.perPeriod.Set(grn(s.Earnings.PerPeriod))
	m.forecast.Set(grn(s.Earnings.Forecast))
	m.periods.WithLabelValues("proven").Set(float64(s.Reputation.Proven))
	m.periods.WithLabelValues("missed").Set(float64(s.Reputation.Missed))
	m.head.Set(float64(s.Head.Block))
	m.period.Set(float64(s.Head.Period))
	if s.Heartbeat.State == "open" {
		m.windowLeft.Set(s.Heartbeat.SecondsToClose)
	} else {
		m.windowLeft.Set(0)
	}
	m.agreements.Set(float64(s.Earnings.Agreements))
	c := s.Capacity
	m.storeBytes.WithLabelValues("capacity").Set(float64(c.Capacity))
	m.storeBytes.WithLabelValues("used").Set(float64(c.Used))
	m.storeBytes.WithLabelValues("reserved").Set(float64(c.Reserved))
	m.storeBytes.WithLabelValues("free").Set(float64(c.Free))
	if s.Traffic.Known {
		m.p2pBytes.WithLabelValues("in").Set(float64(s.Traffic.In))
		m.p2pBytes.WithLabelValues("out").Set(float64(s.Traffic.Out))
	}
	m.streams.Reset()
	for p, n := range s.Traffic.Protocol {
		m.streams.WithLabelValues(p).Set(float64(n))
	}
	m.alerts.Reset()
	for _, a := range s.Alerts {
		m.alerts.WithLabelValues(a.ID).Set(1)
	}
	for _, p := range proofs {
		if !m.seenProofs[p.Period] && p.GasUsed > 0 {
			m.seenProofs[p.Period] = true
			m.hbGas.Observe(float64(p.GasUsed))
		}
	}
	m.refreshErrs.Add(float64(errs))
}
