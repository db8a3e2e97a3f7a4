package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/triage"
	"github.com/pytriage/pytriage/samples"
)

// sampleNames returns the names of the embedded sample findings that carry
// a Python script file, in load order.
func sampleNames(t *testing.T) []string {
	t.Helper()
	srcs, err := finding.FSSources(samples.FS, samples.Root)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for r, err := range finding.Load(context.Background(), srcs, finding.Options{}) {
		if err != nil {
			continue
		}
		if s, ok := finding.ScriptOf(&r.Finding); ok && !s.Literal && s.Language == finding.LangPython {
			names = append(names, r.Finding.Name)
		}
	}
	if len(names) < 3 {
		t.Fatalf("only %d sample findings with scripts", len(names))
	}
	return names
}

// decidedStore writes decisions into a new store and returns its path.
func decidedStore(t *testing.T, ds []triage.Decision) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "triage.db")
	s, err := triage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Decide(context.Background(), ds); err != nil {
		t.Fatal(err)
	}
	return path
}

type reportDoc struct {
	Schema   string `json:"schema"`
	Findings []struct {
		Name       string `json:"name"`
		Verdict    string `json:"verdict"`
		Classifier *struct {
			Verdict string `json:"verdict"`
		} `json:"classifier"`
		Decisions []struct {
			Analyst string `json:"analyst"`
			Note    string `json:"note"`
		} `json:"decisions"`
		NextSteps []json.RawMessage `json:"next_steps"`
	} `json:"findings"`
}

func TestReportOnSamples(t *testing.T) {
	names := sampleNames(t)
	old := time.Now().Add(-30 * 24 * time.Hour)
	db := decidedStore(t, []triage.Decision{
		{Finding: names[0], Verdict: triage.Malicious, Analyst: "alice", Note: "reverse shell \x1b]52;c;eA==\x07 | `x`"},
		{Finding: names[1], Verdict: triage.FalsePositive, Analyst: "bob", Note: "ops script"},
		{Finding: names[2], Verdict: triage.Escalate, Analyst: "alice", Time: old},
		{Finding: names[2], Verdict: triage.Clear, Analyst: "alice", Time: old.Add(time.Minute)},
		{Finding: "organizations/1/sources/2/findings/not-loaded", Verdict: triage.Benign, Analyst: "carol"},
	})

	t.Run("json", func(t *testing.T) {
		code, out, errs := run(t, "", "report", "--db", db, "--format", "json")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if !strings.Contains(errs, "1 decided findings are not in the loaded sources") {
			t.Errorf("no warning about the finding that is not loaded: %q", errs)
		}
		var doc reportDoc
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, f := range doc.Findings {
			got[f.Name] = f.Verdict
			if f.Classifier == nil || len(f.Decisions) == 0 || len(f.NextSteps) == 0 {
				t.Errorf("%s: missing evidence, history or next steps", f.Name)
			}
		}
		want := map[string]string{names[0]: "malicious", names[1]: "false_positive"}
		if len(got) != len(want) || got[names[0]] != want[names[0]] || got[names[1]] != want[names[1]] {
			t.Errorf("findings %v, want %v (a cleared finding is not decided)", got, want)
		}
		if doc.Findings[0].Verdict != "malicious" {
			t.Errorf("malicious findings come first, got %s", doc.Findings[0].Verdict)
		}
	})

	t.Run("markdown", func(t *testing.T) {
		code, out, errs := run(t, "", "report", "--db", db, "--analyst", "carol")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		for _, s := range []string{"# pytriage triage report", "`" + names[0] + "`", "`" + names[1] + "`",
			"**malicious**", "**false positive**", "`carol`", "reverse shell ␛]52;c;eA==␇ | `x`"} {
			if !strings.Contains(out, s) {
				t.Errorf("markdown lacks %q", s)
			}
		}
		if strings.ContainsAny(out, "\x1b\x07\r") {
			t.Error("markdown holds raw control characters")
		}
	})

	t.Run("verdict and since filters", func(t *testing.T) {
		for _, tt := range []struct {
			args []string
			want []string
		}{
			{[]string{"--verdict", "fp"}, []string{names[1]}},
			{[]string{"--verdict", "malicious,false_positive"}, []string{names[0], names[1]}},
			{[]string{"--verdict", "clear"}, []string{names[2]}},
			{[]string{"--since", "7d", "--verdict", "all"}, []string{names[0], names[1]}},
			{[]string{"--since", old.Add(-time.Hour).UTC().Format(time.RFC3339), "--verdict", "clear"}, []string{names[2]}},
		} {
			args := append([]string{"report", "--db", db, "--format", "json"}, tt.args...)
			code, out, errs := run(t, "", args...)
			if code != 0 {
				t.Fatalf("%v: exit %d: %s", tt.args, code, errs)
			}
			var doc reportDoc
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range doc.Findings {
				got = append(got, f.Name)
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("%v: got %v, want %v", tt.args, got, tt.want)
			}
		}
	})

	t.Run("out file", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "report.csv")
		if code, _, errs := run(t, "", "report", "--db", db, "--format", "csv", "--out", out); code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		b, err := os.ReadFile(out)
		if err != nil || !strings.Contains(string(b), names[0]) || !strings.Contains(string(b), "false_positive") {
			t.Fatalf("csv report: %v\n%s", err, b)
		}
		if code, _, errs := run(t, "", "report", "--db", db, "--out", out); code != 1 || !strings.Contains(errs, "already exists") {
			t.Errorf("overwrite without --force: exit %d, %s", code, errs)
		}
		if code, _, errs := run(t, "", "report", "--db", db, "--out", out, "--force"); code != 0 {
			t.Errorf("--force: exit %d, %s", code, errs)
		}
	})
}

func TestReportErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.db")
	tests := []struct {
		args   []string
		code   int
		errHas string
	}{
		{[]string{"report", "--db", missing}, 1, "no triage store at"},
		{[]string{"report", "--format", "pdf"}, 2, "unknown report format"},
		{[]string{"report", "--verdict", "maybe"}, 2, "unknown verdict"},
		{[]string{"report", "--since", "last tuesday"}, 2, "neither a duration"},
	}
	for _, tt := range tests {
		code, _, errs := run(t, "", tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.errHas) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, code, errs, tt.code, tt.errHas)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("report created a store")
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Time
	}{
		{"36h", now.Add(-36 * time.Hour)},
		{"7d", now.Add(-7 * 24 * time.Hour)},
		{"2w", now.Add(-14 * 24 * time.Hour)},
		{"2026-11-20", time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)},
		{"2026-11-20T08:00:00+01:00", time.Date(2026, 11, 20, 7, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		got, err := parseSince(tt.in, now)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("parseSince(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "-3h", "yesterday", "3x"} {
		if _, err := parseSince(bad, now); err == nil {
			t.Errorf("parseSince(%q) accepted", bad)
		}
	}
}
