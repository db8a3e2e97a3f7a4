package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/triage"
	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/theme"
)

// summaryPane mirrors the SCC console's Summary tab and goes beyond it.
// Its lines are rendered once per record, report, width or theme change;
// View only slices the visible window.
type summaryPane struct {
	th      *theme.Theme
	w, h    int
	focused bool

	rec     *finding.Record
	report  *model.Report
	pending bool
	spinner string

	// Decision history (summary_history.go); shown when triage is on.
	triageOn bool
	history  []triage.Decision

	lines  []string
	dirty  bool
	offset int
	keys   scrollKeys
}

// scrollKeys are the vim-style scrolling keys of text panes.
type scrollKeys struct {
	Down, Up, Top, Bottom, HalfDown, HalfUp, PageDown, PageUp key.Binding
}

func newScrollKeys() scrollKeys {
	return newMoveKeys("scroll down", "scroll up", "top", "bottom")
}

// newMoveKeys builds the vim-style movement keys with their help texts.
func newMoveKeys(down, up, top, bottom string) scrollKeys {
	return scrollKeys{
		Down:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", down)),
		Up:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", up)),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", top)),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", bottom)),
		HalfDown: key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "half page down")),
		HalfUp:   key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "half page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space"), key.WithHelp("pgdn/space", "page down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
	}
}

func (k scrollKeys) list() []key.Binding {
	return []key.Binding{k.Down, k.Up, k.Top, k.Bottom, k.HalfDown, k.HalfUp, k.PageDown, k.PageUp}
}

func newSummaryPane(th *theme.Theme) *summaryPane {
	return &summaryPane{th: th, keys: newScrollKeys(), dirty: true}
}

func (p *summaryPane) Title() string           { return "Summary" }
func (p *summaryPane) KeyMap() []key.Binding   { return p.keys.list() }
func (p *summaryPane) SetFocused(f bool)       { p.focused = f }
func (p *summaryPane) SetTheme(t *theme.Theme) { p.th = t; p.dirty = true }

func (p *summaryPane) SetSize(w, h int) {
	if w != p.w {
		p.dirty = true
	}
	p.w, p.h = w, h
}

func (p *summaryPane) SetRecord(r *finding.Record) {
	if r != p.rec {
		p.rec, p.report, p.pending, p.offset, p.dirty = r, nil, false, 0, true
	}
}

// SetReport implements ReportReceiver.
func (p *summaryPane) SetReport(_ string, rep *model.Report) {
	p.report, p.pending, p.dirty = rep, false, true
}

// setPending shows the spinner in the Classifier section.
func (p *summaryPane) setPending(pending bool, spinner string) {
	if p.pending != pending || (pending && p.spinner != spinner) {
		p.pending, p.spinner, p.dirty = pending, spinner, true
	}
}

func (p *summaryPane) Update(msg tea.Msg) tea.Cmd {
	p.render()
	page := max(1, p.h)
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		k := p.keys
		switch {
		case key.Matches(msg, k.Down):
			p.scroll(1)
		case key.Matches(msg, k.Up):
			p.scroll(-1)
		case key.Matches(msg, k.Top):
			p.offset = 0
		case key.Matches(msg, k.Bottom):
			p.scroll(len(p.lines))
		case key.Matches(msg, k.HalfDown):
			p.scroll(page / 2)
		case key.Matches(msg, k.HalfUp):
			p.scroll(-page / 2)
		case key.Matches(msg, k.PageDown):
			p.scroll(page)
		case key.Matches(msg, k.PageUp):
			p.scroll(-page)
		}
	case tea.MouseWheelMsg:
		switch msg.Mouse().Button {
		case tea.MouseWheelDown:
			p.scroll(3)
		case tea.MouseWheelUp:
			p.scroll(-3)
		}
	}
	return nil
}

func (p *summaryPane) scroll(d int) {
	p.offset = clamp(p.offset+d, 0, max(0, len(p.lines)-p.h))
}

func (p *summaryPane) render() {
	if !p.dirty || p.w <= 0 {
		return
	}
	p.lines = renderSummary(summaryInput{rec: p.rec, report: p.report, pending: p.pending, spinner: p.spinner, th: p.th, width: p.w,
		triage: p.triageOn, history: p.history})
	p.dirty = false
	p.offset = clamp(p.offset, 0, max(0, len(p.lines)-p.h))
}

// scrollPercent is shown in the status bar.
func (p *summaryPane) scrollPercent() int {
	if len(p.lines) <= p.h {
		return 100
	}
	return (p.offset + p.h) * 100 / len(p.lines)
}

func (p *summaryPane) View() string {
	if p.w <= 0 || p.h <= 0 {
		return ""
	}
	p.render()
	end := min(len(p.lines), p.offset+p.h)
	return strings.Join(fitBlock(strings.Join(p.lines[p.offset:end], "\n"), p.w, p.h), "\n")
}
