package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// overlay is a box drawn over the panes (help, related findings, copy
// menu, load errors). While one is open it takes every key but ctrl+c.
type overlay interface {
	render(a *App) []string
	update(a *App, msg tea.KeyPressMsg) tea.Cmd
}

// menu is the scrolling, selectable list inside an overlay.
type menu struct {
	title  string
	items  []string // already styled, trusted or escaped
	footer string
	cursor int
	offset int
	choose bool // rows are selectable (cursor shown)
}

// box renders the menu framed, sized to fit the screen.
func (m *menu) box(a *App) []string {
	th := a.th
	maxW := max(20, a.w-4)
	maxH := max(5, a.h-3)
	w := cellWidth(m.title) + 6
	for _, it := range m.items {
		w = max(w, cellWidth(it)+4)
	}
	w = min(max(w, cellWidth(m.footer)+4), maxW)
	inner := min(len(m.items), maxH-2)
	if m.footer != "" {
		inner = min(len(m.items)+1, maxH-2)
	}
	rows := inner
	if m.footer != "" {
		rows--
	}
	rows = max(rows, 1)
	if !m.choose {
		m.cursor = clamp(m.cursor, 0, max(0, len(m.items)-rows))
		m.offset = m.cursor
	}
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+rows {
		m.offset = m.cursor - rows + 1
	}
	var lines []string
	for i := m.offset; i < len(m.items) && i < m.offset+rows; i++ {
		l := m.items[i]
		if m.choose {
			if i == m.cursor {
				l = th.Cursor.Render("▶") + " " + l
			} else {
				l = "  " + l
			}
		}
		lines = append(lines, l)
	}
	if len(m.items) == 0 {
		lines = append(lines, th.Dim.Render("(nothing)"))
	}
	if m.footer != "" {
		lines = append(lines, th.Dim.Render(m.footer))
	}
	title := th.TitleFocused.Render(" " + m.title + " ")
	return frame(strings.Join(lines, "\n"), w, len(lines)+2, title, th.BorderFocused)
}

// move handles the shared movement keys; it reports whether msg was one.
func (m *menu) move(k overlayKeys, msg tea.KeyPressMsg) bool {
	switch {
	case key.Matches(msg, k.Down):
		m.cursor = min(m.cursor+1, max(0, len(m.items)-1))
	case key.Matches(msg, k.Up):
		m.cursor = max(m.cursor-1, 0)
	case msg.String() == "g" || msg.String() == "home":
		m.cursor = 0
	case msg.String() == "G" || msg.String() == "end":
		m.cursor = max(0, len(m.items)-1)
	case msg.String() == "pgdown" || msg.String() == "ctrl+d":
		m.cursor = min(m.cursor+10, max(0, len(m.items)-1))
	case msg.String() == "pgup" || msg.String() == "ctrl+u":
		m.cursor = max(m.cursor-10, 0)
	default:
		return false
	}
	return true
}

func boxWidth(box []string) int {
	w := 0
	for _, l := range box {
		w = max(w, cellWidth(l))
	}
	return w
}
