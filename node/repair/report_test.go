package repair

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// A report survives JSON unchanged (what the CLI prints with --json), and its text names what a
// person needs: the totals, each file's state, each deal and cancellation, the errors.
func TestReportFormats(t *testing.T) {
	start := time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)
	r := Report{
		Started: start, Finished: start.Add(1500 * time.Millisecond),
		Files: []FileReport{
			{Name: "a.bin", Segments: 5, K: 3, M: 3, Threshold: 5, MinHealthy: 4, Repaired: 5, ShardsRebuilt: 10},
			{Name: "b.bin", Segments: 2, K: 3, M: 3, Threshold: 5, MinHealthy: 2, BelowK: 2, Lost: 1, Err: "rebuild 2 shards: not enough shards"},
		},
		Deals:     []DealReport{{File: "a.bin", Column: 1, Segments: 5, Farmer: common.HexToAddress("0x01"), DealID: 9, Recovered: true}},
		Cancelled: []uint64{3},
		Recovered: 1,
		Unhealthy: map[Reason]int{ReasonUnreachable: 5, ReasonLost: 5},
		Farmers:   []FarmerReport{{Farmer: common.HexToAddress("0x02"), Reason: ReasonUnreachable, Detail: "not answering for 1h0m0s"}},
		Errors:    []string{"audit deal 4: busy"},
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
		"2 files checked, 5 segments repaired, 1 deals made (1 recovered), 1 cancelled, 1 files failed, 2 segments below k, 1 lost",
		"unhealthy shards: lost 5 unreachable 5",
		"a.bin: 5 segments 3+3, fewest healthy 4 (repair at 5), repaired 5 segments (10 shards)",
		"b.bin: 2 segments 3+3, fewest healthy 2 (repair at 5), 2 BELOW k, 1 LOST, error: rebuild 2 shards",
		"deal 9: a.bin column 1, 5 segments, farmer 0x0000000000000000000000000000000000000001 (recovered)",
		"cancelled deal 3", "error: audit deal 4: busy", "(1.5s)",
	} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, text.String())
		}
	}
}
