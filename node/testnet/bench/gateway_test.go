package bench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go/middleware"

	"github.com/granary-network/granary/internal/keystream"
	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/node/testnet"
)

// gatewayMain is the gateway process (GRANARY_BENCH_ROLE=gateway).
func gatewayMain() int {
	var job AgreementJob
	if err := json.Unmarshal([]byte(os.Getenv(jobEnv)), &job); err != nil {
		fmt.Fprintln(os.Stderr, "bench gateway: job:", err)
		return 2
	}
	if err := RunGateway(context.Background(), job, os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench gateway:", err)
		return 1
	}
	return 0
}

// gatewayProc is a running gateway process.
type gatewayProc struct {
	ready GatewayReady
	cmd   *exec.Cmd
	stdin io.WriteCloser
	out   *bufio.Scanner
}

func startGatewayProc(t *testing.T, job AgreementJob) *gatewayProc {
	t.Helper()
	b, _ := json.Marshal(job)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), roleEnv+"=gateway", jobEnv+"="+string(b))
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	g := &gatewayProc{cmd: cmd, stdin: stdin, out: bufio.NewScanner(stdout)}
	for g.out.Scan() {
		if rest, ok := strings.CutPrefix(g.out.Text(), GatewayReadyPrefix); ok {
			if err := json.Unmarshal([]byte(rest), &g.ready); err != nil {
				t.Fatal(err)
			}
			return g
		}
	}
	cmd.Wait()
	t.Fatal("gateway process printed no address")
	return nil
}

// stop closes the process's stdin and returns its peak RSS.
func (g *gatewayProc) stop(t *testing.T) GatewayResult {
	t.Helper()
	g.stdin.Close()
	var res GatewayResult
	for g.out.Scan() {
		if rest, ok := strings.CutPrefix(g.out.Text(), GatewayResultPrefix); ok {
			if err := json.Unmarshal([]byte(rest), &res); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := g.cmd.Wait(); err != nil {
		t.Fatalf("gateway process: %v", err)
	}
	return res
}

// client signs with the gateway's key and streams bodies unsigned (UNSIGNED-PAYLOAD, no checksum
// to compute): the client reads each byte once, as `renter put` reads its file.
func (g *gatewayProc) client() *s3.Client {
	return s3.New(s3.Options{Region: "us-east-1", BaseEndpoint: aws.String(g.ready.URL), UsePathStyle: true,
		Credentials:                credentials.NewStaticCredentialsProvider(g.ready.AccessKey, g.ready.SecretKey, ""),
		HTTPClient:                 &http.Client{},
		RetryMaxAttempts:           1,
		RequestChecksumCalculation: aws.RequestChecksumCalculationWhenRequired,
		ResponseChecksumValidation: aws.ResponseChecksumValidationWhenRequired,
		APIOptions:                 []func(*middleware.Stack) error{v4.SwapComputePayloadSHA256ForUnsignedPayloadMiddleware},
	})
}

// getAndCheck streams an object (or a range of it) and checks it against keystream(seed).
func getAndCheck(ctx context.Context, c *s3.Client, bucket, key string, seed uint64, size int64) (time.Duration, error) {
	start := time.Now()
	out, err := c.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
	if err != nil {
		return 0, err
	}
	defer out.Body.Close()
	check := &checker{want: keystream.New(seed), start: start}
	if _, err := io.CopyBuffer(check, out.Body, make([]byte, 1<<20)); err != nil {
		return 0, err
	}
	if check.n != size {
		return 0, fmt.Errorf("%d bytes back, want %d", check.n, size)
	}
	return time.Since(start), nil
}

// TestGatewayBench compares the S3 gateway with `renter put`/`get` on the same bytes in the same
// run, and measures the gateway process's peak RSS during a multipart upload (scripts/bench.sh;
// skipped unless GRANARY_BENCH=1). BENCH_S3_SIZE (default 1GiB) is the object of the throughput
// ratio; BENCH_S3_MULTIPART (default 5GiB) the multipart upload whose RSS is measured, in parts of
// BENCH_S3_PART (default 64MiB), BENCH_S3_CONCURRENCY (default 2) at a time. BENCH_S3_REPEAT
// (default 3) is how many times the renter and the gateway alternate on the first. BENCH_S3_OUT is
// the markdown section written.
func TestGatewayBench(t *testing.T) {
	if os.Getenv(enableEnv) != "1" {
		t.Skip("the gateway benchmark runs from scripts/bench.sh (" + enableEnv + "=1)")
	}
	ctx := context.Background()
	size := parseSize(t, envOr("BENCH_S3_SIZE", "1GiB"))
	mpSize := parseSize(t, envOr("BENCH_S3_MULTIPART", "5GiB"))
	partSize := parseSize(t, envOr("BENCH_S3_PART", "64MiB"))
	conc := int(parseSize(t, envOr("BENCH_S3_CONCURRENCY", "2")))
	repeat := int(parseSize(t, envOr("BENCH_S3_REPEAT", "3")))
	params := pipeline.DevnetParams()

	// The agreement network; its chain served to the renter and gateway processes. Each holds one
	// agreement per farmer with room for its share (1/k) of everything it keeps: the gateway keeps
	// the multipart object and, for a moment, one object of the first part.
	maxBytes := uint64(1 << 30)
	for maxBytes < 2*uint64(mpSize+size)/uint64(params.DataShards) {
		maxBytes *= 2
	}
	const periods = 30
	n := testnet.NewAgreements(t, testnet.AgreementConfig{Farmers: 6, Capacity: int64(3 * maxBytes),
		Renter: renter.AgreementOptions{Periods: periods, MaxBytesPerAgreement: maxBytes}})
	inproc, err := rpcClientOf(n.Chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	url, stop, err := ServeRPC(inproc, n.Backend.SendTransaction)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	// The renter process signs as the network's in-process renter (idle), the gateway with an
	// account of its own; each keeps its node (identity, catalogue, agreement book) across the runs.
	gwAcct := n.Chain.NewAccount(t, market.Tokens(10_000_000))
	renterDir := t.TempDir()
	job := func(key, dir, name string, seed uint64, sz int64) AgreementJob {
		return AgreementJob{RPC: url, Deployment: n.Dep, Key: key, Dir: dir, Name: name, Size: sz, Seed: seed,
			Params: params, Periods: periods, MaxBytes: maxBytes, WarmSize: 1 << 20}
	}

	// 1. `renter put`/`get` in a renter process and the same bytes through the gateway (one PUT,
	// one GET), alternated `repeat` times so that both meet the same background load; medians.
	g := startGatewayProc(t, job(KeyHex(gwAcct.Key), t.TempDir(), "gw", 0, 0))
	c := g.client()
	if _, err := c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("bench")}); err != nil {
		t.Fatal(err)
	}
	// A warm-up PUT opens the gateway's agreements (as the renter process's warm-up put opens its own).
	if _, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bench"), Key: aws.String("warm-up"),
		Body: io.LimitReader(keystream.New(1), 1<<20), ContentLength: aws.Int64(1 << 20)}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String("bench"), Key: aws.String("warm-up")}); err != nil {
		t.Fatal(err)
	}
	var directs []AgreementResult
	var gwPuts, gwGets []time.Duration
	for r := range repeat {
		seed := uint64(501 + r)
		d := runAgreementRenter(t, job(KeyHex(n.Renter.Acct.Key), renterDir, fmt.Sprintf("direct-%d", r), seed, size))
		directs = append(directs, d)
		start := time.Now()
		key := fmt.Sprintf("one-%d", r)
		if _, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bench"), Key: aws.String(key),
			Body: io.LimitReader(keystream.New(seed), size), ContentLength: aws.Int64(size)}); err != nil {
			t.Fatal(err)
		}
		gwPut := time.Since(start)
		gwGet, err := getAndCheck(ctx, c, "bench", key, seed, size)
		if err != nil {
			t.Fatal(err)
		}
		gwPuts, gwGets = append(gwPuts, gwPut), append(gwGets, gwGet)
		// As the renter process removes its file, so the gateway: the farmers' disks do not fill up.
		if _, err := c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String("bench"), Key: aws.String(key)}); err != nil {
			t.Fatal(err)
		}
		t.Logf("#%d renter: put %.1f MiB/s, get %.1f MiB/s, peak RSS %d MiB; gateway: put %.1f MiB/s, get %.1f MiB/s", r+1,
			mibps(size, d.Put), mibps(size, d.Get), d.HWM>>10, mibps(size, gwPut), mibps(size, gwGet))
	}
	direct := AgreementResult{Put: median(directs, func(d AgreementResult) time.Duration { return d.Put }),
		Get: median(directs, func(d AgreementResult) time.Duration { return d.Get }), HWM: directs[0].HWM}
	id := func(d time.Duration) time.Duration { return d }
	gwPut, gwGet := median(gwPuts, id), median(gwGets, id)

	// 3. A multipart upload far larger than memory, then read back.
	mp, err := c.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Bucket: aws.String("bench"), Key: aws.String("multi")})
	if err != nil {
		t.Fatal(err)
	}
	parts := int((mpSize + partSize - 1) / partSize)
	done := make([]types.CompletedPart, parts)
	stream := keystream.New(777)
	// Parts are sent from memory with signed payloads (the client's memory is not what is measured).
	pc := s3.New(s3.Options{Region: "us-east-1", BaseEndpoint: aws.String(g.ready.URL), UsePathStyle: true,
		Credentials:                credentials.NewStaticCredentialsProvider(g.ready.AccessKey, g.ready.SecretKey, ""),
		HTTPClient:                 &http.Client{},
		RetryMaxAttempts:           1,
		RequestChecksumCalculation: aws.RequestChecksumCalculationWhenRequired,
	})
	start := time.Now()
	sem := make(chan struct{}, conc)
	errs := make(chan error, parts)
	for i := range parts {
		sz := min(partSize, mpSize-int64(i)*partSize)
		body := make([]byte, sz)
		stream.Read(body)
		sem <- struct{}{}
		go func(i int, body []byte) {
			defer func() { <-sem }()
			out, err := pc.UploadPart(ctx, &s3.UploadPartInput{Bucket: aws.String("bench"), Key: aws.String("multi"), UploadId: mp.UploadId,
				PartNumber: aws.Int32(int32(i + 1)), Body: bytes.NewReader(body)})
			if err == nil {
				done[i] = types.CompletedPart{ETag: out.ETag, PartNumber: aws.Int32(int32(i + 1))}
			}
			errs <- err
		}(i, body)
	}
	for range parts {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.CompleteMultipartUpload(ctx, &s3.CompleteMultipartUploadInput{Bucket: aws.String("bench"), Key: aws.String("multi"),
		UploadId: mp.UploadId, MultipartUpload: &types.CompletedMultipartUpload{Parts: done}}); err != nil {
		t.Fatal(err)
	}
	mpPut := time.Since(start)
	mpGet, err := getAndCheck(ctx, c, "bench", "multi", 777, mpSize)
	if err != nil {
		t.Fatal(err)
	}
	res := g.stop(t)
	t.Logf("multipart %d MiB in %d parts: put %.1f MiB/s, get %.1f MiB/s; gateway process RSS at start %d MiB, peak %d MiB",
		mpSize>>20, parts, mibps(mpSize, mpPut), mibps(mpSize, mpGet), g.ready.BaseRSS>>10, res.HWM>>10)

	var b strings.Builder
	fmt.Fprintf(&b, "## S3 gateway against `renter put`/`get` (agreement path)\n\n")
	fmt.Fprintf(&b, "node/testnet/bench's TestGatewayBench, %d+%d shards on 6 farmers on loopback under agreements (AgreementMarket). The\n", params.DataShards, params.ParityShards)
	fmt.Fprintf(&b, "renter process is a user's renter on renter.Agreements, its agreements opened by a warm-up put before the first measured\n")
	fmt.Fprintf(&b, "one, the gateway's by a warm-up PUT: no chain transaction in what is measured. The renter and the gateway run in one\n")
	fmt.Fprintf(&b, "process (its peak RSS below), the S3 client (aws-sdk-go-v2, UNSIGNED-PAYLOAD) in the benchmark's. Same bytes, same run,\n")
	fmt.Fprintf(&b, "alternated %d times; medians (the renter process and the gateway process share the machine's 2 cores with the farmers).\n\n", repeat)
	fmt.Fprintf(&b, "| %s object | put | get |\n|---|---|---|\n", label(size))
	fmt.Fprintf(&b, "| `renter put` / `get` | %.1f MiB/s | %.1f MiB/s |\n", mibps(size, direct.Put), mibps(size, direct.Get))
	fmt.Fprintf(&b, "| S3 PutObject / GetObject | %.1f MiB/s | %.1f MiB/s |\n", mibps(size, gwPut), mibps(size, gwGet))
	fmt.Fprintf(&b, "| ratio | %.2f | %.2f |\n\nEach run (renter put, get; gateway put, get, MiB/s):", mibps(size, gwPut)/mibps(size, direct.Put), mibps(size, gwGet)/mibps(size, direct.Get))
	for r := range repeat {
		fmt.Fprintf(&b, " #%d %.1f, %.1f; %.1f, %.1f.", r+1, mibps(size, directs[r].Put), mibps(size, directs[r].Get),
			mibps(size, gwPuts[r]), mibps(size, gwGets[r]))
	}
	fmt.Fprintf(&b, "\n\n")
	fmt.Fprintf(&b, "Multipart upload of %s in %d parts of %s, %d at a time: put %.1f MiB/s, get %.1f MiB/s; the gateway process's RSS\n",
		label(mpSize), parts, label(partSize), conc, mibps(mpSize, mpPut), mibps(mpSize, mpGet))
	fmt.Fprintf(&b, "%d MiB once up, **%d MiB at its peak** (the renter alone peaked at %d MiB on its %s put/get).\n\n", g.ready.BaseRSS>>10, res.HWM>>10, direct.HWM>>10, label(size))
	out := envOr("BENCH_S3_OUT", "bench-s3.md")
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("report written to %s", out)
}

func label(n int64) string {
	if n >= 1<<30 && n%(1<<30) == 0 {
		return fmt.Sprintf("%d GiB", n>>30)
	}
	return fmt.Sprintf("%d MiB", n>>20)
}
