package dashboard_test

// The dashboard in a real browser: headless Chromium (Debian's `chromium`, installed by
// scripts/setup.sh) driven by chromedp against farmers on the in-process agreement network
// (testnet.NewAgreements). The chain's clock moves only when the test says (NextPeriod, AdvanceTo),
// so every figure and alert is checked against a chain that stands still. Screenshots (PNG) go to
// $GRANARY_TEST_ARTIFACTS, else to $TMPDIR/granary-test-artifacts/dashboard.

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
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
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/network"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/dashboard"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/testnet"
	"github.com/granary-network/granary/proofs"
)

// 2+1 shards over 3 farmers, 64 KiB segments: each put places a shard of every segment on every
// farmer, under one agreement per renter and farmer.
var params = pipeline.Params{DataShards: 2, ParityShards: 1, SegmentSize: 64 << 10}

func randomFile(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// world is an agreement network with a dashboard per farmer.
type world struct {
	t    *testing.T
	net  *testnet.AgreementNet
	dash []*dashboard.Server
	nets []*dashboard.HostNetwork
	urls []string
	b    *browser
}

func newWorld(t *testing.T) *world {
	p := market.DevnetAgreementParams()
	p.SampleBps = 10_000 // every live agreement is due every period: each heartbeat proves them all
	n := testnet.NewAgreements(t, testnet.AgreementConfig{Farmers: 3, Params: p})
	w := &world{t: t, net: n}
	ctx := context.Background()
	if _, err := n.Renter.Put(ctx, "photos.tar", bytes.NewReader(randomFile(1, 200<<10)), params); err != nil {
		t.Fatal(err)
	}
	if _, err := n.AddRenter().Put(ctx, "backup.img", bytes.NewReader(randomFile(2, 130<<10)), params); err != nil {
		t.Fatal(err)
	}
	for _, f := range n.Farmers {
		hn, err := dashboard.NewHostNetwork(f.Host)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { hn.Close() })
		s, err := dashboard.New(dashboard.NewFarmerChain(f.Client, f.Acct.Addr), f.Store,
			dashboard.WithNetwork(hn), dashboard.WithDisk(dashboard.DirDisk{Dir: f.Dir}),
			dashboard.WithHeartbeats(dashboard.NewLoopHistory(f.Loop)), dashboard.WithRange(24, 8))
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

// page refreshes farmer i's dashboard (so it reads the chain as it stands) and opens its page.
func (w *world) page(i int, query string) dashboard.Snapshot {
	w.t.Helper()
	snap, err := w.dash[i].Refresh(context.Background())
	if err != nil {
		w.t.Fatalf("refresh dashboard %d: %v", i, err)
	}
	w.b.open(w.urls[i] + "/" + query)
	return snap
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

// waitFor polls cond (bounded: 20 s) until it holds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); !cond(); time.Sleep(2 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not after 20 s", what)
		}
	}
}

// agreementsOf reads farmer's agreements straight from the chain (not the dashboard's adapter).
func agreementsOf(t *testing.T, c *chain.AgreementClient, farmer [20]byte) []chain.AgreementInfo {
	t.Helper()
	ids, err := c.AgreementsWith(context.Background(), farmer)
	if err != nil {
		t.Fatal(err)
	}
	var out []chain.AgreementInfo
	for _, id := range ids {
		info, err := c.Agreement(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, info)
	}
	return out
}

// settled waits until farmer f's loop has claimed all vindicated pay (its last transaction of a
// period): after it the farmer sends nothing until the next period.
func settled(t *testing.T, f *testnet.AgreementFarmer) {
	t.Helper()
	waitFor(t, fmt.Sprintf("farmer %s claims its pay", f.Acct.Addr), func() bool {
		for _, a := range agreementsOf(t, f.Client, f.Acct.Addr) {
			if a.Status == chain.AgreementOpen && a.Vindicated.Cmp(a.Paid) != 0 {
				return false
			}
		}
		return true
	})
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

// TestDashboardInBrowser runs the farmers' heartbeat loops until they have proven periods, answers
// a renter challenge (a fee in the farmer's market balance), pauses farmer 0's loop into a new
// period (pay accrues unclaimed), then checks what the page shows against the chain, then raises
// each alert by changing the chain or the node.
func TestDashboardInBrowser(t *testing.T) {
	t0 := time.Now()
	w := newWorld(t)
	n := w.net
	ctx := context.Background()
	t.Logf("network, files and browser up in %v", time.Since(t0))
	// The first heartbeat posts the revisions (live from the next period); the next ones prove them.
	var last uint32
	for range 3 {
		last = n.NextPeriod()
		n.WaitHeartbeats(last - 1)
		n.WaitHeartbeats(last)
	}
	f0 := n.Farmers[0]
	ags := agreementsOf(t, f0.Client, f0.Acct.Addr)
	if len(ags) != 2 {
		t.Fatalf("farmer 0 holds %d agreements, want 2 (one per renter)", len(ags))
	}
	// A renter challenge, answered by farmer 0's loop: the fee goes to its market balance.
	var challenged uint64
	for _, a := range ags {
		if a.Renter == n.Renter.Acct.Addr {
			challenged = a.ID
		}
	}
	if err := n.Renter.Client.Challenge(ctx, challenged); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "challenge answered", func() bool {
		info, err := f0.Client.Agreement(ctx, challenged)
		return err == nil && info.ChallengeBlock == 0
	})
	for _, f := range n.Farmers {
		settled(t, f)
	}
	f0.PauseHeartbeats()
	// A new period: farmers 1 and 2 prove and claim it; farmer 0's pay for it accrues unpaid.
	cur := n.NextPeriod()
	for _, f := range n.Farmers[1:] {
		waitFor(t, "farmer heartbeat", func() bool { return f.Loop.Done(cur) })
		settled(t, f)
	}
	t.Logf("%d periods proven by %v (period %d)", last, time.Since(t0), cur)
	t.Run("figures", func(t *testing.T) { checkFigures(t, w.use(t), last, cur, challenged) })
	t.Run("alert/heartbeat", func(t *testing.T) { alertHeartbeat(t, w.use(t), cur) })
	t.Run("alert/gas", func(t *testing.T) { alertGas(t, w.use(t)) })
	t.Run("alert/stake", func(t *testing.T) { alertStake(t, w.use(t)) })
	t.Run("alert/disk", func(t *testing.T) { alertDisk(t, w.use(t)) })
	t.Run("alert/unreachable", func(t *testing.T) { alertUnreachable(t, w.use(t)) })
}

// checkFigures compares farmer 0's page, API and metrics with the chain.
func checkFigures(t *testing.T, w *world, lastProven, cur uint32, challenged uint64) {
	ctx := context.Background()
	c := w.net.Renter.Client // reads the chain for the test's expectations
	sched := c.Schedule()
	f0 := w.net.Farmers[0]
	addr := f0.Acct.Addr
	snap := w.page(0, "")
	w.b.shot("farmer")

	st, err := c.Standing(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	withdrawable, err := c.Balance(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	if withdrawable.Cmp(sched.ChallengeFee) != 0 {
		t.Fatalf("farmer 0's market balance %s, want the challenge fee %s", withdrawable, sched.ChallengeFee)
	}
	bal, _, _ := c.Funds(ctx, addr)
	eth, _ := c.Ether(ctx, addr)

	// Agreements: one row per agreement with everything as on chain, and pay earned but not paid.
	ags := agreementsOf(t, c, addr)
	type row struct{ ID, Renter, Size, Revision, Rate, Price, Escrow, Paid, Unpaid, End, State string }
	rows := evaluate[[]row](w.b, `Array.from(document.querySelectorAll("#agreements tbody tr")).map(r => ({
		ID: r.dataset.id, Renter: r.querySelector("[data-renter]").dataset.renter, Size: r.children[2].dataset.bytes,
		Revision: r.children[3].dataset.revision, Rate: r.children[4].dataset.wei, Price: r.children[4].dataset.pricePerGib,
		Escrow: r.children[5].dataset.wei, Paid: r.children[6].dataset.wei, Unpaid: r.children[7].dataset.wei,
		End: r.children[8].dataset.end, State: r.children[9].textContent}))`)
	if len(rows) != len(ags) {
		t.Fatalf("page lists %d agreements, chain %d", len(rows), len(ags))
	}
	unpaid, perPeriod := new(big.Int), new(big.Int)
	for _, a := range ags {
		earned, err := c.EarnedOf(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		rate := market.Rate(a.PricePerGiB, a.Leaves)
		// Period cur accrued and not proven (the loop is paused): at least a period's pay unpaid.
		if earned.Cmp(rate) < 0 || rate.Sign() == 0 || a.Paid.Sign() == 0 || a.Number < 1 {
			t.Errorf("agreement %d: earned %s, rate %s, paid %s, revision %d: want pay claimed, then a period's pay unpaid", a.ID, earned, rate, a.Paid, a.Number)
		}
		unpaid.Add(unpaid, earned)
		if a.LiveFrom != 0 && a.LiveFrom <= cur && cur <= a.EndPeriod {
			perPeriod.Add(perPeriod, rate)
		}
		want := row{ID: fmt.Sprint(a.ID), Renter: a.Renter.Hex(), Size: fmt.Sprint(a.Leaves * proofs.LeafSize), Revision: fmt.Sprint(a.Number),
			Rate: rate.String(), Price: a.PricePerGiB.String(), Escrow: a.Escrow.String(), Paid: a.Paid.String(), Unpaid: earned.String(),
			End: fmt.Sprint(a.EndPeriod), State: "running"}
		var found bool
		for _, r := range rows {
			if r.ID == want.ID {
				found = true
				if r != want {
					t.Errorf("agreement %d:\n page  %+v\n chain %+v", a.ID, r, want)
				}
			}
		}
		if !found {
			t.Errorf("agreement %d missing from the page", a.ID)
		}
	}
	for sel, want := range map[string]*big.Int{
		"#stake-free": st.Free, "#stake-locked": st.Locked, "#stake-unbonding": st.Unbonding, "#stake-min": sched.MinStake,
		"#withdrawable": withdrawable, "#balance": bal, "#ether": eth, "#earned-unpaid": unpaid, "#unpaid-total": unpaid,
		"#per-period": perPeriod,
	} {
		if got := w.b.attr(sel, "data-wei"); got != want.String() {
			t.Errorf("%s: page shows %s, chain holds %s", sel, got, want)
		}
	}
	if unpaid.Sign() <= 0 {
		t.Errorf("earned, not yet paid: %s", unpaid)
	}
	t.Logf("farmer 0 in period %d: %d agreements, %s GRN earned unpaid, %s GRN withdrawable, %s GRN a period",
		cur, len(ags), market.FormatTokens(unpaid), market.FormatTokens(withdrawable), market.FormatTokens(perPeriod))
	if snap.Unpaid.Wei != unpaid.String() || snap.Withdraw.Wei != withdrawable.String() {
		t.Errorf("snapshot: unpaid %s withdrawable %s; chain %s %s", snap.Unpaid.Wei, snap.Withdraw.Wei, unpaid, withdrawable)
	}
	if got := w.b.text("#head-period"); got != fmt.Sprint(cur) {
		t.Errorf("period: page %s, chain %d", got, cur)
	}
	provenCount := 0
	for q := uint32(0); q <= cur; q++ {
		if ok, _ := c.Proven(ctx, addr, q); ok {
			provenCount++
		}
	}
	if got := w.b.text("#rep-proven"); got != fmt.Sprint(provenCount) || provenCount < 3 {
		t.Errorf("proven periods: page %s, chain %d", got, provenCount)
	}

	// Earnings chart and timeline: each proven period's bar is the rates of the agreements live in
	// it; nothing when the chain holds no heartbeat.
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
		for _, a := range ags {
			if a.LiveFrom != 0 && a.LiveFrom <= q && q <= a.EndPeriod {
				running.Add(running, market.Rate(a.PricePerGiB, a.Leaves))
			}
		}
		obliged, _ := c.Obliged(ctx, addr, q)
		proven, _ := c.Proven(ctx, addr, q)
		want, wantState := "0", ""
		switch {
		case proven:
			want, wantState = running.String(), "proven"
			sawProven++
		case q < cur && (running.Sign() > 0 || obliged):
			wantState = "unproven"
		case q < cur:
			wantState = "idle"
		case q == cur:
			wantState = "current"
		default:
			wantState = "future"
		}
		if b.Earned != want || b.State != wantState {
			t.Errorf("period %d: page bar %s earned %s, chain says %s earned %s", q, b.State, b.Earned, wantState, want)
		}
		if (wantState == "future" || wantState == "current") && b.Forecast != running.String() {
			t.Errorf("period %d: forecast %s, live agreements pay %s", q, b.Forecast, running)
		}
		if tl := w.b.attr(fmt.Sprintf(`#timeline [data-period="%d"]`, q), "data-state"); tl != wantState {
			t.Errorf("timeline period %d: %s, want %s", q, tl, wantState)
		}
	}
	if ok, _ := c.Proven(ctx, addr, lastProven); sawProven < 2 || !ok {
		t.Errorf("chart shows %d proven periods, want at least 2 (last %d)", sawProven, lastProven)
	}

	// The heartbeat card: period cur open (farmer 0's loop is paused), closing at its grace's end.
	if got := w.b.text("#hb-state"); got != "open" || w.b.text("#hb-period") != fmt.Sprint(cur) ||
		w.b.attr("#hb-window", "data-closes") != fmt.Sprint(sched.HeartbeatDeadline(cur)) {
		t.Errorf("heartbeat card: %s period %s closes %s", got, w.b.text("#hb-period"), w.b.attr("#hb-window", "data-closes"))
	}

	// Capacity as the store counts it; under agreements as the chain's revisions size it.
	var under uint64
	for _, a := range ags {
		under += a.Leaves * proofs.LeafSize
	}
	if got := w.b.attr("#cap-used", "data-bytes"); got != fmt.Sprint(f0.Store.Used()) || f0.Store.Used() < int64(under) {
		t.Errorf("used: page %s, store %d, agreements %d", got, f0.Store.Used(), under)
	}
	if got := w.b.attr("#cap-agreements", "data-bytes"); got != fmt.Sprint(under) {
		t.Errorf("under agreements: page %s, chain %d", got, under)
	}
	if got := w.b.attr("#cap-total", "data-bytes"); got != fmt.Sprint(f0.Store.Capacity()) {
		t.Errorf("capacity: page %s, store %d", got, f0.Store.Capacity())
	}
	if free, _ := strconv.ParseInt(w.b.attr("#disk-free", "data-bytes"), 10, 64); free <= 0 {
		t.Errorf("free on disk: %q", w.b.attr("#disk-free", "data-bytes"))
	}
	// Identity: the host's peer id, announced on chain.
	if got := w.b.text("#peer-id"); got != f0.Host.ID().String() || w.b.text("#announced-peer-id") != got {
		t.Errorf("peer id %q, announced %q, host %s", got, w.b.text("#announced-peer-id"), f0.Host.ID())
	}

	// A range chosen on the page reads that many periods.
	w.b.do(chromedp.Click(`.ranges a[href="?periods=48"]`), chromedp.WaitReady(`.ranges a[aria-current][href="?periods=48"]`))
	if got := w.b.text("#range-proven"); got != fmt.Sprint(provenCount) {
		t.Errorf("48-period range shows %s proven, chain %d", got, provenCount)
	}

	// On a phone: nothing wider than the screen.
	w.b.do(chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateScale(2)))
	w.b.open(w.urls[0] + "/")
	if wide := evaluate[bool](w.b, `document.documentElement.scrollWidth > window.innerWidth + 1`); wide {
		t.Errorf("page scrolls sideways on a 390 px screen (%v px)", evaluate[float64](w.b, `document.documentElement.scrollWidth`))
	}
	w.b.shot("farmer-phone")
	w.b.do(chromedp.EmulateViewport(1200, 900))

	// The API: the same figures, and the loop's own record of its last period.
	var api struct {
		Unpaid     dashboard.Amount `json:"earnedUnpaid"`
		Withdraw   dashboard.Amount `json:"withdrawable"`
		Agreements []struct {
			ID     uint64           `json:"id"`
			Unpaid dashboard.Amount `json:"earnedUnpaid"`
		} `json:"agreements"`
		Local []dashboard.LocalResult `json:"localHeartbeats"`
	}
	if err := json.Unmarshal([]byte(httpGet(t, w.urls[0]+"/api/status")), &api); err != nil {
		t.Fatal(err)
	}
	if api.Unpaid.Wei != unpaid.String() || api.Withdraw.Wei != withdrawable.String() || len(api.Agreements) != len(ags) {
		t.Errorf("api: unpaid %s withdrawable %s, %d agreements", api.Unpaid.Wei, api.Withdraw.Wei, len(api.Agreements))
	}
	for _, a := range api.Agreements {
		if earned, _ := c.EarnedOf(ctx, a.ID); a.Unpaid.Wei != earned.String() {
			t.Errorf("api: agreement %d unpaid %s, chain %s", a.ID, a.Unpaid.Wei, earned)
		}
	}
	if l := api.Local; len(l) == 0 || l[len(l)-1].Period != cur-1 || l[len(l)-1].Outcome != "proven" || l[len(l)-1].Proofs != len(ags) {
		t.Errorf("loop history %+v, want period %d proven with %d proofs", l, cur-1, len(ags))
	}

	// The pages, the API and /metrics hold no key.
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
		`granary_farmer_balance_grn{kind="earned_unpaid"}`, `granary_store_bytes{kind="used"} ` + fmt.Sprint(f0.Store.Used()),
		`granary_farmer_periods{outcome="proven"} ` + fmt.Sprint(provenCount)} {
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

// alertHeartbeat: farmer 0's loop is paused in period cur. Early in its window: no alert; half the
// window gone: a warning; in the next period's grace, period cur still unproven: critical.
func alertHeartbeat(t *testing.T, w *world, cur uint32) {
	n := w.net
	sched := n.Farmers[0].Client.Schedule()
	w.page(0, "")
	if got := w.b.text("#hb-state"); got != "open" || has(w.alerts(), "heartbeat") {
		t.Fatalf("window just opened: state %q, alerts %v", got, w.alerts())
	}
	window := sched.HeartbeatDeadline(cur) - sched.PeriodStart(cur)
	n.Chain.AdvanceTo(t, sched.PeriodStart(cur)+window*6/10) // 60% of the window gone
	snap := w.page(0, "")
	if !has(w.alerts(), "heartbeat") || snap.Alerts[0].Level != "warning" {
		t.Fatalf("60%% of the window gone without a heartbeat: alerts %+v", snap.Alerts)
	}
	w.b.shot("alert-heartbeat")
	// The next period: the others prove it; period cur is in its grace, unproven.
	next := n.NextPeriod()
	for _, f := range n.Farmers[1:] {
		waitFor(t, "farmer heartbeat", func() bool { return f.Loop.Done(next) })
		settled(t, f)
	}
	snap = w.page(0, "")
	if h := snap.Heartbeat; h.Period != cur || !h.Late || !has(w.alerts(), "heartbeat") || w.b.text("#hb-period") != fmt.Sprint(cur) {
		t.Fatalf("period %d in its grace: heartbeat %+v, alerts %v", cur, h, w.alerts())
	}
	for _, a := range snap.Alerts {
		if a.ID == "heartbeat" && a.Level != "critical" {
			t.Errorf("heartbeat in its grace: %s alert", a.Level)
		}
	}
	w.b.shot("alert-heartbeat-grace")

	// The grace over, farmer 1 reports the miss: farmer 0 is slashed, farmer 1 earns the bounty.
	ctx := context.Background()
	f0, f1 := n.Farmers[0], n.Farmers[1]
	before, err := f0.Client.Standing(ctx, f0.Acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	n.Chain.AdvanceTo(t, sched.HeartbeatDeadline(cur))
	rr, err := f1.Client.ReportMissedTx(ctx, f0.Acct.Addr, cur)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := f0.Client.Standing(ctx, f0.Acct.Addr)
	if want := new(big.Int).Sub(before.Free, rr.Slashed); after.Free.Cmp(want) != 0 || rr.Slashed.Sign() == 0 {
		t.Fatalf("free stake %s after a slash of %s from %s", after.Free, rr.Slashed, before.Free)
	}
	snap = w.page(0, "")
	if !has(w.alerts(), "misses") || strings.Fields(w.b.text("#rep-missed"))[0] != "1" ||
		w.b.attr(fmt.Sprintf(`#timeline [data-period="%d"]`, cur), "data-state") != "missed" ||
		w.b.attr("#stake-free", "data-wei") != after.Free.String() || snap.Reputation.ConsecutiveMisses != 1 {
		t.Fatalf("after the report: alerts %v, missed %q, period %d %s, free %s (chain %s)", w.alerts(), w.b.text("#rep-missed"), cur,
			w.b.attr(fmt.Sprintf(`#timeline [data-period="%d"]`, cur), "data-state"), w.b.attr("#stake-free", "data-wei"), after.Free)
	}
	// The card moves on to the current period: the reported one can no longer be proven.
	if h := snap.Heartbeat; h.Period != next || h.Late {
		t.Errorf("heartbeat after the report: %+v, want period %d", h, next)
	}
	w.b.shot("alert-misses")
	bounty, _ := f1.Client.Balance(ctx, f1.Acct.Addr)
	w.page(1, "")
	if got := w.b.attr("#withdrawable", "data-wei"); got != bounty.String() || bounty.Cmp(rr.Bounty) != 0 || bounty.Sign() == 0 {
		t.Errorf("farmer 1 withdrawable: page %s, chain %s, bounty %s", got, bounty, rr.Bounty)
	}
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
	if snap.Gas.MeasuredCount == 0 {
		t.Errorf("no heartbeat cost measured: %+v", snap.Gas)
	}
	per, _ := new(big.Int).SetString(snap.Gas.PerPeriod.Wei, 10)
	keep := new(big.Int).Mul(per, big.NewInt(10))
	bal, err := f.Client.Ether(ctx, f.Acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	gasPrice, err := f.Client.Backend().SuggestGasPrice(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gasPrice.Add(gasPrice.Mul(gasPrice, big.NewInt(2)), big.NewInt(2e9)) // above the pool's 1 gwei tip floor
	to := w.net.Renter.Acct.Addr
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

// alertStake: farmer 1 starts unbonding all but a sliver above the minimum.
func alertStake(t *testing.T, w *world) {
	ctx := context.Background()
	f := w.net.Farmers[1]
	w.page(1, "")
	if has(w.alerts(), "stake") {
		t.Fatalf("stake alert with %s free", w.b.text("#stake-free"))
	}
	st, err := f.Client.Standing(ctx, f.Acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	min := f.Client.Schedule().MinStake
	amt := new(big.Int).Sub(st.Free, min)
	amt.Sub(amt, new(big.Int).Div(min, big.NewInt(100)))
	if err := f.Client.RequestUnstake(ctx, amt); err != nil {
		t.Fatal(err)
	}
	w.page(1, "")
	if !has(w.alerts(), "stake") {
		t.Fatalf("free stake %s: no stake alert (alerts %v)", w.b.text("#stake-free"), w.alerts())
	}
	st, _ = f.Client.Standing(ctx, f.Acct.Addr)
	if got := w.b.attr("#stake-free", "data-wei"); got != st.Free.String() {
		t.Errorf("free stake: page %s, chain %s", got, st.Free)
	}
	if got := w.b.attr("#stake-unbonding", "data-wei"); got != st.Unbonding.String() || st.Unbonding.Cmp(amt) != 0 {
		t.Errorf("unbonding: page %s, chain %s, asked %s", got, st.Unbonding, amt)
	}
	w.b.shot("alert-stake")
}

// alertDisk: an upload in progress reserves all but 5% of farmer 0's free space.
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
