package safe

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// tabStop is the tab width in multi-line mode: CPython's and the
// terminal's.
const tabStop = 8

// Segment is a run of escaped output: Text is safe to print either way;
// Token marks a stand-in for something unsafe, to be drawn in a marked
// style so it cannot be confused with the same characters typed literally.
type Segment struct {
	Text  string
	Token bool
}

// Escape makes s safe for one line of a terminal: every line break, tab,
// control, escape sequence, invisible code point and invalid byte becomes a
// visible token.
func Escape(s string) string { return escape(s, false) }

// EscapeMultiline is Escape for multi-line fields such as script text: LF
// stays a line break, CR and CRLF end a line as in CPython and are shown as
// ␍ and ␍␊, tabs expand to spaces.
func EscapeMultiline(s string) string { return escape(s, true) }

// Segments returns the escaped form of s split into text and tokens, for
// callers that style tokens themselves. Concatenating the Text fields gives
// Escape(s) (or EscapeMultiline(s)).
func Segments(s string, multiline bool) []Segment {
	var segs []Segment
	scan(s, multiline, func(text string, token bool) {
		if n := len(segs); n > 0 && !token && !segs[n-1].Token {
			segs[n-1].Text += text
			return
		}
		segs = append(segs, Segment{Text: text, Token: token})
	})
	return segs
}

func escape(s string, multiline bool) string {
	if plainASCII(s, multiline) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	scan(s, multiline, func(text string, _ bool) { b.WriteString(text) })
	return b.String()
}

// plainASCII reports whether s needs no escaping at all.
func plainASCII(s string, multiline bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7F || c == '\n' && multiline {
			continue
		}
		return false
	}
	return true
}

// scan walks s and calls emit with each piece of the escaped output in
// order. Runs of visible runes are emitted whole.
func scan(s string, multiline bool, emit func(text string, token bool)) {
	// Tab stops need the display column, which costs a grapheme walk; so
	// the text since the last line start or tab is measured only when a
	// tab comes (multi-line mode only).
	col := 0
	var sinceCol []byte
	track := func(piece string) {
		if multiline {
			sinceCol = append(sinceCol, piece...)
		}
	}
	start := 0
	flush := func(end int) {
		if start < end {
			piece := s[start:end]
			emit(piece, false)
			track(piece)
		}
	}
	tok := func(t string) {
		emit(t, true)
		track(t)
	}
	newline := func() {
		emit("\n", false)
		col = 0
		sinceCol = sinceCol[:0]
	}
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= 0x20 && c < 0x7F {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				flush(i)
				tok(fmt.Sprintf(`\x%02x`, c))
				i++
				start = i
				continue
			}
			if visible(r) && (i > start || !extendsPrevious(r)) {
				i += size
				continue
			}
			flush(i)
			if t, end, ok := c1Sequence(s, r, i+size); ok {
				tok(t)
				i = end
			} else {
				tok(runeToken(r))
				i += size
			}
			start = i
			continue
		}
		flush(i)
		switch c {
		case '\n':
			if multiline {
				newline()
			} else {
				tok("␊")
			}
			i++
		case '\r':
			crlf := i+1 < len(s) && s[i+1] == '\n'
			if crlf {
				tok("␍␊")
				i += 2
			} else {
				tok("␍")
				i++
			}
			if multiline {
				newline()
			}
		case '\t':
			if multiline {
				col += ansi.StringWidth(string(sinceCol))
				sinceCol = sinceCol[:0]
				n := tabStop - col%tabStop
				emit(strings.Repeat(" ", n), false)
				col += n
			} else {
				tok("␉")
			}
			i++
		case 0x1B:
			t, end := escSequence(s, i)
			tok(t)
			i = end
		default:
			tok(runeToken(rune(c)))
			i++
		}
		start = i
	}
	flush(len(s))
}
