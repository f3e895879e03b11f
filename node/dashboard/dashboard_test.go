package dashboard

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
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
	sched  market.Schedule
	head   Head
	acct   Account
	ags    []Agreement
	proofs []Proof
	misses []Miss
	gas    *big.Int
	err    error
}

func (f *fakeChain) Schedule() market.Schedule { return f.sched }
func (f *fakeChain) Head(context.Context) (Head, error) {
	if f.err != nil {
		return Head{}, f.err
	}
	return f.head, nil
}
func (f *fakeChain) Account(context.Context) (Account, error)                { return f.acct, nil }
func (f *fakeChain) Agreements(context.Context, uint32) ([]Agreement, error) { return f.ags, nil }
func (f *fakeChain) Proofs(_ context.Context, from, to uint32) ([]Proof, []Miss, error) {
	return f.proofs, f.misses, nil
}
func (f *fakeChain) GasPrice(context.Context) (*big.Int, error) { return f.gas, nil }

type fakeStore struct{ cap, used, free int64 }

func (s fakeStore) Capacity() int64 { return s.cap }
func (s fakeStore) Used() int64     { return s.used }
func (s fakeStore) Free() int64     { return s.free }

// A farmer in period 10 of 20-block periods: two agreements, periods 5–9 proven but 7 (reported)
// and 8 (not reported).
func sample() *fakeChain {
	p := market.DevnetParams()
	sched := market.Schedule{Genesis: 100, Params: p}
	return &fakeChain{
		sched: sched,
		head:  Head{Block: sched.PeriodStart(10) + 3, Period: 10, BlockTime: 2 * time.Second},
		acct: Account{Address: common.HexToAddress("0x1111111111111111111111111111111111111111"), Stake: market.Tokens(1000),
			Locked: market.Tokens(10), Unbonding: new(big.Int), Tokens: market.Tokens(5), Withdrawable: market.Tokens(2),
			Ether: big.NewInt(1e18), PeerID: "12D3KooWpeer", Addrs: []string{"/ip4/203.0.113.7/tcp/7070"}},
		ags: []Agreement{
			{ID: 1, Renter: common.HexToAddress("0xaa"), Size: 1 << 20, PricePerPeriod: big.NewInt(100), Start: 5, End: 15, Revision: -1},
			{ID: 2, Renter: common.HexToAddress("0xbb"), Size: 2 << 20, PricePerPeriod: big.NewInt(30), Start: 7, End: 12, Revision: -1},
		},
		proofs: []Proof{{Period: 5}, {Period: 6}, {Period: 9}},
		misses: []Miss{{Period: 7}},
		gas:    big.NewInt(1e9),
	}
}

func TestBuild(t *testing.T) {
	f := sample()
	in := inputs{now: time.Unix(1e9, 0), sched: f.sched, head: f.head, acct: f.acct, agreements: f.ags, proofs: f.proofs, misses: f.misses,
		gasPrice: f.gas, capacity: 100, used: 50, free: 40, from: 4, to: 13, rangeLen: 6, diskFree: -1, diskTotal: -1}
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
	// Earned: 100 + 100 + 130; forecast: agreement 1 periods 10–14 (5 × 100), agreement 2 10–11 (2 × 30).
	if e.Earned.Wei != "330" || e.PerPeriod.Wei != "130" || e.Forecast.Wei != "560" || e.ForecastTo != 15 ||
		e.Proven != 3 || e.Missed != 1 || e.Unproven != 1 || e.Agreements != 2 {
		t.Errorf("earnings %+v", e)
	}
	// 40 s periods: 2160 a day.
	if e.DayPeriods != 2160 || e.PerDay.Wei != "280800" {
		t.Errorf("per day: %v periods, %s", e.DayPeriods, e.PerDay.Wei)
	}
	// Window of period 10: blocks [start+10, start+19]; head at start+3: opens in 7 blocks (14 s).
	h := s.Heartbeat
	if h.Period != 10 || h.State != "waiting" || h.BlocksToOpen != 7 || h.SecondsToOpen != 14 || h.WindowLast != f.sched.PeriodStart(11)-1 {
		t.Errorf("heartbeat %+v", h)
	}
	if c := s.Capacity; c.Reserved != 10 || c.UsedShare != 0.6 {
		t.Errorf("capacity %+v", c)
	}
	// Gas: no heartbeat measured: 150,000 gas at 1 gwei = 1.5e14 wei a period; 1 ETH lasts 6666.
	if g := s.Gas; g.PerPeriod.Wei != "150000000000000" || g.PeriodsLeft != 6666 {
		t.Errorf("gas %+v", g)
	}
	if len(s.Alerts) != 0 {
		t.Errorf("alerts %+v", s.Alerts)
	}
	// Agreements table: the revision is "—" for deals.
	if len(s.Agreements) != 2 || s.Agreements[0].Revision != "—" || s.Agreements[0].State != "running" {
		t.Errorf("agreements %+v", s.Agreements)
	}

	// Measured heartbeats replace the estimate.
	in.proofs = []Proof{{Period: 5, GasUsed: 100_000, Cost: big.NewInt(2e14)}, {Period: 6, GasUsed: 120_000, Cost: big.NewInt(4e14)}}
	if g := build(in, Thresholds{}).Gas; g.PerPeriod.Wei != "300000000000000" || g.PeriodsLeft != 3333 || g.HeartbeatGas != 110_000 || g.MeasuredCount != 2 {
		t.Errorf("measured gas %+v", g)
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
	base := func() inputs {
		f := sample()
		return inputs{now: time.Unix(1e9, 0), sched: f.sched, head: f.head, acct: f.acct, agreements: f.ags, proofs: f.proofs,
			gasPrice: f.gas, capacity: 100, used: 50, free: 50, from: 4, to: 12, network: fakeNet{reach: "unknown", id: "12D3KooWpeer"},
			diskFree: 50, diskTotal: 1000}
	}
	if got := ids(build(base(), Thresholds{}).Alerts); len(got) != 0 {
		t.Fatalf("baseline alerts %v", got)
	}
	cases := []struct {
		name  string
		alert string
		edit  func(*inputs)
	}{
		{"gas", "gas", func(in *inputs) { in.acct.Ether = new(big.Int).Mul(big.NewInt(71), big.NewInt(150_000e9)) }},
		// 110 free + 10 locked: 6 a miss, 2 misses to below 100.
		{"stake near minimum", "stake", func(in *inputs) { in.acct.Stake = market.Tokens(110) }},
		{"stake below minimum", "stake", func(in *inputs) { in.acct.Stake = market.Tokens(99) }},
		{"late heartbeat", "heartbeat", func(in *inputs) {
			first, _ := in.sched.ProofWindowOf(10)
			in.head.Block = first + 4 // 5 of 10 blocks gone
		}},
		{"disk", "disk", func(in *inputs) { in.free = 10 }},
		{"private", "unreachable", func(in *inputs) { in.network = fakeNet{reach: "private", id: "12D3KooWpeer"} }},
		{"other identity", "unreachable", func(in *inputs) { in.network = fakeNet{reach: "public", id: "12D3KooWother"} }},
		{"nothing announced", "unreachable", func(in *inputs) { in.acct.Addrs = nil }},
		{"misses", "misses", func(in *inputs) { in.acct.ConsecutiveMisses = 1 }},
		{"disk under the store", "disk", func(in *inputs) { in.diskFree, in.diskTotal = 49, 1000 }},
	}
	for _, c := range cases {
		in := base()
		c.edit(&in)
		if got := ids(build(in, Thresholds{}).Alerts); len(got) != 1 || got[0] != c.alert {
			t.Errorf("%s: alerts %v, want [%s]", c.name, got, c.alert)
		}
	}
	// Just short of each threshold: no alert.
	near := []func(*inputs){
		func(in *inputs) { in.acct.Ether = new(big.Int).Mul(big.NewInt(72), big.NewInt(150_000e9)) },
		func(in *inputs) {
			first, _ := in.sched.ProofWindowOf(10)
			in.head.Block = first + 3
		},
		func(in *inputs) { in.free = 11 },
		func(in *inputs) { in.diskFree = -1 },                   // unknown
		func(in *inputs) { in.acct.Stake = market.Tokens(120) }, // 6.5 a miss: 3 misses to the minimum
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
	first, _ := in.sched.ProofWindowOf(10)
	in.head.Block = first + 8
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
	// 5% of (free + locked) a miss: 150 free, 0 locked, minimum 100: 150 → 142.5 → … → 99.3 after 8.
	if n := missesToMinimum(market.Tokens(150), new(big.Int), market.Tokens(100), 500); n != 8 {
		t.Errorf("%d misses", n)
	}
	if n := missesToMinimum(market.Tokens(100), new(big.Int), market.Tokens(100), 500); n != 1 {
		t.Errorf("at the minimum: %d misses", n)
	}
	if n := missesToMinimum(market.Tokens(100), new(big.Int), market.Tokens(100), 0); n != 1000 {
		t.Errorf("no slashing: %d misses", n)
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

// The store's operations and the prover's proofs are counted in the node's own registry.
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
	if _, _, err := st.Prove(root, 1); err != nil {
		t.Fatal(err)
	}
	m.ObserveProof(3*time.Millisecond, nil)
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
	for _, want := range []string{`granary_store_operations_total{op="put",result="ok"} 1`, `granary_proof_seconds_count{result="ok"} 1`, "go_goroutines"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

func mustHandler(t *testing.T, m *Metrics) http.Handler {
	s, err := New(sample(), fakeStore{100, 50, 50}, WithMetrics(m))
	if err != nil {
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
			PricePerPeriod: big.NewInt(int64(1000 + i)), Start: 0, End: 800, Revision: -1})
	}
	f.head = Head{Block: f.sched.PeriodStart(730), Period: 730, BlockTime: 12 * time.Second}
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
