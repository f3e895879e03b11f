package s3gw

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

// Buckets and objects through the SDK: create, list, put with content type and user metadata, head,
// get whole and by range, copy (to another key and onto itself), delete, batch delete, and the
// bucket's deletion once it is empty.
func TestBucketsAndObjects(t *testing.T) {
	g := startGW(t, Options{})
	c, ctx := g.client(), context.Background()
	for _, b := range []string{"alpha", "beta"} {
		if _, err := c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String(b)}); err != nil {
			t.Fatal(err)
		}
	}
	lb, err := c.ListBuckets(ctx, &s3.ListBucketsInput{})
	if err != nil {
		t.Fatal(err)
	}
	if len(lb.Buckets) != 2 || *lb.Buckets[0].Name != "alpha" || *lb.Buckets[1].Name != "beta" {
		t.Fatalf("buckets: %+v", lb.Buckets)
	}
	data := pattern(1, 300_001)
	put, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("alpha"), Key: aws.String("docs/a.txt"),
		Body: bytes.NewReader(data), ContentType: aws.String("text/plain"), Metadata: map[string]string{"colour": "blue"}})
	if err != nil {
		t.Fatal(err)
	}
	sum := md5.Sum(data)
	if want := `"` + hex.EncodeToString(sum[:]) + `"`; *put.ETag != want {
		t.Fatalf("etag %s, want %s", *put.ETag, want)
	}
	head, err := c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("alpha"), Key: aws.String("docs/a.txt")})
	if err != nil {
		t.Fatal(err)
	}
	if *head.ContentLength != int64(len(data)) || *head.ContentType != "text/plain" || head.Metadata["colour"] != "blue" || *head.ETag != *put.ETag {
		t.Fatalf("head: len %d type %s meta %v etag %s", *head.ContentLength, *head.ContentType, head.Metadata, *head.ETag)
	}
	got := getBody(t, c, &s3.GetObjectInput{Bucket: aws.String("alpha"), Key: aws.String("docs/a.txt")})
	if !bytes.Equal(got, data) {
		t.Fatal("object differs")
	}
	for _, r := range []struct {
		hdr     string
		lo, hi  int
		content string
	}{
		{"bytes=0-0", 0, 1, "bytes 0-0/300001"},
		{"bytes=1000-199999", 1000, 200000, "bytes 1000-199999/300001"},
		{"bytes=-10", len(data) - 10, len(data), "bytes 299991-300000/300001"},
		{"bytes=299000-", 299000, len(data), "bytes 299000-300000/300001"},
		{"bytes=299000-999999999", 299000, len(data), "bytes 299000-300000/300001"},
	} {
		out, err := c.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("alpha"), Key: aws.String("docs/a.txt"), Range: aws.String(r.hdr)})
		cr := ""
		if err == nil {
			cr = aws.ToString(out.ContentRange)
		}
		if b := body(t, out, err); !bytes.Equal(b, data[r.lo:r.hi]) || cr != r.content {
			t.Fatalf("%s: %d bytes, content-range %q", r.hdr, len(b), cr)
		}
	}

	// Copy to another bucket and key: same bytes, metadata copied; onto itself with REPLACE: new
	// metadata, same bytes, no upload.
	if _, err := c.CopyObject(ctx, &s3.CopyObjectInput{Bucket: aws.String("beta"), Key: aws.String("copy"),
		CopySource: aws.String("alpha/docs/a.txt")}); err != nil {
		t.Fatal(err)
	}
	if got := getBody(t, c, &s3.GetObjectInput{Bucket: aws.String("beta"), Key: aws.String("copy")}); !bytes.Equal(got, data) {
		t.Fatal("copy differs")
	}
	files, _ := g.store.stored()
	if _, err := c.CopyObject(ctx, &s3.CopyObjectInput{Bucket: aws.String("beta"), Key: aws.String("copy"),
		CopySource: aws.String("beta/copy"), MetadataDirective: types.MetadataDirectiveReplace,
		ContentType: aws.String("application/x-test"), Metadata: map[string]string{"mtime": "42"}}); err != nil {
		t.Fatal(err)
	}
	head, err = c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("beta"), Key: aws.String("copy")})
	if err != nil {
		t.Fatal(err)
	}
	if *head.ContentType != "application/x-test" || head.Metadata["mtime"] != "42" || head.Metadata["colour"] != "" {
		t.Fatalf("after replacing metadata: %s %v", *head.ContentType, head.Metadata)
	}
	if n, _ := g.store.stored(); n != files {
		t.Fatalf("a metadata-only copy stored %d files", n-files)
	}

	// Overwriting an object removes the old bytes.
	if _, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("beta"), Key: aws.String("copy"), Body: strings.NewReader("new")}); err != nil {
		t.Fatal(err)
	}
	if n, size := g.store.stored(); n != 2 || size != len(data)+3 {
		t.Fatalf("after overwrite: %d files, %d bytes", n, size)
	}
	// An empty object is stored as nothing.
	if _, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("beta"), Key: aws.String("empty"), Body: strings.NewReader("")}); err != nil {
		t.Fatal(err)
	}
	if got := getBody(t, c, &s3.GetObjectInput{Bucket: aws.String("beta"), Key: aws.String("empty")}); len(got) != 0 {
		t.Fatal("empty object has bytes")
	}

	_, err = c.DeleteBucket(ctx, &s3.DeleteBucketInput{Bucket: aws.String("beta")})
	if code, status := s3Code(err); code != "BucketNotEmpty" || status != 409 {
		t.Fatalf("delete non-empty bucket: %v", err)
	}
	del, err := c.DeleteObjects(ctx, &s3.DeleteObjectsInput{Bucket: aws.String("beta"), Delete: &types.Delete{Objects: []types.ObjectIdentifier{
		{Key: aws.String("copy")}, {Key: aws.String("empty")}, {Key: aws.String("never-was")}}}})
	if err != nil || len(del.Deleted) != 3 || len(del.Errors) != 0 {
		t.Fatalf("batch delete: %v %+v", err, del)
	}
	if _, err := c.DeleteBucket(ctx, &s3.DeleteBucketInput{Bucket: aws.String("beta")}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String("alpha"), Key: aws.String("docs/a.txt")}); err != nil {
		t.Fatal(err)
	}
	if n, _ := g.store.stored(); n != 0 {
		t.Fatalf("%d files left after deleting every object", n)
	}
}

// ListObjectsV2 (and v1) with prefix, delimiter, continuation and max-keys, page by page.
func TestList(t *testing.T) {
	g := startGW(t, Options{})
	c, ctx := g.client(), context.Background()
	if _, err := c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("bkt")}); err != nil {
		t.Fatal(err)
	}
	keys := []string{"a", "dir/1", "dir/2", "dir/sub/3", "dir/sub/4", "dir2/5", "z/6", "z/7/8"}
	for _, k := range keys {
		if _, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("bkt"), Key: aws.String(k), Body: strings.NewReader(k)}); err != nil {
			t.Fatal(err)
		}
	}
	list := func(prefix, delim string, max int32) (entries []string) {
		var tok *string
		for pages := 0; ; pages++ {
			out, err := c.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: aws.String("bkt"), Prefix: aws.String(prefix),
				Delimiter: aws.String(delim), MaxKeys: aws.Int32(max), ContinuationToken: tok})
			if err != nil {
				t.Fatal(err)
			}
			if n := len(out.Contents) + len(out.CommonPrefixes); n > int(max) || int(*out.KeyCount) != n {
				t.Fatalf("page of %d entries, key count %d, max %d", n, *out.KeyCount, max)
			}
			for _, o := range out.Contents {
				entries = append(entries, *o.Key)
			}
			for _, p := range out.CommonPrefixes {
				entries = append(entries, *p.Prefix)
			}
			if !*out.IsTruncated {
				slices.Sort(entries)
				return entries
			}
			tok = out.NextContinuationToken
			if pages > 20 {
				t.Fatal("listing does not end")
			}
		}
	}
	for _, c := range []struct {
		prefix, delim string
		want          []string
	}{
		{"", "", keys},
		{"", "/", []string{"a", "dir/", "dir2/", "z/"}},
		{"dir/", "/", []string{"dir/1", "dir/2", "dir/sub/"}},
		{"dir", "/", []string{"dir/", "dir2/"}},
		{"dir/sub/", "", []string{"dir/sub/3", "dir/sub/4"}},
		{"nothing", "/", nil},
	} {
		for _, max := range []int32{1, 2, 1000} {
			if got := list(c.prefix, c.delim, max); !slices.Equal(got, c.want) {
				t.Errorf("prefix %q delimiter %q max %d: %q, want %q", c.prefix, c.delim, max, got, c.want)
			}
		}
	}
	// v1 with a marker
	out, err := c.ListObjects(ctx, &s3.ListObjectsInput{Bucket: aws.String("bkt"), Marker: aws.String("dir/sub/4"), MaxKeys: aws.Int32(2)})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Contents) != 2 || *out.Contents[0].Key != "dir2/5" || *out.Contents[1].Key != "z/6" || !*out.IsTruncated {
		t.Fatalf("v1 after dir/sub/4: %+v", out.Contents)
	}
}

// Multipart: parts uploaded (one twice), listed, completed into an object made of the parts'
// files (no new upload), read whole and across part boundaries; the S3 ETag; an abort removes
// every part; a bad completion leaves the upload as it was.
func TestMultipart(t *testing.T) {
	g := startGW(t, Options{MinPartSize: 1000})
	c, ctx := g.client(), context.Background()
	if _, err := c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("bkt")}); err != nil {
		t.Fatal(err)
	}
	create := func(key string) string {
		out, err := c.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Bucket: aws.String("bkt"), Key: aws.String(key),
			ContentType: aws.String("video/mp4"), Metadata: map[string]string{"k": "v"}})
		if err != nil {
			t.Fatal(err)
		}
		return *out.UploadId
	}
	uploadPart := func(key, id string, n int32, data []byte) types.CompletedPart {
		out, err := c.UploadPart(ctx, &s3.UploadPartInput{Bucket: aws.String("bkt"), Key: aws.String(key), UploadId: aws.String(id),
			PartNumber: aws.Int32(n), Body: bytes.NewReader(data)})
		if err != nil {
			t.Fatal(err)
		}
		return types.CompletedPart{ETag: out.ETag, PartNumber: aws.Int32(n)}
	}
	id := create("big")
	parts := [][]byte{pattern(1, 5000), pattern(2, 7000), pattern(3, 300)}
	uploadPart("big", id, 1, pattern(9, 4000)) // replaced below
	var done []types.CompletedPart
	for i, p := range parts {
		done = append(done, uploadPart("big", id, int32(i+1), p))
	}
	uploadPart("big", id, 7, pattern(4, 2000)) // uploaded, never completed
	lp, err := c.ListParts(ctx, &s3.ListPartsInput{Bucket: aws.String("bkt"), Key: aws.String("big"), UploadId: aws.String(id)})
	if err != nil {
		t.Fatal(err)
	}
	if len(lp.Parts) != 4 || *lp.Parts[0].Size != 5000 || *lp.Parts[3].PartNumber != 7 {
		t.Fatalf("parts: %+v", lp.Parts)
	}
	lu, err := c.ListMultipartUploads(ctx, &s3.ListMultipartUploadsInput{Bucket: aws.String("bkt")})
	if err != nil || len(lu.Uploads) != 1 || *lu.Uploads[0].UploadId != id {
		t.Fatalf("uploads: %v %+v", err, lu)
	}

	// Bad completions: each refused with its error, the upload intact.
	for _, bad := range []struct {
		parts []types.CompletedPart
		code  string
	}{
		{[]types.CompletedPart{done[1], done[0]}, "InvalidPartOrder"},
		{[]types.CompletedPart{done[0], {ETag: aws.String(`"00"`), PartNumber: aws.Int32(2)}}, "InvalidPart"},
		{[]types.CompletedPart{done[0], {ETag: done[1].ETag, PartNumber: aws.Int32(5)}}, "InvalidPart"},
	} {
		_, err := c.CompleteMultipartUpload(ctx, &s3.CompleteMultipartUploadInput{Bucket: aws.String("bkt"), Key: aws.String("big"),
			UploadId: aws.String(id), MultipartUpload: &types.CompletedMultipartUpload{Parts: bad.parts}})
		if code, _ := s3Code(err); code != bad.code && !(bad.code == "InvalidPart" && code == "InvalidPartOrder") {
			t.Fatalf("completion %v: %v, want %s", bad.parts, err, bad.code)
		}
	}
	files, size := g.store.stored()
	if files != 4 || size != 5000+7000+300+2000 {
		t.Fatalf("before completion: %d files, %d bytes", files, size)
	}
	comp, err := c.CompleteMultipartUpload(ctx, &s3.CompleteMultipartUploadInput{Bucket: aws.String("bkt"), Key: aws.String("big"),
		UploadId: aws.String(id), MultipartUpload: &types.CompletedMultipartUpload{Parts: done}})
	if err != nil {
		t.Fatal(err)
	}
	h := md5.New()
	for _, p := range parts {
		s := md5.Sum(p)
		h.Write(s[:])
	}
	if want := fmt.Sprintf(`"%x-3"`, h.Sum(nil)); *comp.ETag != want {
		t.Fatalf("etag %s, want %s", *comp.ETag, want)
	}
	if files, size := g.store.stored(); files != 3 || size != 12300 {
		t.Fatalf("after completion: %d files, %d bytes (the unlisted part must go, nothing be re-uploaded)", files, size)
	}
	whole := slices.Concat(parts...)
	if got := getBody(t, c, &s3.GetObjectInput{Bucket: aws.String("bkt"), Key: aws.String("big")}); !bytes.Equal(got, whole) {
		t.Fatal("object differs")
	}
	g.store.ranges = 0
	got := getBody(t, c, &s3.GetObjectInput{Bucket: aws.String("bkt"), Key: aws.String("big"), Range: aws.String("bytes=4990-12009")})
	if !bytes.Equal(got, whole[4990:12010]) || g.store.ranges != 3 {
		t.Fatalf("range across three parts: %d bytes, %d part reads", len(got), g.store.ranges)
	}
	head, err := c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("bkt"), Key: aws.String("big")})
	if err != nil || *head.ContentType != "video/mp4" || head.Metadata["k"] != "v" || *head.ContentLength != 12300 {
		t.Fatalf("head: %v %+v", err, head)
	}

	// Abort removes every part; the upload is gone.
	id2 := create("other")
	uploadPart("other", id2, 1, pattern(5, 3000))
	uploadPart("other", id2, 2, pattern(6, 3000))
	if _, err := c.AbortMultipartUpload(ctx, &s3.AbortMultipartUploadInput{Bucket: aws.String("bkt"), Key: aws.String("other"), UploadId: aws.String(id2)}); err != nil {
		t.Fatal(err)
	}
	if files, _ := g.store.stored(); files != 3 {
		t.Fatalf("after abort: %d files, want the object's 3", files)
	}
	_, err = c.UploadPart(ctx, &s3.UploadPartInput{Bucket: aws.String("bkt"), Key: aws.String("other"), UploadId: aws.String(id2),
		PartNumber: aws.Int32(3), Body: bytes.NewReader([]byte("x"))})
	if code, status := s3Code(err); code != "NoSuchUpload" || status != 404 {
		t.Fatalf("part of an aborted upload: %v", err)
	}
	// Parts too small.
	id3 := create("small")
	p1 := uploadPart("small", id3, 1, pattern(7, 999))
	p2 := uploadPart("small", id3, 2, pattern(8, 10))
	_, err = c.CompleteMultipartUpload(ctx, &s3.CompleteMultipartUploadInput{Bucket: aws.String("bkt"), Key: aws.String("small"),
		UploadId: aws.String(id3), MultipartUpload: &types.CompletedMultipartUpload{Parts: []types.CompletedPart{p1, p2}}})
	if code, status := s3Code(err); code != "EntityTooSmall" || status != 400 {
		t.Fatalf("small part: %v", err)
	}
	_, err = c.DeleteBucket(ctx, &s3.DeleteBucketInput{Bucket: aws.String("bkt")})
	if code, _ := s3Code(err); code != "BucketNotEmpty" {
		t.Fatalf("delete bucket with an upload in progress: %v", err)
	}
}
