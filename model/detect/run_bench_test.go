package detect

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
)

// stdlibSources reads up to limit bytes of the machine's Python standard
// library, the files BenchmarkAnalyzeStdlib reads.
func stdlibSources(b testing.TB, limit int) ([][]byte, int) {
	dir := "/usr/lib/python3.11"
	var paths []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "test" || d.Name() == "tests" || d.Name() == "site-packages" || d.Name() == "idlelib") {
			return filepath.SkipDir
		}
		if !d.IsDir() && filepath.Ext(p) == ".py" {
			paths = append(paths, p)
		}
		return nil
	})
	sort.Strings(paths)
	var out [][]byte
	total := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		out = append(out, src)
		total += len(src)
		if total >= limit {
			break
		}
	}
	if len(out) == 0 {
		b.Skipf("no .py files under %s", dir)
	}
	return out, total
}

// BenchmarkDetectStdlib: every detector over ~8 MB of the standard
// library. As in model.Analyze, each script is tokenized and its flow
// program built just before the detectors run (untimed), so the tokens
// are fresh in cache and flow's lazy caches are cold.
func BenchmarkDetectStdlib(b *testing.B) {
	srcs, total := stdlibSources(b, 8<<20)
	res := make([]*pytoken.Result, len(srcs))
	for i, src := range srcs {
		res[i] = pytoken.Tokenize(src)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, r := range res {
			b.StopTimer()
			p := flow.Build(r, nil)
			b.StartTimer()
			Run(NewContext(p, 0))
			b.StopTimer()
			p.Release()
			b.StartTimer()
		}
	}
}
