package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

// FuzzReports puts one arbitrary string in every text field of an item and
// checks the properties every format must keep: Markdown is terminal-safe,
// keeps its tables whole and its fences closed, and shows the text only as
// code; JSON is printable ASCII; CSV parses back to the same shape with no
// cell a spreadsheet would evaluate.
func FuzzReports(f *testing.F) {
	f.Add(hostile)
	f.Add("")
	f.Add("`")
	f.Add("a\\|b")
	f.Add("\xff\xfe\r\n\x00")
	f.Add("=1+1\n@x\t-y")
	f.Add("```\n````\n`````")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		it := fixtureItems()[1]
		it.Name, it.Category, it.Severity, it.State, it.Console, it.Source = s, s, s, s, s, s
		it.Resource = Resource{Name: s, Short: s, Project: s, Image: s, Digest: s, Pod: s}
		it.Script.Path, it.Script.Args, it.Script.SHA256, it.Script.IntegrityDetail = s, []string{s, s}, s, s
		it.Classifier.Hits[0].Message, it.Classifier.Hits[0].Detector = s, s
		it.Classifier.Flagged = []Line{{1, s}}
		it.Classifier.Layers[0].Text = s
		it.Classifier.Notes = []string{s}
		it.Decisions[0].Note, it.Decisions[0].Analyst, it.Decisions[0].Verdict = s, s, s
		it.Related[0].Name, it.Related[0].Category = s, s
		it.NextSteps = []NextStep{{Title: s, Command: s}, {Title: s, Withheld: s}}
		items := []Item{it}
		meta := Meta{Analyst: s, Store: s, Filter: s, Version: s}

		var md bytes.Buffer
		if err := Markdown(&md, items, meta); err != nil {
			t.Fatal(err)
		}
		if p := terminalUnsafe(md.Bytes()); p != "" {
			t.Fatalf("markdown: %s", p)
		}
		prose, problem := markdownProse(md.String())
		if problem != "" {
			t.Fatalf("markdown: %s", problem)
		}
		if len(s) >= 8 && strings.Contains(prose, s) && strings.Trim(s, " ") != "" {
			t.Fatalf("markdown: the text appears outside code")
		}

		var js bytes.Buffer
		if err := JSON(&js, items, meta); err != nil {
			t.Fatal(err)
		}
		for _, c := range js.Bytes() {
			if (c < 0x20 || c > 0x7E) && c != '\n' {
				t.Fatalf("json: byte %#x", c)
			}
		}

		var cs bytes.Buffer
		if err := CSV(&cs, items, meta); err != nil {
			t.Fatal(err)
		}
		if p := terminalUnsafe(cs.Bytes()); p != "" {
			t.Fatalf("csv: %s", p)
		}
		rows, err := csv.NewReader(&cs).ReadAll()
		if err != nil || len(rows) != 2 || len(rows[1]) != len(csvHeader) {
			t.Fatalf("csv does not parse back: %v, %d rows", err, len(rows))
		}
		for _, c := range rows[1] {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				t.Fatalf("csv cell %q", c)
			}
		}
	})
}
