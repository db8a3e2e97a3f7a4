package model

import (
	"testing"

	"github.com/pytriage/pytriage/model/internal/stdlibfiles"
)

// readPy reads up to limit bytes of .py files under dir (see stdlibfiles).
func readPy(tb testing.TB, dir string, limit int) [][]byte {
	files, _ := stdlibfiles.Read(tb, dir, limit)
	return files
}

// benchFiles classifies every file per iteration, as `pytriage scan` does:
// it reads each file into a string and calls AnalyzeString.
func benchFiles(b *testing.B, files [][]byte) {
	total := 0
	texts := make([]string, len(files))
	for i, f := range files {
		texts[i] = string(f)
		total += len(f)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			r := AnalyzeString(t)
			_ = r.Lines // line annotations are part of the report
		}
	}
}

// BenchmarkAnalyzeStdlib: the whole classifier (tokenizer, flow, detectors,
// unwrapping, scoring, line weights) over ~8 MB of the machine's Python
// standard library, as `pytriage scan` would see it. Skipped without it.
func BenchmarkAnalyzeStdlib(b *testing.B) {
	benchFiles(b, readPy(b, stdlibfiles.Dir, 8<<20))
}

// BenchmarkAnalyzeCorpus: the project's labelled corpus (benign and
// malicious, many layered).
func BenchmarkAnalyzeCorpus(b *testing.B) {
	benchFiles(b, readPy(b, "corpus", 64<<20))
}

// BenchmarkAnalyze10MB: one 10 MB script (the standard library files
// joined), the size issue 3 bounds at 1 s and 256 MB. Skipped without it.
func BenchmarkAnalyze10MB(b *testing.B) {
	var one []byte
	for _, f := range readPy(b, stdlibfiles.Dir, 10<<20) {
		one = append(one, f...)
		one = append(one, '\n')
	}
	benchFiles(b, [][]byte{one[:min(len(one), 10_000_000)]})
}
