package s3gw_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/granary-network/granary/market"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/node/s3gw"
	"github.com/granary-network/granary/node/testnet"
)

// The smallest parameters the test network supports: one data shard, no parity, on one farmer.
// The gateway adds nothing per shard, so this keeps the > 1 GiB client test fast without changing
// what is tested.
var smallest = pipeline.Params{DataShards: 1, ParityShards: 0, SegmentSize: pipeline.DefaultSegmentSize}

type gwNet struct {
	net   *testnet.AgreementNet
	gw    *s3gw.Gateway
	creds s3gw.Credentials
}

// startOnTestnet runs a gateway over the agreement test network's renter; each farmer offers
// agreements of up to perAgreement bytes (0: the test network's default, 1 GiB).
func startOnTestnet(t *testing.T, farmers int, capacity int64, perAgreement uint64, p pipeline.Params) *gwNet {
	t.Helper()
	n := testnet.NewAgreements(t, testnet.AgreementConfig{Farmers: farmers, Capacity: capacity,
		Renter: renter.AgreementOptions{MaxBytesPerAgreement: perAgreement}})
	dir := filepath.Join(n.Renter.Dir, "s3")
	keys, err := s3gw.OpenKeys(filepath.Join(dir, "keys.json"), [32]byte{7})
	if err != nil {
		t.Fatal(err)
	}
	creds, err := keys.Create("e2e")
	if err != nil {
		t.Fatal(err)
	}
	gw, err := s3gw.Open(dir, s3gw.RenterStore{R: n.Renter.Agreements, Params: p}, keys, s3gw.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := gw.Start("127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { gw.Close() })
	return &gwNet{net: n, gw: gw, creds: creds}
}

func (g *gwNet) sdk() *s3.Client {
	return s3.New(s3.Options{Region: "us-east-1", BaseEndpoint: aws.String(g.gw.URL()), UsePathStyle: true,
		Credentials: credentials.NewStaticCredentialsProvider(g.creds.AccessKey, g.creds.SecretKey, ""), HTTPClient: &http.Client{}})
}

// heldShards counts the shards the renter's agreements hold at their newest co-signed revisions
// (what the renter pays for), and checks each farmer's own newest revision agrees.
func heldShards(t *testing.T, n *testnet.AgreementNet) uint64 {
	t.Helper()
	ags, err := n.Renter.AgreementsList(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var total uint64
	for _, a := range ags {
		total += a.Shards
		f := n.AgreementFarmerOf(a.Farmer)
		if f == nil {
			t.Fatalf("agreement %d with unknown farmer %s", a.ID, a.Farmer)
		}
		var st *market.AgreementState
		for _, s := range f.Svc.AgreementStates() {
			if s.ID == a.ID {
				st = s
			}
		}
		if st == nil {
			t.Fatalf("farmer %s does not know agreement %d", a.Farmer, a.ID)
		}
		if st.Latest.Number != a.Number || st.Latest.Shards != a.Shards {
			t.Fatalf("agreement %d: renter at revision %d (%d shards), farmer at %d (%d shards)", a.ID, a.Number, a.Shards,
				st.Latest.Number, st.Latest.Shards)
		}
	}
	return total
}

// The SDK against a gateway on the agreement test network (3+3 shards on 6 farmers, as `renter
// put`): each object is renter files whose shards are revised into the renter's agreements; a
// ranged GET reads through the pipeline; a multipart object is its parts' files (completing adds no
// shard); deleting objects and aborting uploads revises every shard back out of the agreements.
func TestSDKOnTestnet(t *testing.T) {
	g := startOnTestnet(t, 6, 0, 0, pipeline.Params{DataShards: 3, ParityShards: 3, SegmentSize: 64 << 10})
	c, ctx := g.sdk(), context.Background()
	if _, err := c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("photos")}); err != nil {
		t.Fatal(err)
	}
	data := testnet.RandomFile(3, 500<<10+13)
	if _, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("photos"), Key: aws.String("2026/cat.jpg"),
		Body: bytes.NewReader(data), ContentType: aws.String("image/jpeg")}); err != nil {
		t.Fatal(err)
	}
	names, _ := g.net.Renter.List(ctx)
	if len(names) != 1 || !strings.HasPrefix(names[0], "s3/") {
		t.Fatalf("renter files: %v", names)
	}
	get := func(key, rng string) []byte {
		in := &s3.GetObjectInput{Bucket: aws.String("photos"), Key: aws.String(key)}
		if rng != "" {
			in.Range = aws.String(rng)
		}
		out, err := c.GetObject(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		defer out.Body.Close()
		b, err := io.ReadAll(out.Body)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if !bytes.Equal(get("2026/cat.jpg", ""), data) {
		t.Fatal("object differs")
	}
	if !bytes.Equal(get("2026/cat.jpg", "bytes=200000-300000"), data[200000:300001]) {
		t.Fatal("range differs")
	}

	// Multipart with S3's 5 MiB minimum: two parts and a short last one.
	mp, err := c.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Bucket: aws.String("photos"), Key: aws.String("video")})
	if err != nil {
		t.Fatal(err)
	}
	parts := [][]byte{testnet.RandomFile(4, 5<<20), testnet.RandomFile(5, 5<<20), testnet.RandomFile(6, 1000)}
	var done []types.CompletedPart
	for i, p := range parts {
		out, err := c.UploadPart(ctx, &s3.UploadPartInput{Bucket: aws.String("photos"), Key: aws.String("video"), UploadId: mp.UploadId,
			PartNumber: aws.Int32(int32(i + 1)), Body: bytes.NewReader(p)})
		if err != nil {
			t.Fatal(err)
		}
		done = append(done, types.CompletedPart{ETag: out.ETag, PartNumber: aws.Int32(int32(i + 1))})
	}
	before := heldShards(t, g.net)
	if _, err := c.CompleteMultipartUpload(ctx, &s3.CompleteMultipartUploadInput{Bucket: aws.String("photos"), Key: aws.String("video"),
		UploadId: mp.UploadId, MultipartUpload: &types.CompletedMultipartUpload{Parts: done}}); err != nil {
		t.Fatal(err)
	}
	if after := heldShards(t, g.net); after != before {
		t.Fatalf("completion changed the agreements' shards from %d to %d; it must compose the parts", before, after)
	}
	whole := slices.Concat(parts...)
	if !bytes.Equal(get("video", ""), whole) || !bytes.Equal(get("video", "bytes=5242000-5243000"), whole[5242000:5243001]) {
		t.Fatal("multipart object differs")
	}

	// An aborted upload and deleted objects leave no shard in any agreement.
	mp2, err := c.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Bucket: aws.String("photos"), Key: aws.String("gone")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.UploadPart(ctx, &s3.UploadPartInput{Bucket: aws.String("photos"), Key: aws.String("gone"), UploadId: mp2.UploadId,
		PartNumber: aws.Int32(1), Body: bytes.NewReader(data)}); err != nil {
		t.Fatal(err)
	}
	if held := heldShards(t, g.net); held <= before {
		t.Fatalf("the uploaded part added no shard to the agreements (%d, before %d)", held, before)
	}
	if _, err := c.AbortMultipartUpload(ctx, &s3.AbortMultipartUploadInput{Bucket: aws.String("photos"), Key: aws.String("gone"), UploadId: mp2.UploadId}); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"2026/cat.jpg", "video"} {
		if _, err := c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String("photos"), Key: aws.String(k)}); err != nil {
			t.Fatal(err)
		}
	}
	if held := heldShards(t, g.net); held != 0 {
		t.Fatalf("the agreements still hold %d shards after every object was deleted and the upload aborted", held)
	}
	if names, _ := g.net.Renter.List(ctx); len(names) != 0 {
		t.Fatalf("renter files left: %v", names)
	}
}

// tool returns the path of a client binary. Missing, it skips a developer's run but fails CI's
// (CI=true), which must test with the real clients (scripts/setup.sh installs them from Debian).
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not installed: scripts/setup.sh installs it from Debian", name)
		}
		t.Skipf("%s is not installed (scripts/setup.sh installs it from Debian)", name)
	}
	return p
}

// writeRandom writes n pseudo-random bytes to path and returns their SHA-256.
func writeRandom(t *testing.T, path string, seed uint64, n int64) [32]byte {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h := sha256.New()
	r := rand.NewChaCha8([32]byte{byte(seed)})
	if _, err := io.Copy(io.MultiWriter(f, h), io.LimitReader(r, n)); err != nil {
		t.Fatal(err)
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		t.Fatal(err)
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

// The aws CLI and rclone against a gateway on the test network: cp, sync, ls, rm, a multipart
// upload of a file over 1 GiB, and a ranged GET.
func TestClientsOnTestnet(t *testing.T) {
	awsBin, rcloneBin := tool(t, "aws"), tool(t, "rclone")
	g := startOnTestnet(t, 1, 4<<30, 2<<30, smallest) // one agreement holds the 1 GiB file
	dir := t.TempDir()
	cfg := filepath.Join(dir, "aws-config")
	// 64 MiB parts: a 1 GiB file is 17 renter files, not 128.
	if err := os.WriteFile(cfg, []byte("[default]\nregion = us-east-1\ns3 =\n  multipart_threshold = 64MB\n  multipart_chunksize = 64MB\n  max_concurrent_requests = 4\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// The gateway speaks plain HTTP on 127.0.0.1; a CA bundle from the environment only confuses
	// rclone (its SDK refuses AWS_CA_BUNDLE with its own transport).
	env := slices.DeleteFunc(os.Environ(), func(kv string) bool { return strings.HasPrefix(kv, "AWS_CA_BUNDLE=") })
	env = append(env, "AWS_CONFIG_FILE="+cfg, "AWS_SHARED_CREDENTIALS_FILE="+filepath.Join(dir, "none"),
		"AWS_ACCESS_KEY_ID="+g.creds.AccessKey, "AWS_SECRET_ACCESS_KEY="+g.creds.SecretKey, "AWS_EC2_METADATA_DISABLED=true",
		"AWS_DEFAULT_REGION=us-east-1", "AWS_PAGER=",
		"RCLONE_CONFIG="+filepath.Join(dir, "rclone.conf"), "RCLONE_CONFIG_GW_TYPE=s3", "RCLONE_CONFIG_GW_PROVIDER=Other",
		"RCLONE_CONFIG_GW_ACCESS_KEY_ID="+g.creds.AccessKey, "RCLONE_CONFIG_GW_SECRET_ACCESS_KEY="+g.creds.SecretKey,
		"RCLONE_CONFIG_GW_ENDPOINT="+g.gw.URL(), "RCLONE_CONFIG_GW_REGION=us-east-1")
	run := func(bin string, args ...string) string {
		t.Helper()
		if bin == awsBin {
			args = append([]string{"--endpoint-url", g.gw.URL()}, args...)
		}
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		start := time.Now()
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s %s: %v\n%s%s", filepath.Base(bin), strings.Join(args, " "), err, out.String(), errb.String())
		}
		t.Logf("%s %s: %.1f s", filepath.Base(bin), strings.Join(args, " "), time.Since(start).Seconds())
		return out.String()
	}

	// aws CLI: a bucket, a multipart upload of 1 GiB + 1 MiB + 7, a ranged GET across a part
	// boundary, a sync of a directory, ls, rm.
	run(awsBin, "s3", "mb", "s3://backup")
	big := filepath.Join(dir, "big.bin")
	const bigSize = 1<<30 + 1<<20 + 7
	writeRandom(t, big, 1, bigSize)
	run(awsBin, "s3", "cp", big, "s3://backup/big.bin")
	var head struct {
		ContentLength int64
		ETag          string
	}
	if err := json.Unmarshal([]byte(run(awsBin, "s3api", "head-object", "--bucket", "backup", "--key", "big.bin")), &head); err != nil {
		t.Fatal(err)
	}
	if head.ContentLength != bigSize || !strings.HasSuffix(head.ETag, `-17"`) {
		t.Fatalf("head: %+v (want %d bytes in 17 parts)", head, bigSize)
	}
	rangeOut := filepath.Join(dir, "range.bin")
	lo, hi := int64(64<<20-1000), int64(64<<20+5000) // across the first part boundary
	run(awsBin, "s3api", "get-object", "--bucket", "backup", "--key", "big.bin", "--range", "bytes="+itoa(lo)+"-"+itoa(hi), rangeOut)
	want := make([]byte, hi-lo+1)
	f, _ := os.Open(big)
	f.ReadAt(want, lo)
	f.Close()
	if got, _ := os.ReadFile(rangeOut); !bytes.Equal(got, want) {
		t.Fatalf("ranged GET: %d bytes, wrong", len(got))
	}
	os.Remove(big)

	src := filepath.Join(dir, "src")
	sums := map[string][32]byte{}
	for i, name := range []string{"a.txt", "sub/b.bin", "sub/deeper/c.bin"} {
		p := filepath.Join(src, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		sums[name] = writeRandom(t, p, uint64(10+i), int64(1000+i*300_000))
	}
	run(awsBin, "s3", "sync", src, "s3://backup/docs")
	ls := run(awsBin, "s3", "ls", "--recursive", "s3://backup")
	for _, want := range []string{"big.bin", "docs/a.txt", "docs/sub/b.bin", "docs/sub/deeper/c.bin"} {
		if !strings.Contains(ls, want) {
			t.Fatalf("aws s3 ls lacks %s:\n%s", want, ls)
		}
	}
	back := filepath.Join(dir, "back-aws")
	run(awsBin, "s3", "sync", "s3://backup/docs", back)
	for name, sum := range sums {
		if fileSum(t, filepath.Join(back, name)) != sum {
			t.Fatalf("aws round trip of %s differs", name)
		}
	}
	run(awsBin, "s3", "rm", "s3://backup/big.bin")

	// rclone: the same directory synced, listed, copied back, one file deleted, purged.
	run(rcloneBin, "mkdir", "gw:rclone-bucket")
	run(rcloneBin, "sync", src, "gw:rclone-bucket/tree")
	lsr := run(rcloneBin, "ls", "gw:rclone-bucket")
	for _, want := range []string{"tree/a.txt", "tree/sub/b.bin", "tree/sub/deeper/c.bin"} {
		if !strings.Contains(lsr, want) {
			t.Fatalf("rclone ls lacks %s:\n%s", want, lsr)
		}
	}
	run(rcloneBin, "check", src, "gw:rclone-bucket/tree")
	backR := filepath.Join(dir, "back-rclone")
	run(rcloneBin, "copy", "gw:rclone-bucket/tree", backR)
	for name, sum := range sums {
		if fileSum(t, filepath.Join(backR, name)) != sum {
			t.Fatalf("rclone round trip of %s differs", name)
		}
	}
	run(rcloneBin, "deletefile", "gw:rclone-bucket/tree/a.txt")
	if lsr := run(rcloneBin, "ls", "gw:rclone-bucket"); strings.Contains(lsr, "a.txt") {
		t.Fatalf("deleted file still listed:\n%s", lsr)
	}
	run(rcloneBin, "purge", "gw:rclone-bucket")
	run(awsBin, "s3", "rm", "--recursive", "s3://backup/docs")
	run(awsBin, "s3", "rb", "s3://backup")
	if names, _ := g.net.Renter.List(context.Background()); len(names) != 0 {
		t.Fatalf("renter files left after every object was removed: %v", names)
	}
}

func itoa(v int64) string { return strconvFormat(v) }

func strconvFormat(v int64) string { return strconv.FormatInt(v, 10) }

// RenterStore maps the renter's errors to the gateway's: a put with too few farmers for k+m is
// ErrUnavailable (S3 503 SlowDown: the client may retry) and leaves no file; reading, deleting a
// file the renter does not hold is ErrNotFound. Through the SDK, that put is a 503.
func TestRenterStoreErrors(t *testing.T) {
	n := testnet.NewAgreements(t, testnet.AgreementConfig{Farmers: 4})
	ctx := context.Background()
	st := s3gw.RenterStore{R: n.Renter.Agreements, Params: pipeline.Params{DataShards: 3, ParityShards: 3, SegmentSize: 64 << 10}}
	if _, err := st.Put(ctx, "s3/x", bytes.NewReader(testnet.RandomFile(1, 1000)), 1000); !errors.Is(err, s3gw.ErrUnavailable) ||
		!errors.Is(err, renter.ErrNotEnoughFarmers) {
		t.Fatalf("put with 4 farmers for 3+3: %v, want ErrUnavailable wrapping ErrNotEnoughFarmers", err)
	}
	if names, err := st.List(ctx, ""); err != nil || len(names) != 0 {
		t.Fatalf("files after a failed put: %v %v", names, err)
	}
	if err := st.GetRange(ctx, "s3/x", io.Discard, 0, 1); !errors.Is(err, s3gw.ErrNotFound) {
		t.Fatalf("range of a missing file: %v, want ErrNotFound", err)
	}
	if err := st.Delete(ctx, "s3/x"); !errors.Is(err, s3gw.ErrNotFound) {
		t.Fatalf("delete of a missing file: %v, want ErrNotFound", err)
	}

	// A store that does place: List filters by prefix, Put reports the size.
	st.Params = pipeline.Params{DataShards: 2, ParityShards: 2, SegmentSize: 64 << 10}
	for _, name := range []string{"s3/a", "s3/b", "other"} {
		if size, err := st.Put(ctx, name, bytes.NewReader(testnet.RandomFile(2, 5000)), -1); err != nil || size != 5000 {
			t.Fatalf("put %s: %d %v", name, size, err)
		}
	}
	if names, err := st.List(ctx, "s3/"); err != nil || !slices.Equal(names, []string{"s3/a", "s3/b"}) {
		t.Fatalf("list s3/: %v %v", names, err)
	}
	var out bytes.Buffer
	if err := st.GetRange(ctx, "s3/b", &out, 100, 200); err != nil || !bytes.Equal(out.Bytes(), testnet.RandomFile(2, 5000)[100:300]) {
		t.Fatalf("range of s3/b: %v", err)
	}
	if err := st.Delete(ctx, "s3/a"); err != nil {
		t.Fatal(err)
	}
	if err := st.GetRange(ctx, "s3/a", io.Discard, 0, 1); !errors.Is(err, s3gw.ErrNotFound) {
		t.Fatalf("range of a deleted file: %v, want ErrNotFound", err)
	}

	// Through the gateway and the SDK: the failed put is 503 SlowDown.
	dir := t.TempDir()
	keys, err := s3gw.OpenKeys(filepath.Join(dir, "keys.json"), [32]byte{7})
	if err != nil {
		t.Fatal(err)
	}
	creds, err := keys.Create("e2e")
	if err != nil {
		t.Fatal(err)
	}
	st.Params = pipeline.Params{DataShards: 3, ParityShards: 3, SegmentSize: 64 << 10}
	gw, err := s3gw.Open(dir, st, keys, s3gw.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := gw.Start("127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { gw.Close() })
	c := (&gwNet{gw: gw, creds: creds}).sdk()
	if _, err := c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("bucket")}); err != nil {
		t.Fatal(err)
	}
	_, err = c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bucket"), Key: aws.String("k"), Body: bytes.NewReader([]byte("hello"))},
		func(o *s3.Options) { o.RetryMaxAttempts = 1 })
	var re *awshttp.ResponseError
	if !errors.As(err, &re) || re.HTTPStatusCode() != http.StatusServiceUnavailable {
		t.Fatalf("PutObject with too few farmers: %v, want 503", err)
	}
}
