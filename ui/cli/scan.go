package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/model"
)

// Exit codes of scan, like Bandit's.
const (
	scanClean   = 0 // nothing at or above the threshold
	scanFlagged = 1 // something is
	scanError   = 2 // bad flags, or an input could not be read (takes precedence)
)

// scanItem is one script to classify: where it came from and its text.
type scanItem struct {
	source string // path as given, or the finding name
	path   string // file to read lazily (directory walks); empty when text is set
	text   string
	size   int64 // bytes, to hand out the largest files first
	report *model.Report
	err    error
}

// scanAnalyze is the classifier scan runs; tests may swap it.
var scanAnalyze = model.AnalyzeString

// runScan classifies Python files, directories of them, and the scripts
// of findings in exports, on all cores, and prints one result per script.
func runScan(e *env, args []string) int {
	fs := newFlags(e, "scan")
	format := fs.String("format", "text", "output format: text, json (one object per line) or sarif (SARIF 2.1.0)")
	var threshold optionalFloat
	fs.Var(&threshold, "threshold", "exit 1 when a script scores at or above this probability, 0..1 (default: the model's alert threshold)")
	maxSize := byteSize(10 << 20)
	fs.Var(&maxSize, "max-size", "largest script file to read (bytes; K, M, G suffixes)")
	lf := addLoadFlags(fs)
	if code, done := parseFlags(e, fs, args); done {
		return code
	}
	if code, done := checkScanFlags(e, *format, threshold, lf); done {
		return code
	}
	if fs.NArg() == 0 {
		e.errorf("scan: give at least one PATH, or - for standard input")
		printUsage(e.stderr, fs)
		return scanError
	}
	scorer, err := model.DefaultScorer()
	if err != nil {
		e.errorf("scan: %v", err)
		return scanError
	}
	t := scorer.TAlert
	if threshold.set {
		t = threshold.v
	}
	defer tuneGCForScan()()
	items, errs := collectScan(e, fs.Args(), int64(maxSize), lf.options())
	analyzeAll(e.ctx, items, int64(maxSize))
	for _, it := range items {
		if it.err != nil {
			errs = append(errs, it.err)
		}
	}
	for _, err := range errs {
		e.errorf("scan: %v", err)
	}
	var werr error
	switch *format {
	case "json":
		werr = writeScanJSON(e.stdout, items)
	case "sarif":
		werr = writeScanSARIF(e.stdout, items, scorer, t)
	default:
		werr = writeScanText(e.stdout, items, t)
	}
	if werr != nil {
		e.errorf("scan: writing output: %v", werr)
		return scanError
	}
	if len(errs) > 0 {
		return scanError
	}
	for _, it := range items {
		if it.report != nil && it.report.Score >= t {
			return scanFlagged
		}
	}
	return scanClean
}

func checkScanFlags(e *env, format string, threshold optionalFloat, lf *loadFlags) (int, bool) {
	switch format {
	case "text", "json", "sarif":
	default:
		e.errorf("scan: --format must be text, json or sarif, not %q", format)
		return scanError, true
	}
	if threshold.set && (threshold.v < 0 || threshold.v > 1) {
		e.errorf("scan: --threshold must be between 0 and 1")
		return scanError, true
	}
	if err := lf.check(); err != nil {
		e.errorf("scan: %v", err)
		return scanError, true
	}
	return 0, false
}

// optionalFloat is a float flag that knows whether it was given.
type optionalFloat struct {
	v   float64
	set bool
}

func (f *optionalFloat) String() string {
	if f == nil || !f.set {
		return ""
	}
	return strconv.FormatFloat(f.v, 'g', -1, 64)
}

func (f *optionalFloat) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v != v {
		return errors.New("not a number")
	}
	f.v, f.set = v, true
	return nil
}

// collectScan expands the arguments into scan items, in argument order:
// "-" is standard input (a finding export if it starts with { or [,
// otherwise a script), a directory contributes its .py files in lexical
// order, a file with an export extension contributes the Python scripts
// of its findings, any other file is a script.
func collectScan(e *env, args []string, maxSize int64, opts finding.Options) ([]*scanItem, []error) {
	var items []*scanItem
	var errs []error
	stdin := false
	for _, a := range args {
		switch {
		case a == "-":
			if stdin {
				errs = append(errs, errors.New("-: standard input given more than once"))
				continue
			}
			stdin = true
			data, err := io.ReadAll(io.LimitReader(e.stdin, maxSize+1))
			if err != nil {
				errs = append(errs, fmt.Errorf("-: %w", err))
				continue
			}
			if int64(len(data)) > maxSize {
				errs = append(errs, fmt.Errorf("-: larger than --max-size %s, not analysed", formatBytes(maxSize)))
				continue
			}
			if looksLikeExport(data) {
				src := finding.Source{Name: "-", Open: func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }}
				it, er := findingItems(e, []finding.Source{src}, opts)
				items, errs = append(items, it...), append(errs, er...)
				continue
			}
			items = append(items, &scanItem{source: "-", text: string(data)})
		default:
			fi, err := os.Stat(a)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if fi.IsDir() {
				it, er := walkPython(a)
				items, errs = append(items, it...), append(errs, er...)
				continue
			}
			if isExportName(a) {
				srcs, err := finding.PathSources([]string{a})
				errs = append(errs, splitErrors(err)...)
				it, er := findingItems(e, srcs, opts)
				items, errs = append(items, it...), append(errs, er...)
				continue
			}
			items = append(items, &scanItem{source: a, path: a})
		}
	}
	return items, errs
}

func isExportName(p string) bool {
	n := strings.ToLower(p)
	for _, ext := range []string{".json", ".jsonl", ".ndjson", ".zip", ".tar.gz", ".tgz"} {
		if strings.HasSuffix(n, ext) {
			return true
		}
	}
	return false
}

func looksLikeExport(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n\ufeff")
	return len(t) > 0 && (t[0] == '{' || t[0] == '[')
}

// walkPython lists the .py files under dir (symbolic links not followed).
func walkPython(dir string) ([]*scanItem, []error) {
	var items []*scanItem
	var errs []error
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, err)
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && strings.HasSuffix(d.Name(), ".py") {
			it := &scanItem{source: p, path: p}
			if fi, err := d.Info(); err == nil {
				it.size = fi.Size()
			}
			items = append(items, it)
		}
		return nil
	})
	if err != nil {
		errs = append(errs, err)
	}
	return items, errs
}

// findingItems loads findings and keeps the Python script of each.
func findingItems(e *env, srcs []finding.Source, opts finding.Options) ([]*scanItem, []error) {
	var items []*scanItem
	var errs []error
	for r, err := range finding.Load(e.ctx, srcs, opts) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		s, ok := finding.ScriptOf(&r.Finding)
		if !ok || s.Language != finding.LangPython || s.Contents == "" {
			continue
		}
		name := r.Finding.Name
		if name == "" {
			name = r.Origin.String()
		}
		items = append(items, &scanItem{source: name, text: s.Contents})
	}
	return items, errs
}

// analyzeAll reads and classifies the items on GOMAXPROCS workers; once
// ctx is cancelled (Ctrl-C) the remaining items get its error instead.
func analyzeAll(ctx context.Context, items []*scanItem, maxSize int64) {
	jobs := make(chan *scanItem)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				if err := ctx.Err(); err != nil {
					it.err = fmt.Errorf("%s: not analysed: %w", it.source, err)
					continue
				}
				analyzeOne(it, maxSize)
			}
		}()
	}
	// largest first, so one big file met last does not leave the other
	// workers idle; the output keeps the items' order
	order := append([]*scanItem(nil), items...)
	sort.SliceStable(order, func(i, j int) bool { return itemSize(order[i]) > itemSize(order[j]) })
	for _, it := range order {
		jobs <- it
	}
	close(jobs)
	wg.Wait()
}

func itemSize(it *scanItem) int64 {
	if it.path == "" {
		return int64(len(it.text))
	}
	return it.size
}

func analyzeOne(it *scanItem, maxSize int64) {
	if it.path != "" {
		data, err := readLimited(it.path, maxSize)
		if err != nil {
			it.err = err
			return
		}
		it.text = data
	}
	it.report = scanAnalyze(it.text)
	it.text = "" // the report keeps what it needs
}

// readLimited reads file p if it holds at most maxSize bytes, into a
// string (the classifier takes one; reading into it saves a copy). The
// buffer is sized from the file's length, one allocation like os.ReadFile,
// and the limit holds even if the file grows while it is read.
func readLimited(p string, maxSize int64) (string, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var text strings.Builder
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		text.Grow(int(min(fi.Size(), maxSize)) + 1) // +1 to see EOF, or a byte too many
	}
	buf := copyBufs.Get().(*[]byte)
	_, err = io.CopyBuffer(&text, io.LimitReader(f, maxSize+1), *buf)
	copyBufs.Put(buf)
	if err != nil {
		return "", fmt.Errorf("%s: %w", p, err)
	}
	if int64(text.Len()) > maxSize {
		return "", fmt.Errorf("%s: larger than --max-size %s, not analysed", p, formatBytes(maxSize))
	}
	return text.String(), nil
}

// copyBufs are the read buffers of readLimited, one per worker at a time.
var copyBufs = sync.Pool{New: func() any { b := make([]byte, 64<<10); return &b }}

// sortedLines returns a report's line weights, heaviest first (ties by
// line number), whatever order the analyser produced.
func sortedLines(r *model.Report) []model.LineWeight {
	ls := append([]model.LineWeight(nil), r.Lines...)
	sort.SliceStable(ls, func(i, j int) bool {
		if ls[i].Weight != ls[j].Weight {
			return ls[i].Weight > ls[j].Weight
		}
		return ls[i].Line < ls[j].Line
	})
	return ls
}
