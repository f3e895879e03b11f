package main

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
	"sort"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
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
		Usage: "the whole market in one process: a devnet, farmers, a renter and an auditor; put a file, " +
			"stop two farmers, watch them get slashed and disqualified, get the file back, settle and print a summary",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "data-dir", EnvVars: []string{"GRANARY_DATA_DIR"}, Usage: "keep everything here (default: a temporary directory, removed at the end)"},
			&cli.IntFlag{Name: "farmers", Value: 6, Usage: "farmers to start (at least k+m)"},
			&cli.StringFlag{Name: "size", Value: "6MiB", Usage: "size of the generated file"},
			&cli.StringFlag{Name: "segment-size", Value: "1MiB", Usage: "plaintext bytes per segment"},
			&cli.IntFlag{Name: "stop", Value: 2, Usage: "farmers to stop after the file is stored (at most m)"},
			&cli.DurationFlag{Name: "idle", Value: 100 * time.Millisecond, Usage: "empty-block interval of the devnet"},
			&cli.DurationFlag{Name: "timeout", Value: 4 * time.Minute, Usage: "give up after this long"},
			configFlag(), jsonFlag(), logFlag(),
		},
		Action: runDemo,
	}
}

// demo is one run of `granary demo`.
type demo struct {
	e       *env
	w       io.Writer
	start   time.Time
	step    int
	d       *devnet.Devnet
	cl      *chain.Client // read-only
	farmers []*demoFarmer
	renter  *renterNode
	aud     *auditor.Auditor
	audAddr common.Address
	audStop context.CancelFunc
	audDone <-chan struct{}
	m       *manifest.Manifest
	sum     [32]byte
	summary demoSummary
}

type demoFarmer struct {
	i       int
	addr    common.Address
	node    *farmerNode
	stopped bool
}

// demoSummary is what the demo prints at the end (--json: this object).
type demoSummary struct {
	Seconds        float64            `json:"seconds"`
	File           fileView           `json:"file"`
	Deals          []demoDeal         `json:"deals"`
	Heartbeats     int                `json:"heartbeats"`
	MissesReported int                `json:"missesReported"`
	Slashed        string             `json:"slashed"`
	Bounties       string             `json:"bounties"`
	Disqualified   []string           `json:"disqualified"`
	Farmers        []demoFarmerResult `json:"farmers"`
	RenterBack     string             `json:"renterRefunds"`
	Gas            []gasLine          `json:"gas"`
	GasTotal       uint64             `json:"gasTotal"`
}

type demoDeal struct {
	ID         uint64 `json:"id"`
	Farmer     string `json:"farmer"`
	Periods    uint32 `json:"periods"`
	Proven     uint32 `json:"proven"`
	Earned     string `json:"earned"`
	Refund     string `json:"refund"`
	Collateral string `json:"collateralToRenter"`
	SlashShare string `json:"slashShare"`
}

type demoFarmerResult struct {
	Address  string           `json:"address"`
	Stopped  bool             `json:"stopped"`
	Rep      chain.Reputation `json:"reputation"`
	Earnings string           `json:"earnings"`
	Stake    string           `json:"stake"`
}

type gasLine struct {
	Method string `json:"method"`
	Txs    int    `json:"txs"`
	Gas    uint64 `json:"gas"`
}

func runDemo(c *cli.Context) error {
	e := newEnv(c)
	if !c.IsSet("log-level") {
		e.log = quietLogger(c) // the demo's own lines tell the story; components only warn
	}
	ctx, stop := signalContext(c.Context)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, c.Duration("timeout"))
	defer cancel()
	size, err := parseSize(c.String("size"))
	if err != nil {
		return err
	}
	seg, err := parseSize(c.String("segment-size"))
	if err != nil {
		return err
	}
	params := pipeline.Params{DataShards: 3, ParityShards: 3, SegmentSize: int(seg)}
	nf, nstop := c.Int("farmers"), c.Int("stop")
	if nf < params.DataShards+params.ParityShards {
		return usagef("--farmers %d: the demo's %d+%d shards need at least %d", nf, params.DataShards, params.ParityShards,
			params.DataShards+params.ParityShards)
	}
	if nstop < 1 || nstop > params.ParityShards {
		return usagef("--stop %d: stop between 1 and %d farmers (m), or the file is lost", nstop, params.ParityShards)
	}
	dir := c.String("data-dir")
	if dir == "" {
		if dir, err = os.MkdirTemp("", "granary-demo-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	}
	w := e.out
	if e.json {
		w = io.Discard
	}
	m := &demo{e: e, w: w, start: time.Now()}
	defer m.close()
	pwd := "demo"
	const dealPeriods = 8

	// Short periods so the story fits in a minute, with a proof window of 16 blocks (1.6 s at the
	// default pace) so a busy 2-core machine still proves in time.
	mp := market.DevnetParams()
	mp.PeriodBlocks, mp.ProofWindow = 24, 16
	err = m.run(fmt.Sprintf("start a devnet (%v empty-block interval, %d-block periods, %d-block proof window)",
		c.Duration("idle"), mp.PeriodBlocks, mp.ProofWindow), func() error {
		m.d, err = devnet.Start(ctx, devnet.Config{DataDir: filepath.Join(dir, "devnet"), Listen: "127.0.0.1:0",
			Idle: c.Duration("idle"), Params: mp, DevAccounts: nf + 2, Password: pwd, Logger: e.log})
		if err != nil {
			return err
		}
		m.cl, err = chain.New(ctx, m.d.Client(), m.d.Deployment(), nil)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.w, "      JSON-RPC %s, market %s\n", m.d.HTTPURL(), m.d.Deployment().Market)
		return nil
	})
	if err != nil {
		return err
	}
	if err := m.run(fmt.Sprintf("start %d farmers: stake, announce, prove", nf), func() error {
		for i := 1; i <= nf; i++ {
			n, err := startDevFarmer(ctx, m.d, i, pwd, e)
			if err != nil {
				return fmt.Errorf("farmer %d: %w", i, err)
			}
			m.farmers = append(m.farmers, &demoFarmer{i: i, addr: n.Svc.Address(), node: n})
		}
		return nil
	}); err != nil {
		return err
	}
	if err := m.run("start a renter and an auditor", func() error {
		rdir := m.d.AccountDir(nf + 1)
		if err := createMasterKey(rdir, pwd, true); err != nil {
			return err
		}
		mk, err := openMasterKey(rdir, pwd)
		if err != nil {
			return err
		}
		rc, racct, err := devClient(ctx, m.d, nf+1, pwd)
		if err != nil {
			return err
		}
		if m.renter, err = openRenter(ctx, renterConfig{DataDir: rdir, Client: rc, Key: racct, Master: mk, Periods: dealPeriods, Log: e.log}); err != nil {
			return err
		}
		ac, aacct, err := devClient(ctx, m.d, nf+2, pwd)
		if err != nil {
			return err
		}
		m.audAddr = aacct.Address
		actx, acancel := context.WithCancel(ctx)
		m.audStop = acancel
		m.aud, m.audDone = startAuditor(actx, ac, auditor.Options{Poll: 50 * time.Millisecond, Logger: e.log})
		return nil
	}); err != nil {
		return err
	}
	data := make([]byte, size)
	rng := rand.NewChaCha8([32]byte{'g', 'r', 'a', 'n', 'a', 'r', 'y'})
	_, _ = rng.Read(data)
	m.sum = sha256.Sum256(data)
	if err := m.run(fmt.Sprintf("put a %s file (%d+%d shards per %s segment, %d-period deals)", formatBytes(size),
		params.DataShards, params.ParityShards, formatBytes(seg), dealPeriods), func() error {
		m.m, err = m.renter.Put(ctx, "demo.bin", bytes.NewReader(data), params)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.w, "      %d segments, %s stored on %d farmers in deals %v\n", len(m.m.Segments),
			formatBytes(m.m.StoredSize()), len(renter.Deals(m.m)), renter.Deals(m.m))
		return nil
	}); err != nil {
		return err
	}
	holders := m.holders()
	if err := m.run("wait until every farmer holding a shard has proven 2 periods", func() error {
		return m.waitFor(ctx, func() (bool, error) {
			for _, f := range holders {
				r, err := m.cl.Reputation(ctx, f.addr)
				if err != nil || r.ProvenPeriods < 2 {
					return false, err
				}
			}
			return true, nil
		})
	}); err != nil {
		return err
	}
	victims := holders[:nstop]
	if err := m.run(fmt.Sprintf("stop %d farmers (their shards become unreachable, their heartbeats stop)", nstop), func() error {
		for _, f := range victims {
			f.node.Close()
			f.stopped = true
			fmt.Fprintf(m.w, "      stopped %s\n", f.addr.Hex())
		}
		return nil
	}); err != nil {
		return err
	}
	dq := m.cl.Params.DisqualifyAfterMisses
	if err := m.run(fmt.Sprintf("auditor reports their misses; %d in a row disqualify them", dq), func() error {
		err := m.waitFor(ctx, func() (bool, error) {
			for _, f := range victims {
				r, err := m.cl.Reputation(ctx, f.addr)
				if err != nil || !r.Disqualified {
					return false, err
				}
			}
			return true, nil
		})
		if err != nil {
			return err
		}
		// Counted from the chain's MissReported events (the auditor records its own outcomes a
		// moment after they are mined).
		it, err := m.cl.Market.FilterMissReported(&bind.FilterOpts{Context: ctx, Start: m.d.Deployment().StartBlock}, nil, nil)
		if err != nil {
			return err
		}
		reported := 0
		for it.Next() {
			if it.Event.Reporter != m.audAddr {
				return fmt.Errorf("a miss of %s in period %d was reported by %s, not the auditor", it.Event.Farmer,
					it.Event.Period, it.Event.Reporter)
			}
			if !m.isStopped(it.Event.Farmer) {
				return fmt.Errorf("honest farmer %s reported for period %d", it.Event.Farmer, it.Event.Period)
			}
			reported++
		}
		if err := it.Error(); err != nil {
			return err
		}
		it.Close()
		if reported < int(dq)*len(victims) {
			return fmt.Errorf("the auditor reported %d misses, want at least %d", reported, int(dq)*len(victims))
		}
		for _, f := range m.farmers {
			r, err := m.cl.Reputation(ctx, f.addr)
			if err != nil {
				return err
			}
			if !f.stopped && (r.Slashes > 0 || r.MissedPeriods > 0) {
				return fmt.Errorf("honest farmer %s was slashed (%d misses)", f.addr, r.MissedPeriods)
			}
			if f.stopped {
				fmt.Fprintf(m.w, "      %s: %d misses, %d slashes, disqualified\n", f.addr.Hex(), r.MissedPeriods, r.Slashes)
			}
		}
		return nil
	}); err != nil {
		return err
	}
	if err := m.run("get the file back from the remaining farmers", func() error {
		var buf bytes.Buffer
		if err := m.renter.Get(ctx, "demo.bin", &buf); err != nil {
			return err
		}
		if sha256.Sum256(buf.Bytes()) != m.sum {
			return fmt.Errorf("the file came back different (%d bytes)", buf.Len())
		}
		fmt.Fprintf(m.w, "      byte-identical: %d bytes, sha256 %x\n", buf.Len(), m.sum[:8])
		return nil
	}); err != nil {
		return err
	}
	if err := m.run("let the deals end and settle; check every payment against the proofs", func() error {
		return m.settle(ctx)
	}); err != nil {
		return err
	}
	if err := m.run("verify every heartbeat off-chain", func() error {
		for _, v := range m.aud.Verifications() {
			if v.Err != nil {
				return fmt.Errorf("heartbeat of %s for period %d: %w", v.Farmer, v.Period, v.Err)
			}
		}
		fmt.Fprintf(m.w, "      %d heartbeats verified\n", len(m.aud.Verifications()))
		return nil
	}); err != nil {
		return err
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

// run prints and times one step; a failure becomes exit code 9 naming the step.
func (m *demo) run(name string, fn func() error) error {
	m.step++
	fmt.Fprintf(m.w, "[%d] %s\n", m.step, name)
	t := time.Now()
	if err := fn(); err != nil {
		fmt.Fprintf(m.w, "    FAILED after %.1fs: %v\n", time.Since(t).Seconds(), err)
		if errors.Is(err, context.Canceled) {
			return err
		}
		return withCode(exitCheck, fmt.Errorf("demo step %d (%s): %w", m.step, name, err), "")
	}
	fmt.Fprintf(m.w, "    ok (%.1fs)\n", time.Since(t).Seconds())
	return nil
}

// waitFor polls cond until it holds or ctx ends.
func (m *demo) waitFor(ctx context.Context, cond func() (bool, error)) error {
	for {
		ok, err := cond()
		if err != nil && ctx.Err() == nil {
			m.e.log.Debug("demo: waiting", "err", err)
		}
		if ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("timed out: %w", ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// holders are the farmers that hold a shard of the file, in column order.
func (m *demo) holders() []*demoFarmer {
	var out []*demoFarmer
	for _, sh := range m.m.Segments[0].Shards {
		for _, f := range m.farmers {
			if f.addr == common.Address(sh.Farmer) {
				out = append(out, f)
			}
		}
	}
	return out
}

func devClient(ctx context.Context, d *devnet.Devnet, i int, pwd string) (*chain.Client, chain.Account, error) {
	acct, err := chain.OpenAccount(filepath.Join(d.AccountDir(i), "keystore"), [20]byte{}, pwd)
	if err != nil {
		return nil, acct, err
	}
	opts, err := acct.Transactor(new(big.Int).SetUint64(d.Deployment().ChainID))
	if err != nil {
		return nil, acct, err
	}
	c, err := chain.New(ctx, d.Client(), d.Deployment(), opts, chain.WithPollInterval(20*time.Millisecond), chain.WithReplaceAfter(5*time.Second))
	return c, acct, err
}

// settle waits for the deals to end, settles those nobody settled (the stopped farmers' provers are
// gone), and checks each payment: earned = price × periods proven inside the deal (counted from the
// HeartbeatProven events), refund = escrow − earned.
func (m *demo) settle(ctx context.Context) error {
	ids := renter.Deals(m.m)
	var end uint32
	deals := map[uint64]bindings.StorageMarketDeal{}
	for _, id := range ids {
		d, err := m.cl.Deal(ctx, id)
		if err != nil {
			return err
		}
		deals[id] = d
		end = max(end, d.EndPeriod)
	}
	fmt.Fprintf(m.w, "      deals run until period %d\n", end)
	if err := m.waitFor(ctx, func() (bool, error) {
		head, err := m.cl.Block(ctx)
		return err == nil && m.cl.Schedule.PeriodAt(head) >= end, err
	}); err != nil {
		return err
	}
	for _, id := range ids {
		err := m.waitFor(ctx, func() (bool, error) {
			d, err := m.cl.Deal(ctx, id)
			if err != nil {
				return false, err
			}
			if d.Flags&flagSettled != 0 {
				return true, nil
			}
			err = m.renter.Client.Settle(ctx, id)
			var re *chain.RevertError
			if errors.As(err, &re) && (re.Name == "AlreadySettled" || re.Name == "ChallengeOpen") {
				return false, nil
			}
			return err == nil, err
		})
		if err != nil {
			return fmt.Errorf("settle deal %d: %w", id, err)
		}
	}
	proven, err := m.provenPeriods(ctx)
	if err != nil {
		return err
	}
	it, err := m.cl.Market.FilterDealSettled(&bind.FilterOpts{Context: ctx, Start: m.d.Deployment().StartBlock}, ids)
	if err != nil {
		return err
	}
	defer it.Close()
	for it.Next() {
		ev := it.Event
		d := deals[ev.DealId]
		var n uint32
		for p := d.StartPeriod; p < d.EndPeriod; p++ {
			if proven[d.Farmer][p] {
				n++
			}
		}
		want := new(big.Int).Mul(d.PricePerPeriod, big.NewInt(int64(n)))
		if ev.Earned.Cmp(want) != 0 {
			return fmt.Errorf("deal %d paid %s, but its farmer proved %d periods at %s: want %s", ev.DealId,
				grn(ev.Earned), n, grn(d.PricePerPeriod), grn(want))
		}
		escrow := new(big.Int).Mul(d.PricePerPeriod, big.NewInt(int64(d.Periods)))
		if refund := new(big.Int).Sub(escrow, want); ev.Refund.Cmp(refund) != 0 {
			return fmt.Errorf("deal %d refunded %s, want %s", ev.DealId, grn(ev.Refund), grn(refund))
		}
		if m.isStopped(d.Farmer) == (n == d.Periods) {
			return fmt.Errorf("deal %d: farmer %s (stopped %v) proved %d of %d periods", ev.DealId, d.Farmer,
				m.isStopped(d.Farmer), n, d.Periods)
		}
		m.summary.Deals = append(m.summary.Deals, demoDeal{ID: ev.DealId, Farmer: d.Farmer.Hex(), Periods: d.Periods, Proven: n,
			Earned: ev.Earned.String(), Refund: ev.Refund.String(), Collateral: ev.CollateralToRenter.String(),
			SlashShare: ev.SlashShare.String()})
	}
	if err := it.Error(); err != nil {
		return err
	}
	if len(m.summary.Deals) != len(ids) {
		return fmt.Errorf("%d of %d deals settled", len(m.summary.Deals), len(ids))
	}
	return nil
}

func (m *demo) isStopped(a common.Address) bool {
	for _, f := range m.farmers {
		if f.addr == a {
			return f.stopped
		}
	}
	return false
}

// provenPeriods reads every HeartbeatProven event: farmer → period → proven.
func (m *demo) provenPeriods(ctx context.Context) (map[common.Address]map[uint32]bool, error) {
	it, err := m.cl.Market.FilterHeartbeatProven(&bind.FilterOpts{Context: ctx, Start: m.d.Deployment().StartBlock}, nil, nil)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	out := map[common.Address]map[uint32]bool{}
	m.summary.Heartbeats = 0
	for it.Next() {
		if out[it.Event.Farmer] == nil {
			out[it.Event.Farmer] = map[uint32]bool{}
		}
		out[it.Event.Farmer][it.Event.Period] = true
		m.summary.Heartbeats++
	}
	return out, it.Error()
}

// collect gathers the summary: slashes, earnings, refunds and the gas every transaction used.
func (m *demo) collect(ctx context.Context) error {
	s := &m.summary
	s.File = fileView{Name: m.m.Name, Size: m.m.Size, Segments: len(m.m.Segments), DataShards: m.m.DataShards,
		ParityShards: m.m.ParityShards, StoredBytes: m.m.StoredSize(), Deals: renter.Deals(m.m), Created: m.m.Created}
	start := m.d.Deployment().StartBlock
	slashed, bounties := new(big.Int), new(big.Int)
	it, err := m.cl.Market.FilterSlashed(&bind.FilterOpts{Context: ctx, Start: start}, nil, nil)
	if err != nil {
		return err
	}
	for it.Next() {
		s.MissesReported++
		slashed.Add(slashed, it.Event.Amount)
		bounties.Add(bounties, it.Event.Bounty)
	}
	it.Close()
	s.Slashed, s.Bounties = slashed.String(), bounties.String()
	s.Disqualified = []string{}
	for _, f := range m.farmers {
		rep, err := m.cl.Reputation(ctx, f.addr)
		if err != nil {
			return err
		}
		if rep.Disqualified {
			s.Disqualified = append(s.Disqualified, f.addr.Hex())
		}
		wd, err := m.cl.Withdrawable(ctx, f.addr)
		if err != nil {
			return err
		}
		info, err := m.cl.Farmer(ctx, f.addr)
		if err != nil {
			return err
		}
		s.Farmers = append(s.Farmers, demoFarmerResult{Address: f.addr.Hex(), Stopped: f.stopped, Rep: rep,
			Earnings: wd.String(), Stake: new(big.Int).Add(info.Stake, info.Locked).String()})
	}
	back, err := m.cl.Withdrawable(ctx, m.renter.Client.Address())
	if err != nil {
		return err
	}
	s.RenterBack = back.String()
	s.Gas, s.GasTotal, err = gasByMethod(ctx, m.d, start)
	return err
}

// gasByMethod adds up the gas of every transaction since block start, by contract method.
func gasByMethod(ctx context.Context, d *devnet.Devnet, start uint64) ([]gasLine, uint64, error) {
	mabi, err := bindings.StorageMarketMetaData.GetAbi()
	if err != nil {
		return nil, 0, err
	}
	tabi, err := bindings.GranaryTokenMetaData.GetAbi()
	if err != nil {
		return nil, 0, err
	}
	dep := d.Deployment()
	c := d.Client()
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, 0, err
	}
	lines := map[string]*gasLine{}
	var total uint64
	for n := start + 1; n <= head; n++ {
		b, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, 0, err
		}
		rcpts, err := c.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(b.Hash(), false))
		if err != nil {
			return nil, 0, err
		}
		for i, tx := range b.Transactions() {
			rcpt := rcpts[i]
			name := "ether transfer"
			var a *abi.ABI
			switch {
			case tx.To() == nil:
				name = "deploy"
			case *tx.To() == dep.Market:
				a, name = mabi, "market."
			case *tx.To() == dep.Token:
				a, name = tabi, "token."
			}
			if a != nil {
				if meth, err := a.MethodById(tx.Data()); err == nil {
					name += meth.Name
				} else {
					name += "?"
				}
			}
			l := lines[name]
			if l == nil {
				l = &gasLine{Method: name}
				lines[name] = l
			}
			l.Txs++
			l.Gas += rcpt.GasUsed
			total += rcpt.GasUsed
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
	big := func(v string) *big.Int { b, _ := new(big.Int).SetString(v, 10); return b }
	fmt.Fprintf(w, "\nSummary (%.0fs)\n", s.Seconds)
	fmt.Fprintf(w, "  file        %s, %d segments, %d+%d shards, %s stored, byte-identical after %d farmers stopped\n",
		formatBytes(s.File.Size), s.File.Segments, s.File.DataShards, s.File.ParityShards, formatBytes(s.File.StoredBytes),
		len(s.Disqualified))
	fmt.Fprintf(w, "  proofs      %d heartbeats proven and verified off-chain; %d misses reported and slashed\n",
		s.Heartbeats, s.MissesReported)
	fmt.Fprintf(w, "  slashes     %s taken from stakes, %s of it paid to the auditor as bounties\n",
		grn(big(s.Slashed)), grn(big(s.Bounties)))
	fmt.Fprintf(w, "  renter      %s back (unearned escrow, collateral and slash shares of the disqualified)\n", grn(big(s.RenterBack)))
	tw := tabwriter.NewWriter(w, 0, 2, 2, ' ', 0)
	fmt.Fprintf(tw, "\n  farmer\tproven\tmissed\tslashes\tstatus\tearned\n")
	for _, f := range s.Farmers {
		status := "honest"
		if f.Rep.Disqualified {
			status = "disqualified"
		}
		fmt.Fprintf(tw, "  %s\t%d\t%d\t%d\t%s\t%s\n", f.Address, f.Rep.ProvenPeriods, f.Rep.MissedPeriods, f.Rep.Slashes,
			status, grn(big(f.Earnings)))
	}
	fmt.Fprintf(tw, "\n  deal\tfarmer\tproven\tearned\trefunded\tcollateral to renter\n")
	for _, d := range s.Deals {
		fmt.Fprintf(tw, "  %d\t%s\t%d/%d\t%s\t%s\t%s\n", d.ID, d.Farmer, d.Proven, d.Periods, grn(big(d.Earned)),
			grn(big(d.Refund)), grn(big(d.Collateral)))
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
