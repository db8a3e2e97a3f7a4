package report

import (
	"strings"

	"github.com/pytriage/pytriage/ui/safe"
)

// Markdown building blocks for attacker-controlled text. Such text never
// appears in Markdown outside a code span or a fenced code block: there it
// cannot become a link, an image, HTML, an entity (&#27; decodes to ESC in
// some renderers), emphasis, math or a heading; and it is escaped by
// ui/safe first, so no control, C1, bidi or invisible character reaches a
// terminal that shows the file.

// Caps of one inline value.
const (
	maxCellRunes   = 200 // in tables
	maxInlineRunes = 600 // in facts and paragraphs
)

// code renders s as an inline code span, for use outside tables.
func code(s string) string { return codeSpan(s, maxInlineRunes, false) }

// cell renders s as an inline code span inside a GFM table cell: a pipe is
// escaped as \| (the table parser removes the backslash before the span is
// read, also inside code spans).
func cell(s string) string { return codeSpan(s, maxCellRunes, true) }

// codeSpan escapes s on one line, caps it, and wraps it in a backtick run
// longer than any inside it. Text that starts or ends with a backtick or a
// space is padded with one space on each side: CommonMark strips exactly
// one from each side of such a span, so the text survives as it was.
// Empty text is an em dash, so absence is visible.
func codeSpan(s string, maxRunes int, inTable bool) string {
	if s == "" {
		return "—"
	}
	t := safe.Escape(safe.Truncate(s, maxRunes))
	if inTable {
		t = strings.ReplaceAll(t, "|", `\|`)
	}
	fence := strings.Repeat("`", longestRun(t, '`')+1)
	if first, last := t[0], t[len(t)-1]; first == '`' || first == ' ' || last == '`' || last == ' ' {
		t = " " + t + " "
	}
	return fence + t + fence
}

// prose renders our own words (labels, enum values, fixed sentences) as
// plain Markdown when they are made only of characters that mean nothing
// to Markdown, and as code otherwise, so a caller that passes finding text
// by mistake still gets it escaped. proseCell is prose inside a table.
func prose(s string) string { return proseOr(s, code) }

func proseCell(s string) string { return proseOr(s, cell) }

func proseOr(s string, asCode func(string) string) string {
	if s == "" {
		return "—"
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ':' && i+1 < len(s) && s[i+1] == '/' { // a URL scheme would autolink
			return asCode(s)
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(" ,.:'()-", c) >= 0) {
			return asCode(s)
		}
	}
	if c := s[0]; c == ' ' || c == '-' || c >= '0' && c <= '9' || strings.Contains(s, "www.") {
		return asCode(s) // could open a list item, or autolink
	}
	return s
}

// fenced renders text as a fenced code block with the given info string
// (our own word, never finding text): escaped by safe.EscapeMultiline,
// fenced by more backticks than the longest run inside (at least three), so
// no line of the text can close the block early.
func fenced(text, info string) string {
	t := safe.EscapeMultiline(text)
	fence := strings.Repeat("`", max(3, longestRun(t, '`')+1))
	if !strings.HasSuffix(t, "\n") {
		t += "\n"
	}
	return fence + info + "\n" + t + fence + "\n"
}

// longestRun is the length of the longest run of c in s.
func longestRun(s string, c byte) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

// link renders a URL we built from validated parts (attack.mitre.org from
// a well-formed id, VirusTotal from a 64-hex digest) as a Markdown link
// with text made of letters, digits, dots and spaces. Anything else is
// shown as code and not linked.
func link(text, url string) string {
	if !trustedURL(url) || !plainWord(text) {
		return code(text)
	}
	return "[" + text + "](" + url + ")"
}

func plainWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == ' ') {
			return false
		}
	}
	return s != ""
}

// trustedURL accepts only the URL shapes package finding builds, made of
// characters that need no escaping in Markdown.
func trustedURL(u string) bool {
	if !strings.HasPrefix(u, "https://attack.mitre.org/") && !strings.HasPrefix(u, "https://www.virustotal.com/gui/file/") {
		return false
	}
	for i := 0; i < len(u); i++ {
		c := u[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(":/._-", c) >= 0) {
			return false
		}
	}
	return true
}
