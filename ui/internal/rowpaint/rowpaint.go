package rowpaint

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/pytriage/pytriage/ui/safe"
)

// SGR is a style compiled to the sequences written around its text.
type SGR struct{ Pre, Post string }

// Compile renders st once around a marker and keeps what surrounds it.
// Styles used here carry colours and attributes only (no padding, width or
// border), so the marker is the only text in the output.
func Compile(st lipgloss.Style) SGR {
	out := st.Render("X")
	i := strings.IndexByte(out, 'X')
	if i < 0 {
		return SGR{}
	}
	return SGR{out[:i], out[i+1:]}
}

// Class indexes a Palette.
type Class uint8

// Palette maps classes to compiled styles, plainly and on the cursor row.
type Palette struct {
	Normal, Cursor []SGR
	CursorFill     SGR   // padding of the cursor row
	Match, Dim     Class // search matches; the ellipsis of a cut row
	Hostile        Class // sanitiser tokens
}

// NewPalette compiles styles (indexed by Class); cursor is merged under each
// class for the cursor row, except the hostile and match classes, which
// stay recognisable there.
func NewPalette(styles []lipgloss.Style, cursor lipgloss.Style, match, dim, hostile Class) *Palette {
	p := &Palette{Match: match, Dim: dim, Hostile: hostile, CursorFill: Compile(cursor)}
	for i, s := range styles {
		p.Normal = append(p.Normal, Compile(s))
		if Class(i) == match || Class(i) == hostile {
			p.Cursor = append(p.Cursor, Compile(s))
		} else {
			p.Cursor = append(p.Cursor, Compile(s.Inherit(cursor)))
		}
	}
	return p
}

// Piece is a run of safe text in one class.
type Piece struct {
	Text  string
	Class Class
}

// Line collects the pieces of one row.
type Line struct{ Pieces []Piece }

// Add appends trusted text (labels, punctuation, already-escaped text),
// merged into the previous piece when the class is the same.
func (l *Line) Add(text string, c Class) {
	if text == "" {
		return
	}
	if n := len(l.Pieces); n > 0 && l.Pieces[n-1].Class == c {
		l.Pieces[n-1].Text += text
		return
	}
	l.Pieces = append(l.Pieces, Piece{text, c})
}

// AddSafe appends finding text, escaped, its tokens in class hostile.
func (l *Line) AddSafe(s string, c, hostile Class) {
	if plain(s) {
		l.Add(s, c)
		return
	}
	for _, seg := range safe.Segments(s, false) {
		if seg.Token {
			l.Add(seg.Text, hostile)
		} else {
			l.Add(seg.Text, c)
		}
	}
}

// plain reports whether s is printable ASCII, which escapes to itself.
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7F {
			return false
		}
	}
	return true
}

// Width is the display width of the pieces.
func (l *Line) Width() int {
	n := 0
	for _, p := range l.Pieces {
		n += cells(p.Text)
	}
	return n
}

// Render draws the pieces into exactly width cells: skip cells dropped from
// the left (horizontal scroll), matches of query (lower case) highlighted,
// an ellipsis where the row is cut, padding after.
func (l *Line) Render(p *Palette, width, skip int, onCursor bool, query string) string {
	if width <= 0 {
		return ""
	}
	pieces := l.Pieces
	if query != "" {
		pieces = Highlight(pieces, query, p.Match)
	}
	set := p.Normal
	if onCursor {
		set = p.Cursor
	}
	var b strings.Builder
	b.Grow(width + 32*len(pieces))
	used := 0
	for i := 0; i < len(pieces); i++ {
		pc := pieces[i]
		text := pc.Text
		w := cells(text)
		if skip > 0 {
			if w <= skip {
				skip -= w
				continue
			}
			text = dropCells(text, skip)
			w = cells(text)
			skip = 0
		}
		s := set[pc.Class]
		if used+w > width || used+w == width && more(pieces[i+1:]) {
			text = keepCells(text, max(width-used-1, 0))
			b.WriteString(s.Pre + text + s.Post)
			used += cells(text)
			if used < width {
				d := set[p.Dim]
				b.WriteString(d.Pre + "…" + d.Post)
				used++
			}
			break
		}
		b.WriteString(s.Pre + text + s.Post)
		used += w
	}
	if used < width {
		fill := strings.Repeat(" ", width-used)
		if onCursor {
			fill = p.CursorFill.Pre + fill + p.CursorFill.Post
		}
		b.WriteString(fill)
	}
	return b.String()
}

func more(ps []Piece) bool {
	for _, p := range ps {
		if p.Text != "" {
			return true
		}
	}
	return false
}

// Highlight splits pieces so the case-insensitive matches of query (lower
// case) are in class match. Text whose lower-case form changes length is
// left alone rather than highlighted at the wrong place.
func Highlight(ps []Piece, query string, match Class) []Piece {
	var all strings.Builder
	for _, p := range ps {
		all.WriteString(p.Text)
	}
	text := all.String()
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		return ps
	}
	var spans [][2]int
	for i := 0; ; {
		j := strings.Index(lower[i:], query)
		if j < 0 {
			break
		}
		spans = append(spans, [2]int{i + j, i + j + len(query)})
		i += j + len(query)
	}
	if len(spans) == 0 {
		return ps
	}
	out := make([]Piece, 0, len(ps)+2*len(spans))
	off, k := 0, 0
	for _, p := range ps {
		end := off + len(p.Text)
		for pos := off; pos < end; {
			for k < len(spans) && spans[k][1] <= pos {
				k++
			}
			if k < len(spans) && spans[k][0] <= pos {
				e := min(spans[k][1], end)
				out = append(out, Piece{text[pos:e], match})
				pos = e
				continue
			}
			e := end
			if k < len(spans) && spans[k][0] < end {
				e = spans[k][0]
			}
			out = append(out, Piece{text[pos:e], p.Class})
			pos = e
		}
		off = end
	}
	return out
}

// cells is the display width of s, with a fast path for printable ASCII
// (most code), which is one cell a byte.
func cells(s string) int {
	if plain(s) {
		return len(s)
	}
	return ansi.StringWidth(s)
}

// dropCells drops the first n cells of s.
func dropCells(s string, n int) string {
	if plain(s) {
		return s[min(n, len(s)):]
	}
	return ansi.TruncateLeft(s, n, "")
}

// keepCells keeps the first n cells of s.
func keepCells(s string, n int) string {
	if plain(s) {
		return s[:min(n, len(s))]
	}
	return ansi.Truncate(s, n, "")
}
