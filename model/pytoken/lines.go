package pytoken

import (
	"sort"
	"strings"
)

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
