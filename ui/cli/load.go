package cli

import (
	"iter"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/samples"
)

// sources turns PATH arguments into loader sources, "-" reading e.stdin;
// no arguments means the embedded sample set. Paths that cannot be used
// are returned as errors; the others still load.
func sources(e *env, paths []string) ([]finding.Source, []error) {
	if len(paths) == 0 {
		srcs, err := finding.FSSources(samples.FS, samples.Root)
		return srcs, splitErrors(err)
	}
	srcs, err := finding.PathSources(paths)
	for i := range srcs {
		if srcs[i].Name == "-" { // PathSources reads os.Stdin; Main is given its stdin
			srcs[i] = finding.StdinSource(e.stdin)
		}
	}
	return srcs, splitErrors(err)
}

// splitErrors undoes errors.Join so each error gets its own line.
func splitErrors(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, splitErrors(e)...)
		}
		return out
	}
	return []error{err}
}

// loadAll is the stream a command reads: source errors first, then the
// loader's records and per-record errors.
func loadAll(e *env, paths []string, opts finding.Options) iter.Seq2[*finding.Record, error] {
	srcs, errs := sources(e, paths)
	return func(yield func(*finding.Record, error) bool) {
		for _, err := range errs {
			if !yield(nil, err) {
				return
			}
		}
		for r, err := range finding.Load(e.ctx, srcs, opts) {
			if !yield(r, err) {
				return
			}
		}
	}
}

// tally counts what a command saw and reports errors as they come.
type tally struct {
	records, errors int
}

// report prints a load error to stderr as "pytriage: <origin>: <reason>",
// escaped.
func (t *tally) report(e *env, err error) {
	t.errors++
	e.errorf("%v", err)
}

// exitCode is non-zero only when nothing loaded.
func (t *tally) exitCode(e *env) int {
	if t.records > 0 {
		return exitOK
	}
	if t.errors == 0 {
		e.errorf("no findings loaded")
	}
	return exitFail
}
