// Package wire is how Granary peers talk on a libp2p stream: every message is a frame (a 4-byte
// big-endian length, then the payload) read under a size cap chosen by the reader, so a peer can
// never make another allocate more than it expects; control messages are JSON in one frame; errors
// cross the wire as typed codes that callers test with errors.Is, never by their text.
package wire

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
	"unicode"
	"unicode/utf8"

	jsonv2 "github.com/go-json-experiment/json"
)

// MaxControl caps a control message (quotes, proposals, responses).
const MaxControl = 64 << 10

// ErrFrameTooLarge is returned when a peer announces a frame above the reader's cap. The frame is
// not read: the caller must reset the stream.
var ErrFrameTooLarge = errors.New("wire: frame exceeds size cap")

// WriteFrame writes p as one frame.
func WriteFrame(w io.Writer, p []byte) error {
	if uint64(len(p)) > 1<<32-1 {
		return fmt.Errorf("%w: %d bytes", ErrFrameTooLarge, len(p))
	}
	var hdr [4]byte
	binary.BigEndian.PutUint32(hdr[:], uint32(len(p)))
	if _, err := w.Write(hdr[:]); err != nil {
		return fmt.Errorf("wire: write frame header: %w", err)
	}
	if _, err := w.Write(p); err != nil {
		return fmt.Errorf("wire: write frame: %w", err)
	}
	return nil
}

// ReadFrame reads one frame of at most max bytes. A larger announced length fails with
// ErrFrameTooLarge before anything is allocated.
func ReadFrame(r io.Reader, max int) ([]byte, error) {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("wire: read frame header: %w", err)
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if uint64(n) > uint64(max) {
		return nil, fmt.Errorf("%w: %d bytes announced, cap %d", ErrFrameTooLarge, n, max)
	}
	p := make([]byte, n)
	if _, err := io.ReadFull(r, p); err != nil {
		return nil, fmt.Errorf("wire: read frame of %d bytes: %w", n, err)
	}
	return p, nil
}

// WriteMsg writes v as a JSON control message.
func WriteMsg(w io.Writer, v any) error { return WriteMsgCap(w, v, MaxControl) }

// WriteMsgCap writes v as a JSON message of at most max bytes (for the few messages a protocol
// allows to exceed MaxControl, such as a revision's list of shards).
func WriteMsgCap(w io.Writer, v any, max int) error {
	p, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("wire: encode %T: %w", v, err)
	}
	if len(p) > max {
		return fmt.Errorf("%w: %T is %d bytes", ErrFrameTooLarge, v, len(p))
	}
	return WriteFrame(w, p)
}

// ReadMsg reads a JSON control message into v. Unknown fields, trailing data and oversized frames
// are refused with CodeBadRequest / ErrFrameTooLarge.
func ReadMsg(r io.Reader, v any) error { return ReadMsgCap(r, v, MaxControl) }

// ReadMsgCap reads a JSON message of at most max bytes into v, as strictly as ReadMsg.
func ReadMsgCap(r io.Reader, v any, max int) error {
	p, err := ReadFrame(r, max)
	if err != nil {
		return err
	}
	return Decode(p, v)
}

// Decode strictly decodes a JSON control message (used by ReadMsg; exposed for fuzzing): exactly
// one JSON value, every member name spelled exactly as its field's tag (encoding/json would take
// "erRor" for "error"), no unknown or duplicate member, valid UTF-8, no trailing data. It uses the
// semantics of encoding/json/v2 (github.com/go-json-experiment/json, the standard library's
// encoding/json/v2 mirror), which are strict by default; types with v1 UnmarshalJSON methods
// (big.Int, common.Address, json.RawMessage) decode through those methods as before.
func Decode(p []byte, v any) error {
	if err := jsonv2.Unmarshal(p, v, jsonv2.RejectUnknownMembers(true)); err != nil {
		return Errorf(CodeBadRequest, "", "decode %T: %v", v, err)
	}
	if val, ok := v.(interface{ Validate() error }); ok {
		if err := val.Validate(); err != nil {
			return Errorf(CodeBadRequest, "", "%T: %v", v, err)
		}
	}
	return nil
}

// Code classifies an error that crosses the wire.
type Code uint16

// Error codes.
const (
	CodeBadRequest   Code = 1 // malformed or invalid message
	CodeTooLarge     Code = 2 // a frame or a request over a limit
	CodeRefused      Code = 3 // understood and declined; Reason says why
	CodeNotFound     Code = 4 // no such shard or deal
	CodeUnauthorized Code = 5 // the peer may not do this
	CodeBusy         Code = 6 // try again later
	CodeInternal     Code = 7 // the serving side failed
	CodeCorrupt      Code = 8 // data that does not match its hash
)

var codeNames = map[Code]string{
	CodeBadRequest: "bad request", CodeTooLarge: "too large", CodeRefused: "refused", CodeNotFound: "not found",
	CodeUnauthorized: "unauthorized", CodeBusy: "busy", CodeInternal: "internal error", CodeCorrupt: "corrupt data",
}

func (c Code) String() string {
	if s, ok := codeNames[c]; ok {
		return s
	}
	return fmt.Sprintf("code %d", c)
}

// Error is an error as it crosses the wire: a code, an optional machine-readable reason (for
// CodeRefused: "price", "capacity", "funds", ...) and a human message.
type Error struct {
	Code    Code   `json:"code"`
	Reason  string `json:"reason,omitempty"`
	Message string `json:"message,omitempty"`
}

// Known reports whether c is one of the codes above; a reply carrying any other code is a bad
// request, so a caller never sees an untyped remote error.
func (c Code) Known() bool { _, ok := codeNames[c]; return ok }

// Limits on what a remote error may carry: it is shown to users and written to logs.
const (
	maxReason  = 32
	maxMessage = 1024
)

// Validate checks an error that arrived from a peer: a known code, a reason of lower-case letters
// and digits, and a message of printable text, both bounded.
func (e Error) Validate() error {
	if !e.Code.Known() {
		return fmt.Errorf("unknown error code %d", e.Code)
	}
	if len(e.Reason) > maxReason || !isReason(e.Reason) {
		return fmt.Errorf("malformed refusal reason %q", e.Reason)
	}
	if len(e.Message) > maxMessage || !isPrintable(e.Message) {
		return errors.New("error message too long or not printable text")
	}
	return nil
}

func isReason(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '-' {
			return false
		}
	}
	return true
}

// printable returns s with every non-printable rune replaced by a space, cut to at most max bytes
// on a rune boundary: what Validate accepts.
func printable(s string, max int) string {
	var b []rune
	n := 0
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsPrint(r) {
			r = ' '
		}
		if n+utf8.RuneLen(r) > max {
			break
		}
		n += utf8.RuneLen(r)
		b = append(b, r)
	}
	return string(b)
}

func isPrintable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}

// Errorf returns a wire error.
func Errorf(code Code, reason, format string, args ...any) *Error {
	return &Error{Code: code, Reason: reason, Message: fmt.Sprintf(format, args...)}
}

func (e *Error) Error() string {
	s := "remote: " + e.Code.String()
	if e.Reason != "" {
		s += " (" + e.Reason + ")"
	}
	if e.Message != "" {
		s += ": " + e.Message
	}
	return s
}

// Is matches another *Error with the same code and, if the target names one, the same reason:
// errors.Is(err, wire.ErrRefused) or errors.Is(err, &wire.Error{Code: wire.CodeRefused, Reason: "price"}).
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code && (t.Reason == "" || t.Reason == e.Reason)
}

// Sentinels for errors.Is.
var (
	ErrBadRequest   = &Error{Code: CodeBadRequest}
	ErrTooLarge     = &Error{Code: CodeTooLarge}
	ErrRefused      = &Error{Code: CodeRefused}
	ErrNotFound     = &Error{Code: CodeNotFound}
	ErrUnauthorized = &Error{Code: CodeUnauthorized}
	ErrBusy         = &Error{Code: CodeBusy}
	ErrInternal     = &Error{Code: CodeInternal}
	ErrCorrupt      = &Error{Code: CodeCorrupt}
)

// Response is the envelope of every reply: exactly one of Error and Result is set.
type Response struct {
	Error  *Error          `json:"error,omitempty"`
	Result json.RawMessage `json:"result,omitempty"`
}

// Validate checks a reply from a peer: exactly one of Error and Result, and a valid Error.
func (r Response) Validate() error {
	switch {
	case r.Error != nil && r.Result != nil:
		return errors.New("response carries both an error and a result")
	case r.Error == nil && r.Result == nil:
		return errors.New("empty response")
	case r.Error != nil:
		return r.Error.Validate()
	}
	return nil
}

// WriteResult replies with a result.
func WriteResult(w io.Writer, v any) error {
	p, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("wire: encode %T: %w", v, err)
	}
	return WriteMsg(w, Response{Result: p})
}

// WriteError replies with an error; a non-wire error is sent as CodeInternal without its text.
func WriteError(w io.Writer, err error) error {
	var we *Error
	if !errors.As(err, &we) || !we.Code.Known() {
		we = &Error{Code: CodeInternal}
	}
	out := Error{Code: we.Code, Reason: we.Reason, Message: printable(we.Message, maxMessage)}
	if len(out.Reason) > maxReason || !isReason(out.Reason) {
		out.Reason = ""
	}
	return WriteMsg(w, Response{Error: &out})
}

// ReadResult reads a reply into v, or returns the remote's *Error.
func ReadResult(r io.Reader, v any) error {
	var resp Response
	if err := ReadMsg(r, &resp); err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return Decode(resp.Result, v)
}

// Deadliner is the part of a stream that takes deadlines.
type Deadliner interface {
	SetDeadline(time.Time) error
}

// Deadline sets s's deadline d from now.
func Deadline(s Deadliner, d time.Duration) error {
	if err := s.SetDeadline(time.Now().Add(d)); err != nil {
		return fmt.Errorf("wire: set deadline: %w", err)
	}
	return nil
}
