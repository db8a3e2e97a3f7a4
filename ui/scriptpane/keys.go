package scriptpane

import (
	"charm.land/bubbles/v2/key"

	"github.com/pytriage/pytriage/ui/internal/paneinput"
)

// keyMap is the pane's own bindings; KeyMap lists them for the shell's help.
type keyMap struct {
	paneinput.Nav
	Left, Right, NextFlag, PrevFlag, Layers key.Binding
}

func newKeyMap() keyMap {
	b := func(keys []string, h, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(h, desc))
	}
	k := keyMap{
		Nav:      paneinput.NewNav("line", "match (or flagged line)"),
		Left:     b([]string{"h", "left"}, "h/←", "scroll left"),
		Right:    b([]string{"l", "right"}, "l/→", "scroll right"),
		NextFlag: b([]string{"]"}, "]", "next flagged line"),
		PrevFlag: b([]string{"["}, "[", "previous flagged line"),
		Layers:   b([]string{"d"}, "d", "show decoded layers"),
	}
	k.Search.SetHelp("/", "search the script")
	return k
}

func (k keyMap) all() []key.Binding {
	out := append(k.Movement(), k.Left, k.Right, k.NextFlag, k.PrevFlag, k.Layers)
	return append(out, k.Searching()...)
}
