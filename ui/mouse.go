package ui

import (
	tea "charm.land/bubbletea/v2"
)

// Mouse: a click focuses the pane under the pointer (a click on a tab
// label focuses that tab, a click on a list row selects it); the wheel
// scrolls the pane under the pointer, focused or not.

// columnAt returns the column index under (x, y), or -1.
func (a *App) columnAt(x, y int) int {
	for i, c := range a.lay.columns {
		if c.r.contains(x, y) {
			return i
		}
	}
	return -1
}

func (a *App) onClick(msg tea.MouseClickMsg) tea.Cmd {
	m := msg.Mouse()
	if a.ov != nil || m.Button != tea.MouseLeft {
		return nil
	}
	i := a.columnAt(m.X, m.Y)
	if i < 0 {
		return nil
	}
	c := a.lay.columns[i]
	if m.Y == c.r.Y {
		_, spans := a.columnTitle(i)
		for _, s := range spans {
			if x := m.X - c.r.X; x >= s.from && x < s.to {
				a.setFocus(s.pane)
				return nil
			}
		}
	}
	p := a.activeIn(i)
	a.setFocus(p)
	if p == paneList {
		a.list.clickRow(m.Y - c.inner().Y)
	}
	return nil
}

func (a *App) onWheel(msg tea.MouseWheelMsg) tea.Cmd {
	if a.ov != nil {
		return nil
	}
	m := msg.Mouse()
	i := a.columnAt(m.X, m.Y)
	if i < 0 {
		return nil
	}
	return a.panes[a.activeIn(i)].Update(msg)
}
