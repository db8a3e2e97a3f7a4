package ui

import (
	"fmt"
	"strings"
)

// Focus: one pane has the keyboard. It is shown by the border style (thick
// or double) AND a title marker (▶), never by colour alone.

// setFocus gives p the keyboard and makes it the visible tab of its column.
func (a *App) setFocus(p paneID) {
	if p < 0 || p >= numPanes {
		return
	}
	a.focus = p
	switch p {
	case paneSummary, paneJSON:
		a.lastTab, a.lastDetail = p, p
	case paneScript:
		a.lastDetail = p
	}
	a.applyFocus()
}

func (a *App) applyFocus() {
	for i, p := range a.panes {
		if f, ok := p.(Focusable); ok {
			f.SetFocused(paneID(i) == a.focus)
		}
	}
}

// cycleFocus moves focus by d through the four panes.
func (a *App) cycleFocus(d int) {
	a.setFocus(paneID((int(a.focus) + d + int(numPanes)) % int(numPanes)))
}

// activeIn is the pane column i shows: the focused pane if it lives there,
// else the last detail pane or tab shown there, else its first.
func (a *App) activeIn(i int) paneID {
	c := a.lay.columns[i]
	has := func(p paneID) bool {
		for _, q := range c.panes {
			if q == p {
				return true
			}
		}
		return false
	}
	for _, p := range []paneID{a.focus, a.lastDetail, a.lastTab} {
		if has(p) {
			return p
		}
	}
	return c.panes[0]
}

// resize recomputes the layout and sizes every pane to its column.
func (a *App) resize(w, h int) {
	a.w, a.h = w, h
	a.lay = computeLayout(w, h)
	for _, c := range a.lay.columns {
		in := c.inner()
		for _, p := range c.panes {
			a.panes[p].SetSize(in.W, in.H)
		}
	}
}

// renderColumn draws column i: its active pane in a frame whose title holds
// the tabs.
func (a *App) renderColumn(i int) []string {
	c := a.lay.columns[i]
	active := a.activeIn(i)
	focused := active == a.focus
	bs := a.th.Border
	if focused {
		bs = a.th.BorderFocused
	}
	title, _ := a.columnTitle(i)
	return frame(a.panes[active].View(), c.r.W, c.r.H, title, bs)
}

// tabSpan is where a tab label sits in a column's top edge, for clicks.
type tabSpan struct {
	pane     paneID
	from, to int // column-relative x, half-open
}

// columnTitle renders the title of column i and where each tab sits.
func (a *App) columnTitle(i int) (string, []tabSpan) {
	c := a.lay.columns[i]
	active := a.activeIn(i)
	var b strings.Builder
	var spans []tabSpan
	x := 2 // after the corner and one edge cell
	for j, p := range c.panes {
		if j > 0 {
			b.WriteString(a.th.Dim.Render("│"))
			x++
		}
		label := fmt.Sprintf(" %d %s ", int(p)+1, a.paneTitle(p))
		if p == a.focus {
			label = fmt.Sprintf("▶%d %s ", int(p)+1, a.paneTitle(p))
		}
		st := a.th.Tab
		switch {
		case p == a.focus:
			st = a.th.TitleFocused
		case p == active && len(c.panes) > 1:
			st = a.th.TabActive
		case len(c.panes) == 1:
			st = a.th.Title
		}
		w := cellWidth(label)
		spans = append(spans, tabSpan{pane: p, from: x, to: x + w})
		x += w
		b.WriteString(st.Render(label))
	}
	return b.String(), spans
}

// paneTitle is a pane's title with a count for the list.
func (a *App) paneTitle(p paneID) string {
	if p == paneList {
		if a.list.query != "" {
			return fmt.Sprintf("Findings %d/%d", len(a.list.view), len(a.list.all))
		}
		return fmt.Sprintf("Findings %d", len(a.list.all))
	}
	return a.panes[p].Title()
}
