package cli

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// run calls Main as the binary would and returns its exit code and
// streams.
func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestMainExitCodes(t *testing.T) {
	empty := t.TempDir()
	tests := []struct {
		name       string
		stdin      string
		args       []string
		code       int
		outHas     string
		errHas     string
		outLines   int // -1: don't check
		errorLines int // -1: don't check
	}{
		{"list file", "", []string{"list", "testdata/good.jsonl"}, 0, "checkout/checkout-00012-xaz", "", 2, 0},
		{"list count", "", []string{"list", "--count", "testdata/good.jsonl"}, 0, "2\n", "", 1, 0},
		{"list stdin", mustRead(t, "testdata/good.jsonl"), []string{"list", "-"}, 0, "train/trainer-5d9f", "", 2, 0},
		{"list stdin twice", mustRead(t, "testdata/good.jsonl"), []string{"list", "-", "-"}, 0, "", "given more than once", 2, 1},
		{"list bad record still lists the rest", "", []string{"list", "testdata/bad.jsonl"}, 0, "/app/ops.py", "pytriage: testdata/bad.jsonl: record 1", 1, 1},
		{"list nothing loaded", "", []string{"list", "testdata/missing.json"}, 1, "", "pytriage: ", 0, 1},
		{"list bad stdin", "{\"x\":", []string{"list", "-"}, 1, "", "pytriage: -: record 0", 0, 1},
		{"list empty dir", "", []string{"list", empty}, 1, "", "no findings loaded", 0, 1},
		{"list unknown flag", "", []string{"list", "--bogus"}, 2, "", "flag provided but not defined", -1, -1},
		{"list bad size", "", []string{"list", "--max-file-size", "12Q", "testdata/good.jsonl"}, 2, "", "invalid size", -1, -1},
		{"list zero depth", "", []string{"list", "--max-depth", "0", "testdata/good.jsonl"}, 2, "", "--max-depth", -1, -1},
		{"list tiny file limit", "", []string{"list", "--max-file-size", "100", "testdata/good.jsonl"}, 1, "", "pytriage: testdata/good.jsonl", 0, -1},
		{"list embedded samples", "", []string{"list", "--count"}, 0, "", "", 1, 0},
		{"default opens files", "", []string{"testdata/good.jsonl"}, 0, "/app/ops.py", "", 2, 0},
		{"explicit open", "", []string{"open", "testdata/good.jsonl"}, 0, "/app/ops.py", "", 2, 0},
		{"default on samples", "", nil, 0, "CRITICAL", "", -1, 0},
		{"version", "", []string{"version"}, 0, "pytriage ", "", 1, 0},
		{"help", "", []string{"help"}, 0, "Commands:", "", -1, 0},
		{"--help", "", []string{"--help"}, 0, "Commands:", "", -1, 0},
		{"help list", "", []string{"help", "list"}, 0, "-json", "", -1, 0},
		{"help unknown", "", []string{"help", "frobnicate"}, 2, "", "unknown command", -1, -1},
		{"samples without out", "", []string{"samples"}, 2, "", "--out DIR", -1, -1},
		{"samples into non-empty dir", "", []string{"samples", "--out", "testdata"}, 1, "", "not empty", 0, 1},
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
			if tt.outLines >= 0 && strings.Count(out, "\n") != tt.outLines {
				t.Errorf("stdout has %d lines, want %d:\n%s", strings.Count(out, "\n"), tt.outLines, out)
			}
			if tt.errorLines >= 0 && strings.Count(errs, "\n") != tt.errorLines {
				t.Errorf("stderr has %d lines, want %d:\n%s", strings.Count(errs, "\n"), tt.errorLines, errs)
			}
		})
	}
}

// Every command in the table answers --help with its usage and exit 0.
func TestEveryCommandHasHelp(t *testing.T) {
	for _, c := range commands {
		code, out, errs := run(t, "", c.name, "--help")
		want := "Usage:"
		if c.name == "help" {
			want = "pytriage: triage"
		}
		if code != 0 || !strings.HasPrefix(out, want) || errs != "" {
			t.Errorf("%s --help: exit %d\nstdout:\n%s\nstderr:\n%s", c.name, code, out, errs)
		}
	}
}

func TestSamplesWritesTheSet(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "set")
	code, out, errs := run(t, "", "samples", "--out", dir)
	if code != 0 || errs != "" || !strings.Contains(out, dir) {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) == 0 {
		t.Fatalf("samples dir: %v, %d entries", err, len(entries))
	}
	// What was written loads as the embedded set does.
	_, embedded, _ := run(t, "", "list", "--count")
	_, written, _ := run(t, "", "list", "--count", dir)
	if embedded != written {
		t.Errorf("embedded set has %q findings, written set %q", embedded, written)
	}
}

func mustRead(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test -update rewrites it):\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

var _ = io.Discard
