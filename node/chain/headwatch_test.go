package chain

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"
)

func TestHeadWatchStallAndLag(t *testing.T) {
	var buf bytes.Buffer
	now := time.Unix(1_000_000, 0)
	w := &HeadWatch{Log: slog.New(slog.NewTextHandler(&buf, nil)), StallAfter: 30 * time.Second,
		BehindAfter: time.Minute, Every: time.Minute, Now: func() time.Time { return now }}
	lines := func() []string {
		s := strings.TrimSpace(buf.String())
		buf.Reset()
		if s == "" {
			return nil
		}
		return strings.Split(s, "\n")
	}
	step := func(d time.Duration, number uint64, lag time.Duration) []string {
		now = now.Add(d)
		w.Observe(number, uint64(now.Add(-lag).Unix()))
		return lines()
	}
	if l := step(0, 10, 0); l != nil {
		t.Fatalf("first head logged: %v", l)
	}
	if l := step(20*time.Second, 10, 0); l != nil {
		t.Fatalf("logged before StallAfter: %v", l)
	}
	if l := step(11*time.Second, 10, 0); len(l) != 1 || !strings.Contains(l[0], "has not moved") || !strings.Contains(l[0], "for=31s") {
		t.Fatalf("stall after 31 s: %v", l)
	}
	for i := 0; i < 5; i++ { // polled every 10 s: no repeat within Every
		if l := step(10*time.Second, 10, 0); l != nil {
			t.Fatalf("repeated within Every: %v", l)
		}
	}
	if l := step(10*time.Second, 10, 0); len(l) != 1 || !strings.Contains(l[0], "for=1m31s") {
		t.Fatalf("repeat after Every: %v", l)
	}
	if l := step(time.Second, 11, 0); len(l) != 1 || !strings.Contains(l[0], "moving again") {
		t.Fatalf("recovery: %v", l)
	}
	if l := step(time.Second, 12, 0); l != nil {
		t.Fatalf("moving head logged: %v", l)
	}
	if l := step(time.Second, 13, 2*time.Minute); len(l) != 1 || !strings.Contains(l[0], "behind the clock") {
		t.Fatalf("lag: %v", l)
	}
	if l := step(time.Second, 14, 2*time.Minute); l != nil {
		t.Fatalf("lag repeated at once: %v", l)
	}
	if l := step(time.Second, 15, 0); len(l) != 1 || !strings.Contains(l[0], "caught up") {
		t.Fatalf("caught up: %v", l)
	}
	var nilWatch *HeadWatch
	nilWatch.Observe(1, 1) // a follower without a watch
}
