package scriptpane

import "charm.land/bubbles/v2/key"

// keyMap is the pane's own bindings; KeyMap lists them for the shell's help.
type keyMap struct {
	Up, Down, PageUp, PageDown, HalfUp, HalfDown, Top, Bottom key.Binding
	Left, Right, NextFlag, PrevFlag, Layers                   key.Binding
	Search, Next, Prev, Clear                                 key.Binding
}

func newKeyMap() keyMap {
	b := func(keys []string, h, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(h, desc))
	}
	return keyMap{
		Up:       b([]string{"k", "up"}, "k/↑", "up"),
		Down:     b([]string{"j", "down"}, "j/↓", "down"),
		PageUp:   b([]string{"pgup", "ctrl+b"}, "pgup", "page up"),
		PageDown: b([]string{"pgdown", "ctrl+f", "space"}, "pgdn", "page down"),
		HalfUp:   b([]string{"ctrl+u"}, "ctrl+u", "half page up"),
		HalfDown: b([]string{"ctrl+d"}, "ctrl+d", "half page down"),
		Top:      b([]string{"g", "home"}, "g", "first line"),
		Bottom:   b([]string{"G", "end"}, "G", "last line"),
		Left:     b([]string{"h", "left"}, "h/←", "scroll left"),
		Right:    b([]string{"l", "right"}, "l/→", "scroll right"),
		NextFlag: b([]string{"]"}, "]", "next flagged line"),
		PrevFlag: b([]string{"["}, "[", "previous flagged line"),
		Layers:   b([]string{"d"}, "d", "show decoded layers"),
		Search:   b([]string{"/"}, "/", "search the script"),
		Next:     b([]string{"n"}, "n", "next match (or flagged line)"),
		Prev:     b([]string{"N"}, "N", "previous match (or flagged line)"),
		Clear:    b([]string{"esc"}, "esc", "clear search"),
	}
}

func (k keyMap) all() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.Top, k.Bottom,
		k.Left, k.Right, k.NextFlag, k.PrevFlag, k.Layers, k.Search, k.Next, k.Prev, k.Clear}
}
