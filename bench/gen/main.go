// Command gen writes the synthetic NDJSON finding file that bench/compare.sh
// loads with `pytriage list --count` and `jq empty`: n findings of about
// 3.5 KB each (script contents included), deterministic for a seed, made by
// the same generator as the loader benchmark (finding/findingtest).
//
//	go run ./bench/gen -n 100000 -seed 1 -o /tmp/findings.ndjson
//
// It imports only finding/findingtest; it must not import model or ui.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/pytriage/pytriage/finding/findingtest"
)

func main() {
	n := flag.Int("n", 100_000, "number of findings to write")
	seed := flag.Int64("seed", 1, "generator seed (same seed, same bytes)")
	out := flag.String("o", "-", "output file (- for standard output)")
	flag.Parse()
	if err := run(*n, *seed, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(n int, seed int64, out string) error {
	if n < 0 {
		return fmt.Errorf("-n %d: want a count of findings, 0 or more", n)
	}
	var w io.Writer = os.Stdout
	if out != "-" {
		f, err := os.OpenFile(out, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	// WriteNDJSON buffers and flushes itself.
	if err := findingtest.WriteNDJSON(w, n, seed); err != nil {
		return fmt.Errorf("%s: %w", out, err)
	}
	if f, ok := w.(*os.File); ok && f != os.Stdout {
		return f.Close()
	}
	return nil
}
