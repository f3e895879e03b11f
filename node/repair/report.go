package repair

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/renter"
)

// Report is what one pass found and did. It marshals to JSON as is (`granary renter repair --json`)
// and prints as text with WriteText.
type Report struct {
	Started        time.Time        `json:"started"`
	Finished       time.Time        `json:"finished"`
	Files          []FileReport     `json:"files"`
	ShardsLost     int              `json:"shardsLost"`          // unhealthy shards found (each reason in Unhealthy), but those of exiting farmers
	ShardsRepaired int              `json:"shardsRepaired"`      // rebuilt, co-signed in by a new farmer and in the manifest
	Dropped        int              `json:"dropped"`             // moved shards the old farmers' agreements dropped
	Ended          []uint64         `json:"ended,omitempty"`     // agreements holding our shards that ended (not repaired)
	Renewed        int              `json:"renewed"`             // agreements renewed because they were about to end
	Closed         []uint64         `json:"closed,omitempty"`    // agreements of exiting farmers closed on chain once emptied
	Settled        []renter.Settled `json:"settled,omitempty"`   // agreements settled: their farmer disqualified, or ended
	Catalogue      *renter.Backup   `json:"catalogue,omitempty"` // the catalogue object stored this pass (the catalogue changed, or its object was at risk)
	Moves          []MoveReport     `json:"moves,omitempty"`     // rebuilt columns placed this pass
	Unhealthy      map[Reason]int   `json:"unhealthy"`           // unhealthy shards, by reason
	Farmers        []FarmerReport   `json:"farmers,omitempty"`   // farmers found unhealthy, and why
	Problems       []string         `json:"problems,omitempty"`  // one line each
}

// FileReport is one file's state as the pass found it, and what it repaired.
type FileReport struct {
	Name          string `json:"name"`
	Segments      int    `json:"segments"`
	K             int    `json:"k"`
	M             int    `json:"m"`
	Threshold     int    `json:"threshold"`     // repair at or below this many healthy shards
	MinHealthy    int    `json:"minHealthy"`    // fewest healthy shards of any segment, before repair (-1: not judged)
	Degraded      int    `json:"degraded"`      // segments missing shards, left alone above the threshold
	BelowK        int    `json:"belowK"`        // segments with fewer than k healthy shards: lost unless a last-resort fetch saves them
	Lost          int    `json:"lost"`          // segments with fewer than k shards anyone could serve: beyond repair
	Ended         int    `json:"ended"`         // shards under agreements that ended (counted healthy, not repaired)
	Repaired      int    `json:"repaired"`      // segments whose unhealthy shards were all replaced
	ShardsRebuilt int    `json:"shardsRebuilt"` // shards rebuilt and placed
	Err           string `json:"error,omitempty"`
}

// MoveReport is one rebuilt column placed with a new farmer.
type MoveReport struct {
	File      string         `json:"file"`
	Column    int            `json:"column"`
	Shards    int            `json:"shards"`
	Farmer    common.Address `json:"farmer"`
	Agreement uint64         `json:"agreement"`
}

// FarmerReport says why a farmer's shards were judged unhealthy.
type FarmerReport struct {
	Farmer common.Address `json:"farmer"`
	Reason Reason         `json:"reason"`
	Detail string         `json:"detail,omitempty"`
}

// Repaired returns the number of segments repaired in all files.
func (r Report) Repaired() int {
	n := 0
	for _, f := range r.Files {
		n += f.Repaired
	}
	return n
}

// Summary is a one-line account of the pass.
func (r Report) Summary() string {
	var belowK, lost, failed int
	for _, f := range r.Files {
		belowK += f.BelowK
		lost += f.Lost
		if f.Err != "" {
			failed++
		}
	}
	return fmt.Sprintf("%d files checked, %d shards lost, %d repaired (%d segments), %d agreements ended, %d renewed, %d closed, %d files failed, %d segments below k, %d lost, %d problems",
		len(r.Files), r.ShardsLost, r.ShardsRepaired, r.Repaired(), len(r.Ended), r.Renewed, len(r.Closed), failed, belowK, lost, len(r.Problems))
}

// WriteText prints the report for a person: the summary, then one line per fact.
func (r Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "repair pass %s (%s)\n", r.Started.Format(time.RFC3339), r.Finished.Sub(r.Started).Round(time.Millisecond))
	fmt.Fprintf(&b, "%s\n", r.Summary())
	if len(r.Unhealthy) > 0 {
		reasons := make([]string, 0, len(r.Unhealthy))
		for k := range r.Unhealthy {
			reasons = append(reasons, string(k))
		}
		sort.Strings(reasons)
		b.WriteString("unhealthy shards:")
		for _, k := range reasons {
			fmt.Fprintf(&b, " %s %d", k, r.Unhealthy[Reason(k)])
		}
		b.WriteString("\n")
	}
	for _, f := range r.Farmers {
		fmt.Fprintf(&b, "farmer %s: %s", f.Farmer, f.Reason)
		if f.Detail != "" {
			fmt.Fprintf(&b, " (%s)", f.Detail)
		}
		b.WriteString("\n")
	}
	for _, f := range r.Files {
		fmt.Fprintf(&b, "  %s: %d segments %d+%d, fewest healthy %d (repair at %d)", f.Name, f.Segments, f.K, f.M, f.MinHealthy, f.Threshold)
		if f.Repaired > 0 {
			fmt.Fprintf(&b, ", repaired %d segments (%d shards)", f.Repaired, f.ShardsRebuilt)
		}
		if f.Degraded > 0 {
			fmt.Fprintf(&b, ", %d degraded above the threshold", f.Degraded)
		}
		if f.Ended > 0 {
			fmt.Fprintf(&b, ", %d shards under ended agreements", f.Ended)
		}
		if f.BelowK > 0 {
			fmt.Fprintf(&b, ", %d BELOW k", f.BelowK)
		}
		if f.Lost > 0 {
			fmt.Fprintf(&b, ", %d LOST", f.Lost)
		}
		if f.Err != "" {
			b.WriteString(", failed (see problems)")
		}
		b.WriteString("\n")
	}
	for _, m := range r.Moves {
		fmt.Fprintf(&b, "  moved: %s column %d, %d shards, to farmer %s under agreement %d\n", m.File, m.Column, m.Shards, m.Farmer, m.Agreement)
	}
	for _, id := range r.Ended {
		fmt.Fprintf(&b, "  ended: agreement %d\n", id)
	}
	for _, id := range r.Closed {
		fmt.Fprintf(&b, "  closed: agreement %d (its farmer is leaving and it holds nothing: collateral back, no penalty, unused escrow back)\n", id)
	}
	for _, st := range r.Settled {
		fmt.Fprintf(&b, "  settled: agreement %d with farmer %s (%s): what it held for the renter came back\n", st.ID, st.Farmer, st.Why)
	}
	if c := r.Catalogue; c != nil {
		fmt.Fprintf(&b, "  catalogue: %d files stored in the network (anchor %d, kept by %d farmers)\n", c.Files, c.Number, c.Anchored)
	}
	for _, p := range r.Problems {
		fmt.Fprintf(&b, "  problem: %s\n", oneLine(p))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
