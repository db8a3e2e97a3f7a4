package jsonpane

import "charm.land/bubbles/v2/key"

// keyMap is the pane's own bindings; KeyMap lists them for the shell's help.
type keyMap struct {
	Up, Down, PageUp, PageDown, HalfUp, HalfDown, Top, Bottom key.Binding
	Fold, Unfold, FoldAll, Expand, Contents                   key.Binding
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
		Top:      b([]string{"g", "home"}, "g", "top"),
		Bottom:   b([]string{"G", "end"}, "G", "bottom"),
		Fold:     b([]string{"h", "left"}, "h/←", "fold / to parent"),
		Unfold:   b([]string{"l", "right"}, "l/→", "unfold"),
		FoldAll:  b([]string{"z"}, "z", "fold all / unfold all"),
		Expand:   b([]string{"x", "enter"}, "x", "expand long string"),
		Contents: b([]string{"c"}, "c", "jump to script contents"),
		Search:   b([]string{"/"}, "/", "search keys and values"),
		Next:     b([]string{"n"}, "n", "next match"),
		Prev:     b([]string{"N"}, "N", "previous match"),
		Clear:    b([]string{"esc"}, "esc", "clear search"),
	}
}

func (k keyMap) all() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.Top, k.Bottom,
		k.Fold, k.Unfold, k.FoldAll, k.Expand, k.Contents, k.Search, k.Next, k.Prev, k.Clear}
}
