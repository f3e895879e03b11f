package repair

import (
	"math"

	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
)

// ThresholdFunc returns, for a file of k data and m parity shards, the number of healthy shards at
// or below which a segment is repaired. Results outside [k, k+m-1] are clamped to it.
type ThresholdFunc func(k, m int) int

// DefaultThreshold repairs a segment once half its parity is gone: k + ⌈m/2⌉ healthy shards. For
// the devnet's 3+3 that is 5 (every loss is repaired at once); for the network's 10+20 it is 20,
// when 10 of the 30 farmers have lost their shard. DURABILITY.md derives what this gives: with
// farmers that live a year on average and repairs done within a day, a segment is lost with
// probability about 7e-6 a year at 3+3 and 7e-16 at 10+20, and a repair moves k/(m/2) + 1 shards
// per shard it replaces (4 at 3+3, 2 at 10+20).
func DefaultThreshold(k, m int) int { return k + (m+1)/2 }

// FractionThreshold repairs a segment once the fraction f of its parity shards is gone: at k +
// ⌈(1−f)·m⌉ healthy shards (f = 0.5 is DefaultThreshold; f close to 0 repairs at the first loss).
func FractionThreshold(f float64) ThresholdFunc {
	return func(k, m int) int { return k + int(math.Ceil((1-f)*float64(m)-1e-9)) }
}

// clampThreshold keeps a threshold within [k, n-1].
func clampThreshold(t, k, m int) int { return max(k, min(t, k+m-1)) }

// Reason is why a shard counts as unhealthy.
type Reason string

// Reasons.
const (
	ReasonUnplaced     Reason = "unplaced"           // no farmer or agreement recorded for it
	ReasonMismatch     Reason = "agreement-mismatch" // the agreement on chain is unknown, or not this renter's with that farmer
	ReasonFailed       Reason = "agreement-failed"   // its agreement failed on chain (the farmer did not prove it)
	ReasonDisqualified Reason = "disqualified"       // its farmer was disqualified
	ReasonMissedProofs Reason = "missed-proofs"      // its agreement was left unproven for the configured periods
	ReasonNotRevised   Reason = "not-in-revision"    // the agreement's newest co-signed revision does not hold it
	ReasonUnreachable  Reason = "unreachable"        // its farmer has not answered for the configured time
	ReasonLost         Reason = "lost"               // its farmer says it is lost or corrupt, holds no such agreement, or proved it wrong
	// ReasonExiting: its farmer announced its exit (chain.FarmerInfo.Exiting). The shard is not lost
	// (the farmer still proves and serves it, a last-resort source), but it must move soon: its
	// segment is repaired whatever the threshold, and it does not count in Report.ShardsLost.
	ReasonExiting Reason = "exiting"
)

// status is what the worker believes of one shard.
type status struct {
	bad     Reason // "" if healthy
	gone    bool   // certainly unreadable (lost, unplaced, farmer unreachable): never fetched
	suspect bool   // counted healthy, but its farmer did not answer lately or is no longer paid: fetched last
	ended   bool   // its agreement ended: not damage (counted healthy, reported, never repaired)
	soon    bool   // must move whatever the threshold (its farmer is leaving)
}

// filePlan is what to repair in one file.
type filePlan struct {
	threshold  int
	minHealthy int              // fewest healthy shards of any segment
	degraded   int              // segments missing shards but above the threshold
	belowK     int              // segments with fewer than k healthy shards
	lost       int              // segments with fewer than k shards anyone could still serve: beyond repair
	regen      []pipeline.Regen // the segments to repair, increasing
	columns    map[int][]int    // column → the segments whose shard of that column is rebuilt
	reasons    map[Reason]int   // unhealthy shards by reason
	shards     int              // shards to rebuild
}

// plan decides what to repair in m, given the status of each of its shards (st[segment][column]):
// every segment with at most threshold healthy shards, or with a shard that must move soon (its
// farmer is leaving), has all its unhealthy shards rebuilt. A shard's holder must be avoided as a
// source if it is suspect, and may serve as a last resort if it is unhealthy without being gone (a
// leaving farmer still serves). A segment with fewer than k shards that could still be read is
// beyond repair, and left out. Pure: no I/O.
func plan(m *manifest.Manifest, st [][]status, threshold int) filePlan {
	k, n := m.DataShards, m.TotalShards()
	p := filePlan{threshold: threshold, minHealthy: n, columns: map[int][]int{}, reasons: map[Reason]int{}}
	for s := range m.Segments {
		healthy, soon := 0, false
		for c := range n {
			if st[s][c].bad == "" {
				healthy++
			} else {
				p.reasons[st[s][c].bad]++
			}
			soon = soon || st[s][c].soon
		}
		p.minHealthy = min(p.minHealthy, healthy)
		if healthy < k {
			p.belowK++
		}
		if healthy == n {
			continue
		}
		if healthy > threshold && !soon {
			p.degraded++
			continue
		}
		readable := 0 // healthy, or unhealthy without being certainly gone: a last resort to fetch
		for c := range n {
			if !st[s][c].gone {
				readable++
			}
		}
		if readable < k {
			p.lost++ // nothing to rebuild from: leave it out, so that the file's other segments are repaired
			continue
		}
		r := pipeline.Regen{Segment: s}
		for c := range n {
			x := st[s][c]
			switch {
			case x.bad != "":
				r.Rebuild = append(r.Rebuild, c)
				p.columns[c] = append(p.columns[c], s)
				if !x.gone {
					r.Avoid = append(r.Avoid, c)
				}
			case x.suspect:
				r.Avoid = append(r.Avoid, c)
			}
		}
		p.shards += len(r.Rebuild)
		p.regen = append(p.regen, r)
	}
	return p
}

// holders returns the farmers holding any shard of the given segments of m, healthy or not: a
// replacement for one of those segments' shards must come from elsewhere.
func holders(m *manifest.Manifest, segs []int) map[[20]byte]bool {
	out := map[[20]byte]bool{}
	for _, s := range segs {
		for _, sh := range m.Segments[s].Shards {
			if sh.Farmer != ([20]byte{}) {
				out[sh.Farmer] = true
			}
		}
	}
	return out
}
