package cli

import (
	"flag"
	"fmt"
	"io"
)

// command is one subcommand: its name, a one-line summary for the command
// list, the usage line, and the function that runs it with the arguments
// after its name.
type command struct {
	name    string
	summary string
	usage   string
	run     func(e *env, args []string) int
}

// defaultCommand runs when the first argument names no command.
const defaultCommand = "open"

// commands is the one table of subcommands, in the order help lists them.
// Adding a command is a file with its run function and a line here.
var commands []command

func init() {
	commands = []command{
		{"open", "open the workbench on findings (the default command)",
			"pytriage [open] [flags] [PATH|-]...", runOpen},
		{"list", "print one line per finding, for scripting",
			"pytriage list [--json] [--count] [flags] [PATH|-]...", runList},
		{"samples", "write the embedded sample set to a new directory",
			"pytriage samples --out DIR", runSamples},
		{"scan", "classify Python files, directories and finding scripts; exit 1 if any scores at or above the threshold",
			"pytriage scan [--format text|json|sarif] [--threshold T] PATH...|-", runScan},
		{"report", "write a Markdown, JSON or CSV report of triaged findings",
			"pytriage report [--db PATH] [--format md|json|csv] [--verdict V[,V]] [--since DURATION|DATE] [--out FILE [--force]] [--analyst NAME] [PATH...]", runReport},
		{"model", "train the classifier on the embedded corpus, or evaluate it",
			"pytriage model train [--out FILE] | pytriage model eval [--folds N] [--benign DIR]", runModel},
		{"version", "print the version", "pytriage version", runVersion},
		{"help", "show help for a command", "pytriage help [COMMAND]", runHelp},
	}
}

func lookup(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// newFlags makes the flag set of a command: errors are returned, not
// fatal, and --help prints the command's usage and flags.
func newFlags(_ *env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseFlags parses args into fs. It returns done with the exit code when
// the command should stop: after --help (usage on stdout, exit 0) or a
// flag error (message and usage on stderr, exit 2).
func parseFlags(e *env, fs *flag.FlagSet, args []string) (code int, done bool) {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return exitOK, false
	case err == flag.ErrHelp:
		printUsage(e.stdout, fs)
		return exitOK, true
	}
	e.errorf("%s: %v", fs.Name(), err)
	printUsage(e.stderr, fs)
	return exitUsage, true
}

// printUsage writes the usage line, summary and flags of a command.
func printUsage(w io.Writer, fs *flag.FlagSet) {
	c, _ := lookup(fs.Name())
	fmt.Fprintf(w, "Usage: %s\n\n%s.\n", c.usage, capitalise(c.summary))
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprintln(w, "\nFlags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
}

func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }
