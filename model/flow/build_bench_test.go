package flow

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"syscall"
	"testing"

	"github.com/pytriage/pytriage/model/pytoken"
)

// stdlibSources reads up to limit bytes of the machine's Python standard
// library: the files BenchmarkAnalyzeStdlib in package model reads.
func stdlibSources(b *testing.B, dir string, limit int) ([][]byte, int) {
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

// BenchmarkBuildStdlib: the data flow over the ~8 MB of standard library
// the whole-pipeline benchmark reads. Build runs on tokens just made, as in
// the model (tokens kept from a setup pass would be cold in the cache and
// time memory, not flow), so "tokenize" is the part to subtract from
// "tokenize+build".
func BenchmarkBuildStdlib(b *testing.B) {
	srcs, total := stdlibSources(b, "/usr/lib/python3.11", 8<<20)
	for _, tt := range []struct {
		name  string
		build bool
	}{{"tokenize", false}, {"tokenize+build", true}} {
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				for _, src := range srcs {
					res := pytoken.Tokenize(src)
					if tt.build {
						Build(res, nil).Release()
					}
					res.Release()
				}
			}
			// CPU time, unlike wall time, does not count the waits of a
			// machine shared with other work.
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
}

// cpuTime is the user and system CPU time of the process so far, in ns.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
