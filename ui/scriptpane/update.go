package scriptpane

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
)

// hstep is how far h/l scroll, in cells.
const hstep = 8

// Update handles keys (while focused), background results and the
// spinner. It never does I/O or tokenises.
func (p *Pane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case docMsg:
		if msg.owner != p {
			return nil
		}
		p.docs.put(msg.key, msg.doc)
		if msg.gen == p.gen {
			p.doc = msg.doc
			p.rebuild()
		}
		return nil
	case reportMsg:
		if msg.owner == p {
			p.SetReport(msg.key, msg.rep)
		}
		return nil
	case searchMsg:
		if msg.owner == p && msg.id == p.searchID {
			p.search.matches, p.search.done = msg.matches, true
			p.gotoMatch(1)
		}
		return nil
	case spinner.TickMsg:
		if msg.ID != p.spin.ID() {
			return nil
		}
		if !p.waiting() {
			p.spinning = false
			return nil
		}
		var cmd tea.Cmd
		p.spin, cmd = p.spin.Update(msg)
		return cmd
	case tea.KeyPressMsg:
		if cmd := p.key(msg); cmd != nil {
			return cmd
		}
	case tea.PasteMsg:
		if p.prompt.Active {
			p.prompt.Paste(msg.Content)
		}
	case tea.MouseWheelMsg:
		switch msg.Mouse().Button {
		case tea.MouseWheelUp:
			p.move(-3)
		case tea.MouseWheelDown:
			p.move(3)
		case tea.MouseWheelLeft:
			p.hscroll(-hstep)
		case tea.MouseWheelRight:
			p.hscroll(hstep)
		}
	}
	return p.Load()
}

func (p *Pane) key(msg tea.KeyPressMsg) tea.Cmd {
	if p.prompt.Active {
		if p.prompt.Key(msg) {
			return p.startSearch(p.prompt.Text)
		}
		return nil
	}
	p.status = ""
	k := &p.keys
	if d, ok := k.Delta(msg, p.bodyHeight(), len(p.rows)); ok {
		p.move(d)
		return nil
	}
	switch {
	case key.Matches(msg, k.Left):
		p.hscroll(-hstep)
	case key.Matches(msg, k.Right):
		p.hscroll(hstep)
	case key.Matches(msg, k.NextFlag):
		p.nextFlagged(1)
	case key.Matches(msg, k.PrevFlag):
		p.nextFlagged(-1)
	case key.Matches(msg, k.Layers):
		p.layers = !p.layers
		if p.layers && p.rep != nil && len(p.rep.Layers) == 0 {
			p.status = "no decoded layers"
		}
		p.rebuild()
	case key.Matches(msg, k.Search):
		p.prompt.Open()
	case key.Matches(msg, k.Next):
		if p.search.query == "" {
			p.nextFlagged(1)
		} else {
			p.gotoMatch(1)
		}
	case key.Matches(msg, k.Prev):
		if p.search.query == "" {
			p.nextFlagged(-1)
		} else {
			p.gotoMatch(-1)
		}
	case key.Matches(msg, k.Clear):
		p.searchID++
		p.search = search{}
	}
	return nil
}

// hscroll moves the code horizontally; the gutter stays.
func (p *Pane) hscroll(d int) {
	p.hoff = min(max(p.hoff+d, 0), maxLineCells)
}
