// Package dashboard is a farmer's web dashboard and Prometheus endpoint: one HTTP listener serving
// a server-rendered page (/), the JSON API the page and scripts read (/api/status), and /metrics.
//
// It shows stake, balances, the pay earned on agreements but not yet paid (per agreement and in
// total) and earnings per period over a chosen range with a forecast from the open agreements,
// proven and missed periods, the heartbeat window, the agreements, the
// shard store's space, traffic, ether left for gas, and the node's identity and reachability; and it
// raises alerts (on the page, in /api/status, in the log and as a metric) before the farmer loses
// money: ether running out, free stake near the minimum, a heartbeat late in its window, a disk
// nearly full, a node unreachable from outside.
//
// Every figure comes from the chain or the node through the small interfaces in source.go; the
// adapters over the farmer on the agreement market are in farmer.go. Charts are SVG drawn here, in Go: no script
// library to vendor or update, nothing fetched from elsewhere (it works offline), a page of a few
// tens of kilobytes that renders without JavaScript (a small embedded script only refreshes it and
// counts down the window).
//
// Security: it listens on loopback unless the farmer asks for a public listener, which needs a
// password (HTTP basic auth, compared in constant time). Requests to a loopback listener must name
// a loopback host (a DNS-rebinding page cannot read it). Nothing it serves holds a key: the inputs
// are public chain data and the node's public identity.
package dashboard

import (
	"compress/gzip"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

//go:embed static templates
var assets embed.FS

// options tune a Server; zero fields take the defaults.
type options struct {
	heartbeats Heartbeats
	traffic    Traffic
	network    Network
	disk       Disk
	metrics    *Metrics
	thresholds Thresholds
	log        *slog.Logger
	rangeLen   int
	forecast   int
	password   string
	now        func() time.Time
	refresh    time.Duration
}

// Option configures a Server.
type Option func(*options)

// WithHeartbeats shows the heartbeat loop's own view of recent periods (what a late heartbeat
// waits for, proofs it could not build).
func WithHeartbeats(h Heartbeats) Option { return func(o *options) { o.heartbeats = h } }

// WithTraffic shows the bytes the node moved.
func WithTraffic(t Traffic) Option { return func(o *options) { o.traffic = t } }

// WithDisk checks the filesystem under the store too.
func WithDisk(d Disk) Option { return func(o *options) { o.disk = d } }

// WithNetwork shows the node's peer id, listen addresses, reachability and streams.
func WithNetwork(n Network) Option { return func(o *options) { o.network = n } }

// WithMetrics uses m (shared with the node's internals) instead of a registry of its own.
func WithMetrics(m *Metrics) Option { return func(o *options) { o.metrics = m } }

// WithThresholds sets when alerts are raised.
func WithThresholds(t Thresholds) Option { return func(o *options) { o.thresholds = t } }

// WithLogger logs alerts as they are raised and cleared (default: discard).
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.log = l } }

// WithRange sets the default chart range in periods before the current one (default 48) and the
// forecast periods shown after it (default 12).
func WithRange(past, future int) Option {
	return func(o *options) { o.rangeLen, o.forecast = past, future }
}

// WithPassword requires HTTP basic auth with this password (any user name) on every request.
func WithPassword(p string) Option { return func(o *options) { o.password = p } }

// WithRefresh sets how often Run reads the chain and the node (default 5 s).
func WithRefresh(d time.Duration) Option { return func(o *options) { o.refresh = d } }

// Server is a farmer's dashboard.
type Server struct {
	chain Chain
	store Store
	o     options
	page  *pageRenderer

	refreshMu sync.Mutex // one refresh at a time
	mu        sync.Mutex
	last      *Snapshot
	raised    map[string]Alert // alerts logged as raised
}

// New returns a dashboard over the farmer's chain view and shard store.
func New(ch Chain, store Store, opts ...Option) (*Server, error) {
	if ch == nil || store == nil {
		return nil, errors.New("dashboard: missing chain view or store")
	}
	o := options{log: slog.New(slog.DiscardHandler), rangeLen: 48, forecast: 12, now: time.Now, refresh: 5 * time.Second}
	for _, f := range opts {
		f(&o)
	}
	if o.metrics == nil {
		o.metrics = NewMetrics()
	}
	pr, err := newPageRenderer()
	if err != nil {
		return nil, err
	}
	return &Server{chain: ch, store: store, o: o, page: pr, raised: map[string]Alert{}}, nil
}

// Metrics returns the server's metrics (to observe the node's internals into).
func (s *Server) Metrics() *Metrics { return s.o.metrics }

// Refresh reads the chain and the node once with the default range and updates the figures, the
// metrics and the alert log. A read that fails is reported in the snapshot's Errors and leaves the
// figures it feeds at zero; the error returned is the first such failure.
func (s *Server) Refresh(ctx context.Context) (Snapshot, error) {
	return s.snapshot(ctx, s.o.rangeLen, true)
}

// snapshot reads and builds a snapshot over `past` periods; `record` makes it the current one (the
// default range), updating metrics and logging alerts.
func (s *Server) snapshot(ctx context.Context, past int, record bool) (Snapshot, error) {
	in, err := s.collect(ctx, past)
	snap := build(in, s.o.thresholds)
	if !record {
		return snap, err
	}
	s.refreshMu.Lock()
	defer s.refreshMu.Unlock()
	s.o.metrics.set(snap, in.proofs, len(in.errs))
	s.logAlerts(snap.Alerts)
	s.mu.Lock()
	s.last = &snap
	s.mu.Unlock()
	return snap, err
}

func (s *Server) collect(ctx context.Context, past int) (inputs, error) {
	in := inputs{now: s.o.now(), sched: s.chain.Schedule(), traffic: s.o.traffic, network: s.o.network, rangeLen: past}
	var first error
	fail := func(what string, err error) {
		msg := redactURLs(fmt.Sprintf("%s: %v", what, err))
		in.errs = append(in.errs, msg)
		if first == nil {
			first = errors.New("dashboard: " + msg)
		}
	}
	var err error
	if in.head, err = s.chain.Head(ctx); err != nil {
		fail("read head", err)
		return in, first // nothing else can be placed in time
	}
	cur := in.head.Period
	in.from = 0
	if int64(cur) > int64(past) {
		in.from = cur - uint32(past)
	}
	in.to = cur + uint32(s.o.forecast)
	if in.acct, err = s.chain.Account(ctx); err != nil {
		fail("read account", err)
	}
	if in.agreements, err = s.chain.Agreements(ctx, in.from); err != nil {
		fail("read agreements", err)
	}
	if in.proofs, in.misses, in.record, err = s.chain.Proofs(ctx, in.from, cur); err != nil {
		fail("read heartbeats", err)
	}
	if in.gasPrice, err = s.chain.GasPrice(ctx); err != nil {
		fail("read gas price", err)
	}
	in.capacity, in.used, in.free = s.store.Capacity(), s.store.Used(), s.store.Free()
	if s.o.disk != nil {
		if in.diskFree, in.diskTotal, err = s.o.disk.DiskSpace(); err != nil {
			fail("read disk space", err)
			in.diskFree, in.diskTotal = -1, -1
		}
	} else {
		in.diskFree, in.diskTotal = -1, -1
	}
	if s.o.heartbeats != nil {
		in.local = s.o.heartbeats.Recent(8)
	}
	return in, first
}

var urlPattern = regexp.MustCompile(`[a-zA-Z][a-zA-Z0-9+.-]*://[^\s"']+`)

// redactURLs keeps only the scheme and host of the URLs in an error message: an RPC endpoint's URL
// often carries an API key in its path, query or user info (https://mainnet.example/v3/KEY).
func redactURLs(s string) string {
	return urlPattern.ReplaceAllStringFunc(s, func(raw string) string {
		u, err := url.Parse(raw)
		if err != nil || u.Host == "" {
			return "[url]"
		}
		return u.Scheme + "://" + u.Host + "/…"
	})
}

// logAlerts logs alerts raised since the last refresh (or changed) and those cleared.
func (s *Server) logAlerts(as []Alert) {
	now := map[string]Alert{}
	for _, a := range as {
		now[a.ID] = a
		if prev, ok := s.raised[a.ID]; !ok || prev.Level != a.Level || prev.Title != a.Title {
			lvl := slog.LevelWarn
			if a.Level == "critical" {
				lvl = slog.LevelError
			}
			s.o.log.Log(context.Background(), lvl, "dashboard alert: "+a.Title, "alert", a.ID, "level", a.Level, "detail", a.Detail)
		}
	}
	for id, a := range s.raised {
		if _, ok := now[id]; !ok {
			s.o.log.Info("dashboard alert cleared: "+a.Title, "alert", id)
		}
	}
	s.raised = now
}

// Last returns the latest snapshot of the default range, if any.
func (s *Server) Last() (Snapshot, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.last == nil {
		return Snapshot{}, false
	}
	return *s.last, true
}

// Run refreshes the figures every refresh interval until ctx ends.
func (s *Server) Run(ctx context.Context) error {
	t := time.NewTicker(s.o.refresh)
	defer t.Stop()
	for {
		if _, err := s.Refresh(ctx); err != nil && ctx.Err() == nil {
			s.o.log.Debug("dashboard refresh", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Handler serves the page, the API, the static files and /metrics.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(assets, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", cacheFor(time.Hour, http.FileServerFS(static))))
	mux.HandleFunc("GET /{$}", s.servePage)
	mux.HandleFunc("GET /api/status", s.serveStatus)
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.o.metrics.Registry, promhttp.HandlerOpts{DisableCompression: true}))
	var h http.Handler = mux
	h = gzipped(h)
	h = securityHeaders(h)
	if s.o.password != "" {
		h = basicAuth(s.o.password, h)
	} else {
		h = loopbackHost(h)
	}
	return h
}

// current returns the snapshot for a request: the cached default range while it is fresh, else a
// new read (a range other than the default is always read for the request).
func (s *Server) current(ctx context.Context, r *http.Request) (Snapshot, error) {
	past := s.o.rangeLen
	if v := r.URL.Query().Get("periods"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 10_000 {
			return Snapshot{}, errBadRange
		}
		past = n
	}
	if past == s.o.rangeLen {
		if snap, ok := s.Last(); ok && s.o.now().Sub(snap.Generated) < s.o.refresh {
			return snap, unusable(snap)
		}
		snap, _ := s.Refresh(ctx)
		return snap, unusable(snap)
	}
	snap, _ := s.snapshot(ctx, past, false)
	return snap, unusable(snap)
}

var errBadRange = errors.New("dashboard: periods must be a whole number from 1 to 10000")

// unusable refuses a snapshot made without the chain's head (nothing in it can be placed); one
// whose other reads failed is shown, and says which failed.
func unusable(s Snapshot) error {
	if s.Head.Block == 0 && len(s.Errors) > 0 {
		return errors.New("dashboard: could not " + s.Errors[0])
	}
	return nil
}

func (s *Server) serveStatus(w http.ResponseWriter, r *http.Request) {
	snap, err := s.current(r.Context(), r)
	if errors.Is(err, errBadRange) {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	} else if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	_ = enc.Encode(snap)
}

func (s *Server) servePage(w http.ResponseWriter, r *http.Request) {
	snap, err := s.current(r.Context(), r)
	if errors.Is(err, errBadRange) {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	} else if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if err := s.page.render(w, snap); err != nil {
		s.o.log.Error("dashboard: render page", "err", err)
	}
}

// gzipped compresses responses for clients that accept it (a long range's page is mostly
// repetitive markup: ~10x smaller).
func gzipped(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			h.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Add("Vary", "Accept-Encoding")
		zw := gzip.NewWriter(w)
		defer zw.Close()
		h.ServeHTTP(gzipWriter{ResponseWriter: w, w: zw}, r)
	})
}

type gzipWriter struct {
	http.ResponseWriter
	w io.Writer
}

func (g gzipWriter) Write(b []byte) (int, error) { return g.w.Write(b) }

func (g gzipWriter) WriteHeader(code int) {
	g.ResponseWriter.Header().Del("Content-Length")
	g.ResponseWriter.WriteHeader(code)
}

func cacheFor(d time.Duration, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", fmt.Sprintf("max-age=%d", int(d.Seconds())))
		h.ServeHTTP(w, r)
	})
}

func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}

// basicAuth requires the password (any user name), compared in constant time over fixed-length
// digests so that neither its content nor its length leaks through timing.
func basicAuth(password string, h http.Handler) http.Handler {
	want := sha256.Sum256([]byte(password))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, got, ok := r.BasicAuth()
		g := sha256.Sum256([]byte(got))
		if !ok || subtle.ConstantTimeCompare(g[:], want[:]) != 1 {
			w.Header().Set("WWW-Authenticate", `Basic realm="granary farmer", charset="UTF-8"`)
			http.Error(w, "password required", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// loopbackHost refuses requests whose Host is not a loopback name or address: on a loopback
// listener without a password, that stops a web page that rebinds its own DNS name to 127.0.0.1
// from reading the dashboard.
func loopbackHost(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if hh, _, err := net.SplitHostPort(host); err == nil {
			host = hh
		}
		if !isLoopbackHost(host) {
			http.Error(w, "the dashboard answers only to localhost, 127.0.0.1 or [::1]", http.StatusMisdirectedRequest)
			return
		}
		h.ServeHTTP(w, r)
	})
}

func isLoopbackHost(h string) bool {
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	if strings.EqualFold(h, "localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// ErrPublicListen is returned for a non-loopback listen address without --dashboard-public and a password.
var ErrPublicListen = errors.New("dashboard: listening beyond loopback needs --dashboard-public and a password")

// CheckListen accepts a host:port listen address: a loopback one always, any other only when public
// is set and a password is given. An empty host (all interfaces) is not loopback.
func CheckListen(addr string, public bool, password string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("dashboard: listen address %q: want HOST:PORT, e.g. 127.0.0.1:8080: %v", addr, err)
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil {
		return fmt.Errorf("dashboard: listen address %q: bad port", addr)
	}
	if isLoopbackHost(host) {
		if public && password == "" {
			return fmt.Errorf("%w: no password given", ErrPublicListen)
		}
		return nil
	}
	if !public {
		return fmt.Errorf("%w: %s is not a loopback address", ErrPublicListen, addr)
	}
	if password == "" {
		return fmt.Errorf("%w: no password given", ErrPublicListen)
	}
	return nil
}

// Serve serves the dashboard on l until ctx ends, refreshing its figures meanwhile.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 2 * time.Minute}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = s.Run(ctx)
	}()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	err := srv.Serve(l)
	<-done
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}
