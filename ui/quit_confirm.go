package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// quitConfirm asks before quitting while decisions still wait to be
// written back to SCC (they stay queued in the store and are sent at the
// next --write-back session).
type quitConfirm struct{}

func newQuitConfirm(*App) *quitConfirm { return &quitConfirm{} }

func (q *quitConfirm) render(a *App) []string {
	th := a.th
	lines := []string{
		th.Warning.Render(fmt.Sprintf("%d %s not written back to SCC yet.", a.tri.queue, plural(a.tri.queue, "decision is", "decisions are"))),
		th.Text.Render("They stay queued in the triage store and are sent"),
		th.Text.Render("the next time pytriage runs with --write-back."),
		"",
		th.Key.Render("y") + th.KeyDesc.Render(" quit anyway   ") + th.Key.Render("n/esc") + th.KeyDesc.Render(" stay"),
	}
	w := 4
	for _, l := range lines {
		w = max(w, cellWidth(l)+4)
	}
	return frame(strings.Join(lines, "\n"), min(w, max(20, a.w-2)), len(lines)+2, th.TitleFocused.Render(" Quit? "), th.BorderFocused)
}

func (q *quitConfirm) update(a *App, msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "y", "Y", "q":
		a.tri.quitConfirmed = true
		a.ov = nil
		return a.quit()
	case "n", "N", "esc":
		a.ov = nil
	}
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
