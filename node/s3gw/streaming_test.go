package s3gw

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// recorder remembers the payload-hash header of every PUT and can corrupt one byte of the next
// PUT's body on the way (after it was signed).
type recorder struct {
	mu      sync.Mutex
	hashes  []string
	corrupt bool
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Method == http.MethodPut {
		r.mu.Lock()
		r.hashes = append(r.hashes, req.Header.Get("X-Amz-Content-Sha256"))
		if r.corrupt && req.Body != nil {
			req.Body = &flipper{ReadCloser: req.Body, at: 70_000}
		}
		r.mu.Unlock()
	}
	return http.DefaultTransport.RoundTrip(req)
}

// flipper flips one byte of a body.
type flipper struct {
	io.ReadCloser
	at, n int
}

func (f *flipper) Read(p []byte) (int, error) {
	k, err := f.ReadCloser.Read(p)
	if f.at >= f.n && f.at < f.n+k {
		p[f.at-f.n] ^= 0x40
	}
	f.n += k
	return k, err
}

// minio-go signs uploads over plain HTTP with streaming chunk signatures
// (STREAMING-AWS4-HMAC-SHA256-PAYLOAD…): the gateway checks every chunk's signature, stores what
// verifies and refuses a body altered after signing with SignatureDoesNotMatch, storing nothing.
func TestStreamingSignatures(t *testing.T) {
	g := startGW(t, Options{})
	rec := &recorder{}
	mc, err := minio.New(g.Addr(), &minio.Options{Creds: credentials.NewStaticV4(g.creds.AccessKey, g.creds.SecretKey, ""),
		Region: "us-east-1", Transport: rec})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := mc.MakeBucket(ctx, "stream", minio.MakeBucketOptions{}); err != nil {
		t.Fatal(err)
	}
	data := pattern(3, 200_000)
	if _, err := mc.PutObject(ctx, "stream", "obj", bytes.NewReader(data), int64(len(data)),
		minio.PutObjectOptions{ContentType: "application/x-stream"}); err != nil {
		t.Fatal(err)
	}
	if last := rec.hashes[len(rec.hashes)-1]; !strings.HasPrefix(last, "STREAMING-AWS4-HMAC-SHA256-PAYLOAD") {
		t.Fatalf("minio-go sent %q, not a streaming signature: the test does not test what it says", last)
	}
	obj, err := mc.GetObject(ctx, "stream", "obj", minio.GetObjectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(obj)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("streamed object differs: %v", err)
	}

	before, _ := g.store.stored()
	rec.corrupt = true
	_, err = mc.PutObject(ctx, "stream", "bad", bytes.NewReader(data), int64(len(data)), minio.PutObjectOptions{})
	rec.corrupt = false
	if resp := minio.ToErrorResponse(err); resp.Code != "SignatureDoesNotMatch" || resp.StatusCode != 403 {
		t.Fatalf("altered streaming body: %v (%+v)", err, resp)
	}
	if after, _ := g.store.stored(); after != before {
		t.Fatalf("an upload with a bad chunk signature left %d files", after-before)
	}
	if _, err := mc.StatObject(ctx, "stream", "bad", minio.StatObjectOptions{}); err == nil {
		t.Fatal("an upload with a bad chunk signature created its object")
	}
}
