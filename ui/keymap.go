package ui

import "charm.land/bubbles/v2/key"

// globalKeys are the shell's own bindings. The help overlay and the status
// bar hints are generated from them and from the focused pane's KeyMap, so
// help cannot drift from the keys.
type globalKeys struct {
	Quit      key.Binding
	ForceQuit key.Binding
	Help      key.Binding
	NextPane  key.Binding
	PrevPane  key.Binding
	FocusList key.Binding
	FocusSum  key.Binding
	FocusJSON key.Binding
	FocusScr  key.Binding
	Filter    key.Binding
	Sort      key.Binding
	Related   key.Binding
	Copy      key.Binding
	Errors    key.Binding
	Theme     key.Binding
}

func newGlobalKeys() globalKeys {
	return globalKeys{
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit / close overlay")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		NextPane:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane")),
		PrevPane:  key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous pane")),
		FocusList: key.NewBinding(key.WithKeys("1"), key.WithHelp("1", "list")),
		FocusSum:  key.NewBinding(key.WithKeys("2"), key.WithHelp("2", "summary")),
		FocusJSON: key.NewBinding(key.WithKeys("3"), key.WithHelp("3", "JSON")),
		FocusScr:  key.NewBinding(key.WithKeys("4"), key.WithHelp("4", "script")),
		Filter:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter findings")),
		Sort:      key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort: time/severity/score")),
		Related:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "related findings")),
		Copy:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy sha256/link/name")),
		Errors:    key.NewBinding(key.WithKeys("!"), key.WithHelp("!", "load errors")),
		Theme:     key.NewBinding(key.WithKeys("T"), key.WithHelp("T", "switch theme")),
	}
}

// bindings lists the global bindings in help order.
func (k globalKeys) bindings() []key.Binding {
	return []key.Binding{k.Help, k.Quit, k.ForceQuit, k.NextPane, k.PrevPane,
		k.FocusList, k.FocusSum, k.FocusJSON, k.FocusScr,
		k.Filter, k.Sort, k.Related, k.Copy, k.Errors, k.Theme}
}

// hints is the short list for the status bar.
func (k globalKeys) hints() []key.Binding {
	return []key.Binding{k.Help, k.NextPane, k.Filter, k.Related, k.Copy, k.Quit}
}

// overlayKeys are the bindings shared by the overlays (help, related,
// copy, errors).
type overlayKeys struct {
	Up, Down, Choose, Close key.Binding
}

func newOverlayKeys() overlayKeys {
	return overlayKeys{
		Up:     key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "up")),
		Down:   key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "down")),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Close:  key.NewBinding(key.WithKeys("esc", "q"), key.WithHelp("esc/q", "close")),
	}
}
