package ui

import (
	"fmt"
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/ui/safe"
)

// The copy menu (`y`): sha256, VirusTotal link, resource name and the
// next-step commands. What is copied is always the ESCAPED text (so a
// control character in a finding cannot reach the clipboard), sent as OSC
// 52 through the terminal plus a native tool where one is installed.

type copyItem struct {
	label string
	value string // escaped already
}

type copyMenu struct {
	m     menu
	items []copyItem
}

// osc52Warn is where OSC 52 gets unreliable (k9s caps at 74,994 bytes of
// base64; terminals differ).
const osc52Warn = 74994 * 3 / 4

func newCopyMenu(a *App, r *finding.Record) *copyMenu {
	o := &copyMenu{m: menu{title: "Copy", choose: true, footer: "enter or 1–9 copy · esc close · escaped text is copied"}}
	add := func(label, raw string) {
		if raw == "" {
			return
		}
		o.items = append(o.items, copyItem{label: label, value: safe.Escape(raw)})
	}
	if s, ok := scriptOf(&r.Finding); ok {
		add("sha256", s.SHA256)
	}
	add("VirusTotal link", virusTotalURL(&r.Finding))
	res := r.Finding.ResourceName
	if res == "" {
		res = r.Resource.Name
	}
	add("resource name", res)
	add("finding name", r.Finding.Name)
	for _, st := range nextSteps(r) {
		add(shortStep(st.Title), st.Command)
	}
	for i, it := range o.items {
		n := " "
		if i < 9 {
			n = strconv.Itoa(i + 1)
		}
		preview := it.value
		if len([]rune(preview)) > 60 {
			preview = string([]rune(preview)[:59]) + "…"
		}
		o.m.items = append(o.m.items, a.th.Key.Render(n)+" "+a.th.Text.Render(pad(it.label, 17))+" "+a.th.Dim.Render(preview))
	}
	return o
}

func (o *copyMenu) render(a *App) []string { return o.m.box(a) }

func (o *copyMenu) update(a *App, msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, a.okeys.Close):
		a.ov = nil
		return nil
	case key.Matches(msg, a.okeys.Choose):
		return o.copy(a, o.m.cursor)
	}
	if s := msg.String(); len(s) == 1 && s[0] >= '1' && s[0] <= '9' {
		return o.copy(a, int(s[0]-'1'))
	}
	o.m.move(a.okeys, msg)
	return nil
}

func (o *copyMenu) copy(a *App, i int) tea.Cmd {
	if i < 0 || i >= len(o.items) {
		return nil
	}
	a.ov = nil
	it := o.items[i]
	return tea.Batch(tea.SetClipboard(it.value), nativeCopyCmd(a.ctx, a.opts.Clipboard, it.label, it.value))
}

// copiedMsg reports the result of a copy for the toast.
type copiedMsg struct {
	label, tool string
	n           int
	err         error
}

func (m copiedMsg) text() string {
	s := fmt.Sprintf("copied %s (%d bytes) via OSC 52", m.label, m.n)
	if m.tool != "" {
		s += " + " + m.tool
	}
	if m.err != nil {
		s += " (native copy failed: " + safe.Escape(m.err.Error()) + ")"
	}
	if m.n > osc52Warn {
		s += " — large: some terminals drop OSC 52 this big"
	}
	return s
}
