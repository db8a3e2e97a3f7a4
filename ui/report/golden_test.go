package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestGolden(t *testing.T) {
	for _, f := range []Format{FormatMarkdown, FormatJSON, FormatCSV} {
		t.Run(string(f), func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, f, fixtureItems(), fixtureMeta()); err != nil {
				t.Fatal(err)
			}
			golden(t, "report_"+string(f)+".golden", b.Bytes())
		})
	}
}

func TestGoldenEmpty(t *testing.T) {
	for _, f := range []Format{FormatMarkdown, FormatJSON, FormatCSV} {
		t.Run(string(f), func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, f, nil, fixtureMeta()); err != nil {
				t.Fatal(err)
			}
			golden(t, "empty_"+string(f)+".golden", b.Bytes())
		})
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
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
		t.Errorf("%s differs from the output (run go test -update after checking the diff)\n--- got ---\n%s", path, got)
	}
}
