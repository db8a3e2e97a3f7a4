package cli

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/pytriage/pytriage/finding"
)

// loadFlags are the limits every command that loads findings accepts.
type loadFlags struct {
	maxFileSize byteSize
	maxString   byteSize
	maxDepth    int
}

func addLoadFlags(fs *flag.FlagSet) *loadFlags {
	d := finding.DefaultLimits()
	lf := &loadFlags{maxFileSize: byteSize(d.MaxFileSize), maxString: byteSize(d.MaxStringSize), maxDepth: d.MaxDepth}
	fs.Var(&lf.maxFileSize, "max-file-size", "largest file, archive member or stdin to read (bytes; K, M, G, KiB, MiB, GiB suffixes)")
	fs.Var(&lf.maxString, "max-string", "largest single JSON string, e.g. script contents (bytes; suffixes as above)")
	fs.IntVar(&lf.maxDepth, "max-depth", d.MaxDepth, "deepest JSON nesting accepted")
	return lf
}

func (lf *loadFlags) options() finding.Options {
	lim := finding.DefaultLimits()
	lim.MaxFileSize = int64(lf.maxFileSize)
	lim.MaxStringSize = int(lf.maxString)
	lim.MaxDepth = lf.maxDepth
	return finding.Options{Limits: lim}
}

func (lf *loadFlags) check() error {
	switch {
	case lf.maxFileSize <= 0:
		return fmt.Errorf("--max-file-size must be positive")
	case lf.maxString <= 0:
		return fmt.Errorf("--max-string must be positive")
	case lf.maxDepth <= 0:
		return fmt.Errorf("--max-depth must be positive")
	}
	return nil
}

// byteSize is a flag value in bytes that accepts K/M/G (powers of 1024,
// with or without "iB"/"B").
type byteSize int64

func (b *byteSize) String() string { return formatBytes(int64(*b)) }

func (b *byteSize) Set(s string) error {
	n, err := parseBytes(s)
	if err != nil {
		return err
	}
	*b = byteSize(n)
	return nil
}

func parseBytes(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "B"), "I")
	shift := 0
	switch {
	case strings.HasSuffix(t, "K"):
		shift = 10
	case strings.HasSuffix(t, "M"):
		shift = 20
	case strings.HasSuffix(t, "G"):
		shift = 30
	}
	if shift > 0 {
		t = t[:len(t)-1]
	}
	n, err := strconv.ParseInt(strings.TrimSpace(t), 10, 64)
	if err != nil || n < 0 || n > (1<<62)>>shift {
		return 0, fmt.Errorf("invalid size %q (use bytes or a K, M, G suffix)", s)
	}
	return n << shift, nil
}

func formatBytes(n int64) string {
	switch {
	case n > 0 && n%(1<<30) == 0:
		return fmt.Sprintf("%dGiB", n>>30)
	case n > 0 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n > 0 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return strconv.FormatInt(n, 10)
}
