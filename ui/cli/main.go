package cli

import (
	"bufio"
	"context"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/pytriage/pytriage/ui/safe"
)

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // nothing loaded, or the command failed
	exitUsage = 2 // bad flags or arguments
)

// env is what a command runs with: its context and standard streams.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout *bufio.Writer
	stderr io.Writer
}

// Main runs pytriage with args (without the program name) and returns the
// process exit code. The first argument picks a command from the table in
// commands.go; anything else opens the workbench on the arguments (a file
// named like a command is opened with `pytriage ./list` or
// `pytriage open list`).
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	out := bufio.NewWriterSize(stdout, 64<<10)
	e := &env{ctx: ctx, stdin: stdin, stdout: out, stderr: stderr}
	code := dispatch(e, args)
	if err := out.Flush(); err != nil && code == exitOK {
		e.errorf("writing output: %v", err)
		code = exitFail
	}
	return code
}

func dispatch(e *env, args []string) int {
	if len(args) > 0 {
		if c, ok := lookup(args[0]); ok {
			return c.run(e, args[1:])
		}
		switch args[0] {
		case "-h", "-help", "--help":
			return runHelp(e, nil)
		}
	}
	c, _ := lookup(defaultCommand)
	return c.run(e, args)
}

// errorf writes one sanitised "pytriage: ..." line to stderr. Arguments
// may hold finding text or file names: the whole line is escaped.
func (e *env) errorf(format string, args ...any) {
	msg := sprintf(format, args...)
	e.stdout.Flush() // keep stdout and stderr lines in order
	io.WriteString(e.stderr, "pytriage: "+safe.Escape(strings.TrimRight(msg, "\n"))+"\n")
}
