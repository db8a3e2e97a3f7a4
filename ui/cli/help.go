package cli

import (
	"fmt"
	"io"
)

// runHelp prints the command list, or one command's usage and flags.
func runHelp(e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
		topUsage(e.stdout)
		return exitOK
	}
	c, ok := lookup(args[0])
	if !ok {
		e.errorf("help: unknown command %q", args[0])
		topUsage(e.stderr)
		return exitUsage
	}
	return c.run(e, []string{"--help"})
}

func topUsage(w io.Writer) {
	fmt.Fprint(w, `pytriage: triage Security Command Center "Malicious Python executed" findings.

Usage:
  pytriage [PATH|-]...            open the workbench (the embedded samples with no PATH)
  pytriage COMMAND [flags] [args]

Commands:
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
PATH is a finding export (.json, .jsonl, .ndjson), a directory of them, a
.zip or .tar.gz sample set, or - for standard input.
Run "pytriage help COMMAND" or "pytriage COMMAND --help" for its flags.
`)
}
