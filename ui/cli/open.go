package cli

import (
	"context"
	"iter"
	"os"

	"github.com/charmbracelet/x/term"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/ui"
)

// runOpen is the default command: `pytriage [flags] [PATH|-]...` opens
// the workbench on the findings, the embedded samples when no PATH is
// given.
func runOpen(e *env, args []string) int {
	fs := newFlags(e, "open")
	lf := addLoadFlags(fs)
	themeName := fs.String("theme", "dark", "colour theme: dark, light or auto (NO_COLOR turns colour off)")
	noMouse := fs.Bool("no-mouse", false, "leave the mouse to the terminal (no click-to-focus, no wheel)")
	window := fs.Duration("window", finding.DefaultRelatedWindow, "related findings: same container or resource within ± this of the event time")
	tf := addTriageFlags(fs)
	lv := addLiveFlags(fs)
	if code, done := parseFlags(e, fs, args); done {
		return code
	}
	if err := lf.check(); err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	switch *themeName {
	case "dark", "light", "auto":
	default:
		e.errorf("open: --theme %q: want dark, light or auto", *themeName)
		return exitUsage
	}
	if err := lv.check(fs.Args()); err == nil && tf.noDB && lv.writeBack != 0 {
		e.errorf("open: --write-back needs the triage store (it queues there): drop --no-db")
		return exitUsage
	} else if err != nil {
		e.errorf("open: %v", err)
		return exitUsage
	}
	ctx, cancel := context.WithCancel(e.ctx)
	defer cancel() // quitting ends a live listing still under way
	if *window <= 0 {
		e.errorf("open: --window %s: want a positive duration such as 30m or 2h", *window)
		return exitUsage
	}
	opts := ui.Options{Theme: *themeName, NoMouse: *noMouse, RelatedWindow: *window}
	if lv.on() {
		closeLive, err := lv.open(ctx, &opts)
		if err != nil {
			e.errorf("open: %v", err)
			return exitFail
		}
		defer closeLive()
	} else {
		opts.Records = loadAll(e, fs.Args(), lf.options())
	}
	if !term.IsTerminal(os.Stdout.Fd()) {
		return workbench(e, opts.Records)
	}
	closeStore, err := tf.open(&opts)
	if err != nil {
		e.errorf("open: %v", err)
		return exitFail
	}
	defer closeStore()
	if lv.writeBack != 0 && opts.Store != nil {
		opts.WriteBack = lv.drainer(opts.Store)
	}
	if err := ui.Run(ctx, opts); err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	return exitOK
}

// workbench prints the list form of `pytriage list` when stdout is not a
// terminal (a pipe or a file): the interactive workbench needs a terminal.
func workbench(e *env, recs iter.Seq2[*finding.Record, error]) int {
	var t tally
	for r, err := range recs {
		if err != nil {
			t.report(e, err)
			continue
		}
		t.records++
		writeTextRow(e.stdout, rowOf(r))
	}
	return t.exitCode(e)
}
