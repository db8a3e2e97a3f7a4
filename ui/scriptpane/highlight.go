package scriptpane

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/chroma/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/pytriage/pytriage/ui/internal/rowpaint"
	"github.com/pytriage/pytriage/ui/safe"
)

// Caps: past these a script is shown as plain escaped text (no lexer), and
// one line stops being drawn after maxLineCells cells.
const (
	maxHighlightLines = 20000
	maxHighlightBytes = 1 << 20
	maxLineCells      = 4096
	tabStop           = 8
)

// document is a script split into lines by CPython's rules, each line a
// list of escaped, classed pieces ready to draw.
type document struct {
	lines []docLine
	plain bool   // capped: not highlighted
	note  string // why (shown in the footer)
}

// docLine is one line of the script.
type docLine struct {
	pieces  []rowpaint.Piece
	cr      bool // ended by a lone CR: Python starts a new line here
	dropped int  // bytes past maxLineCells, not drawn
}

// highlight tokenises src with lx (nil: plain text) and splits the tokens
// into lines. Every token value is escaped before it is classed; the
// document holds no byte of src that the sanitiser has not seen.
func highlight(src string, lx chroma.Lexer) *document {
	lines := countLines(src)
	doc := &document{}
	switch {
	case lx == nil:
		doc.plain = true
	case lines > maxHighlightLines:
		doc.plain = true
		doc.note = fmt.Sprintf("plain text: %d lines (highlighting stops at %d)", lines, maxHighlightLines)
	case len(src) > maxHighlightBytes:
		doc.plain = true
		doc.note = fmt.Sprintf("plain text: %d bytes (highlighting stops at %d)", len(src), maxHighlightBytes)
	}
	if !doc.plain {
		if b, ok := tokenised(src, lx, lines); ok {
			b.doc.note = doc.note
			return b.doc
		}
		doc.plain = true
		doc.note = "plain text: the lexer did not reproduce the script"
	}
	b := newBuilder(src, lines, doc)
	b.feed(0, len(src), clsText)
	b.finish()
	return b.doc
}

// tokenised builds the document from lx's tokens, checking that their
// values spell src exactly: what the pane shows must be the script, byte
// for byte, so a lexer that drops, adds or rewrites text (Chroma's
// EnsureLF, a bug) makes the pane fall back to plain text rather than show
// something else.
func tokenised(src string, lx chroma.Lexer, lines int) (*builder, bool) {
	it, err := lx.Tokenise(&chroma.TokeniseOptions{State: "root", EnsureLF: false}, src)
	if err != nil {
		return nil, false
	}
	b := newBuilder(src, lines, &document{})
	off := 0
	for t := it(); t != chroma.EOF; t = it() {
		end := off + len(t.Value)
		if end > len(src) || src[off:end] != t.Value {
			return nil, false
		}
		b.feed(off, end, classOf(t.Type))
		off = end
	}
	if off != len(src) {
		return nil, false
	}
	b.finish()
	return b, true
}

// countLines counts lines by CPython's rule: LF, CRLF and a lone CR each
// end a line; a final line without an end still counts.
func countLines(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			n++
		case '\r':
			n++
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		}
	}
	if len(s) > 0 && s[len(s)-1] != '\n' && s[len(s)-1] != '\r' {
		n++
	}
	return n
}

// builder accumulates lines from spans of src. Printable runs stay
// substrings of src (no copy); only escaped text and tab expansions are
// new strings. All pieces live in one slab that lines slice into.
type builder struct {
	src     string
	doc     *document
	slab    []rowpaint.Piece
	first   int // index in slab of the current line's first piece
	cur     docLine
	col     int  // cells on the current line
	rawEnd  int  // end in src of the last piece when it is a substring of src, else -1
	afterCR bool // the last byte fed was a CR (a following LF makes CRLF)
	started bool // the current line has content
}

func newBuilder(src string, lines int, doc *document) *builder {
	doc.lines = make([]docLine, 0, lines)
	return &builder{src: src, doc: doc, rawEnd: -1, slab: make([]rowpaint.Piece, 0, lines*4+4)}
}

// feed adds src[start:end] in class c; it may span line ends.
func (b *builder) feed(start, end int, c rowpaint.Class) {
	for start < end {
		i := strings.IndexAny(b.src[start:end], "\r\n")
		if i < 0 {
			b.text(start, end, c)
			return
		}
		if i > 0 {
			b.text(start, start+i, c)
		}
		if b.src[start+i] == '\n' {
			if b.afterCR {
				// CRLF, split across tokens or not: one line end, unmarked.
				b.afterCR = false
				b.doc.lines[len(b.doc.lines)-1].cr = false
			} else {
				b.endLine(false)
			}
		} else {
			b.endLine(true)
			b.afterCR = true
		}
		start += i + 1
	}
}

// text adds src[start:end], which holds no line end: tabs expanded,
// escaped, capped at maxLineCells.
func (b *builder) text(start, end int, c rowpaint.Class) {
	b.afterCR = false
	b.started = true
	for start < end {
		if b.col >= maxLineCells {
			b.cur.dropped += end - start
			return
		}
		if b.src[start] == '\t' {
			n := tabStop - b.col%tabStop
			b.add(spaces[:n], c, n, -1)
			start++
			continue
		}
		stop := end
		if i := strings.IndexByte(b.src[start:end], '\t'); i >= 0 {
			stop = start + i
		}
		if room := maxLineCells - b.col; stop-start > room {
			// Cut the raw text at a rune boundary so a megabyte line
			// costs nothing to escape; the rest is counted, not drawn.
			cut := start + room
			for cut > start && !utf8.RuneStart(b.src[cut]) {
				cut--
			}
			b.cur.dropped += end - cut
			stop, end = cut, cut
		}
		run := b.src[start:stop]
		if printable(run) {
			b.add(run, c, len(run), start)
		} else {
			for _, seg := range safe.Segments(run, false) {
				cc := c
				if seg.Token {
					cc = clsHostile
				}
				b.add(seg.Text, cc, ansi.StringWidth(seg.Text), -1)
			}
		}
		start = stop
	}
}

// spaces backs tab expansion without allocating.
const spaces = "        "

// add appends a piece, merged with the previous one of the same class;
// rawStart ≥ 0 says text is src[rawStart:], so a contiguous merge is a
// reslice of src rather than a concatenation.
func (b *builder) add(text string, c rowpaint.Class, cells, rawStart int) {
	b.col += cells
	if n := len(b.slab); n > b.first && b.slab[n-1].Class == c {
		last := &b.slab[n-1]
		if rawStart >= 0 && b.rawEnd == rawStart {
			last.Text = b.src[rawStart-len(last.Text) : rawStart+len(text)]
			b.rawEnd = rawStart + len(text)
			return
		}
		last.Text += text
		b.rawEnd = -1
		return
	}
	b.slab = append(b.slab, rowpaint.Piece{Text: text, Class: c})
	b.rawEnd = -1
	if rawStart >= 0 {
		b.rawEnd = rawStart + len(text)
	}
}

func (b *builder) endLine(cr bool) {
	b.cur.cr = cr
	b.cur.pieces = b.slab[b.first:len(b.slab):len(b.slab)]
	b.doc.lines = append(b.doc.lines, b.cur)
	b.first = len(b.slab)
	b.cur = docLine{}
	b.col = 0
	b.rawEnd = -1
	b.started = false
}

// finish ends the last line if it has content.
func (b *builder) finish() {
	if b.started {
		b.endLine(false)
	}
}

// printable reports whether s is printable ASCII (escapes to itself).
func printable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7F {
			return false
		}
	}
	return true
}
