package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedUpToDate regenerates the variants into a scratch copy of
// the benign corpus and compares them with the committed malicious/g*.py:
// the generator is deterministic and its output is committed.
func TestGeneratedUpToDate(t *testing.T) {
	tmp := t.TempDir()
	for _, d := range []string{"benign", "malicious"} {
		if err := os.MkdirAll(filepath.Join(tmp, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	hosts, _ := filepath.Glob("../benign/*.py")
	for _, p := range hosts {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(tmp, "benign", filepath.Base(p)), b, 0o644)
	}
	committed, _ := filepath.Glob("../malicious/g*.py")
	if err := run(tmp, len(committed)); err != nil {
		t.Fatal(err)
	}
	fresh, _ := filepath.Glob(filepath.Join(tmp, "malicious", "g*.py"))
	if len(fresh) != len(committed) || len(fresh) == 0 {
		t.Fatalf("generated %d files, %d committed", len(fresh), len(committed))
	}
	for i := range fresh {
		a, _ := os.ReadFile(fresh[i])
		b, _ := os.ReadFile(committed[i])
		if filepath.Base(fresh[i]) != filepath.Base(committed[i]) || string(a) != string(b) {
			t.Errorf("%s is stale: run go run ./model/corpus/gen", filepath.Base(committed[i]))
		}
	}
}

func TestInjectLines(t *testing.T) {
	h := host{lines: []string{"import os", "", "def f():", "    pass"}, at: 2}
	s := snippet{code: "x = 1\ny = 2  #!M\nz = 3  #!M\n"}
	text, lines := inject(h, s)
	want := "import os\n\nx = 1\ny = 2\nz = 3\n\ndef f():\n    pass\n"
	if text != want {
		t.Fatalf("text %q", text)
	}
	// header is line 1, so "y = 2" (4th line of text) is line 5
	if len(lines) != 2 || lines[0] != 5 || lines[1] != 6 {
		t.Fatalf("lines %v", lines)
	}
	if spec([]int{3, 4, 5, 9, 11, 12}) != "3-5,9,11-12" {
		t.Fatal(spec([]int{3, 4, 5, 9, 11, 12}))
	}
}
