package dashboard_test

// The dashboard in a real browser: headless Chromium (Debian's `chromium`, installed by
// scripts/setup.sh) driven by chromedp against farmers on the in-process network. The chain moves
// only when the test sends a transaction (no idle mining), so every figure and alert is checked
// against a chain that stands still. Screenshots (PNG) go to $GRANARY_TEST_ARTIFACTS, else to
// $TMPDIR/granary-test-artifacts/dashboard.

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/network"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/dashboard"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/prover"
	"github.com/granary-network/granary/node/testnet"
)

// testParams: 10-block periods with a 6-block proof window. The chain moves only when the test
// mines (and the prover's heartbeat waits for nothing else), so short periods cost no margin.
var testParams = func() market.Params {
	p := market.DevnetParams()
	p.PeriodBlocks, p.ProofWindow = 10, 6
	return p
}()

// 2+1 shards over 3 farmers, 64 KiB segments: a 200 KiB file is a deal per farmer.
var params = pipeline.Params{DataShards: 2, ParityShards: 1, SegmentSize: 64 << 10}

// world is a network whose chain moves only when the test mines, with a dashboard per farmer.
type world struct {
	t     *testing.T
	net   *testnet.Net
	miner *chain.Client
	dash  []*dashboard.Server
	nets  []*dashboard.HostNetwork
	urls  []string
	b     *browser
}

func newWorld(t *testing.T) *world {
	n := testnet.New(t, testnet.Config{Farmers: 3, Periods: 40, Params: testParams, Renters: 2})
	w := &world{t: t, net: n, miner: n.Client(n.Chain.NewAccount(t, nil))}
	ctx := context.Background()
	n.PutRandom("photos.tar", 1, 200<<10, params)
	if _, err := n.Renters[1].Put(ctx, "backup.img", bytes.NewReader(testnet.RandomFile(2, 130<<10)), params); err != nil {
		t.Fatal(err)
	}
	for _, f := range n.Farmers {
		hn, err := dashboard.NewHostNetwork(f.Host)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { hn.Close() })
		s, err := dashboard.New(dashboard.NewFarmerChain(f.Client, f.Acct.Addr), f.Store,
			dashboard.WithTraffic(dashboard.BandwidthTraffic{C: f.Traffic}), dashboard.WithNetwork(hn), dashboard.WithDisk(dashboard.DirDisk{Dir: f.Dir}),
			dashboard.WithRange(24, 8))
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(s.Handler())
		t.Cleanup(srv.Close)
		w.dash, w.nets, w.urls = append(w.dash, s), append(w.nets, hn), append(w.urls, srv.URL)
	}
	w.b = newBrowser(t)
	return w
}

// use points the world's helpers at a subtest.
func (w *world) use(t *testing.T) *world { w.t, w.b.t = t, t; return w }

// mine makes one block (a transaction from the miner's account) and returns the new head.
func (w *world) mine() uint64 {
	w.t.Helper()
	ctx := context.Background()
	to := w.miner.Address()
	_, err := w.miner.Transact(ctx, "mine", func(o *bind.TransactOpts) (*types.Transaction, error) {
		tx := types.NewTx(&types.DynamicFeeTx{ChainID: w.net.Chain.ChainID, Nonce: o.Nonce.Uint64(), To: &to, Gas: 21_000,
			GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e12)})
		return o.Signer(o.From, tx)
	})
	if err != nil {
		w.t.Fatal(err)
	}
	return w.head()
}

func (w *world) head() uint64 {
	w.t.Helper()
	b, err := w.miner.Block(context.Background())
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

// mineTo mines until the head is at least b.
func (w *world) mineTo(b uint64) {
	w.t.Helper()
	for w.head() < b {
		w.mine()
	}
}

// page refreshes farmer i's dashboard (so it reads the chain as it stands) and opens its page.
func (w *world) page(i int, query string) {
	w.t.Helper()
	if _, err := w.dash[i].Refresh(context.Background()); err != nil {
		w.t.Fatalf("refresh dashboard %d: %v", i, err)
	}
	w.b.open(w.urls[i] + "/" + query)
}

// alerts lists the alert ids the page shows.
func (w *world) alerts() []string {
	return evaluate[[]string](w.b, `Array.from(document.querySelectorAll("#alerts li")).map(e => e.dataset.alert)`)
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// browser is one headless Chromium.
type browser struct {
	t   *testing.T
	ctx context.Context
	dir string
}

func newBrowser(t *testing.T) *browser {
	path, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("GRANARY_NO_BROWSER") == "1" {
			t.Skip("GRANARY_NO_BROWSER=1: browser tests skipped")
		}
		t.Fatal("chromium is not installed: run scripts/setup.sh (or apt-get install chromium), or set GRANARY_NO_BROWSER=1 to skip")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1200, 900))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelA() })
	// Start the browser on the context itself: a browser started under a derived context (with a
	// timeout) would end with it.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	dir := os.Getenv("GRANARY_TEST_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "granary-test-artifacts")
	}
	dir = filepath.Join(dir, "dashboard")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return &browser{t: t, ctx: ctx, dir: dir}
}

func (b *browser) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("browser: %v", err)
	}
}

func run[T any](b *browser, a chromedp.Action[T]) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		b.t.Fatalf("browser: %v", err)
	}
	return v
}

func evaluate[T any](b *browser, js string) T { b.t.Helper(); return run(b, chromedp.Evaluate[T](js)) }

func (b *browser) open(url string) {
	b.t.Helper()
	b.do(chromedp.Navigate(url), chromedp.WaitReady("#main"))
}

func (b *browser) text(sel string) string { b.t.Helper(); return run(b, chromedp.Text(sel)) }

func (b *browser) attr(sel, name string) string {
	b.t.Helper()
	return evaluate[string](b, fmt.Sprintf(`(document.querySelector(%q) || {getAttribute: () => "<missing>"}).getAttribute(%q)`, sel, name))
}

// shot saves a full-page PNG screenshot as an artifact and returns its path.
func (b *browser) shot(name string) string {
	b.t.Helper()
	png := run(b, chromedp.FullScreenshot(100))
	p := filepath.Join(b.dir, name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot %s (%d KiB)", p, len(png)>>10)
	return p
}

// dealsOf reads the farmer's deals straight from the chain (bindings, not the dashboard's adapter).
type dealRow struct {
	id         uint64
	renter     common.Address
	size       uint64
	price      *big.Int
	start, end uint32
}

func dealsOf(t *testing.T, c *chain.Client, farmer common.Address) []dealRow {
	t.Helper()
	it, err := c.Market.FilterDealCreated(&bind.FilterOpts{Start: 0}, nil, nil, []common.Address{farmer})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	var out []dealRow
	for it.Next() {
		d, err := c.Deal(context.Background(), it.Event.DealId)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, dealRow{id: it.Event.DealId, renter: d.Renter, size: it.Event.Size, price: d.PricePerPeriod, start: d.StartPeriod, end: d.EndPeriod})
	}
	return out
}

func proven(t *testing.T, c *chain.Client, farmer common.Address, p uint32) bool {
	t.Helper()
	w, err := c.Market.ProvenBits(&bind.CallOpts{}, farmer, big.NewInt(int64(p>>8)))
	if err != nil {
		t.Fatal(err)
	}
	return w.Bit(int(p&0xff)) == 1
}

// TestDashboardInBrowser runs a farmer's prover until it has proven periods, then checks what the
// page shows against the chain, then raises each alert by changing the chain or the node.
func TestDashboardInBrowser(t *testing.T) {
	t0 := time.Now()
	w := newWorld(t)
	t.Logf("network, files and browser up in %v", time.Since(t0))
	ctx := context.Background()
	c := w.net.Renter.Client // reads the chain for the test's expectations
	sched := c.Schedule
	f0 := w.net.Farmers[0]

	// Prove with farmer 0: mine a block at a time; when a proof window opens, wait for the
	// prover's heartbeat of that period before mining on (the chain waits for it, not a clock).
	p := prover.New(f0.Client, f0.Svc, prover.Options{Poll: 3 * time.Millisecond})
	pctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); _ = p.Run(pctx) }()
	stopProver := func() { stop(); <-done }
	t.Cleanup(stopProver)
	var last uint32
	for provenCount := 0; provenCount < 3; {
		head := w.mine()
		cur := sched.PeriodAt(head)
		if first, _ := sched.ProofWindowOf(cur); head < first {
			continue
		}
		deadline := time.Now().Add(20 * time.Second)
		for {
			r, ok := p.Result(cur)
			if ok && (r.Outcome == prover.Proven || r.Outcome == prover.NotObliged) {
				if r.Outcome == prover.Proven {
					provenCount++
					last = cur
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("period %d: no heartbeat from the prover in 20 s (result %+v)", cur, r)
			}
			time.Sleep(2 * time.Millisecond)
		}
		_, end := sched.ProofWindowOf(cur)
		w.mineTo(end + 1) // on to the next period
	}
	stopProver()
	t.Logf("3 periods proven by %v (block %d)", time.Since(t0), w.head())
	t.Run("figures", func(t *testing.T) { checkFigures(t, w.use(t), last) })
	t.Run("alert/heartbeat", func(t *testing.T) { alertHeartbeat(t, w.use(t)) })
	t.Run("alert/gas", func(t *testing.T) { alertGas(t, w.use(t)) })
	t.Run("alert/stake", func(t *testing.T) { alertStake(t, w.use(t)) })
	t.Run("alert/disk", func(t *testing.T) { alertDisk(t, w.use(t)) })
	t.Run("alert/unreachable", func(t *testing.T) { alertUnreachable(t, w.use(t)) })
}

// checkFigures compares farmer 0's page with the chain.
func checkFigures(t *testing.T, w *world, lastProven uint32) {
	ctx := context.Background()
	c := w.net.Renter.Client
	f0 := w.net.Farmers[0]
	addr := f0.Acct.Addr
	w.page(0, "")
	w.b.shot("farmer")

	st, err := c.Market.GetFarmer(&bind.CallOpts{}, addr)
	if err != nil {
		t.Fatal(err)
	}
	withdrawable, _ := c.Withdrawable(ctx, addr)
	bal, _, _ := c.Funds(ctx, addr)
	eth, _ := c.Ether(ctx, addr)
	for sel, want := range map[string]*big.Int{
		"#stake-free": st.Stake, "#stake-locked": st.Locked, "#stake-unbonding": st.Unbonding, "#stake-min": c.Params.MinStake,
		"#withdrawable": withdrawable, "#balance": bal, "#ether": eth,
	} {
		if got := w.b.attr(sel, "data-wei"); got != want.String() {
			t.Errorf("%s: page shows %s, chain holds %s", sel, got, want)
		}
	}
	if got := w.b.text("#stake-free"); got != market.FormatTokens(st.Stake)+" GRN" && !strings.HasPrefix(market.FormatTokens(st.Stake), strings.TrimSuffix(got, " GRN")) {
		t.Errorf("free stake text %q does not match %s GRN", got, market.FormatTokens(st.Stake))
	}
	if got := w.b.text("#rep-proven"); got != fmt.Sprint(st.ProvenPeriods) {
		t.Errorf("proven periods: page %s, chain %d", got, st.ProvenPeriods)
	}
	head := w.head()
	cur := c.Schedule.PeriodAt(head)
	if got := w.b.text("#head-period"); got != fmt.Sprint(cur) {
		t.Errorf("period: page %s, chain %d", got, cur)
	}

	// Agreements: one row per deal, with renter, size, rate and end as on chain; no revision yet.
	deals := dealsOf(t, c, addr)
	if len(deals) != 2 {
		t.Fatalf("farmer 0 holds %d deals, want 2 (one per renter)", len(deals))
	}
	type row struct{ ID, Renter, Size, Rate, End, Revision, State string }
	rows := evaluate[[]row](w.b, `Array.from(document.querySelectorAll("#agreements tbody tr")).map(r => ({
		ID: r.dataset.id, Renter: r.querySelector("[data-renter]").dataset.renter, Size: r.children[2].dataset.bytes,
		Rate: r.children[3].dataset.wei, End: r.children[4].textContent, Revision: r.children[5].textContent, State: r.children[6].textContent}))`)
	if len(rows) != len(deals) {
		t.Fatalf("page lists %d agreements, chain %d", len(rows), len(deals))
	}
	perPeriod := new(big.Int)
	for _, d := range deals {
		var found bool
		for _, r := range rows {
			if r.ID != fmt.Sprint(d.id) {
				continue
			}
			found = true
			if r.Renter != d.renter.Hex() || r.Size != fmt.Sprint(d.size) || r.Rate != d.price.String() || r.End != fmt.Sprint(d.end) ||
				r.Revision != "—" || r.State != "running" {
				t.Errorf("deal %d: page row %+v, chain renter %s size %d rate %s end %d", d.id, r, d.renter.Hex(), d.size, d.price, d.end)
			}
		}
		if !found {
			t.Errorf("deal %d missing from the page", d.id)
		}
		if d.start <= cur && cur < d.end {
			perPeriod.Add(perPeriod, d.price)
		}
	}
	if got := w.b.attr("#per-period", "data-wei"); got != perPeriod.String() {
		t.Errorf("this period pays %s on the page, deals on chain pay %s", got, perPeriod)
	}

	// Earnings chart and timeline: each period's bar is the sum of the prices of the deals running
	// in it when the chain holds its heartbeat, nothing when it does not.
	type bar struct{ Period, State, Earned, Forecast string }
	bars := evaluate[[]bar](w.b, `Array.from(document.querySelectorAll("rect.bar")).map(r => ({
		Period: r.dataset.period, State: r.dataset.state, Earned: r.dataset.earned, Forecast: r.dataset.forecast}))`)
	if len(bars) == 0 {
		t.Fatal("no bars in the earnings chart")
	}
	sawProven := 0
	for _, b := range bars {
		var q uint32
		fmt.Sscan(b.Period, &q)
		running := new(big.Int)
		for _, d := range deals {
			if d.start <= q && q < d.end {
				running.Add(running, d.price)
			}
		}
		want, wantState := "0", ""
		switch {
		case q < cur && proven(t, c, addr, q):
			want, wantState = running.String(), "proven"
			sawProven++
		case q < cur && running.Sign() > 0:
			wantState = "unproven"
		case q < cur:
			wantState = "idle"
		case q == cur && proven(t, c, addr, q):
			want, wantState = running.String(), "proven"
		case q == cur:
			wantState = "current"
		default:
			wantState = "future"
		}
		if b.Earned != want || b.State != wantState {
			t.Errorf("period %d: page bar %s earned %s, chain says %s earned %s", q, b.State, b.Earned, wantState, want)
		}
		if (wantState == "future" || wantState == "current") && b.Forecast != running.String() {
			t.Errorf("period %d: forecast %s, running deals pay %s", q, b.Forecast, running)
		}
		tl := w.b.attr(fmt.Sprintf(`#timeline [data-period="%d"]`, q), "data-state")
		if tl != wantState {
			t.Errorf("timeline period %d: %s, want %s", q, tl, wantState)
		}
	}
	if sawProven < 3 || !proven(t, c, addr, lastProven) {
		t.Errorf("chart shows %d proven periods, want at least 3 (last %d)", sawProven, lastProven)
	}

	// Capacity and traffic as the store and the host count them.
	if got := w.b.attr("#cap-used", "data-bytes"); got != fmt.Sprint(f0.Store.Used()) {
		t.Errorf("used: page %s, store %d", got, f0.Store.Used())
	}
	if got := w.b.attr("#cap-total", "data-bytes"); got != fmt.Sprint(f0.Store.Capacity()) {
		t.Errorf("capacity: page %s, store %d", got, f0.Store.Capacity())
	}
	if free, _ := strconv.ParseInt(w.b.attr("#disk-free", "data-bytes"), 10, 64); free <= 0 {
		t.Errorf("free on disk: %q", w.b.attr("#disk-free", "data-bytes"))
	}
	in := w.b.attr("#bytes-in", "data-bytes")
	if in == "0" || in == "<missing>" {
		t.Errorf("bytes in: %s after receiving shards", in)
	}
	// Identity: the host's peer id, announced on chain.
	if got := w.b.text("#peer-id"); got != f0.Host.ID().String() || w.b.text("#announced-peer-id") != got {
		t.Errorf("peer id %q, announced %q, host %s", got, w.b.text("#announced-peer-id"), f0.Host.ID())
	}

	// A range chosen on the page reads that many periods.
	w.b.do(chromedp.Click(`.ranges a[href="?periods=48"]`), chromedp.WaitReady(`.ranges a[aria-current][href="?periods=48"]`))
	if got := w.b.text("#range-proven"); got != fmt.Sprint(st.ProvenPeriods) {
		t.Errorf("48-period range shows %s proven, chain %d", got, st.ProvenPeriods)
	}

	// On a phone: nothing wider than the screen.
	w.b.do(chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateScale(2)))
	w.b.open(w.urls[0] + "/")
	if wide := evaluate[bool](w.b, `document.documentElement.scrollWidth > window.innerWidth + 1`); wide {
		t.Errorf("page scrolls sideways on a 390 px screen (%v px)", evaluate[float64](w.b, `document.documentElement.scrollWidth`))
	}
	w.b.shot("farmer-phone")
	w.b.do(chromedp.EmulateViewport(1200, 900))

	// The API and /metrics hold the same figures and no key.
	key := hex.EncodeToString(crypto.FromECDSA(f0.Acct.Key))
	ident, err := os.ReadFile(filepath.Join(f0.Dir, "identity.key"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/", "/api/status", "/api/status?periods=720", "/metrics", "/static/app.js"} {
		body := httpGet(t, w.urls[0]+path)
		if strings.Contains(strings.ToLower(body), key) || strings.Contains(body, hex.EncodeToString(ident)) || bytes.Contains([]byte(body), ident) {
			t.Errorf("%s exposes a key", path)
		}
	}
	metrics := httpGet(t, w.urls[0]+"/metrics")
	for _, want := range []string{`granary_farmer_stake_grn{kind="free"}`, "granary_farmer_ether ", "granary_heartbeat_gas_count",
		`granary_store_bytes{kind="used"} ` + fmt.Sprint(f0.Store.Used()), `granary_farmer_periods{outcome="proven"} ` + fmt.Sprint(st.ProvenPeriods)} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

func httpGet(t *testing.T, url string) string {
	t.Helper()
	r, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	if r.StatusCode != 200 {
		t.Fatalf("GET %s: %s: %s", url, r.Status, b)
	}
	return string(b)
}

// alertHeartbeat: farmer 1 holds deals but runs no prover. Early in the window: no alert; past
// half the window with no heartbeat on chain: the alert.
func alertHeartbeat(t *testing.T, w *world) {
	sched := w.net.Renter.Client.Schedule
	head := w.head()
	cur := sched.PeriodAt(head)
	first, last := sched.ProofWindowOf(cur)
	if head >= first {
		first, last = sched.ProofWindowOf(cur + 1)
	}
	w.mineTo(first)
	w.page(1, "")
	if got := w.b.text("#hb-state"); got != "open" || has(w.alerts(), "heartbeat") {
		t.Fatalf("window just opened: state %q, alerts %v", got, w.alerts())
	}
	w.mineTo(first + (last-first+1)*6/10) // 60% of the window gone
	w.page(1, "")
	if !has(w.alerts(), "heartbeat") {
		t.Fatalf("60%% of the window gone without a heartbeat: alerts %v", w.alerts())
	}
	w.b.shot("alert-heartbeat")
}

// alertGas: farmer 2 sends away its ether but about ten heartbeats' worth.
func alertGas(t *testing.T, w *world) {
	ctx := context.Background()
	f := w.net.Farmers[2]
	w.page(2, "")
	if has(w.alerts(), "gas") {
		t.Fatalf("gas alert with %s ETH", w.b.text("#ether"))
	}
	snap, _ := w.dash[2].Refresh(ctx)
	per, _ := new(big.Int).SetString(snap.Gas.PerPeriod.Wei, 10)
	keep := new(big.Int).Mul(per, big.NewInt(10))
	bal, err := f.Client.Ether(ctx, f.Acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	gasPrice := big.NewInt(2e9)
	to := w.miner.Address()
	value := new(big.Int).Sub(bal, keep)
	value.Sub(value, new(big.Int).Mul(gasPrice, big.NewInt(21_000)))
	if _, err := f.Client.Transact(ctx, "send ether away", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return o.Signer(o.From, types.NewTx(&types.LegacyTx{Nonce: o.Nonce.Uint64(), To: &to, Value: value, Gas: 21_000, GasPrice: gasPrice}))
	}); err != nil {
		t.Fatal(err)
	}
	w.page(2, "")
	if !has(w.alerts(), "gas") {
		t.Fatalf("%s ETH left, %s periods: no gas alert (alerts %v)", w.b.text("#ether"), w.b.text("#gas-periods-left"), w.alerts())
	}
	eth, _ := f.Client.Ether(ctx, f.Acct.Addr)
	if got := w.b.attr("#ether", "data-wei"); got != eth.String() {
		t.Errorf("ether: page %s, chain %s", got, eth)
	}
	w.b.shot("alert-gas")
}

// alertStake: farmer 2 starts unbonding all but a sliver above the minimum.
func alertStake(t *testing.T, w *world) {
	ctx := context.Background()
	f := w.net.Farmers[1]
	w.page(1, "")
	if has(w.alerts(), "stake") {
		t.Fatalf("stake alert with %s free", w.b.text("#stake-free"))
	}
	info, err := f.Client.Farmer(ctx, f.Acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	min := f.Client.Params.MinStake
	amt := new(big.Int).Sub(info.Stake, min)
	amt.Sub(amt, new(big.Int).Div(min, big.NewInt(100)))
	if err := f.Client.RequestUnstake(ctx, amt); err != nil {
		t.Fatal(err)
	}
	w.page(1, "")
	if !has(w.alerts(), "stake") {
		t.Fatalf("free stake %s: no stake alert (alerts %v)", w.b.text("#stake-free"), w.alerts())
	}
	st, _ := f.Client.Market.GetFarmer(&bind.CallOpts{}, f.Acct.Addr)
	if got := w.b.attr("#stake-free", "data-wei"); got != st.Stake.String() {
		t.Errorf("free stake: page %s, chain %s", got, st.Stake)
	}
	if got := w.b.attr("#stake-unbonding", "data-wei"); got != st.Unbonding.String() {
		t.Errorf("unbonding: page %s, chain %s", got, st.Unbonding)
	}
	w.b.shot("alert-stake")
}

// alertDisk: an accepted proposal reserves all but 5% of farmer 0's free space.
func alertDisk(t *testing.T, w *world) {
	f := w.net.Farmers[0]
	w.page(0, "")
	if has(w.alerts(), "disk") {
		t.Fatalf("disk alert at %s used", w.b.text("#cap-used"))
	}
	res, err := f.Store.Reserve(f.Store.Free() - f.Store.Capacity()/20)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Release()
	w.page(0, "")
	if !has(w.alerts(), "disk") {
		t.Fatalf("store %d of %d free: no disk alert (alerts %v)", f.Store.Free(), f.Store.Capacity(), w.alerts())
	}
	reserved := f.Store.Capacity() - f.Store.Used() - f.Store.Free()
	if got := w.b.attr("#cap-reserved", "data-bytes"); got != fmt.Sprint(reserved) {
		t.Errorf("reserved: page %s, store %d", got, reserved)
	}
	w.b.shot("alert-disk")
}

// alertUnreachable: the host's AutoNAT reports it private.
func alertUnreachable(t *testing.T, w *world) {
	f := w.net.Farmers[0]
	w.page(0, "")
	if has(w.alerts(), "unreachable") {
		t.Fatalf("unreachable alert with reachability %s", w.b.text("#reachability"))
	}
	em, err := f.Host.EventBus().Emitter(new(event.EvtLocalReachabilityChanged))
	if err != nil {
		t.Fatal(err)
	}
	defer em.Close()
	if err := em.Emit(event.EvtLocalReachabilityChanged{Reachability: network.ReachabilityPrivate}); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); w.nets[0].Reachability() != "private"; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the reachability event did not arrive in 10 s")
		}
	}
	w.page(0, "")
	if !has(w.alerts(), "unreachable") || w.b.text("#reachability") != "private" {
		t.Fatalf("private node: reachability %q, alerts %v", w.b.text("#reachability"), w.alerts())
	}
	w.b.shot("alert-unreachable")
}
