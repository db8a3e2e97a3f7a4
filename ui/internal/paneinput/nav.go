package paneinput

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Nav is the movement and search bindings of a scrolling pane.
type Nav struct {
	Up, Down, PageUp, PageDown, HalfUp, HalfDown, Top, Bottom key.Binding
	Search, Next, Prev, Clear                                 key.Binding
}

// NewNav returns the bindings; what names the rows ("line") goes in the
// help of Top and Bottom, what next/previous step to in Next and Prev.
func NewNav(rows, next string) Nav {
	b := func(keys []string, h, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(h, desc))
	}
	return Nav{
		Up:       b([]string{"k", "up"}, "k/↑", "up"),
		Down:     b([]string{"j", "down"}, "j/↓", "down"),
		PageUp:   b([]string{"pgup", "ctrl+b"}, "pgup", "page up"),
		PageDown: b([]string{"pgdown", "ctrl+f", "space"}, "pgdn", "page down"),
		HalfUp:   b([]string{"ctrl+u"}, "ctrl+u", "half page up"),
		HalfDown: b([]string{"ctrl+d"}, "ctrl+d", "half page down"),
		Top:      b([]string{"g", "home"}, "g", "first "+rows),
		Bottom:   b([]string{"G", "end"}, "G", "last "+rows),
		Search:   b([]string{"/"}, "/", "search"),
		Next:     b([]string{"n"}, "n", "next "+next),
		Prev:     b([]string{"N"}, "N", "previous "+next),
		Clear:    b([]string{"esc"}, "esc", "clear search"),
	}
}

// Movement lists the movement bindings, for help.
func (n Nav) Movement() []key.Binding {
	return []key.Binding{n.Up, n.Down, n.PageUp, n.PageDown, n.HalfUp, n.HalfDown, n.Top, n.Bottom}
}

// Searching lists the search bindings, for help.
func (n Nav) Searching() []key.Binding { return []key.Binding{n.Search, n.Next, n.Prev, n.Clear} }

// Delta is how far a movement key moves the cursor on a screen of body
// rows over total rows; ok is false for keys that do not move.
func (n Nav) Delta(msg tea.KeyPressMsg, body, total int) (delta int, ok bool) {
	page := max(body-1, 1)
	switch {
	case key.Matches(msg, n.Down):
		return 1, true
	case key.Matches(msg, n.Up):
		return -1, true
	case key.Matches(msg, n.PageDown):
		return page, true
	case key.Matches(msg, n.PageUp):
		return -page, true
	case key.Matches(msg, n.HalfDown):
		return max(page/2, 1), true
	case key.Matches(msg, n.HalfUp):
		return -max(page/2, 1), true
	case key.Matches(msg, n.Top):
		return -total, true
	case key.Matches(msg, n.Bottom):
		return total, true
	}
	return 0, false
}
