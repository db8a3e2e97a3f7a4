package model

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
)

// FPRResult is the false-positive rate of the classifier on a directory of
// benign Python.
type FPRResult struct {
	Dir          string
	Skipped      []string // directory names left out besides test directories
	Files        int
	Bytes        int64
	Alerts       int // score ≥ TAlert
	Suspicious   int // TLow ≤ score < TAlert
	Unanalysable int // verdict unanalysable (counted whatever the score)
	ReadErrors   int
	TAlert, TLow float64
	Top          []ScoredFile // highest scores, for the README and for tuning
}

// ScoredFile is one file's score.
type ScoredFile struct {
	Path    string
	Score   float64
	Verdict Verdict
	Top     string // heaviest detector
}

// FPR is Alerts / Files.
func (r *FPRResult) FPR() float64 { return ratio(r.Alerts, r.Files) }

// SkipTestDir reports whether a benign-corpus walk leaves a directory out:
// test suites (test, tests, idle_test) and byte-code caches. CPython's
// test suite holds deliberately odd code and is evaluated separately.
func SkipTestDir(name string) bool {
	switch name {
	case "test", "tests", "idle_test", "__pycache__":
		return true
	}
	return false
}

// BenignFPR classifies every .py file under dir (test directories and
// directories named in skip left out, symbolic links not followed) on
// GOMAXPROCS workers and counts alerts.
func BenignFPR(dir string, s *Scorer, an func([]byte) *Report, keepTop int, skip ...string) (*FPRResult, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable entries are skipped, like find(1) would report them
		}
		if d.IsDir() && p != dir && (SkipTestDir(d.Name()) || slices.Contains(skip, d.Name())) {
			return fs.SkipDir
		}
		if d.Type().IsRegular() && strings.HasSuffix(d.Name(), ".py") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	scored := make([]ScoredFile, len(paths))
	sizes := make([]int64, len(paths))
	failed := make([]bool, len(paths))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				src, err := os.ReadFile(paths[i])
				if err != nil {
					failed[i] = true
					continue
				}
				sizes[i] = int64(len(src))
				rep := an(src)
				sf := ScoredFile{Path: paths[i], Score: rep.Score, Verdict: rep.Verdict}
				best := 0.0
				for _, h := range rep.Hits {
					if h.Weight > best {
						best, sf.Top = h.Weight, h.Detector
					}
				}
				scored[i] = sf
			}
		}()
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	r := &FPRResult{Dir: dir, Skipped: skip, TAlert: s.TAlert, TLow: s.TLow}
	var ok []ScoredFile
	for i, sf := range scored {
		if failed[i] {
			r.ReadErrors++
			continue
		}
		r.Files++
		r.Bytes += sizes[i]
		switch {
		case sf.Score >= s.TAlert:
			r.Alerts++
		case sf.Score >= s.TLow:
			r.Suspicious++
		}
		if sf.Verdict == VerdictUnanalysable {
			r.Unanalysable++
		}
		ok = append(ok, sf)
	}
	sort.SliceStable(ok, func(i, j int) bool { return ok[i].Score > ok[j].Score })
	if len(ok) > keepTop {
		ok = ok[:keepTop]
	}
	r.Top = ok
	return r, nil
}
