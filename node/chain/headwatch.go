package chain

import (
	"log/slog"
	"sync"
	"time"
)

// HeadWatch tells a long-running process's operator when the chain stops moving or falls behind,
// instead of the process going quiet: a head that has not changed for StallAfter (a chain that seals
// blocks only when a transaction arrives, as Hardhat's automine and `geth --dev --dev.period 0` do,
// or an RPC node stuck on one block), or a head whose timestamp is more than BehindAfter older than
// the local clock (a node still syncing). Each condition is logged once when it starts, again every
// Every while it lasts, and once when it ends. The process keeps working meanwhile.
type HeadWatch struct {
	Log         *slog.Logger
	StallAfter  time.Duration // default 60 s
	BehindAfter time.Duration // default 5 min
	Every       time.Duration // default 5 min
	Now         func() time.Time

	mu           sync.Mutex
	number       uint64
	changedAt    time.Time
	stalled      bool
	stallLogged  time.Time
	behind       bool
	behindLogged time.Time
}

// Observe records the latest head, its timestamp (unix seconds) and logs what changed.
func (w *HeadWatch) Observe(number, timestamp uint64) {
	if w == nil {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	now := time.Now()
	if w.Now != nil {
		now = w.Now()
	}
	stallAfter, behindAfter, every := w.StallAfter, w.BehindAfter, w.Every
	if stallAfter == 0 {
		stallAfter = time.Minute
	}
	if behindAfter == 0 {
		behindAfter = 5 * time.Minute
	}
	if every == 0 {
		every = 5 * time.Minute
	}
	if w.changedAt.IsZero() || number != w.number {
		if w.stalled {
			w.Log.Info("chain head moving again", "block", number, "stalled for", now.Sub(w.changedAt).Round(time.Second))
		}
		w.number, w.changedAt, w.stalled = number, now, false
	} else if still := now.Sub(w.changedAt); still >= stallAfter && (!w.stalled || now.Sub(w.stallLogged) >= every) {
		w.Log.Warn("chain head has not moved: nothing can be proven, paid or reported until it does",
			"block", number, "for", still.Round(time.Second),
			"hint", "on a chain that seals only when a transaction arrives, enable interval mining or let a node poke it; otherwise check the RPC node")
		w.stalled, w.stallLogged = true, now
	}
	lag := now.Sub(time.Unix(int64(timestamp), 0))
	switch {
	case lag >= behindAfter && (!w.behind || now.Sub(w.behindLogged) >= every):
		w.Log.Warn("chain head is behind the clock: is the RPC node still syncing?", "block", number, "behind", lag.Round(time.Second))
		w.behind, w.behindLogged = true, now
	case lag < behindAfter && w.behind:
		w.Log.Info("chain head caught up with the clock", "block", number)
		w.behind = false
	}
}
