package main

// `granary demo`: the whole agreement market in one process, told as a story whose every step is a
// check. A devnet (the embedded chain), real libp2p farmers on 127.0.0.1, a renter and an auditor;
// the chain's clock is moved forward between acts (devnet.WarpTo) so that one-minute periods pass
// in about a second each. Every wait is on a condition, bounded by --timeout; a failed check ends
// the demo with exit code 9.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/granary-network/granary/bindings"
	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/auditor"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/devnet"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/renter"
)

func demoCommand() *cli.Command {
	return &cli.Command{
		Name: "demo",
		Usage: "the whole market in one process (a devnet, farmers, a renter and an auditor): put files into agreements, " +
			"stop two farmers, watch them get slashed and disqualified, repair, get the file back, settle, claim, and print a summary",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "data-dir", EnvVars: []string{"GRANARY_DATA_DIR"}, Usage: "keep everything in this new or empty directory (default: a temporary directory, removed at the end)"},
			&cli.IntFlag{Name: "farmers", Value: 8, Usage: "farmers to start: the k+m that take the file and spares for the repair"},
			&cli.StringFlag{Name: "size", Value: "6MiB", Usage: "size of the generated file"},
			&cli.StringFlag{Name: "segment-size", Value: "1MiB", Usage: "plaintext bytes per segment"},
			&cli.IntFlag{Name: "stop", Value: 2, Usage: "farmers to stop once the file is stored (at most m, and at most the spares)"},
			&cli.DurationFlag{Name: "idle", Value: 250 * time.Millisecond, Usage: "the devnet seals an empty block after this much quiet"},
			&cli.DurationFlag{Name: "timeout", Value: 3 * time.Minute, Usage: "give up after this long"},
			configFlag(), jsonFlag(), logFlag(),
		},
		Action: runDemo,
	}
}

// The demo's accounts: dev 1..farmers are the farmers, then the renter, then the auditor.
const (
	demoPassword       = "demo"
	demoPeriods        = 16       // agreement length: far past the story's end, so no renewal is due
	demoAgreementBytes = 64 << 20 // data one agreement may hold (its escrow pays for that much)
)

// demo is one run of `granary demo`.
type demo struct {
	// The disqualified farmers' agreements as they stood before the repair pass settled them, the
	// block and the renter's balance then (settleFailed checks the settlements against them).
	settlePre   map[uint64]chain.AgreementInfo
	settleFrom  uint64
	settleFunds *big.Int

	e     *env
	w     io.Writer
	start time.Time
	step  int
	err   error // the first failed step: later steps do not run

	d       *devnet.Devnet
	dep     chain.Deployment
	cl      *chain.AgreementClient // read-only
	sched   market.AgreementSchedule
	chainID *big.Int
	mabi    *abi.ABI
	tabi    *abi.ABI

	farmers []*demoFarmer
	renter  *renterNode
	rAddr   common.Address
	rTokens *big.Int // the renter's tokens before its first put

	aud     *auditor.AgreementAuditor
	audAddr common.Address
	audStop context.CancelFunc
	audDone <-chan struct{}

	params    pipeline.Params
	file      *manifest.Manifest
	sum       [32]byte
	holders   []*demoFarmer // the farmers of the file's columns, in column order
	spares    []*demoFarmer // farmers holding nothing of it
	stopped   []*demoFarmer
	original  []uint64          // the file's first agreements, in column order
	postedIn  map[uint64]uint32 // agreement -> the period its (only) posted revision landed in
	slashFrom map[common.Address]*big.Int
	supply    *big.Int // token supply when the farmers were stopped

	summary demoSummary
}

type demoFarmer struct {
	i       int
	addr    common.Address
	node    *farmerNode
	running bool
	stopped bool     // stopped by the story (its misses are reported)
	tokens  *big.Int // its token balance once staked
	stake   *big.Int // free + locked once staked
}

func (f *demoFarmer) name() string { return fmt.Sprintf("dev%d", f.i) }

// demoSummary is what the demo prints at the end (--json: this object).
type demoSummary struct {
	Seconds        float64            `json:"seconds"`
	File           fileView           `json:"file"`
	SHA256         string             `json:"sha256"`
	PutTxs         []int              `json:"putTransactions"` // chain transactions of the first and the second put
	Agreements     []demoAgreement    `json:"agreements"`
	Heartbeats     int                `json:"heartbeats"` // HeartbeatProven events
	Proofs         int                `json:"proofs"`     // AgreementProven events
	MissesReported int                `json:"missesReported"`
	Slashed        string             `json:"slashed"`
	Bounties       string             `json:"bounties"`
	Burned         string             `json:"burned"`
	Disqualified   []string           `json:"disqualified"`
	ShardsRepaired int                `json:"shardsRepaired"`
	RenterEscrow   string             `json:"renterEscrow"`  // deposited into agreements
	RenterRefunds  string             `json:"renterRefunds"` // unearned escrow and collateral of the failed agreements
	Farmers        []demoFarmerResult `json:"farmers"`
	Gas            []gasLine          `json:"gas"`
	GasTotal       uint64             `json:"gasTotal"`
}

type demoAgreement struct {
	ID         uint64 `json:"id"`
	Farmer     string `json:"farmer"`
	Status     string `json:"status"`   // open, failed (farmer disqualified)
	Revision   uint64 `json:"revision"` // on chain
	Bytes      uint64 `json:"bytes"`
	Rate       string `json:"ratePerPeriod"`
	Escrow     string `json:"escrow"`
	Collateral string `json:"collateral"`
	Earned     string `json:"earned"` // vindicated by proofs
	Paid       string `json:"paid"`   // claimed, or paid out at settlement
	ToRenter   string `json:"toRenter,omitempty"`
}

type demoFarmerResult struct {
	Name         string `json:"name"`
	Address      string `json:"address"`
	Role         string `json:"role"` // holder, stopped, spare (a repair's new holder)
	Heartbeats   int    `json:"heartbeats"`
	Misses       int    `json:"misses"`
	Slashed      string `json:"slashed"`
	Disqualified bool   `json:"disqualified"`
	Earned       string `json:"earned"` // tokens received: claims and settlements
	Stake        string `json:"stake"`  // free + locked + unbonding now
}

type gasLine struct {
	Method string `json:"method"`
	Txs    int    `json:"txs"`
	Gas    uint64 `json:"gas"`
}

func runDemo(c *cli.Context) error {
	e := newEnv(c)
	if !c.IsSet("log-level") {
		e.log = quietLogger(c) // the demo's own lines tell the story; the components only warn
	}
	size, err := parseSize(c.String("size"))
	if err != nil {
		return err
	}
	seg, err := parseSize(c.String("segment-size"))
	if err != nil {
		return err
	}
	params := pipeline.Params{DataShards: 3, ParityShards: 3, SegmentSize: int(seg)}
	if err := params.Validate(); err != nil {
		return usageError{err}
	}
	n := params.DataShards + params.ParityShards
	nf, nstop := c.Int("farmers"), c.Int("stop")
	// Each farmer's agreement takes 1/k of both files (the second a third of the first's size).
	if limit := uint64(demoAgreementBytes / 2 * params.DataShards); size == 0 || size > limit {
		return usagef("--size %s: between 1 byte and %s", c.String("size"), formatBytes(limit))
	}
	if nf < n+1 {
		return usagef("--farmers %d: the demo needs at least %d (%d for its %d+%d shards, spares for the repair)", nf, n+1, n,
			params.DataShards, params.ParityShards)
	}
	if nstop < 1 || nstop > params.ParityShards || nstop > nf-n {
		return usagef("--stop %d: stop between 1 and %d farmers (at most m = %d, at most the %d spares)", nstop,
			min(params.ParityShards, nf-n), params.ParityShards, nf-n)
	}
	dir := c.String("data-dir")
	if dir == "" {
		if dir, err = os.MkdirTemp("", "granary-demo-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	} else if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return usagef("--data-dir %s is not empty: the demo starts a new chain in a new or empty directory", dir)
	}
	ctx, stop := signalContext(c.Context)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, c.Duration("timeout"))
	defer cancel()

	w := e.out
	if e.json {
		w = io.Discard
	}
	m := &demo{e: e, w: w, start: time.Now(), params: params, postedIn: map[uint64]uint32{},
		slashFrom: map[common.Address]*big.Int{}}
	defer m.close()
	if m.mabi, err = bindings.AgreementMarketMetaData.GetAbi(); err != nil {
		return err
	}
	if m.tabi, err = bindings.GranaryTokenMetaData.GetAbi(); err != nil {
		return err
	}
	data := make([]byte, size)
	_, _ = rand.NewChaCha8([32]byte{'g', 'r', 'a', 'n', 'a', 'r', 'y'}).Read(data)
	m.sum = sha256.Sum256(data)
	notes := make([]byte, max(size/3, 1))
	_, _ = rand.NewChaCha8([32]byte{'n', 'o', 't', 'e', 's'}).Read(notes)

	mp := market.DevnetAgreementParams()
	mp.SampleBps = 10_000 // every live agreement is due every period: each heartbeat proves all of them
	mp.ReportPeriods = 2
	mp.DisqualifyAfterMisses = 3
	mp.UnbondingSeconds = (uint32(mp.ReportPeriods) + 2) * mp.PeriodSeconds // the least Validate allows
	if err := mp.Validate(); err != nil {
		return err
	}

	m.run(fmt.Sprintf("start a devnet: %d s periods (the chain's clock will jump between acts), %d s grace, every live agreement due every period, "+
		"misses reportable for %d periods, %d in a row disqualify", mp.PeriodSeconds, mp.GraceSeconds, mp.ReportPeriods, mp.DisqualifyAfterMisses),
		func() error { return m.startChain(ctx, filepath.Join(dir, "devnet"), c.Duration("idle"), mp, nf+2) })
	m.run(fmt.Sprintf("start %d farmers (dev accounts 1-%d): stake, announce, run their heartbeat loops", nf, nf),
		func() error { return m.startFarmers(ctx, nf) })
	m.run(fmt.Sprintf("start a renter (dev%d; %d-period agreements of up to %s) and an auditor (dev%d)", nf+1, demoPeriods,
		formatBytes(demoAgreementBytes), nf+2), func() error { return m.startRenterAndAuditor(ctx, nf) })
	m.run(fmt.Sprintf("put demo.bin (%s, %d+%d shards per %s segment): one agreement opened with each farmer placed with, revision 1 of each co-signed",
		formatBytes(size), params.DataShards, params.ParityShards, formatBytes(seg)), func() error { return m.putFirst(ctx, data) })
	m.run(fmt.Sprintf("put notes.bin (%s) into the same agreements: revision 2 of each, no chain transaction", formatBytes(uint64(len(notes)))),
		func() error { return m.putSecond(ctx, notes) })
	m.run("rm notes.bin: the farmers co-sign revision 3 without its shards, and keep them on disk until the chain holds revision 3",
		func() error { return m.remove(ctx) })
	m.run("the chain's clock jumps to the next period: each farmer's heartbeat posts its newest revision (3; 1 and 2 never reach the chain)",
		func() error { return m.postRevisions(ctx) })
	m.run("the clock jumps a period: every agreement is live and due; each farmer's heartbeat proves a sampled leaf of it, which vindicates its pay",
		func() error { return m.firstProofs(ctx) })
	m.run("the farmers delete notes.bin's shards, now that the chain holds their removal", func() error { return m.freed(ctx) })
	m.run(fmt.Sprintf("stop %d farmers holding shards: their shards become unreachable, their heartbeats stop", nstop),
		func() error { return m.stopFarmers(ctx, nstop) })
	m.run(fmt.Sprintf("periods pass (the clock jumps past each one's grace): the honest farmers prove, the auditor reports every missed heartbeat "+
		"(a slash, a bounty), %d misses in a row disqualify", mp.DisqualifyAfterMisses), func() error { return m.misses(ctx) })
	m.run("repair: the renter rebuilds the lost columns from the healthy shards onto the spare farmers, under new agreements, and settles the disqualified farmers' agreements",
		func() error { return m.repair(ctx) })
	m.run("get demo.bin back with the stopped farmers still down", func() error { return m.get(ctx) })
	m.run("the renter's machine is lost: on a new one, with only its keys, `renter recover` finds its agreements on chain and its "+
		"catalogue with the farmers (the stopped ones still down), and demo.bin comes back byte-identical", func() error { return m.recoverRenter(ctx, dir, nf) })
	m.run("the repair pass settled the disqualified farmers' agreements (anyone may, at once): they failed, the renter got the unearned escrow and the collateral",
		func() error { return m.settleFailed(ctx) })
	m.run("the farmers stop; each claims its vindicated pay (`granary farmer withdraw`)", func() error { return m.claims(ctx) })
	m.run("the auditor withdraws its bounties; the market holds exactly what it owes", func() error { return m.conservation(ctx) })
	if m.err != nil {
		return m.err
	}
	if err := m.collect(ctx); err != nil {
		return err
	}
	m.summary.Seconds = time.Since(m.start).Seconds()
	if e.json {
		return e.emit(m.summary, nil)
	}
	m.print()
	return nil
}

// run prints and times one step; a failure becomes exit code 9 naming the step, and skips the rest.
func (m *demo) run(name string, fn func() error) {
	if m.err != nil {
		return
	}
	m.step++
	fmt.Fprintf(m.w, "[%d] %s\n", m.step, name)
	t := time.Now()
	if err := fn(); err != nil {
		fmt.Fprintf(m.w, "    FAILED after %.1fs: %v\n", time.Since(t).Seconds(), err)
		if errors.Is(err, context.Canceled) {
			m.err = err
			return
		}
		m.err = withCode(exitCheck, fmt.Errorf("demo step %d (%s): %w", m.step, name, err), "")
		return
	}
	fmt.Fprintf(m.w, "    ok (%.1fs)\n", time.Since(t).Seconds())
}

func (m *demo) say(format string, args ...any) {
	fmt.Fprintf(m.w, "      "+format+"\n", args...)
}

// table prints rows aligned, indented like say's lines.
func (m *demo) table(rows [][]string) {
	tw := tabwriter.NewWriter(m.w, 0, 2, 2, ' ', 0)
	for _, r := range rows {
		fmt.Fprintf(tw, "      %s\n", strings.Join(r, "\t"))
	}
	tw.Flush()
}

// waitFor polls cond every interval until it holds, fails, or ctx ends.
func waitFor(ctx context.Context, every time.Duration, what string, cond func() (bool, error)) error {
	for {
		ok, err := cond()
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", what, ctx.Err())
		case <-time.After(every):
		}
	}
}

func (m *demo) startChain(ctx context.Context, dir string, idle time.Duration, mp market.AgreementParams, accounts int) error {
	var err error
	m.d, err = devnet.Start(ctx, devnet.Config{DataDir: dir, Listen: "127.0.0.1:0", Idle: idle, Params: mp,
		DevAccounts: accounts, Password: demoPassword, Logger: m.e.log})
	if err != nil {
		return err
	}
	m.dep = m.d.Deployment()
	m.chainID = new(big.Int).SetUint64(m.dep.ChainID)
	if m.cl, err = chain.NewAgreementClient(ctx, m.d.Client(), m.dep, nil); err != nil {
		return err
	}
	m.sched = m.cl.Schedule()
	if m.sched.SampleBps != mp.SampleBps || m.sched.PeriodSeconds != mp.PeriodSeconds {
		return fmt.Errorf("the market was deployed with %+v", m.sched)
	}
	head, err := m.cl.Head(ctx)
	if err != nil {
		return err
	}
	m.say("JSON-RPC %s, market %s, period %d", m.d.HTTPURL(), m.dep.Market.Hex(), head.Period)
	return nil
}

func (m *demo) startFarmers(ctx context.Context, nf int) error {
	// One after the other, so that they announce in order: placement ranks equal offers by the
	// order of announcement, so dev1..dev(k+m) take the file and the last ones are the spares.
	for i := 1; i <= nf; i++ {
		n, err := startDevFarmer(ctx, m.d, i, demoPassword, m.e)
		if err != nil {
			return fmt.Errorf("farmer dev%d: %w", i, err)
		}
		m.farmers = append(m.farmers, &demoFarmer{i: i, addr: n.Svc.Address(), node: n, running: true})
	}
	var price *big.Int
	for _, f := range m.farmers {
		st, err := m.cl.Standing(ctx, f.addr)
		if err != nil {
			return err
		}
		f.stake = new(big.Int).Add(st.Free, st.Locked)
		if !st.Announced || st.Disqualified || f.stake.Cmp(m.sched.MinStake) < 0 {
			return fmt.Errorf("farmer %s: announced %v, disqualified %v, stake %s", f.name(), st.Announced, st.Disqualified, grn(f.stake))
		}
		if f.tokens, _, err = m.cl.Funds(ctx, f.addr); err != nil {
			return err
		}
		price = st.PricePerGiB
	}
	m.say("%d farmers announced on 127.0.0.1 at %s/GiB/period, %s staked each (minimum %s)", len(m.farmers), grn(price),
		grn(m.farmers[0].stake), grn(m.sched.MinStake))
	return nil
}

// devAgreementClient opens dev account i and returns a client signing with it.
func (m *demo) devAgreementClient(ctx context.Context, i int) (*chain.AgreementClient, chain.Account, error) {
	acct, err := chain.OpenAccount(filepath.Join(m.d.AccountDir(i), "keystore"), [20]byte{}, demoPassword)
	if err != nil {
		return nil, acct, err
	}
	opts, err := acct.Transactor(m.chainID)
	if err != nil {
		return nil, acct, err
	}
	c, err := chain.NewAgreementClient(ctx, m.d.Client(), m.dep, opts, chain.WithPollInterval(20*time.Millisecond),
		chain.WithReplaceAfter(5*time.Second))
	return c, acct, err
}

func (m *demo) startRenterAndAuditor(ctx context.Context, nf int) error {
	rdir := m.d.AccountDir(nf + 1)
	if err := createMasterKey(rdir, demoPassword, true); err != nil {
		return err
	}
	r, _, racct, err := m.openDemoRenter(ctx, nf, rdir)
	if err != nil {
		return err
	}
	m.renter, m.rAddr = r, racct.Address
	if m.rTokens, _, err = m.cl.Funds(ctx, m.rAddr); err != nil {
		return err
	}
	ac, aacct, err := m.devAgreementClient(ctx, nf+2)
	if err != nil {
		return err
	}
	m.audAddr = aacct.Address
	actx, acancel := context.WithCancel(ctx)
	m.audStop = acancel
	// The bounties stay in the market until the demo has the auditor withdraw them at the end.
	m.aud, m.audDone = startAuditor(actx, ac, auditor.AgreementOptions{Poll: 100 * time.Millisecond, WithdrawEvery: -1,
		Logger: m.e.log})
	m.say("renter %s (%s), auditor %s", m.rAddr.Hex(), grn(m.rTokens), m.audAddr.Hex())
	return nil
}

// openDemoRenter opens a renter node on dataDir with the demo renter's keys (dev account nf+1, its
// master key in that account's directory), and its chain client.
func (m *demo) openDemoRenter(ctx context.Context, nf int, dataDir string) (*renterNode, *chain.AgreementClient, chain.Account, error) {
	mk, err := openMasterKey(m.d.AccountDir(nf+1), demoPassword)
	if err != nil {
		return nil, nil, chain.Account{}, err
	}
	rc, racct, err := m.devAgreementClient(ctx, nf+1)
	if err != nil {
		return nil, nil, chain.Account{}, err
	}
	r, err := openRenter(ctx, renterConfig{DataDir: dataDir, Client: rc, Key: racct, Master: mk, Log: m.e.log,
		Options: renter.AgreementOptions{Periods: demoPeriods, MaxBytesPerAgreement: demoAgreementBytes}})
	return r, rc, racct, err
}

// head returns the latest block number.
func (m *demo) head(ctx context.Context) (uint64, error) { return m.cl.Block(ctx) }

// period returns the period of the latest block.
func (m *demo) period(ctx context.Context) (uint32, error) { return m.cl.CurrentPeriod(ctx) }

// at pins a read to block n.
func at(ctx context.Context, n uint64) *bind.CallOpts {
	return &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(n)}
}

// txsFrom counts the transactions sent by from in blocks lo..hi, by method.
func (m *demo) txsFrom(ctx context.Context, from common.Address, lo, hi uint64) (int, map[string]int, error) {
	signer := types.LatestSignerForChainID(m.chainID)
	n, by := 0, map[string]int{}
	for b := lo; b <= hi; b++ {
		blk, err := m.d.Client().BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			return 0, nil, err
		}
		for _, tx := range blk.Transactions() {
			if s, err := types.Sender(signer, tx); err != nil || s != from {
				continue
			}
			n++
			by[m.method(tx)]++
		}
	}
	return n, by, nil
}

// method names a transaction: the contract method it calls.
func (m *demo) method(tx *types.Transaction) string {
	var a *abi.ABI
	prefix := ""
	switch {
	case tx.To() == nil:
		return "deploy"
	case *tx.To() == m.dep.Market:
		a = m.mabi
	case *tx.To() == m.dep.Token:
		a, prefix = m.tabi, "token."
	default:
		return "ether transfer"
	}
	if meth, err := a.MethodById(tx.Data()); err == nil {
		return prefix + meth.Name
	}
	return prefix + "?"
}

func countsText(by map[string]int) string {
	var parts []string
	for k, v := range by {
		parts = append(parts, fmt.Sprintf("%d %s", v, k))
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}

// marketLogs returns the market's logs in blocks lo..hi (hi 0: to the head).
func (m *demo) marketLogs(ctx context.Context, lo, hi uint64) ([]types.Log, error) {
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(lo), Addresses: []common.Address{m.dep.Market}}
	if hi > 0 {
		q.ToBlock = new(big.Int).SetUint64(hi)
	}
	return m.d.Client().FilterLogs(ctx, q)
}

func (m *demo) farmerOf(a common.Address) *demoFarmer {
	for _, f := range m.farmers {
		if f.addr == a {
			return f
		}
	}
	return nil
}

func (m *demo) label(a common.Address) string {
	if f := m.farmerOf(a); f != nil {
		return f.name()
	}
	return a.Hex()
}

// booked returns the renter's book record of each of ids.
func (m *demo) booked(ctx context.Context, ids []uint64) (map[uint64]renter.AgreementSummary, error) {
	list, err := m.renter.AgreementsList(ctx)
	if err != nil {
		return nil, err
	}
	out := map[uint64]renter.AgreementSummary{}
	for _, a := range list {
		out[a.ID] = a
	}
	for _, id := range ids {
		if _, ok := out[id]; !ok {
			return nil, fmt.Errorf("agreement %d is not in the renter's book", id)
		}
	}
	return out, nil
}

// checkRevisions checks that the book's newest revision of each of the file's agreements is number,
// with shards shards.
func (m *demo) checkRevisions(ctx context.Context, number, shards uint64) (map[uint64]renter.AgreementSummary, error) {
	book, err := m.booked(ctx, m.original)
	if err != nil {
		return nil, err
	}
	for _, id := range m.original {
		if b := book[id]; b.Number != number || b.Shards != shards {
			return nil, fmt.Errorf("agreement %d: the book's newest revision is %d with %d shards, want %d with %d", id, b.Number,
				b.Shards, number, shards)
		}
	}
	return book, nil
}

func (m *demo) putFirst(ctx context.Context, data []byte) error {
	// The acts start on a period boundary, once every farmer's loop is done with the period (nothing
	// is owed yet): the puts and the removal then happen well inside one period, whatever the setup
	// took (each block moves the clock a second), and their revisions wait for the next one.
	p, _, err := m.advanceTo(ctx, 0)
	if err != nil {
		return err
	}
	m.say("the chain's clock jumps to the start of period %d; every farmer's loop has finished it (nothing owed yet)", p)
	b0, err := m.head(ctx)
	if err != nil {
		return err
	}
	if m.file, err = m.renter.Put(ctx, "demo.bin", bytes.NewReader(data), m.params); err != nil {
		return err
	}
	b1, err := m.head(ctx)
	if err != nil {
		return err
	}
	m.original = nil
	for c, sh := range m.file.Segments[0].Shards {
		f := m.farmerOf(sh.Farmer)
		if f == nil || sh.AgreementID == 0 {
			return fmt.Errorf("column %d placed with %x under agreement %d", c, sh.Farmer, sh.AgreementID)
		}
		if slices.Contains(m.holders, f) {
			return fmt.Errorf("%s holds two columns", f.name())
		}
		m.holders = append(m.holders, f)
		m.original = append(m.original, sh.AgreementID)
	}
	for _, seg := range m.file.Segments {
		for c, sh := range seg.Shards {
			if sh.AgreementID != m.original[c] || sh.Farmer != m.holders[c].addr {
				return fmt.Errorf("column %d is not all under agreement %d", c, m.original[c])
			}
		}
	}
	for _, f := range m.farmers {
		if !slices.Contains(m.holders, f) {
			m.spares = append(m.spares, f)
		}
	}
	// The agreements the put opened: from the blocks it spanned.
	logs, err := m.marketLogs(ctx, b0+1, b1)
	if err != nil {
		return err
	}
	var opened []uint64
	for _, l := range logs {
		if ev, err := m.cl.Market.ParseAgreementOpened(l); err == nil {
			if ev.Renter != m.rAddr {
				return fmt.Errorf("agreement %d opened for %s", ev.Id, ev.Renter)
			}
			opened = append(opened, ev.Id)
		}
	}
	slices.Sort(opened)
	if want := slices.Sorted(slices.Values(m.original)); !slices.Equal(opened, want) {
		return fmt.Errorf("the put opened agreements %v, the file is under %v", opened, want)
	}
	ntx, by, err := m.txsFrom(ctx, m.rAddr, b0+1, b1)
	if err != nil {
		return err
	}
	if by["open"] != len(m.original) || ntx != by["open"]+by["token.approve"] {
		return fmt.Errorf("the put sent %d transactions (%s), want one open per agreement and approvals", ntx, countsText(by))
	}
	m.summary.PutTxs = append(m.summary.PutTxs, ntx)
	book, err := m.checkRevisions(ctx, 1, uint64(len(m.file.Segments)))
	if err != nil {
		return err
	}
	m.say("%d segments, %s stored with %d farmers; the put sent %d chain transactions (%s)", len(m.file.Segments),
		formatBytes(m.file.StoredSize()), len(m.holders), ntx, countsText(by))
	rows := [][]string{{"agreement", "farmer", "revision", "shards", "size", "rate/period", "escrow", "collateral", "end", "on chain"}}
	for c, id := range m.original {
		info, err := m.cl.Agreement(ctx, id)
		if err != nil {
			return err
		}
		b := book[id]
		// The revision lives off chain, co-signed, until a heartbeat posts it.
		if info.Status != chain.AgreementOpen || info.Number != 0 || info.Leaves != 0 || info.Farmer != m.holders[c].addr {
			return fmt.Errorf("agreement %d on chain: status %d, revision %d, %d leaves, farmer %s", id, info.Status, info.Number,
				info.Leaves, info.Farmer)
		}
		rows = append(rows, []string{fmt.Sprint(id), m.holders[c].name(), fmt.Sprint(b.Number), fmt.Sprint(b.Shards),
			formatBytes(b.Leaves * 256), grn(b.Rate), grn(info.Escrow), grn(info.Collateral), fmt.Sprint(info.EndPeriod), "empty, revision 0"})
	}
	m.table(rows)
	return nil
}

func (m *demo) putSecond(ctx context.Context, notes []byte) error {
	b0, err := m.head(ctx)
	if err != nil {
		return err
	}
	m2, err := m.renter.Put(ctx, "notes.bin", bytes.NewReader(notes), m.params)
	if err != nil {
		return err
	}
	b1, err := m.head(ctx)
	if err != nil {
		return err
	}
	if got := fileAgreements(m2); !slices.Equal(got, slices.Sorted(slices.Values(m.original))) {
		return fmt.Errorf("notes.bin went into agreements %v, demo.bin is in %v", got, m.original)
	}
	ntx, by, err := m.txsFrom(ctx, m.rAddr, b0+1, b1)
	if err != nil {
		return err
	}
	m.summary.PutTxs = append(m.summary.PutTxs, ntx)
	if ntx != 0 {
		return fmt.Errorf("the second put sent %d chain transactions (%s), want none", ntx, countsText(by))
	}
	book, err := m.checkRevisions(ctx, 2, uint64(len(m.file.Segments)+len(m2.Segments)))
	if err != nil {
		return err
	}
	b := book[m.original[0]]
	m.say("no chain transaction; each farmer co-signed revision 2 of its agreement: %d shards, %s", b.Shards, formatBytes(b.Leaves*256))
	return nil
}

func (m *demo) remove(ctx context.Context) error {
	used := map[*demoFarmer]int64{}
	for _, f := range m.holders {
		used[f] = f.node.Store.Used()
	}
	b0, err := m.head(ctx)
	if err != nil {
		return err
	}
	if err := m.renter.Remove(ctx, "notes.bin"); err != nil {
		return err
	}
	b1, err := m.head(ctx)
	if err != nil {
		return err
	}
	if ntx, by, err := m.txsFrom(ctx, m.rAddr, b0+1, b1); err != nil {
		return err
	} else if ntx != 0 {
		return fmt.Errorf("the removal sent %d chain transactions (%s), want none", ntx, countsText(by))
	}
	names, err := m.renter.List(ctx)
	if err != nil {
		return err
	}
	if !slices.Equal(names, []string{"demo.bin"}) {
		return fmt.Errorf("the catalogue lists %v", names)
	}
	book, err := m.checkRevisions(ctx, 3, uint64(len(m.file.Segments)))
	if err != nil {
		return err
	}
	// The chain still holds revision 0: a renter may challenge against it, so nothing is freed yet.
	for _, f := range m.holders {
		if u := f.node.Store.Used(); u != used[f] {
			return fmt.Errorf("%s freed %s before the chain holds the removal", f.name(), formatBytes(uint64(used[f]-u)))
		}
	}
	b := book[m.original[0]]
	m.say("0 chain transactions; revision 3 holds %d shards (%s); each farmer still stores %s", b.Shards,
		formatBytes(b.Leaves*256), formatBytes(uint64(used[m.holders[0]])))
	return nil
}

// running returns the farmers still running.
func (m *demo) running() []*demoFarmer {
	var out []*demoFarmer
	for _, f := range m.farmers {
		if f.running {
			out = append(out, f)
		}
	}
	return out
}

// advance moves the chain's clock to the next period, past the previous period's grace (so that its
// report window opens), and waits until every running farmer's heartbeat loop has finished the new
// period; every farmer obliged in it must have its heartbeat on chain. It returns the period and
// the farmers whose heartbeat of it is on chain.
func (m *demo) advance(ctx context.Context) (uint32, []*demoFarmer, error) {
	return m.advanceTo(ctx, uint64(m.sched.GraceSeconds))
}

// advanceTo is advance to offset seconds into the next period.
func (m *demo) advanceTo(ctx context.Context, offset uint64) (uint32, []*demoFarmer, error) {
	cur, err := m.period(ctx)
	if err != nil {
		return 0, nil, err
	}
	p := cur + 1
	if err := m.d.WarpTo(ctx, m.sched.PeriodStart(p)+offset); err != nil {
		return 0, nil, err
	}
	if now, err := m.period(ctx); err != nil {
		return 0, nil, err
	} else if now != p {
		return 0, nil, fmt.Errorf("the clock moved to period %d, not %d", now, p)
	}
	var proven []*demoFarmer
	for _, f := range m.running() {
		if err := waitFor(ctx, 5*time.Millisecond, fmt.Sprintf("%s's heartbeat loop to finish period %d", f.name(), p),
			func() (bool, error) { return f.node.Loop.Done(p), nil }); err != nil {
			return 0, nil, err
		}
		obliged, err := m.cl.Obliged(ctx, f.addr, p)
		if err != nil {
			return 0, nil, err
		}
		ok, err := m.cl.Proven(ctx, f.addr, p)
		if err != nil {
			return 0, nil, err
		}
		if obliged && !ok {
			return 0, nil, fmt.Errorf("%s owes a heartbeat for period %d and sent none (%+v)", f.name(), p, f.node.Loop.Status())
		}
		if ok {
			proven = append(proven, f)
		}
	}
	return p, proven, nil
}

func names(fs []*demoFarmer) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.name())
	}
	return strings.Join(out, " ")
}

func (m *demo) postRevisions(ctx context.Context) error {
	b0, err := m.head(ctx)
	if err != nil {
		return err
	}
	p, proven, err := m.advance(ctx)
	if err != nil {
		return err
	}
	book, err := m.booked(ctx, m.original)
	if err != nil {
		return err
	}
	for c, id := range m.original {
		f := m.holders[c]
		if !slices.Contains(proven, f) {
			return fmt.Errorf("%s sent no heartbeat in period %d to post its revision", f.name(), p)
		}
		info, err := m.cl.Agreement(ctx, id)
		if err != nil {
			return err
		}
		b := book[id]
		if info.Number != b.Number || info.Leaves != b.Leaves || info.Shards != b.Shards || info.LiveFrom != p+1 {
			return fmt.Errorf("agreement %d on chain: revision %d, %d leaves, live from %d; the book's newest is %d with %d leaves",
				id, info.Number, info.Leaves, info.LiveFrom, b.Number, b.Leaves)
		}
	}
	logs, err := m.marketLogs(ctx, b0+1, 0)
	if err != nil {
		return err
	}
	posted := map[uint64][]uint64{}
	for _, l := range logs {
		if ev, err := m.cl.Market.ParseRevisionPosted(l); err == nil {
			posted[ev.Id] = append(posted[ev.Id], ev.Number)
			hd, err := m.d.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
			if err != nil {
				return err
			}
			m.postedIn[ev.Id] = m.sched.PeriodAt(hd.Time)
		}
	}
	for _, id := range m.original {
		if !slices.Equal(posted[id], []uint64{3}) || m.postedIn[id] != p {
			return fmt.Errorf("agreement %d: revisions %v posted (in period %d), want only 3, in %d", id, posted[id], m.postedIn[id], p)
		}
	}
	m.say("period %d: heartbeats from %s posted revision 3 of agreements %v (no proofs yet: the data is live from period %d)",
		p, names(proven), m.original, p+1)
	return nil
}

func (m *demo) firstProofs(ctx context.Context) error {
	p, proven, err := m.advance(ctx)
	if err != nil {
		return err
	}
	h, err := m.head(ctx)
	if err != nil {
		return err
	}
	now, err := m.period(ctx)
	if err != nil {
		return err
	}
	rows := [][]string{{"agreement", "farmer", "proven in", "rate/period", "earned", "claimed", "earned-unpaid"}}
	for c, id := range m.original {
		f := m.holders[c]
		if !slices.Contains(proven, f) {
			return fmt.Errorf("%s sent no heartbeat in period %d", f.name(), p)
		}
		ok, err := m.cl.ProvenIn(ctx, id, p)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("agreement %d (due in every period) not proven in %d", id, p)
		}
		a, err := m.agreementAt(ctx, id, h)
		if err != nil {
			return err
		}
		earned, err := m.cl.Market.EarnedOf(at(ctx, h), id)
		if err != nil {
			return err
		}
		rate := market.Rate(a.PricePerGiB, a.Leaves)
		// Pay accrues from the period the revision landed in (its rate, charged from there) up to the
		// last proven period, and is vindicated by that proof.
		want := new(big.Int).Mul(rate, big.NewInt(int64(a.LastProven-m.postedIn[id]+1)))
		if a.LastProven != p || a.Vindicated.Cmp(want) != 0 {
			return fmt.Errorf("agreement %d: last proven %d, vindicated %s; want %d and %s", id, a.LastProven, grn(a.Vindicated), p, grn(want))
		}
		// earnedOf = vindicated - claimed, plus the accrual of the current period if it is past p.
		if want := new(big.Int).Add(new(big.Int).Sub(a.Vindicated, a.Paid), new(big.Int).Mul(rate, big.NewInt(int64(now-p)))); earned.Cmp(want) != 0 {
			return fmt.Errorf("agreement %d: earnedOf %s, want %s", id, grn(earned), grn(want))
		}
		if a.Vindicated.Sign() <= 0 {
			return fmt.Errorf("agreement %d: nothing earned", id)
		}
		rows = append(rows, []string{fmt.Sprint(id), f.name(), fmt.Sprint(p), grn(rate), grn(a.Vindicated), grn(a.Paid), grn(earned)})
	}
	m.say("period %d: %d heartbeats (%s), one proof per agreement", p, len(proven), names(proven))
	m.table(rows)
	m.say("(a farmer's heartbeat loop claims the vindicated pay once its heartbeat is in: earned = claimed + earned-unpaid)")
	return nil
}

// agreementAt reads agreement id as of block n.
func (m *demo) agreementAt(ctx context.Context, id uint64, n uint64) (chain.AgreementInfo, error) {
	a, err := m.cl.Market.GetAgreement(at(ctx, n), id)
	if err != nil {
		return chain.AgreementInfo{}, err
	}
	return chain.AgreementInfo{ID: id, Renter: a.Renter, Farmer: a.Farmer, Status: a.Status, PricePerGiB: a.PricePerGiB,
		Escrow: a.Escrow, Accrued: a.Accrued, Vindicated: a.Vindicated, Paid: a.Paid, Collateral: a.Collateral,
		AccruedTo: a.AccruedTo, StartPeriod: a.StartPeriod, EndPeriod: a.EndPeriod, LiveFrom: a.LiveFrom,
		LastProven: a.LastProven, Leaves: a.Leaves, Shards: a.Shards, Number: a.Number}, nil
}

func (m *demo) freed(ctx context.Context) error {
	book, err := m.booked(ctx, m.original)
	if err != nil {
		return err
	}
	t := time.Now()
	for c, f := range m.holders {
		want := int64(book[m.original[c]].Leaves * 256)
		if err := waitFor(ctx, 20*time.Millisecond, f.name()+" to free the removed shards", func() (bool, error) {
			return f.node.Store.Used() == want, nil
		}); err != nil {
			return fmt.Errorf("%w (stores %s, revision 3 holds %s)", err, formatBytes(uint64(f.node.Store.Used())), formatBytes(uint64(want)))
		}
	}
	m.say("each farmer now stores exactly revision 3's shards, %s (freed within %.1fs: the loops look at the chain's revisions every few seconds)",
		formatBytes(book[m.original[0]].Leaves*256), time.Since(t).Seconds())
	return nil
}

// allMined waits until addr has no transaction waiting to be mined.
func (m *demo) allMined(ctx context.Context, addr common.Address) error {
	c := m.d.Client()
	return waitFor(ctx, 20*time.Millisecond, "the last transactions of "+m.label(addr), func() (bool, error) {
		pending, err := c.PendingNonceAt(ctx, addr)
		if err != nil {
			return false, err
		}
		mined, err := c.NonceAt(ctx, addr, nil)
		return err == nil && mined == pending, err
	})
}

// stopFarmer closes f and waits until what it sent is mined.
func (m *demo) stopFarmer(ctx context.Context, f *demoFarmer) error {
	f.node.Close()
	f.running = false
	return m.allMined(ctx, f.addr)
}

func (m *demo) stopFarmers(ctx context.Context, nstop int) error {
	for _, f := range m.holders[:nstop] {
		if err := m.stopFarmer(ctx, f); err != nil {
			return err
		}
		f.stopped = true
		m.stopped = append(m.stopped, f)
		st, err := m.cl.Standing(ctx, f.addr)
		if err != nil {
			return err
		}
		m.slashFrom[f.addr] = new(big.Int).Add(st.Free, st.Unbonding)
	}
	var err error
	if m.supply, err = m.cl.Token.TotalSupply(&bind.CallOpts{Context: ctx}); err != nil {
		return err
	}
	var cols []string
	for c := range nstop {
		cols = append(cols, fmt.Sprintf("%s (column %d, agreement %d)", m.holders[c].name(), c, m.original[c]))
	}
	m.say("stopped %s", strings.Join(cols, ", "))
	return nil
}

func (m *demo) misses(ctx context.Context) error {
	dq := int(m.sched.DisqualifyAfterMisses)
	b0, err := m.head(ctx)
	if err != nil {
		return err
	}
	for range dq + 2 {
		p, proven, err := m.advance(ctx)
		if err != nil {
			return err
		}
		if err := waitFor(ctx, 10*time.Millisecond, fmt.Sprintf("the auditor to handle period %d", p-1), func() (bool, error) {
			return m.aud.Status().Handled >= p-1, nil
		}); err != nil {
			return err
		}
		h, err := m.head(ctx)
		if err != nil {
			return err
		}
		logs, err := m.marketLogs(ctx, b0+1, h)
		if err != nil {
			return err
		}
		b0 = h
		var reports []string
		for _, l := range logs {
			if ev, err := m.cl.Market.ParseMissReported(l); err == nil {
				reports = append(reports, fmt.Sprintf("%s missed %d (slashed %s, bounty %s)", m.label(ev.Farmer), ev.Period,
					grn(ev.Slashed), grn(ev.Bounty)))
			}
			if ev, err := m.cl.Market.ParseDisqualified(l); err == nil {
				reports = append(reports, fmt.Sprintf("%s DISQUALIFIED from period %d", m.label(ev.Farmer), ev.Period))
			}
		}
		if len(reports) == 0 {
			reports = []string{"nothing to report"}
		}
		m.say("period %d: heartbeats from %s; the auditor on period %d: %s", p, names(proven), p-1, strings.Join(reports, "; "))
		out := 0
		for _, f := range m.stopped {
			st, err := m.cl.Standing(ctx, f.addr)
			if err != nil {
				return err
			}
			if st.Disqualified {
				out++
			}
		}
		if out == len(m.stopped) {
			return m.checkMisses(ctx)
		}
	}
	return fmt.Errorf("the stopped farmers are not disqualified after %d periods", dq+2)
}

// checkMisses checks every report against the contract's rules: only the stopped farmers, by the
// auditor, each slash (free + unbonding) × slashBps rounded up, the bounty its share, the rest
// burned, disqualified at the dq-th miss in a row; and no agreement failed by a report.
func (m *demo) checkMisses(ctx context.Context) error {
	logs, err := m.marketLogs(ctx, m.dep.StartBlock, 0)
	if err != nil {
		return err
	}
	bps := big.NewInt(10_000)
	stake := map[common.Address]*big.Int{}
	for a, v := range m.slashFrom {
		stake[a] = new(big.Int).Set(v)
	}
	periods := map[common.Address][]uint32{}
	dqAt := map[common.Address]uint32{}
	burned := new(big.Int)
	for _, l := range logs {
		if ev, err := m.cl.Market.ParseMissReported(l); err == nil {
			f := m.farmerOf(ev.Farmer)
			if f == nil || !f.stopped {
				return fmt.Errorf("%s reported for period %d: it never stopped", m.label(ev.Farmer), ev.Period)
			}
			if ev.Reporter != m.audAddr {
				return fmt.Errorf("%s's miss of %d reported by %s, not the auditor", f.name(), ev.Period, ev.Reporter)
			}
			s := stake[ev.Farmer]
			want := new(big.Int).Mul(s, big.NewInt(int64(m.sched.SlashBps)))
			want.Add(want, big.NewInt(9_999)).Quo(want, bps)
			bounty := new(big.Int).Mul(want, big.NewInt(int64(m.sched.ReporterBountyBps)))
			bounty.Quo(bounty, bps)
			if ev.Slashed.Cmp(want) != 0 || ev.Bounty.Cmp(bounty) != 0 {
				return fmt.Errorf("%s's miss of %d: slashed %s with bounty %s; %s at stake wants %s and %s", f.name(), ev.Period,
					grn(ev.Slashed), grn(ev.Bounty), grn(s), grn(want), grn(bounty))
			}
			s.Sub(s, ev.Slashed)
			burned.Add(burned, new(big.Int).Sub(ev.Slashed, ev.Bounty))
			periods[ev.Farmer] = append(periods[ev.Farmer], ev.Period)
		}
		if ev, err := m.cl.Market.ParseDisqualified(l); err == nil {
			dqAt[ev.Farmer] = ev.Period
		}
		if ev, err := m.cl.Market.ParseAgreementFailed(l); err == nil {
			return fmt.Errorf("agreement %d failed (reason %d, reporter %s)", ev.Id, ev.Reason, ev.Reporter)
		}
	}
	dq := int(m.sched.DisqualifyAfterMisses)
	for _, f := range m.stopped {
		ps := periods[f.addr]
		if len(ps) != dq || ps[dq-1]-ps[0] != uint32(dq-1) || dqAt[f.addr] != ps[dq-1] {
			return fmt.Errorf("%s: misses reported for %v, disqualified in %d; want %d in a row, disqualified at the last", f.name(), ps,
				dqAt[f.addr], dq)
		}
		st, err := m.cl.Standing(ctx, f.addr)
		if err != nil {
			return err
		}
		if have := new(big.Int).Add(st.Free, st.Unbonding); have.Cmp(stake[f.addr]) != 0 {
			return fmt.Errorf("%s has %s at stake, the slashes leave %s", f.name(), grn(have), grn(stake[f.addr]))
		}
	}
	for _, f := range m.farmers {
		if f.stopped {
			continue
		}
		st, err := m.cl.Standing(ctx, f.addr)
		if err != nil {
			return err
		}
		if total := new(big.Int).Add(new(big.Int).Add(st.Free, st.Locked), st.Unbonding); st.Disqualified || total.Cmp(f.stake) != 0 {
			return fmt.Errorf("honest %s: stake %s (staked %s), disqualified %v", f.name(), grn(total), grn(f.stake), st.Disqualified)
		}
	}
	supply, err := m.cl.Token.TotalSupply(&bind.CallOpts{Context: ctx})
	if err != nil {
		return err
	}
	if got := new(big.Int).Sub(m.supply, supply); got.Cmp(burned) != 0 {
		return fmt.Errorf("the token supply fell by %s, the slashes burned %s", grn(got), grn(burned))
	}
	m.say("every report is the auditor's, of a stopped farmer, slashed by the rule; %s burned; no honest farmer reported or slashed", grn(burned))
	return nil
}

func (m *demo) repair(ctx context.Context) error {
	b0, err := m.head(ctx)
	if err != nil {
		return err
	}
	m.settleFrom, m.settlePre = b0, map[uint64]chain.AgreementInfo{}
	if m.settleFunds, _, err = m.cl.Funds(ctx, m.rAddr); err != nil {
		return err
	}
	for c, f := range m.stopped {
		id := m.original[c]
		if m.holders[c] != f {
			return fmt.Errorf("agreement %d is not %s's", id, f.name())
		}
		if m.settlePre[id], err = m.cl.Agreement(ctx, id); err != nil {
			return err
		}
	}
	rep, err := m.renter.Repair.RunOnce(ctx)
	if err != nil {
		return fmt.Errorf("%w (%s)", err, rep.Summary())
	}
	b1, err := m.head(ctx)
	if err != nil {
		return err
	}
	segs := len(m.file.Segments)
	if want := len(m.stopped) * segs; rep.ShardsRepaired != want {
		return fmt.Errorf("%d shards repaired, want %d (%s; %v)", rep.ShardsRepaired, want, rep.Summary(), rep.Problems)
	}
	for _, fr := range rep.Farmers {
		if f := m.farmerOf(fr.Farmer); f == nil || !f.stopped {
			return fmt.Errorf("repair judged %s unhealthy (%s)", m.label(fr.Farmer), fr.Reason)
		}
	}
	mf, err := m.renter.Manifest(ctx, "demo.bin")
	if err != nil {
		return err
	}
	m.file = mf
	moved := map[int]*demoFarmer{}
	for s, seg := range mf.Segments {
		for c, sh := range seg.Shards {
			f := m.farmerOf(sh.Farmer)
			switch {
			case f == nil || f.stopped:
				return fmt.Errorf("segment %d column %d still with %s", s, c, m.label(sh.Farmer))
			case c >= len(m.stopped) && f != m.holders[c]:
				return fmt.Errorf("segment %d column %d moved from %s to %s", s, c, m.holders[c].name(), f.name())
			case c < len(m.stopped):
				if !slices.Contains(m.spares, f) || moved[c] != nil && moved[c] != f {
					return fmt.Errorf("segment %d column %d rebuilt on %s, not one spare per column", s, c, f.name())
				}
				moved[c] = f
			}
		}
	}
	logs, err := m.marketLogs(ctx, b0+1, b1)
	if err != nil {
		return err
	}
	var opened []string
	for _, l := range logs {
		if ev, err := m.cl.Market.ParseAgreementOpened(l); err == nil {
			f := m.farmerOf(ev.Farmer)
			if f == nil || !slices.Contains(m.spares, f) || ev.Renter != m.rAddr {
				return fmt.Errorf("repair opened agreement %d with %s", ev.Id, m.label(ev.Farmer))
			}
			opened = append(opened, fmt.Sprintf("%d with %s", ev.Id, f.name()))
		}
	}
	if len(opened) != len(m.stopped) {
		return fmt.Errorf("repair opened agreements %v, want one per spare used", opened)
	}
	ntx, by, err := m.txsFrom(ctx, m.rAddr, b0+1, b1)
	if err != nil {
		return err
	}
	var cols []string
	for c := range len(m.stopped) {
		cols = append(cols, fmt.Sprintf("column %d %s -> %s", c, m.holders[c].name(), moved[c].name()))
	}
	m.say("%s", rep.Summary())
	for _, p := range rep.Problems {
		// The long chain of wrapped errors, cut to its head and its root cause.
		if i, j := strings.Index(p, ": renter: "), strings.LastIndex(p, ": "); i > 0 && j > i {
			p = p[:i] + " (" + p[j+2:] + ")"
		}
		m.say("  %s", p)
	}
	if len(rep.Problems) > 0 { // a disqualified farmer's agreements are not asked to drop the moved shards
		return fmt.Errorf("repair reported %d problems", len(rep.Problems))
	}
	m.say("%s; agreements opened: %s (%d chain transactions: %s)", strings.Join(cols, ", "), strings.Join(opened, ", "),
		ntx, countsText(by))
	m.summary.ShardsRepaired = rep.ShardsRepaired
	return nil
}

func (m *demo) get(ctx context.Context) error {
	var buf bytes.Buffer
	if err := m.renter.Get(ctx, "demo.bin", &buf); err != nil {
		return err
	}
	if sha256.Sum256(buf.Bytes()) != m.sum {
		return fmt.Errorf("the file came back different (%d bytes)", buf.Len())
	}
	m.say("byte-identical: %s, sha256 %x…", formatBytes(uint64(buf.Len())), m.sum[:8])
	return nil
}

// recoverRenter opens the renter again in a new, empty directory with the same account and master
// key (what its recovery phrase derives), recovers the agreements and the catalogue the repair pass
// stored in the network, and gets demo.bin back.
func (m *demo) recoverRenter(ctx context.Context, dir string, nf int) error {
	fresh, rc, _, err := m.openDemoRenter(ctx, nf, filepath.Join(dir, "new-machine"))
	if err != nil {
		return err
	}
	defer fresh.Close()
	b0, err := m.head(ctx)
	if err != nil {
		return err
	}
	rec, problems, err := fresh.Recover(ctx, rc)
	if err != nil {
		return err
	}
	b1, err := m.head(ctx)
	if err != nil {
		return err
	}
	if ntx, _, err := m.txsFrom(ctx, m.rAddr, b0+1, b1); err != nil || ntx != 0 {
		return fmt.Errorf("recovery sent %d transactions (%v)", ntx, err)
	}
	names, err := fresh.List(ctx)
	if err != nil {
		return err
	}
	if !slices.Equal(names, []string{"demo.bin"}) {
		return fmt.Errorf("recovered files %v, want demo.bin", names)
	}
	var buf bytes.Buffer
	if err := fresh.Get(ctx, "demo.bin", &buf); err != nil {
		return err
	}
	if sha256.Sum256(buf.Bytes()) != m.sum {
		return fmt.Errorf("the recovered file came back different (%d bytes)", buf.Len())
	}
	m.say("%d agreements recovered from the chain and their farmers (%d not answering), catalogue %d: %d file; demo.bin byte-identical; 0 transactions",
		rec.Agreements, len(joined(problems)), rec.Anchor, rec.Files)
	return nil
}

// settleFailed checks the settlements the repair pass made of the disqualified farmers' agreements
// (renter.Agreements.SettleDue), from the chain's events, against the agreements as they stood before.
func (m *demo) settleFailed(ctx context.Context) error {
	before, pre := m.settleFunds, m.settlePre
	var ids []uint64
	for id := range pre {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	logs, err := m.marketLogs(ctx, m.settleFrom+1, 0)
	if err != nil {
		return err
	}
	escrowOut := new(big.Int) // the repair's new agreements' escrow, paid by the renter meanwhile
	for _, l := range logs {
		if ev, err := m.cl.Market.ParseAgreementOpened(l); err == nil && ev.Renter == m.rAddr {
			escrowOut.Add(escrowOut, ev.Escrow)
		}
	}
	failed := map[uint64]bool{}
	toRenter := new(big.Int)
	rows := [][]string{{"agreement", "farmer", "escrow", "earned", "claimed", "collateral", "to farmer", "to renter"}}
	for _, l := range logs {
		if ev, err := m.cl.Market.ParseAgreementFailed(l); err == nil {
			if ev.Reason != 4 || ev.Reporter != (common.Address{}) || !slices.Contains(ids, ev.Id) {
				return fmt.Errorf("agreement %d failed with reason %d, reporter %s", ev.Id, ev.Reason, ev.Reporter)
			}
			failed[ev.Id] = true
		}
		ev, err := m.cl.Market.ParseAgreementSettled(l)
		if err != nil {
			continue
		}
		a, ok := pre[ev.Id]
		if !ok {
			return fmt.Errorf("agreement %d settled too", ev.Id)
		}
		// _end: the farmer gets its vindicated, unclaimed pay; the renter the rest of the escrow and,
		// the agreement having failed with no reporter, all the collateral.
		wantF := new(big.Int).Sub(a.Vindicated, a.Paid)
		wantR := new(big.Int).Add(new(big.Int).Sub(a.Escrow, a.Vindicated), a.Collateral)
		if ev.ToFarmer.Cmp(wantF) != 0 || ev.ToRenter.Cmp(wantR) != 0 {
			return fmt.Errorf("agreement %d paid %s to the farmer and %s to the renter, want %s and %s", ev.Id, grn(ev.ToFarmer),
				grn(ev.ToRenter), grn(wantF), grn(wantR))
		}
		in := new(big.Int).Add(new(big.Int).Sub(a.Escrow, a.Paid), a.Collateral)
		if out := new(big.Int).Add(ev.ToFarmer, ev.ToRenter); out.Cmp(in) != 0 {
			return fmt.Errorf("agreement %d paid out %s, held %s", ev.Id, grn(out), grn(in))
		}
		toRenter.Add(toRenter, ev.ToRenter)
		rows = append(rows, []string{fmt.Sprint(ev.Id), m.label(a.Farmer), grn(a.Escrow), grn(a.Vindicated), grn(a.Paid),
			grn(a.Collateral), grn(ev.ToFarmer), grn(ev.ToRenter)})
		m.summary.Agreements = append(m.summary.Agreements, demoAgreement{ID: ev.Id, Farmer: a.Farmer.Hex(), Status: "failed",
			Revision: a.Number, Bytes: a.Leaves * 256, Rate: market.Rate(a.PricePerGiB, a.Leaves).String(), Escrow: a.Escrow.String(),
			Collateral: a.Collateral.String(), Earned: a.Vindicated.String(),
			Paid: new(big.Int).Add(a.Paid, ev.ToFarmer).String(), ToRenter: ev.ToRenter.String()})
	}
	for _, id := range ids {
		if !failed[id] {
			return fmt.Errorf("agreement %d did not fail", id)
		}
		if a, err := m.cl.Agreement(ctx, id); err != nil {
			return err
		} else if a.Status != chain.AgreementFailed {
			return fmt.Errorf("agreement %d has status %d after settle", id, a.Status)
		}
	}
	after, _, err := m.cl.Funds(ctx, m.rAddr)
	if err != nil {
		return err
	}
	if got := new(big.Int).Sub(after, before); got.Cmp(new(big.Int).Sub(toRenter, escrowOut)) != 0 {
		return fmt.Errorf("the renter's balance moved by %s: the settlements paid it %s and it deposited %s", grn(got), grn(toRenter), grn(escrowOut))
	}
	m.table(rows)
	m.say("each failed: to farmer = earned - claimed, to renter = escrow - earned + collateral; the renter received %s", grn(toRenter))
	m.summary.RenterRefunds = toRenter.String()
	return nil
}

func (m *demo) claims(ctx context.Context) error {
	for _, f := range m.running() {
		if err := m.stopFarmer(ctx, f); err != nil {
			return err
		}
	}
	var rows [][]string
	rows = append(rows, []string{"farmer", "agreements", "earned", "claimed by its loop", "claimed now", "tokens received"})
	for _, f := range m.farmers {
		if f.stopped {
			continue
		}
		ids, err := m.cl.AgreementsWith(ctx, f.addr)
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			continue
		}
		b0, err := m.head(ctx)
		if err != nil {
			return err
		}
		owed, paidBefore := new(big.Int), new(big.Int)
		for _, id := range ids {
			a, err := m.agreementAt(ctx, id, b0)
			if err != nil {
				return err
			}
			owed.Add(owed, new(big.Int).Sub(a.Vindicated, a.Paid))
			paidBefore.Add(paidBefore, a.Paid)
		}
		claimed, withdrawn, err := claimAndWithdraw(ctx, f.node.Client, f.addr)
		if err != nil {
			return fmt.Errorf("%s: %w", f.name(), err)
		}
		if withdrawn.Sign() != 0 {
			return fmt.Errorf("%s withdrew %s: it earned no bounty nor challenge fee", f.name(), grn(withdrawn))
		}
		h, err := m.head(ctx)
		if err != nil {
			return err
		}
		logs, err := m.marketLogs(ctx, m.dep.StartBlock, h)
		if err != nil {
			return err
		}
		now, all := new(big.Int), new(big.Int)
		for _, l := range logs {
			if ev, err := m.cl.Market.ParseClaimed(l); err == nil && ev.Farmer == f.addr {
				all.Add(all, ev.Amount)
				if l.BlockNumber > b0 {
					now.Add(now, ev.Amount)
				}
			}
		}
		if claimed.Cmp(owed) != 0 || now.Cmp(owed) != 0 {
			return fmt.Errorf("%s: %s vindicated and unclaimed; claimAndWithdraw says %s claimed, the chain's Claimed events %s", f.name(),
				grn(owed), grn(claimed), grn(now))
		}
		earned, paid := new(big.Int), new(big.Int)
		for _, id := range ids {
			a, err := m.agreementAt(ctx, id, h)
			if err != nil {
				return err
			}
			if a.Paid.Cmp(a.Vindicated) != 0 {
				return fmt.Errorf("agreement %d: %s vindicated, %s claimed", id, grn(a.Vindicated), grn(a.Paid))
			}
			if p, ok := m.postedIn[id]; ok {
				want := new(big.Int).Mul(market.Rate(a.PricePerGiB, a.Leaves), big.NewInt(int64(a.LastProven-p+1)))
				if a.Vindicated.Cmp(want) != 0 {
					return fmt.Errorf("agreement %d: vindicated %s, its rate from period %d to its last proof (%d) is %s", id,
						grn(a.Vindicated), p, a.LastProven, grn(want))
				}
			}
			earned.Add(earned, a.Vindicated)
			paid.Add(paid, a.Paid)
			m.summary.Agreements = append(m.summary.Agreements, demoAgreement{ID: id, Farmer: f.addr.Hex(), Status: "open",
				Revision: a.Number, Bytes: a.Leaves * 256, Rate: market.Rate(a.PricePerGiB, a.Leaves).String(), Escrow: a.Escrow.String(),
				Collateral: a.Collateral.String(), Earned: a.Vindicated.String(), Paid: a.Paid.String()})
		}
		tokens, err := m.cl.Token.BalanceOf(at(ctx, h), f.addr)
		if err != nil {
			return err
		}
		got := new(big.Int).Sub(tokens, f.tokens)
		if all.Cmp(paid) != 0 || got.Cmp(paid) != 0 {
			return fmt.Errorf("%s: its agreements paid %s, its Claimed events say %s, its balance grew by %s", f.name(), grn(paid),
				grn(all), grn(got))
		}
		rows = append(rows, []string{f.name(), fmt.Sprint(ids), grn(earned), grn(paidBefore), grn(claimed), grn(got)})
	}
	m.table(rows)
	m.say("every token a farmer received is pay vindicated by its proofs; nothing vindicated is left unclaimed")
	return nil
}

func (m *demo) conservation(ctx context.Context) error {
	m.audStop()
	<-m.audDone
	m.audStop = nil
	st := m.aud.Status()
	bounties := new(big.Int)
	for _, r := range m.aud.Reports() {
		if r.Refused == "" && r.Bounty != nil {
			bounties.Add(bounties, r.Bounty)
		}
	}
	got, err := m.aud.Withdraw(ctx)
	if err != nil {
		return err
	}
	if got.Cmp(bounties) != 0 {
		return fmt.Errorf("the auditor withdrew %s, its reports earned %s", grn(got), grn(bounties))
	}
	m.say("the auditor: %d misses reported, %d unproven agreements, %s in bounties withdrawn", st.Missed, st.Unproven, grn(got))
	if err := m.allMined(ctx, m.rAddr); err != nil {
		return err
	}
	h, err := m.head(ctx)
	if err != nil {
		return err
	}
	co := at(ctx, h)
	held, err := m.cl.Token.BalanceOf(co, m.dep.Market)
	if err != nil {
		return err
	}
	stakes, escrows, balances := new(big.Int), new(big.Int), new(big.Int)
	for _, f := range m.farmers {
		s, err := m.cl.Market.GetFarmer(co, f.addr)
		if err != nil {
			return err
		}
		stakes.Add(stakes, s.Free).Add(stakes, s.Locked).Add(stakes, s.Unbonding)
	}
	n, err := m.cl.Market.AgreementCount(co)
	if err != nil {
		return err
	}
	escrowIn := new(big.Int)
	for id := uint64(1); id <= n; id++ {
		a, err := m.agreementAt(ctx, id, h)
		if err != nil {
			return err
		}
		escrowIn.Add(escrowIn, a.Escrow)
		if a.Status == chain.AgreementOpen {
			escrows.Add(escrows, new(big.Int).Sub(a.Escrow, a.Paid))
		}
	}
	accounts := []common.Address{m.audAddr, m.rAddr}
	for _, f := range m.farmers {
		accounts = append(accounts, f.addr)
	}
	for _, a := range accounts {
		b, err := m.cl.Market.Balances(co, a)
		if err != nil {
			return err
		}
		balances.Add(balances, b)
	}
	owed := new(big.Int).Add(new(big.Int).Add(stakes, escrows), balances)
	if held.Cmp(owed) != 0 {
		return fmt.Errorf("the market holds %s, owes %s (stakes %s, open escrow %s, balances %s)", grn(held), grn(owed), grn(stakes),
			grn(escrows), grn(balances))
	}
	refunds, _ := new(big.Int).SetString(m.summary.RenterRefunds, 10)
	rTokens, err := m.cl.Token.BalanceOf(co, m.rAddr)
	if err != nil {
		return err
	}
	if want := new(big.Int).Add(new(big.Int).Sub(m.rTokens, escrowIn), refunds); rTokens.Cmp(want) != 0 {
		return fmt.Errorf("the renter holds %s; it had %s, deposited %s of escrow, got %s back: want %s", grn(rTokens), grn(m.rTokens),
			grn(escrowIn), grn(refunds), grn(want))
	}
	m.summary.RenterEscrow = escrowIn.String()
	m.say("the market holds %s = stakes %s + open escrow %s + balances %s", grn(held), grn(stakes), grn(escrows), grn(balances))
	m.say("the renter: %s - %s escrow + %s back = %s", grn(m.rTokens), grn(escrowIn), grn(refunds), grn(rTokens))
	return nil
}

// collect gathers the rest of the summary from the chain.
func (m *demo) collect(ctx context.Context) error {
	s := &m.summary
	mf := m.file
	s.File = fileView{Name: mf.Name, Size: mf.Size, Segments: len(mf.Segments), DataShards: mf.DataShards,
		ParityShards: mf.ParityShards, StoredBytes: mf.StoredSize(), Agreements: fileAgreements(mf), Created: mf.Created}
	s.SHA256 = fmt.Sprintf("%x", m.sum)
	sort.Slice(s.Agreements, func(i, j int) bool { return s.Agreements[i].ID < s.Agreements[j].ID })
	logs, err := m.marketLogs(ctx, m.dep.StartBlock, 0)
	if err != nil {
		return err
	}
	type tally struct {
		beats, misses int
		slashed       *big.Int
		dq            bool
	}
	by := map[common.Address]*tally{}
	get := func(a common.Address) *tally {
		if by[a] == nil {
			by[a] = &tally{slashed: new(big.Int)}
		}
		return by[a]
	}
	slashed, bounties := new(big.Int), new(big.Int)
	for _, l := range logs {
		if ev, err := m.cl.Market.ParseHeartbeatProven(l); err == nil {
			s.Heartbeats++
			s.Proofs += int(ev.Proofs.Int64())
			get(ev.Farmer).beats++
		}
		if ev, err := m.cl.Market.ParseMissReported(l); err == nil {
			s.MissesReported++
			slashed.Add(slashed, ev.Slashed)
			bounties.Add(bounties, ev.Bounty)
			t := get(ev.Farmer)
			t.misses++
			t.slashed.Add(t.slashed, ev.Slashed)
		}
		if ev, err := m.cl.Market.ParseDisqualified(l); err == nil {
			get(ev.Farmer).dq = true
		}
	}
	s.Slashed, s.Bounties = slashed.String(), bounties.String()
	s.Burned = new(big.Int).Sub(slashed, bounties).String()
	s.Disqualified = []string{}
	for _, f := range m.farmers {
		t := get(f.addr)
		st, err := m.cl.Standing(ctx, f.addr)
		if err != nil {
			return err
		}
		tokens, _, err := m.cl.Funds(ctx, f.addr)
		if err != nil {
			return err
		}
		role := "holder"
		switch {
		case f.stopped:
			role = "stopped"
		case slices.Contains(m.spares, f):
			role = "spare"
		}
		if t.dq {
			s.Disqualified = append(s.Disqualified, f.addr.Hex())
		}
		s.Farmers = append(s.Farmers, demoFarmerResult{Name: f.name(), Address: f.addr.Hex(), Role: role, Heartbeats: t.beats,
			Misses: t.misses, Slashed: t.slashed.String(), Disqualified: st.Disqualified,
			Earned: new(big.Int).Sub(tokens, f.tokens).String(),
			Stake:  new(big.Int).Add(new(big.Int).Add(st.Free, st.Locked), st.Unbonding).String()})
	}
	s.Gas, s.GasTotal, err = m.gasByMethod(ctx)
	return err
}

// gasByMethod adds up the gas of every transaction since the market's deployment, by method.
func (m *demo) gasByMethod(ctx context.Context) ([]gasLine, uint64, error) {
	c := m.d.Client()
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, 0, err
	}
	lines := map[string]*gasLine{}
	var total uint64
	for n := m.dep.StartBlock + 1; n <= head; n++ {
		b, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, 0, err
		}
		if len(b.Transactions()) == 0 {
			continue
		}
		rcpts, err := c.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(b.Hash(), false))
		if err != nil {
			return nil, 0, err
		}
		for i, tx := range b.Transactions() {
			name := m.method(tx)
			l := lines[name]
			if l == nil {
				l = &gasLine{Method: name}
				lines[name] = l
			}
			l.Txs++
			l.Gas += rcpts[i].GasUsed
			total += rcpts[i].GasUsed
		}
	}
	out := make([]gasLine, 0, len(lines))
	for _, l := range lines {
		out = append(out, *l)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Gas > out[j].Gas })
	return out, total, nil
}

func (m *demo) print() {
	s := m.summary
	w := m.w
	num := func(v string) *big.Int { b, _ := new(big.Int).SetString(v, 10); return b }
	fmt.Fprintf(w, "\nSummary (%.1f s)\n", s.Seconds)
	fmt.Fprintf(w, "  file          %s: %s, %d segments, %d+%d shards, %s stored; back byte-identical with %d farmers down\n",
		s.File.Name, formatBytes(s.File.Size), s.File.Segments, s.File.DataShards, s.File.ParityShards, formatBytes(s.File.StoredBytes),
		len(m.stopped))
	fmt.Fprintf(w, "  puts          chain transactions: %d for the first (agreements opened), %d for the second (revisions only)\n",
		s.PutTxs[0], s.PutTxs[1])
	fmt.Fprintf(w, "  heartbeats    %d proven, carrying %d proofs\n", s.Heartbeats, s.Proofs)
	fmt.Fprintf(w, "  misses        %d reported: %s slashed, %s to the auditor as bounties, %s burned\n", s.MissesReported,
		grn(num(s.Slashed)), grn(num(s.Bounties)), grn(num(s.Burned)))
	var dq []string
	for _, a := range s.Disqualified {
		dq = append(dq, m.label(common.HexToAddress(a))+" "+a)
	}
	fmt.Fprintf(w, "  disqualified  %s\n", strings.Join(dq, ", "))
	fmt.Fprintf(w, "  repair        %d shards rebuilt on the spares\n", s.ShardsRepaired)
	fmt.Fprintf(w, "  renter        %s deposited as escrow; %s back from the failed agreements (unearned escrow and collateral)\n",
		grn(num(s.RenterEscrow)), grn(num(s.RenterRefunds)))
	tw := tabwriter.NewWriter(w, 0, 2, 2, ' ', 0)
	fmt.Fprintf(tw, "\n  agreement\tfarmer\tstatus\trevision\tsize\trate/period\tescrow\tearned\tpaid\tto renter\n")
	for _, a := range s.Agreements {
		toR := "-"
		if a.ToRenter != "" {
			toR = grn(num(a.ToRenter))
		}
		fmt.Fprintf(tw, "  %d\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", a.ID, m.label(common.HexToAddress(a.Farmer)), a.Status, a.Revision,
			formatBytes(a.Bytes), grn(num(a.Rate)), grn(num(a.Escrow)), grn(num(a.Earned)), grn(num(a.Paid)), toR)
	}
	fmt.Fprintf(tw, "\n  farmer\taddress\trole\theartbeats\tmisses\tslashed\tstatus\tearned\tstake\n")
	for _, f := range s.Farmers {
		status := "honest"
		if f.Disqualified {
			status = "disqualified"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\n", f.Name, f.Address, f.Role, f.Heartbeats, f.Misses, grn(num(f.Slashed)),
			status, grn(num(f.Earned)), grn(num(f.Stake)))
	}
	fmt.Fprintf(tw, "\n  gas (Osaka rules)\ttxs\tgas\tper tx\n")
	for _, l := range s.Gas {
		fmt.Fprintf(tw, "  %s\t%d\t%d\t%d\n", l.Method, l.Txs, l.Gas, l.Gas/uint64(l.Txs))
	}
	fmt.Fprintf(tw, "  total\t\t%d\t\n", s.GasTotal)
	tw.Flush()
}

func (m *demo) close() {
	if m.audStop != nil {
		m.audStop()
		<-m.audDone
	}
	if m.renter != nil {
		m.renter.Close()
	}
	for _, f := range m.farmers {
		f.node.Close()
	}
	if m.d != nil {
		m.d.Close()
	}
}
