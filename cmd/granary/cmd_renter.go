package main

import (
	"context"
	"errors"
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
				Flags: append(append(flags,
					&cli.StringFlag{Name: "name", Usage: "name to store the file under (default: the file's base name)"},
					&cli.IntFlag{Name: "data-shards", Value: pipeline.DevnetParams().DataShards, Usage: "k: any k shards of a segment rebuild it"},
					&cli.IntFlag{Name: "parity-shards", Value: pipeline.DevnetParams().ParityShards, Usage: "m: shards of a segment that may be lost"},
					&cli.StringFlag{Name: "segment-size", Value: "4MiB", Usage: "plaintext bytes per segment"},
					&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar"},
				), agreementFlags()...),
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
				Usage:     "delete a file: its farmers co-sign revisions without its shards and free the space; pay follows the smaller size",
				ArgsUsage: "NAME",
				Flags:     flags,
				Action:    renterRm,
			},
			{
				Name:   "agreements",
				Usage:  "list the renter's agreements: farmer, size, revision, rate, paid so far, end",
				Flags:  flags,
				Action: renterAgreements,
			},
			{
				Name: "recover",
				Usage: "on a new machine (after `renter init --recover`): find the renter's agreements on chain, ask their farmers " +
					"for the latest revisions and the catalogue anchor, and bring back the catalogue of every file stored before",
				Flags:  flags,
				Action: renterRecover,
			},
			{
				Name: "collect",
				Usage: "remove from the renter's agreements every shard no stored file names (left by an interrupted put, " +
					"or moved by repair off a farmer that did not answer): they cost their rate every period until removed",
				Flags:  flags,
				Action: renterCollect,
			},
			{
				Name: "settle",
				Usage: "settle the renter's agreements that can be: those whose farmer was disqualified (they fail: the unearned " +
					"escrow and the farmer's collateral come back) and those past their end and report window (the unused escrow comes back)",
				Flags:  flags,
				Action: renterSettle,
			},
			{
				Name:  "renew",
				Usage: "extend the agreements that end within --within periods by the agreement length (a running `renter repair --watch` or `renter s3 serve` does it on its own)",
				Flags: append(append(flags,
					&cli.UintFlag{Name: "within", Value: 6, Usage: "renew agreements ending within this many periods"}), agreementFlags()...),
				Action: renterRenew,
			},
			{
				Name: "repair",
				Usage: "check every file's shards on their agreements (proofs, revisions, reachability), rebuild those at risk on new farmers " +
					"and renew agreements about to end; once, or continuously with --watch",
				Flags: append(append(flags,
					&cli.BoolFlag{Name: "watch", Usage: "keep repairing until interrupted (a renter daemon)"},
					&cli.DurationFlag{Name: "interval", Value: 10 * time.Minute, Usage: "with --watch: a pass at least this often"},
					&cli.DurationFlag{Name: "unreachable-after", Value: time.Hour, Usage: "a farmer silent this long has lost its shards"},
					&cli.UintFlag{Name: "unproven-periods", Value: 2, Usage: "an agreement due and left unproven this many periods in a row has lost its shards (0: never judged so)"},
				), append(renewFlags(), agreementFlags()...)...),
				Action: renterRepair,
			},
			{
				Name:   "status",
				Usage:  "account, balances, files and the market",
				Flags:  flags,
				Action: renterStatus,
			},
			unlockCommand("renter", flags),
			lockCommand("renter", flags),
			withdrawCommand("renter", "move the renter's market balance (bounties of reports it made) to its account; refunds and collateral are paid directly when agreements settle or fail"),
			s3Command(flags),
		},
	}
}

// openRenterFromFlags connects to the chain and opens the renter of --data-dir.
func openRenterFromFlags(ctx context.Context, e *env, opt renter.AgreementOptions, wrap func(renter.Network) renter.Network,
	ropts ...repair.Option) (*renterNode, error) {
	cl, acct, err := e.client(ctx, "renter")
	if err != nil {
		return nil, err
	}
	mk, err := e.masterKey()
	if err != nil {
		return nil, err
	}
	return openRenter(ctx, renterConfig{DataDir: e.dataDir(), Client: cl, Key: acct, Master: mk, Options: opt,
		Log: e.log, WrapNet: wrap, Repair: ropts})
}

// withRenter opens the renter of --data-dir with opt, runs fn until it returns or the process is
// interrupted (SIGINT, SIGTERM), and closes the renter.
func withRenter(c *cli.Context, e *env, opt renter.AgreementOptions, fn func(ctx context.Context, r *renterNode) error) error {
	ctx, stop := signalContext(c.Context)
	defer stop()
	r, err := openRenterFromFlags(ctx, e, opt, nil)
	if err != nil {
		return err
	}
	defer r.Close()
	return fn(ctx, r)
}

// agreementFlags shape the agreements a renter opens.
func agreementFlags() []cli.Flag {
	return []cli.Flag{
		&cli.UintFlag{Name: "periods", Value: 100, Usage: "length of a new (or renewed) agreement, in periods"},
		&cli.StringFlag{Name: "agreement-size", Value: "1GiB", Usage: "data one agreement may hold (its escrow pays for that much; farmers must announce at least this capacity)"},
		&cli.StringFlag{Name: "max-price", Usage: "refuse farmers asking more GRN per GiB per period"},
		&cli.UintFlag{Name: "spares", Value: 2, Usage: "farmers beyond the k+m a put places with that it also sends to: a lagging farmer's shards go to a spare instead (long-tail cutting; 0: none)"},
	}
}

// renewFlags set how a repair worker renews the agreements holding the renter's data (`renter
// repair`, `renter s3 serve`).
func renewFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "auto-renew", Value: true, Usage: "renew agreements that hold the renter's data before they end"},
		&cli.UintFlag{Name: "renew-within", Value: 6, Usage: "with --auto-renew: renew agreements ending within this many periods"},
	}
}

// renewWithin reads renewFlags: the periods before its end an agreement is renewed (0: never).
func renewWithin(c *cli.Context) uint32 {
	if !c.Bool("auto-renew") {
		return 0
	}
	return uint32(c.Uint("renew-within"))
}

// agreementOptions reads agreementFlags.
func agreementOptions(c *cli.Context) (renter.AgreementOptions, error) {
	size, err := parseSize(c.String("agreement-size"))
	if err != nil {
		return renter.AgreementOptions{}, err
	}
	if size < 1<<20 {
		return renter.AgreementOptions{}, usagef("--agreement-size %s: at least 1MiB", c.String("agreement-size"))
	}
	if c.Uint("periods") == 0 {
		return renter.AgreementOptions{}, usagef("--periods must be at least 1")
	}
	if c.Uint("spares") > manifest.MaxShards {
		return renter.AgreementOptions{}, usagef("--spares %d: at most %d", c.Uint("spares"), manifest.MaxShards)
	}
	opt := renter.AgreementOptions{Periods: uint32(c.Uint("periods")), MaxBytesPerAgreement: size, Spares: int(c.Uint("spares"))}
	if s := c.String("max-price"); s != "" {
		if opt.MaxPricePerGiB, err = tokens(s); err != nil {
			return opt, err
		}
	}
	return opt, nil
}

// fileAgreements returns the agreements holding a file's shards, in increasing order.
func fileAgreements(m *manifest.Manifest) []uint64 {
	seen := map[uint64]bool{}
	out := []uint64{}
	for _, seg := range m.Segments {
		for _, sh := range seg.Shards {
			if sh.AgreementID != 0 && !seen[sh.AgreementID] {
				seen[sh.AgreementID] = true
				out = append(out, sh.AgreementID)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// uploadMeter counts the bytes the renter writes on upload streams, for the progress bar.
type uploadMeter struct {
	renter.Network
	mu      sync.Mutex
	onFirst func() *progress
	p       *progress
	done    bool // the file is stored: later uploads (the catalogue) are not the file's
}

func (u *uploadMeter) stop() { u.mu.Lock(); u.done = true; u.mu.Unlock() }

func (u *uploadMeter) Open(ctx context.Context, f chain.FarmerInfo, protocol string) (renter.Stream, error) {
	s, err := u.Network.Open(ctx, f, protocol)
	if err != nil || protocol != proto.StoreID {
		return s, err
	}
	u.mu.Lock()
	if u.done {
		u.mu.Unlock()
		return s, nil
	}
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
	Agreements   []uint64 `json:"agreements"`
	Farmers      []string `json:"farmers"`
	Seconds      float64  `json:"seconds"`
	Catalogue    uint64   `json:"catalogueAnchor"` // the catalogue in the network now (0: not stored; see the warning)
}

// putFlags reads the erasure flags shared by `renter put` and `renter s3 serve`.
func putFlags(c *cli.Context) (pipeline.Params, error) {
	segSize, err := parseSize(c.String("segment-size"))
	if err != nil {
		return pipeline.Params{}, err
	}
	params := pipeline.Params{DataShards: c.Int("data-shards"), ParityShards: c.Int("parity-shards"), SegmentSize: int(segSize)}
	if err := params.Validate(); err != nil {
		return pipeline.Params{}, usageError{err}
	}
	return params, nil
}

func renterPut(c *cli.Context) error {
	e := newEnv(c)
	path, err := arg(c, 0, "FILE")
	if err != nil {
		return err
	}
	params, err := putFlags(c)
	if err != nil {
		return err
	}
	opt, err := agreementOptions(c)
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
	r, err := openRenterFromFlags(ctx, e, opt, func(n renter.Network) renter.Network {
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
	meter.stop()
	if err != nil {
		return err
	}
	v := putView{Name: m.Name, Size: m.Size, Segments: len(m.Segments), DataShards: m.DataShards, ParityShards: m.ParityShards,
		StoredBytes: m.StoredSize(), Agreements: fileAgreements(m), Seconds: time.Since(start).Seconds()}
	v.Catalogue = backupCatalogue(ctx, e, r)
	// Every segment's farmers: with spares, a lagging column's shards live elsewhere. (An unplaced
	// shard has no farmer.)
	seen := map[[20]byte]bool{{}: true}
	for _, seg := range m.Segments {
		for _, sh := range seg.Shards {
			if !seen[sh.Farmer] {
				seen[sh.Farmer] = true
				v.Farmers = append(v.Farmers, fmt.Sprintf("0x%x", sh.Farmer))
			}
		}
	}
	return e.emit(v, func(w io.Writer) {
		fmt.Fprintf(w, "stored %q: %s in %d segments, %d+%d shards each, %s on %d farmers under agreements %v (%.1fs)\n",
			m.Name, formatBytes(m.Size), len(m.Segments), m.DataShards, m.ParityShards, formatBytes(m.StoredSize()),
			len(v.Farmers), v.Agreements, v.Seconds)
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
	r, err := openRenterFromFlags(ctx, e, renter.AgreementOptions{}, nil)
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
	Agreements   []uint64  `json:"agreements"`
	Created      time.Time `json:"created"`
}

// openCatalogue opens only the renter's manifests (no chain, no network).
func openCatalogue(e *env) (*manifest.Store, error) {
	mk, err := e.masterKey()
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
			ParityShards: m.ParityShards, StoredBytes: m.StoredSize(), Agreements: fileAgreements(m), Created: m.Created})
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
		fmt.Fprintln(w, "NAME\tSIZE\tSEGMENTS\tSHARDS\tAGREEMENTS\tCREATED")
		for _, f := range files {
			fmt.Fprintf(w, "%s\t%s\t%d\t%d+%d\t%d\t%s\n", f.Name, formatBytes(f.Size), f.Segments, f.DataShards,
				f.ParityShards, len(f.Agreements), f.Created.Local().Format(time.DateTime))
		}
	})
}

func renterRm(c *cli.Context) error {
	e := newEnv(c)
	name, err := arg(c, 0, "NAME")
	if err != nil {
		return err
	}
	return withRenter(c, e, renter.AgreementOptions{}, func(ctx context.Context, r *renterNode) error {
		m, err := r.Manifest(ctx, name)
		if err != nil {
			return err
		}
		ags := fileAgreements(m)
		if err := r.Remove(ctx, name); err != nil {
			return err
		}
		anchor := backupCatalogue(ctx, e, r)
		return e.emit(map[string]any{"name": name, "agreements": ags, "catalogueAnchor": anchor}, func(w io.Writer) {
			fmt.Fprintf(w, "removed %q; agreements %v revised without its %s of shards\n", name, ags, formatBytes(m.StoredSize()))
		})
	})
}

// backupCatalogue stores the renter's catalogue in the network after a put or a remove
// (renter.Agreements.BackupCatalogue) and returns its anchor number. A failure does not undo what
// the command did: it is a warning, and the next command or repair pass stores the catalogue.
func backupCatalogue(ctx context.Context, e *env, r *renterNode) uint64 {
	b, err := r.BackupCatalogue(ctx)
	if err != nil {
		e.log.Warn("the catalogue was not stored in the network this time (the next put, rm or `renter repair` stores it); "+
			"until then `renter recover` on a new machine finds the previous one", "err", oneLine(err.Error()))
	}
	return b.Number
}

// joined returns the errors errors.Join put together (flattened), or err alone.
func joined(err error) []error {
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		if err == nil {
			return nil
		}
		return []error{err}
	}
	var out []error
	for _, e := range j.Unwrap() {
		out = append(out, joined(e)...)
	}
	return out
}

// recoverView is `renter recover --json`.
type recoverView struct {
	Agreements int      `json:"agreements"`
	Anchor     uint64   `json:"catalogueAnchor"`
	Files      int      `json:"files"`
	Problems   []string `json:"problems,omitempty"`
}

func renterRecover(c *cli.Context) error {
	e := newEnv(c)
	return withRenter(c, e, renter.AgreementOptions{}, func(ctx context.Context, r *renterNode) error {
		rec, problems, err := r.Recover(ctx, r.Client)
		v := recoverView{Agreements: rec.Agreements, Anchor: rec.Anchor, Files: rec.Files}
		for _, p := range joined(problems) {
			v.Problems = append(v.Problems, oneLine(p.Error()))
		}
		if err != nil {
			if errors.Is(err, renter.ErrNoCatalogue) {
				return withCode(exitRefused, err, "the farmers holding the catalogue may be down: run it again later; "+
					"a renter that never stored a file has nothing to recover")
			}
			return err
		}
		return e.emit(v, func(w io.Writer) {
			fmt.Fprintf(w, "recovered %d agreements from the chain and their farmers, and %d files from catalogue %d\n", v.Agreements, v.Files, v.Anchor)
			for _, p := range v.Problems {
				fmt.Fprintf(w, "  not recovered yet: %s\n", p)
			}
			if len(v.Problems) > 0 {
				fmt.Fprintln(w, "  (files read from the other farmers; run `renter recover` again when those answer)")
			}
		})
	})
}

// agreementView is one line of `renter agreements --json`.
type agreementView struct {
	ID          uint64 `json:"id"`
	Farmer      string `json:"farmer"`
	Current     bool   `json:"current"` // where new files with this farmer go
	Status      string `json:"status"`
	Bytes       uint64 `json:"bytes"`
	Shards      uint64 `json:"shards"`
	Revision    uint64 `json:"revision"` // newest co-signed (the chain may hold an older one until the next heartbeat)
	Rate        string `json:"ratePerPeriod"`
	PricePerGiB string `json:"pricePerGiB"`
	Escrow      string `json:"escrow"`
	Paid        string `json:"paid"` // paid to the farmer so far
	EndPeriod   uint32 `json:"endPeriod"`
}

func renterAgreements(c *cli.Context) error {
	e := newEnv(c)
	return withRenter(c, e, renter.AgreementOptions{}, func(ctx context.Context, r *renterNode) error {
		list, err := r.AgreementsList(ctx)
		if err != nil {
			return err
		}
		head, err := r.Client.Head(ctx)
		if err != nil {
			return err
		}
		out := []agreementView{}
		for _, a := range list {
			info, err := r.Client.Agreement(ctx, a.ID)
			if err != nil {
				return err
			}
			info.Leaves = a.Leaves // the newest co-signed revision's size: the chain gets it with the next heartbeat
			out = append(out, agreementView{ID: a.ID, Farmer: a.Farmer.Hex(), Current: a.Current, Status: agreementStatus(info, head.Period),
				Bytes: a.Leaves * 256, Shards: a.Shards, Revision: a.Number, Rate: a.Rate.String(), PricePerGiB: a.PricePerGiB.String(),
				Escrow: info.Escrow.String(), Paid: info.Paid.String(), EndPeriod: a.EndPeriod})
		}
		return e.emit(out, func(w io.Writer) {
			fmt.Fprintf(w, "AGREEMENT\tFARMER\tSTATUS\tSIZE\tSHARDS\tREVISION\tRATE/PERIOD\tESCROW\tPAID\tEND\n")
			for _, a := range out {
				status := a.Status
				if a.Current {
					status += " (current)"
				}
				fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%d\t%d\t%s\t%s\t%s\t%d\n", a.ID, a.Farmer, status, formatBytes(a.Bytes), a.Shards,
					a.Revision, grnString(a.Rate), grnString(a.Escrow), grnString(a.Paid), a.EndPeriod)
			}
			fmt.Fprintf(w, "(current period %d)\n", head.Period)
		})
	})
}

func renterCollect(c *cli.Context) error {
	e := newEnv(c)
	return withRenter(c, e, renter.AgreementOptions{}, func(ctx context.Context, r *renterNode) error {
		n, err := r.Collect(ctx)
		if err2 := e.emit(map[string]any{"removed": n}, func(w io.Writer) {
			fmt.Fprintf(w, "removed %d orphan shards from the renter's agreements\n", n)
		}); err2 != nil {
			return err2
		}
		if err != nil {
			return withCode(exitRefused, fmt.Errorf("collect incomplete: %w", err), "run it again when those farmers answer")
		}
		return nil
	})
}

// settleView is `renter settle --json`.
type settleView struct {
	Settled  []renter.Settled `json:"settled"`
	ToRenter string           `json:"toRenter"` // tokens that came back to the renter's account
}

func renterSettle(c *cli.Context) error {
	e := newEnv(c)
	return withRenter(c, e, renter.AgreementOptions{}, func(ctx context.Context, r *renterNode) error {
		before, _, err := r.Client.Funds(ctx, r.Address())
		if err != nil {
			return err
		}
		settled, serr := r.SettleDue(ctx)
		after, _, err := r.Client.Funds(ctx, r.Address())
		if err != nil {
			return err
		}
		v := settleView{Settled: settled, ToRenter: new(big.Int).Sub(after, before).String()}
		if v.Settled == nil {
			v.Settled = []renter.Settled{}
		}
		if err := e.emit(v, func(w io.Writer) {
			for _, s := range v.Settled {
				fmt.Fprintf(w, "settled agreement %d with %s (%s)\n", s.ID, s.Farmer.Hex(), s.Why)
			}
			fmt.Fprintf(w, "%d agreements settled; %s back\n", len(v.Settled), grnString(v.ToRenter))
		}); err != nil {
			return err
		}
		if serr != nil {
			return withCode(exitRefused, fmt.Errorf("settle incomplete: %w", serr), "run it again")
		}
		return nil
	})
}

func renterRenew(c *cli.Context) error {
	e := newEnv(c)
	opt, err := agreementOptions(c)
	if err != nil {
		return err
	}
	return withRenter(c, e, opt, func(ctx context.Context, r *renterNode) error {
		n, err := r.Renew(ctx, uint32(c.Uint("within")))
		if err2 := e.emit(map[string]any{"renewed": n}, func(w io.Writer) {
			fmt.Fprintf(w, "renewed %d agreements to %d periods from now\n", n, opt.Periods)
		}); err2 != nil {
			return err2
		}
		if err != nil {
			return withCode(exitRefused, fmt.Errorf("renew incomplete: %w", err), "run it again; agreements that already ended are moved by `renter repair`")
		}
		return nil
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
		Farmers: len(farmers)}
	head, err := cl.Head(ctx)
	if err != nil {
		return err
	}
	v.CurrentPeriod = head.Period
	for _, f := range files {
		v.Bytes += f.Size
		v.StoredBytes += f.StoredBytes
	}
	return e.emit(v, func(w io.Writer) {
		fmt.Fprintf(w, "renter\t%s\n", v.Address)
		fmt.Fprintf(w, "balance\t%s, %s ETH\n", grn(fu.Tokens), market.FormatTokens(fu.Ether))
		fmt.Fprintf(w, "allowance\t%s to the market\n", grn(fu.Allowance))
		fmt.Fprintf(w, "withdrawable\t%s (market balance: bounties)\n", grn(fu.Withdrawable))
		fmt.Fprintf(w, "files\t%d, %s (%s stored with redundancy)\n", v.Files, formatBytes(v.Bytes), formatBytes(v.StoredBytes))
		fmt.Fprintf(w, "market\tperiod %d, %d farmers announced\n", v.CurrentPeriod, v.Farmers)
	})
}

func renterRepair(c *cli.Context) error {
	e := newEnv(c)
	ctx, stop := signalContext(c.Context)
	defer stop()
	watch := c.Bool("watch")
	opt, err := agreementOptions(c)
	if err != nil {
		return err
	}
	opts := []repair.Option{repair.WithInterval(c.Duration("interval")), repair.WithUnreachableAfter(c.Duration("unreachable-after")),
		repair.WithUnprovenPeriods(uint32(c.Uint("unproven-periods"))), repair.WithRenewWithin(renewWithin(c))}
	if watch {
		opts = append(opts, repair.WithReportFunc(func(r repair.Report) {
			e.log.Info("repair pass", "summary", r.Summary())
		}))
	}
	r, err := openRenterFromFlags(ctx, e, opt, nil, opts...)
	if err != nil {
		return err
	}
	defer r.Close()
	if watch {
		watchHead(ctx, r.Client, e.log, 10*time.Second)
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
