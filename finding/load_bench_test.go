package finding

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/pytriage/pytriage/finding/findingtest"
)

// BenchmarkLoad100kFindings loads 100k findings of about 3.5 KB (script
// contents included) from one NDJSON file, as `pytriage list` would.
// Target: at least 190 MB/s (2x jq 1.6's `jq empty` on the same file).
func BenchmarkLoad100kFindings(b *testing.B) {
	benchLoad(b, 100_000)
}

// BenchmarkLoad10kFindings is the same on a tenth of the data, for quick runs.
func BenchmarkLoad10kFindings(b *testing.B) {
	benchLoad(b, 10_000)
}

func benchLoad(b *testing.B, n int) {
	path := filepath.Join(b.TempDir(), "findings.ndjson")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := findingtest.WriteNDJSON(f, n, 1); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	srcs, err := PathSources([]string{path})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		got := 0
		for r, err := range Load(context.Background(), srcs, Options{}) {
			if err != nil {
				b.Fatal(err)
			}
			if r.Finding.Name == "" {
				b.Fatal("record without a name")
			}
			got++
		}
		if got != n {
			b.Fatalf("loaded %d records, want %d", got, n)
		}
	}
}
