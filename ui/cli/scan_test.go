package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pytriage/pytriage/model"
)

// fakeAnalyze scores text containing EVIL at 0.9 with two hits, anything
// else at 0.05: scan's plumbing is tested apart from the classifier.
func fakeAnalyze(src string) *model.Report {
	if !strings.Contains(string(src), "EVIL") {
		return &model.Report{Score: 0.05, Verdict: model.VerdictBenign}
	}
	hits := []model.Hit{
		{Detector: "reverse-shell", Title: "Reverse shell", Techniques: []string{"T1059.004", "T1095"},
			Severity: model.SeverityCritical, Lines: []int{2, 3}, Weight: 2.5, Message: "socket \x1b[31m\u202e dup2"},
		{Detector: "process-spawn", Title: "Process spawn", Techniques: nil,
			Severity: model.SeverityLow, Lines: []int{3}, Weight: 0.5, Message: "spawn"},
	}
	return &model.Report{Score: 0.9, Verdict: model.VerdictMalicious, Hits: hits,
		Lines: []model.LineWeight{{Line: 2, Weight: 2.5, Detectors: []string{"reverse-shell"}},
			{Line: 3, Weight: 3, Detectors: []string{"reverse-shell", "process-spawn"}}}}
}

func withFakeAnalyzer(t *testing.T) {
	old := scanAnalyze
	scanAnalyze = fakeAnalyze
	t.Cleanup(func() { scanAnalyze = old })
}

func TestScanExitCodes(t *testing.T) {
	withFakeAnalyzer(t)
	export := `{"finding":{"name":"organizations/1/sources/2/findings/f1","category":"Execution: Malicious Python executed",` +
		`"processes":[{"binary":{"path":"/usr/bin/python3"},"args":["python3","-c","print('EVIL')"]}]}}`
	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		outHas string
		errHas string
	}{
		{"clean file", "", []string{"scan", "testdata/scan/clean.py"}, 0, "benign", ""},
		{"flagged file", "", []string{"scan", "testdata/scan/sub/evil.py"}, 1, "malicious", ""},
		{"any name is a script", "", []string{"scan", "testdata/scan/notes.txt"}, 1, "notes.txt", ""},
		{"directory walks .py only", "", []string{"scan", "testdata/scan"}, 1, "2 script(s), 1 at or above", ""},
		{"threshold above", "", []string{"scan", "--threshold", "0.95", "testdata/scan/sub/evil.py"}, 0, "0 at or above 0.95", ""},
		{"threshold zero", "", []string{"scan", "--threshold", "0", "testdata/scan/clean.py"}, 1, "", ""},
		{"missing file", "", []string{"scan", "testdata/scan/nope.py"}, 2, "", "nope.py"},
		{"error wins over flagged", "", []string{"scan", "testdata/scan/sub/evil.py", "testdata/scan/nope.py"}, 2, "malicious", "nope.py"},
		{"stdin script", "print('EVIL')\n", []string{"scan", "-"}, 1, " -\n", ""},
		{"stdin export", export, []string{"scan", "-"}, 1, "findings/f1", ""},
		{"export file", "", []string{"scan", "testdata/good.jsonl"}, 0, "2 script(s)", ""},
		{"bad export record", "", []string{"scan", "testdata/bad.jsonl"}, 2, "", "record 1"},
		{"stdin twice", "x", []string{"scan", "-", "-"}, 2, "", "more than once"},
		{"no paths", "", []string{"scan"}, 2, "", "at least one PATH"},
		{"bad format", "", []string{"scan", "--format", "xml", "testdata/scan"}, 2, "", "--format"},
		{"bad threshold", "", []string{"scan", "--threshold", "2", "testdata/scan"}, 2, "", "--threshold"},
		{"NaN threshold", "", []string{"scan", "--threshold", "NaN", "testdata/scan"}, 2, "", "not a number"},
		{"too large", "", []string{"scan", "--max-size", "10", "testdata/scan/clean.py"}, 2, "", "larger than --max-size"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, tt.stdin, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errs)
			}
			if !strings.Contains(out, tt.outHas) {
				t.Errorf("stdout lacks %q:\n%s", tt.outHas, out)
			}
			if !strings.Contains(errs, tt.errHas) {
				t.Errorf("stderr lacks %q:\n%s", tt.errHas, errs)
			}
		})
	}
}

func TestScanJSON(t *testing.T) {
	withFakeAnalyzer(t)
	code, out, errs := run(t, "", "scan", "--format", "json", "testdata/scan")
	if code != 1 || errs != "" {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("want one line per script, got %d:\n%s", len(lines), out)
	}
	for _, l := range lines {
		for i := 0; i < len(l); i++ {
			if l[i] >= 0x80 || l[i] < 0x20 {
				t.Fatalf("output byte %#x is not printable ASCII: %q", l[i], l)
			}
		}
		var keys map[string]json.RawMessage
		if err := json.Unmarshal([]byte(l), &keys); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		for _, k := range []string{"source", "score", "verdict", "hits", "lines"} {
			if _, ok := keys[k]; !ok {
				t.Errorf("key %q missing: %s", k, l)
			}
		}
	}
	var o scanJSON
	if err := json.Unmarshal([]byte(lines[1]), &o); err != nil {
		t.Fatal(err)
	}
	if o.Source != filepath.Join("testdata", "scan", "sub", "evil.py") || o.Verdict != "malicious" || o.Score != 0.9 {
		t.Errorf("object %+v", o)
	}
	if len(o.Hits) != 2 || o.Hits[0].Detector != "reverse-shell" || o.Hits[0].Severity != "critical" ||
		len(o.Hits[0].Techniques) != 2 || o.Hits[1].Techniques == nil {
		t.Errorf("hits %+v", o.Hits)
	}
	if o.Hits[0].Message != "socket \x1b[31m\u202e dup2" {
		t.Errorf("message must round-trip exactly, got %q", o.Hits[0].Message)
	}
	if len(o.Lines) != 2 || o.Lines[0].Line != 3 || o.Lines[0].Weight < o.Lines[1].Weight {
		t.Errorf("lines not sorted by weight, heaviest first: %+v", o.Lines)
	}
	var clean scanJSON
	json.Unmarshal([]byte(lines[0]), &clean)
	if clean.Hits == nil || clean.Lines == nil || !strings.Contains(lines[0], `"hits":[]`) {
		t.Errorf("empty hits/lines must be [] not null: %s", lines[0])
	}
}

func TestScanTextIsSanitised(t *testing.T) {
	withFakeAnalyzer(t)
	dir := t.TempDir()
	name := filepath.Join(dir, "a\x1b[2Jb\u202ec.py")
	if err := os.WriteFile(name, []byte("EVIL\n"), 0o644); err != nil {
		t.Skip("file system refuses the name:", err)
	}
	code, out, _ := run(t, "", "scan", name)
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	if strings.ContainsAny(out, "\x1b\u202e") {
		t.Fatalf("raw control or bidi character reached the output: %q", out)
	}
	if !strings.Contains(out, "␛") || !strings.Contains(out, "RLO") {
		t.Errorf("hostile characters not shown as tokens: %q", out)
	}
}

func TestLineList(t *testing.T) {
	for _, tc := range []struct {
		in   []int
		want string
	}{{nil, "-"}, {[]int{4}, "L4"}, {[]int{3, 4, 5, 9}, "L3-5,9"}, {[]int{1, 3}, "L1,3"}} {
		if got := lineList(tc.in); got != tc.want {
			t.Errorf("lineList(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := lineRuns([]int{9, 3, 4, 0, 4, 5}); len(got) != 2 || got[0] != [2]int{3, 5} || got[1] != [2]int{9, 9} {
		t.Errorf("lineRuns = %v", got)
	}
}

// TestScanRealModel runs the embedded classifier end to end on a corpus
// reverse shell and a benign ops script.
func TestScanRealModel(t *testing.T) {
	evil := "../../model/corpus/malicious/m001_revshell_pty.py"
	clean := "../../model/corpus/benign/b045_fib.py"
	code, out, errs := run(t, "", "scan", "--format", "json", evil, clean)
	if code != 1 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var a, b scanJSON
	json.Unmarshal([]byte(lines[0]), &a)
	json.Unmarshal([]byte(lines[1]), &b)
	if a.Verdict != "malicious" || len(a.Hits) == 0 || len(a.Lines) == 0 || a.Lines[0].Line < 4 || a.Lines[0].Line > 8 {
		t.Errorf("reverse shell: %+v", a)
	}
	if b.Verdict != "benign" || b.Score >= a.Score {
		t.Errorf("fib: %+v", b)
	}
}

func TestScanStopsWhenCancelled(t *testing.T) {
	withFakeAnalyzer(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	items := []*scanItem{{source: "a.py", text: "EVIL"}, {source: "b.py", text: "x"}}
	analyzeAll(ctx, items, 1<<20)
	for _, it := range items {
		if it.report != nil || it.err == nil || !strings.Contains(it.err.Error(), "not analysed") {
			t.Errorf("%s: report %v, err %v", it.source, it.report, it.err)
		}
	}
}
