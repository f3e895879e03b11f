package s3gw

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/versity/versitygw/s3err"
	"github.com/versity/versitygw/s3response"
)

// Every bad request gets S3's own error and status, and a failed upload leaves nothing stored.
func TestErrors(t *testing.T) {
	g := startGW(t, Options{})
	c, ctx := g.client(), context.Background()
	if _, err := c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("full")}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("full"), Key: aws.String("ten"), Body: strings.NewReader("0123456789")}); err != nil {
		t.Fatal(err)
	}
	revoked, err := g.keys.Create("to revoke")
	if err != nil {
		t.Fatal(err)
	}
	if err := g.keys.Revoke(revoked.AccessKey); err != nil {
		t.Fatal(err)
	}
	wrongSecret := client(g.Gateway, g.creds.AccessKey, g.creds.SecretKey+"x")
	unknown := client(g.Gateway, "GRNOSUCHKEY0000000", g.creds.SecretKey)
	revokedClient := client(g.Gateway, revoked.AccessKey, revoked.SecretKey)
	getTen := func(c *s3.Client) error {
		_, err := c.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("full"), Key: aws.String("ten")})
		return err
	}
	for _, row := range []struct {
		name   string
		do     func() error
		code   string
		status int
	}{
		{"wrong secret", func() error { return getTen(wrongSecret) }, "SignatureDoesNotMatch", 403},
		{"unknown access key", func() error { return getTen(unknown) }, "InvalidAccessKeyId", 403},
		{"revoked access key", func() error { return getTen(revokedClient) }, "InvalidAccessKeyId", 403},
		{"missing bucket", func() error {
			_, err := c.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("nope"), Key: aws.String("ten")})
			return err
		}, "NoSuchBucket", 404},
		{"put into a missing bucket", func() error {
			_, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("nope"), Key: aws.String("k"), Body: strings.NewReader("x")})
			return err
		}, "NoSuchBucket", 404},
		{"list a missing bucket", func() error {
			_, err := c.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: aws.String("nope")})
			return err
		}, "NoSuchBucket", 404},
		{"missing key", func() error {
			_, err := c.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("full"), Key: aws.String("eleven")})
			return err
		}, "NoSuchKey", 404},
		{"copy from a missing key", func() error {
			_, err := c.CopyObject(ctx, &s3.CopyObjectInput{Bucket: aws.String("full"), Key: aws.String("c"), CopySource: aws.String("full/eleven")})
			return err
		}, "NoSuchKey", 404},
		{"range starting past the end", func() error {
			_, err := c.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("full"), Key: aws.String("ten"), Range: aws.String("bytes=10-20")})
			return err
		}, "InvalidRange", 416},
		{"suffix range of zero bytes", func() error {
			_, err := c.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("full"), Key: aws.String("ten"), Range: aws.String("bytes=-0")})
			return err
		}, "InvalidRange", 416},
		{"delete a bucket that is not empty", func() error {
			_, err := c.DeleteBucket(ctx, &s3.DeleteBucketInput{Bucket: aws.String("full")})
			return err
		}, "BucketNotEmpty", 409},
		{"create an existing bucket", func() error {
			_, err := c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("full")})
			return err
		}, "BucketAlreadyOwnedByYou", 409},
		{"invalid bucket name", func() error {
			_, err := c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("No_Such..Name")})
			return err
		}, "InvalidBucketName", 400},
		{"part of an unknown upload", func() error {
			_, err := c.UploadPart(ctx, &s3.UploadPartInput{Bucket: aws.String("full"), Key: aws.String("k"), UploadId: aws.String("feed"),
				PartNumber: aws.Int32(1), Body: strings.NewReader("x")})
			return err
		}, "NoSuchUpload", 404},
	} {
		err := row.do()
		code, status := s3Code(err)
		if code != row.code || status != row.status {
			t.Errorf("%s: got %q %d (%v), want %q %d", row.name, code, status, err, row.code, row.status)
		}
	}

	before, _ := g.store.stored()
	// A body that does not match its Content-MD5: BadDigest, nothing kept.
	_, err = c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("full"), Key: aws.String("k"), Body: strings.NewReader("hellO"),
		ContentMD5: aws.String("XUFAKrxLKna5cZ2REBfFkg==")})
	if code, status := s3Code(err); code != "BadDigest" || status != 400 {
		t.Errorf("bad Content-MD5: %v", err)
	}
	// The store cannot take the upload (too few farmers): 503 SlowDown, nothing kept.
	g.store.failPut = ErrUnavailable
	_, err = c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("full"), Key: aws.String("k"), Body: strings.NewReader("data")})
	if code, status := s3Code(err); code != "SlowDown" || status != 503 {
		t.Errorf("store unavailable: %v", err)
	}
	// Any other store failure is a 500 InternalError that says nothing of Go.
	g.store.failPut = errors.New("disk on fire")
	_, err = c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("full"), Key: aws.String("k"), Body: strings.NewReader("data")})
	if code, status := s3Code(err); code != "InternalError" || status != 500 || strings.Contains(err.Error(), "fire") {
		t.Errorf("store failure: %v", err)
	}
	g.store.failPut = nil
	if after, _ := g.store.stored(); after != before {
		t.Errorf("failed uploads left %d files", after-before)
	}
	if _, err := c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("full"), Key: aws.String("k")}); err == nil {
		t.Error("a failed upload created its object")
	}

	// An object announced larger than a single PUT may be: EntityTooLarge before any byte is read.
	// (Called on the backend: over HTTP, the server reads the announced body before it answers.)
	_, err = g.gw.PutObject(ctx, s3response.PutObjectInput{Bucket: aws.String("full"), Key: aws.String("huge"),
		ContentLength: aws.Int64(MaxPutSize + 1), Body: &endless{}})
	var ae s3err.S3Error
	if !errors.As(err, &ae) || ae.BaseError().Code != "EntityTooLarge" || ae.BaseError().HTTPStatusCode != 400 {
		t.Errorf("5 GiB + 1 PUT: %v", err)
	}
}

// endless is a body that never ends (the gateway must refuse it from its length alone).
type endless struct{}

func (*endless) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// Presigned URLs: a valid one works, a tampered or expired one is refused with S3's error.
func TestPresigned(t *testing.T) {
	g := startGW(t, Options{})
	c, ctx := g.client(), context.Background()
	if _, err := c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("pre")}); err != nil {
		t.Fatal(err)
	}
	ps := s3.NewPresignClient(c)
	put, err := ps.PresignPutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("pre"), Key: aws.String("obj")}, s3.WithPresignExpires(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodPut, put.URL, strings.NewReader("presigned body"))
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("presigned PUT: %v %v", err, resp)
	}
	resp.Body.Close()
	get, err := ps.PresignGetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("pre"), Key: aws.String("obj")}, s3.WithPresignExpires(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	fetch := func(url string) (int, string) {
		resp, err := http.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if status, b := fetch(get.URL); status != 200 || b != "presigned body" {
		t.Fatalf("presigned GET: %d %q", status, b)
	}
	tampered := strings.Replace(get.URL, "obj", "obk", 1)
	if status, b := fetch(tampered); status != 403 || !strings.Contains(b, "<Code>SignatureDoesNotMatch</Code>") {
		t.Fatalf("tampered presigned GET: %d %s", status, b)
	}
	old, err := ps.PresignGetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("pre"), Key: aws.String("obj")}, func(o *s3.PresignOptions) {
		o.Expires = time.Second
		o.ClientOptions = append(o.ClientOptions, func(o *s3.Options) {
			o.Credentials = credentials.NewStaticCredentialsProvider(g.creds.AccessKey, g.creds.SecretKey, "")
		})
		o.Presigner = pastSigner{v4.NewSigner()}
	})
	if err != nil {
		t.Fatal(err)
	}
	if status, b := fetch(old.URL); status != 403 || !strings.Contains(b, "<Code>AccessDenied</Code>") {
		t.Fatalf("expired presigned GET: %d %s", status, b)
	}
}

// pastSigner presigns as if it were an hour ago.
type pastSigner struct{ s *v4.Signer }

func (p pastSigner) PresignHTTP(ctx context.Context, cr aws.Credentials, r *http.Request, payloadHash string, service string, region string,
	signingTime time.Time, optFns ...func(*v4.SignerOptions)) (string, http.Header, error) {
	return p.s.PresignHTTP(ctx, cr, r, payloadHash, service, region, signingTime.Add(-time.Hour), optFns...)
}

// Secrets are stored sealed: the keys file holds no secret in plaintext, and only the renter's
// master key opens them.
func TestKeysSealed(t *testing.T) {
	dir := t.TempDir()
	keys, err := OpenKeys(dir+"/keys.json", testMaster)
	if err != nil {
		t.Fatal(err)
	}
	c, err := keys.Create("laptop")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(dir + "/keys.json")
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte(c.SecretKey)) || !bytes.Contains(raw, []byte(c.AccessKey)) {
		t.Fatal("the keys file must hold the access key id and not the secret")
	}
	if sec, err := keys.Secret(c.AccessKey); err != nil || sec != c.SecretKey {
		t.Fatalf("secret: %v", err)
	}
	other, _ := OpenKeys(dir+"/keys.json", [32]byte{9})
	if _, err := other.Secret(c.AccessKey); err == nil {
		t.Fatal("another master key opened the secret")
	}
	if list, err := keys.List(); err != nil || len(list) != 1 || list[0].Name != "laptop" {
		t.Fatalf("list: %v %v", list, err)
	}
	if err := keys.Revoke(c.AccessKey); err != nil {
		t.Fatal(err)
	}
	if _, err := keys.Secret(c.AccessKey); !errors.Is(err, ErrNoSuchAccessKey) {
		t.Fatalf("revoked: %v", err)
	}
	if err := keys.Revoke(c.AccessKey); !errors.Is(err, ErrNoSuchAccessKey) {
		t.Fatalf("revoke twice: %v", err)
	}
}

// Sweep removes the gateway's stored files that no object or part refers to, and nothing else.
func TestSweep(t *testing.T) {
	g := startGW(t, Options{})
	c, ctx := g.client(), context.Background()
	if _, err := c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("bkt")}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bkt"), Key: aws.String("kept"), Body: strings.NewReader("kept")}); err != nil {
		t.Fatal(err)
	}
	// What a crash between storing and recording leaves, and a file that is not the gateway's.
	g.store.Put(ctx, filePrefix+"orphan", strings.NewReader("orphan"), -1)
	g.store.Put(ctx, "holiday.mp4", strings.NewReader("mine"), -1)
	n, err := g.Sweep(ctx)
	if err != nil || n != 1 {
		t.Fatalf("sweep: %d, %v", n, err)
	}
	names, _ := g.store.List(ctx, "")
	if len(names) != 2 {
		t.Fatalf("left: %v", names)
	}
	if got := getBody(t, c, &s3.GetObjectInput{Bucket: aws.String("bkt"), Key: aws.String("kept")}); string(got) != "kept" {
		t.Fatal("sweep touched a live object")
	}
}
