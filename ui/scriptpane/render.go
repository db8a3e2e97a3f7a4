package scriptpane

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/internal/rowpaint"
	"github.com/pytriage/pytriage/ui/theme"
)

// View draws exactly w×h cells: the visible rows, then the footer.
func (p *Pane) View() string {
	if p.w <= 0 || p.h <= 0 {
		return ""
	}
	lines := make([]string, 0, p.h)
	body := p.bodyHeight()
	switch {
	case p.rec == nil:
		lines = append(lines, p.note("no finding selected", clsDim))
	case !p.has:
		lines = append(lines, p.note("this finding carries no script or -c code", clsDim))
	case p.doc == nil:
		lines = append(lines, p.note(p.spin.View()+" tokenising…", clsDim))
	}
	if p.doc != nil {
		gw := min(p.gutterWidth(), p.w)
		for i := p.top; len(lines) < body && i < len(p.rows); i++ {
			lines = append(lines, p.renderRow(i, gw))
		}
	}
	blank := strings.Repeat(" ", p.w)
	for len(lines) < body {
		lines = append(lines, blank)
	}
	lines = append(lines, p.footer()...)
	return strings.Join(lines[:p.h], "\n")
}

func (p *Pane) note(s string, c rowpaint.Class) string {
	var l rowpaint.Line
	l.Add(s, c)
	return l.Render(p.paint, p.w, 0, false, "")
}

// gutterWidth is the line-number column plus mark and separator.
func (p *Pane) gutterWidth() int {
	return len(strconv.Itoa(max(len(p.doc.lines), 1))) + 2
}

// renderRow draws row i: gutter (fixed) and code (scrolled by hoff).
func (p *Pane) renderRow(i, gw int) string {
	r := p.rows[i]
	onCursor := p.focused && i == p.cursor
	var g, c rowpaint.Line
	switch {
	case int(r.line) >= len(p.doc.lines):
		g.Add(strings.Repeat(" ", gw), clsText)
		c.Add(fmt.Sprintf("— contents truncated: %d of %d bytes —", len(p.scr.contents), p.scr.size), clsWarn)
		return g.Render(p.paint, gw, 0, onCursor, "") + c.Render(p.paint, p.w-gw, 0, onCursor, "")
	case r.layer >= 0:
		g.Add(strings.Repeat(" ", gw-1), clsText)
		g.Add("┆", clsGutter)
		p.layerRow(&c, r)
		return g.Render(p.paint, gw, 0, onCursor, "") + c.Render(p.paint, p.w-gw, p.hoff, onCursor, "")
	}
	ln := int(r.line) + 1
	lvl := p.marks.level[ln]
	g.Add(fmt.Sprintf("%*d", gw-2, ln), clsLineNo)
	g.Add(glyph(lvl), clsSev0+rowpaint.Class(lvl))
	g.Add("│", clsGutter)
	dl := &p.doc.lines[r.line]
	c.Pieces = dl.pieces
	if dl.cr || dl.dropped > 0 {
		c.Pieces = append(dl.pieces[:len(dl.pieces):len(dl.pieces)], p.lineEnd(dl)...)
	}
	return g.Render(p.paint, gw, 0, onCursor, "") + c.Render(p.paint, p.w-gw, p.hoff, onCursor, p.search.query)
}

// lineEnd marks what the line holds beyond its text: a lone CR (Python
// starts a new line there) and bytes past the drawing cap.
func (p *Pane) lineEnd(dl *docLine) []rowpaint.Piece {
	var out []rowpaint.Piece
	if dl.dropped > 0 {
		out = append(out, rowpaint.Piece{Text: fmt.Sprintf("…(+%d bytes)", dl.dropped), Class: clsDim})
	}
	if dl.cr {
		out = append(out, rowpaint.Piece{Text: "␍", Class: clsHostile})
	}
	return out
}

// layerRow draws the header or a text line of a decoded layer.
func (p *Pane) layerRow(c *rowpaint.Line, r row) {
	lv := p.marks.layers[int(r.line)+1][r.layer]
	indent := strings.Repeat("  ", max(lv.layer.Depth, 1))
	c.Add(indent, clsText)
	if r.sub == 0 {
		head := fmt.Sprintf("↳ decoded layer (depth %d): %s, %d lines", lv.layer.Depth, strings.Join(lv.layer.Encoding, " → "), lv.total)
		if lv.layer.Python {
			head += ", analysed as Python"
		}
		c.AddSafe(head, clsLabel, clsHostile)
		return
	}
	k := int(r.sub) - 1
	if k >= len(lv.lines) {
		c.Add(fmt.Sprintf("  …(+%d more lines)", lv.total-len(lv.lines)), clsDim)
		return
	}
	c.Add("  ", clsText)
	c.AddSafe(expandTabs(lv.lines[k]), clsText, clsHostile)
}

// expandTabs expands tabs at 8-column stops (for layer text, which is not
// tokenised).
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		if r == '\t' {
			n := tabStop - col%tabStop
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}

// footer is the current line's hits and the status line (one line of the
// two when the pane is short).
func (p *Pane) footer() []string {
	n := p.footerHeight()
	if n == 0 {
		return nil
	}
	var hits, status rowpaint.Line
	p.hitsLine(&hits)
	p.statusLine(&status)
	if p.prompt.Active {
		hits = rowpaint.Line{}
		hits.Add("/", clsLabel)
		hits.AddSafe(p.prompt.Text, clsText, clsHostile)
		hits.Add("█", clsDim)
	}
	if n == 1 {
		if p.prompt.Active || len(p.marks.hits[p.line()]) > 0 {
			return []string{hits.Render(p.paint, p.w, 0, false, "")}
		}
		return []string{status.Render(p.paint, p.w, 0, false, "")}
	}
	return []string{hits.Render(p.paint, p.w, 0, false, ""), status.Render(p.paint, p.w, 0, false, "")}
}

// hitsLine lists the detectors that flagged the cursor line: severity,
// detector, techniques and reason, worst first.
func (p *Pane) hitsLine(l *rowpaint.Line) {
	switch {
	case !p.has:
		return
	case p.rep == nil:
		l.Add(p.spin.View()+" analysing…", clsDim)
		return
	}
	ln := p.line()
	hs := p.marks.hits[ln]
	if len(hs) == 0 {
		l.Add(fmt.Sprintf("%s %.2f · %d flagged lines", p.rep.Verdict, p.rep.Score, len(p.marks.flagged)), clsDim)
		if len(p.marks.flagged) > 0 {
			l.Add(" · ] next", clsDim)
		}
		return
	}
	l.Add(fmt.Sprintf("L%d ", ln), clsLineNo)
	for i, h := range hs {
		if i > 0 {
			l.Add(" · ", clsDim)
		}
		p.hit(l, h)
	}
}

func (p *Pane) hit(l *rowpaint.Line, h *model.Hit) {
	lvl := max(theme.Level(string(h.Severity)), theme.LevelInfo)
	l.Add(glyph(lvl)+" "+string(h.Severity), clsSev0+rowpaint.Class(lvl))
	l.Add(" ", clsText)
	l.AddSafe(h.Detector, clsLabel, clsHostile)
	if len(h.Techniques) > 0 {
		l.Add(" ", clsText)
		l.AddSafe(strings.Join(h.Techniques, ","), clsDim, clsHostile)
	}
	if h.Layer > 0 {
		l.Add(fmt.Sprintf(" (layer %d)", h.Layer), clsDim)
	}
	l.Add(": ", clsDim)
	l.AddSafe(h.Message, clsText, clsHostile)
}

// statusLine names the script, then any note, then the position, which
// is never cut; the note is cut before the path disappears.
func (p *Pane) statusLine(l *rowpaint.Line) {
	if !p.has {
		return
	}
	pos := ""
	if p.doc != nil {
		pos = fmt.Sprintf(" Ln %d/%d", p.line(), len(p.doc.lines))
		if p.hoff > 0 {
			pos += fmt.Sprintf(" col +%d", p.hoff)
		}
	}
	note := ""
	switch {
	case p.status != "":
		note = p.status
	case p.search.query != "" && !p.search.done:
		note = "searching…"
	case p.search.query != "" && len(p.search.matches) == 0:
		note = "no match"
	case p.search.query != "":
		note = fmt.Sprintf("match %d/%d", p.search.cur+1, len(p.search.matches))
	case p.doc != nil && p.doc.note != "":
		note = p.doc.note
	}
	if note != "" {
		note = " " + note + " ·"
	}
	room := p.w - ansi.StringWidth(pos)
	if keep := room - 12; ansi.StringWidth(note) > keep {
		note = ansi.Truncate(note, max(keep, 0), "…")
	}
	right := note + pos
	room = p.w - ansi.StringWidth(right)

	var left rowpaint.Line
	switch {
	case p.scr.literal:
		left.Add("literal (python3 -c)", clsLabel)
	default:
		left.AddSafe(p.scr.path, clsLabel, clsHostile)
	}
	if p.layers {
		left.Add(" [layers]", clsDim)
	}
	lw := left.Width()
	if lw > room {
		// Keep the end of the path (the file name) visible.
		var s strings.Builder
		for _, pc := range left.Pieces {
			s.WriteString(pc.Text)
		}
		left = rowpaint.Line{}
		left.Add("…"+ansi.TruncateLeft(s.String(), lw-room+1, ""), clsLabel)
		lw = room
	}
	l.Pieces = append(l.Pieces, left.Pieces...)
	if gap := room - lw; gap > 0 {
		l.Add(strings.Repeat(" ", gap), clsText)
	}
	l.Add(right, clsDim)
}
