package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/theme"
)

// Pane is the contract between the workbench shell and the panes it lays
// out (list, Summary, JSON, Script). Panes are pointers owned by the shell;
// the shell owns focus, sizes and routing.
//
//   - Update gets every non-key message, but key and mouse messages only
//     while the pane has focus (or, for the mouse wheel, sits under the
//     pointer). It mutates the pane and returns a command, never does I/O.
//   - View returns exactly the w×h cells last given to SetSize: h lines
//     joined by "\n", each line w cells wide, no trailing newline. The shell
//     draws the border and the title around it.
//   - SetRecord tells the pane the selected finding changed (nil: none).
//   - KeyMap lists the pane's own bindings, for the help overlay and the
//     status-bar hints.
//   - Title is the short name shown in the border and the tab bar.
type Pane interface {
	Update(msg tea.Msg) tea.Cmd
	View() string
	SetSize(w, h int)
	SetRecord(r *finding.Record)
	KeyMap() []key.Binding
	Title() string
}

// The shell also looks for these optional methods on a pane (Go interfaces
// are structural, so a pane package implements them without importing
// package ui).

// Focusable panes are told when they gain or lose focus (to show a cursor
// only when focused, for instance).
type Focusable interface {
	SetFocused(focused bool)
}

// Themed panes are given the theme at start and whenever it changes (the
// auto theme switches once the terminal reports its background).
type Themed interface {
	SetTheme(t *theme.Theme)
}

// ReportReceiver panes are given the classifier's report for the selected
// finding's script once it is ready. The shell runs model.AnalyzeString in a
// tea.Cmd, caches reports by the script's sha256 and calls SetReport with
// the key it analysed (the sha256 of the script text) and the report; until
// then the pane shows its own "analysing…" state. rep is never nil.
type ReportReceiver interface {
	SetReport(sha256 string, rep *model.Report)
}

// Loader panes start background work when the record changes (the Script
// pane tokenises and highlights in a tea.Cmd; SetRecord cannot return one).
// The shell calls Load right after SetRecord and runs the command it
// returns (nil: nothing to do). Added by the JSON/Script pane helper.
type Loader interface {
	Load() tea.Cmd
}

// InputCapturer panes are typing into a prompt of their own (the JSON and
// Script panes' "/" search): while Capturing is true the shell sends every
// key to the pane and runs none of its global bindings except ctrl+c.
// Added by the JSON/Script pane helper.
type InputCapturer interface {
	Capturing() bool
}
