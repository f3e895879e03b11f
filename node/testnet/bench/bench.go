// Package bench measures Granary end to end as its users feel it (scripts/bench.sh runs it and
// writes BENCHMARKS.md): on the in-process network with 6 farmers on loopback, a renter puts and
// gets 256 MiB and 1 GiB files; the same bytes go through the renter's pipeline alone (encryption,
// erasure coding, Merkle hashing) so that the end-to-end figures come with their ratio to what this
// machine can do at all; and the farmers' heartbeat loop runs for several periods, its gas read back
// from the receipts.
//
// The renter runs in its own process (the test binary started again with GRANARY_BENCH_ROLE=renter)
// so that its peak RSS is the renter's alone. It reaches the in-process chain through ServeRPC, a
// JSON-RPC proxy on 127.0.0.1, and the farmers over libp2p like any renter.
//
// The benchmark itself is TestBench in this package, skipped unless GRANARY_BENCH=1: it is not part
// of `go test ./...`.
package bench

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/granary-network/granary/internal/cputime"
	"github.com/granary-network/granary/internal/keystream"
	"github.com/granary-network/granary/node/chain"
	ghost "github.com/granary-network/granary/node/host"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/renter"
)

// ---- the chain for another process ----------------------------------------------------------------

// ServeRPC serves JSON-RPC over HTTP on 127.0.0.1 by forwarding every call to rc, an in-process
// client of the simulated chain, so that another process can use that chain. Raw transactions go
// through send instead, so that the chain's auto-miner sees them. Errors keep their code and data
// (a revert's data is how a client names the custom error).
func ServeRPC(rc *rpc.Client, send func(context.Context, *types.Transaction) error) (url string, stop func(), err error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, fmt.Errorf("bench: rpc proxy listen: %w", err)
	}
	type request struct {
		ID     json.RawMessage   `json:"id"`
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	type rpcError struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Data    any    `json:"data,omitempty"`
	}
	type response struct {
		Version string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Result  json.RawMessage `json:"result,omitempty"`
		Error   *rpcError       `json:"error,omitempty"`
	}
	call := func(ctx context.Context, req request) response {
		resp := response{Version: "2.0", ID: req.ID}
		var result json.RawMessage
		var err error
		if req.Method == "eth_sendRawTransaction" && len(req.Params) == 1 {
			var raw hexutil.Bytes
			tx := new(types.Transaction)
			if err = json.Unmarshal(req.Params[0], &raw); err == nil {
				if err = tx.UnmarshalBinary(raw); err == nil {
					if err = send(ctx, tx); err == nil {
						result, _ = json.Marshal(tx.Hash())
					}
				}
			}
		} else {
			args := make([]any, len(req.Params))
			for i, p := range req.Params {
				args[i] = p
			}
			err = rc.CallContext(ctx, &result, req.Method, args...)
		}
		if err != nil {
			e := &rpcError{Code: -32000, Message: err.Error()}
			var ce rpc.Error
			if errors.As(err, &ce) {
				e.Code = ce.ErrorCode()
			}
			var de rpc.DataError
			if errors.As(err, &de) {
				e.Data = de.ErrorData()
			}
			resp.Error = e
			return resp
		}
		if result == nil {
			result = json.RawMessage("null")
		}
		resp.Result = result
		return resp
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, 64<<20))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if t := bytes.TrimSpace(body); len(t) > 0 && t[0] == '[' {
			var reqs []request
			if err := json.Unmarshal(t, &reqs); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			out := make([]response, len(reqs))
			for i, q := range reqs {
				out[i] = call(r.Context(), q)
			}
			_ = json.NewEncoder(w).Encode(out)
			return
		}
		var req request
		if err := json.Unmarshal(body, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		_ = json.NewEncoder(w).Encode(call(r.Context(), req))
	})}
	go func() { _ = srv.Serve(ln) }()
	return "http://" + ln.Addr().String(), func() { _ = srv.Close() }, nil
}

// ---- the renter process ---------------------------------------------------------------------------

// RenterJob is what the renter process is asked to do: put one generated file and get it back.
type RenterJob struct {
	RPC        string           `json:"rpc"`
	Deployment chain.Deployment `json:"deployment"`
	Key        string           `json:"key"` // hex secp256k1 key of a funded account
	Dir        string           `json:"dir"` // the renter's data (identity, catalogue, staging)
	Name       string           `json:"name"`
	Size       int64            `json:"size"`
	Seed       uint64           `json:"seed"` // the file is keystream.New(Seed)
	Params     pipeline.Params  `json:"params"`
	Periods    uint32           `json:"periods"`
}

// RenterResult is what the renter process measured.
type RenterResult struct {
	Put        time.Duration `json:"put"`
	PutCPU     time.Duration `json:"putCpu"` // user + system time of the whole process during the put
	Get        time.Duration `json:"get"`
	GetCPU     time.Duration `json:"getCpu"`
	FirstByte  time.Duration `json:"firstByte"`  // from calling Get to the first plaintext byte
	BaseRSS    int64         `json:"baseRssKiB"` // VmRSS once the renter is up, before the put
	PutHWM     int64         `json:"putHwmKiB"`  // VmHWM after the put
	HWM        int64         `json:"hwmKiB"`     // VmHWM after the get: the peak of the whole run
	Segments   int           `json:"segments"`
	Deals      int           `json:"deals"`
	ShardBytes int64         `json:"shardBytes"` // bytes uploaded to farmers (data + parity)
}

// ResultPrefix starts the line of the renter process's output that holds its RenterResult.
const ResultPrefix = "RENTER-RESULT "

// RunRenter builds a renter the way a user's node would (JSON-RPC endpoint, keyed account,
// libp2p host, catalogue, pipeline) and runs the job.
func RunRenter(ctx context.Context, job RenterJob) (RenterResult, error) {
	var res RenterResult
	key, err := crypto.HexToECDSA(job.Key)
	if err != nil {
		return res, fmt.Errorf("renter key: %w", err)
	}
	r, closeAll, err := newRenter(ctx, job, key)
	if err != nil {
		return res, err
	}
	defer closeAll()
	res.BaseRSS = procStatus("VmRSS")

	cpu0 := cputime.Process()
	start := time.Now()
	m, err := r.Put(ctx, job.Name, io.LimitReader(keystream.New(job.Seed), job.Size), job.Params)
	if err != nil {
		return res, fmt.Errorf("put %s: %w", job.Name, err)
	}
	res.Put, res.PutCPU = time.Since(start), cputime.Process()-cpu0
	res.PutHWM = procStatus("VmHWM")
	res.Segments, res.Deals = len(m.Segments), m.TotalShards()
	for s := range m.Segments {
		res.ShardBytes += int64(m.ShardLen(s)) * int64(m.TotalShards())
	}

	check := &checker{want: keystream.New(job.Seed)}
	w := bufio.NewWriterSize(check, 1<<20)
	cpu0 = cputime.Process()
	start = time.Now()
	check.start = start
	if err := r.Get(ctx, job.Name, w); err != nil {
		return res, fmt.Errorf("get %s: %w", job.Name, err)
	}
	if err := w.Flush(); err != nil {
		return res, fmt.Errorf("get %s: %w", job.Name, err)
	}
	res.Get, res.GetCPU = time.Since(start), cputime.Process()-cpu0
	res.FirstByte = check.first
	if check.n != job.Size {
		return res, fmt.Errorf("get %s: %d bytes back, want %d", job.Name, check.n, job.Size)
	}
	res.HWM = procStatus("VmHWM")
	return res, nil
}

func newRenter(ctx context.Context, job RenterJob, key *ecdsa.PrivateKey) (*renter.Renter, func(), error) {
	var closers []func()
	closeAll := func() {
		for i := len(closers) - 1; i >= 0; i-- {
			closers[i]()
		}
	}
	fail := func(err error) (*renter.Renter, func(), error) { closeAll(); return nil, nil, err }
	ec, err := chain.Dial(ctx, job.RPC)
	if err != nil {
		return fail(err)
	}
	closers = append(closers, ec.Close)
	opts, err := bind.NewKeyedTransactorWithChainID(key, new(big.Int).SetUint64(job.Deployment.ChainID))
	if err != nil {
		return fail(fmt.Errorf("renter transactor: %w", err))
	}
	client, err := chain.New(ctx, ec, job.Deployment, opts, chain.WithPollInterval(5*time.Millisecond))
	if err != nil {
		return fail(err)
	}
	h, err := ghost.New(ctx, ghost.Config{DataDir: job.Dir, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		return fail(fmt.Errorf("renter host: %w", err))
	}
	closers = append(closers, func() { h.Close() })
	mk, err := manifest.MasterKeyFromBytes(crypto.Keccak256([]byte("bench renter " + job.Key)))
	if err != nil {
		return fail(err)
	}
	store, err := manifest.OpenStore(filepath.Join(job.Dir, "catalogue"), mk)
	if err != nil {
		return fail(err)
	}
	closers = append(closers, func() { store.Close() })
	stage := filepath.Join(job.Dir, "stage")
	if err := os.MkdirAll(stage, 0o700); err != nil {
		return fail(err)
	}
	pipe := pipeline.New(mk, pipeline.WithOverfetch(1))
	r := renter.New(key, client, client.Domain, client.Params, renter.P2P{H: h}, pipe, store,
		renter.Options{Periods: job.Periods, StageDir: stage, Timeout: 30 * time.Second})
	return r, closeAll, nil
}

// checker compares what is written to it with a keystream and notes when the first byte came.
type checker struct {
	want  *keystream.Stream
	buf   []byte
	n     int64
	start time.Time
	first time.Duration
}

func (c *checker) Write(p []byte) (int, error) {
	if c.n == 0 && len(p) > 0 {
		c.first = time.Since(c.start)
	}
	if cap(c.buf) < len(p) {
		c.buf = make([]byte, len(p))
	}
	want := c.buf[:len(p)]
	c.want.Read(want)
	if !bytes.Equal(p, want) {
		return 0, fmt.Errorf("bench: byte %d onwards differs from the file put", c.n)
	}
	c.n += int64(len(p))
	return len(p), nil
}

// ---- the pipeline alone ---------------------------------------------------------------------------

// Raw is the renter pipeline alone on the bytes of a file: encryption, erasure coding and Merkle
// hashing on put (into a sink that keeps the data shards in memory and names and drops the parity
// shards), verification and decryption on get (from those data shards). GOMAXPROCS workers, as a
// renter runs it.
type Raw struct {
	Put, PutCPU time.Duration
	Get, GetCPU time.Duration
}

// MeasureRaw runs the pipeline alone on size bytes of keystream.New(seed).
func MeasureRaw(ctx context.Context, size int64, seed uint64, params pipeline.Params) (Raw, error) {
	var raw Raw
	mk, err := manifest.NewMasterKey()
	if err != nil {
		return raw, err
	}
	p := pipeline.New(mk)
	store := pipeline.NewMemStore()
	sink := dataOnly{store: store, k: params.DataShards}
	runtime.GC()
	cpu0, start := cputime.Process(), time.Now()
	m, err := p.Put(ctx, "raw", io.LimitReader(keystream.New(seed), size), sink, params)
	if err != nil {
		return raw, fmt.Errorf("raw put: %w", err)
	}
	raw.Put, raw.PutCPU = time.Since(start), cputime.Process()-cpu0
	check := &checker{want: keystream.New(seed)}
	w := bufio.NewWriterSize(check, 1<<20)
	runtime.GC()
	cpu0, start = cputime.Process(), time.Now()
	check.start = start
	if err := p.Get(ctx, m, store, w); err != nil {
		return raw, fmt.Errorf("raw get: %w", err)
	}
	if err := w.Flush(); err != nil {
		return raw, err
	}
	raw.Get, raw.GetCPU = time.Since(start), cputime.Process()-cpu0
	if check.n != size {
		return raw, fmt.Errorf("raw get: %d bytes back, want %d", check.n, size)
	}
	return raw, nil
}

// dataOnly keeps the data shards of a put and drops the parity shards (already computed and named).
type dataOnly struct {
	store *pipeline.MemStore
	k     int
}

func (d dataOnly) PutShard(ctx context.Context, ref pipeline.ShardRef, data []byte) error {
	if ref.Index >= d.k {
		return nil
	}
	return d.store.PutShard(ctx, ref, data)
}

// ---- the machine ----------------------------------------------------------------------------------

// Machine describes where the benchmark ran.
type Machine struct {
	CPU, Kernel, Go string
	Cores           int
	RAMGiB          float64
	LoadBefore      string // /proc/loadavg when the run started (the machine may be shared)
}

// ThisMachine reads the machine's description from /proc.
func ThisMachine() Machine {
	m := Machine{Go: runtime.Version(), Cores: runtime.NumCPU(), CPU: "unknown", Kernel: "unknown"}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if rest, ok := strings.CutPrefix(l, "MemTotal:"); ok {
				kb, _ := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 64)
				m.RAMGiB = kb / (1 << 20)
			}
		}
	}
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		m.Kernel = strings.TrimSpace(string(b))
	}
	m.LoadBefore = LoadAvg()
	return m
}

// LoadAvg returns the 1, 5 and 15 minute load averages.
func LoadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// procStatus returns a size field of /proc/self/status (VmRSS, VmHWM) in KiB (-1 if unknown).
func procStatus(field string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, l := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(l, field+":"); ok {
			v, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return v
		}
	}
	return -1
}

// KeyHex returns a private key as RenterJob.Key wants it.
func KeyHex(k *ecdsa.PrivateKey) string { return hex.EncodeToString(crypto.FromECDSA(k)) }
