package jsonpane

import (
	"strings"
	"testing"
)

func TestFolding(t *testing.T) {
	p := open(t, readFixture(t, "record.json"), 80, 24)
	total := len(p.rows)
	press(p, "j") // "finding": {
	if got := cursorText(p); got != `"finding": {` {
		t.Fatalf("cursor on %q", got)
	}
	press(p, "h")
	if got := cursorText(p); got != `"finding": {…},  11 keys` {
		t.Fatalf("folded row %q", got)
	}
	if len(p.rows) >= total {
		t.Fatalf("folding hid nothing: %d rows of %d", len(p.rows), total)
	}
	press(p, "right")
	if len(p.rows) != total || cursorText(p) != `"finding": {` {
		t.Fatalf("unfold: %d rows (want %d), cursor %q", len(p.rows), total, cursorText(p))
	}
	// h on a leaf moves to its parent; h again folds the parent.
	press(p, "j", "j", "h")
	if got := cursorText(p); got != `"finding": {` {
		t.Fatalf("h on leaf went to %q", got)
	}
	// z folds every container below the top level, z again unfolds all.
	press(p, "z")
	if got := screen(p); !strings.Contains(got, `"finding": {…},  11 keys`) || !strings.Contains(got, `"resource": {…}  2 keys`) {
		t.Fatalf("fold all:\n%s", got)
	}
	press(p, "z")
	if len(p.rows) != total {
		t.Fatalf("unfold all: %d rows, want %d", len(p.rows), total)
	}
}

func TestFoldKeepsCursorOnVisibleAncestor(t *testing.T) {
	p := open(t, []byte(`{"a":{"b":{"c":1}},"d":2}`), 40, 10)
	press(p, "j", "j", "j") // "c": 1
	if got := cursorText(p); got != `"c": 1` {
		t.Fatalf("cursor %q", got)
	}
	p.folded[1] = true // fold "a" from outside (as z does)
	p.rebuild()
	if got := cursorText(p); got != `"a": {…},  1 key` {
		t.Fatalf("cursor after fold %q", got)
	}
}

func TestPathFooter(t *testing.T) {
	p := open(t, []byte(`{"finding":{"processes":[{"args":["python3","-c"]},{"x":1}],"odd key":true}}`), 80, 12)
	tests := []struct {
		down int
		want string
	}{
		{0, "."},
		{1, ".finding"},
		{3, ".finding.processes[0]"},
		{5, ".finding.processes[0].args[0]"},
		{10, ".finding.processes[1].x"},
		{13, `.finding["odd key"]`},
	}
	for _, tt := range tests {
		press(p, "g")
		for range tt.down {
			press(p, "j")
		}
		if got := footerOf(p); !strings.HasPrefix(got, tt.want+" ") {
			t.Errorf("%d down: footer %q, want path %q", tt.down, got, tt.want)
		}
	}
}

func TestJumpToScriptContents(t *testing.T) {
	tests := []struct {
		name, raw, path string
	}{
		{"bare finding", `{"name":"n","processes":[{"script":{"contents":"print(1)"}}]}`, ".processes[0].script.contents"},
		{"wrapped camel", `{"finding":{"processes":[{"binary":{"contents":"no"},"script":{"path":"p","contents":"x"}}]},"resource":{}}`, ".finding.processes[0].script.contents"},
		{"console snake", `{"finding":{"processes":[{"script":{"contents":"x","hashed_size":"1"}}],"source_properties":{}},"resource":{"project_display_name":"p"}}`, ".finding.processes[0].script.contents"},
		{"list results", `{"listFindingsResults":[{"finding":{"processes":[{"script":{"contents":"x"}}]}}]}`, ".listFindingsResults[0].finding.processes[0].script.contents"},
		{"not processes[1]", `{"processes":[{"args":["python3","-c","x"]},{"script":{"contents":"y"}}]}`, ".processes[0].args"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := open(t, []byte(tt.raw), 100, 12)
			press(p, "z", "c") // folded: the jump must unfold the way there
			if got := footerOf(p); !strings.HasPrefix(got, tt.path+" ") {
				t.Fatalf("footer %q, want %q", got, tt.path)
			}
		})
	}
	p := open(t, []byte(`{"finding":{"category":"x"}}`), 80, 12)
	press(p, "c")
	if got := footerOf(p); !strings.Contains(got, "no processes[0].script.contents") {
		t.Fatalf("no-script footer %q", got)
	}
}

func TestLongStringPreviewAndExpand(t *testing.T) {
	long := "short\rhidden\n" + strings.Repeat("A", 500)
	p := open(t, []byte(`{"contents":"`+strings.ReplaceAll(strings.ReplaceAll(long, "\r", `\r`), "\n", `\n`)+`"}`), 60, 12)
	press(p, "j")
	row := cursorText(p)
	if !strings.Contains(row, "…(+") || !strings.HasSuffix(row, ` chars)"`) {
		t.Fatalf("preview %q", row)
	}
	press(p, "x")
	got := screen(p)
	for _, want := range []string{"expanded below: 3 lines", "│ short␍", "│ hidden", "│ AAAA"} {
		if !strings.Contains(got, want) {
			t.Errorf("expanded view lacks %q:\n%s", want, got)
		}
	}
	press(p, "x")
	if strings.Contains(screen(p), "│ hidden") {
		t.Fatal("collapse left the lines")
	}
}

func TestSearch(t *testing.T) {
	p := open(t, readFixture(t, "record.json"), 100, 20)
	press(p, "/")
	if !p.Capturing() {
		t.Fatal("prompt not capturing")
	}
	typeText(p, "PYTHON3")
	if !strings.HasPrefix(footerOf(p), "/PYTHON3") {
		t.Fatalf("prompt footer %q", footerOf(p))
	}
	press(p, "enter") // runs the search command and delivers its result
	if p.Capturing() {
		t.Fatal("still capturing after enter")
	}
	first := footerOf(p)
	if !strings.Contains(first, "match 1/") || !strings.HasPrefix(first, ".finding.processes[0].name") {
		t.Fatalf("after search: %q", first)
	}
	press(p, "n")
	if got := footerOf(p); !strings.HasPrefix(got, ".finding.processes[0].binary.path") || !strings.Contains(got, "match 2/") {
		t.Fatalf("after n: %q", got)
	}
	press(p, "N")
	if got := footerOf(p); got != first {
		t.Fatalf("after N: %q, want %q", got, first)
	}
	press(p, "N") // wraps to the last match
	if got := footerOf(p); !strings.Contains(got, "match 4/4") {
		t.Fatalf("wrap: %q", got)
	}
	press(p, "esc")
	if p.search.query != "" {
		t.Fatal("esc kept the search")
	}
}

func TestStaleSearchResultsDropped(t *testing.T) {
	p := open(t, readFixture(t, "record.json"), 100, 20)
	stale := p.startSearch("python3")
	fresh := p.startSearch("ipAddresses")
	p.Update(stale())
	if p.search.done {
		t.Fatal("stale search results were applied")
	}
	p.Update(fresh())
	if !p.search.done || len(p.search.matches) != 1 {
		t.Fatalf("fresh results: %+v", p.search)
	}
	p.SetRecord(nil)
	p.Update(fresh()) // results for a previous record
	if p.search.done {
		t.Fatal("results of the previous record applied")
	}
}

func TestLargeRecordParsesInCommand(t *testing.T) {
	raw := []byte(`{"contents":"` + strings.Repeat("x", syncParseLimit) + `"}`)
	p := New(nil)
	p.SetSize(60, 5)
	p.SetRecord(nil)
	p.SetRecord(recordT{}.with(raw))
	if !strings.Contains(screen(p), "parsing") {
		t.Fatalf("no parsing note: %q", screen(p))
	}
	cmd := p.Load()
	if cmd == nil {
		t.Fatal("no parse command")
	}
	old := cmd()
	p.SetRecord(recordT{}.with([]byte(`[1]`)))
	p.Update(old) // stale parse of the previous record
	if got := screen(p); !strings.Contains(got, "1") || strings.Contains(got, "contents") {
		t.Fatalf("stale parse shown:\n%s", got)
	}
}

func TestSameRecordKeepsState(t *testing.T) {
	p := open(t, readFixture(t, "record.json"), 80, 24)
	rec := p.rec
	press(p, "j", "h", "j")
	cur, rows := p.cursor, len(p.rows)
	p.SetRecord(rec)
	if p.cursor != cur || len(p.rows) != rows {
		t.Fatalf("refresh reset the pane: cursor %d rows %d, want %d %d", p.cursor, len(p.rows), cur, rows)
	}
}
