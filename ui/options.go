package ui

import (
	"context"
	"io"
	"iter"
	"time"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/triage"
	"github.com/pytriage/pytriage/model"
)

// Options configure the workbench. The zero value opens an empty
// workbench with the dark theme and the mouse on.
type Options struct {
	// Records is the stream of findings to show: usually finding.Load over
	// the sources the user named. Records arrive in batches while the
	// first rows are already on screen; *finding.LoadError values are
	// counted and listed, the rest keep loading.
	Records iter.Seq2[*finding.Record, error]

	// Theme is "dark" (default), "light", "auto" (ask the terminal for its
	// background, dark until it answers) or "nocolor".
	Theme string
	// NoColor forces the NoColor theme and the ASCII colour profile (Run
	// sets it when NO_COLOR is non-empty).
	NoColor bool
	// NoMouse leaves the mouse to the terminal (no click-to-focus, no wheel).
	NoMouse bool

	// Analyze classifies a script; nil uses model.AnalyzeString. It runs in a
	// tea.Cmd, off the UI loop, once per distinct script (by sha256).
	Analyze func(src string) *model.Report

	// Clipboard is the native clipboard fallback run after the OSC 52 copy;
	// nil uses the first of wl-copy, xclip, xsel, pbcopy found on PATH. The
	// text is always the escaped form and is written to the tool's stdin.
	Clipboard func(ctx context.Context, text string) (tool string, err error)

	// Store keeps the analyst's verdicts and notes; nil opens the
	// workbench without triage (the triage keys say "no triage store").
	Store *triage.Store
	// Analyst names who decides (--analyst, default $USER).
	Analyst string
	// Source is recorded with each decision ("scc-api" in live mode); ""
	// records the file the finding was read from.
	Source string

	// Progress, when set, is the status-bar line of a streaming source
	// (live mode: pages, findings, rate, "done" once the last page came).
	// It is called while rendering, so it must only read memory.
	Progress func() string
	// WriteBack, when set, sends the store's queued decisions to the SCC
	// service (live mode with --write-back). Decisions are then queued
	// with DecideAndQueue; WriteBack runs in a tea.Cmd after each decision
	// and every 30 s, and the list shows each finding's write-back state.
	WriteBack func(ctx context.Context) (sent, failed int, err error)

	// RelatedWindow is how far before and after a finding's event time the
	// related-findings timeline and reports look (zero: one hour).
	RelatedWindow time.Duration

	// Now gives the current time (tests pin it); nil uses time.Now.
	Now func() time.Time

	// Input and Output replace stdin and stdout for Run (tests).
	Input  io.Reader
	Output io.Writer
}
