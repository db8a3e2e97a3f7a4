package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// helpOverlay is generated from the key bindings: the global keymap, the
// focused pane's KeyMap and the overlay keys. Help cannot drift from keys.
type helpOverlay struct{ m menu }

func newHelpOverlay(a *App) *helpOverlay {
	h := &helpOverlay{m: menu{title: "Keys", footer: "j/k scroll · esc/q/? close"}}
	add := func(title string, bs []key.Binding) {
		if len(h.m.items) > 0 {
			h.m.items = append(h.m.items, "")
		}
		h.m.items = append(h.m.items, a.th.Heading.Render(title))
		for _, b := range bs {
			if !b.Enabled() || b.Help().Key == "" {
				continue
			}
			h.m.items = append(h.m.items, a.th.Key.Render(pad(b.Help().Key, 14))+a.th.KeyDesc.Render(b.Help().Desc))
		}
	}
	add("Global", a.keys.bindings())
	add("Triage", a.tkeys.bindings())
	add(a.panes[a.focus].Title()+" (focused pane)", a.panes[a.focus].KeyMap())
	o := a.okeys
	add("Overlays", []key.Binding{o.Down, o.Up, o.Choose, o.Close})
	return h
}

func (h *helpOverlay) render(a *App) []string { return h.m.box(a) }

func (h *helpOverlay) update(a *App, msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, a.okeys.Close, a.keys.Help) {
		a.ov = nil
		return nil
	}
	// The cursor is hidden: it is the first visible line (box clamps it).
	h.m.move(a.okeys, msg)
	return nil
}
