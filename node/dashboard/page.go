package dashboard

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"math/big"
	"strings"
	"time"
)

// pageRenderer renders the page from a snapshot.
type pageRenderer struct{ t *template.Template }

func newPageRenderer() (*pageRenderer, error) {
	t, err := template.New("page.html").Funcs(template.FuncMap{
		"chart":    earningsChart,
		"short":    shortID,
		"pct":      func(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) },
		"duration": humanDuration,
		"days": func(d float64) string {
			if d <= 0 {
				return "unknown"
			}
			return humanDuration(d * 86400)
		},
		"periodsLeft": func(f float64) string {
			if f < 0 {
				return "unknown"
			}
			return fmt.Sprintf("%.0f", f)
		},
		"deadline": func(secs float64, now time.Time) int64 {
			if secs <= 0 {
				return 0
			}
			return now.Add(time.Duration(secs * float64(time.Second))).UnixMilli()
		},
		"barShare": func(part, whole int64) string {
			if whole <= 0 {
				return "0"
			}
			return fmt.Sprintf("%.2f", 100*float64(part)/float64(whole))
		},
		"eq":    func(a, b int) bool { return a == b },
		"unix":  func(sec int64) string { return time.Unix(sec, 0).UTC().Format("2006-01-02 15:04:05 UTC") },
		"clock": func(sec int64) string { return time.Unix(sec, 0).UTC().Format("15:04:05") },
	}).ParseFS(assets, "templates/page.html")
	if err != nil {
		return nil, fmt.Errorf("dashboard: parse page template: %w", err)
	}
	return &pageRenderer{t: t}, nil
}

func (p *pageRenderer) render(w io.Writer, s Snapshot) error {
	var b bytes.Buffer // render fully first: a template error never leaves half a page
	if err := p.t.Execute(&b, s); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

// shortID abbreviates a long identifier (address, peer id) for narrow screens: 0x1234…abcd.
func shortID(s string) string {
	if len(s) <= 14 {
		return s
	}
	return s[:6] + "…" + s[len(s)-4:]
}

func humanDuration(secs float64) string {
	if secs >= 3*365*86400 {
		return fmt.Sprintf("%.0f years", secs/(365*86400))
	}
	d := time.Duration(secs * float64(time.Second))
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm %02ds", int(d.Minutes()), int(d.Seconds())%60)
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh %02dm", int(d.Hours()), int(d.Minutes())%60)
	default:
		return fmt.Sprintf("%.1f days", d.Hours()/24)
	}
}

// earningsChart draws the earnings per period as an SVG bar chart: earned bars for proven periods,
// lighter bars for what the current and future periods pay if proven, and a red mark under missed
// periods. Each bar carries its period and exact amount (data-* attributes and a tooltip).
func earningsChart(e EarningsView) template.HTML {
	const W, H, top, bottom, left = 720.0, 200.0, 12.0, 24.0, 4.0
	n := len(e.Periods)
	if n == 0 {
		return ""
	}
	maxV, _ := new(big.Float).SetString(e.Max.Wei)
	if maxV == nil || maxV.Sign() == 0 {
		maxV = big.NewFloat(1)
	}
	slot := (W - left) / float64(n)
	barW := slot * 0.78
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %.0f %.0f" role="img" aria-label="Earnings per period, periods %d to %d">`, W, H, e.From, e.To)
	// gridlines at 50% and 100% of the tallest bar
	for _, f := range []float64{0.5, 1} {
		y := H - bottom - f*(H-bottom-top)
		fmt.Fprintf(&b, `<line class="grid" x1="0" x2="%.0f" y1="%.1f" y2="%.1f"/>`, W, y, y)
	}
	fmt.Fprintf(&b, `<text class="axis" x="%.0f" y="%.1f" text-anchor="end">%s GRN</text>`, W-2, top-2, template.HTMLEscapeString(e.Max.Text))
	for i, p := range e.Periods {
		x := left + float64(i)*slot + (slot-barW)/2
		val, cls := p.Earned, "earned"
		if p.State == "current" || p.State == "future" {
			val, cls = p.Forecast, "forecast"
		}
		v, _ := new(big.Float).SetString(val.Wei)
		h := 0.0
		if v != nil {
			f, _ := new(big.Float).Quo(v, maxV).Float64()
			h = f * (H - bottom - top)
		}
		if h > 0 && h < 1 {
			h = 1
		}
		fmt.Fprintf(&b, `<rect class="bar %s %s" x="%.1f" y="%.1f" width="%.1f" height="%.1f" data-period="%d" data-state="%s" data-earned="%s" data-forecast="%s"><title>period %d: %s — %s GRN</title></rect>`,
			cls, p.State, x, H-bottom-h, barW, h, p.Period, p.State, p.Earned.Wei, p.Forecast.Wei, p.Period, p.State, template.HTMLEscapeString(val.Text))
		if p.State == "missed" || p.State == "unproven" {
			fmt.Fprintf(&b, `<rect class="mark %s" x="%.1f" y="%.1f" width="%.1f" height="4"/>`, p.State, x, H-bottom+2, barW)
		}
	}
	// period labels: first, current, last
	labels := map[int]bool{0: true, n - 1: true}
	for i, p := range e.Periods {
		if p.State == "current" || (i > 0 && e.Periods[i-1].Period < e.To-uint32(e.ForecastLen) && p.Period == e.To-uint32(e.ForecastLen)) {
			labels[i] = true
		}
	}
	for i := range labels {
		x := left + float64(i)*slot + slot/2
		anchor := "middle"
		if i == 0 {
			anchor = "start"
			x = left
		} else if i == n-1 {
			anchor = "end"
			x = W - 2
		}
		fmt.Fprintf(&b, `<text class="axis" x="%.1f" y="%.0f" text-anchor="%s">%d</text>`, x, H-6, anchor, e.Periods[i].Period)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
