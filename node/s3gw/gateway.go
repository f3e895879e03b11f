package s3gw

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"path/filepath"
	"time"

	"github.com/syndtr/goleveldb/leveldb"
	"github.com/versity/versitygw/s3api"
	"github.com/versity/versitygw/s3api/middlewares"
)

// Options configure a Gateway; zero fields take the defaults.
type Options struct {
	Region      string        // the region clients sign for (default us-east-1)
	MinPartSize int64         // smallest part but the last of a multipart upload (default S3's 5 MiB)
	Log         *slog.Logger  // default: discard
	StartWait   time.Duration // how long Start waits for the listener (default 10 s)
	// MaxUploads and MaxDownloads bound the objects and parts going through the renter's pipeline at
	// once (default 1 and 2); more requests wait for a slot, their bodies held back by TCP. Each costs
	// a pipeline window (tens of MiB), so these, not the clients' concurrency, bound the memory.
	MaxUploads, MaxDownloads int
}

// Gateway is a running S3 gateway.
type Gateway struct {
	gw        *gateway
	srv       *s3api.S3ApiServer
	addr      string
	done      chan error
	listening chan struct{} // closed by the server once it listens (per attempt)
	wait      time.Duration
}

// Open opens (creating if needed) the gateway's metadata database in dir, over store and keys. It
// does not listen yet: Sweep, then Start.
func Open(dir string, store ObjectStore, keys *Keys, opt Options) (*Gateway, error) {
	if opt.Region == "" {
		opt.Region = "us-east-1"
	}
	if opt.MinPartSize == 0 {
		opt.MinPartSize = MinPartSize
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	if opt.StartWait == 0 {
		opt.StartWait = 10 * time.Second
	}
	db, err := leveldb.OpenFile(filepath.Join(dir, "meta"), nil)
	if err != nil {
		return nil, fmt.Errorf("s3gw: open metadata in %s: %w", dir, err)
	}
	if opt.MaxUploads <= 0 {
		opt.MaxUploads = 1
	}
	if opt.MaxDownloads <= 0 {
		opt.MaxDownloads = 2
	}
	gw := &gateway{store: store, db: db, log: opt.Log, minPartSize: opt.MinPartSize,
		uploads: make(chan struct{}, opt.MaxUploads), downloads: make(chan struct{}, opt.MaxDownloads)}
	// The root account of versitygw is unusable: a random key nobody is told. Every client uses a
	// key from Keys.
	root := middlewares.RootUserConfig{Access: "root-" + randomHex(16), Secret: randomHex(32)}
	g := &Gateway{gw: gw, wait: opt.StartWait}
	srv, err := s3api.New(gw, root, opt.Region, iam{keys: keys}, nil, nil, nil, nil,
		s3api.WithQuiet(), s3api.WithKeepAlive(), s3api.WithMpMaxParts(MaxParts), s3api.WithConcurrencyLimiter(1024, 256),
		s3api.WithDisableACL(), s3api.WithOnListen(func() { close(g.listening) }))
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("s3gw: %w", err)
	}
	g.srv = srv
	return g, nil
}

// Sweep removes renter files of the gateway that no object or part refers to (left by a crash
// mid-upload or a removal that failed) and returns how many. Run it before Start.
func (g *Gateway) Sweep(ctx context.Context) (int, error) { return g.gw.Sweep(ctx) }

// Start serves the S3 API on listen (host:port; port 0 picks a free one) and returns the address.
func (g *Gateway) Start(listen string) (string, error) {
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return "", fmt.Errorf("s3gw: listen address %q: %w", listen, err)
	}
	// versitygw binds its own listener from an address; for port 0 pick a free port and try it,
	// picking another if someone took it in between.
	for attempt := 0; ; attempt++ {
		addr := listen
		if port == "0" {
			l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
			if err != nil {
				return "", fmt.Errorf("s3gw: listen on %s: %w", listen, err)
			}
			addr = l.Addr().String()
			l.Close()
		}
		g.listening, g.done = make(chan struct{}), make(chan error, 1)
		srv, done := g.srv, g.done
		go func() { done <- srv.ServeMultiPort([]string{addr}) }()
		if err := g.waitListening(); err != nil {
			if port == "0" && attempt < 5 {
				continue
			}
			return "", fmt.Errorf("s3gw: serve on %s: %w", addr, err)
		}
		g.addr = addr
		return addr, nil
	}
}

// waitListening waits until the server listens or fails to.
func (g *Gateway) waitListening() error {
	select {
	case <-g.listening:
		return nil
	case err := <-g.done:
		if err == nil {
			err = errors.New("server stopped")
		}
		return err
	case <-time.After(g.wait):
		return fmt.Errorf("not listening after %s", g.wait)
	}
}

// Addr returns the address the gateway serves on.
func (g *Gateway) Addr() string { return g.addr }

// URL returns the gateway's endpoint URL.
func (g *Gateway) URL() string { return "http://" + g.addr }

// Close stops serving and closes the metadata database.
func (g *Gateway) Close() error {
	var err error
	if g.addr != "" {
		err = g.srv.ShutDown()
		<-g.done
	}
	return errors.Join(err, g.gw.db.Close())
}
