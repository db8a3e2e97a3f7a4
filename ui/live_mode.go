package ui

import (
	"fmt"
	"iter"
	"sync"
	"time"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/live"
)

// Live mode (--scc): pages from the SCC API become the workbench's record
// stream, and a progress line (pages, findings, rate) tells the analyst
// how far the listing got. "done" shows only once the last page arrived;
// a listing that ended on an error says it is incomplete, and the error
// is in the load errors overlay (!).

// liveProgress is shared by the loading goroutine (writes) and the status
// bar (reads).
type liveProgress struct {
	mu       sync.Mutex
	pages    int
	findings int
	started  time.Time
	last     time.Time
	done     bool
	failed   bool
}

func (p *liveProgress) String() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case p.failed:
		return fmt.Sprintf("SCC %d pages · %d findings · INCOMPLETE (! shows why)", p.pages, p.findings)
	case p.done:
		return fmt.Sprintf("SCC %d pages · %d findings · done", p.pages, p.findings)
	case p.pages == 0:
		return "SCC listing…"
	}
	rate := 0.0
	if d := p.last.Sub(p.started).Seconds(); d > 0 {
		rate = float64(p.findings) / d
	}
	return fmt.Sprintf("SCC page %d · %d findings · %.0f/s · listing…", p.pages, p.findings, rate)
}

// LiveRecords turns a live listing into the workbench's record stream and
// a progress line for Options.Progress. Stopping the stream (quitting)
// stops the listing.
func LiveRecords(pages iter.Seq2[live.Page, error]) (iter.Seq2[*finding.Record, error], func() string) {
	p := &liveProgress{}
	recs := func(yield func(*finding.Record, error) bool) {
		for page, err := range pages {
			p.mu.Lock()
			if err != nil {
				p.failed = true
			} else {
				p.pages, p.findings = page.Number, page.Total
				p.started, p.last = page.Started, page.Received
			}
			p.mu.Unlock()
			if err != nil {
				yield(nil, err)
				return
			}
			for _, e := range page.Errors {
				if !yield(nil, fmt.Errorf("SCC page %d: %w", page.Number, e)) {
					return
				}
			}
			for _, r := range page.Records {
				if !yield(r, nil) {
					return
				}
			}
			if page.Done { // only once the last page's rows are handed over
				p.mu.Lock()
				p.done = true
				p.mu.Unlock()
			}
		}
	}
	return recs, p.String
}
