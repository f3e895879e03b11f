// Package bench measures Granary end to end as its users feel it (scripts/bench.sh runs it and
// writes BENCHMARKS.md), on the agreement path: on the in-process network of testnet.NewAgreements
// (farmers on loopback with their heartbeat loops), a renter on renter.Agreements puts, gets and
// removes big files (TestBenchAgreements), the same bytes go through the renter's pipeline alone
// (encryption, erasure coding, Merkle hashing) so that the end-to-end figures come with their ratio
// to what this machine can do at all, and the S3 gateway is compared with the renter on the same
// bytes (TestGatewayBench).
//
// The renter and the gateway run in processes of their own (the test binary started again with
// GRANARY_BENCH_ROLE set) so that their peak RSS is theirs alone. They reach the in-process chain
// through ServeRPC, a JSON-RPC proxy on 127.0.0.1, and the farmers over libp2p like any renter.
//
// The benchmarks are skipped unless GRANARY_BENCH=1: they are not part of `go test ./...`.
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
	"net"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/granary-network/granary/internal/cputime"
	"github.com/granary-network/granary/internal/keystream"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
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

// ResultPrefix starts the line of the renter process's output that holds its result.
const ResultPrefix = "RENTER-RESULT "

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
// hashing on put (into a sink that drops the shards), verification and decryption on get (from
// the data shards of a second, untimed put, kept in memory). GOMAXPROCS workers, as a
// renter runs it.
type Raw struct {
	Put, PutCPU time.Duration
	Get, GetCPU time.Duration
}

// MeasureRaw runs the pipeline alone on size bytes of keystream.New(seed): MeasureRawPut, then
// MeasureRawGet.
func MeasureRaw(ctx context.Context, size int64, seed uint64, params pipeline.Params) (Raw, error) {
	var raw Raw
	var err error
	if raw.Put, raw.PutCPU, err = MeasureRawPut(ctx, size, seed, params); err != nil {
		return raw, err
	}
	raw.Get, raw.GetCPU, err = MeasureRawGet(ctx, size, seed, params)
	return raw, err
}

// MeasureRawGet times the pipeline alone getting size bytes of keystream.New(seed) back (wall
// clock, process CPU) from the data shards of an untimed put kept in memory. (The put is timed
// apart, by MeasureRawPut, into a sink that drops the shards: keeping them costs a put a copy of
// the file and its page faults.)
func MeasureRawGet(ctx context.Context, size int64, seed uint64, params pipeline.Params) (time.Duration, time.Duration, error) {
	mk, err := manifest.NewMasterKey()
	if err != nil {
		return 0, 0, err
	}
	p := pipeline.New(mk)
	store := pipeline.NewMemStore()
	m, err := p.Put(ctx, "raw", io.LimitReader(keystream.New(seed), size), dataOnly{store: store, k: params.DataShards}, params)
	if err != nil {
		return 0, 0, fmt.Errorf("raw put: %w", err)
	}
	check := &checker{want: keystream.New(seed)}
	w := bufio.NewWriterSize(check, 1<<20)
	runtime.GC()
	cpu0, start := cputime.Process(), time.Now()
	check.start = start
	if err := p.Get(ctx, m, store, w); err != nil {
		return 0, 0, fmt.Errorf("raw get: %w", err)
	}
	if err := w.Flush(); err != nil {
		return 0, 0, err
	}
	took, cpu := time.Since(start), cputime.Process()-cpu0
	if check.n != size {
		return 0, 0, fmt.Errorf("raw get: %d bytes back, want %d", check.n, size)
	}
	return took, cpu, nil
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

// KeyHex returns a private key as AgreementJob.Key wants it.
func KeyHex(k *ecdsa.PrivateKey) string { return hex.EncodeToString(crypto.FromECDSA(k)) }
