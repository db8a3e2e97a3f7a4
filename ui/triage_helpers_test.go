package ui

import (
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/triage"
)

// openStore opens a triage store in a temporary directory.
func openStore(t testing.TB) *triage.Store {
	t.Helper()
	return openStoreAt(t, filepath.Join(t.TempDir(), "triage.db"))
}

func openStoreAt(t testing.TB, path string) *triage.Store {
	t.Helper()
	st, err := triage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// newTriageApp is newTestApp with a triage store, analyst "alice", and the
// store's state loaded.
func newTriageApp(t testing.TB, st *triage.Store, recs []*finding.Record, w, h int, opts ...func(*Options)) *App {
	t.Helper()
	all := append([]func(*Options){func(o *Options) { o.Store, o.Analyst = st, "alice" }}, opts...)
	a := newTestApp(t, recs, w, h, all...)
	drive(a, a.reloadTriage())
	return a
}

// drive runs cmd and feeds the messages it produces back through Update,
// round after round, until no quick message is left (ticks are dropped by
// runCmd, so polling and toasts do not loop).
func drive(a *App, cmd tea.Cmd) []tea.Msg {
	var seen []tea.Msg
	for i := 0; i < 60 && cmd != nil; i++ {
		msgs := runCmd(cmd)
		if len(msgs) == 0 {
			break
		}
		seen = append(seen, msgs...)
		var next []tea.Cmd
		for _, m := range msgs {
			_, c := a.Update(m)
			next = append(next, c)
		}
		cmd = tea.Batch(next...)
	}
	return seen
}

// pressSettle presses k and drives what it started.
func pressSettle(a *App, k string) []tea.Msg { return drive(a, press(a, k)) }

// currentOf reads a finding's current decision from the store itself.
func currentOf(t *testing.T, st *triage.Store, name string) (triage.Decision, bool) {
	t.Helper()
	cur, err := st.Current(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	d, ok := cur[name]
	return d, ok
}

// listText is the stripped text of the findings list alone.
func listText(a *App) string { return ansi.Strip(a.list.View()) }
