package s3gw

import (
	"bufio"
	"bytes"
	"context"
	"crypto/md5"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"log/slog"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/versity/versitygw/backend"
	"github.com/versity/versitygw/s3api/utils"
	"github.com/versity/versitygw/s3err"
	"github.com/versity/versitygw/s3response"
)

// S3's size limits.
const (
	MaxPutSize     = 5 << 30 // one PUT, one part
	MaxObjectSize  = 5 << 40 // a multipart object
	MinPartSize    = 5 << 20 // every part but the last
	MaxParts       = 10_000
	filePrefix     = "s3/" // renter file names the gateway owns
	defaultMaxKeys = 1000
)

// gateway is the versitygw backend: S3 semantics over an ObjectStore and the metadata database.
// Data moves outside the lock; each change of metadata is one atomic batch under it, and the renter
// files a change drops are removed after the batch is written.
type gateway struct {
	backend.BackendUnsupported
	store       ObjectStore
	db          *leveldb.DB
	log         *slog.Logger
	minPartSize int64
	uploads     chan struct{} // a slot per upload running through the pipeline
	downloads   chan struct{} // a slot per download

	mu sync.Mutex
}

// acquire takes a slot of sem, or fails when ctx ends first.
func acquire(ctx context.Context, sem chan struct{}) error {
	select {
	case sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (g *gateway) String() string { return "granary" }

// newFile returns a fresh renter file name.
func newFile() string { return filePrefix + randomHex(16) }

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func ptr[T any](v T) *T { return &v }

// s3Error turns a store failure into S3's error where one applies (others become 500s).
func s3Error(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrNotFound):
		return s3err.GetAPIError(s3err.ErrNoSuchKey)
	case errors.Is(err, ErrUnavailable):
		return s3err.GetAPIError(s3err.ErrSlowDown)
	}
	var ae s3err.S3Error
	if errors.As(err, &ae) {
		return ae
	}
	return err
}

// remove deletes renter files a metadata change dropped. A failure is logged; the files stay
// unreferenced and Sweep removes them.
func (g *gateway) remove(ctx context.Context, files []fileRef) {
	for _, f := range files {
		if f.File == "" {
			continue
		}
		if err := g.store.Delete(context.WithoutCancel(ctx), f.File); err != nil && !errors.Is(err, ErrNotFound) {
			g.log.Warn("s3gw: remove stored file (Sweep will retry)", "file", f.File, "err", err)
		}
	}
}

// Sweep removes the gateway's renter files that no metadata refers to: what an upload interrupted
// by a crash, or a removal that failed, left behind. Run it when nothing else uses the gateway.
func (g *gateway) Sweep(ctx context.Context) (int, error) {
	names, err := g.store.List(ctx, filePrefix)
	if err != nil {
		return 0, err
	}
	g.mu.Lock()
	refs, err := referenced(g.db)
	g.mu.Unlock()
	if err != nil {
		return 0, err
	}
	n := 0
	for _, name := range names {
		if refs[name] {
			continue
		}
		if err := g.store.Delete(ctx, name); err != nil && !errors.Is(err, ErrNotFound) {
			return n, fmt.Errorf("s3gw: sweep %s: %w", name, err)
		}
		n++
	}
	return n, nil
}

// --- buckets

func (g *gateway) bucketExists(bucket string) error {
	ok, err := get(g.db, bucketKey(bucket), &bucketRec{})
	if err != nil {
		return err
	}
	if !ok {
		return s3err.GetBucketErr(s3err.ErrNoSuchBucket, bucket)
	}
	return nil
}

func (g *gateway) ListBuckets(ctx context.Context, in s3response.ListBucketsInput) (s3response.ListAllMyBucketsResult, error) {
	res := s3response.ListAllMyBucketsResult{Owner: s3response.CanonicalUser{ID: in.Owner}, Prefix: in.Prefix}
	err := each(g.db, []byte(pBucket), nil, func(k, v []byte) (bool, error) {
		name := strings.TrimPrefix(string(k), pBucket)
		if !strings.HasPrefix(name, in.Prefix) || (in.ContinuationToken != "" && name <= in.ContinuationToken) {
			return true, nil
		}
		var b bucketRec
		if err := json.Unmarshal(v, &b); err != nil {
			return false, err
		}
		if in.MaxBuckets > 0 && len(res.Buckets.Bucket) == int(in.MaxBuckets) {
			res.ContinuationToken = res.Buckets.Bucket[len(res.Buckets.Bucket)-1].Name
			return false, nil
		}
		res.Buckets.Bucket = append(res.Buckets.Bucket, s3response.ListAllMyBucketsEntry{Name: name, CreationDate: b.Created})
		return true, nil
	})
	return res, err
}

func (g *gateway) ListBucketsAndOwners(ctx context.Context) ([]s3response.Bucket, error) {
	var out []s3response.Bucket
	err := each(g.db, []byte(pBucket), nil, func(k, v []byte) (bool, error) {
		out = append(out, s3response.Bucket{Name: strings.TrimPrefix(string(k), pBucket)})
		return true, nil
	})
	return out, err
}

func (g *gateway) HeadBucket(ctx context.Context, in *s3.HeadBucketInput) (*s3.HeadBucketOutput, error) {
	if err := g.bucketExists(str(in.Bucket)); err != nil {
		return nil, err
	}
	return &s3.HeadBucketOutput{}, nil
}

func (g *gateway) CreateBucket(ctx context.Context, in *s3.CreateBucketInput, acl []byte) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	bucket := str(in.Bucket)
	if err := g.bucketExists(bucket); err == nil {
		return s3err.GetBucketErr(s3err.ErrBucketAlreadyOwnedByYou, bucket)
	}
	var b leveldb.Batch
	if err := put(&b, bucketKey(bucket), bucketRec{Created: time.Now().UTC()}); err != nil {
		return err
	}
	return g.db.Write(&b, nil)
}

func (g *gateway) DeleteBucket(ctx context.Context, bucket string) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if err := g.bucketExists(bucket); err != nil {
		return err
	}
	empty := true
	if err := each(g.db, objectPrefix(bucket), nil, func(k, v []byte) (bool, error) {
		empty = false
		return false, nil
	}); err != nil {
		return err
	}
	if err := g.eachUpload(bucket, func(id string, u uploadRec) bool { empty = false; return false }); err != nil {
		return err
	}
	if !empty {
		return s3err.GetBucketErr(s3err.ErrBucketNotEmpty, bucket)
	}
	return g.db.Delete(bucketKey(bucket), nil)
}

// The gateway keeps no ACLs, policies or versions: every key is its renter's; these answer the
// questions clients ask before they work with a bucket.
func (g *gateway) GetBucketAcl(ctx context.Context, in *s3.GetBucketAclInput) ([]byte, error) {
	if err := g.bucketExists(str(in.Bucket)); err != nil {
		return nil, err
	}
	return []byte{}, nil
}

func (g *gateway) GetBucketVersioning(ctx context.Context, bucket string) (s3response.GetBucketVersioningOutput, error) {
	return s3response.GetBucketVersioningOutput{}, g.bucketExists(bucket)
}

func (g *gateway) GetBucketPolicy(ctx context.Context, bucket string) ([]byte, error) {
	if err := g.bucketExists(bucket); err != nil {
		return nil, err
	}
	return nil, s3err.GetBucketErr(s3err.ErrNoSuchBucketPolicy, bucket)
}

// --- objects

// upload streams r into a new renter file, computing its MD5 and checking the announced length,
// Content-MD5 and any x-amz-checksum-* header on the way. On any failure nothing stays stored.
func (g *gateway) upload(ctx context.Context, r io.Reader, size *int64, contentMD5 string, sums map[utils.HashType]*string) (fileRef, string, error) {
	want := int64(-1)
	if size != nil {
		want = *size
		if want > MaxPutSize {
			return fileRef{}, "", s3err.GetEntityTooLargeErr(want, MaxPutSize)
		}
	}
	if r == nil {
		r = bytes.NewReader(nil)
	}
	h := md5.New()
	var src io.Reader = io.TeeReader(r, h)
	for algo, sum := range sums {
		if sum == nil || *sum == "" {
			continue
		}
		hr, err := utils.NewHashReader(src, *sum, algo)
		if err != nil {
			return fileRef{}, "", err
		}
		src = hr
	}
	lim := &limitReader{r: src, n: MaxPutSize}
	// An empty body is stored as nothing at all (an object with no files): no deal for no bytes.
	br := bufio.NewReaderSize(lim, 64<<10)
	name := newFile()
	var n int64
	var err error
	stored := false
	if _, perr := br.Peek(1); perr == io.EOF {
		name = ""
	} else {
		// The body is read, measured and hashed (MD5, checksums) by a goroutine of its own, ahead of
		// the pipeline, through a short queue: the hashing runs beside the pipeline's work.
		qctx, qcancel := context.WithCancel(ctx)
		q := &chunkQueue{ch: make(chan []byte, queueChunks), done: qctx.Done(), cancel: qcancel}
		read := make(chan struct{})
		if err = acquire(ctx, g.uploads); err != nil {
			q.Close()
			return fileRef{}, "", err
		}
		go func() {
			defer close(read)
			_, q.err = io.Copy(q, br)
			close(q.ch)
		}()
		n, err = g.store.Put(ctx, name, q, want)
		<-g.uploads
		q.Close()
		<-read // the body is the server's again only once this goroutine stopped reading it
		stored = err == nil
	}
	if err == nil && lim.over {
		err = s3err.GetEntityTooLargeErr(MaxPutSize+1, MaxPutSize)
	}
	if err == nil && want >= 0 && n != want {
		err = s3err.GetAPIError(s3err.ErrIncompleteBody)
	}
	etag := hex.EncodeToString(h.Sum(nil))
	if err == nil && contentMD5 != "" {
		got := base64.StdEncoding.EncodeToString(h.Sum(nil))
		if got != contentMD5 {
			err = s3err.GetBadDigestErr(got, contentMD5)
		}
	}
	if err != nil {
		if stored {
			g.remove(ctx, []fileRef{{File: name}})
		}
		if !errors.As(err, new(s3err.S3Error)) {
			g.log.Warn("s3gw: upload failed", "err", err)
		}
		return fileRef{}, "", s3Error(err)
	}
	return fileRef{File: name, Size: n}, `"` + etag + `"`, nil // File is "" for an empty body
}

// limitReader fails a stream longer than n bytes.
type limitReader struct {
	r    io.Reader
	n    int64
	over bool
}

func (l *limitReader) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	if l.n -= int64(n); l.n < 0 {
		l.over = true
		return n, s3err.GetEntityTooLargeErr(MaxPutSize+1, MaxPutSize)
	}
	return n, err
}

func putSums(in s3response.PutObjectInput) map[utils.HashType]*string {
	return map[utils.HashType]*string{
		utils.HashTypeCRC32: in.ChecksumCRC32, utils.HashTypeCRC32C: in.ChecksumCRC32C, utils.HashTypeSha1: in.ChecksumSHA1,
		utils.HashTypeSha256: in.ChecksumSHA256, utils.HashTypeCRC64NVME: in.ChecksumCRC64NVME,
	}
}

// commit writes an object record and removes the files of the object it replaces.
func (g *gateway) commit(ctx context.Context, bucket, key string, o objectRec, b *leveldb.Batch) error {
	g.mu.Lock()
	if err := g.bucketExists(bucket); err != nil {
		g.mu.Unlock()
		g.remove(ctx, o.Files)
		return err
	}
	var old objectRec
	found, err := get(g.db, objectKey(bucket, key), &old)
	if err == nil {
		err = put(b, objectKey(bucket, key), o)
	}
	if err == nil {
		err = g.db.Write(b, nil)
	}
	g.mu.Unlock()
	if err != nil {
		g.remove(ctx, o.Files)
		return err
	}
	if found {
		g.remove(ctx, old.Files)
	}
	return nil
}

func (g *gateway) PutObject(ctx context.Context, in s3response.PutObjectInput) (s3response.PutObjectOutput, error) {
	bucket, key := str(in.Bucket), str(in.Key)
	if err := g.bucketExists(bucket); err != nil {
		return s3response.PutObjectOutput{}, err
	}
	f, etag, err := g.upload(ctx, in.Body, in.ContentLength, str(in.ContentMD5), putSums(in))
	if err != nil {
		return s3response.PutObjectOutput{}, err
	}
	o := objectRec{
		headers: headers{ContentType: str(in.ContentType), ContentEncoding: str(in.ContentEncoding),
			ContentDisposition: str(in.ContentDisposition), ContentLanguage: str(in.ContentLanguage),
			CacheControl: str(in.CacheControl), Expires: str(in.Expires), Meta: in.Metadata},
		Size: f.Size, ETag: etag, Modified: time.Now().UTC(),
	}
	if f.File != "" {
		o.Files = []fileRef{f}
	}
	if err := g.commit(ctx, bucket, key, o, new(leveldb.Batch)); err != nil {
		return s3response.PutObjectOutput{}, err
	}
	return s3response.PutObjectOutput{ETag: etag, Size: &o.Size}, nil
}

func (g *gateway) object(bucket, key string) (objectRec, error) {
	if err := g.bucketExists(bucket); err != nil {
		return objectRec{}, err
	}
	var o objectRec
	found, err := get(g.db, objectKey(bucket, key), &o)
	if err != nil {
		return o, err
	}
	if !found {
		return o, s3err.GetAPIError(s3err.ErrNoSuchKey)
	}
	return o, nil
}

func (g *gateway) HeadObject(ctx context.Context, in *s3.HeadObjectInput) (*s3.HeadObjectOutput, error) {
	o, _, length, contentRange, err := g.read(str(in.Bucket), str(in.Key), str(in.Range), backend.PreConditions{IfMatch: in.IfMatch,
		IfNoneMatch: in.IfNoneMatch, IfModSince: in.IfModifiedSince, IfUnmodeSince: in.IfUnmodifiedSince})
	if err != nil {
		return nil, err
	}
	out := &s3.HeadObjectOutput{
		AcceptRanges: ptr("bytes"), ContentLength: &length, ETag: &o.ETag, LastModified: &o.Modified,
		Metadata: o.Meta, StorageClass: types.StorageClassStandard,
	}
	o.headers.set(&out.ContentType, &out.ContentEncoding, &out.ContentDisposition, &out.ContentLanguage, &out.CacheControl, &out.ExpiresString)
	out.ContentRange = contentRange
	return out, nil
}

// read finds the object a HEAD or GET names, checks the request's preconditions and resolves its
// range: the offset and length to serve and, for a ranged request, its Content-Range.
func (g *gateway) read(bucket, key, rangeSpec string, pre backend.PreConditions) (o objectRec, off, length int64, contentRange *string, err error) {
	if o, err = g.object(bucket, key); err != nil {
		return o, 0, 0, nil, err
	}
	if err := backend.EvaluatePreconditions(o.ETag, o.Modified, pre); err != nil {
		return o, 0, 0, nil, err
	}
	off, length, ranged, err := backend.ParseObjectRange(o.Size, rangeSpec)
	if err != nil {
		return o, 0, 0, nil, err
	}
	if ranged {
		contentRange = ptr(fmt.Sprintf("bytes %d-%d/%d", off, off+length-1, o.Size))
	}
	return o, off, length, contentRange, nil
}

func (h headers) set(ct, ce, cd, cl, cc, exp **string) {
	for _, f := range []struct {
		dst **string
		v   string
	}{{ct, h.ContentType}, {ce, h.ContentEncoding}, {cd, h.ContentDisposition}, {cl, h.ContentLanguage}, {cc, h.CacheControl}, {exp, h.Expires}} {
		if f.v != "" {
			*f.dst = ptr(f.v)
		}
	}
	if h.ContentType == "" {
		*ct = ptr("binary/octet-stream")
	}
}

func (g *gateway) GetObject(ctx context.Context, in *s3.GetObjectInput) (*s3.GetObjectOutput, error) {
	if in.PartNumber != nil {
		return nil, s3err.GetAPIError(s3err.ErrNotImplemented)
	}
	o, off, length, contentRange, err := g.read(str(in.Bucket), str(in.Key), str(in.Range), backend.PreConditions{IfMatch: in.IfMatch,
		IfNoneMatch: in.IfNoneMatch, IfModSince: in.IfModifiedSince, IfUnmodeSince: in.IfUnmodifiedSince})
	if err != nil {
		return nil, err
	}
	out := &s3.GetObjectOutput{
		AcceptRanges: ptr("bytes"), ContentLength: &length, ETag: &o.ETag, LastModified: &o.Modified,
		Metadata: o.Meta, StorageClass: types.StorageClassStandard, Body: g.reader(ctx, o.Files, off, length),
	}
	o.headers.set(&out.ContentType, &out.ContentEncoding, &out.ContentDisposition, &out.ContentLanguage, &out.CacheControl, &out.ExpiresString)
	out.ContentRange = contentRange
	return out, nil
}

// reader streams bytes [off, off+length) of an object made of files. The response is written
// after the handler returns, so the fetch outlives the request's context; closing the reader (the
// response is done or the client went away) cancels it. The pipeline hands over whole segments and
// the HTTP server reads a few KiB at a time, so the bytes pass through a short queue of chunks:
// the pipeline never waits on each small read, and memory stays bounded by the queue.
func (g *gateway) reader(ctx context.Context, files []fileRef, off, length int64) io.ReadCloser {
	cctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	q := &chunkQueue{ch: make(chan []byte, queueChunks), done: cctx.Done(), cancel: cancel}
	go func() {
		err := acquire(cctx, g.downloads)
		if err == nil {
			err = g.copyRange(cctx, files, q, off, length)
			<-g.downloads
		}
		q.err = err
		close(q.ch)
	}()
	return q
}

const (
	queueChunkSize = 1 << 20
	queueChunks    = 8
)

var chunkPool = sync.Pool{New: func() any { b := make([]byte, queueChunkSize); return &b }}

// chunkQueue is a bounded queue of byte chunks between one writer goroutine and one reader.
type chunkQueue struct {
	ch     chan []byte
	done   <-chan struct{}
	cancel context.CancelFunc
	err    error // set by the writer before it closes ch
	cur    []byte
	buf    *[]byte
}

// Write copies p into chunks and queues them; it fails once the reader is closed.
func (q *chunkQueue) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 {
		bp := chunkPool.Get().(*[]byte)
		c := copy(*bp, p)
		select {
		case q.ch <- (*bp)[:c]:
		case <-q.done:
			chunkPool.Put(bp)
			return n, context.Canceled
		}
		n, p = n+c, p[c:]
	}
	return n, nil
}

func (q *chunkQueue) Read(p []byte) (int, error) {
	for len(q.cur) == 0 {
		if q.buf != nil {
			chunkPool.Put(q.buf)
			q.buf = nil
		}
		c, ok := <-q.ch
		if !ok {
			if q.err != nil {
				return 0, q.err
			}
			return 0, io.EOF
		}
		q.cur = c
		b := c[:cap(c)]
		q.buf = &b
	}
	n := copy(p, q.cur)
	q.cur = q.cur[n:]
	return n, nil
}

// WriteTo hands whole chunks to w (the HTTP server's connection writer takes a large write in one
// go instead of a few KiB at a time).
func (q *chunkQueue) WriteTo(w io.Writer) (int64, error) {
	var total int64
	for {
		if len(q.cur) > 0 {
			n, err := w.Write(q.cur)
			total += int64(n)
			q.cur = q.cur[n:]
			if err != nil {
				return total, err
			}
		}
		if q.buf != nil {
			chunkPool.Put(q.buf)
			q.buf = nil
		}
		c, ok := <-q.ch
		if !ok {
			return total, q.err
		}
		q.cur = c
		b := c[:cap(c)]
		q.buf = &b
	}
}

// Close cancels the fetch and lets the writer go.
func (q *chunkQueue) Close() error {
	q.cancel()
	return nil
}

// copyRange writes bytes [off, off+length) of an object made of files to w, file by file.
func (g *gateway) copyRange(ctx context.Context, files []fileRef, w io.Writer, off, length int64) error {
	for _, f := range files {
		if length == 0 {
			break
		}
		if off >= f.Size {
			off -= f.Size
			continue
		}
		n := min(length, f.Size-off)
		if err := g.store.GetRange(ctx, f.File, w, off, n); err != nil {
			return fmt.Errorf("s3gw: read %s: %w", f.File, err)
		}
		off, length = 0, length-n
	}
	return nil
}

func (g *gateway) DeleteObject(ctx context.Context, in *s3.DeleteObjectInput) (*s3.DeleteObjectOutput, error) {
	return &s3.DeleteObjectOutput{}, g.deleteObject(ctx, str(in.Bucket), str(in.Key))
}

func (g *gateway) deleteObject(ctx context.Context, bucket, key string) error {
	g.mu.Lock()
	o, err := g.object(bucket, key)
	if err == nil {
		err = g.db.Delete(objectKey(bucket, key), nil)
	}
	g.mu.Unlock()
	if errors.Is(err, s3err.GetAPIError(s3err.ErrNoSuchKey)) {
		return nil // S3 deletes a missing key successfully
	}
	if err != nil {
		return err
	}
	g.remove(ctx, o.Files)
	return nil
}

func (g *gateway) DeleteObjects(ctx context.Context, in *s3.DeleteObjectsInput) (s3response.DeleteResult, error) {
	bucket := str(in.Bucket)
	if err := g.bucketExists(bucket); err != nil {
		return s3response.DeleteResult{}, err
	}
	var res s3response.DeleteResult
	if in.Delete == nil {
		return res, nil
	}
	for _, id := range in.Delete.Objects {
		key := str(id.Key)
		if err := g.deleteObject(ctx, bucket, key); err != nil {
			res.Error = append(res.Error, types.Error{Key: &key, Code: ptr("InternalError"), Message: ptr("the object could not be deleted")})
			g.log.Warn("s3gw: batch delete", "bucket", bucket, "key", key, "err", err)
			continue
		}
		res.Deleted = append(res.Deleted, types.DeletedObject{Key: &key})
	}
	return res, nil
}

func (g *gateway) CopyObject(ctx context.Context, in s3response.CopyObjectInput) (s3response.CopyObjectOutput, error) {
	sb, sk, _, err := backend.ParseCopySource(str(in.CopySource))
	if err != nil {
		return s3response.CopyObjectOutput{}, err
	}
	db, dk := str(in.Bucket), str(in.Key)
	src, err := g.object(sb, sk)
	if err != nil {
		return s3response.CopyObjectOutput{}, err
	}
	if err := g.bucketExists(db); err != nil {
		return s3response.CopyObjectOutput{}, err
	}
	if err := backend.EvaluatePreconditions(src.ETag, src.Modified, backend.PreConditions{IfMatch: in.CopySourceIfMatch,
		IfNoneMatch: in.CopySourceIfNoneMatch, IfModSince: in.CopySourceIfModifiedSince, IfUnmodeSince: in.CopySourceIfUnmodifiedSince}); err != nil {
		return s3response.CopyObjectOutput{}, err
	}
	hdr := src.headers
	if in.MetadataDirective == types.MetadataDirectiveReplace {
		hdr = headers{ContentType: str(in.ContentType), ContentEncoding: str(in.ContentEncoding),
			ContentDisposition: str(in.ContentDisposition), ContentLanguage: str(in.ContentLanguage),
			CacheControl: str(in.CacheControl), Expires: str(in.Expires), Meta: in.Metadata}
	}
	now := time.Now().UTC()
	if sb == db && sk == dk { // a copy onto itself changes only the metadata
		if in.MetadataDirective != types.MetadataDirectiveReplace {
			return s3response.CopyObjectOutput{}, s3err.GetAPIError(s3err.ErrInvalidCopyDest)
		}
		g.mu.Lock()
		defer g.mu.Unlock()
		cur, err := g.object(sb, sk)
		if err != nil {
			return s3response.CopyObjectOutput{}, err
		}
		cur.headers, cur.Modified = hdr, now
		var b leveldb.Batch
		if err := put(&b, objectKey(db, dk), cur); err != nil {
			return s3response.CopyObjectOutput{}, err
		}
		if err := g.db.Write(&b, nil); err != nil {
			return s3response.CopyObjectOutput{}, err
		}
		return s3response.CopyObjectOutput{CopyObjectResult: &s3response.CopyObjectResult{ETag: &cur.ETag, LastModified: &now}}, nil
	}
	if src.Size > MaxPutSize {
		return s3response.CopyObjectOutput{}, s3err.GetEntityTooLargeErr(src.Size, MaxPutSize)
	}
	// The bytes are streamed through the pipeline into a file of the copy's own, so that either
	// object can be deleted without the other.
	body := g.reader(ctx, src.Files, 0, src.Size)
	defer body.Close()
	f, etag, err := g.upload(ctx, body, &src.Size, "", nil)
	if err != nil {
		return s3response.CopyObjectOutput{}, err
	}
	o := objectRec{headers: hdr, Size: f.Size, ETag: etag, Modified: now}
	if f.File != "" {
		o.Files = []fileRef{f}
	}
	if err := g.commit(ctx, db, dk, o, new(leveldb.Batch)); err != nil {
		return s3response.CopyObjectOutput{}, err
	}
	return s3response.CopyObjectOutput{CopyObjectResult: &s3response.CopyObjectResult{ETag: &etag, LastModified: &now}}, nil
}

// --- listing

type listing struct {
	objects  []s3response.Object
	prefixes []string
	next     string // the last key or common prefix returned, when truncated
}

// list returns up to max keys and common prefixes of bucket after marker (exclusive).
func (g *gateway) list(bucket, prefix, delim, marker string, max int) (listing, bool, error) {
	if err := g.bucketExists(bucket); err != nil {
		return listing{}, false, err
	}
	var l listing
	if max == 0 {
		return l, false, nil
	}
	truncated := false
	start := objectKey(bucket, prefix)
	if marker != "" && marker >= prefix {
		start = append(objectKey(bucket, marker), 0) // strictly after the marker
	}
	var last string
	err := each(g.db, objectPrefix(bucket), start, func(k, v []byte) (bool, error) {
		key := splitObjectKey(bucket, k)
		if !strings.HasPrefix(key, prefix) {
			return key < prefix, nil
		}
		entry := key
		isPrefix := false
		if delim != "" {
			if i := strings.Index(key[len(prefix):], delim); i >= 0 {
				entry, isPrefix = key[:len(prefix)+i+len(delim)], true
			}
		}
		if isPrefix && (entry == last || (marker != "" && strings.HasPrefix(marker, entry))) {
			return true, nil // the rest of a common prefix already returned
		}
		if len(l.objects)+len(l.prefixes) == max {
			truncated = true
			return false, nil
		}
		last = entry
		if isPrefix {
			l.prefixes = append(l.prefixes, entry)
			return true, nil
		}
		var o objectRec
		if err := json.Unmarshal(v, &o); err != nil {
			return false, err
		}
		l.objects = append(l.objects, s3response.Object{Key: ptr(key), ETag: ptr(o.ETag), Size: ptr(o.Size),
			LastModified: ptr(o.Modified), StorageClass: types.ObjectStorageClassStandard})
		return true, nil
	})
	if truncated {
		l.next = last
	}
	return l, truncated, err
}

func maxKeys(p *int32) int {
	if p == nil || *p < 0 || *p > defaultMaxKeys {
		return defaultMaxKeys
	}
	return int(*p)
}

func commonPrefixes(ps []string) []types.CommonPrefix {
	out := make([]types.CommonPrefix, len(ps))
	for i, p := range ps {
		out[i] = types.CommonPrefix{Prefix: ptr(p)}
	}
	return out
}

func (g *gateway) ListObjectsV2(ctx context.Context, in *s3.ListObjectsV2Input) (s3response.ListObjectsV2Result, error) {
	marker := str(in.StartAfter)
	if tok := str(in.ContinuationToken); tok != "" {
		b, err := base64.RawURLEncoding.DecodeString(tok)
		if err != nil {
			return s3response.ListObjectsV2Result{}, s3err.GetAPIError(s3err.ErrInvalidRequest)
		}
		marker = string(b)
	}
	mk := maxKeys(in.MaxKeys)
	l, trunc, err := g.list(str(in.Bucket), str(in.Prefix), str(in.Delimiter), marker, mk)
	if err != nil {
		return s3response.ListObjectsV2Result{}, err
	}
	res := s3response.ListObjectsV2Result{
		Name: in.Bucket, Prefix: ptr(str(in.Prefix)), StartAfter: in.StartAfter, ContinuationToken: in.ContinuationToken,
		KeyCount: ptr(int32(len(l.objects) + len(l.prefixes))), MaxKeys: ptr(int32(mk)), Delimiter: in.Delimiter,
		IsTruncated: &trunc, Contents: l.objects, CommonPrefixes: commonPrefixes(l.prefixes), EncodingType: in.EncodingType,
	}
	if trunc {
		res.NextContinuationToken = ptr(base64.RawURLEncoding.EncodeToString([]byte(l.next)))
	}
	return res, nil
}

func (g *gateway) ListObjects(ctx context.Context, in *s3.ListObjectsInput) (s3response.ListObjectsResult, error) {
	mk := maxKeys(in.MaxKeys)
	l, trunc, err := g.list(str(in.Bucket), str(in.Prefix), str(in.Delimiter), str(in.Marker), mk)
	if err != nil {
		return s3response.ListObjectsResult{}, err
	}
	res := s3response.ListObjectsResult{
		Name: in.Bucket, Prefix: ptr(str(in.Prefix)), Marker: ptr(str(in.Marker)), MaxKeys: ptr(int32(mk)), Delimiter: in.Delimiter,
		IsTruncated: &trunc, Contents: l.objects, CommonPrefixes: commonPrefixes(l.prefixes), EncodingType: in.EncodingType,
	}
	if trunc {
		res.NextMarker = &l.next
	}
	return res, nil
}

// --- multipart uploads

func (g *gateway) eachUpload(bucket string, fn func(id string, u uploadRec) bool) error {
	return each(g.db, []byte(pUpload), nil, func(k, v []byte) (bool, error) {
		var u uploadRec
		if err := json.Unmarshal(v, &u); err != nil {
			return false, err
		}
		if u.Bucket != bucket {
			return true, nil
		}
		return fn(strings.TrimPrefix(string(k), pUpload), u), nil
	})
}

func (g *gateway) upload_(bucket, key, id string) (uploadRec, error) {
	var u uploadRec
	found, err := get(g.db, uploadKey(id), &u)
	if err != nil {
		return u, err
	}
	if !found || u.Bucket != bucket || u.Key != key {
		return u, s3err.GetAPIError(s3err.ErrNoSuchUpload)
	}
	return u, nil
}

func (g *gateway) CreateMultipartUpload(ctx context.Context, in s3response.CreateMultipartUploadInput) (s3response.InitiateMultipartUploadResult, error) {
	bucket, key := str(in.Bucket), str(in.Key)
	g.mu.Lock()
	defer g.mu.Unlock()
	if err := g.bucketExists(bucket); err != nil {
		return s3response.InitiateMultipartUploadResult{}, err
	}
	id := randomHex(16)
	u := uploadRec{Bucket: bucket, Key: key, Created: time.Now().UTC(),
		headers: headers{ContentType: str(in.ContentType), ContentEncoding: str(in.ContentEncoding),
			ContentDisposition: str(in.ContentDisposition), ContentLanguage: str(in.ContentLanguage),
			CacheControl: str(in.CacheControl), Expires: str(in.Expires), Meta: in.Metadata}}
	var b leveldb.Batch
	if err := put(&b, uploadKey(id), u); err != nil {
		return s3response.InitiateMultipartUploadResult{}, err
	}
	if err := g.db.Write(&b, nil); err != nil {
		return s3response.InitiateMultipartUploadResult{}, err
	}
	return s3response.InitiateMultipartUploadResult{Bucket: bucket, Key: key, UploadId: id}, nil
}

func (g *gateway) UploadPart(ctx context.Context, in *s3.UploadPartInput) (*s3.UploadPartOutput, error) {
	bucket, key, id := str(in.Bucket), str(in.Key), str(in.UploadId)
	if in.PartNumber == nil || *in.PartNumber < 1 || *in.PartNumber > MaxParts {
		return nil, s3err.GetInvalidArgumentErr(s3err.InvalidArgPartNumber, "")
	}
	if _, err := g.upload_(bucket, key, id); err != nil {
		return nil, err
	}
	f, etag, err := g.upload(ctx, in.Body, in.ContentLength, str(in.ContentMD5), map[utils.HashType]*string{
		utils.HashTypeCRC32: in.ChecksumCRC32, utils.HashTypeCRC32C: in.ChecksumCRC32C, utils.HashTypeSha1: in.ChecksumSHA1,
		utils.HashTypeSha256: in.ChecksumSHA256, utils.HashTypeCRC64NVME: in.ChecksumCRC64NVME,
	})
	if err != nil {
		return nil, err
	}
	g.mu.Lock()
	var old partRec
	_, err = g.upload_(bucket, key, id) // aborted meanwhile?
	var found bool
	if err == nil {
		found, err = get(g.db, partKey(id, int(*in.PartNumber)), &old)
	}
	if err == nil {
		var b leveldb.Batch
		if err = put(&b, partKey(id, int(*in.PartNumber)), partRec{fileRef: f, ETag: etag, Modified: time.Now().UTC()}); err == nil {
			err = g.db.Write(&b, nil)
		}
	}
	g.mu.Unlock()
	if err != nil {
		g.remove(ctx, []fileRef{f})
		return nil, err
	}
	if found {
		g.remove(ctx, []fileRef{old.fileRef})
	}
	return &s3.UploadPartOutput{ETag: &etag}, nil
}

func (g *gateway) parts(id string) ([]int, []partRec, error) {
	var nums []int
	var ps []partRec
	err := each(g.db, partPrefix(id), nil, func(k, v []byte) (bool, error) {
		n, err := strconv.Atoi(strings.TrimPrefix(string(k), string(partPrefix(id))))
		if err != nil {
			return false, fmt.Errorf("s3gw: part record %q: %w", k, err)
		}
		var p partRec
		if err := json.Unmarshal(v, &p); err != nil {
			return false, err
		}
		nums, ps = append(nums, n), append(ps, p)
		return true, nil
	})
	return nums, ps, err
}

func (g *gateway) ListParts(ctx context.Context, in *s3.ListPartsInput) (s3response.ListPartsResult, error) {
	bucket, key, id := str(in.Bucket), str(in.Key), str(in.UploadId)
	if err := g.bucketExists(bucket); err != nil {
		return s3response.ListPartsResult{}, err
	}
	if _, err := g.upload_(bucket, key, id); err != nil {
		return s3response.ListPartsResult{}, err
	}
	marker := 0
	if s := str(in.PartNumberMarker); s != "" {
		var err error
		if marker, err = strconv.Atoi(s); err != nil || marker < 0 {
			return s3response.ListPartsResult{}, s3err.GetAPIError(s3err.ErrInvalidRequest)
		}
	}
	max := 1000
	if in.MaxParts != nil && *in.MaxParts >= 0 && *in.MaxParts < 1000 {
		max = int(*in.MaxParts)
	}
	nums, ps, err := g.parts(id)
	if err != nil {
		return s3response.ListPartsResult{}, err
	}
	res := s3response.ListPartsResult{Bucket: bucket, Key: key, UploadID: id, PartNumberMarker: marker, MaxParts: max,
		StorageClass: types.StorageClassStandard}
	for i, n := range nums {
		if n <= marker {
			continue
		}
		if len(res.Parts) == max {
			res.IsTruncated = true
			break
		}
		res.Parts = append(res.Parts, s3response.Part{PartNumber: n, ETag: ps[i].ETag, Size: ps[i].Size, LastModified: ps[i].Modified})
		res.NextPartNumberMarker = n
	}
	return res, nil
}

func (g *gateway) ListMultipartUploads(ctx context.Context, in *s3.ListMultipartUploadsInput) (s3response.ListMultipartUploadsResult, error) {
	bucket, prefix := str(in.Bucket), str(in.Prefix)
	if err := g.bucketExists(bucket); err != nil {
		return s3response.ListMultipartUploadsResult{}, err
	}
	res := s3response.ListMultipartUploadsResult{Bucket: bucket, Prefix: prefix, MaxUploads: 1000}
	err := g.eachUpload(bucket, func(id string, u uploadRec) bool {
		if strings.HasPrefix(u.Key, prefix) {
			res.Uploads = append(res.Uploads, s3response.Upload{Key: u.Key, UploadID: id, Initiated: u.Created,
				StorageClass: types.StorageClassStandard})
		}
		return true
	})
	sort.Slice(res.Uploads, func(i, j int) bool {
		a, b := res.Uploads[i], res.Uploads[j]
		return a.Key < b.Key || (a.Key == b.Key && a.Initiated.Before(b.Initiated))
	})
	if len(res.Uploads) > res.MaxUploads {
		res.Uploads, res.IsTruncated = res.Uploads[:res.MaxUploads], true
		last := res.Uploads[len(res.Uploads)-1]
		res.NextKeyMarker, res.NextUploadIDMarker = last.Key, last.UploadID
	}
	return res, err
}

func (g *gateway) AbortMultipartUpload(ctx context.Context, in *s3.AbortMultipartUploadInput) error {
	bucket, key, id := str(in.Bucket), str(in.Key), str(in.UploadId)
	g.mu.Lock()
	if err := g.bucketExists(bucket); err != nil {
		g.mu.Unlock()
		return err
	}
	if _, err := g.upload_(bucket, key, id); err != nil {
		g.mu.Unlock()
		return err
	}
	nums, ps, err := g.parts(id)
	if err == nil {
		var b leveldb.Batch
		b.Delete(uploadKey(id))
		for _, n := range nums {
			b.Delete(partKey(id, n))
		}
		err = g.db.Write(&b, nil)
	}
	g.mu.Unlock()
	if err != nil {
		return err
	}
	files := make([]fileRef, len(ps))
	for i, p := range ps {
		files[i] = p.fileRef
	}
	g.remove(ctx, files)
	return nil
}

// CompleteMultipartUpload composes the object from its uploaded parts, without moving a byte:
// the object's files are the parts' files, in order. Parts uploaded but not listed are removed.
func (g *gateway) CompleteMultipartUpload(ctx context.Context, in *s3.CompleteMultipartUploadInput) (s3response.CompleteMultipartUploadResult, string, error) {
	bucket, key, id := str(in.Bucket), str(in.Key), str(in.UploadId)
	fail := func(err error) (s3response.CompleteMultipartUploadResult, string, error) {
		return s3response.CompleteMultipartUploadResult{}, "", err
	}
	g.mu.Lock()
	if err := g.bucketExists(bucket); err != nil {
		g.mu.Unlock()
		return fail(err)
	}
	u, err := g.upload_(bucket, key, id)
	if err != nil {
		g.mu.Unlock()
		return fail(err)
	}
	nums, ps, err := g.parts(id)
	if err != nil {
		g.mu.Unlock()
		return fail(err)
	}
	byNum := map[int]partRec{}
	for i, n := range nums {
		byNum[n] = ps[i]
	}
	var listed []types.CompletedPart
	if in.MultipartUpload != nil {
		listed = in.MultipartUpload.Parts
	}
	if len(listed) == 0 {
		g.mu.Unlock()
		return fail(s3err.GetAPIError(s3err.ErrMalformedXML))
	}
	o := objectRec{headers: u.headers, Modified: time.Now().UTC()}
	sums := md5.New()
	used := map[int]bool{}
	prev := 0
	for i, cp := range listed {
		n := int(derefInt32(cp.PartNumber))
		if n <= prev {
			g.mu.Unlock()
			return fail(s3err.GetAPIError(s3err.ErrInvalidPartOrder))
		}
		prev = n
		p, ok := byNum[n]
		if !ok || strings.Trim(str(cp.ETag), `"`) != strings.Trim(p.ETag, `"`) {
			g.mu.Unlock()
			return fail(s3err.GetInvalidPartErr(id, int32(n), str(cp.ETag)))
		}
		if i < len(listed)-1 && p.Size < g.minPartSize {
			g.mu.Unlock()
			return fail(s3err.GetEntityTooSmallErr(p.Size, g.minPartSize))
		}
		addETag(sums, p.ETag)
		used[n] = true
		o.Size += p.Size
		if p.File != "" {
			o.Files = append(o.Files, p.fileRef)
		}
	}
	var unused []fileRef
	var b leveldb.Batch
	b.Delete(uploadKey(id))
	for i, n := range nums {
		b.Delete(partKey(id, n))
		if !used[n] {
			unused = append(unused, ps[i].fileRef)
		}
	}
	o.ETag = fmt.Sprintf(`"%s-%d"`, hex.EncodeToString(sums.Sum(nil)), len(listed))
	var old objectRec
	found, err := get(g.db, objectKey(bucket, key), &old)
	if err == nil {
		err = put(&b, objectKey(bucket, key), o)
	}
	if err == nil {
		err = g.db.Write(&b, nil)
	}
	g.mu.Unlock()
	if err != nil {
		return fail(err)
	}
	g.remove(ctx, unused)
	if found {
		g.remove(ctx, old.Files)
	}
	return s3response.CompleteMultipartUploadResult{Bucket: &bucket, Key: &key, ETag: &o.ETag}, "", nil
}

func derefInt32(p *int32) int32 {
	if p == nil {
		return 0
	}
	return *p
}

// addETag adds a part's binary MD5 to the hash of a multipart object's ETag.
func addETag(h hash.Hash, etag string) {
	b, _ := hex.DecodeString(strings.Trim(etag, `"`))
	h.Write(b)
}

// Features the gateway does not keep (object lock, CORS, tags, websites, ownership controls):
// answered as "none configured", which is what clients and versitygw's checks ask before a write.

func (g *gateway) GetObjectLockConfiguration(ctx context.Context, bucket string) ([]byte, error) {
	if err := g.bucketExists(bucket); err != nil {
		return nil, err
	}
	return nil, s3err.GetBucketErr(s3err.ErrObjectLockConfigurationNotFound, bucket)
}

func (g *gateway) GetObjectRetention(ctx context.Context, bucket, object, versionId string) ([]byte, error) {
	return nil, s3err.GetAPIError(s3err.ErrNoSuchObjectLockConfiguration)
}

func (g *gateway) GetObjectLegalHold(ctx context.Context, bucket, object, versionId string) (*bool, error) {
	return nil, s3err.GetAPIError(s3err.ErrNoSuchObjectLockConfiguration)
}

func (g *gateway) GetBucketCors(ctx context.Context, bucket string) ([]byte, error) {
	if err := g.bucketExists(bucket); err != nil {
		return nil, err
	}
	return nil, s3err.GetBucketErr(s3err.ErrNoSuchCORSConfiguration, bucket)
}

func (g *gateway) GetBucketWebsite(ctx context.Context, bucket string) ([]byte, error) {
	if err := g.bucketExists(bucket); err != nil {
		return nil, err
	}
	return nil, s3err.GetBucketErr(s3err.ErrNoSuchWebsiteConfiguration, bucket)
}

func (g *gateway) GetBucketOwnershipControls(ctx context.Context, bucket string) (types.ObjectOwnership, error) {
	if err := g.bucketExists(bucket); err != nil {
		return "", err
	}
	return "", s3err.GetBucketErr(s3err.ErrOwnershipControlsNotFound, bucket)
}

func (g *gateway) GetBucketTagging(ctx context.Context, bucket string) (map[string]string, error) {
	if err := g.bucketExists(bucket); err != nil {
		return nil, err
	}
	return nil, s3err.GetBucketErr(s3err.ErrBucketTaggingNotFound, bucket)
}

func (g *gateway) GetObjectTagging(ctx context.Context, bucket, object, versionId string) (map[string]string, error) {
	if _, err := g.object(bucket, object); err != nil {
		return nil, err
	}
	return map[string]string{}, nil
}
