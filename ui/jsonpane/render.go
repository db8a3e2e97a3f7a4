package jsonpane

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/pytriage/pytriage/ui/safe"
)

// View draws exactly w×h cells: the visible rows, then the footer.
func (p *Pane) View() string {
	if p.w <= 0 || p.h <= 0 {
		return ""
	}
	lines := make([]string, 0, p.h)
	body := p.bodyHeight()
	blank := strings.Repeat(" ", p.w)
	switch {
	case p.rec == nil:
		lines = append(lines, p.note("no finding selected"))
	case p.pending || p.loading:
		lines = append(lines, p.note(fmt.Sprintf("parsing %d bytes…", len(p.rec.Raw))))
	}
	for i := p.top; len(lines) < body && i < len(p.rows) && !p.pending && !p.loading; i++ {
		lines = append(lines, p.renderRow(i))
	}
	for len(lines) < body {
		lines = append(lines, blank)
	}
	if p.h > 1 {
		lines = append(lines, p.footer())
	}
	return strings.Join(lines, "\n")
}

func (p *Pane) note(s string) string {
	var l line
	l.add(s, clsDim)
	return l.render(p.paint, p.w, false, "")
}

// renderRow draws row i.
func (p *Pane) renderRow(i int) string {
	r := p.rows[i]
	var l line
	n := &p.nodes[r.node]
	indent := strings.Repeat("  ", int(n.depth))
	if r.sub > 0 {
		p.continuation(&l, indent, r)
	} else {
		p.nodeLine(&l, indent, r.node)
	}
	return l.render(p.paint, p.w, p.focused && i == p.cursor, p.search.query)
}

// nodeLine builds the row of node i.
func (p *Pane) nodeLine(l *line, indent string, i int32) {
	n := &p.nodes[i]
	l.add(indent, clsText)
	if n.hasKey {
		l.add(`"`, clsKey)
		l.addSafe(quoteInner(n.key), clsKey)
		l.add(`"`, clsKey)
		l.add(": ", clsPunct)
	}
	comma := n.comma
	switch n.kind {
	case kindObject, kindArray:
		open, closer, unit := "{", "}", "key"
		if n.kind == kindArray {
			open, closer, unit = "[", "]", "item"
		}
		comma = false
		if !p.oneLine(i) {
			l.add(open, clsPunct)
			break
		}
		comma = p.nodes[n.end].comma
		if n.count == 0 {
			l.add(open+closer, clsPunct)
			break
		}
		l.add(open, clsPunct)
		l.add("…", clsDim)
		l.add(closer, clsPunct)
		if comma {
			l.add(",", clsPunct)
			comma = false
		}
		if n.count != 1 {
			unit += "s"
		}
		l.add(fmt.Sprintf("  %d %s", n.count, unit), clsDim)
	case kindClose:
		if p.nodes[n.end].kind == kindArray {
			l.add("]", clsPunct)
		} else {
			l.add("}", clsPunct)
		}
	case kindString:
		p.stringValue(l, n, i, ansi.StringWidth(indent)+keyWidth(n))
	case kindNumber:
		l.addSafe(n.value, clsNumber)
	case kindBool:
		l.add(n.value, clsBool)
	case kindNull:
		l.add(n.value, clsNull)
	case kindError:
		l.add("⚠ not JSON from here: ", clsError)
		l.addSafe(n.value, clsError)
	}
	if comma {
		l.add(",", clsPunct)
	}
}

// keyWidth estimates the cells taken by `"key": `.
func keyWidth(n *node) int {
	if !n.hasKey {
		return 0
	}
	return safe.Width(n.key) + 4
}

// previewMin is the least a long string preview shows, however narrow the
// pane.
const previewMin = 16

// stringValue draws a string value: whole when it fits, else a bounded
// preview with a "…(+N chars)" marker; expanded strings say so and show
// their lines below.
func (p *Pane) stringValue(l *line, n *node, i int32, used int) {
	if ex, ok := p.expanded[i]; ok {
		l.add(`"…"`, clsString)
		l.add(fmt.Sprintf("  expanded below: %d lines, %d chars", ex.total, n.count), clsDim)
		return
	}
	room := p.w - used - len(`"",`)
	v := n.value
	more := 0
	if total := int(n.count); total > room {
		// The marker's width: "…(+N chars)".
		mw := len("…(+ chars)") - 2 + len(strconv.Itoa(total))
		avail := max(previewMin, room-mw)
		if total > avail {
			v = prefixRunes(v, avail)
			more = total - avail
		}
	}
	l.add(`"`, clsString)
	addString(l, v)
	if more > 0 {
		l.add(fmt.Sprintf("…(+%d chars)", more), clsDim)
	}
	l.add(`"`, clsString)
}

// continuation draws one line of an expanded string.
func (p *Pane) continuation(l *line, indent string, r row) {
	ex := p.expanded[r.node]
	l.add(indent+"  ", clsText)
	k := int(r.sub) - 1
	if k >= len(ex.lines) {
		l.add(fmt.Sprintf("…(+%d more lines)", ex.total-len(ex.lines)), clsDim)
		return
	}
	l.add("│ ", clsPunct)
	l.addSafe(ex.lines[k], clsString)
}

// footer is the JSON path of the cursor row and the position, or the
// search prompt while typing.
func (p *Pane) footer() string {
	var l line
	switch {
	case p.prompt.Active:
		l.add("/", clsPunct)
		l.addSafe(p.prompt.Text, clsText)
		l.add("█", clsDim)
		return l.render(p.paint, p.w, false, "")
	case len(p.rows) == 0:
		return l.render(p.paint, p.w, false, "")
	}
	right := fmt.Sprintf(" %d/%d", p.cursor+1, len(p.rows))
	switch {
	case p.status != "":
		right = " " + p.status + right
	case p.search.query != "" && !p.search.done:
		right = " searching…" + right
	case p.search.query != "" && len(p.search.matches) == 0:
		right = " no match" + right
	case p.search.query != "":
		right = fmt.Sprintf(" match %d/%d%s", p.search.cur+1, len(p.search.matches), right)
	}
	raw := p.pathOf(p.rows[p.cursor].node)
	path := safe.Escape(raw)
	room := p.w - ansi.StringWidth(right)
	if ansi.StringWidth(path) > room {
		// Keep the end of the path: the innermost keys matter most.
		path = "…" + ansi.TruncateLeft(path, ansi.StringWidth(path)-room+1, "")
		l.add(path, clsKey)
	} else {
		l.addSafe(raw, clsKey)
	}
	if gap := room - ansi.StringWidth(path); gap > 0 {
		l.add(strings.Repeat(" ", gap), clsText)
	}
	l.add(right, clsDim)
	return l.render(p.paint, p.w, false, "")
}

// addString adds a string value as JSON would spell its line breaks and
// tabs (\n, \t, dim) so a script reads as one line; every other control,
// a CR included, is a sanitiser token.
func addString(l *line, s string) {
	for s != "" {
		i := strings.IndexAny(s, "\n\t")
		if i < 0 {
			l.addSafe(quoteInner(s), clsString)
			return
		}
		l.addSafe(quoteInner(s[:i]), clsString)
		if s[i] == '\n' {
			l.add(`\n`, clsPunct)
		} else {
			l.add(`\t`, clsPunct)
		}
		s = s[i+1:]
	}
}

// quoteInner escapes quote and backslash so a string cannot fake the
// structure around it (`a": "b` stays one visible string).
func quoteInner(s string) string {
	if !strings.ContainsAny(s, `"\`) {
		return s
	}
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s)
}

// prefixRunes is the first n runes of s (an invalid byte counts as one).
func prefixRunes(s string, n int) string {
	for i := 0; i < len(s); n-- {
		if n == 0 {
			return s[:i]
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s
}
