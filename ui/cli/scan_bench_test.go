package cli

import (
	"context"
	"os"
	"testing"
)

// BenchmarkScanDirectory is `pytriage scan` on the corpus directory (all
// cores, real classifier, output discarded); -benchtime and GOMAXPROCS
// as usual. Set PYTRIAGE_BENCH_DIR to scan another tree, e.g. the CPython
// standard library.
func BenchmarkScanDirectory(b *testing.B) {
	dir := os.Getenv("PYTRIAGE_BENCH_DIR")
	if dir == "" {
		dir = "../../model/corpus"
	}
	items, errs := walkPython(dir)
	if len(errs) > 0 || len(items) == 0 {
		b.Fatalf("%d files, errors %v", len(items), errs)
	}
	var total int64
	for _, it := range items {
		fi, err := os.Stat(it.path)
		if err != nil {
			b.Fatal(err)
		}
		total += fi.Size()
	}
	b.SetBytes(total)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fresh := make([]*scanItem, len(items))
		for j, it := range items {
			fresh[j] = &scanItem{source: it.source, path: it.path}
		}
		analyzeAll(context.Background(), fresh, 10<<20)
	}
}
