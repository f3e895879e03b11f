package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/node/repair"
)

func renterCommand() *cli.Command {
	flags := chainFlags("renter")
	return &cli.Command{
		Name:  "renter",
		Usage: "store files: encrypt, erasure-code and place them with farmers; get them back",
		Subcommands: []*cli.Command{
			{
				Name:   "init",
				Usage:  "create the renter's account (keystore), libp2p identity and encrypted master key from a new 24-word recovery phrase (shown once), or from yours with --recover; never overwrites keys",
				Flags:  append(append(flags, lightKDFFlag()), recoverFlags()...),
				Action: func(c *cli.Context) error { return initNode(c, "renter") },
			},
			{
				Name:      "put",
				Usage:     "store a file",
				ArgsUsage: "FILE",
				Flags: append(flags,
					&cli.StringFlag{Name: "name", Usage: "name to store the file under (default: the file's base name)"},
					&cli.IntFlag{Name: "data-shards", Value: pipeline.DevnetParams().DataShards, Usage: "k: any k shards of a segment rebuild it"},
					&cli.IntFlag{Name: "parity-shards", Value: pipeline.DevnetParams().ParityShards, Usage: "m: shards of a segment that may be lost"},
					&cli.StringFlag{Name: "segment-size", Value: "4MiB", Usage: "plaintext bytes per segment"},
					&cli.UintFlag{Name: "periods", Value: 100, Usage: "deal length in periods"},
					&cli.StringFlag{Name: "max-price", Usage: "refuse farmers asking more GRN per GiB per period"},
					&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar"},
				),
				Action: renterPut,
			},
			{
				Name:      "get",
				Usage:     "get a file back (to OUT, default the name in the current directory; - for stdout)",
				ArgsUsage: "NAME [OUT]",
				Flags: append(flags,
					&cli.BoolFlag{Name: "force", Usage: "overwrite OUT if it exists"},
					&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar"},
				),
				Action: renterGet,
			},
			{
				Name:   "ls",
				Usage:  "list stored files",
				Flags:  flags,
				Action: renterLs,
			},
			{
				Name:      "rm",
				Usage:     "delete a file: cancel its deals (the unused escrow comes back) and forget it",
				ArgsUsage: "NAME",
				Flags:     flags,
				Action:    renterRm,
			},
			{
				Name:      "deals",
				Usage:     "list the deals holding the renter's files (or one file's)",
				ArgsUsage: "[NAME]",
				Flags:     flags,
				Action:    renterDeals,
			},
			{
				Name: "repair",
				Usage: "check every file's shards (chain, audits, reachability) and rebuild those at risk on new farmers; " +
					"once, or continuously with --watch",
				Flags: append(flags,
					&cli.BoolFlag{Name: "watch", Usage: "keep repairing until interrupted (a renter daemon)"},
					&cli.DurationFlag{Name: "interval", Value: 10 * time.Minute, Usage: "with --watch: a pass at least this often"},
					&cli.DurationFlag{Name: "unreachable-after", Value: time.Hour, Usage: "a farmer silent this long has lost its shards"},
					&cli.UintFlag{Name: "unproven-periods", Value: 2, Usage: "a farmer that left this many periods unproven has lost its shards (0: only reported misses count)"},
					&cli.UintFlag{Name: "periods", Value: 100, Usage: "length of the new deals, in periods"},
				),
				Action: renterRepair,
			},
			{
				Name:   "status",
				Usage:  "account, balances, files and deals",
				Flags:  flags,
				Action: renterStatus,
			},
			withdrawCommand("renter", "move refunds and slash shares from the market to the renter's account"),
			s3Command(flags),
		},
	}
}

// openRenterFromFlags connects to the chain and opens the renter of --data-dir.
func openRenterFromFlags(ctx context.Context, e *env, periods uint32, maxPrice *big.Int, wrap func(renter.Network) renter.Network,
	ropts ...repair.Option) (*renterNode, error) {
	cl, acct, err := e.client(ctx, "renter")
	if err != nil {
		return nil, err
	}
	pwd, err := e.password()
	if err != nil {
		return nil, err
	}
	mk, err := openMasterKey(e.dataDir(), pwd)
	if err != nil {
		return nil, err
	}
	return openRenter(ctx, renterConfig{DataDir: e.dataDir(), Client: cl, Key: acct, Master: mk, Periods: periods,
		MaxPrice: maxPrice, Log: e.log, WrapNet: wrap, Repair: ropts})
}

// uploadMeter counts the bytes the renter writes on upload streams, for the progress bar.
type uploadMeter struct {
	renter.Network
	mu      sync.Mutex
	onFirst func() *progress
	p       *progress
}

func (u *uploadMeter) Open(ctx context.Context, f chain.FarmerInfo, protocol string) (renter.Stream, error) {
	s, err := u.Network.Open(ctx, f, protocol)
	if err != nil || protocol != proto.UploadID {
		return s, err
	}
	u.mu.Lock()
	if u.p == nil {
		u.p = u.onFirst()
	}
	p := u.p
	u.mu.Unlock()
	return meteredStream{Stream: s, p: p}, nil
}

type meteredStream struct {
	renter.Stream
	p *progress
}

func (m meteredStream) Write(b []byte) (int, error) {
	n, err := m.Stream.Write(b)
	m.p.Add(int64(n))
	return n, err
}

// storedSize is the bytes of shards a file of size bytes becomes.
func storedSize(size uint64, p pipeline.Params) int64 {
	seg, shard := manifest.Layout(p.DataShards, uint64(p.SegmentSize))
	n := manifest.SegmentCount(size, seg)
	last := size - uint64(n-1)*seg
	total := uint64(n-1)*shard + manifest.ShardSizeFor(last, p.DataShards)
	return int64(total) * int64(p.DataShards+p.ParityShards)
}

// putView is `renter put --json`.
type putView struct {
	Name         string   `json:"name"`
	Size         uint64   `json:"size"`
	Segments     int      `json:"segments"`
	DataShards   int      `json:"dataShards"`
	ParityShards int      `json:"parityShards"`
	StoredBytes  uint64   `json:"storedBytes"`
	Deals        []uint64 `json:"deals"`
	Farmers      []string `json:"farmers"`
	Seconds      float64  `json:"seconds"`
}

// putFlags reads the erasure and price flags shared by `renter put` and `renter s3 serve`.
func putFlags(c *cli.Context) (pipeline.Params, *big.Int, error) {
	segSize, err := parseSize(c.String("segment-size"))
	if err != nil {
		return pipeline.Params{}, nil, err
	}
	params := pipeline.Params{DataShards: c.Int("data-shards"), ParityShards: c.Int("parity-shards"), SegmentSize: int(segSize)}
	if err := params.Validate(); err != nil {
		return pipeline.Params{}, nil, usageError{err}
	}
	var maxPrice *big.Int
	if s := c.String("max-price"); s != "" {
		if maxPrice, err = tokens(s); err != nil {
			return pipeline.Params{}, nil, err
		}
	}
	return params, maxPrice, nil
}

func renterPut(c *cli.Context) error {
	e := newEnv(c)
	path, err := arg(c, 0, "FILE")
	if err != nil {
		return err
	}
	params, maxPrice, err := putFlags(c)
	if err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return err // names the path and the reason
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("stat %s: %w", path, err)
	}
	if st.IsDir() {
		return usagef("%s is a directory; put takes one file", path)
	}
	name := c.String("name")
	if name == "" {
		name = filepath.Base(path)
	}
	ctx, stop := signalContext(c.Context)
	defer stop()
	quiet := c.Bool("quiet") || e.json
	enc := newProgress(c.App.ErrWriter, "encode", st.Size(), quiet)
	var up *progress
	meter := &uploadMeter{onFirst: func() *progress {
		enc.Finish()
		up = newProgress(c.App.ErrWriter, "upload", storedSize(uint64(st.Size()), params), quiet)
		return up
	}}
	r, err := openRenterFromFlags(ctx, e, uint32(c.Uint("periods")), maxPrice, func(n renter.Network) renter.Network {
		meter.Network = n
		return meter
	})
	if err != nil {
		return err
	}
	defer r.Close()
	start := time.Now()
	m, err := r.Put(ctx, name, countingReader{r: f, p: enc}, params)
	enc.Finish()
	if up != nil {
		up.Finish()
	}
	if err != nil {
		return err
	}
	v := putView{Name: m.Name, Size: m.Size, Segments: len(m.Segments), DataShards: m.DataShards, ParityShards: m.ParityShards,
		StoredBytes: m.StoredSize(), Deals: renter.Deals(m), Seconds: time.Since(start).Seconds()}
	seen := map[[20]byte]bool{}
	for _, sh := range m.Segments[0].Shards {
		if !seen[sh.Farmer] {
			seen[sh.Farmer] = true
			v.Farmers = append(v.Farmers, fmt.Sprintf("0x%x", sh.Farmer))
		}
	}
	return e.emit(v, func(w io.Writer) {
		fmt.Fprintf(w, "stored %q: %s in %d segments, %d+%d shards each, %s on %d farmers in %d deals (%.1fs)\n",
			m.Name, formatBytes(m.Size), len(m.Segments), m.DataShards, m.ParityShards, formatBytes(m.StoredSize()),
			len(v.Farmers), len(v.Deals), v.Seconds)
	})
}

func renterGet(c *cli.Context) error {
	e := newEnv(c)
	name, err := arg(c, 0, "NAME")
	if err != nil {
		return err
	}
	out := c.Args().Get(1)
	if out == "" {
		out = filepath.Base(name)
	}
	if c.NArg() > 2 {
		return usagef("get takes NAME and an optional OUT")
	}
	if out != "-" && !c.Bool("force") {
		if _, err := os.Stat(out); err == nil {
			return withCode(exitRefused, fmt.Errorf("%s exists", out), "pass --force to overwrite, or name another OUT")
		}
	}
	ctx, stop := signalContext(c.Context)
	defer stop()
	r, err := openRenterFromFlags(ctx, e, 0, nil, nil)
	if err != nil {
		return err
	}
	defer r.Close()
	m, err := r.Manifest(ctx, name)
	if err != nil {
		return err
	}
	start := time.Now()
	p := newProgress(c.App.ErrWriter, "get", int64(m.Size), c.Bool("quiet") || e.json || out == "-")
	if out == "-" {
		err := r.Get(ctx, name, countingWriter{w: c.App.Writer, p: p})
		p.Finish()
		return err
	}
	// Write next to the destination and rename when complete: a failed get leaves nothing behind.
	tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".granary-*")
	if err != nil {
		return fmt.Errorf("create %s: %w", out, err)
	}
	defer os.Remove(tmp.Name())
	err = r.Get(ctx, name, countingWriter{w: tmp, p: p})
	p.Finish()
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), out); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	secs := time.Since(start).Seconds()
	return e.emit(map[string]any{"name": name, "out": out, "size": m.Size, "seconds": secs}, func(w io.Writer) {
		fmt.Fprintf(w, "got %q: %s to %s (%.1fs)\n", name, formatBytes(m.Size), out, secs)
	})
}

// fileView is one line of `renter ls --json`.
type fileView struct {
	Name         string    `json:"name"`
	Size         uint64    `json:"size"`
	Segments     int       `json:"segments"`
	DataShards   int       `json:"dataShards"`
	ParityShards int       `json:"parityShards"`
	StoredBytes  uint64    `json:"storedBytes"`
	Deals        []uint64  `json:"deals"`
	Created      time.Time `json:"created"`
}

// openCatalogue opens only the renter's manifests (no chain, no network).
func openCatalogue(e *env) (*manifest.Store, error) {
	pwd, err := e.password()
	if err != nil {
		return nil, err
	}
	mk, err := openMasterKey(e.dataDir(), pwd)
	if err != nil {
		return nil, err
	}
	s, err := manifest.OpenStore(filepath.Join(e.dataDir(), "catalogue"), mk)
	if err != nil {
		return nil, fmt.Errorf("open catalogue: %w", err)
	}
	return s, nil
}

func listFiles(ctx context.Context, s *manifest.Store) ([]fileView, error) {
	out := []fileView{}
	err := s.Each(ctx, func(m *manifest.Manifest) error {
		out = append(out, fileView{Name: m.Name, Size: m.Size, Segments: len(m.Segments), DataShards: m.DataShards,
			ParityShards: m.ParityShards, StoredBytes: m.StoredSize(), Deals: renter.Deals(m), Created: m.Created})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, err
}

func renterLs(c *cli.Context) error {
	e := newEnv(c)
	s, err := openCatalogue(e)
	if err != nil {
		return err
	}
	defer s.Close()
	files, err := listFiles(c.Context, s)
	if err != nil {
		return err
	}
	return e.emit(files, func(w io.Writer) {
		fmt.Fprintln(w, "NAME\tSIZE\tSEGMENTS\tSHARDS\tDEALS\tCREATED")
		for _, f := range files {
			fmt.Fprintf(w, "%s\t%s\t%d\t%d+%d\t%d\t%s\n", f.Name, formatBytes(f.Size), f.Segments, f.DataShards,
				f.ParityShards, len(f.Deals), f.Created.Local().Format(time.DateTime))
		}
	})
}

func renterRm(c *cli.Context) error {
	e := newEnv(c)
	name, err := arg(c, 0, "NAME")
	if err != nil {
		return err
	}
	ctx, stop := signalContext(c.Context)
	defer stop()
	r, err := openRenterFromFlags(ctx, e, 0, nil, nil)
	if err != nil {
		return err
	}
	defer r.Close()
	cancelled, err := r.Remove(ctx, name)
	if err != nil {
		return err
	}
	return e.emit(map[string]any{"name": name, "cancelledDeals": cancelled}, func(w io.Writer) {
		fmt.Fprintf(w, "removed %q; cancelled %d deals (their unused escrow returns when they settle)\n", name, len(cancelled))
	})
}

// dealView is one line of `renter deals --json`.
type dealView struct {
	ID             uint64 `json:"id"`
	File           string `json:"file"`
	Farmer         string `json:"farmer"`
	StartPeriod    uint32 `json:"startPeriod"`
	EndPeriod      uint32 `json:"endPeriod"`
	PricePerPeriod string `json:"pricePerPeriod"`
	Collateral     string `json:"collateral"`
	Bytes          uint64 `json:"bytes"`
	State          string `json:"state"`
}

// Deal flags, as the contract defines them.
const (
	flagSettled   = 4
	flagCancelled = 16
)

func dealState(d dealInfo, cur uint32, farmerDQ bool) string {
	switch {
	case d.Flags&flagSettled != 0:
		return "settled"
	case farmerDQ:
		return "farmer disqualified"
	case d.Flags&flagCancelled != 0 && cur >= d.EndPeriod:
		return "cancelled"
	case d.Flags&flagCancelled != 0:
		return "cancelling"
	case cur >= d.EndPeriod:
		return "ended"
	case cur < d.StartPeriod:
		return "starting"
	}
	return "active"
}

type dealInfo struct {
	Flags       uint8
	StartPeriod uint32
	EndPeriod   uint32
}

func renterDeals(c *cli.Context) error {
	e := newEnv(c)
	ctx := c.Context
	s, err := openCatalogue(e)
	if err != nil {
		return err
	}
	defer s.Close()
	var files []*manifest.Manifest
	if name := c.Args().First(); name != "" {
		m, err := s.Get(ctx, name)
		if err != nil {
			return fmt.Errorf("%w: %q", renter.ErrNotFound, name)
		}
		files = append(files, m)
	} else if err := s.Each(ctx, func(m *manifest.Manifest) error { files = append(files, m); return nil }); err != nil {
		return err
	}
	cl, _, err := e.client(ctx, "")
	if err != nil {
		return err
	}
	head, err := cl.Block(ctx)
	if err != nil {
		return err
	}
	cur := cl.Schedule.PeriodAt(head)
	dq := map[[20]byte]bool{}
	out := []dealView{}
	for _, m := range files {
		for _, id := range renter.Deals(m) {
			d, err := cl.Deal(ctx, id)
			if err != nil {
				return err
			}
			if _, ok := dq[d.Farmer]; !ok {
				rep, err := cl.Reputation(ctx, d.Farmer)
				if err != nil {
					return err
				}
				dq[d.Farmer] = rep.Disqualified
			}
			out = append(out, dealView{ID: id, File: m.Name, Farmer: d.Farmer.Hex(), StartPeriod: d.StartPeriod,
				EndPeriod: d.EndPeriod, PricePerPeriod: d.PricePerPeriod.String(), Collateral: d.Collateral.String(),
				Bytes: d.Leaves * 256, State: dealState(dealInfo{d.Flags, d.StartPeriod, d.EndPeriod}, cur, dq[d.Farmer])})
		}
	}
	return e.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "DEAL\tFILE\tFARMER\tPERIODS\tPRICE/PERIOD\tCOLLATERAL\tSTATE\n")
		for _, d := range out {
			p, _ := new(big.Int).SetString(d.PricePerPeriod, 10)
			col, _ := new(big.Int).SetString(d.Collateral, 10)
			fmt.Fprintf(w, "%d\t%s\t%s\t%d-%d\t%s\t%s\t%s\n", d.ID, d.File, d.Farmer, d.StartPeriod, d.EndPeriod,
				grn(p), grn(col), d.State)
		}
		fmt.Fprintf(w, "(current period %d)\n", cur)
	})
}

// renterStatusView is `renter status --json`.
type renterStatusView struct {
	Address       string `json:"address"`
	Ether         string `json:"ether"`
	Tokens        string `json:"tokens"`
	Allowance     string `json:"allowance"`
	Withdrawable  string `json:"withdrawable"`
	Files         int    `json:"files"`
	Bytes         uint64 `json:"bytes"`
	StoredBytes   uint64 `json:"storedBytes"`
	Deals         int    `json:"deals"`
	CurrentPeriod uint32 `json:"currentPeriod"`
	Farmers       int    `json:"farmers"`
}

func renterStatus(c *cli.Context) error {
	e := newEnv(c)
	ctx := c.Context
	addr, err := e.address("renter")
	if err != nil {
		return err
	}
	s, err := openCatalogue(e)
	if err != nil {
		return err
	}
	defer s.Close()
	files, err := listFiles(ctx, s)
	if err != nil {
		return err
	}
	cl, _, err := e.client(ctx, "")
	if err != nil {
		return err
	}
	fu, err := readFunds(ctx, cl, addr)
	if err != nil {
		return err
	}
	farmers, err := cl.Farmers(ctx)
	if err != nil {
		return err
	}
	v := renterStatusView{Address: addr.Hex(), Ether: fu.Ether.String(), Tokens: fu.Tokens.String(),
		Allowance: fu.Allowance.String(), Withdrawable: fu.Withdrawable.String(), Files: len(files),
		CurrentPeriod: cl.Schedule.PeriodAt(fu.Head), Farmers: len(farmers)}
	for _, f := range files {
		v.Bytes += f.Size
		v.StoredBytes += f.StoredBytes
		v.Deals += len(f.Deals)
	}
	return e.emit(v, func(w io.Writer) {
		fmt.Fprintf(w, "renter\t%s\n", v.Address)
		fmt.Fprintf(w, "balance\t%s, %s ETH\n", grn(fu.Tokens), market.FormatTokens(fu.Ether))
		fmt.Fprintf(w, "allowance\t%s to the market\n", grn(fu.Allowance))
		fmt.Fprintf(w, "withdrawable\t%s (refunds, slash shares)\n", grn(fu.Withdrawable))
		fmt.Fprintf(w, "files\t%d, %s (%s stored with redundancy) in %d deals\n", v.Files, formatBytes(v.Bytes),
			formatBytes(v.StoredBytes), v.Deals)
		fmt.Fprintf(w, "market\tperiod %d, %d farmers eligible\n", v.CurrentPeriod, v.Farmers)
	})
}

func renterRepair(c *cli.Context) error {
	e := newEnv(c)
	ctx, stop := signalContext(c.Context)
	defer stop()
	watch := c.Bool("watch")
	opts := []repair.Option{repair.WithInterval(c.Duration("interval")), repair.WithUnreachableAfter(c.Duration("unreachable-after")),
		repair.WithUnprovenPeriods(uint32(c.Uint("unproven-periods")))}
	if watch {
		opts = append(opts, repair.WithReportFunc(func(r repair.Report) {
			e.log.Info("repair pass", "summary", r.Summary())
		}))
	}
	r, err := openRenterFromFlags(ctx, e, uint32(c.Uint("periods")), nil, nil, opts...)
	if err != nil {
		return err
	}
	defer r.Close()
	if watch {
		e.log.Info("repairing until interrupted", "interval", c.Duration("interval"))
		return r.Repair.Run(ctx)
	}
	rep, err := r.Repair.RunOnce(ctx)
	if err != nil {
		return err
	}
	if err := e.emit(rep, func(w io.Writer) { _ = rep.WriteText(w) }); err != nil {
		return err
	}
	lost, failed := 0, ""
	for _, f := range rep.Files {
		lost += f.Lost
		if f.Err != "" && failed == "" {
			failed = f.Name + ": " + f.Err
		}
	}
	switch {
	case lost > 0:
		return withCode(exitData, fmt.Errorf("%d segments are beyond repair", lost), "")
	case failed != "":
		return withCode(exitRefused, fmt.Errorf("repair incomplete: %s", failed), "run it again when more farmers are up")
	}
	return nil
}
