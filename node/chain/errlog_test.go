package chain_test

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/granary-network/granary/node/chain"
)

func TestErrorLogThrottles(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Unix(0, 0)
	l := &chain.ErrorLog{Log: slog.New(slog.NewTextHandler(&buf, nil)), Msg: "step failed", Every: 10 * time.Second,
		Now: func() time.Time { return clock }}
	down := errors.New("connection refused")
	for i := 0; i < 50; i++ { // 50 polls over 25 s
		l.Report(down)
		clock = clock.Add(500 * time.Millisecond)
	}
	l.Report(errors.New("wrong chain")) // a different error: logged at once
	l.Report(nil)                       // recovered: logged once
	l.Report(nil)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d lines:\n%s", len(lines), buf.String())
	}
	for i, want := range []string{"connection refused", "repeated=20", "repeated=20", "wrong chain", "recovered"} {
		if !strings.Contains(lines[i], want) {
			t.Fatalf("line %d %q lacks %q", i, lines[i], want)
		}
	}
}
