package wire

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/granary-network/granary/internal/fuzzseed"
)

type ping struct {
	N    int    `json:"n"`
	Note string `json:"note,omitempty"`
}

func (p ping) Validate() error {
	if p.N < 0 {
		return errors.New("negative n")
	}
	return nil
}

func TestFrameRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	for _, n := range []int{0, 1, 4096} {
		if err := WriteFrame(&buf, bytes.Repeat([]byte{7}, n)); err != nil {
			t.Fatal(err)
		}
	}
	for _, n := range []int{0, 1, 4096} {
		p, err := ReadFrame(&buf, 4096)
		if err != nil || len(p) != n {
			t.Fatalf("frame of %d: got %d bytes, %v", n, len(p), err)
		}
	}
	if _, err := ReadFrame(&buf, 10); !errors.Is(err, io.EOF) {
		t.Fatalf("empty stream: %v", err)
	}
}

// A frame announcing 4 GiB is refused from its header, without reading or allocating it.
func TestOversizedFrameRefusedFromHeader(t *testing.T) {
	hdr := binary.BigEndian.AppendUint32(nil, 1<<32-1)
	_, err := ReadFrame(bytes.NewReader(hdr), MaxControl)
	if !errors.Is(err, ErrFrameTooLarge) {
		t.Fatalf("got %v, want ErrFrameTooLarge", err)
	}
	if _, err := ReadFrame(bytes.NewReader(append(binary.BigEndian.AppendUint32(nil, 10), 1, 2)), 100); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Fatalf("truncated frame: %v", err)
	}
}

func TestMessagesAreDecodedStrictly(t *testing.T) {
	cases := map[string]string{
		"unknown field": `{"n":1,"extra":2}`,
		"wrong type":    `{"n":"one"}`,
		"trailing data": `{"n":1}{"n":2}`,
		"not json":      "\x00\xff",
		"invalid":       `{"n":-1}`,
	}
	for name, body := range cases {
		var buf bytes.Buffer
		_ = WriteFrame(&buf, []byte(body))
		var p ping
		if err := ReadMsg(&buf, &p); !errors.Is(err, ErrBadRequest) {
			t.Errorf("%s: got %v, want ErrBadRequest", name, err)
		}
	}
	var buf bytes.Buffer
	if err := WriteMsg(&buf, ping{N: 3, Note: "x"}); err != nil {
		t.Fatal(err)
	}
	var p ping
	if err := ReadMsg(&buf, &p); err != nil || p.N != 3 || p.Note != "x" {
		t.Fatalf("round trip: %+v %v", p, err)
	}
}

func TestErrorsCrossTheWireTyped(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteError(&buf, fmt.Errorf("accept: %w", Errorf(CodeRefused, "price", "below floor of %d", 5))); err != nil {
		t.Fatal(err)
	}
	var p ping
	err := ReadResult(&buf, &p)
	if !errors.Is(err, ErrRefused) || !errors.Is(err, &Error{Code: CodeRefused, Reason: "price"}) {
		t.Fatalf("got %v, want refused (price)", err)
	}
	if errors.Is(err, &Error{Code: CodeRefused, Reason: "capacity"}) || errors.Is(err, ErrNotFound) {
		t.Fatalf("%v matches the wrong error", err)
	}
	// An internal error is sent without its text, which may hold local paths.
	buf.Reset()
	_ = WriteError(&buf, errors.New("open /secret/path: permission denied"))
	err = ReadResult(&buf, &p)
	if !errors.Is(err, ErrInternal) || bytes.Contains([]byte(err.Error()), []byte("secret")) {
		t.Fatalf("internal error crossed as %v", err)
	}
	buf.Reset()
	_ = WriteResult(&buf, ping{N: 9})
	if err := ReadResult(&buf, &p); err != nil || p.N != 9 {
		t.Fatalf("result: %+v %v", p, err)
	}
	buf.Reset()
	_ = WriteMsg(&buf, Response{})
	if err := ReadResult(&buf, &p); !errors.Is(err, ErrBadRequest) {
		t.Fatalf("empty response: %v", err)
	}
}

// FuzzReadMsg: arbitrary bytes on a stream never panic the readers (ReadFrame under a cap,
// ReadMsg, ReadResult) and never yield a message that fails validation; an error that comes back
// from ReadResult is either the remote's typed *Error or a bad request, never anything untyped.
func FuzzReadMsg(f *testing.F) {
	fuzzseed.Explore(f, "FuzzReadMsg")
	f.Fuzz(func(t *testing.T, b []byte) {
		if p, err := ReadFrame(bytes.NewReader(b), 64); err == nil && len(p) > 64 {
			t.Fatalf("frame of %d bytes read under a cap of 64", len(p))
		}
		var p ping
		if err := ReadMsg(bytes.NewReader(b), &p); err == nil && p.N < 0 {
			t.Fatal("accepted an invalid message")
		}
		var resp Response
		_ = ReadMsg(bytes.NewReader(b), &resp)
		var r ping
		err := ReadResult(bytes.NewReader(b), &r)
		var we *Error
		switch {
		case err == nil && r.N < 0:
			t.Fatal("ReadResult accepted an invalid result")
		case err != nil && errors.As(err, &we) && we.Code == 0:
			t.Fatalf("remote error without a code: %v", err)
		}
	})
}

// TestSeedCorpus keeps testdata/fuzz in step with the framing (GRANARY_UPDATE_SEEDS=1 rewrites it).
func TestSeedCorpus(t *testing.T) {
	frame := func(write func(*bytes.Buffer) error) []byte {
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	fuzzseed.Sync(t, "FuzzReadMsg", []fuzzseed.Seed{
		{Name: "message", Args: []any{frame(func(b *bytes.Buffer) error { return WriteMsg(b, ping{N: 1, Note: "hi"}) })}},
		{Name: "result", Args: []any{frame(func(b *bytes.Buffer) error { return WriteResult(b, ping{N: 9}) })}},
		{Name: "error", Args: []any{frame(func(b *bytes.Buffer) error {
			return WriteError(b, Errorf(CodeRefused, "price", "below %d", 5))
		})}},
		{Name: "invalid", Args: []any{frame(func(b *bytes.Buffer) error { return WriteMsg(b, ping{N: -1}) })}},
		{Name: "oversized", Args: []any{[]byte{0xff, 0xff, 0xff, 0xff}}},
		{Name: "empty", Args: []any{[]byte{}}},
		// Found by FuzzReadMsg in CI (issue 11): case-folded member names and a code-0 error were
		// passed up as a typed remote error.
		{Name: "crasher-folded-names-code-0", Args: []any{[]byte("\x00\x00\x009{\"erRor\":{\"code\":0,\"reAson\":\"00000\",\"messAge\":\"0000000\"}}")}},
	})
}

// TestRepliesAreDecodedStrictly: member names match exactly (encoding/json would fold "erRor" into
// "error"), a remote error carries a known code and printable text, and a reply is exactly one of an
// error and a result. Each row is a refused bad request, never a typed remote error.
func TestRepliesAreDecodedStrictly(t *testing.T) {
	cases := map[string]string{
		"fuzz crasher: folded names, code 0": `{"erRor":{"code":0,"reAson":"00000","messAge":"0000000"}}`,
		"folded envelope name":               `{"ERROR":{"code":3}}`,
		"folded inner name":                  `{"error":{"Code":3}}`,
		"code 0":                             `{"error":{"code":0}}`,
		"unknown code":                       `{"error":{"code":999}}`,
		"no code":                            `{"error":{"reason":"price"}}`,
		"bad reason":                         `{"error":{"code":3,"reason":"Price!"}}`,
		"control characters in message":      `{"error":{"code":3,"message":"a\u001b[2Jb"}}`,
		"both error and result":              `{"error":{"code":3},"result":{"n":1}}`,
		"neither":                            `{}`,
		"duplicate member":                   `{"result":{"n":1},"result":{"n":2}}`,
		"folded result name":                 `{"Result":{"n":1}}`,
		"folded name inside the result":      `{"result":{"N":1}}`,
		"unknown member inside the result":   `{"result":{"n":1,"x":2}}`,
		"invalid utf-8":                      "{\"result\":{\"n\":1,\"note\":\"\xff\"}}",
	}
	for name, body := range cases {
		var buf bytes.Buffer
		_ = WriteFrame(&buf, []byte(body))
		var p ping
		err := ReadResult(&buf, &p)
		var we *Error
		if !errors.As(err, &we) || we.Code != CodeBadRequest {
			t.Errorf("%s: got %v, want a local bad request", name, err)
		}
	}
}

// An error whose message would not validate is cleaned before it is sent, so a peer's honest error
// is never refused as a bad request by the other side.
func TestWriteErrorSendsOnlyValidErrors(t *testing.T) {
	for _, e := range []*Error{
		{Code: CodeRefused, Reason: "price", Message: "line one\nline two\x1b[0m"},
		{Code: CodeRefused, Reason: "Not A Reason", Message: string(bytes.Repeat([]byte("é"), 2*maxMessage))},
		{Code: Code(77), Message: "from the future"},
	} {
		var buf bytes.Buffer
		if err := WriteError(&buf, e); err != nil {
			t.Fatal(err)
		}
		var p ping
		err := ReadResult(&buf, &p)
		var we *Error
		if !errors.As(err, &we) || we.Validate() != nil || we.Code == CodeBadRequest {
			t.Errorf("%+v: arrived as %v", e, err)
		}
		if e.Code.Known() && we.Code != e.Code {
			t.Errorf("%+v: code changed to %v", e, we.Code)
		}
	}
}
