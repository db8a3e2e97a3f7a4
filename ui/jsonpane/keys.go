package jsonpane

import (
	"charm.land/bubbles/v2/key"

	"github.com/pytriage/pytriage/ui/internal/paneinput"
)

// keyMap is the pane's own bindings; KeyMap lists them for the shell's help.
type keyMap struct {
	paneinput.Nav
	Fold, Unfold, FoldAll, Expand, Contents key.Binding
}

func newKeyMap() keyMap {
	b := func(keys []string, h, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(h, desc))
	}
	k := keyMap{
		Nav:      paneinput.NewNav("line", "match"),
		Fold:     b([]string{"h", "left"}, "h/←", "fold / to parent"),
		Unfold:   b([]string{"l", "right"}, "l/→", "unfold"),
		FoldAll:  b([]string{"z"}, "z", "fold all / unfold all"),
		Expand:   b([]string{"x", "enter"}, "x", "expand long string"),
		Contents: b([]string{"c"}, "c", "jump to script contents"),
	}
	k.Search.SetHelp("/", "search keys and values")
	return k
}

func (k keyMap) all() []key.Binding {
	out := append(k.Movement(), k.Fold, k.Unfold, k.FoldAll, k.Expand, k.Contents)
	return append(out, k.Searching()...)
}
