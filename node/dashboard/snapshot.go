package dashboard

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
)

// Snapshot is everything the page and the JSON API (/api/status) show, built from one round of
// reads. It holds no secret: addresses, amounts, periods and the node's public network identity.
type Snapshot struct {
	Generated  time.Time        `json:"generated"`
	Address    string           `json:"address"`
	Head       HeadView         `json:"head"`
	Stake      StakeView        `json:"stake"`
	Balance    Amount           `json:"balance"`      // GRN in the farmer's account
	Withdraw   Amount           `json:"withdrawable"` // GRN the market holds for the farmer (bounties, challenge fees)
	Unpaid     Amount           `json:"earnedUnpaid"` // GRN earned on open agreements but not yet paid (sum of earnedOf)
	Earnings   EarningsView     `json:"earnings"`
	Heartbeat  HeartbeatView    `json:"heartbeat"`
	Agreements []AgreementView  `json:"agreements"`
	Capacity   CapacityView     `json:"capacity"`
	Traffic    TrafficView      `json:"traffic"`
	Gas        GasView          `json:"gas"`
	Network    NetworkView      `json:"network"`
	Reputation ReputationView   `json:"reputation"`
	Alerts     []Alert          `json:"alerts"`
	Errors     []string         `json:"errors,omitempty"` // reads that failed this round
	Local      []LocalResult    `json:"localHeartbeats,omitempty"`
	Thresholds ThresholdsInView `json:"thresholds"`
}

// Amount is a token or ether amount: exact base units and a short decimal for people.
type Amount struct {
	Wei  string `json:"wei"`
	Text string `json:"text"`
}

func amount(v *big.Int) Amount {
	if v == nil {
		v = new(big.Int)
	}
	return Amount{Wei: v.String(), Text: shortDecimal(v)}
}

// shortDecimal writes base units (18 decimals) with at most 6 significant fractional digits.
func shortDecimal(v *big.Int) string {
	s := market.FormatTokens(v)
	whole, frac, ok := strings.Cut(s, ".")
	if !ok {
		return s
	}
	// keep leading zeros of the fraction plus up to 4 significant digits
	i := 0
	for i < len(frac) && frac[i] == '0' {
		i++
	}
	keep := min(len(frac), i+4)
	if whole != "0" && whole != "-0" {
		keep = min(len(frac), 4)
	}
	frac = strings.TrimRight(frac[:keep], "0")
	if frac == "" {
		return whole
	}
	return whole + "." + frac
}

// HeadView is the latest block.
type HeadView struct {
	Block        uint64  `json:"block"`
	Period       uint32  `json:"period"`
	BlockSeconds float64 `json:"blockSeconds"` // mean block time (0: unknown)
}

// StakeView is the farmer's stake.
type StakeView struct {
	Free            Amount `json:"free"`
	Locked          Amount `json:"locked"`
	Unbonding       Amount `json:"unbonding"`
	UnbondingReady  int64  `json:"unbondingReady,omitempty"` // unix seconds when it can be withdrawn
	Minimum         Amount `json:"minimum"`
	SlashPerMiss    Amount `json:"slashPerMiss"`    // what one reported miss takes now (of free, then unbonding stake)
	MissesToMinimum int64  `json:"missesToMinimum"` // reported misses until free stake falls below the minimum (-1: already below)
}

// PeriodView is one period of the earnings chart and the proof timeline.
type PeriodView struct {
	Period uint32 `json:"period"`
	// State: proven, missed (reported), unproven (obliged, no heartbeat, not reported), idle (no
	// agreement to prove), current, future.
	State    string `json:"state"`
	Earned   Amount `json:"earned"`   // what the period paid (proven) or pays (current, once proven)
	Forecast Amount `json:"forecast"` // what running agreements pay for it if proven (current and future)
	earned   *big.Int
	forecast *big.Int
}

// EarningsView is earnings over the chosen range and the forecast from running agreements.
type EarningsView struct {
	From         uint32       `json:"from"`
	To           uint32       `json:"to"` // inclusive; periods after the head are forecast
	Periods      []PeriodView `json:"periods"`
	Earned       Amount       `json:"earned"`            // accrued by proven periods in [From, To]
	Unpaid       Amount       `json:"earnedUnpaid"`      // earned on open agreements, not yet paid (sum of earnedOf)
	PerPeriod    Amount       `json:"perPeriod"`         // what the current period pays when proven
	Forecast     Amount       `json:"forecast"`          // running agreements, from the current period to their ends, if every period is proven
	ForecastTo   uint32       `json:"forecastUntil"`     // the period after the last agreement ends
	Proven       int          `json:"proven"`            // in range
	Missed       int          `json:"missed"`            // reported, in range
	Unproven     int          `json:"unproven"`          // not proven, not reported, in range
	ForecastDays float64      `json:"forecastDays"`      // ForecastTo - current period, in days
	PerDay       Amount       `json:"perDay"`            // PerPeriod scaled to a day
	RangeOptions []int        `json:"rangeOptions"`      // the range choices offered (periods)
	RangeLen     int          `json:"rangeLen"`          // periods shown before the current one
	ForecastLen  int          `json:"forecastLen"`       // periods shown after it
	Max          Amount       `json:"max"`               // tallest bar
	DayPeriods   float64      `json:"periodsPerDay"`     // periods a day
	Currency     string       `json:"currency"`          // "GRN"
	Basis        string       `json:"basis"`             // how earnings are computed
	Agreements   int          `json:"runningAgreements"` // agreements running in the current period
}

// HeartbeatView is the heartbeat window that matters now: the previous period's while it is owed,
// unsent and still in its grace, else the current period's until it is proven, else the next one's.
// Times are the chain's (block timestamps): the head's timestamp is "now".
type HeartbeatView struct {
	Period         uint32  `json:"period"`
	State          string  `json:"state"`          // waiting (window not open), open, not obliged, disqualified
	Opens          int64   `json:"windowOpens"`    // unix seconds: the period's start
	Closes         int64   `json:"windowCloses"`   // unix seconds: the next period's start + grace
	SecondsToOpen  float64 `json:"secondsToOpen"`  // from the head's timestamp
	SecondsToClose float64 `json:"secondsToClose"` // from the head's timestamp
	Elapsed        float64 `json:"windowElapsed"`  // share of the window gone (open only)
	Late           bool    `json:"late"`           // the previous period's heartbeat, in its grace
	LastError      string  `json:"lastError,omitempty"`
}

// AgreementView is a row of the agreements table.
type AgreementView struct {
	ID          uint64 `json:"id"`
	Renter      string `json:"renter"`
	Size        uint64 `json:"size"` // bytes of the revision on chain
	SizeText    string `json:"sizeText"`
	Revision    uint64 `json:"revision"` // number of the revision on chain (0: none yet)
	PricePerGiB Amount `json:"pricePerGiB"`
	Rate        Amount `json:"rate"` // per period, at the revision's size
	Escrow      Amount `json:"escrow"`
	Paid        Amount `json:"paid"`         // vindicated pay moved to the farmer so far
	Unpaid      Amount `json:"earnedUnpaid"` // earned but not yet paid (earnedOf)
	LiveFrom    uint32 `json:"liveFrom"`     // first period it can be due (0: no data yet)
	End         uint32 `json:"endPeriod"`    // its last period
	State       string `json:"state"`        // running, starting, ended (awaiting settlement), settled, failed
}

// CapacityView is the shard store's space.
type CapacityView struct {
	Capacity        int64   `json:"capacity"`
	Used            int64   `json:"used"`     // stored shards: in revisions on chain, staged for the next one, or held for the chain's
	Reserved        int64   `json:"reserved"` // set aside for uploads in progress
	Free            int64   `json:"free"`
	UsedShare       float64 `json:"usedShare"` // (used + reserved) / capacity
	Announced       uint64  `json:"announced"`
	UnderAgreements uint64  `json:"underAgreements"` // bytes of the open agreements' revisions on chain
	DiskFree        int64   `json:"diskFree"`        // bytes free on the store's filesystem (-1: unknown)
	DiskTotal       int64   `json:"diskTotal"`       // its size (-1: unknown)
	Text            struct {
		Capacity, Used, Reserved, Free, DiskFree, UnderAgreements string
	} `json:"text"`
}

// TrafficView is the bytes the node moved since it started.
type TrafficView struct {
	Known    bool           `json:"known"`
	In       int64          `json:"in"`
	Out      int64          `json:"out"`
	InText   string         `json:"inText"`
	OutText  string         `json:"outText"`
	Streams  int            `json:"openStreams"`
	Protocol map[string]int `json:"streamsByProtocol"`
}

// GasView is the ether left for gas and how long it lasts.
type GasView struct {
	Ether         Amount  `json:"ether"`
	PerPeriod     Amount  `json:"perPeriod"`   // ether a period's heartbeat costs
	PeriodsLeft   float64 `json:"periodsLeft"` // -1: unknown (no cost known)
	DaysLeft      float64 `json:"daysLeft"`    // 0: unknown
	Basis         string  `json:"basis"`       // how PerPeriod was found
	HeartbeatGas  uint64  `json:"heartbeatGas"`
	MeasuredCount int     `json:"measured"` // heartbeats PerPeriod is the mean of
}

// NetworkView is the node's identity and addresses.
type NetworkView struct {
	PeerID          string   `json:"peerId"`
	AnnouncedPeerID string   `json:"announcedPeerId"`
	Listen          []string `json:"listen"`
	Announced       []string `json:"announced"`
	Reachability    string   `json:"reachability"` // public, private, unknown
}

// ReputationView is the farmer's record on chain.
type ReputationView struct {
	Proven            uint32 `json:"proven"`            // heartbeats on chain since the market's deployment
	Missed            uint32 `json:"missed"`            // periods reported missed (each slashed the stake)
	ConsecutiveMisses uint32 `json:"consecutiveMisses"` // reported misses after the last proven period
	DisqualifyAfter   uint8  `json:"disqualifyAfter"`
	Disqualified      bool   `json:"disqualified"`
}

// ThresholdsInView echoes the alert thresholds in force.
type ThresholdsInView struct {
	EtherPeriods  float64 `json:"etherPeriods"`
	StakeMisses   int64   `json:"stakeMisses"`
	LateWindow    float64 `json:"lateWindow"`
	DiskUsedShare float64 `json:"diskUsedShare"`
}

// Alert is a condition that costs the farmer money if left alone.
type Alert struct {
	ID     string `json:"id"`    // gas, stake, heartbeat, proofs, disk, unreachable, misses, disqualified
	Level  string `json:"level"` // warning or critical
	Title  string `json:"title"`
	Detail string `json:"detail"`
}

// Thresholds decide when an alert is raised. Zero fields take the defaults.
type Thresholds struct {
	// EtherPeriods: warn when the ether for gas lasts fewer periods (default 72: three days of hourly periods).
	EtherPeriods float64
	// StakeMisses: warn when this many more reported misses would take the free stake below the
	// market's minimum (default 3).
	StakeMisses int64
	// LateWindow: warn when this share of the heartbeat window (the period and its grace) has gone
	// with the heartbeat not yet on chain (default 0.5).
	LateWindow float64
	// DiskUsedShare: warn when stored and reserved bytes reach this share of the capacity (default 0.9).
	DiskUsedShare float64
	// HeartbeatGas is the gas a heartbeat is assumed to cost before one has been measured (default 150,000).
	HeartbeatGas uint64
}

func (t Thresholds) withDefaults() Thresholds {
	if t.EtherPeriods == 0 {
		t.EtherPeriods = 72
	}
	if t.StakeMisses == 0 {
		t.StakeMisses = 3
	}
	if t.LateWindow == 0 {
		t.LateWindow = 0.5
	}
	if t.DiskUsedShare == 0 {
		t.DiskUsedShare = 0.9
	}
	if t.HeartbeatGas == 0 {
		t.HeartbeatGas = 150_000
	}
	return t
}

// inputs is one round of reads; build turns it into a Snapshot without I/O.
type inputs struct {
	now        time.Time
	sched      market.AgreementSchedule
	head       Head
	acct       Account
	agreements []Agreement
	proofs     []Proof
	misses     []Miss
	record     Record
	gasPrice   *big.Int
	capacity   int64
	used       int64
	free       int64
	diskFree   int64 // -1: unknown
	diskTotal  int64
	traffic    Traffic
	network    Network
	local      []LocalResult
	from, to   uint32 // chart range (to inclusive)
	rangeLen   int
	errs       []string
}

// RangeOptions are the chart ranges offered, in periods before the current one.
var RangeOptions = []int{24, 48, 168, 720}

// live reports whether agreement a accrues pay in period p (if p is proven): it had data from a
// period at or before p, p is not after its last period, and it did not fail.
func live(a Agreement, p uint32) bool {
	return a.Status != chain.AgreementFailed && a.Size > 0 && a.LiveFrom != 0 && a.LiveFrom <= p && p <= a.EndPeriod
}

// obligedIn reports whether the farmer owes a heartbeat for period q.
func obligedIn(a Account, q uint32) bool {
	return a.ObligedFrom != 0 && a.ObligedFrom <= q && q <= a.ObligedUntil
}

// build computes the snapshot from one round of reads.
func build(in inputs, th Thresholds) Snapshot {
	th = th.withDefaults()
	s := Snapshot{Generated: in.now, Address: in.acct.Address.Hex(), Errors: in.errs, Local: in.local}
	cur := in.head.Period
	p := in.sched.AgreementParams
	if in.head.BlockTime > 10*time.Minute { // a stalled or restarted chain: no pace to estimate with
		in.head.BlockTime = 0
	}
	s.Head = HeadView{Block: in.head.Block, Period: cur, BlockSeconds: in.head.BlockTime.Seconds()}
	periodsPerDay := 0.0
	if p.PeriodSeconds > 0 {
		periodsPerDay = 86400 / float64(p.PeriodSeconds)
	}
	s.Thresholds = ThresholdsInView{EtherPeriods: th.EtherPeriods, StakeMisses: th.StakeMisses, LateWindow: th.LateWindow,
		DiskUsedShare: th.DiskUsedShare}

	// Stake: a reported miss takes ceil((free + unbonding) × slashBps / 10⁴), from the free stake first.
	a := in.acct
	free, unbonding := nz(a.Stake), nz(a.Unbonding)
	slash := slashOf(free, unbonding, p.SlashBps)
	minStake := nz(p.MinStake)
	misses := int64(-1)
	if free.Cmp(minStake) >= 0 {
		misses = missesToMinimum(free, unbonding, minStake, p.SlashBps)
	}
	s.Stake = StakeView{Free: amount(free), Locked: amount(a.Locked), Unbonding: amount(unbonding),
		Minimum: amount(minStake), SlashPerMiss: amount(slash), MissesToMinimum: misses}
	if unbonding.Sign() > 0 && !a.UnbondingReady.IsZero() {
		s.Stake.UnbondingReady = a.UnbondingReady.Unix()
	}
	s.Balance, s.Withdraw = amount(a.Tokens), amount(a.Withdrawable)
	s.Reputation = ReputationView{Proven: in.record.Proven, Missed: in.record.Missed, ConsecutiveMisses: in.record.ConsecutiveMisses,
		DisqualifyAfter: p.DisqualifyAfterMisses, Disqualified: a.Disqualified}

	// Earnings per period and the timeline.
	proven := map[uint32]Proof{}
	for _, pr := range in.proofs {
		proven[pr.Period] = pr
	}
	missed := map[uint32]bool{}
	for _, m := range in.misses {
		missed[m.Period] = true
	}
	rate := func(q uint32) (*big.Int, int) {
		sum, n := new(big.Int), 0
		for _, ag := range in.agreements {
			if live(ag, q) {
				sum.Add(sum, nz(ag.PricePerPeriod))
				n++
			}
		}
		return sum, n
	}
	e := EarningsView{From: in.from, To: in.to, Currency: "GRN", RangeOptions: RangeOptions, RangeLen: in.rangeLen,
		DayPeriods: periodsPerDay,
		Basis: "each proven period (HeartbeatProven) accrues the rate of every agreement live in it, at the size of its revision on chain; " +
			"the pay is vindicated when a due agreement's proof lands, paid out by claims and settlement, and forfeited if the agreement fails"}
	earned, maxBar := new(big.Int), new(big.Int)
	for q := in.from; q <= in.to; q++ {
		r, n := rate(q)
		v := PeriodView{Period: q, earned: new(big.Int), forecast: new(big.Int)}
		_, ok := proven[q]
		switch {
		case ok:
			v.State, v.earned = "proven", r
		case q > cur:
			v.State, v.forecast = "future", r
		case q == cur:
			v.State, v.forecast = "current", r
		case missed[q]:
			v.State = "missed"
		case n > 0 || obligedIn(a, q):
			v.State = "unproven"
		default:
			v.State = "idle"
		}
		switch v.State {
		case "proven":
			e.Proven++
		case "missed":
			e.Missed++
		case "unproven":
			e.Unproven++
		}
		if q <= cur {
			earned.Add(earned, v.earned)
		}
		for _, x := range []*big.Int{v.earned, v.forecast} {
			if x.Cmp(maxBar) > 0 {
				maxBar.Set(x)
			}
		}
		v.Earned, v.Forecast = amount(v.earned), amount(v.forecast)
		e.Periods = append(e.Periods, v)
	}
	e.ForecastLen = int(in.to - cur)
	e.Earned, e.Max = amount(earned), amount(maxBar)
	perPeriod, running := rate(cur)
	e.PerPeriod, e.Agreements = amount(perPeriod), running
	// Forecast: every open agreement from the current period (unless already proven) to its last
	// period; none of a disqualified farmer's (they fail).
	first := cur
	if _, ok := proven[cur]; ok {
		first = cur + 1
	}
	fc, until, unpaid := new(big.Int), cur, new(big.Int)
	for _, ag := range in.agreements {
		if ag.Status != chain.AgreementOpen {
			continue
		}
		unpaid.Add(unpaid, nz(ag.Unpaid))
		if a.Disqualified || ag.Size == 0 || ag.LiveFrom == 0 {
			continue
		}
		start := max(first, ag.LiveFrom)
		if ag.EndPeriod >= start {
			fc.Add(fc, new(big.Int).Mul(nz(ag.PricePerPeriod), big.NewInt(int64(ag.EndPeriod-start)+1)))
			until = max(until, ag.EndPeriod+1)
		}
	}
	e.Forecast, e.ForecastTo, e.Unpaid = amount(fc), until, amount(unpaid)
	s.Unpaid = e.Unpaid
	if periodsPerDay > 0 {
		e.ForecastDays = float64(until-cur) / periodsPerDay
		perDay, _ := new(big.Float).Mul(new(big.Float).SetInt(perPeriod), big.NewFloat(periodsPerDay)).Int(nil)
		e.PerDay = amount(perDay)
	}
	s.Earnings = e

	// Heartbeat window.
	s.Heartbeat = heartbeatWindow(in, proven, missed, func(q uint32) bool { _, n := rate(q); return n > 0 || obligedIn(a, q) })

	// Agreements table: running first, then by end.
	var underAgreements uint64
	for _, ag := range in.agreements {
		st := "running"
		switch {
		case ag.Status == chain.AgreementFailed:
			st = "failed"
		case ag.Status == chain.AgreementSettled:
			st = "settled"
		case cur > ag.EndPeriod:
			st = "ended"
		case ag.Size == 0 || ag.LiveFrom == 0 || cur < ag.LiveFrom:
			st = "starting"
		}
		if ag.Status == chain.AgreementOpen {
			underAgreements += ag.Size
		}
		s.Agreements = append(s.Agreements, AgreementView{ID: ag.ID, Renter: ag.Renter.Hex(), Size: ag.Size, SizeText: FormatBytes(int64(ag.Size)),
			Revision: ag.Revision, PricePerGiB: amount(ag.PricePerGiB), Rate: amount(ag.PricePerPeriod), Escrow: amount(ag.Escrow),
			Paid: amount(ag.Paid), Unpaid: amount(ag.Unpaid), LiveFrom: ag.LiveFrom, End: ag.EndPeriod, State: st})
	}
	order := map[string]int{"running": 0, "starting": 1, "ended": 2, "failed": 3, "settled": 4}
	sort.SliceStable(s.Agreements, func(i, j int) bool {
		x, y := s.Agreements[i], s.Agreements[j]
		if order[x.State] != order[y.State] {
			return order[x.State] < order[y.State]
		}
		if x.End != y.End {
			return x.End > y.End
		}
		return x.ID < y.ID
	})

	// Capacity.
	c := CapacityView{Capacity: in.capacity, Used: in.used, Free: in.free, Reserved: max(0, in.capacity-in.used-in.free),
		Announced: a.AnnouncedCapacity, UnderAgreements: underAgreements, DiskFree: in.diskFree, DiskTotal: in.diskTotal}
	if c.Capacity > 0 {
		c.UsedShare = float64(c.Used+c.Reserved) / float64(c.Capacity)
	}
	c.Text.Capacity, c.Text.Used, c.Text.Reserved, c.Text.Free = FormatBytes(c.Capacity), FormatBytes(c.Used), FormatBytes(c.Reserved), FormatBytes(c.Free)
	c.Text.UnderAgreements = FormatBytes(int64(c.UnderAgreements))
	if c.DiskFree >= 0 {
		c.Text.DiskFree = FormatBytes(c.DiskFree)
	}
	s.Capacity = c

	// Traffic and network.
	if in.traffic != nil {
		i, o := in.traffic.Totals()
		s.Traffic = TrafficView{Known: true, In: i, Out: o, InText: FormatBytes(i), OutText: FormatBytes(o)}
	}
	s.Network = NetworkView{AnnouncedPeerID: a.PeerID, Announced: a.Addrs, Reachability: "unknown"}
	if in.network != nil {
		s.Network.PeerID, s.Network.Listen, s.Network.Reachability = in.network.PeerID(), in.network.ListenAddrs(), in.network.Reachability()
		s.Traffic.Protocol = in.network.Streams()
		for _, n := range s.Traffic.Protocol {
			s.Traffic.Streams += n
		}
	}

	// Gas.
	s.Gas = gasView(in, th, periodsPerDay)

	s.Alerts = alerts(s, in, th)
	return s
}

func nz(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// slashOf is what one reported miss takes: ceil((free + unbonding) × bps / 10⁴), at most all of it.
func slashOf(free, unbonding *big.Int, bps uint16) *big.Int {
	t := new(big.Int).Add(free, unbonding)
	s := new(big.Int).Mul(t, big.NewInt(int64(bps)))
	s.Add(s, big.NewInt(9_999)).Div(s, big.NewInt(10_000))
	if s.Cmp(t) > 0 {
		s.Set(t)
	}
	return s
}

// missesToMinimum counts the reported misses after which the free stake is below min, each taking
// slashOf(free, unbonding) from the free stake first, then from the unbonding stake (capped at
// 1000: effectively never).
func missesToMinimum(free, unbonding, min *big.Int, bps uint16) int64 {
	f, u := new(big.Int).Set(free), new(big.Int).Set(unbonding)
	for n := int64(0); n < 1000; n++ {
		if f.Cmp(min) < 0 {
			return n
		}
		s := slashOf(f, u, bps)
		if s.Sign() == 0 {
			return 1000
		}
		if f.Cmp(s) >= 0 {
			f.Sub(f, s)
		} else {
			u.Sub(u, new(big.Int).Sub(s, f))
			f.SetInt64(0)
		}
	}
	return 1000
}

// heartbeatWindow finds the window that matters at the head's timestamp: the previous period's
// while it is owed, unsent, unreported and in its grace; else the current period's until it is
// proven; else the next one's.
func heartbeatWindow(in inputs, proven map[uint32]Proof, missed map[uint32]bool, obliged func(uint32) bool) HeartbeatView {
	sched, cur := in.sched, in.head.Period
	now := in.head.Time.Unix()
	q := cur
	_, prevDone := proven[cur-1]
	if cur > 0 && !prevDone && !missed[cur-1] && obliged(cur-1) && now < int64(sched.HeartbeatDeadline(cur-1)) {
		q = cur - 1
	} else if _, done := proven[cur]; done {
		q = cur + 1
	}
	opens, closes := int64(sched.PeriodStart(q)), int64(sched.HeartbeatDeadline(q))
	h := HeartbeatView{Period: q, Opens: opens, Closes: closes, Late: q < cur}
	switch {
	case in.acct.Disqualified:
		h.State = "disqualified"
	case !obliged(q):
		h.State = "not obliged"
	case now < opens:
		h.State = "waiting"
	default:
		h.State = "open"
	}
	if now < opens {
		h.SecondsToOpen = float64(opens - now)
	}
	if now < closes {
		h.SecondsToClose = float64(closes - now)
	}
	if now >= opens && now < closes {
		h.Elapsed = float64(now-opens) / float64(closes-opens)
	}
	for i := len(in.local) - 1; i >= 0; i-- {
		if r := in.local[i]; r.Period == q && r.Err != "" {
			h.LastError = r.Err
			break
		}
	}
	return h
}

func gasView(in inputs, th Thresholds, periodsPerDay float64) GasView {
	g := GasView{Ether: amount(in.acct.Ether), PeriodsLeft: -1}
	// Mean cost of the last (up to 16) measured heartbeats.
	sum, n, gas := new(big.Int), 0, uint64(0)
	for i := len(in.proofs) - 1; i >= 0 && n < 16; i-- {
		if pr := in.proofs[i]; pr.Cost != nil && pr.Cost.Sign() > 0 {
			sum.Add(sum, pr.Cost)
			gas += pr.GasUsed
			n++
		}
	}
	per := new(big.Int)
	switch {
	case n > 0:
		per.Div(sum, big.NewInt(int64(n)))
		g.HeartbeatGas, g.MeasuredCount = gas/uint64(n), n
		g.Basis = fmt.Sprintf("mean cost of the last %d heartbeats on chain", n)
	case in.gasPrice != nil && in.gasPrice.Sign() > 0:
		per.Mul(in.gasPrice, new(big.Int).SetUint64(th.HeartbeatGas))
		g.HeartbeatGas = th.HeartbeatGas
		g.Basis = fmt.Sprintf("estimate: %d gas at the current gas price (no heartbeat measured yet)", th.HeartbeatGas)
	default:
		g.Basis = "unknown: no heartbeat measured and no gas price"
	}
	g.PerPeriod = amount(per)
	if per.Sign() > 0 {
		q, _ := new(big.Float).Quo(new(big.Float).SetInt(nz(in.acct.Ether)), new(big.Float).SetInt(per)).Float64()
		g.PeriodsLeft = math.Floor(q)
		if periodsPerDay > 0 {
			g.DaysLeft = g.PeriodsLeft / periodsPerDay
		}
	}
	return g
}

// alerts lists what needs the farmer's attention, worst first.
func alerts(s Snapshot, in inputs, th Thresholds) []Alert {
	var out []Alert
	add := func(id, level, title, detail string) {
		out = append(out, Alert{ID: id, Level: level, Title: title, Detail: detail})
	}
	if s.Reputation.Disqualified {
		add("disqualified", "critical", "Disqualified", fmt.Sprintf("The market disqualified this farmer from period %d: its agreements live then fail at settlement (their unvindicated pay and collateral go to the renters); only its stake can be withdrawn (granary farmer exit).", in.acct.DqPeriod))
	} else if s.Reputation.ConsecutiveMisses > 0 {
		add("misses", "critical", fmt.Sprintf("%d missed periods in a row", s.Reputation.ConsecutiveMisses),
			fmt.Sprintf("Each reported miss slashes the stake; %d unproven periods in a row, or stake below the minimum, disqualify the farmer.", s.Reputation.DisqualifyAfter))
	}
	if g := s.Gas; g.PeriodsLeft >= 0 && g.PeriodsLeft < th.EtherPeriods {
		level := "warning"
		if g.PeriodsLeft < 2 {
			level = "critical"
		}
		add("gas", level, "Ether for gas running out",
			fmt.Sprintf("%s ETH pays about %.0f more heartbeats (%s ETH each); below %.0f periods. Send ether to %s before heartbeats fail and stake is slashed.",
				g.Ether.Text, g.PeriodsLeft, g.PerPeriod.Text, th.EtherPeriods, s.Address))
	}
	if st := s.Stake; !s.Reputation.Disqualified {
		if st.MissesToMinimum < 0 {
			add("stake", "critical", "Free stake below the minimum",
				fmt.Sprintf("Free stake %s GRN is below the market's minimum of %s GRN: stake more (granary farmer stake).", st.Free.Text, st.Minimum.Text))
		} else if st.MissesToMinimum < th.StakeMisses {
			add("stake", "warning", "Free stake near the minimum",
				fmt.Sprintf("%d more reported misses (%s GRN each) take the free stake of %s GRN below the minimum of %s GRN.",
					st.MissesToMinimum, st.SlashPerMiss.Text, st.Free.Text, st.Minimum.Text))
		}
	}
	if h := s.Heartbeat; h.State == "open" && h.Elapsed >= th.LateWindow {
		detail := fmt.Sprintf("Period %d's heartbeat is not on chain and %.0f%% of its window is gone (%s left).",
			h.Period, 100*h.Elapsed, humanDuration(h.SecondsToClose))
		if h.LastError != "" {
			detail += " Last attempt: " + h.LastError
		}
		level := "warning"
		if h.Late { // the previous period's, in its grace: the last chance before it can be reported
			level = "critical"
		}
		add("heartbeat", level, "Heartbeat not sent yet", detail)
	}
	for i := len(in.local) - 1; i >= 0; i-- {
		if r := in.local[i]; r.Lost > 0 {
			add("proofs", "critical", fmt.Sprintf("Proofs lost in period %d", r.Period),
				fmt.Sprintf("The heartbeat loop could not build %d due agreements' proofs (%s): anyone can report them unproven, which fails them and forfeits their pay and collateral. Check the shard store.", r.Lost, r.Err))
			break
		}
	}
	switch c := s.Capacity; {
	case c.Capacity > 0 && c.UsedShare >= th.DiskUsedShare:
		add("disk", "warning", "Disk nearly full",
			fmt.Sprintf("%s of %s used or reserved (%.0f%%); %s free. Raise --capacity on a larger disk or stop taking agreements.",
				FormatBytes(c.Used+c.Reserved), c.Text.Capacity, 100*c.UsedShare, c.Text.Free))
	case c.DiskFree >= 0 && c.DiskFree < c.Free:
		add("disk", "warning", "Disk fuller than the store's capacity says",
			fmt.Sprintf("The store offers %s more, but its disk has %s free: shards accepted now may not fit. Free disk space or lower --capacity.",
				c.Text.Free, c.Text.DiskFree))
	}
	n := s.Network
	switch {
	case n.PeerID != "" && n.AnnouncedPeerID != "" && n.PeerID != n.AnnouncedPeerID:
		add("unreachable", "critical", "Announced identity is not this node's",
			fmt.Sprintf("The chain announces peer %s but this node is %s: renters and auditors cannot reach it. Restart `farmer run` to announce again.", n.AnnouncedPeerID, n.PeerID))
	case len(n.Announced) == 0:
		add("unreachable", "critical", "No address announced", "Renters and auditors find no address on chain: run `granary farmer run` (it announces) or `granary farmer announce`.")
	case n.Reachability == "private":
		add("unreachable", "critical", "Node unreachable from outside",
			"AutoNAT finds this node unreachable from the internet: forward the port on the router, or run with --nat, or --announce a public address.")
	}
	rank := map[string]int{"critical": 0, "warning": 1}
	sort.SliceStable(out, func(i, j int) bool { return rank[out[i].Level] < rank[out[j].Level] })
	return out
}

// FormatBytes writes a byte count in binary units: 1536 → "1.5 KiB".
func FormatBytes(n int64) string {
	const unit = 1024
	if n < unit && n > -unit {
		return fmt.Sprintf("%d B", n)
	}
	f, i := float64(n), 0
	for math.Abs(f) >= unit && i < 6 {
		f /= unit
		i++
	}
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", f), "0"), ".") + " " + []string{"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}[i]
}
