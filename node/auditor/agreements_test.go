package auditor

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
)

type fp struct {
	f common.Address
	p uint32
}

type ap struct {
	id uint64
	p  uint32
}

// fakeAgreements is an AgreementMarket in memory, with the contract's report rules: windows by the
// head's timestamp, reportMissed refused when not obliged, proven, reported or disqualified;
// reportUnproven refused when the agreement is not open, not live, without heartbeat, not due or
// proven. Every report call is counted.
type fakeAgreements struct {
	mu         sync.Mutex
	me         common.Address
	sched      market.AgreementSchedule
	now        uint64
	farmers    []common.Address
	free       map[common.Address]*big.Int
	dq         map[common.Address]uint32 // dqPeriod of disqualified farmers
	obliged    map[fp]bool
	beats      map[fp]bool
	reported   map[fp]bool
	agreements []*chain.AgreementInfo // id i+1
	due        map[ap]bool
	provenIn   map[ap]bool
	balance    *big.Int
	withdrawn  *big.Int
	tx         uint64

	missCalls     map[fp]int
	unprovenCalls map[ap]int
	withdrawCalls int
	fail          map[string]error        // op ("missed", "unproven", "farmers", ...) -> error returned once
	beforeReport  func(f *fakeAgreements) // runs (locked) before a report executes: another auditor, time passing
}

func newFake() *fakeAgreements {
	p := market.DevnetAgreementParams()
	p.SampleBps = 10_000
	return &fakeAgreements{me: common.HexToAddress("0xa0d1"), sched: market.AgreementSchedule{Genesis: 1_000_000, AgreementParams: p},
		free: map[common.Address]*big.Int{}, dq: map[common.Address]uint32{}, obliged: map[fp]bool{}, beats: map[fp]bool{},
		reported: map[fp]bool{}, due: map[ap]bool{}, provenIn: map[ap]bool{}, balance: new(big.Int), withdrawn: new(big.Int),
		missCalls: map[fp]int{}, unprovenCalls: map[ap]int{}, fail: map[string]error{}}
}

func addr(n int) common.Address { return common.BigToAddress(big.NewInt(int64(0xf000 + n))) }

// farmer announces a farmer with stake, obliged in periods from..to.
func (c *fakeAgreements) farmer(n int, stake int64, from, to uint32) common.Address {
	a := addr(n)
	c.farmers = append(c.farmers, a)
	c.free[a] = market.Tokens(stake)
	for p := from; p <= to; p++ {
		c.obliged[fp{a, p}] = true
	}
	return a
}

// agreement opens an agreement of farmer f live in liveFrom..end, with collateral.
func (c *fakeAgreements) agreement(f common.Address, liveFrom, end uint32, collateral int64) uint64 {
	id := uint64(len(c.agreements) + 1)
	c.agreements = append(c.agreements, &chain.AgreementInfo{ID: id, Farmer: f, Renter: addr(999), Status: chain.AgreementOpen,
		Leaves: 100, Shards: 1, LiveFrom: liveFrom, EndPeriod: end, Collateral: market.Tokens(collateral)})
	return id
}

// at puts the head at `offset` seconds after the opening of period p's report window.
func (c *fakeAgreements) at(p uint32, offset int64) {
	from, _ := c.sched.ReportWindow(p)
	c.mu.Lock()
	c.now = uint64(int64(from) + offset)
	c.mu.Unlock()
}

func (c *fakeAgreements) failOnce(op string) error {
	if err := c.fail[op]; err != nil {
		delete(c.fail, op)
		return err
	}
	return nil
}

func revert(op, name string) error { return &chain.RevertError{Op: op, Name: name} }

func (c *fakeAgreements) Address() common.Address            { return c.me }
func (c *fakeAgreements) Schedule() market.AgreementSchedule { return c.sched }

func (c *fakeAgreements) HeadTime(context.Context) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now, c.failOnce("head")
}

func (c *fakeAgreements) Farmers(context.Context) ([]chain.FarmerInfo, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.failOnce("farmers"); err != nil {
		return nil, err
	}
	var out []chain.FarmerInfo
	for _, a := range c.farmers {
		_, dq := c.dq[a]
		out = append(out, chain.FarmerInfo{Address: a, Stake: new(big.Int).Set(c.free[a]), Disqualified: dq})
	}
	return out, nil
}

func (c *fakeAgreements) AgreementCount(context.Context) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return uint64(len(c.agreements)), nil
}

func (c *fakeAgreements) Agreement(_ context.Context, id uint64) (chain.AgreementInfo, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if id == 0 || id > uint64(len(c.agreements)) {
		return chain.AgreementInfo{}, fmt.Errorf("%w: %d", chain.ErrUnknownAgreement, id)
	}
	return *c.agreements[id-1], c.failOnce("agreement")
}

func (c *fakeAgreements) Obliged(_ context.Context, f common.Address, p uint32) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.obliged[fp{f, p}], nil
}

func (c *fakeAgreements) Proven(_ context.Context, f common.Address, p uint32) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.beats[fp{f, p}], nil
}

func (c *fakeAgreements) IsDue(_ context.Context, id uint64, p uint32) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.agreements[id-1].LiveIn(p) && c.due[ap{id, p}], nil
}

func (c *fakeAgreements) ProvenIn(_ context.Context, id uint64, p uint32) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.provenIn[ap{id, p}], nil
}

func (c *fakeAgreements) window(op string, p uint32) error {
	from, until := c.sched.ReportWindow(p)
	if c.now < from {
		return revert(op, "ReportTooEarly")
	}
	if c.now >= until {
		return revert(op, "ReportTooLate")
	}
	return nil
}

func (c *fakeAgreements) nextTx() (common.Hash, uint64) {
	c.tx++
	return common.BigToHash(big.NewInt(int64(c.tx))), 100 + c.tx
}

func (c *fakeAgreements) ReportMissedTx(_ context.Context, f common.Address, p uint32) (chain.ReportReceipt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.missCalls[fp{f, p}]++
	if err := c.failOnce("missed"); err != nil {
		return chain.ReportReceipt{}, err
	}
	if c.beforeReport != nil {
		c.beforeReport(c)
	}
	op := "report missed"
	if err := c.window(op, p); err != nil {
		return chain.ReportReceipt{}, err
	}
	k := fp{f, p}
	switch dqp, dq := c.dq[f]; {
	case !c.obliged[k]:
		return chain.ReportReceipt{}, revert(op, "NotObliged")
	case dq && p >= dqp:
		return chain.ReportReceipt{}, revert(op, "FarmerDisqualified")
	case c.beats[k]:
		return chain.ReportReceipt{}, revert(op, "AlreadyProven")
	case c.reported[k]:
		return chain.ReportReceipt{}, revert(op, "AlreadyReported")
	}
	c.reported[k] = true
	slash, bounty := slashOf(c.sched, c.free[f])
	c.free[f] = new(big.Int).Sub(c.free[f], slash)
	c.balance.Add(c.balance, bounty)
	tx, b := c.nextTx()
	return chain.ReportReceipt{Tx: tx, Block: b, Slashed: slash, Bounty: bounty}, nil
}

// slashOf is the contract's slash of a farmer with free stake (nothing unbonding) and its bounty.
func slashOf(s market.AgreementSchedule, free *big.Int) (slash, bounty *big.Int) {
	slash = new(big.Int).Mul(free, big.NewInt(int64(s.SlashBps)))
	slash.Add(slash, big.NewInt(9_999)).Quo(slash, big.NewInt(10_000))
	bounty = new(big.Int).Mul(slash, big.NewInt(int64(s.ReporterBountyBps)))
	return slash, bounty.Quo(bounty, big.NewInt(10_000))
}

func (c *fakeAgreements) ReportUnprovenTx(_ context.Context, id uint64, p uint32) (chain.ReportReceipt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.unprovenCalls[ap{id, p}]++
	if err := c.failOnce("unproven"); err != nil {
		return chain.ReportReceipt{}, err
	}
	if c.beforeReport != nil {
		c.beforeReport(c)
	}
	op := "report unproven"
	if err := c.window(op, p); err != nil {
		return chain.ReportReceipt{}, err
	}
	a := c.agreements[id-1]
	switch {
	case a.Status != chain.AgreementOpen:
		return chain.ReportReceipt{}, revert(op, "AgreementNotOpen")
	case !a.LiveIn(p):
		return chain.ReportReceipt{}, revert(op, "NotLive")
	case !c.beats[fp{a.Farmer, p}]:
		return chain.ReportReceipt{}, revert(op, "NoHeartbeat")
	case !c.due[ap{id, p}]:
		return chain.ReportReceipt{}, revert(op, "NotDue")
	case c.provenIn[ap{id, p}]:
		return chain.ReportReceipt{}, revert(op, "WasProven")
	}
	a.Status = chain.AgreementFailed
	tx, b := c.nextTx()
	return chain.ReportReceipt{Tx: tx, Block: b}, nil
}

func (c *fakeAgreements) Balance(_ context.Context, a common.Address) (*big.Int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if a != c.me {
		return new(big.Int), nil
	}
	return new(big.Int).Set(c.balance), nil
}

func (c *fakeAgreements) Withdraw(context.Context) (*big.Int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.withdrawCalls++
	if c.balance.Sign() == 0 {
		return nil, revert("withdraw", "NothingToWithdraw")
	}
	v := new(big.Int).Set(c.balance)
	c.withdrawn.Add(c.withdrawn, v)
	c.balance.SetInt64(0)
	return v, nil
}

func (c *fakeAgreements) missCount(f common.Address, p uint32) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.missCalls[fp{f, p}]
}

func (c *fakeAgreements) unprovenCount(id uint64, p uint32) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.unprovenCalls[ap{id, p}]
}

func (c *fakeAgreements) totalCalls() (missed, unproven int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, n := range c.missCalls {
		missed += n
	}
	for _, n := range c.unprovenCalls {
		unproven += n
	}
	return missed, unproven
}

// logBuf collects the auditor's log lines.
type logBuf struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuf) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(b)
}

// count returns how many lines hold every one of parts.
func (l *logBuf) count(parts ...string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, line := range strings.Split(l.buf.String(), "\n") {
		ok := line != ""
		for _, p := range parts {
			ok = ok && strings.Contains(line, p)
		}
		if ok {
			n++
		}
	}
	return n
}

func newTestAuditor(t *testing.T, c *fakeAgreements) (*AgreementAuditor, *logBuf) {
	t.Helper()
	logs := &logBuf{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	return NewAgreements(c, AgreementOptions{Logger: log, Parallel: 3}), logs
}

func tick(t *testing.T, a *AgreementAuditor, times int) {
	t.Helper()
	for range times {
		if err := a.Tick(context.Background()); err != nil {
			t.Fatalf("tick: %v", err)
		}
	}
}

// A farmer obliged in p without a heartbeat is reported once, however often Tick runs; a farmer
// with its heartbeat, and one not obliged, are not; the bounty is the contract's and withdrawable.
func TestAgreementAuditorReportsMissedHeartbeat(t *testing.T) {
	c := newFake()
	missing := c.farmer(1, 10_000, 4, 20) // obliged from 4: earlier periods' windows are open too
	healthy := c.farmer(2, 10_000, 3, 20)
	idle := c.farmer(3, 10_000, 0, 0) // never obliged, never beats
	for p := uint32(3); p <= 20; p++ {
		c.beats[fp{healthy, p}] = true
	}
	wantSlash, wantBounty := slashOf(c.sched, c.free[missing])
	c.beats[fp{missing, 4}] = true // only period 5 is missed
	c.at(5, 0)
	a, logs := newTestAuditor(t, c)
	tick(t, a, 5)

	if n := c.missCount(missing, 5); n != 1 {
		t.Fatalf("reportMissed(missing, 5) sent %d times, want 1", n)
	}
	if m, u := c.totalCalls(); m != 1 || u != 0 {
		t.Fatalf("%d reportMissed and %d reportUnproven sent, want 1 and 0 (healthy %s, idle %s)", m, u, healthy, idle)
	}
	st := a.Status()
	if st.Missed != 1 || st.Unproven != 0 || st.Refused != 0 || st.Bounties.Cmp(wantBounty) != 0 || st.Handled != 5 {
		t.Fatalf("status %+v, want 1 miss earning %s, period 5 handled", st, wantBounty)
	}
	reps := a.Reports()
	if len(reps) != 1 || reps[0].Farmer != missing || reps[0].Period != 5 || reps[0].Slashed.Cmp(wantSlash) != 0 ||
		reps[0].Tx == (common.Hash{}) || reps[0].Refused != "" {
		t.Fatalf("reports %+v", reps)
	}
	if n := logs.count("level=INFO", "missed heartbeat reported", "period=5", "tx="); n != 1 {
		t.Fatalf("%d INFO lines for the report, want 1:\n%s", n, logs.buf.String())
	}

	// The next period's window: the miss of 6 too, and 5 is not touched again.
	c.at(6, 0)
	tick(t, a, 3)
	if c.missCount(missing, 5) != 1 || c.missCount(missing, 6) != 1 {
		t.Fatalf("calls for 5: %d, for 6: %d", c.missCount(missing, 5), c.missCount(missing, 6))
	}
	_, b6 := slashOf(c.sched, new(big.Int).Sub(market.Tokens(10_000), wantSlash))
	total := new(big.Int).Add(wantBounty, b6)
	if st := a.Status(); st.Missed != 2 || st.Bounties.Cmp(total) != 0 {
		t.Fatalf("status %+v, want 2 misses earning %s", st, total)
	}

	got, err := a.Withdraw(context.Background())
	if err != nil || got.Cmp(total) != 0 || c.withdrawn.Cmp(total) != 0 {
		t.Fatalf("withdrew %v %v (chain: %s), want %s", got, err, c.withdrawn, total)
	}
	got, err = a.Withdraw(context.Background())
	if err != nil || got.Sign() != 0 || c.withdrawCalls != 1 {
		t.Fatalf("second withdraw %v %v after %d calls: nothing to withdraw must not send", got, err, c.withdrawCalls)
	}
	if st := a.Status(); st.Withdrawn.Cmp(total) != 0 {
		t.Fatalf("status withdrawn %s, want %s", st.Withdrawn, total)
	}
}

// Nothing is reported before p's window opens (the grace) nor after it closes.
func TestAgreementAuditorWindow(t *testing.T) {
	c := newFake()
	f := c.farmer(1, 10_000, 3, 30)
	for p := uint32(3); p <= 30; p++ {
		c.beats[fp{f, p}] = true
	}
	c.beats[fp{f, 5}] = false
	c.beats[fp{f, 12}] = false
	c.at(5, -1) // the last second of 5's grace
	a, _ := newTestAuditor(t, c)
	tick(t, a, 2)
	if m, _ := c.totalCalls(); m != 0 {
		t.Fatalf("%d reports before the window opened", m)
	}
	c.at(5, 0)
	tick(t, a, 2)
	if c.missCount(f, 5) != 1 {
		t.Fatalf("reportMissed(5) sent %d times once the window opened", c.missCount(f, 5))
	}

	// Period 12's window: the auditor is off during all of it, then comes back after it closed.
	_, until := c.sched.ReportWindow(12)
	c.mu.Lock()
	c.now = until
	c.mu.Unlock()
	a2, _ := newTestAuditor(t, c)
	tick(t, a2, 2)
	if n := c.missCount(f, 12); n != 0 {
		t.Fatalf("reportMissed(12) sent %d times after its window closed", n)
	}
	// With a margin, the window's last seconds are left alone too.
	c.mu.Lock()
	c.now = until - 10
	c.mu.Unlock()
	a3 := NewAgreements(c, AgreementOptions{Margin: 10})
	tick(t, a3, 1)
	if n := c.missCount(f, 12); n != 0 {
		t.Fatalf("reportMissed(12) sent %d times within the margin", n)
	}
	a4 := NewAgreements(c, AgreementOptions{Margin: 9})
	tick(t, a4, 1)
	if n := c.missCount(f, 12); n != 1 {
		t.Fatalf("reportMissed(12) sent %d times just outside the margin, want 1", n)
	}
}

// An agreement live and due in p, left out of its farmer's heartbeat of p, is reported; proven, not
// due, not live, already failed agreements, and those of a farmer with no heartbeat, are not.
func TestAgreementAuditorReportsUnproven(t *testing.T) {
	c := newFake()
	p := uint32(6)
	beating := c.farmer(1, 10_000, p, 20) // obliged from p: the windows of p-3..p-1 are open too
	silent := c.farmer(2, 10_000, p, 20)
	c.beats[fp{beating, p}] = true
	left := c.agreement(beating, 3, 20, 100)   // due, not proven: reported
	proven := c.agreement(beating, 3, 20, 100) // due, proven
	notDue := c.agreement(beating, 3, 20, 100) // not due
	later := c.agreement(beating, 7, 20, 100)  // live from 7
	ended := c.agreement(beating, 3, 5, 100)   // ended in 5
	failed := c.agreement(beating, 3, 20, 100) // already failed
	ofSilent := c.agreement(silent, 3, 20, 100)
	for _, id := range []uint64{left, proven, later, ended, failed, ofSilent} {
		c.due[ap{id, p}] = true
	}
	c.provenIn[ap{proven, p}] = true
	c.agreements[failed-1].Status = chain.AgreementFailed
	c.at(p, 0)
	a, logs := newTestAuditor(t, c)
	tick(t, a, 4)

	if n := c.unprovenCount(left, p); n != 1 {
		t.Fatalf("reportUnproven(%d) sent %d times, want 1", left, n)
	}
	for _, id := range []uint64{proven, notDue, later, ended, failed, ofSilent} {
		if n := c.unprovenCount(id, p); n != 0 {
			t.Fatalf("reportUnproven(%d) sent %d times, want none", id, n)
		}
	}
	if c.missCount(silent, p) != 1 || c.missCount(beating, p) != 0 {
		t.Fatalf("reportMissed: silent %d, beating %d", c.missCount(silent, p), c.missCount(beating, p))
	}
	if c.agreements[left-1].Status != chain.AgreementFailed {
		t.Fatal("reported agreement still open")
	}
	_, missBounty := slashOf(c.sched, market.Tokens(10_000))
	unprovenBounty := new(big.Int).Div(new(big.Int).Mul(market.Tokens(100), big.NewInt(int64(c.sched.ReporterBountyBps))), big.NewInt(10_000))
	st := a.Status()
	if st.Missed != 1 || st.Unproven != 1 || st.Refused != 0 || st.Bounties.Cmp(new(big.Int).Add(missBounty, unprovenBounty)) != 0 {
		t.Fatalf("status %+v, want 1 miss (%s) + 1 unproven (%s)", st, missBounty, unprovenBounty)
	}
	if n := logs.count("level=INFO", "unproven agreement reported", fmt.Sprintf("agreement=%d", left), "tx="); n != 1 {
		t.Fatalf("%d INFO lines for the unproven report:\n%s", n, logs.buf.String())
	}

	// Next period: the failed agreement is not read as live again, nothing more is reported.
	c.at(p+1, 0)
	c.beats[fp{beating, p + 1}] = true
	c.beats[fp{silent, p + 1}] = true
	c.due[ap{left, p + 1}] = true
	tick(t, a, 2)
	if m, u := c.totalCalls(); m != 1 || u != 1 {
		t.Fatalf("after period %d: %d reportMissed and %d reportUnproven sent in all, want 1 and 1", p+1, m, u)
	}
}

// Another auditor's report lands first (between the auditor's reads and its own report): the
// refusal is final, logged at DEBUG once, and never retried.
func TestAgreementAuditorRefusalIsFinal(t *testing.T) {
	c := newFake()
	p := uint32(5)
	f := c.farmer(1, 10_000, p, 20)
	g := c.farmer(2, 10_000, p, 20)
	c.beats[fp{g, p}] = true
	id := c.agreement(g, 3, 20, 100)
	c.due[ap{id, p}] = true
	c.beforeReport = func(c *fakeAgreements) { // someone else, first
		c.reported[fp{f, p}] = true
		c.agreements[id-1].Status = chain.AgreementFailed
	}
	c.at(p, 0)
	a, logs := newTestAuditor(t, c)
	tick(t, a, 5)
	if c.missCount(f, p) != 1 || c.unprovenCount(id, p) != 1 {
		t.Fatalf("calls: reportMissed %d, reportUnproven %d, want one each and no retry", c.missCount(f, p), c.unprovenCount(id, p))
	}
	st := a.Status()
	if st.Missed != 0 || st.Unproven != 0 || st.Refused != 2 || st.Bounties.Sign() != 0 || st.Handled != p {
		t.Fatalf("status %+v, want 2 refusals and no bounty", st)
	}
	reps := a.Reports()
	if len(reps) != 2 || reps[0].Refused != "AlreadyReported" || reps[1].Refused != "AgreementNotOpen" {
		t.Fatalf("reports %+v", reps)
	}
	if n := logs.count("level=DEBUG", "refused=AlreadyReported"); n != 1 {
		t.Fatalf("%d DEBUG lines for the refusal, want 1:\n%s", n, logs.buf.String())
	}
	if n := logs.count("level=DEBUG", "refused=AgreementNotOpen"); n != 1 {
		t.Fatalf("%d DEBUG lines for the refusal, want 1:\n%s", n, logs.buf.String())
	}
	if n := logs.count("level=INFO") + logs.count("level=WARN") + logs.count("level=ERROR"); n != 0 {
		t.Fatalf("refusals logged above DEBUG:\n%s", logs.buf.String())
	}
}

// Started late, the auditor reports every period whose window is still open; one that closes while
// its report is on its way (ReportTooLate) is a final, quiet outcome; a disqualified farmer's later
// periods are refused once each.
func TestAgreementAuditorStartUp(t *testing.T) {
	c := newFake()
	f := c.farmer(1, 10_000, 3, 30)
	d := c.farmer(2, 10_000, 3, 30)
	c.dq[d] = 7 // disqualified from period 7: its misses of 5 and 6 still count
	// No heartbeat at all. Head in period 9 just after 8's grace: the windows of 5..8 are open
	// (R = 4); 5's closes while its first report travels.
	c.at(8, 0)
	_, until5 := c.sched.ReportWindow(5)
	if c.now >= until5 || c.sched.PeriodAt(c.now) != 9 {
		t.Fatalf("test setup: 5's window closes at %d, head %d in period %d", until5, c.now, c.sched.PeriodAt(c.now))
	}
	var once sync.Once
	a, logs := newTestAuditor(t, c)
	a.opts.Parallel = 1 // periods in order: 5's report is the first sent
	c.beforeReport = func(c *fakeAgreements) {
		once.Do(func() { c.now = until5 }) // the chain moves past 5's window as the first report lands
	}
	tick(t, a, 3)
	for p := uint32(5); p <= 8; p++ {
		if n := c.missCount(f, p); n != 1 {
			t.Fatalf("reportMissed(f, %d) sent %d times, want 1", p, n)
		}
	}
	for p := uint32(3); p <= 4; p++ {
		if n := c.missCount(f, p) + c.missCount(d, p); n != 0 {
			t.Fatalf("period %d reported after its window closed", p)
		}
	}
	reps := a.Reports()
	var refused []string
	for _, r := range reps {
		if r.Refused != "" {
			refused = append(refused, fmt.Sprintf("%d:%s", r.Period, r.Refused))
		}
	}
	// 5: the first report (f's or d's) lands too late, and so does the other one sent after it (the
	// head moved past the window). 6..8: f reported; d reported in 6, refused in 7 (disqualified),
	// and not tried in 8 (a disqualification covers every later period).
	st := a.Status()
	if st.Missed != 4 || st.Refused != 3 || c.missCount(d, 8) != 0 {
		t.Fatalf("status %+v, refusals %v, d tried in 8 %d times: want 4 reported (f in 6, 7, 8; d in 6), 3 refused",
			st, refused, c.missCount(d, 8))
	}
	if n := logs.count("level=DEBUG", "refused=ReportTooLate"); n != 2 {
		t.Fatalf("%d DEBUG lines for ReportTooLate, want 2:\n%s", n, logs.buf.String())
	}
	if n := logs.count("level=DEBUG", "refused=FarmerDisqualified"); n != 1 {
		t.Fatalf("%d DEBUG lines for FarmerDisqualified, want 2:\n%s", n, logs.buf.String())
	}
	if n := logs.count("level=WARN") + logs.count("level=ERROR"); n != 0 {
		t.Fatalf("expected refusals logged as problems:\n%s", logs.buf.String())
	}
}

// A transient error (the RPC node, a transaction not mined) leaves the check undone: the next tick
// retries it, and the period counts as handled only then.
func TestAgreementAuditorRetriesErrors(t *testing.T) {
	c := newFake()
	p := uint32(5)
	f := c.farmer(1, 10_000, p, 20)
	g := c.farmer(2, 10_000, p, 20)
	c.beats[fp{g, p}] = true
	id := c.agreement(g, 3, 20, 100)
	c.due[ap{id, p}] = true
	c.at(p, 0)
	c.fail["missed"] = errors.New("connection reset")
	c.fail["unproven"] = errors.New("timed out waiting for the receipt")
	a, _ := newTestAuditor(t, c)
	if err := a.Tick(context.Background()); err == nil || !strings.Contains(err.Error(), "connection reset") ||
		!strings.Contains(err.Error(), "timed out") {
		t.Fatalf("tick: %v, want both errors", err)
	}
	if st := a.Status(); st.Handled >= p || st.Missed != 0 {
		t.Fatalf("status after failures %+v", st)
	}
	c.fail["farmers"] = errors.New("rpc down")
	if err := a.Tick(context.Background()); err == nil {
		t.Fatal("tick with the chain down: no error")
	}
	tick(t, a, 3)
	if c.missCount(f, p) != 2 || c.unprovenCount(id, p) != 2 {
		t.Fatalf("calls: reportMissed %d, reportUnproven %d, want 2 each (failed, then succeeded)", c.missCount(f, p), c.unprovenCount(id, p))
	}
	if st := a.Status(); st.Handled != p || st.Missed != 1 || st.Unproven != 1 {
		t.Fatalf("status %+v", st)
	}
}

// Run ticks and withdraws the bounties on its own.
func TestAgreementAuditorRun(t *testing.T) {
	c := newFake()
	f := c.farmer(1, 10_000, 5, 20)
	c.at(5, 0)
	_, want := slashOf(c.sched, c.free[f])
	a := NewAgreements(c, AgreementOptions{Poll: time.Millisecond, WithdrawEvery: time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- a.Run(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for a.Status().Withdrawn.Cmp(want) != 0 {
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("status %+v after 10 s, want %s withdrawn", a.Status(), want)
		}
		time.Sleep(time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("run: %v", err)
	}
	if c.missCount(f, 5) != 1 || c.withdrawn.Cmp(want) != 0 {
		t.Fatalf("reportMissed sent %d times, %s withdrawn", c.missCount(f, 5), c.withdrawn)
	}
}
