package report

import (
	"io"
	"strconv"
	"testing"
	"time"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/model"
)

func benchItems(n int) []Item {
	rec := gkeRecord("organizations/1/sources/2/findings/bench", t0, itemScript)
	rep := model.Analyze([]byte(itemScript))
	related := []*finding.Record{gkeRecord("organizations/1/sources/2/findings/rel", t0.Add(time.Minute), "")}
	items := make([]Item, n)
	for i := range items {
		items[i] = ItemFor(rec, rep, nil, related)
		items[i].Name += strconv.Itoa(i)
	}
	return items
}

func BenchmarkReport1000Findings(b *testing.B) {
	items := benchItems(1000)
	for _, f := range []Format{FormatMarkdown, FormatJSON, FormatCSV} {
		b.Run(string(f), func(b *testing.B) {
			for b.Loop() {
				if err := Write(io.Discard, f, items, Meta{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestFileName(t *testing.T) {
	got := FileName(time.Date(2026, 11, 28, 1, 52, 0, 0, time.FixedZone("x", 3600)), FormatMarkdown)
	if got != "pytriage-report-20261128T005200Z.md" {
		t.Errorf("FileName = %q", got)
	}
}
