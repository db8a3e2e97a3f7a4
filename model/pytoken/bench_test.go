package pytoken

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
)

const benchCorpusCap = 8 << 20

// benchCorpus returns a mixed corpus of Python files: the CPython standard
// library of the machine when present (up to 8 MiB), else the project's
// own files in testdata/bench repeated.
func benchCorpus(b *testing.B) [][]byte {
	b.Helper()
	var files [][]byte
	total := 0
	dirs, _ := filepath.Glob("/usr/lib/python3*")
	for _, dir := range dirs {
		_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || total >= benchCorpusCap {
				return fs.SkipDir
			}
			if d.IsDir() || !strings.HasSuffix(path, ".py") {
				return nil
			}
			if src, err := os.ReadFile(path); err == nil {
				files = append(files, src)
				total += len(src)
			}
			return nil
		})
	}
	if total > 0 {
		return files
	}
	own, _ := filepath.Glob("testdata/bench/*.py")
	for total < 1<<20 && len(own) > 0 {
		for _, p := range own {
			src, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			files = append(files, src)
			total += len(src)
		}
	}
	if total == 0 {
		b.Skip("no corpus")
	}
	return files
}

// BenchmarkTokenize: throughput over a realistic mixed corpus, one
// Tokenize call per file, with lines, statements and tricks.
func BenchmarkTokenize(b *testing.B) {
	files := benchCorpus(b)
	total := 0
	for _, f := range files {
		total += len(f)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			Tokenize(f)
		}
	}
}

// BenchmarkTokenizePooled: the same, with each Result's tokens handed back
// by Release as the classifier does, so the slice is reused between files.
func BenchmarkTokenizePooled(b *testing.B) {
	files := benchCorpus(b)
	total := 0
	for _, f := range files {
		total += len(f)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			Tokenize(f).Release()
		}
	}
}

// BenchmarkTokenize10MB: the worst single input the issue allows.
func BenchmarkTokenize10MB(b *testing.B) {
	files := benchCorpus(b)
	var big []byte
	for len(big) < 10<<20 {
		for _, f := range files {
			big = append(big, f...)
			big = append(big, '\n')
		}
	}
	big = big[:10<<20]
	b.SetBytes(int64(len(big)))
	b.ReportAllocs()
	var res *Result
	for b.Loop() {
		res = Tokenize(big)
	}
	// Real code averages ~7 bytes a token, so 10 MB meets MaxTokens: the
	// run shows the bound holds, with LimitsHit reported.
	b.ReportMetric(float64(len(res.Tokens)), "tokens")
	if res.LimitsHit {
		b.ReportMetric(1, "limits-hit")
	}
}

// tenKLines builds a 10,000-line script from the project's bench files.
func tenKLines(b *testing.B) string {
	b.Helper()
	own, _ := filepath.Glob("testdata/bench/*.py")
	var lines []string
	for len(lines) < 10000 {
		for _, p := range own {
			src, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			lines = append(lines, strings.Split(strings.TrimRight(string(src), "\n"), "\n")...)
		}
	}
	return strings.Join(lines[:10000], "\n") + "\n"
}

// BenchmarkLexerVsChromaPython compares this lexer with Chroma's own
// (regexp-based) Python lexer on the same 10k-line script.
func BenchmarkLexerVsChromaPython(b *testing.B) {
	src := tenKLines(b)
	run := func(b *testing.B, l chroma.Lexer) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			it, err := l.Tokenise(nil, src)
			if err != nil {
				b.Fatal(err)
			}
			for t := it(); t != chroma.EOF; t = it() {
			}
		}
	}
	b.Run("pytoken", func(b *testing.B) { run(b, Lexer()) })
	b.Run("chroma-python", func(b *testing.B) {
		l := lexers.Get("python")
		if l == nil {
			b.Skip("chroma python lexer missing")
		}
		run(b, l)
	})
}

// BenchmarkHighlightLines: from a Result to per-line Chroma tokens.
func BenchmarkHighlightLines(b *testing.B) {
	res := Tokenize([]byte(tenKLines(b)))
	b.SetBytes(int64(len(res.Text)))
	for b.Loop() {
		HighlightLines(res)
	}
}
