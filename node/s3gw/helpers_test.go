package s3gw

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/smithy-go"
)

// memStore is an ObjectStore in memory, for tests of the S3 layer alone (the testnet tests run the
// gateway over a real renter). It counts what it was asked and can be made to fail uploads.
type memStore struct {
	mu      sync.Mutex
	files   map[string][]byte
	failPut error // Put fails with this after reading the whole body
	ranges  int   // GetRange calls
}

func newMemStore() *memStore { return &memStore{files: map[string][]byte{}} }

func (m *memStore) Put(ctx context.Context, name string, r io.Reader, size int64) (int64, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return 0, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.failPut != nil {
		return 0, m.failPut
	}
	if _, ok := m.files[name]; ok {
		return 0, fmt.Errorf("memstore: %s exists", name)
	}
	m.files[name] = b
	return int64(len(b)), nil
}

func (m *memStore) GetRange(ctx context.Context, name string, w io.Writer, off, length int64) error {
	m.mu.Lock()
	b, ok := m.files[name]
	m.ranges++
	m.mu.Unlock()
	if !ok {
		return fmt.Errorf("%w: %s", ErrNotFound, name)
	}
	if off < 0 || length < 0 || off+length > int64(len(b)) {
		return fmt.Errorf("memstore: range %d+%d of %d", off, length, len(b))
	}
	_, err := w.Write(b[off : off+length])
	return err
}

func (m *memStore) Delete(ctx context.Context, name string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.files[name]; !ok {
		return fmt.Errorf("%w: %s", ErrNotFound, name)
	}
	delete(m.files, name)
	return nil
}

func (m *memStore) List(ctx context.Context, prefix string) ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []string
	for n := range m.files {
		if strings.HasPrefix(n, prefix) {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out, nil
}

// bytesStored returns the number of files and their total size.
func (m *memStore) stored() (int, int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := 0
	for _, b := range m.files {
		n += len(b)
	}
	return len(m.files), n
}

type testGW struct {
	*Gateway
	store *memStore
	keys  *Keys
	creds Credentials
	dir   string
}

var testMaster = [32]byte{1, 2, 3}

// startGW runs a gateway over a memStore on 127.0.0.1 with one access key.
func startGW(t *testing.T, opt Options) *testGW {
	t.Helper()
	dir := t.TempDir()
	keys, err := OpenKeys(dir+"/keys.json", testMaster)
	if err != nil {
		t.Fatal(err)
	}
	creds, err := keys.Create("test")
	if err != nil {
		t.Fatal(err)
	}
	st := newMemStore()
	g, err := Open(dir, st, keys, opt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g.Start("127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	return &testGW{Gateway: g, store: st, keys: keys, creds: creds, dir: dir}
}

// client returns an SDK client of the gateway signing with access/secret.
func client(g *Gateway, access, secret string) *s3.Client {
	return s3.New(s3.Options{
		Region:       "us-east-1",
		BaseEndpoint: aws.String(g.URL()),
		UsePathStyle: true,
		Credentials:  credentials.NewStaticCredentialsProvider(access, secret, ""),
		HTTPClient:   &http.Client{},
		// retries would hide what the gateway answered
		RetryMaxAttempts: 1,
	})
}

func (g *testGW) client() *s3.Client { return client(g.Gateway, g.creds.AccessKey, g.creds.SecretKey) }

// s3Code returns the S3 error code and HTTP status of err ("" and 0 for none).
func s3Code(err error) (string, int) {
	if err == nil {
		return "", 0
	}
	code, status := "", 0
	var ae smithy.APIError
	if errors.As(err, &ae) {
		code = ae.ErrorCode()
	}
	var re *awshttp.ResponseError
	if errors.As(err, &re) {
		status = re.HTTPStatusCode()
	}
	return code, status
}

func body(t *testing.T, out *s3.GetObjectOutput, err error) []byte {
	t.Helper()
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

func pattern(seed byte, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = seed + byte(i*7+i/251)
	}
	return b
}

var _ = bytes.Equal

func getBody(t *testing.T, c *s3.Client, in *s3.GetObjectInput) []byte {
	t.Helper()
	out, err := c.GetObject(context.Background(), in)
	return body(t, out, err)
}
