package main

// These tests drive the built `granary` binary as a user would: separate processes, a devnet
// started with `granary devnet --farmers 6`, passwords in the environment, output parsed from
// --json, exit codes checked.

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/smithy-go"
	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/chain"
)

// user is a built binary plus the environment every command runs with.
type user struct {
	t   *testing.T
	bin string
	dir string
	env []string
}

var binary string // built once by TestMain

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "granary-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	binary = filepath.Join(dir, "granary")
	out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "build granary: %v\n%s", err, out)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is one finished command.
type result struct {
	code           int
	stdout, stderr string
}

// run runs granary with args (and extra environment) and returns its exit code and output.
func (c *user) run(extraEnv []string, args ...string) result {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, c.bin, args...)
	cmd.Dir = c.dir
	cmd.Env = append(append(os.Environ()[:0:0], c.env...), extraEnv...)
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		c.t.Fatalf("granary %v: %v", args, err)
	}
	return result{code, so.String(), se.String()}
}

// ok runs a command that must succeed.
func (c *user) ok(args ...string) string {
	c.t.Helper()
	r := c.run(nil, args...)
	if r.code != 0 {
		c.t.Fatalf("granary %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
	}
	return r.stdout
}

// fails runs a command that must fail with code, printing one line on stderr that contains want.
func (c *user) fails(code int, want string, env []string, args ...string) {
	c.t.Helper()
	r := c.run(env, args...)
	if r.code != code {
		c.t.Fatalf("granary %s: exit %d, want %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), r.code, code, r.stdout, r.stderr)
	}
	lines := strings.Split(strings.TrimRight(r.stderr, "\n"), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "granary: ") {
		c.t.Fatalf("granary %s: want one error line on stderr, got %q", strings.Join(args, " "), r.stderr)
	}
	if !strings.Contains(lines[0], want) {
		c.t.Fatalf("granary %s: error %q does not mention %q", strings.Join(args, " "), lines[0], want)
	}
}

// jsonOut runs a command with --json (put after the command's words, before its flags) and
// decodes its output into v.
func (c *user) jsonOut(v any, args ...string) {
	c.t.Helper()
	i := 0
	for i < len(args) && !strings.HasPrefix(args[i], "-") && i < 2 {
		i++
	}
	args = append(append(append([]string{}, args[:i]...), "--json"), args[i:]...)
	out := c.ok(args...)
	if err := json.Unmarshal([]byte(out), v); err != nil {
		c.t.Fatalf("granary %s --json: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// startDevnet runs `granary devnet` in the background until the test ends and returns the path of
// its deployment file.
func (c *user) startDevnet(farmers int) string {
	c.t.Helper()
	dir := filepath.Join(c.dir, "devnet")
	cmd := exec.Command(c.bin, "devnet", "--data-dir", dir, "--listen", "127.0.0.1:0", "--farmers", fmt.Sprint(farmers),
		"--idle", "100ms", "--sample-bps", "10000", "--json") // every live agreement due every period
	cmd.Env = c.env
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		c.t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		c.t.Fatal(err)
	}
	c.t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				c.t.Errorf("devnet did not stop cleanly on SIGTERM: %v\n%s", err, stderr.String())
			} else if c.t.Failed() {
				c.t.Logf("granary devnet:\n%s", stderr.String())
			}
		case <-time.After(30 * time.Second):
			_ = cmd.Process.Kill()
			c.t.Errorf("devnet did not stop within 30 s of SIGTERM")
		}
	})
	// The devnet prints its endpoints (one JSON object) once it and its farmers are up.
	ready := make(chan error, 1)
	go func() {
		dec := json.NewDecoder(bufio.NewReader(stdout))
		var info struct {
			Deployment string `json:"deployment"`
			Farmers    int    `json:"farmers"`
		}
		ready <- dec.Decode(&info)
	}()
	select {
	case err := <-ready:
		if err != nil {
			c.t.Fatalf("devnet: %v\n%s", err, stderr.String())
		}
	case <-time.After(2 * time.Minute):
		c.t.Fatalf("devnet not ready after 2 minutes\n%s", stderr.String())
	}
	return filepath.Join(dir, "deployment.json")
}

func randomFile(t *testing.T, path string, n int, seed uint64) []byte {
	t.Helper()
	b := make([]byte, n)
	_, _ = rand.NewChaCha8([32]byte{byte(seed)}).Read(b)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return b
}

// A user's session: a devnet with six farmers, a renter that puts, lists and gets a file, and every
// bad input answered with one line and the documented exit code, leaving nothing half-done.
func TestRenterSession(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet and several processes")
	}
	dir := t.TempDir()
	c := &user{t: t, bin: binary, dir: dir, env: []string{"HOME=" + dir, "PATH=" + os.Getenv("PATH"), "GRANARY_PASSWORD=hunter2"}}
	dep := c.startDevnet(6)
	c.env = append(c.env, "GRANARY_DEPLOYMENT="+dep)

	// init creates an account once and keeps it.
	var id1, id2 struct {
		Address        string `json:"address"`
		Created        bool   `json:"created"`
		RecoveryPhrase string `json:"recoveryPhrase"`
	}
	c.jsonOut(&id1, "renter", "init", "--data-dir", "r", "--light-kdf")
	c.jsonOut(&id2, "renter", "init", "--data-dir", "r")
	if !id1.Created || id2.Created || id1.Address != id2.Address {
		t.Fatalf("init twice: %+v then %+v", id1, id2)
	}

	data := randomFile(t, filepath.Join(dir, "photo.raw"), 2_500_000, 1)

	// Without tokens the put is refused before anything is placed.
	c.fails(exitFunds, "not enough tokens", nil, "renter", "put", "--data-dir", "r", "--segment-size", "1MiB", "photo.raw")
	c.ok("devnet", "fund", "--data-dir", "devnet", id1.Address)

	// Too few farmers for k+m: refused, no tokens spent, nothing in the catalogue.
	var before balance
	c.jsonOut(&before, "token", "balance", "--data-dir", "r")
	c.fails(exitRefused, "not enough eligible farmers", nil,
		"renter", "put", "--data-dir", "r", "--data-shards", "4", "--parity-shards", "4", "photo.raw")
	var after balance
	c.jsonOut(&after, "token", "balance", "--data-dir", "r")
	if before.Tokens != after.Tokens || before.Allowance != after.Allowance {
		t.Fatalf("a refused put moved tokens: %+v -> %+v", before, after)
	}
	var files []fileView
	c.jsonOut(&files, "renter", "ls", "--data-dir", "r")
	if len(files) != 0 {
		t.Fatalf("a refused put left %d files in the catalogue", len(files))
	}

	// Put a multi-segment file, list it, see its agreements, get it back byte-identical.
	var put putView
	c.jsonOut(&put, "renter", "put", "--data-dir", "r", "--segment-size", "1MiB", "--name", "photo", "photo.raw")
	if put.Segments != 3 || put.Size != uint64(len(data)) || len(put.Agreements) != 6 || len(put.Farmers) != 6 {
		t.Fatalf("put: %+v", put)
	}
	c.jsonOut(&files, "renter", "ls", "--data-dir", "r")
	if len(files) != 1 || files[0].Name != "photo" || files[0].Size != uint64(len(data)) || files[0].Segments != 3 {
		t.Fatalf("ls: %+v", files)
	}
	var ags []agreementView
	c.jsonOut(&ags, "renter", "agreements", "--data-dir", "r")
	farmers := map[string]bool{}
	for _, a := range ags {
		farmers[a.Farmer] = true
		// Each agreement holds its farmer's 3 shards (one per segment), co-signed in revision 1,
		// and one shard of the catalogue object the put then stored (revision 2); it runs 100
		// periods (the default --periods) from the put's period.
		if !a.Current || a.Shards != 3+1 || a.Revision != 2 || a.Bytes == 0 || a.Paid != "0" || a.Status != "open" {
			t.Fatalf("agreement %+v", a)
		}
	}
	if len(ags) != 6 || len(farmers) != 6 {
		t.Fatalf("%d agreements with %d farmers, want 6 with 6", len(ags), len(farmers))
	}
	var st renterStatusView
	c.jsonOut(&st, "renter", "status", "--data-dir", "r")
	if st.Files != 1 || st.Bytes != uint64(len(data)) || st.Farmers != 6 || st.Address != id1.Address {
		t.Fatalf("status: %+v", st)
	}
	// A second put with the agreements in place: the same six agreements take it (revision 2), and
	// the renter sends no transaction at all.
	randomFile(t, filepath.Join(dir, "note.txt"), 100_000, 3)
	nonce := accountNonce(t, dep, id1.Address)
	var put2 putView
	c.jsonOut(&put2, "renter", "put", "--data-dir", "r", "note.txt")
	if !slices.Equal(put2.Agreements, put.Agreements) {
		t.Fatalf("second put under agreements %v, the first under %v", put2.Agreements, put.Agreements)
	}
	if n := accountNonce(t, dep, id1.Address); n != nonce {
		t.Fatalf("the second put sent %d chain transactions, want 0", n-nonce)
	}
	c.ok("renter", "get", "--data-dir", "r", "photo", "back.raw")
	got, err := os.ReadFile(filepath.Join(dir, "back.raw"))
	if err != nil || sha256.Sum256(got) != sha256.Sum256(data) {
		t.Fatalf("get returned %d bytes (%v), not the file", len(got), err)
	}
	stdout := c.ok("renter", "get", "--data-dir", "r", "photo", "-")
	if stdout != string(data) {
		t.Fatalf("get to stdout: %d bytes", len(stdout))
	}

	// Bad input, one line each, with its exit code; nothing changes.
	c.fails(exitNotFound, "missing.raw", nil, "renter", "put", "--data-dir", "r", "missing.raw")
	c.fails(exitNotFound, "no such file", nil, "renter", "get", "--data-dir", "r", "nope", "x")
	c.fails(exitRefused, "name", nil, "renter", "put", "--data-dir", "r", "--name", "photo", "photo.raw")
	c.fails(exitRefused, "exists", nil, "renter", "get", "--data-dir", "r", "photo", "back.raw")
	c.fails(exitCredentials, "wrong keystore password", []string{"GRANARY_PASSWORD=hunter3"}, "renter", "status", "--data-dir", "r")
	c.fails(exitCredentials, "no password", []string{"GRANARY_PASSWORD="}, "renter", "get", "--data-dir", "r", "photo", "y")
	c.fails(exitCredentials, "password file", nil, "renter", "get", "--data-dir", "r",
		"--password-file", filepath.Join(dir, "no-such-password-file"), "photo", "y")
	c.fails(exitCredentials, "no account", nil, "renter", "status", "--data-dir", "nobody")
	c.fails(exitChain, "unreachable", nil, "renter", "status", "--data-dir", "r", "--rpc", "http://127.0.0.1:1")
	c.fails(exitNotFound, "no deployment file", nil, "renter", "status", "--data-dir", "r", "--deployment", "nowhere.json")
	wrong, err := chain.ReadDeployment(dep)
	if err != nil {
		t.Fatal(err)
	}
	wrong.ChainID = 4242
	if err := chain.WriteDeployment(filepath.Join(dir, "wrong.json"), wrong); err != nil {
		t.Fatal(err)
	}
	c.fails(exitChain, "another chain", nil, "renter", "status", "--data-dir", "r", "--deployment", "wrong.json")
	c.fails(exitFunds, "holds", nil, "token", "transfer", "--data-dir", "r", id1.Address, "1000000000")
	c.fails(exitUsage, "not defined", nil, "renter", "put", "--bogus", "photo.raw")
	c.fails(exitUsage, "missing FILE", nil, "renter", "put", "--data-dir", "r")
	c.fails(exitUsage, "after an argument", nil, "renter", "get", "--data-dir", "r", "photo", "z", "--force")
	c.fails(exitUsage, "no command", nil, "bogus")
	c.fails(exitUsage, "not an address", nil, "token", "balance", "0x1234")
	c.fails(exitUsage, "agreement-size", nil, "renter", "put", "--data-dir", "r", "--agreement-size", "1KiB", "photo.raw")
	c.jsonOut(&files, "renter", "ls", "--data-dir", "r")
	if len(files) != 2 {
		t.Fatalf("after the bad inputs the catalogue holds %d files", len(files))
	}
	if _, err := os.Stat(filepath.Join(dir, "x")); err == nil {
		t.Fatal("a failed get left its output file")
	}

	// Configuration precedence: flag > GRANARY_* > config file.
	cfg := filepath.Join(dir, "r", "config.json")
	if err := os.WriteFile(cfg, []byte(`{"rpc": "http://127.0.0.1:1"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	c.fails(exitChain, "unreachable", nil, "renter", "status", "--data-dir", "r") // the file applies
	var viaEnv renterStatusView
	r := c.run([]string{"GRANARY_RPC=" + readRPC(t, dep)}, "renter", "status", "--data-dir", "r", "--json") // env beats the file
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &viaEnv) != nil || viaEnv.Files != 2 {
		t.Fatalf("env over config file: exit %d %s %s", r.code, r.stdout, r.stderr)
	}
	c.fails(exitChain, "unreachable", []string{"GRANARY_RPC=" + readRPC(t, dep)}, "renter", "status", "--data-dir", "r",
		"--rpc", "http://127.0.0.1:2") // the flag beats both
	os.Remove(cfg)

	// A session: unlock once, then commands run on GRANARY_SESSION with no password; another token
	// opens nothing; lock (or expiry) ends it.
	out := c.ok("renter", "unlock", "--data-dir", "r")
	token, ok := strings.CutPrefix(strings.TrimSpace(out), "export GRANARY_SESSION=")
	if !ok || len(token) != 64 {
		t.Fatalf("unlock printed %q", out)
	}
	sess := []string{"GRANARY_PASSWORD=", "GRANARY_SESSION=" + token}
	if res := c.run(sess, "renter", "ls", "--data-dir", "r", "--json"); res.code != 0 || !strings.Contains(res.stdout, `"photo"`) {
		t.Fatalf("ls in a session: exit %d %s %s", res.code, res.stdout, res.stderr)
	}
	if res := c.run(sess, "renter", "get", "--data-dir", "r", "note.txt", "-"); res.code != 0 || res.stdout != string(mustRead(t, filepath.Join(dir, "note.txt"))) {
		t.Fatalf("get in a session: exit %d %s", res.code, res.stderr)
	}
	if fi, err := os.Stat(filepath.Join(dir, "r", "session.json")); err != nil || fi.Mode().Perm() != 0o600 ||
		bytes.Contains(mustRead(t, filepath.Join(dir, "r", "session.json")), []byte(token)) {
		t.Fatalf("session file: %v %v", fi, err)
	}
	c.fails(exitCredentials, "does not open", []string{"GRANARY_PASSWORD=", "GRANARY_SESSION=" + strings.Repeat("ab", 32)},
		"renter", "ls", "--data-dir", "r")
	c.fails(exitCredentials, "not a session token", []string{"GRANARY_SESSION=xyz"}, "renter", "ls", "--data-dir", "r")
	c.ok("renter", "lock", "--data-dir", "r")
	c.fails(exitCredentials, "locked or expired", sess, "renter", "ls", "--data-dir", "r")
	out = c.ok("renter", "unlock", "--data-dir", "r", "--for", "1s")
	token, _ = strings.CutPrefix(strings.TrimSpace(out), "export GRANARY_SESSION=")
	time.Sleep(2 * time.Second) // past the expiry, which has whole-second resolution
	c.fails(exitCredentials, "expired", []string{"GRANARY_PASSWORD=", "GRANARY_SESSION=" + token}, "renter", "ls", "--data-dir", "r")
	if _, err := os.Stat(filepath.Join(dir, "r", "session.json")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("an expired session's file is kept: %v", err)
	}

	// rm revises the file out of its agreements and forgets it; the other file stays.
	var rm struct {
		Agreements []uint64 `json:"agreements"`
	}
	c.jsonOut(&rm, "renter", "rm", "--data-dir", "r", "photo")
	if !slices.Equal(rm.Agreements, put.Agreements) {
		t.Fatalf("rm revised %v, want %v", rm.Agreements, put.Agreements)
	}
	// Each put and rm revises the agreements three times: the file in (or out), the new catalogue
	// object in, the previous one out.
	c.jsonOut(&ags, "renter", "agreements", "--data-dir", "r")
	for _, a := range ags {
		if a.Shards != 1+1 || a.Revision != 8 {
			t.Fatalf("after rm: agreement %+v, want note.txt's shard and the catalogue's in revision 8", a)
		}
	}
	c.fails(exitNotFound, "no such file", nil, "renter", "rm", "--data-dir", "r", "photo")

	// A new machine with only the recovery phrase: init --recover, then recover brings back the
	// agreements and the catalogue from the chain and the farmers; the file reads byte-identical.
	phrase := filepath.Join(dir, "phrase.txt")
	if err := os.WriteFile(phrase, []byte(id1.RecoveryPhrase), 0o600); err != nil {
		t.Fatal(err)
	}
	c.ok("renter", "init", "--data-dir", "r3", "--light-kdf") // a renter with no agreements has nothing to recover
	c.fails(exitRefused, "no catalogue", nil, "renter", "recover", "--data-dir", "r3")
	c.ok("renter", "init", "--data-dir", "r2", "--light-kdf", "--recover", "--phrase-file", phrase)
	var rec recoverView
	c.jsonOut(&rec, "renter", "recover", "--data-dir", "r2")
	if rec.Agreements != 6 || rec.Files != 1 || rec.Anchor == 0 || len(rec.Problems) != 0 {
		t.Fatalf("recover: %+v", rec)
	}
	c.jsonOut(&files, "renter", "ls", "--data-dir", "r2")
	if len(files) != 1 || files[0].Name != "note.txt" {
		t.Fatalf("ls after recovery: %+v", files)
	}
	c.ok("renter", "get", "--data-dir", "r2", "note.txt", "note.back")
	if a, b := mustRead(t, filepath.Join(dir, "note.txt")), mustRead(t, filepath.Join(dir, "note.back")); !bytes.Equal(a, b) {
		t.Fatalf("note.txt after recovery: %d bytes, put %d", len(b), len(a))
	}
	c.fails(exitUsage, "DURATION or --next-period", nil, "devnet", "warp", "--data-dir", "devnet")

	s3Session(t, c)
}

// s3Session: access keys made, listed and revoked from the command line; `renter s3 serve` in its
// own process serving an SDK client that signs with the key, until the key is revoked.
func s3Session(t *testing.T, c *user) {
	var cr struct {
		AccessKey string `json:"access_key"`
		SecretKey string `json:"secret_key"`
	}
	jsonOut := func(v any, args ...string) { // three words before the flags, unlike c.jsonOut's two
		out := c.ok(append(args, "--json")...)
		if err := json.Unmarshal([]byte(out), v); err != nil {
			t.Fatalf("granary %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	jsonOut(&cr, "renter", "s3", "keys", "create", "--data-dir", "r", "--name", "laptop")
	var keys []struct {
		AccessKey string `json:"access_key"`
		Name      string `json:"name"`
	}
	jsonOut(&keys, "renter", "s3", "keys", "ls", "--data-dir", "r")
	if len(keys) != 1 || keys[0].AccessKey != cr.AccessKey || keys[0].Name != "laptop" || cr.SecretKey == "" {
		t.Fatalf("keys: created %+v, listed %+v", cr, keys)
	}
	if raw := mustRead(t, filepath.Join(c.dir, "r", "s3", "keys.json")); bytes.Contains(raw, []byte(cr.SecretKey)) {
		t.Fatal("the secret is stored in plaintext")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	c.background("renter", "s3", "serve", "--data-dir", "r", "--listen", addr, "--segment-size", "1MiB")
	deadline := time.Now().Add(time.Minute)
	for {
		conn, err := net.Dial("tcp", addr)
		if err == nil {
			conn.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("renter s3 serve does not listen on %s", addr)
		}
		time.Sleep(50 * time.Millisecond)
	}
	s3c := s3.New(s3.Options{Region: "us-east-1", BaseEndpoint: aws.String("http://" + addr), UsePathStyle: true,
		Credentials: credentials.NewStaticCredentialsProvider(cr.AccessKey, cr.SecretKey, ""), RetryMaxAttempts: 1})
	ctx := context.Background()
	if _, err := s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("cli")}); err != nil {
		t.Fatal(err)
	}
	data := randomFile(t, filepath.Join(c.dir, "s3.raw"), 1_500_000, 5)
	if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("cli"), Key: aws.String("s3.raw"), Body: bytes.NewReader(data)}); err != nil {
		t.Fatal(err)
	}
	out, err := s3c.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("cli"), Key: aws.String("s3.raw"), Range: aws.String("bytes=1000000-")})
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(out.Body)
	out.Body.Close()
	if err != nil || !bytes.Equal(got, data[1000000:]) {
		t.Fatalf("ranged get through renter s3 serve: %v", err)
	}
	c.ok("renter", "s3", "keys", "revoke", "--data-dir", "r", cr.AccessKey)
	_, err = s3c.ListBuckets(ctx, &s3.ListBucketsInput{})
	var ae smithy.APIError
	if !errors.As(err, &ae) || ae.ErrorCode() != "InvalidAccessKeyId" {
		t.Fatalf("a revoked key still works: %v", err)
	}
	c.fails(exitNotFound, "no such access key", nil, "renter", "s3", "keys", "revoke", "--data-dir", "r", cr.AccessKey)
}

type balance struct {
	Tokens    string `json:"tokens"`
	Allowance string `json:"allowance"`
}

func readRPC(t *testing.T, dep string) string {
	d, err := chain.ReadDeployment(dep)
	if err != nil {
		t.Fatal(err)
	}
	return d.RPC
}

// waitJSON polls a two-word --json command until cond holds on its decoded output.
func (c *user) waitJSON(what string, v any, cond func() bool, args ...string) {
	c.t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for {
		c.jsonOut(v, args...)
		if cond() {
			return
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("%s: still %+v after 90 s", what, v)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// background starts a long-running command (farmer run, auditor run) until the test ends.
func (c *user) background(args ...string) *exec.Cmd {
	c.t.Helper()
	cmd := exec.Command(c.bin, args...)
	cmd.Dir, cmd.Env = c.dir, c.env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		c.t.Fatal(err)
	}
	c.t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if c.t.Failed() {
			c.t.Logf("granary %s:\n%s", strings.Join(args, " "), stderr.String())
		}
	})
	return cmd
}

// A farmer run from the command line in its own process takes agreements, proves them period after
// period (the devnet's clock warped from one period to the next) and is paid; killed, the auditor
// process reports its misses and the market slashes it; `renter repair` moves its shards to a new
// farmer; anyone can deploy a market of their own; the farmer leaves with `farmer exit`.
func TestFarmerAndAuditor(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet and several processes")
	}
	dir := t.TempDir()
	c := &user{t: t, bin: binary, dir: dir, env: []string{"HOME=" + dir, "PATH=" + os.Getenv("PATH"), "GRANARY_PASSWORD=pw"}}
	dep := c.startDevnet(5)
	c.env = append(c.env, "GRANARY_DEPLOYMENT="+dep)
	var f, a, r struct {
		Address string `json:"address"`
	}
	c.jsonOut(&f, "farmer", "init", "--data-dir", "f", "--light-kdf")
	c.jsonOut(&a, "auditor", "init", "--data-dir", "a", "--light-kdf")
	c.jsonOut(&r, "renter", "init", "--data-dir", "r", "--light-kdf")
	c.fails(exitFunds, "holds", nil, "farmer", "stake", "--data-dir", "f", "1000")
	for _, addr := range []string{f.Address, a.Address, r.Address} {
		c.ok("devnet", "fund", "--data-dir", "devnet", addr)
	}
	// Not staked: run refuses.
	c.fails(exitFunds, "stake", nil, "farmer", "run", "--data-dir", "f", "--listen", "/ip4/127.0.0.1/tcp/0")
	c.ok("farmer", "stake", "--data-dir", "f", "1000")
	farmer, flog := c.backgroundLogged("farmer", "run", "--data-dir", "f", "--listen", "/ip4/127.0.0.1/tcp/0", "--poll", "50ms",
		"--price", "20", "--claim-every", "3", "--dashboard", "127.0.0.1:0")
	c.background("auditor", "run", "--data-dir", "a", "--poll", "50ms")
	var fs farmerStatusView
	c.waitJSON("farmer announced", &fs, func() bool { return fs.Announced }, "farmer", "status", "--data-dir", "f")

	// Six farmers for 3+3 shards: the renter's file lands on the command-line farmer too.
	randomFile(t, filepath.Join(dir, "f.bin"), 300_000, 2)
	var put putView
	c.jsonOut(&put, "renter", "put", "--data-dir", "r", "f.bin")
	found := false
	for _, a := range put.Farmers {
		found = found || strings.EqualFold(a, f.Address)
	}
	if !found {
		t.Fatalf("file placed on %v, not on the command-line farmer %s", put.Farmers, f.Address)
	}
	// Next period: the farmer's heartbeat posts the newest co-signed revision (the agreement goes
	// live): revision 2, the file's shard (1) and the catalogue object's the put then stored (2).
	// The one after: its heartbeat proves the agreement, and the pay is vindicated and claimed (the
	// first claim is at once, the next ones every 3 periods).
	c.nextPeriod(dep)
	c.waitJSON("the revision on chain", &fs, func() bool { return len(fs.Agreements) == 1 && fs.Agreements[0].Revision == 2 },
		"farmer", "status", "--data-dir", "f")
	c.nextPeriod(dep)
	c.waitJSON("paid for a proven period", &fs, func() bool { return fs.Agreements[0].Paid != "0" }, "farmer", "status", "--data-dir", "f")
	c.nextPeriod(dep)
	c.waitJSON("earned, not yet paid", &fs, func() bool { return fs.EarnedUnpaid != "0" }, "farmer", "status", "--data-dir", "f")
	if fs.StoredShards != 2 || fs.Agreements[0].Status != "open" || fs.Agreements[0].EarnedUnpaid != fs.EarnedUnpaid ||
		!strings.EqualFold(fs.Agreements[0].Renter, r.Address) {
		t.Fatalf("farmer status %+v", fs)
	}
	checkDashboard(t, flog, fs)
	var ags []agreementView
	c.jsonOut(&ags, "renter", "agreements", "--data-dir", "r")
	for _, ag := range ags {
		if strings.EqualFold(ag.Farmer, f.Address) && ag.Paid != fs.Agreements[0].Paid {
			t.Fatalf("the renter sees %s paid to the farmer, the farmer %s", ag.Paid, fs.Agreements[0].Paid)
		}
	}

	// Kill the farmer. Two periods on, the period after its last heartbeat is missed; once its
	// grace is over the auditor reports it and the market slashes the farmer.
	stakeBefore := fs.Stake
	_ = farmer.Process.Kill()
	c.nextPeriod(dep, f.Address)
	c.nextPeriod(dep, f.Address)
	c.ok("devnet", "warp", "--data-dir", "devnet", "21s") // past the 20 s grace: the report window opens
	c.waitJSON("a reported miss", &fs, func() bool { return fs.Stake != stakeBefore }, "farmer", "status", "--data-dir", "f")
	var bal balanceView
	c.waitJSON("the auditor's bounty", &bal, func() bool { return bal.Withdrawable != "0" }, "token", "balance", "--data-dir", "a")
	// The auditor withdraws it in a session: `auditor unlock` once, then no password.
	tok, ok := strings.CutPrefix(strings.TrimSpace(c.ok("auditor", "unlock", "--data-dir", "a")), "export GRANARY_SESSION=")
	if !ok {
		t.Fatal("auditor unlock printed no session")
	}
	res := c.run([]string{"GRANARY_PASSWORD=", "GRANARY_SESSION=" + tok}, "auditor", "withdraw", "--data-dir", "a", "--json")
	var wd struct {
		Withdrawn string `json:"withdrawn"`
	}
	if res.code != 0 || json.Unmarshal([]byte(res.stdout), &wd) != nil || wd.Withdrawn == "" || wd.Withdrawn == "0" {
		t.Fatalf("auditor withdraw in a session: exit %d %s %s", res.code, res.stdout, res.stderr)
	}
	c.ok("auditor", "lock", "--data-dir", "a")

	// A new farmer joins; `renter repair` judges the dead farmer's shards lost (its agreement was
	// due and unproven), moves its column to the newcomer, and the file still comes back whole.
	var g struct {
		Address string `json:"address"`
	}
	c.jsonOut(&g, "farmer", "init", "--data-dir", "g", "--light-kdf")
	c.ok("devnet", "fund", "--data-dir", "devnet", g.Address)
	c.ok("farmer", "stake", "--data-dir", "g", "1000")
	c.background("farmer", "run", "--data-dir", "g", "--listen", "/ip4/127.0.0.1/tcp/0", "--poll", "50ms", "--price", "20")
	var gs farmerStatusView
	c.waitJSON("new farmer announced", &gs, func() bool { return gs.Announced }, "farmer", "status", "--data-dir", "g")
	var rep struct {
		Moves []struct {
			Farmer string `json:"farmer"`
			Column int    `json:"column"`
		} `json:"moves"`
		Files []struct {
			Repaired int `json:"repaired"`
		} `json:"files"`
	}
	c.jsonOut(&rep, "renter", "repair", "--data-dir", "r", "--unproven-periods", "1", "--unreachable-after", "0s")
	if len(rep.Moves) != 1 || !strings.EqualFold(rep.Moves[0].Farmer, g.Address) || len(rep.Files) != 1 || rep.Files[0].Repaired == 0 {
		t.Fatalf("repair report %+v", rep)
	}
	c.ok("renter", "get", "--data-dir", "r", "f.bin", "f.back")
	if a, b := mustRead(t, filepath.Join(dir, "f.bin")), mustRead(t, filepath.Join(dir, "f.back")); !bytes.Equal(a, b) {
		t.Fatal("after repair the file came back different")
	}
	rep.Moves, rep.Files = nil, nil
	c.jsonOut(&rep, "renter", "repair", "--data-dir", "r", "--unproven-periods", "1", "--unreachable-after", "0s")
	if len(rep.Moves) != 0 {
		t.Fatalf("a second repair pass moved shards: %+v", rep)
	}

	// Two more missed periods in a row disqualify the farmer; `renter settle` then fails its
	// agreement: the unearned escrow and the farmer's collateral come back to the renter.
	c.nextPeriod(dep, f.Address)
	c.nextPeriod(dep, f.Address)
	c.ok("devnet", "warp", "--data-dir", "devnet", "21s")
	c.waitJSON("disqualified", &fs, func() bool { return fs.Disqualified }, "farmer", "status", "--data-dir", "f")
	var settled settleView
	c.jsonOut(&settled, "renter", "settle", "--data-dir", "r")
	if len(settled.Settled) != 1 || !strings.EqualFold(settled.Settled[0].Farmer.Hex(), f.Address) ||
		settled.Settled[0].Why != "farmer disqualified" || settled.ToRenter == "0" {
		t.Fatalf("renter settle: %+v", settled)
	}
	settled = settleView{}
	c.jsonOut(&settled, "renter", "settle", "--data-dir", "r")
	if len(settled.Settled) != 0 || settled.ToRenter != "0" {
		t.Fatalf("a second renter settle settled %+v", settled)
	}

	// Anyone can deploy a market of their own: parameters fixed at deployment, no owner.
	var d chain.Deployment
	// Parameters too short for the chain's block interval are refused (the warps above make this
	// devnet's blocks look tens of seconds apart, so the deployment that follows needs --force-timing).
	c.fails(exitUsage, "short for this chain", nil, "deploy", "--data-dir", "a", "--rpc", readRPC(t, dep), "--out", "y.json",
		"--period", "1m", "--grace", "2s", "--unbonding", "20m")
	c.jsonOut(&d, "deploy", "--data-dir", "a", "--rpc", readRPC(t, dep), "--out", "mine.json",
		"--period", "2m", "--grace", "30s", "--unbonding", "20m", "--force-timing")
	c.fails(exitRefused, "exists", nil, "deploy", "--data-dir", "a", "--rpc", readRPC(t, dep), "--out", "mine.json")
	c.fails(exitUsage, "grace", nil, "deploy", "--data-dir", "a", "--rpc", readRPC(t, dep), "--out", "x.json", "--period", "2m", "--grace", "90s")
	var mine renterStatusView
	c.jsonOut(&mine, "renter", "status", "--data-dir", "r", "--deployment", "mine.json")
	if mine.Farmers != 0 || mine.Files != 1 || d.Market == (common.Address{}) {
		t.Fatalf("status against a fresh market: %+v (deployment %+v)", mine, d)
	}

	// The disqualified farmer leaves (`farmer exit`): the exit is recorded (nothing is announced: a
	// disqualified farmer takes no agreements anyway); its only agreement failed when the renter
	// settled it, so nothing is locked, no agreement is open, and its free stake unbonds at once.
	var ex exitView
	c.jsonOut(&ex, "farmer", "exit", "--data-dir", "f")
	if !ex.Disqualified || ex.Exiting || ex.HoldingData != 0 || len(ex.Agreements) != 0 || ex.Locked != "0" || ex.Unbonding == "0" ||
		ex.Unstaked != ex.Unbonding || ex.Free != "0" || ex.Done || ex.Next == "" {
		t.Fatalf("exit: %+v", ex)
	}
	if _, err := os.Stat(filepath.Join(dir, "f", "exiting")); err != nil {
		t.Fatalf("the exit is not recorded in the data directory: %v", err)
	}
}

// nextPeriod waits until every announced farmer but those down that owes a heartbeat for the
// current period has it on chain, then warps the devnet to the next period: the warps never outrun
// an honest farmer (a period warped through before anyone reached the contract would have no seed,
// and its heartbeats could never be sent).
func (c *user) nextPeriod(dep string, down ...string) {
	c.t.Helper()
	ctx := context.Background()
	d, err := chain.ReadDeployment(dep)
	if err != nil {
		c.t.Fatal(err)
	}
	b, err := chain.Dial(ctx, d.RPC)
	if err != nil {
		c.t.Fatal(err)
	}
	defer b.Close()
	cl, err := chain.NewAgreementClient(ctx, b, d, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	p := waitHeartbeats(c.t, cl, down...)
	out := c.ok("devnet", "warp", "--data-dir", "devnet", "--next-period")
	c.t.Logf("from period %d: %s", p, strings.TrimSpace(out))
}

// waitHeartbeats waits until every farmer obliged in the head's period, but those down, proved it,
// and returns that period.
func waitHeartbeats(t *testing.T, cl *chain.AgreementClient, down ...string) uint32 {
	t.Helper()
	ctx := context.Background()
	h, err := cl.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	farmers, err := cl.Farmers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for _, f := range farmers {
		if slices.ContainsFunc(down, func(a string) bool { return strings.EqualFold(a, f.Address.Hex()) }) {
			continue
		}
		for {
			obliged, err1 := cl.Obliged(ctx, f.Address, h.Period)
			proven, err2 := cl.Proven(ctx, f.Address, h.Period)
			if err1 == nil && err2 == nil && (!obliged || proven) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("farmer %s: no heartbeat of period %d on chain after 60 s (%v %v)", f.Address, h.Period, err1, err2)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	return h.Period
}

// accountNonce is the number of transactions account a has sent.
func accountNonce(t *testing.T, dep, a string) uint64 {
	t.Helper()
	b, err := chain.Dial(context.Background(), readRPC(t, dep))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	n, err := b.NonceAt(context.Background(), common.HexToAddress(a), nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// The demo, as `granary demo` runs it, tells its whole story and checks every step.
func TestDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the demo")
	}
	dir := t.TempDir()
	c := &user{t: t, bin: binary, dir: dir, env: []string{"HOME=" + dir, "PATH=" + os.Getenv("PATH")}}
	var s demoSummary
	out := c.ok("demo", "--json", "--data-dir", filepath.Join(dir, "demo"))
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("demo --json: %v\n%s", err, out)
	}
	if len(s.Disqualified) != 2 || s.MissesReported < 6 || s.Heartbeats == 0 || s.Proofs == 0 || s.GasTotal == 0 ||
		len(s.PutTxs) != 2 || s.PutTxs[0] == 0 || s.PutTxs[1] != 0 || s.ShardsRepaired == 0 || s.RenterRefunds == "0" {
		t.Fatalf("demo summary: %+v", s)
	}
	honest := 0
	for _, f := range s.Farmers {
		if f.Role == "holder" && f.Misses == 0 && !f.Disqualified && f.Slashed == "0" && f.Earned != "0" {
			honest++
		}
		if f.Role != "stopped" && (f.Misses != 0 || f.Disqualified) {
			t.Fatalf("a farmer that kept running was reported: %+v", f)
		}
	}
	if honest != 4 {
		t.Fatalf("%d holders paid and unslashed, want 4: %+v", honest, s.Farmers)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestRecoveryPhrase: renter init makes every key from a 24-word phrase shown once; init --recover
// on an empty directory gives back the same account, libp2p identity and master key; a wrong phrase
// or a directory holding other keys is refused and changes nothing.
func TestRecoveryPhrase(t *testing.T) {
	dir := t.TempDir()
	c := &user{t: t, bin: binary, dir: dir, env: []string{"HOME=" + dir, "PATH=" + os.Getenv("PATH"), "GRANARY_PASSWORD=hunter2"}}
	type initOut struct {
		Address        string `json:"address"`
		PeerID         string `json:"peerId"`
		Created        bool   `json:"created"`
		Recovered      bool   `json:"recovered"`
		RecoveryPhrase string `json:"recoveryPhrase"`
	}
	var orig, again, rec initOut
	c.jsonOut(&orig, "renter", "init", "--data-dir", "old", "--light-kdf")
	if !orig.Created || len(strings.Fields(orig.RecoveryPhrase)) != 24 {
		t.Fatalf("init: %+v", orig)
	}
	c.jsonOut(&again, "renter", "init", "--data-dir", "old")
	if again.Created || again.RecoveryPhrase != "" || again.Address != orig.Address {
		t.Fatalf("init again must keep the keys and not show the phrase: %+v", again)
	}
	phrase := filepath.Join(dir, "phrase.txt")
	// As a person would type it back: upper case, several lines.
	if err := os.WriteFile(phrase, []byte(strings.ToUpper(strings.ReplaceAll(orig.RecoveryPhrase, " ", "\n"))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c.jsonOut(&rec, "renter", "init", "--data-dir", "new", "--light-kdf", "--recover", "--phrase-file", phrase)
	if !rec.Recovered || rec.RecoveryPhrase != "" || rec.Address != orig.Address || rec.PeerID != orig.PeerID {
		t.Fatalf("recovered %+v, want the keys of %+v", rec, orig)
	}
	k1, err := openMasterKey(filepath.Join(dir, "old"), "hunter2")
	if err != nil {
		t.Fatal(err)
	}
	k2, err := openMasterKey(filepath.Join(dir, "new"), "hunter2")
	if err != nil || k1 != k2 {
		t.Fatalf("recovered master key differs (%v)", err)
	}

	// Refusals, each leaving the directory as it was.
	other := filepath.Join(dir, "other.txt")
	os.WriteFile(other, []byte("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\n"), 0o600)
	c.fails(exitRefused, "that this phrase does not derive", nil, "renter", "init", "--data-dir", "old", "--recover", "--phrase-file", other)
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte(strings.Replace(orig.RecoveryPhrase, strings.Fields(orig.RecoveryPhrase)[3], "zzzz", 1)), 0o600)
	c.fails(exitCredentials, `word 4 ("zzzz")`, nil, "renter", "init", "--data-dir", "fresh", "--recover", "--phrase-file", bad)
	if _, err := os.Stat(filepath.Join(dir, "fresh", "keystore")); !os.IsNotExist(err) {
		t.Fatalf("a refused recovery left a keystore: %v", err)
	}
	c.jsonOut(&again, "renter", "init", "--data-dir", "old")
	if again.Address != orig.Address {
		t.Fatal("a refused recovery changed the account")
	}
}
