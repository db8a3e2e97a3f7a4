package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/pytriage/pytriage/ui/safe"
)

// csvHeader names the CSV columns: one row per finding.
var csvHeader = []string{
	"finding", "category", "severity", "state", "event_time", "resource", "project",
	"workload", "container", "image", "script", "sha256", "integrity", "virustotal_url",
	"classifier_score", "classifier_verdict", "detectors", "techniques",
	"verdict", "decided_by", "decided_at", "note", "related", "source",
}

// noteColumn is the one multi-line column.
var noteColumn = slices.Index(csvHeader, "note")

// CSV writes one row per item under a header row (meta has no place in
// CSV; the other formats carry it). Cells are escaped by
// ui/safe (notes keep their line breaks, which CSV quotes), and any cell
// that starts with = + - @ tab or CR gets a leading ' so a spreadsheet
// shows it as text instead of evaluating it (CSV injection).
func CSV(w io.Writer, items []Item, meta Meta) error {
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	for i := range items {
		cw.Write(csvRow(&items[i]))
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("report: write csv: %w", err)
	}
	return nil
}

func csvRow(it *Item) []string {
	var script, sha, integrity, vt string
	if s := it.Script; s != nil {
		script = s.Path
		if s.Literal {
			script = "literal (" + lastPathElem(s.Interpreter) + " -c)"
		}
		sha, integrity, vt = s.SHA256, s.Integrity, s.VirusTotal
	}
	var score, cverdict string
	var detectors, techniques []string
	if c := it.Classifier; c != nil {
		score = strconv.FormatFloat(c.Score, 'f', 4, 64)
		cverdict = c.Verdict
		seen := map[string]bool{}
		for _, h := range c.Hits {
			detectors = append(detectors, h.Detector)
			for _, t := range h.Techniques {
				if !seen[t] {
					seen[t] = true
					techniques = append(techniques, t)
				}
			}
		}
	}
	var by, at, note string
	if n := len(it.Decisions); n > 0 {
		d := it.Decisions[n-1]
		by, at, note = d.Analyst, csvTime(d.Time), d.Note
	}
	var related []string
	for _, r := range it.Related {
		related = append(related, r.Name)
	}
	row := []string{
		it.Name, it.Category, it.Severity, it.State, csvTime(it.EventTime), it.Resource.Name, it.Resource.Project,
		it.Resource.Short, it.Resource.Container, it.Resource.Image, script, sha, integrity, vt,
		score, cverdict, strings.Join(detectors, " "), strings.Join(techniques, " "),
		it.Verdict, by, at, note, strings.Join(related, " "), it.Source,
	}
	for i, v := range row {
		if i == noteColumn { // keep the note's lines
			row[i] = csvCell(safe.EscapeMultiline(v))
			continue
		}
		row[i] = csvCell(safe.Escape(v))
	}
	return row
}

// csvCell defuses a cell a spreadsheet would read as a formula.
func csvCell(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// csvTime is RFC 3339 in UTC, empty when unknown.
func csvTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
