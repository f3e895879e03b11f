package chain

import (
	"context"
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

// Poll runs step at once and then every `every` until ctx ends, and returns nil then: the loop of
// every component that follows the chain. Each step's outcome goes to errs (a failure is logged,
// throttled, and the step tried again at the next tick); errors after ctx ends are not reported.
func Poll(ctx context.Context, every time.Duration, errs *ErrorLog, step func(context.Context) error) error {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := step(ctx); ctx.Err() == nil {
			errs.Report(err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
