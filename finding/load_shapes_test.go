package finding

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

// loadAll loads srcs and returns records and errors in order.
func loadAll(t testing.TB, srcs []Source, opts Options) ([]*Record, []*LoadError) {
	t.Helper()
	var recs []*Record
	var errs []*LoadError
	for r, err := range Load(context.Background(), srcs, opts) {
		if err != nil {
			le, ok := err.(*LoadError)
			if !ok {
				t.Fatalf("error of type %T, want *LoadError: %v", err, err)
			}
			errs = append(errs, le)
			continue
		}
		if r == nil {
			t.Fatal("nil record with nil error")
		}
		recs = append(recs, r)
	}
	return recs, errs
}

func loadFile(t testing.TB, path string) ([]*Record, []*LoadError) {
	t.Helper()
	srcs, err := PathSources([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	return loadAll(t, srcs, Options{})
}

func loadString(t testing.TB, name, data string, opts Options) ([]*Record, []*LoadError) {
	t.Helper()
	return loadAll(t, []Source{bytesSource(name, []byte(data))}, opts)
}

func bytesSource(name string, b []byte) Source {
	return Source{Name: name, Open: func() (io.ReadCloser, error) { return nopCloser{bytes.NewReader(b)}, nil }}
}

// TestLoadShapes loads one fixture per export shape and checks the fields
// each shape carries in its own way (casing, int64 form, resource form).
func TestLoadShapes(t *testing.T) {
	at := time.Date(2026, 11, 1, 10, 0, 0, 123e6, time.UTC)
	tests := []struct {
		file      string
		shapes    []Shape
		project   string // ProjectDisplayName of the first record
		projectID string // Resource.Project of the first record
		line, col int    // Origin of the first record
		rawPrefix string // first bytes of the first record's Raw
	}{
		{"bare_finding.json", []Shape{ShapeBareFinding}, "", "", 1, 1, "{\n  \"name\""},
		{"bare_finding_snake.json", []Shape{ShapeBareFinding}, "", "", 1, 1, "{\n  \"name\""},
		{"bare_array.json", []Shape{ShapeBareFinding, ShapeBareFinding}, "", "", 2, 3, "{\n    \"name\""},
		{"gcloud_array.json", []Shape{ShapeWrapped, ShapeWrapped}, "alpha-prod", "//cloudresourcemanager.googleapis.com/projects/111", 2, 3, "{\n    \"finding\""},
		{"list_findings_v1.json", []Shape{ShapeListResults, ShapeListResults, ShapeListResults}, "alpha-prod", "//cloudresourcemanager.googleapis.com/projects/111", 3, 5, "{\n      \"finding\""},
		{"list_findings_v2.json", []Shape{ShapeListResults}, "beta-run", "//cloudresourcemanager.googleapis.com/projects/222", 4, 5, "{\n      \"finding\""},
		{"pubsub_notification.json", []Shape{ShapeNotification}, "alpha-prod", "//cloudresourcemanager.googleapis.com/projects/111", 1, 1, "{\n  \"notificationConfigName\""},
		{"pubsub_push.json", []Shape{ShapePushEnvelope}, "alpha-prod", "//cloudresourcemanager.googleapis.com/projects/111", 1, 1, "{\"notificationConfigName\""},
		{"pubsub_pull.json", []Shape{ShapePushEnvelope, ShapePushEnvelope}, "alpha-prod", "//cloudresourcemanager.googleapis.com/projects/111", 3, 5, "{\"notificationConfigName\""},
		{"console_tab.json", []Shape{ShapeConsole}, "alpha-prod", "//cloudresourcemanager.googleapis.com/projects/111", 1, 1, "{\n  \"finding\""},
		{"bigquery.jsonl", []Shape{ShapeBigQuery, ShapeBigQuery}, "alpha-prod", "//cloudresourcemanager.googleapis.com/projects/111", 1, 1, "{\"source_id\""},
		{"wrapped.jsonl", []Shape{ShapeWrapped, ShapeWrapped, ShapeWrapped}, "alpha-prod", "//cloudresourcemanager.googleapis.com/projects/111", 1, 1, "{\"finding\""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "load", tt.file)
			recs, errs := loadFile(t, path)
			for _, e := range errs {
				t.Errorf("load error: %v", e)
			}
			if len(recs) != len(tt.shapes) {
				t.Fatalf("got %d records, want %d", len(recs), len(tt.shapes))
			}
			for i, r := range recs {
				if r.Shape != tt.shapes[i] {
					t.Errorf("record %d: shape %q, want %q", i, r.Shape, tt.shapes[i])
				}
				if r.Origin.Index != i || r.Origin.File != path {
					t.Errorf("record %d: origin %+v", i, r.Origin)
				}
				checkCommonFields(t, r, at)
			}
			r := recs[0]
			if r.Resource.ProjectDisplayName != tt.project || r.Resource.Project != tt.projectID {
				t.Errorf("resource project = %q %q, want %q %q", r.Resource.ProjectDisplayName, r.Resource.Project, tt.project, tt.projectID)
			}
			if r.Origin.Line != tt.line || r.Origin.Col != tt.col {
				t.Errorf("origin %d:%d, want %d:%d", r.Origin.Line, r.Origin.Col, tt.line, tt.col)
			}
			if !strings.HasPrefix(string(r.Raw), tt.rawPrefix) {
				t.Errorf("raw starts %q, want %q", r.Raw[:min(len(r.Raw), 30)], tt.rawPrefix)
			}
			checkRawIsSource(t, path, recs)
			golden(t, filepath.Join("testdata", "load", "golden", tt.file+".golden"), dumpRecords(recs))
		})
	}
}

// checkCommonFields checks what every fixture finding holds, whatever
// the shape's casing and int64 form.
func checkCommonFields(t *testing.T, r *Record, at time.Time) {
	t.Helper()
	f := r.Finding
	if f.Category != "Execution: Malicious Python executed" || f.State != "ACTIVE" || f.Severity != "CRITICAL" {
		t.Errorf("category/state/severity = %q %q %q", f.Category, f.State, f.Severity)
	}
	if !f.EventTime.Equal(at) {
		t.Errorf("event time %v, want %v", f.EventTime, at)
	}
	if len(f.Processes) != 1 {
		t.Fatalf("%d processes", len(f.Processes))
	}
	p := f.Processes[0]
	if p.PID != 4242 || p.ParentPID != 1 || p.Script == nil || p.Script.Path != "/tmp/x.py" || p.Script.Size != int64(len(p.Script.Contents)) {
		t.Errorf("process = pid %d ppid %d script %+v", p.PID, p.ParentPID, p.Script)
	}
	if p.Binary == nil || p.Binary.Size != 6831704 || p.Binary.HashedSize != 6831704 {
		t.Errorf("binary = %+v", p.Binary)
	}
	if !strings.Contains(p.Script.Contents, "203.0.113.7") || !strings.Contains(p.Script.Contents, "\n") {
		t.Errorf("script contents not decoded: %q", p.Script.Contents)
	}
	if len(p.Args) != 2 || len(p.EnvVariables) != 1 || p.EnvVariables[0].Val != "/usr/bin:/bin" {
		t.Errorf("args %q env %+v", p.Args, p.EnvVariables)
	}
	if len(f.Containers) != 1 || f.Containers[0].Labels["tier"] != "web" {
		t.Errorf("containers %+v", f.Containers)
	}
	if len(f.Kubernetes.Pods) != 1 || f.Kubernetes.Pods[0].Namespace != "default" || len(f.Kubernetes.Nodes) != 1 {
		t.Errorf("kubernetes %+v", f.Kubernetes)
	}
	if f.MitreAttack.PrimaryTactic != "EXECUTION" || len(f.MitreAttack.PrimaryTechniques) != 2 {
		t.Errorf("mitre %+v", f.MitreAttack)
	}
	if f.SecurityMarks.Marks["triage"] != "open" {
		t.Errorf("marks %+v", f.SecurityMarks)
	}
}

// checkRawIsSource checks that each Raw is the exact bytes at its offset
// in the file (for push envelopes: valid JSON decoded from the file).
func checkRawIsSource(t *testing.T, path string, recs []*Record) {
	t.Helper()
	file, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range recs {
		if r.Shape == ShapePushEnvelope {
			if !json.Valid(r.Raw) {
				t.Errorf("record %d: decoded data is not JSON", i)
			}
			continue
		}
		end := r.Origin.Offset + int64(len(r.Raw))
		if end > int64(len(file)) || !bytes.Equal(file[r.Origin.Offset:end], r.Raw) {
			t.Errorf("record %d: Raw is not the file's bytes at offset %d", i, r.Origin.Offset)
		}
		if !json.Valid(r.Raw) {
			t.Errorf("record %d: Raw is not one JSON value", i)
		}
	}
}

// dumpRecords renders records for a golden file: every decoded field,
// the origin, and Raw's length.
func dumpRecords(recs []*Record) []byte {
	type dump struct {
		Shape    Shape
		Origin   Origin
		RawLen   int
		Finding  Finding
		Resource Resource
	}
	var out []dump
	for _, r := range recs {
		out = append(out, dump{r.Shape, r.Origin, len(r.Raw), r.Finding, r.Resource})
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		panic(err)
	}
	return append(b, '\n')
}

// golden compares got with the golden file, or rewrites it with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\n%s", path, firstDiff(want, got))
	}
}

func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return "line " + itoa(i+1) + ":\n  want " + al[i] + "\n  got  " + bl[i]
		}
	}
	return "lengths differ"
}
