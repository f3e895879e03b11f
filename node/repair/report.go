package repair

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Report is what one pass found and did. It marshals to JSON as is (`granary renter repair --json`)
// and prints as text with WriteText.
type Report struct {
	Started   time.Time      `json:"started"`
	Finished  time.Time      `json:"finished"`
	Files     []FileReport   `json:"files"`
	Deals     []DealReport   `json:"deals"`             // deals made this pass, and interrupted ones completed
	Cancelled []uint64       `json:"cancelled"`         // deals cancelled this pass: replaced, or made twice
	Recovered int            `json:"recovered"`         // deals of an interrupted pass put in the manifest
	Unhealthy map[Reason]int `json:"unhealthy"`         // unhealthy shards seen, by reason
	Errors    []string       `json:"errors,omitempty"`  // problems that did not stop the pass
	Farmers   []FarmerReport `json:"farmers,omitempty"` // farmers found unhealthy, and why
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
	Repaired      int    `json:"repaired"`      // segments whose unhealthy shards were all replaced
	ShardsRebuilt int    `json:"shardsRebuilt"` // shards rebuilt and placed
	Err           string `json:"error,omitempty"`
}

// DealReport is a deal repair made.
type DealReport struct {
	File      string         `json:"file"`
	Column    int            `json:"column"`
	Segments  int            `json:"segments"`
	Farmer    common.Address `json:"farmer"`
	DealID    uint64         `json:"dealId"`
	Recovered bool           `json:"recovered,omitempty"` // completed from the journal of an interrupted pass
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
	return fmt.Sprintf("%d files checked, %d segments repaired, %d deals made (%d recovered), %d cancelled, %d files failed, %d segments below k, %d lost",
		len(r.Files), r.Repaired(), len(r.Deals), r.Recovered, len(r.Cancelled), failed, belowK, lost)
}

// WriteText prints the report for a person.
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
		if f.BelowK > 0 {
			fmt.Fprintf(&b, ", %d BELOW k", f.BelowK)
		}
		if f.Lost > 0 {
			fmt.Fprintf(&b, ", %d LOST", f.Lost)
		}
		if f.Err != "" {
			fmt.Fprintf(&b, ", error: %s", f.Err)
		}
		b.WriteString("\n")
	}
	for _, d := range r.Deals {
		rec := ""
		if d.Recovered {
			rec = " (recovered)"
		}
		fmt.Fprintf(&b, "  deal %d: %s column %d, %d segments, farmer %s%s\n", d.DealID, d.File, d.Column, d.Segments, d.Farmer, rec)
	}
	for _, id := range r.Cancelled {
		fmt.Fprintf(&b, "  cancelled deal %d\n", id)
	}
	for _, e := range r.Errors {
		fmt.Fprintf(&b, "  error: %s\n", e)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
