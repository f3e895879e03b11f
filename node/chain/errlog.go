package chain

import (
	"log/slog"
	"sync"
	"time"
)

// ErrorLog keeps a polling loop's failures readable: the first occurrence of an error is logged at
// once, the same error again only every Every (with how many times it happened meanwhile), a
// different error at once, and the recovery once. An RPC endpoint that is down for a minute thus
// gives a handful of lines instead of one per poll.
type ErrorLog struct {
	Log   *slog.Logger
	Msg   string        // e.g. "heartbeat step failed"
	Every time.Duration // default 30 s
	Now   func() time.Time

	mu       sync.Mutex
	last     string
	loggedAt time.Time
	repeats  int
}

// Report records the outcome of one step (nil: it succeeded).
func (l *ErrorLog) Report(err error, attrs ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := time.Now
	if l.Now != nil {
		now = l.Now
	}
	every := l.Every
	if every == 0 {
		every = 30 * time.Second
	}
	if err == nil {
		if l.last != "" {
			l.Log.Info(l.Msg+": recovered", append(attrs, "after", l.repeats+1)...)
		}
		l.last, l.repeats = "", 0
		return
	}
	msg := err.Error()
	switch {
	case msg != l.last:
		l.Log.Warn(l.Msg, append(attrs, "err", err)...)
		l.last, l.loggedAt, l.repeats = msg, now(), 0
	case now().Sub(l.loggedAt) >= every:
		l.Log.Warn(l.Msg, append(attrs, "err", err, "repeated", l.repeats+1)...)
		l.loggedAt, l.repeats = now(), 0
	default:
		l.repeats++
	}
}
