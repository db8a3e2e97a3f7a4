package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/ui/safe"
	"github.com/pytriage/pytriage/ui/theme"
)

// rawScriptPane shows the script as escaped plain text with line numbers:
// the fallback Script pane, used until (or when) the highlighting pane is
// unavailable.
type rawScriptPane struct {
	th     *theme.Theme
	w, h   int
	lines  []string
	offset int
	keys   scrollKeys
}

func newRawScriptPane(th *theme.Theme) *rawScriptPane {
	return &rawScriptPane{th: th, keys: newScrollKeys()}
}

func (p *rawScriptPane) Title() string           { return "Script" }
func (p *rawScriptPane) KeyMap() []key.Binding   { return p.keys.list() }
func (p *rawScriptPane) SetSize(w, h int)        { p.w, p.h = w, h }
func (p *rawScriptPane) SetTheme(t *theme.Theme) { p.th = t }

func (p *rawScriptPane) SetRecord(r *finding.Record) {
	p.lines, p.offset = nil, 0
	if r == nil {
		return
	}
	s, ok := scriptOf(&r.Finding)
	if !ok {
		p.lines = []string{"(no script)"}
		return
	}
	p.lines = strings.Split(safe.EscapeMultiline(s.Contents), "\n")
}

func (p *rawScriptPane) Update(msg tea.Msg) tea.Cmd {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		k := p.keys
		switch {
		case key.Matches(msg, k.Down):
			p.offset++
		case key.Matches(msg, k.Up):
			p.offset--
		case key.Matches(msg, k.Top):
			p.offset = 0
		case key.Matches(msg, k.Bottom):
			p.offset = len(p.lines)
		case key.Matches(msg, k.PageDown, k.HalfDown):
			p.offset += p.h / 2
		case key.Matches(msg, k.PageUp, k.HalfUp):
			p.offset -= p.h / 2
		}
		p.offset = clamp(p.offset, 0, max(0, len(p.lines)-p.h))
	}
	return nil
}

func (p *rawScriptPane) View() string {
	out := make([]string, 0, p.h)
	for i := p.offset; i < len(p.lines) && len(out) < p.h; i++ {
		out = append(out, p.th.LineNumber.Render(fmt.Sprintf("%4d ", i+1))+p.th.Text.Render(p.lines[i]))
	}
	return strings.Join(fitBlock(strings.Join(out, "\n"), p.w, p.h), "\n")
}
