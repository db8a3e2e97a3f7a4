package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/ui/safe"
)

// The filter input lives on the list's first line while `/` is active:
// typing filters live, enter keeps the filter and returns to the list,
// esc clears it.

// filterChangedMsg tells the shell the filter text changed (it rebuilds the
// view with the current scores).
type filterChangedMsg struct{}

func (p *listPane) startFilter() {
	p.filtering = true
}

func (p *listPane) updateFilter(msg tea.KeyPressMsg) tea.Cmd {
	changed := func() tea.Msg { return filterChangedMsg{} }
	switch msg.String() {
	case "esc":
		p.filtering = false
		if p.query == "" {
			return nil
		}
		p.query = ""
		return changed
	case "enter":
		p.filtering = false
		return nil
	case "backspace":
		if r := []rune(p.query); len(r) > 0 {
			p.query = string(r[:len(r)-1])
			return changed
		}
		return nil
	case "ctrl+u":
		p.query = ""
		return changed
	case "ctrl+w":
		r := []rune(p.query)
		i := len(r)
		for i > 0 && r[i-1] == ' ' {
			i--
		}
		for i > 0 && r[i-1] != ' ' {
			i--
		}
		p.query = string(r[:i])
		return changed
	}
	if t := msg.Key().Text; t != "" && len([]rune(p.query)) < 200 {
		p.query += t
		return changed
	}
	if msg.String() == "space" {
		p.query += " "
		return changed
	}
	return nil
}

// pasteFilter appends pasted text (first line only) to the query.
func (p *listPane) pasteFilter(s string) tea.Cmd {
	for i, r := range s {
		if r == '\n' || r == '\r' {
			s = s[:i]
			break
		}
	}
	if len([]rune(p.query+s)) > 200 {
		return nil
	}
	p.query += s
	return func() tea.Msg { return filterChangedMsg{} }
}

func (p *listPane) filterLine() string {
	// The query is typed or pasted by the analyst, but may hold pasted
	// finding text: it is escaped like finding text.
	q := safe.Styled(p.query, false, p.th.Text, p.th.Hostile)
	cursor := ""
	if p.filtering {
		cursor = p.th.Cursor.Render(" ")
	}
	count := p.th.Dim.Render(fmt.Sprintf("  %d/%d", len(p.view), len(p.all)))
	if p.filterPending {
		count = p.th.Dim.Render("  filtering…")
	}
	return p.th.Key.Render("/") + q + cursor + count
}
