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
	if p.typing {
		return p.prompt(msg)
	}
	p.status = ""
	k := &p.keys
	page := max(p.bodyHeight()-1, 1)
	switch {
	case key.Matches(msg, k.Down):
		p.move(1)
	case key.Matches(msg, k.Up):
		p.move(-1)
	case key.Matches(msg, k.PageDown):
		p.move(page)
	case key.Matches(msg, k.PageUp):
		p.move(-page)
	case key.Matches(msg, k.HalfDown):
		p.move(max(page/2, 1))
	case key.Matches(msg, k.HalfUp):
		p.move(-max(page/2, 1))
	case key.Matches(msg, k.Top):
		p.move(-len(p.rows))
	case key.Matches(msg, k.Bottom):
		p.move(len(p.rows))
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
		p.typing, p.input = true, ""
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

// prompt edits the search query; enter runs it, esc abandons it.
func (p *Pane) prompt(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "enter":
		p.typing = false
		return p.startSearch(p.input)
	case "esc":
		p.typing = false
	case "backspace":
		if r := []rune(p.input); len(r) > 0 {
			p.input = string(r[:len(r)-1])
		}
	case "ctrl+u":
		p.input = ""
	case "space":
		p.input += " "
	default:
		if msg.Text != "" && len(p.input) < 256 {
			p.input += msg.Text
		}
	}
	return nil
}

// hscroll moves the code horizontally; the gutter stays.
func (p *Pane) hscroll(d int) {
	p.hoff = min(max(p.hoff+d, 0), maxLineCells)
}
