package cli

import (
	"fmt"

	"github.com/pytriage/pytriage/samples"
	"github.com/pytriage/pytriage/ui/safe"
)

// runSamples writes the embedded sample set to a new directory.
func runSamples(e *env, args []string) int {
	fs := newFlags(e, "samples")
	out := fs.String("out", "", "directory to create (must not exist, or be empty)")
	if code, done := parseFlags(e, fs, args); done {
		return code
	}
	if *out == "" || fs.NArg() > 0 {
		e.errorf("samples: give the directory with --out DIR")
		printUsage(e.stderr, fs)
		return exitUsage
	}
	if err := samples.WriteTo(*out); err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	fmt.Fprintf(e.stdout, "wrote the sample set to %s\n", safe.Escape(*out))
	return exitOK
}
