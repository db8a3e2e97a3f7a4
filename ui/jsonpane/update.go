package jsonpane

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Update handles keys (while focused), search results and background
// parses. It never does I/O.
func (p *Pane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case parsedMsg:
		if msg.owner == p && msg.gen == p.gen {
			p.loading = false
			p.setNodes(msg.nodes)
		}
		return nil
	case searchMsg:
		if msg.owner == p && msg.id == p.searchID {
			p.search.matches, p.search.done = msg.matches, true
			p.gotoMatch(1)
		}
		return nil
	case tea.KeyPressMsg:
		return p.key(msg)
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
	case key.Matches(msg, k.Fold):
		p.fold()
	case key.Matches(msg, k.Unfold):
		p.unfold()
	case key.Matches(msg, k.FoldAll):
		p.foldAll(!p.allFold)
	case key.Matches(msg, k.Expand):
		p.toggleExpand()
	case key.Matches(msg, k.Contents):
		if n := p.scriptContents(); n >= 0 {
			p.reveal(n)
		} else {
			p.status = "no processes[0].script.contents"
		}
	case key.Matches(msg, k.Search):
		p.prompt.Open()
	case key.Matches(msg, k.Next):
		p.gotoMatch(1)
	case key.Matches(msg, k.Prev):
		p.gotoMatch(-1)
	case key.Matches(msg, k.Clear):
		p.searchID++
		p.search = search{}
	}
	return nil
}

func (p *Pane) move(d int) {
	p.cursor += d
	p.clamp()
}

// fold folds the container on the cursor, or moves to the parent.
func (p *Pane) fold() {
	if len(p.rows) == 0 {
		return
	}
	r := p.rows[p.cursor]
	if r.sub > 0 {
		p.cursor = p.rowOf(r.node)
		p.clamp()
		return
	}
	n := r.node
	if p.nodes[n].kind == kindClose {
		n = p.nodes[n].end
	}
	nd := &p.nodes[n]
	if (nd.kind == kindObject || nd.kind == kindArray) && !p.folded[n] && nd.count > 0 {
		p.folded[n] = true
		p.rows[p.cursor].node = n
		p.rebuild()
		return
	}
	if nd.parent >= 0 {
		p.cursor = p.rowOf(nd.parent)
		p.clamp()
	}
}

// unfold opens the folded container on the cursor.
func (p *Pane) unfold() {
	if len(p.rows) == 0 {
		return
	}
	n := p.rows[p.cursor].node
	if p.folded[n] {
		p.folded[n] = false
		p.rebuild()
	}
}

// foldAll folds every container below the top level, or unfolds all.
func (p *Pane) foldAll(fold bool) {
	p.allFold = fold
	for i := range p.nodes {
		k := p.nodes[i].kind
		p.folded[i] = fold && (k == kindObject || k == kindArray) && p.nodes[i].depth > 0 && p.nodes[i].count > 0
	}
	p.rebuild()
}

// toggleExpand shows a string's lines below it, or hides them again.
func (p *Pane) toggleExpand() {
	if len(p.rows) == 0 {
		return
	}
	n := p.rows[p.cursor].node
	if p.nodes[n].kind != kindString {
		return
	}
	if _, ok := p.expanded[n]; ok {
		delete(p.expanded, n)
	} else {
		p.expanded[n] = expand(p.nodes[n].value)
	}
	p.rebuild()
}
