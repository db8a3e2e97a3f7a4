package scriptpane

import "sort"

// row is one visible line: a script line (layer < 0), the header (sub 0)
// or a text line (sub k) of one of its decoded layers, or, at line ==
// len(doc.lines), the "contents truncated" marker.
type row struct {
	line  int32 // 0-based script line
	layer int16
	sub   int32
}

// rebuild lays out the rows from the document, the report and the layer
// toggle, keeping the cursor on its script line.
func (p *Pane) rebuild() {
	keep := int32(-1)
	if p.cursor < len(p.rows) {
		keep = p.rows[p.cursor].line
	}
	p.rows = p.rows[:0]
	if p.doc == nil {
		p.clamp()
		return
	}
	for i := range p.doc.lines {
		p.rows = append(p.rows, row{line: int32(i), layer: -1})
		if !p.layers {
			continue
		}
		for li, lv := range p.marks.layers[i+1] {
			n := len(lv.lines)
			if lv.total > n {
				n++
			}
			for s := 0; s <= n; s++ {
				p.rows = append(p.rows, row{line: int32(i), layer: int16(li), sub: int32(s)})
			}
		}
	}
	if p.truncated() {
		p.rows = append(p.rows, row{line: int32(len(p.doc.lines)), layer: -1})
	}
	if keep >= 0 {
		p.cursor = p.rowOf(int(keep))
	}
	p.clamp()
}

// truncated reports whether the finding holds only a prefix of the file.
func (p *Pane) truncated() bool {
	return p.scr.size > int64(len(p.scr.contents))
}

// rowOf is the row of 0-based script line ln.
func (p *Pane) rowOf(ln int) int {
	i := sort.Search(len(p.rows), func(i int) bool { return int(p.rows[i].line) >= ln })
	if i >= len(p.rows) {
		return len(p.rows) - 1
	}
	return i
}

// line is the 1-based script line under the cursor (0: none).
func (p *Pane) line() int {
	if p.doc == nil || p.cursor >= len(p.rows) || int(p.rows[p.cursor].line) >= len(p.doc.lines) {
		return 0
	}
	return int(p.rows[p.cursor].line) + 1
}

func (p *Pane) move(d int) {
	p.cursor += d
	p.clamp()
}

// jump puts the cursor on 1-based line ln, mid-screen.
func (p *Pane) jump(ln int) {
	p.cursor = p.rowOf(ln - 1)
	p.clamp()
	p.top = p.cursor - p.bodyHeight()/2
	p.clamp()
}

// clamp keeps cursor and scroll offset inside the rows and the screen.
func (p *Pane) clamp() {
	p.cursor = min(p.cursor, len(p.rows)-1)
	p.cursor = max(p.cursor, 0)
	body := p.bodyHeight()
	if p.cursor < p.top {
		p.top = p.cursor
	}
	if p.cursor >= p.top+body {
		p.top = p.cursor - body + 1
	}
	p.top = min(p.top, len(p.rows)-body)
	p.top = max(p.top, 0)
}

// footerHeight is two lines (hits, status) when there is room, else one.
func (p *Pane) footerHeight() int {
	switch {
	case p.h >= 8:
		return 2
	case p.h >= 2:
		return 1
	}
	return 0
}

func (p *Pane) bodyHeight() int { return max(p.h-p.footerHeight(), 0) }

// nextFlagged moves to the next (dir 1) or previous (-1) flagged line,
// wrapping round.
func (p *Pane) nextFlagged(dir int) {
	f := p.marks.flagged
	if len(f) == 0 {
		p.status = "no flagged lines"
		return
	}
	cur := p.line()
	i := sort.SearchInts(f, cur+1) // first flagged > cur
	if dir < 0 {
		i = sort.SearchInts(f, cur) - 1 // last flagged < cur
	}
	switch {
	case i >= len(f):
		i = 0
		p.status = "wrapped to the first flagged line"
	case i < 0:
		i = len(f) - 1
		p.status = "wrapped to the last flagged line"
	}
	p.jump(f[i])
}
