package repair

import (
	"fmt"
	"testing"

	"github.com/granary-network/granary/node/manifest"
)

// testManifest returns a k+m manifest of segs segments whose column c sits with farmer c+1 under
// agreement 100+c.
func testManifest(k, m, segs int) *manifest.Manifest {
	segSize, shardSize := manifest.Layout(k, 1000)
	man := &manifest.Manifest{Name: "f", Size: uint64(segs) * segSize, DataShards: k, ParityShards: m,
		SegmentSize: segSize, ShardSize: shardSize, Segments: make([]manifest.Segment, segs)}
	for s := range man.Segments {
		man.Segments[s].Shards = make([]manifest.Shard, k+m)
		for c := range man.Segments[s].Shards {
			sh := &man.Segments[s].Shards[c]
			sh.Root[0], sh.Root[1] = byte(s), byte(c)
			sh.Farmer[19] = byte(c + 1)
			sh.AgreementID = uint64(100 + c)
		}
	}
	return man
}

func TestThresholds(t *testing.T) {
	for _, tc := range []struct {
		k, m, want int
	}{{3, 3, 5}, {10, 20, 20}, {2, 1, 3}, {29, 51, 55}, {4, 0, 4}} {
		if got := DefaultThreshold(tc.k, tc.m); got != tc.want {
			t.Errorf("DefaultThreshold(%d, %d) = %d, want %d", tc.k, tc.m, got, tc.want)
		}
	}
	if got := FractionThreshold(0.5)(10, 20); got != DefaultThreshold(10, 20) {
		t.Errorf("FractionThreshold(0.5) = %d", got)
	}
	if got := clampThreshold(FractionThreshold(0)(3, 3), 3, 3); got != 5 {
		t.Errorf("fraction 0 clamps to n-1: %d", got)
	}
	if got := clampThreshold(FractionThreshold(1)(3, 3), 3, 3); got != 3 {
		t.Errorf("fraction 1 is k: %d", got)
	}
	if got := clampThreshold(100, 10, 20); got != 29 {
		t.Errorf("clamp high: %d", got)
	}
}

// A segment is repaired exactly when its healthy count is at or below the threshold; every one of
// its unhealthy shards is rebuilt, fetched as a last resort unless certainly gone; suspect shards are
// fetched last; columns group the repaired segments.
func TestPlan(t *testing.T) {
	m := testManifest(3, 3, 4)
	st := make([][]status, 4)
	for s := range st {
		st[s] = make([]status, 6)
	}
	// Segment 0: healthy. Segment 1: one shard lost (5 healthy). Segment 2: two bad (4 healthy),
	// one of them still readable, plus a suspect. Segment 3: four bad (2 healthy: below k).
	st[1][4] = status{bad: ReasonUnreachable, gone: true}
	st[2][0] = status{bad: ReasonDisqualified}
	st[2][4] = status{bad: ReasonLost, gone: true}
	st[2][5] = status{suspect: true}
	for _, c := range []int{0, 1, 2, 4} {
		st[3][c] = status{bad: ReasonFailed}
	}

	p := plan(m, st, 4)
	if fmt.Sprint(p.regen) != "[{2 [0 4] [0 5]} {3 [0 1 2 4] [0 1 2 4]}]" {
		t.Fatalf("threshold 4: regen %v", p.regen)
	}
	if fmt.Sprint(p.columns) != "map[0:[2 3] 1:[3] 2:[3] 4:[2 3]]" {
		t.Fatalf("columns %v", p.columns)
	}
	if p.minHealthy != 2 || p.degraded != 1 || p.belowK != 1 || p.shards != 6 {
		t.Fatalf("min %d degraded %d belowK %d shards %d", p.minHealthy, p.degraded, p.belowK, p.shards)
	}
	if p.reasons[ReasonFailed] != 4 || p.reasons[ReasonUnreachable] != 1 || p.reasons[ReasonLost] != 1 || p.reasons[ReasonDisqualified] != 1 {
		t.Fatalf("reasons %v", p.reasons)
	}
	p = plan(m, st, 5)
	if len(p.regen) != 3 || p.regen[0].Segment != 1 || p.degraded != 0 {
		t.Fatalf("threshold 5: regen %v, degraded %d", p.regen, p.degraded)
	}
	p = plan(m, st, 3)
	if len(p.regen) != 1 || p.regen[0].Segment != 3 || p.degraded != 2 {
		t.Fatalf("threshold 3: regen %v, degraded %d", p.regen, p.degraded)
	}
	// Segment 3 left with 2 shards anyone could serve (5, healthy; 0, whose agreement failed) is beyond
	// repair; the others are still repaired.
	st[3][1] = status{bad: ReasonLost, gone: true}
	st[3][2] = status{bad: ReasonUnreachable, gone: true}
	st[3][3] = status{bad: ReasonUnplaced, gone: true}
	st[3][4] = status{bad: ReasonLost, gone: true}
	p = plan(m, st, 4)
	if p.lost != 1 || len(p.regen) != 1 || p.regen[0].Segment != 2 || p.belowK != 1 {
		t.Fatalf("segment 3 beyond repair: lost %d, regen %v", p.lost, p.regen)
	}
	// A segment with a shard that must move soon (its farmer is leaving) is repaired above the
	// threshold; that shard is a last-resort source.
	st[0][3] = status{bad: ReasonExiting, soon: true}
	p = plan(m, st, 3)
	if len(p.regen) != 1 || fmt.Sprint(p.regen[0]) != "{0 [3] [3]}" || p.degraded != 2 || p.reasons[ReasonExiting] != 1 {
		t.Fatalf("exiting shard: regen %v, reasons %v", p.regen, p.reasons)
	}
	if h := holders(m, []int{1, 2}); len(h) != 6 {
		t.Fatalf("holders %v", h)
	}
}
