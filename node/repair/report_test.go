package repair

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// A report survives JSON unchanged (what the CLI prints with --json), and its text names what a
// person needs: the totals, each file's state, each move and ended agreement, the errors.
func TestReportFormats(t *testing.T) {
	start := time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)
	r := Report{
		Started: start, Finished: start.Add(1500 * time.Millisecond),
		Files: []FileReport{
			{Name: "a.bin", Segments: 5, K: 3, M: 3, Threshold: 5, MinHealthy: 4, Repaired: 5, ShardsRebuilt: 10},
			{Name: "b.bin", Segments: 2, K: 3, M: 3, Threshold: 5, MinHealthy: 2, BelowK: 2, Lost: 1, Ended: 2, Err: "rebuild 2 shards: not enough shards"},
		},
		ShardsLost: 12, ShardsRepaired: 10, Dropped: 5, Ended: []uint64{7}, Renewed: 1, Closed: []uint64{3},
		Moves:     []MoveReport{{File: "a.bin", Column: 1, Shards: 5, Farmer: common.HexToAddress("0x01"), Agreement: 9}},
		Unhealthy: map[Reason]int{ReasonUnreachable: 5, ReasonLost: 5, ReasonNotRevised: 2},
		Farmers:   []FarmerReport{{Farmer: common.HexToAddress("0x02"), Reason: ReasonUnreachable, Detail: "not answering for 1h0m0s"}},
		Problems:  []string{"probe agreement 4: busy", "two\nlines"},
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, r) {
		t.Fatalf("JSON round trip:\n got %+v\nwant %+v", back, r)
	}
	var text bytes.Buffer
	if err := r.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"2 files checked, 12 shards lost, 10 repaired (5 segments), 1 agreements ended, 1 renewed, 1 closed, 1 files failed, 2 segments below k, 1 lost, 2 problems",
		"unhealthy shards: lost 5 not-in-revision 2 unreachable 5",
		"a.bin: 5 segments 3+3, fewest healthy 4 (repair at 5), repaired 5 segments (10 shards)",
		"b.bin: 2 segments 3+3, fewest healthy 2 (repair at 5), 2 shards under ended agreements, 2 BELOW k, 1 LOST, failed (see problems)",
		"moved: a.bin column 1, 5 shards, to farmer 0x0000000000000000000000000000000000000001 under agreement 9",
		"ended: agreement 7", "closed: agreement 3 (its farmer is leaving", "problem: probe agreement 4: busy", "problem: two; lines\n", "(1.5s)",
	} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, text.String())
		}
	}
}

// A joined error becomes one problem line per part, each on one line.
func TestErrLines(t *testing.T) {
	err := fmt.Errorf("outer: %w", errors.New("a\nb"))
	got := errLines(errors.Join(errors.Join(errors.New("x"), errors.New("y")), err))
	if want := []string{"x", "y", "outer: a; b"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("errLines = %q, want %q", got, want)
	}
}
