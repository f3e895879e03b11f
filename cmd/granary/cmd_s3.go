package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/repair"
	"github.com/granary-network/granary/node/s3gw"
)

// s3Command is `granary renter s3`: the S3 gateway and its access keys.
func s3Command(flags []cli.Flag) *cli.Command {
	return &cli.Command{
		Name:  "s3",
		Usage: "serve the renter's files over the S3 API (aws CLI, rclone, restic, SDKs) and manage its access keys",
		Subcommands: []*cli.Command{
			{
				Name: "serve",
				Usage: "serve the S3 API until interrupted; objects are stored as `renter put` stores files " +
					"(keys: `granary renter s3 keys create`)",
				Flags: append(append(flags,
					&cli.StringFlag{Name: "listen", Value: "127.0.0.1:9000", Usage: "host:port to serve on (plain HTTP: keep it on loopback or behind TLS)"},
					&cli.StringFlag{Name: "region", Value: "us-east-1", Usage: "the region clients sign requests for"},
					&cli.IntFlag{Name: "data-shards", Value: pipeline.DevnetParams().DataShards, Usage: "k: any k shards of a segment rebuild it"},
					&cli.IntFlag{Name: "parity-shards", Value: pipeline.DevnetParams().ParityShards, Usage: "m: shards of a segment that may be lost"},
					&cli.StringFlag{Name: "segment-size", Value: "4MiB", Usage: "plaintext bytes per segment"},
					&cli.BoolFlag{Name: "repair", Value: true, Usage: "run the repair worker in this process (rebuilds lost shards, renews agreements; `renter repair --watch` is the same worker alone)"},
					&cli.DurationFlag{Name: "repair-interval", Value: 10 * time.Minute, Usage: "with --repair: a pass at least this often"},
				), append(renewFlags(), agreementFlags()...)...),
				Action: s3Serve,
			},
			{
				Name:  "keys",
				Usage: "access keys of the gateway (secrets sealed under the renter's master key)",
				Subcommands: []*cli.Command{
					{Name: "create", Usage: "make an access key and print its secret (shown once)", Flags: append(flags,
						&cli.StringFlag{Name: "name", Usage: "a label to recognise the key by"}), Action: s3KeysCreate},
					{Name: "ls", Usage: "list access keys (never their secrets)", Flags: flags, Action: s3KeysList},
					{Name: "revoke", Usage: "delete an access key: requests signed with it fail from then on", ArgsUsage: "ACCESS_KEY",
						Flags: flags, Action: s3KeysRevoke},
				},
			},
		},
	}
}

// s3Dir is where the gateway keeps its keys and metadata.
func s3Dir(e *env) string { return filepath.Join(e.dataDir(), "s3") }

func openS3Keys(e *env) (*s3gw.Keys, error) {
	mk, err := e.masterKey()
	if err != nil {
		return nil, err
	}
	return s3gw.OpenKeys(filepath.Join(s3Dir(e), "keys.json"), mk)
}

func s3KeysCreate(c *cli.Context) error {
	e := newEnv(c)
	keys, err := openS3Keys(e)
	if err != nil {
		return err
	}
	cr, err := keys.Create(c.String("name"))
	if err != nil {
		return err
	}
	return e.emit(cr, func(w io.Writer) {
		fmt.Fprintf(w, "access key: %s\nsecret key: %s\n(the secret is not shown again)\n", cr.AccessKey, cr.SecretKey)
	})
}

func s3KeysList(c *cli.Context) error {
	e := newEnv(c)
	keys, err := openS3Keys(e)
	if err != nil {
		return err
	}
	list, err := keys.List()
	if err != nil {
		return err
	}
	if list == nil {
		list = []s3gw.KeyInfo{}
	}
	return e.emit(list, func(w io.Writer) {
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ACCESS KEY\tNAME\tCREATED")
		for _, k := range list {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", k.AccessKey, k.Name, k.Created.Format("2006-01-02 15:04:05Z"))
		}
		tw.Flush()
	})
}

func s3KeysRevoke(c *cli.Context) error {
	e := newEnv(c)
	id, err := arg(c, 0, "ACCESS_KEY")
	if err != nil {
		return err
	}
	keys, err := openS3Keys(e)
	if err != nil {
		return err
	}
	if err := keys.Revoke(id); err != nil {
		return err
	}
	return e.emit(map[string]string{"revoked": id}, func(w io.Writer) { fmt.Fprintf(w, "revoked %s\n", id) })
}

func s3Serve(c *cli.Context) error {
	e := newEnv(c)
	params, err := putFlags(c)
	if err != nil {
		return err
	}
	opt, err := agreementOptions(c)
	if err != nil {
		return err
	}
	keys, err := openS3Keys(e)
	if err != nil {
		return err
	}
	ctx, stop := signalContext(c.Context)
	defer stop()
	r, err := openRenterFromFlags(ctx, e, opt, nil, repair.WithRenewWithin(renewWithin(c)), repair.WithInterval(c.Duration("repair-interval")),
		repair.WithReportFunc(func(rep repair.Report) { e.log.Info("repair pass", "summary", rep.Summary()) }))
	if err != nil {
		return err
	}
	defer r.Close()
	watchHead(ctx, r.Client, e.log, 10*time.Second)
	if c.Bool("repair") {
		rctx, cancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() {
			defer close(done)
			_ = r.Repair.Run(rctx)
		}()
		defer func() { cancel(); <-done }()
	}
	gw, err := startS3Gateway(ctx, r, s3gwConfig{Dir: s3Dir(e), Keys: keys, Params: params, Listen: c.String("listen"),
		Region: c.String("region"), Log: e.log})
	if err != nil {
		return err
	}
	defer gw.Close()
	if n, _ := keys.List(); len(n) == 0 {
		e.log.Warn("no access keys yet: create one with `granary renter s3 keys create`")
	}
	fmt.Fprintf(c.App.ErrWriter, "serving S3 on %s (Ctrl-C stops)\n", gw.URL())
	<-ctx.Done()
	return nil
}
