// Package stdlibfiles reads the Python files the classifier benchmarks
// measure: the machine's CPython standard library without its tests,
// site-packages and idlelib, in path order, up to a byte limit. Benchmarks
// of model, model/flow and model/detect share it so that their figures are
// over the same bytes. It is for tests only and imports nothing of
// pytriage.
package stdlibfiles

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// Dir is where the benchmarks look for the standard library.
const Dir = "/usr/lib/python3.11"

// Read returns the .py files under dir, in path order, until limit bytes
// are read (the last file may pass it), and their total size. It skips the
// benchmark when there are none.
func Read(tb testing.TB, dir string, limit int) ([][]byte, int) {
	tb.Helper()
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
		tb.Skipf("no .py files under %s", dir)
	}
	return out, total
}
