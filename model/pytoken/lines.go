package pytoken

import (
	"sort"
	"strings"
)

// computeLineStarts applies CPython's line rules: LF, CRLF and lone CR each
// end a line. Form feed, VT, U+0085 and U+2028 do not. A final terminator
// does not open a new line, so "a\n" has one line and "" none.
func computeLineStarts(text string) []int {
	if text == "" {
		return nil
	}
	if strings.IndexByte(text, '\r') < 0 { // common case: memchr for LF only
		starts := make([]int, 1, strings.Count(text, "\n")+1)
		for i := 0; ; {
			j := strings.IndexByte(text[i:], '\n')
			if j < 0 {
				return starts
			}
			i += j + 1
			if i >= len(text) {
				return starts
			}
			starts = append(starts, i)
		}
	}
	// LF plus CR counts bound the lines (CRLF counts twice): no regrowth.
	starts := make([]int, 1, strings.Count(text, "\n")+strings.Count(text, "\r")+1)
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '\n' && c != '\r' {
			continue
		}
		if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			i++
		}
		if i+1 < len(text) {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineOf is LineOf over a LineStarts slice.
func lineOf(starts []int, offset int) int {
	// the largest i with starts[i] <= offset
	i := sort.Search(len(starts), func(i int) bool { return starts[i] > offset })
	if i == 0 {
		return 1
	}
	return i
}

// LineOf returns the 1-based line (by CPython's rules) holding the byte
// offset in Text. Offsets past the end belong to the last line.
func (r *Result) LineOf(offset int) int {
	return lineOf(r.LineStarts, offset)
}

// LineCount is the number of lines by CPython's rules.
func (r *Result) LineCount() int { return len(r.LineStarts) }

// LineText returns line n (1-based) of Text without its terminator, and the
// terminator ("\n", "\r\n", "\r" or "" at EOF). Out of range gives "", "".
func (r *Result) LineText(n int) (line, term string) {
	if n < 1 || n > len(r.LineStarts) {
		return "", ""
	}
	start := r.LineStarts[n-1]
	end := len(r.Text)
	if n < len(r.LineStarts) {
		end = r.LineStarts[n]
	}
	line = r.Text[start:end]
	switch {
	case strings.HasSuffix(line, "\r\n"):
		return line[:len(line)-2], "\r\n"
	case strings.HasSuffix(line, "\n"), strings.HasSuffix(line, "\r"):
		return line[:len(line)-1], line[len(line)-1:]
	}
	return line, ""
}
