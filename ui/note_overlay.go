package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/finding/triage"
	"github.com/pytriage/pytriage/ui/safe"
)

// The note editor (`a`): a multi-line textarea in an overlay. ctrl+s saves
// a decision carrying the note and the finding's current verdict; esc
// closes, asking first when the note changed. Whatever is typed or pasted
// is escaped on the way in (a pasted finding string keeps its bidi and
// control characters visible as tokens), and so is a note loaded from the
// store.

const noteMaxRunes = 8000

// noteKeys are the editor's own bindings (shown in its footer).
type noteKeys struct {
	Save, Cancel, Yes, No key.Binding
}

func newNoteKeys() noteKeys {
	return noteKeys{
		Save:   key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Yes:    key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "save")),
		No:     key.NewBinding(key.WithKeys("n", "N"), key.WithHelp("n", "discard")),
	}
}

type noteOverlay struct {
	ta         textarea.Model
	target     *entry
	orig       string
	confirming bool // esc with changes: asking whether to save
	keys       noteKeys
}

// openNote opens the editor on the selected finding, with its current
// note.
func (a *App) openNote() tea.Cmd {
	e := a.list.selected()
	if e == nil {
		return nil
	}
	if e.rec.Finding.Name == "" {
		return a.showToast("the finding has no name: a note cannot be kept")
	}
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = "│ "
	ta.CharLimit = noteMaxRunes
	ta.Placeholder = "Why this verdict? What did you check?"
	st := textarea.DefaultStyles(a.th.IsDark)
	st.Cursor.Blink = false
	ta.SetStyles(st)
	// Terminal paste arrives as tea.PasteMsg and is escaped (paste); the
	// textarea's own ctrl+v would read the clipboard unescaped.
	ta.KeyMap.Paste.SetEnabled(false)
	orig := safe.EscapeMultiline(a.tri.current[e.rec.Finding.Name].Note)
	ta.SetValue(orig)
	ta.Focus()
	a.ov = &noteOverlay{ta: ta, target: e, orig: ta.Value(), keys: newNoteKeys()}
	return nil
}

func (o *noteOverlay) render(a *App) []string {
	th := a.th
	w := min(max(40, a.w-8), 78)
	h := min(10, max(3, a.h-10))
	o.ta.SetWidth(w - 2)
	o.ta.SetHeight(h)
	lines := []string{th.Dim.Render("Finding ") + safe.Styled(safe.Truncate(o.target.resource, 120), false, th.Text, th.Hostile) +
		th.Dim.Render("  verdict ") + th.Text.Render(a.verdictOf(o.target).Label())}
	lines = append(lines, fitBlock(o.ta.View(), w-2, h)...)
	footer := "ctrl+s save · esc cancel · enter new line"
	if o.confirming {
		footer = "The note changed. y save · n discard · esc keep editing"
	}
	lines = append(lines, th.Warning.Render(footer))
	title := th.TitleFocused.Render(" Note ")
	return frame(strings.Join(lines, "\n"), w, len(lines)+2, title, th.BorderFocused)
}

func (o *noteOverlay) update(a *App, msg tea.KeyPressMsg) tea.Cmd {
	k := o.keys
	if o.confirming {
		switch {
		case key.Matches(msg, k.Yes):
			return o.save(a)
		case key.Matches(msg, k.No):
			a.ov = nil
		case key.Matches(msg, k.Cancel):
			o.confirming = false
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Save):
		return o.save(a)
	case key.Matches(msg, k.Cancel):
		if o.ta.Value() == o.orig {
			a.ov = nil
			return nil
		}
		o.confirming = true
		return nil
	}
	if msg.Text != "" && safe.Escape(msg.Text) != msg.Text {
		o.ta.InsertString(safe.Escape(msg.Text))
		return nil
	}
	var cmd tea.Cmd
	o.ta, cmd = o.ta.Update(msg)
	return cmd
}

// paste inserts pasted text, escaped.
func (o *noteOverlay) paste(msg tea.PasteMsg) tea.Cmd {
	if !o.confirming {
		o.ta.InsertString(safe.EscapeMultiline(msg.Content))
	}
	return nil
}

// save records the note with the finding's current verdict (clear when
// it has none).
func (o *noteOverlay) save(a *App) tea.Cmd {
	a.ov = nil
	v := a.verdictOf(o.target)
	if v == "" {
		v = triage.Clear
	}
	d := a.decisionFor(o.target, v, strings.TrimRight(o.ta.Value(), "\n "))
	return a.record([]triage.Decision{d}, "note saved")
}
