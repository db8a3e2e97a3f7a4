package jsonpane

import "sort"

// row is one visible line: a node, or (sub > 0) a continuation line of an
// expanded string.
type row struct {
	node int32
	sub  int32
}

// maxExpandedLines caps the continuation lines of one expanded string.
const maxExpandedLines = 50000

// expansion is an expanded string: its first lines (by CPython's line
// rule: LF, CRLF or a lone CR ends a line) and how many there are.
type expansion struct {
	lines []string
	total int
}

func expand(s string) expansion {
	var e expansion
	for start, i := 0, 0; ; {
		if i == len(s) {
			if start < len(s) || e.total == 0 {
				e.add(s[start:])
			}
			return e
		}
		switch s[i] {
		case '\n':
			e.add(s[start:i])
			i++
			start = i
		case '\r':
			// Keep the CR in the line so the sanitiser shows ␍ where
			// Python would start a new line.
			end := i + 1
			if end < len(s) && s[end] == '\n' {
				end++
			}
			e.add(s[start:end])
			i = end
			start = i
		default:
			i++
		}
	}
}

func (e *expansion) add(l string) {
	if len(e.lines) < maxExpandedLines {
		e.lines = append(e.lines, l)
	}
	e.total++
}

// rows is the number of continuation rows of an expansion.
func (e expansion) rows() int {
	if e.total > len(e.lines) {
		return len(e.lines) + 1
	}
	return len(e.lines)
}

// rebuild recomputes the visible rows from the fold and expand state, and
// keeps the cursor on the node it was on (or its nearest visible
// ancestor).
func (p *Pane) rebuild() {
	keep := int32(-1)
	if p.cursor < len(p.rows) {
		keep = p.rows[p.cursor].node
	}
	p.rows = p.rows[:0]
	for i := int32(0); i < int32(len(p.nodes)); {
		p.rows = append(p.rows, row{node: i})
		n := &p.nodes[i]
		if ex, ok := p.expanded[i]; ok {
			for s := range ex.rows() {
				p.rows = append(p.rows, row{node: i, sub: int32(s) + 1})
			}
		}
		if (n.kind == kindObject || n.kind == kindArray) && (p.folded[i] || n.count == 0) {
			i = n.end + 1
			continue
		}
		i++
	}
	if keep >= 0 {
		p.cursor = p.rowOf(p.visibleAncestor(keep))
	}
	p.clamp()
}

// visibleAncestor is n, or the outermost folded container hiding it.
func (p *Pane) visibleAncestor(n int32) int32 {
	if n >= 0 && p.nodes[n].kind == kindClose && p.oneLine(p.nodes[n].end) {
		n = p.nodes[n].end
	}
	out := n
	for a := p.nodes[n].parent; a >= 0; a = p.nodes[a].parent {
		if p.folded[a] {
			out = a
		}
	}
	return out
}

// oneLine reports whether the container opened at n shows on one row
// (folded, or empty).
func (p *Pane) oneLine(n int32) bool { return p.folded[n] || p.nodes[n].count == 0 }

// rowOf is the index of the first row showing node n (rows are sorted).
func (p *Pane) rowOf(n int32) int {
	i := sort.Search(len(p.rows), func(i int) bool { return p.rows[i].node >= n })
	if i >= len(p.rows) {
		return len(p.rows) - 1
	}
	return i
}

// reveal unfolds every container holding n and puts the cursor on it.
func (p *Pane) reveal(n int32) {
	changed := false
	for a := p.nodes[n].parent; a >= 0; a = p.nodes[a].parent {
		if p.folded[a] {
			p.folded[a] = false
			changed = true
		}
	}
	if changed {
		p.rebuild()
	}
	p.cursor = p.rowOf(n)
	p.clamp()
	p.center()
}

// clamp keeps cursor and scroll offset inside the rows and the screen.
func (p *Pane) clamp() {
	if p.cursor >= len(p.rows) {
		p.cursor = len(p.rows) - 1
	}
	if p.cursor < 0 {
		p.cursor = 0
	}
	body := p.bodyHeight()
	if p.cursor < p.top {
		p.top = p.cursor
	}
	if p.cursor >= p.top+body {
		p.top = p.cursor - body + 1
	}
	if max := len(p.rows) - body; p.top > max {
		p.top = max
	}
	if p.top < 0 {
		p.top = 0
	}
}

// center scrolls so the cursor sits mid-screen (after a jump).
func (p *Pane) center() {
	p.top = p.cursor - p.bodyHeight()/2
	p.clamp()
}

func (p *Pane) bodyHeight() int {
	if p.h <= 1 {
		return p.h
	}
	return p.h - 1
}
