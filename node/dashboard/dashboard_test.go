package dashboard

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/heartbeat"
	"github.com/granary-network/granary/node/storage"
	"github.com/granary-network/granary/proofs"
)

func TestCheckListen(t *testing.T) {
	for _, c := range []struct {
		addr   string
		public bool
		pw     string
		ok     bool
	}{
		{"127.0.0.1:8080", false, "", true},
		{"localhost:8080", false, "", true},
		{"[::1]:0", false, "", true},
		{"127.0.0.1:8080", true, "pw", true},
		{"127.0.0.1:8080", true, "", false}, // public asked for without a password
		{"0.0.0.0:8080", false, "", false},
		{":8080", false, "", false}, // all interfaces
		{"192.168.1.5:8080", false, "pw", false},
		{"0.0.0.0:8080", true, "", false},
		{"0.0.0.0:8080", true, "pw", true},
		{"[::]:8080", true, "pw", true},
		{"127.0.0.1", false, "", false},
		{"127.0.0.1:http", false, "", false},
		{"127.0.0.1:70000", false, "", false},
	} {
		err := CheckListen(c.addr, c.public, c.pw)
		if (err == nil) != c.ok {
			t.Errorf("CheckListen(%q, public=%v, pw=%q) = %v, want ok=%v", c.addr, c.public, c.pw, err, c.ok)
		}
		if err != nil && strings.Contains(c.addr, ":8080") && !errors.Is(err, ErrPublicListen) {
			t.Errorf("CheckListen(%q): %v is not ErrPublicListen", c.addr, err)
		}
	}
}

// fakeChain is a chain view whose state the test sets.
type fakeChain struct {
	sched  market.AgreementSchedule
	head   Head
	acct   Account
	ags    []Agreement
	proofs []Proof
	misses []Miss
	record Record
	gas    *big.Int
	err    error
}

func (f *fakeChain) Schedule() market.AgreementSchedule { return f.sched }
func (f *fakeChain) Head(context.Context) (Head, error) {
	if f.err != nil {
		return Head{}, f.err
	}
	return f.head, nil
}
func (f *fakeChain) Account(context.Context) (Account, error)                { return f.acct, nil }
func (f *fakeChain) Agreements(context.Context, uint32) ([]Agreement, error) { return f.ags, nil }
func (f *fakeChain) Proofs(_ context.Context, from, to uint32) ([]Proof, []Miss, Record, error) {
	return f.proofs, f.misses, f.record, nil
}
func (f *fakeChain) GasPrice(context.Context) (*big.Int, error) { return f.gas, nil }

type fakeStore struct{ cap, used, free int64 }

func (s fakeStore) Capacity() int64 { return s.cap }
func (s fakeStore) Used() int64     { return s.used }
func (s fakeStore) Free() int64     { return s.free }

// A farmer 3 s into period 10 of one-minute periods (20 s grace): two live agreements, one failed,
// one without data yet; periods 5–9 proven but 7 (reported) and 8 (not reported).
func sample() *fakeChain {
	sched := market.AgreementSchedule{Genesis: 1_000_000, AgreementParams: market.DevnetAgreementParams()}
	ag := func(id uint64, renter string, size uint64, rate, unpaid int64, from, end uint32, status uint8) Agreement {
		return Agreement{ID: id, Renter: common.HexToAddress(renter), Size: size, PricePerGiB: big.NewInt(rate * 7), PricePerPeriod: big.NewInt(rate),
			Escrow: big.NewInt(rate * 20), Paid: big.NewInt(rate * 2), Unpaid: big.NewInt(unpaid), Collateral: big.NewInt(5),
			LiveFrom: from, EndPeriod: end, Revision: id + 1, Status: status}
	}
	return &fakeChain{
		sched: sched,
		head:  Head{Block: 500, Time: time.Unix(int64(sched.PeriodStart(10))+3, 0), Period: 10, BlockTime: 2 * time.Second},
		acct: Account{Address: common.HexToAddress("0x1111111111111111111111111111111111111111"), Stake: market.Tokens(1000),
			Locked: market.Tokens(10), Unbonding: new(big.Int), Tokens: market.Tokens(5), Withdrawable: market.Tokens(2),
			Ether: big.NewInt(1e18), PeerID: "12D3KooWpeer", Addrs: []string{"/ip4/203.0.113.7/tcp/7070"}, ObligedFrom: 5, ObligedUntil: 14},
		ags: []Agreement{
			ag(1, "0xaa", 1<<20, 100, 250, 5, 14, chain.AgreementOpen),
			ag(2, "0xbb", 2<<20, 30, 60, 7, 11, chain.AgreementOpen),
			ag(3, "0xcc", 3<<20, 1000, 0, 5, 20, chain.AgreementFailed),
			ag(4, "0xdd", 0, 0, 0, 0, 40, chain.AgreementOpen),
		},
		proofs: []Proof{{Period: 5}, {Period: 6}, {Period: 9}},
		misses: []Miss{{Period: 7}},
		record: Record{Proven: 3, Missed: 1},
		gas:    big.NewInt(1e9),
	}
}

func sampleInputs(f *fakeChain) inputs {
	return inputs{now: time.Unix(1e9, 0), sched: f.sched, head: f.head, acct: f.acct, agreements: f.ags, proofs: f.proofs, misses: f.misses,
		record: f.record, gasPrice: f.gas, capacity: 100, used: 50, free: 40, from: 4, to: 13, rangeLen: 6, diskFree: -1, diskTotal: -1}
}

func TestBuild(t *testing.T) {
	f := sample()
	in := sampleInputs(f)
	s := build(in, Thresholds{})
	want := map[uint32]struct {
		state            string
		earned, forecast int64
	}{
		4: {"idle", 0, 0}, 5: {"proven", 100, 0}, 6: {"proven", 100, 0}, 7: {"missed", 0, 0}, 8: {"unproven", 0, 0},
		9: {"proven", 130, 0}, 10: {"current", 0, 130}, 11: {"future", 0, 130}, 12: {"future", 0, 100}, 13: {"future", 0, 100},
	}
	if len(s.Earnings.Periods) != len(want) {
		t.Fatalf("%d periods, want %d", len(s.Earnings.Periods), len(want))
	}
	for _, p := range s.Earnings.Periods {
		w := want[p.Period]
		if p.State != w.state || p.Earned.Wei != big.NewInt(w.earned).String() || p.Forecast.Wei != big.NewInt(w.forecast).String() {
			t.Errorf("period %d: %s earned %s forecast %s, want %+v", p.Period, p.State, p.Earned.Wei, p.Forecast.Wei, w)
		}
	}
	e := s.Earnings
	// Earned: 100 + 100 + 130; forecast: agreement 1 periods 10–14 (5 × 100), agreement 2 10–11 (2 × 30);
	// the failed agreement 3 counts nowhere, agreement 4 has no data.
	if e.Earned.Wei != "330" || e.PerPeriod.Wei != "130" || e.Forecast.Wei != "560" || e.ForecastTo != 15 ||
		e.Proven != 3 || e.Missed != 1 || e.Unproven != 1 || e.Agreements != 2 {
		t.Errorf("earnings %+v", e)
	}
	// Earned but not yet paid: 250 + 60 on the open agreements, on the page's top level too.
	if e.Unpaid.Wei != "310" || s.Unpaid.Wei != "310" || s.Withdraw.Wei != market.Tokens(2).String() {
		t.Errorf("unpaid %s / %s, withdrawable %s", e.Unpaid.Wei, s.Unpaid.Wei, s.Withdraw.Wei)
	}
	// One-minute periods: 1440 a day.
	if e.DayPeriods != 1440 || e.PerDay.Wei != "187200" || e.ForecastDays != 5.0/1440 {
		t.Errorf("per day: %v periods, %s, forecast %v days", e.DayPeriods, e.PerDay.Wei, e.ForecastDays)
	}
	// Period 9 is proven: period 10's window is open from its start to period 11's start + 20 s grace.
	h := s.Heartbeat
	if h.Period != 10 || h.State != "open" || h.Late || h.Opens != int64(f.sched.PeriodStart(10)) || h.Closes != int64(f.sched.PeriodStart(11))+20 ||
		h.SecondsToClose != 77 || h.SecondsToOpen != 0 || h.Elapsed != 3.0/80 {
		t.Errorf("heartbeat %+v", h)
	}
	if c := s.Capacity; c.Reserved != 10 || c.UsedShare != 0.6 || c.UnderAgreements != 3<<20 {
		t.Errorf("capacity %+v", c)
	}
	// Gas: no heartbeat measured: 150,000 gas at 1 gwei = 1.5e14 wei a period; 1 ETH lasts 6666.
	if g := s.Gas; g.PerPeriod.Wei != "150000000000000" || g.PeriodsLeft != 6666 || g.DaysLeft != 6666.0/1440 {
		t.Errorf("gas %+v", g)
	}
	if len(s.Alerts) != 0 {
		t.Errorf("alerts %+v", s.Alerts)
	}
	// Agreements table: running (latest end first), starting, failed; every money column.
	type row struct {
		id                                uint64
		state                             string
		rev                               uint64
		rate, escrow, paid, unpaid, price string
		end                               uint32
	}
	var got []row
	for _, a := range s.Agreements {
		got = append(got, row{a.ID, a.State, a.Revision, a.Rate.Wei, a.Escrow.Wei, a.Paid.Wei, a.Unpaid.Wei, a.PricePerGiB.Wei, a.End})
	}
	wantRows := []row{
		{1, "running", 2, "100", "2000", "200", "250", "700", 14},
		{2, "running", 3, "30", "600", "60", "60", "210", 11},
		{4, "starting", 5, "0", "0", "0", "0", "0", 40},
		{3, "failed", 4, "1000", "20000", "2000", "0", "7000", 20},
	}
	if fmt.Sprint(got) != fmt.Sprint(wantRows) {
		t.Errorf("agreements\n got %v\nwant %v", got, wantRows)
	}

	// Past its last period an open agreement is "ended" (awaiting settlement); settled ones "settled".
	in2 := in
	in2.agreements = []Agreement{f.ags[1], {ID: 9, Size: 1, PricePerPeriod: big.NewInt(1), LiveFrom: 2, EndPeriod: 3, Status: chain.AgreementSettled}}
	in2.head.Period, in2.head.Time = 12, time.Unix(int64(f.sched.PeriodStart(12)), 0)
	if ag := build(in2, Thresholds{}).Agreements; ag[0].State != "ended" || ag[1].State != "settled" {
		t.Errorf("ended/settled: %+v", ag)
	}

	// Measured heartbeats replace the estimate.
	in.proofs = []Proof{{Period: 5, GasUsed: 100_000, Cost: big.NewInt(2e14)}, {Period: 6, GasUsed: 120_000, Cost: big.NewInt(4e14)}}
	if g := build(in, Thresholds{}).Gas; g.PerPeriod.Wei != "300000000000000" || g.PeriodsLeft != 3333 || g.HeartbeatGas != 110_000 || g.MeasuredCount != 2 {
		t.Errorf("measured gas %+v", g)
	}
}

// The heartbeat window the card shows: the previous period's while it is owed and in its grace, the
// next period's once the current one is proven, "not obliged" without agreements or obligations.
func TestHeartbeatWindow(t *testing.T) {
	f := sample()
	at := func(p uint32, sec int64) Head {
		return Head{Period: p, Time: time.Unix(int64(f.sched.PeriodStart(p))+sec, 0)}
	}
	cases := []struct {
		name   string
		head   Head
		proofs []uint32
		misses []uint32
		obl    [2]uint32
		period uint32
		state  string
		late   bool
	}{
		{"previous unproven, in its grace", at(10, 5), []uint32{5, 6}, nil, [2]uint32{5, 14}, 9, "open", true},
		{"previous unproven, grace over", at(10, 20), []uint32{5, 6}, nil, [2]uint32{5, 14}, 10, "open", false},
		{"previous reported", at(10, 5), []uint32{5, 6}, []uint32{9}, [2]uint32{5, 14}, 10, "open", false},
		{"current proven", at(10, 5), []uint32{9, 10}, nil, [2]uint32{5, 14}, 11, "waiting", false},
		{"never obliged", at(10, 5), nil, nil, [2]uint32{0, 0}, 10, "open", false},
	}
	for _, c := range cases {
		in := sampleInputs(f)
		in.head, in.proofs, in.misses = c.head, nil, nil
		for _, p := range c.proofs {
			in.proofs = append(in.proofs, Proof{Period: p})
		}
		for _, p := range c.misses {
			in.misses = append(in.misses, Miss{Period: p})
		}
		in.acct.ObligedFrom, in.acct.ObligedUntil = c.obl[0], c.obl[1]
		if c.name == "never obliged" {
			in.agreements = nil
			c.state = "not obliged"
		}
		h := build(in, Thresholds{}).Heartbeat
		if h.Period != c.period || h.State != c.state || h.Late != c.late {
			t.Errorf("%s: %+v, want period %d %s late=%v", c.name, h, c.period, c.state, c.late)
		}
		if c.state == "waiting" && (h.SecondsToOpen != 55 || h.Elapsed != 0) {
			t.Errorf("%s: %+v", c.name, h)
		}
	}
}

func ids(as []Alert) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

// Each alert at its threshold, and not below it.
func TestAlerts(t *testing.T) {
	f := sample()
	base := func() inputs {
		in := sampleInputs(f)
		in.free, in.to = 50, 12
		in.network = fakeNet{reach: "unknown", id: "12D3KooWpeer"}
		in.diskFree, in.diskTotal = 50, 1000
		return in
	}
	if got := ids(build(base(), Thresholds{}).Alerts); len(got) != 0 {
		t.Fatalf("baseline alerts %v", got)
	}
	at := func(sec int64) Head {
		return Head{Block: 500, Period: 10, Time: time.Unix(int64(f.sched.PeriodStart(10))+sec, 0)}
	}
	cases := []struct {
		name  string
		alert string
		level string
		edit  func(*inputs)
	}{
		{"gas", "gas", "warning", func(in *inputs) { in.acct.Ether = new(big.Int).Mul(big.NewInt(71), big.NewInt(150_000e9)) }},
		{"gas for one more", "gas", "critical", func(in *inputs) { in.acct.Ether = big.NewInt(150_000e9) }},
		// 110 free: 5.5 a miss, 2 misses to below 100.
		{"stake near minimum", "stake", "warning", func(in *inputs) { in.acct.Stake = market.Tokens(110) }},
		{"stake below minimum", "stake", "critical", func(in *inputs) { in.acct.Stake = market.Tokens(99) }},
		// Half of period 10's 80 s window gone (40 s) without its heartbeat.
		{"late heartbeat", "heartbeat", "warning", func(in *inputs) { in.head = at(40) }},
		// Period 9 unproven, 5 s into period 10: 65 of its 80 s gone, 15 s left.
		{"heartbeat in its grace", "heartbeat", "critical", func(in *inputs) { in.head, in.proofs = at(5), in.proofs[:2] }},
		{"disk", "disk", "warning", func(in *inputs) { in.free = 10 }},
		{"private", "unreachable", "critical", func(in *inputs) { in.network = fakeNet{reach: "private", id: "12D3KooWpeer"} }},
		{"other identity", "unreachable", "critical", func(in *inputs) { in.network = fakeNet{reach: "public", id: "12D3KooWother"} }},
		{"nothing announced", "unreachable", "critical", func(in *inputs) { in.acct.Addrs = nil }},
		{"misses", "misses", "critical", func(in *inputs) { in.record.ConsecutiveMisses = 1 }},
		{"disqualified", "disqualified", "critical", func(in *inputs) { in.acct.Disqualified, in.acct.DqPeriod = true, 8 }},
		{"disk under the store", "disk", "warning", func(in *inputs) { in.diskFree, in.diskTotal = 49, 1000 }},
		{"proofs lost", "proofs", "critical", func(in *inputs) {
			in.local = []LocalResult{{Period: 9, Outcome: "proven", Proofs: 1, Lost: 1, Err: "proofs of agreements [2] could not be built"}}
		}},
	}
	for _, c := range cases {
		in := base()
		c.edit(&in)
		as := build(in, Thresholds{}).Alerts
		if got := ids(as); len(got) != 1 || got[0] != c.alert || as[0].Level != c.level {
			t.Errorf("%s: alerts %+v, want [%s] %s", c.name, as, c.alert, c.level)
		}
	}
	// Just short of each threshold: no alert.
	near := []func(*inputs){
		func(in *inputs) { in.acct.Ether = new(big.Int).Mul(big.NewInt(72), big.NewInt(150_000e9)) },
		func(in *inputs) { in.head = at(39) },
		func(in *inputs) { in.free = 11 },
		func(in *inputs) { in.diskFree = -1 },                                                          // unknown
		func(in *inputs) { in.acct.Stake = market.Tokens(115) },                                        // 5.75 a miss: 3 misses to the minimum
		func(in *inputs) { in.head, in.proofs, in.misses = at(5), in.proofs[:2], []Miss{{Period: 9}} }, // reported already
		func(in *inputs) { in.local = []LocalResult{{Period: 9, Outcome: "proven", Proofs: 2}} },
	}
	for i, edit := range near {
		in := base()
		edit(&in)
		if got := ids(build(in, Thresholds{}).Alerts); len(got) != 0 {
			t.Errorf("near threshold %d: alerts %v", i, got)
		}
	}
	// A proven current period raises no late alert.
	in := base()
	in.head = at(70)
	in.proofs = append(in.proofs, Proof{Period: 10})
	if got := ids(build(in, Thresholds{}).Alerts); len(got) != 0 {
		t.Errorf("proven period: alerts %v", got)
	}
}

type fakeNet struct{ reach, id string }

func (n fakeNet) PeerID() string          { return n.id }
func (n fakeNet) ListenAddrs() []string   { return []string{"/ip4/127.0.0.1/tcp/7070"} }
func (n fakeNet) Reachability() string    { return n.reach }
func (n fakeNet) Streams() map[string]int { return map[string]int{"/granary/audit/1": 2} }

func TestMissesToMinimum(t *testing.T) {
	// 5% of (free + unbonding) a miss: 150 free, minimum 100: 150 → 142.5 → … → 99.5 after 8.
	if n := missesToMinimum(market.Tokens(150), new(big.Int), market.Tokens(100), 500); n != 8 {
		t.Errorf("%d misses", n)
	}
	if n := missesToMinimum(market.Tokens(100), new(big.Int), market.Tokens(100), 500); n != 1 {
		t.Errorf("at the minimum: %d misses", n)
	}
	if n := missesToMinimum(market.Tokens(100), new(big.Int), market.Tokens(100), 0); n != 1000 {
		t.Errorf("no slashing: %d misses", n)
	}
	// Unbonding stake makes each slash larger: 110 free + 100 unbonding, 10.5 a miss.
	if n := missesToMinimum(market.Tokens(110), market.Tokens(100), market.Tokens(100), 500); n != 1 {
		t.Errorf("with unbonding stake: %d misses", n)
	}
	// The slash rounds up, as the contract's does: 1% of 150 wei is 1.5, 2 taken.
	if s := slashOf(big.NewInt(150), new(big.Int), 100); s.Int64() != 2 {
		t.Errorf("slash of 150 wei at 1%%: %s", s)
	}
	// A slash larger than the free stake takes the rest from the unbonding stake.
	if n := missesToMinimum(big.NewInt(100), big.NewInt(1_000_000), big.NewInt(50), 500); n != 1 {
		t.Errorf("free stake slashed to zero: %d misses", n)
	}
}

func get(t testing.TB, h http.Handler, url string, mod func(*http.Request)) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest("GET", url, nil)
	if mod != nil {
		mod(r)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestHandler(t *testing.T) {
	var logs bytes.Buffer
	f := sample()
	s, err := New(f, fakeStore{100, 50, 50}, WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	for _, url := range []string{"http://127.0.0.1:8080/", "http://localhost/api/status", "http://[::1]:9/metrics", "http://127.0.0.1/static/style.css"} {
		if w := get(t, h, url, nil); w.Code != 200 {
			t.Errorf("%s: %d %s", url, w.Code, w.Body)
		}
	}
	// Compressed for clients that ask.
	zw := get(t, h, "http://127.0.0.1/api/status", func(r *http.Request) { r.Header.Set("Accept-Encoding", "gzip") })
	zr, err := gzip.NewReader(zw.Body)
	if err != nil || zw.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("gzip: %v %v", err, zw.Header())
	}
	if body, err := io.ReadAll(zr); err != nil || !bytes.Contains(body, []byte(`"address"`)) {
		t.Errorf("gzipped status: %v %.80q", err, body)
	}
	// A page that rebinds its name to 127.0.0.1 is refused.
	if w := get(t, h, "http://evil.example:8080/api/status", nil); w.Code != http.StatusMisdirectedRequest {
		t.Errorf("foreign Host: %d", w.Code)
	}
	if w := get(t, h, "http://127.0.0.1/api/status?periods=abc", nil); w.Code != http.StatusBadRequest {
		t.Errorf("bad range: %d", w.Code)
	}
	if w := get(t, h, "http://127.0.0.1/nothing", nil); w.Code != http.StatusNotFound {
		t.Errorf("unknown path: %d", w.Code)
	}
	if w := get(t, h, "http://127.0.0.1/", nil); !strings.Contains(w.Header().Get("Content-Security-Policy"), "default-src 'self'") {
		t.Errorf("no CSP: %v", w.Header())
	}
	// A chain that cannot be read: a clear error, not an empty page, and not the endpoint's key.
	f.err = errors.New(`Post "https://user:pw@rpc.example.org/v3/SECRETKEY?x=1": connection refused`)
	s2, _ := New(f, fakeStore{100, 50, 50})
	for _, path := range []string{"/", "/api/status"} {
		w := get(t, s2.Handler(), "http://127.0.0.1"+path, nil)
		if body := w.Body.String(); w.Code != http.StatusBadGateway || !strings.Contains(body, "connection refused") ||
			!strings.Contains(body, "https://rpc.example.org/") || strings.Contains(body, "SECRETKEY") || strings.Contains(body, "pw@") {
			t.Errorf("unreadable chain, %s: %d %s", path, w.Code, body)
		}
	}
	f.err = nil

	// Alerts are logged when raised, once, and when cleared.
	ctx := context.Background()
	f.acct.Stake = market.Tokens(99)
	s.Refresh(ctx)
	s.Refresh(ctx)
	f.acct.Stake = market.Tokens(1000)
	s.Refresh(ctx)
	if n := strings.Count(logs.String(), "dashboard alert: Free stake below the minimum"); n != 1 {
		t.Errorf("alert logged %d times:\n%s", n, logs.String())
	}
	if !strings.Contains(logs.String(), "dashboard alert cleared") {
		t.Errorf("clearing not logged:\n%s", logs.String())
	}
	if v := testutil.ToFloat64(s.Metrics().alerts.WithLabelValues("stake")); v != 0 {
		t.Errorf("stake alert metric %v after clearing", v)
	}
}

func TestBasicAuth(t *testing.T) {
	s, err := New(sample(), fakeStore{100, 50, 50}, WithPassword("correct horse"))
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	for _, c := range []struct {
		name string
		mod  func(*http.Request)
		code int
	}{
		{"none", nil, 401},
		{"wrong", func(r *http.Request) { r.SetBasicAuth("farmer", "correct hors") }, 401},
		{"longer", func(r *http.Request) { r.SetBasicAuth("farmer", "correct horse!") }, 401},
		{"right", func(r *http.Request) { r.SetBasicAuth("farmer", "correct horse") }, 200},
	} {
		for _, path := range []string{"/", "/api/status", "/metrics", "/static/app.js"} {
			w := get(t, h, "http://203.0.113.7:8080"+path, c.mod)
			if w.Code != c.code {
				t.Errorf("%s password, %s: %d, want %d", c.name, path, w.Code, c.code)
			}
			if c.code == 401 && (w.Header().Get("WWW-Authenticate") == "" || strings.Contains(w.Body.String(), "granary_")) {
				t.Errorf("%s password, %s: challenge %q, body %q", c.name, path, w.Header().Get("WWW-Authenticate"), w.Body)
			}
		}
	}
}

// The store's operations and the heartbeat loop's proof reads are counted in the node's own registry.
func TestInternalsMetrics(t *testing.T) {
	m := NewMetrics()
	st, err := storage.Open(t.TempDir(), 1<<20, storage.WithObserver(m.ObserveStoreOp))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	data := bytes.Repeat([]byte{7}, 64*proofs.LeafSize)
	root, err := proofs.ShardRoot(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Put(root, bytes.NewReader(data), int64(len(data)), nil); err != nil {
		t.Fatal(err)
	}
	// The loop's proofs read through TimedAgreements: one observation per read, failed ones apart.
	ta := TimedAgreements{Agreements: fakeAgreements{st: st}, M: m}
	src := ta.ProofSource()
	if _, _, err := src(root, 1); err != nil {
		t.Fatal(err)
	}
	if _, _, err := src(proofs.Hash{1}, 1); err == nil {
		t.Fatal("no error for a shard the store lacks")
	}
	if v := testutil.ToFloat64(m.storeOps.WithLabelValues("put", "ok")); v != 1 {
		t.Errorf("puts %v", v)
	}
	if v := testutil.ToFloat64(m.storeOps.WithLabelValues("prove", "ok")); v != 1 {
		t.Errorf("proves %v", v)
	}
	srv := httptest.NewServer(mustHandler(t, m))
	defer srv.Close()
	r, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(r.Body)
	r.Body.Close()
	for _, want := range []string{`granary_store_operations_total{op="put",result="ok"} 1`, `granary_proof_seconds_count{result="ok"} 1`,
		`granary_proof_seconds_count{result="error"} 1`, `granary_farmer_balance_grn{kind="earned_unpaid"} 3.1e-16`, "go_goroutines"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

// fakeAgreements is a farmer whose proof source reads the store (its other methods are unused).
type fakeAgreements struct {
	heartbeat.Agreements
	st *storage.Store
}

func (f fakeAgreements) ProofSource() proofs.ShardSource {
	return func(root proofs.Hash, leaf uint64) (*proofs.Cache, []byte, error) {
		if _, _, err := f.st.Prove(root, leaf); err != nil {
			return nil, nil, err
		}
		return nil, nil, nil
	}
}

// fakeLoop is a heartbeat loop whose status the test sets.
type fakeLoop struct{ s heartbeat.Status }

func (l *fakeLoop) Status() heartbeat.Status { return l.s }

// LoopHistory keeps each period's last outcome as the loop reported it across samples.
func TestLoopHistory(t *testing.T) {
	l := &fakeLoop{s: heartbeat.Status{Period: 7, Misses: 2}} // misses from before: not this history's
	h := NewLoopHistory(l)
	steps := []heartbeat.Status{
		{Period: 8, Waiting: "seed", Misses: 2},
		{Period: 8, Proven: true, Sent: true, Proofs: 2, Misses: 2},
		{Period: 9, Misses: 3},                                                          // given up
		{Period: 10, Proven: true, Sent: true, Proofs: 1, Lost: []uint64{4}, Misses: 3}, // sent without a lost proof
		{Period: 11, Misses: 3},                                                         // nothing owed
	}
	h.Recent(8)
	for _, s := range steps {
		l.s = s
		h.Recent(8)
	}
	got := h.Recent(8)
	want := []LocalResult{
		{Period: 7, Outcome: "not obliged"},
		{Period: 8, Outcome: "proven", Proofs: 2},
		{Period: 9, Outcome: "missed", Err: "given up: too late, or the period's seed was lost"},
		{Period: 10, Outcome: "proven", Proofs: 1, Lost: 1, Err: "proofs of agreements [4] could not be built: they can be reported unproven"},
		{Period: 11, Outcome: "not obliged"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("history\n got %+v\nwant %+v", got, want)
	}
	if last := h.Recent(2); len(last) != 2 || last[0].Period != 10 || last[1].Period != 11 {
		t.Errorf("last two: %+v", last)
	}
	// The history is bounded.
	for p := uint32(12); p < 12+2*historyLen; p++ {
		l.s = heartbeat.Status{Period: p, Proven: true, Misses: 3}
		h.Recent(1)
	}
	if all := h.Recent(1000); len(all) != historyLen || all[len(all)-1].Period != 11+2*historyLen {
		t.Errorf("%d periods kept, last %+v", len(all), all[len(all)-1])
	}
}

func mustHandler(t *testing.T, m *Metrics) http.Handler {
	s, err := New(sample(), fakeStore{100, 50, 50}, WithMetrics(m))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s.Handler()
}

func TestDirDisk(t *testing.T) {
	free, total, err := DirDisk{Dir: t.TempDir()}.DiskSpace()
	if err != nil || free <= 0 || total < free {
		t.Fatalf("disk space: %d free of %d, %v", free, total, err)
	}
	if _, _, err := (DirDisk{Dir: "/nonexistent/granary"}).DiskSpace(); err == nil {
		t.Fatal("no error for a missing directory")
	}
}

// BenchmarkPage renders the page of a farmer with 200 agreements over a 720-period range.
func BenchmarkPage(b *testing.B) {
	f := sample()
	for i := range 200 {
		f.ags = append(f.ags, Agreement{ID: uint64(10 + i), Renter: common.BigToAddress(big.NewInt(int64(i))), Size: 1 << 30,
			PricePerGiB: big.NewInt(int64(1000 + i)), PricePerPeriod: big.NewInt(int64(1000 + i)), Escrow: market.Tokens(1000), Paid: market.Tokens(3),
			Unpaid: market.Tokens(1), LiveFrom: 1, EndPeriod: 800, Revision: uint64(i), Status: chain.AgreementOpen})
	}
	f.head = Head{Block: 9000, Time: time.Unix(int64(f.sched.PeriodStart(730)), 0), Period: 730, BlockTime: 12 * time.Second}
	s, err := New(f, fakeStore{1 << 40, 1 << 39, 1 << 38}, WithRange(720, 24))
	if err != nil {
		b.Fatal(err)
	}
	h := s.Handler()
	var size, zipped int
	for b.Loop() {
		w := get(b, h, "http://127.0.0.1/?periods=720", nil)
		if w.Code != 200 {
			b.Fatal(w.Code)
		}
		size = w.Body.Len()
	}
	w := get(b, h, "http://127.0.0.1/?periods=720", func(r *http.Request) { r.Header.Set("Accept-Encoding", "gzip") })
	zipped = w.Body.Len()
	b.ReportMetric(float64(size)/1024, "KiB/page")
	b.ReportMetric(float64(zipped)/1024, "KiB/gzipped")
	small, err := New(sample(), fakeStore{100, 50, 50}) // the default range, two agreements
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(get(b, small.Handler(), "http://127.0.0.1/", nil).Body.Len())/1024, "KiB/default-page")
}
