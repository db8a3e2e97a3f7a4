package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/ui/safe"
)

// errorsOverlay lists load errors (file, record, line:column, reason).
// Error text quotes finding data, so it is escaped like finding data.
type errorsOverlay struct{ m menu }

const maxErrorsShown = 500

func newErrorsOverlay(a *App) *errorsOverlay {
	o := &errorsOverlay{m: menu{title: fmt.Sprintf("Load errors: %d", len(a.loadErrs)), footer: "j/k scroll · esc close"}}
	for i, err := range a.loadErrs {
		if i == maxErrorsShown {
			o.m.items = append(o.m.items, a.th.Dim.Render(fmt.Sprintf("…and %d more", len(a.loadErrs)-i)))
			break
		}
		o.m.items = append(o.m.items, safe.Styled(safe.Truncate(err.Error(), 300), false, a.th.Text, a.th.Hostile))
	}
	if len(a.loadErrs) == 0 {
		o.m.items = append(o.m.items, a.th.OK.Render("No load errors."))
	}
	return o
}

func (o *errorsOverlay) render(a *App) []string { return o.m.box(a) }

func (o *errorsOverlay) update(a *App, msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, a.okeys.Close, a.keys.Errors) {
		a.ov = nil
		return nil
	}
	o.m.move(a.okeys, msg)
	return nil
}
