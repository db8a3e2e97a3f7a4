package pytoken

import "math"

// The scanner keeps the line it last placed a token on (number, start and
// length), so that a token on that line costs one unsigned compare instead
// of a look-up in LineStarts: tokens outnumber lines about four to one.

// resetLine places the line cursor on line 1.
func (s *scanner) resetLine() {
	s.lineNo, s.lineStart, s.lineLen = 1, 0, math.MaxInt
	if len(s.starts) > 1 {
		s.lineLen = s.starts[1]
	}
}

// seekLine moves the line cursor to the line holding off, walking forward
// for the usual in-order case and binary-searching otherwise. Offsets past
// the end belong to the last line; without lines (empty text) it is line 1
// starting at 0.
func (s *scanner) seekLine(off int) {
	st := s.starts
	if len(st) == 0 {
		return
	}
	c := s.lineNo - 1
	if off < st[c] {
		c = lineOf(st, off) - 1
	}
	for c+1 < len(st) && st[c+1] <= off {
		c++
	}
	s.lineNo, s.lineStart, s.lineLen = c+1, st[c], math.MaxInt
	if c+1 < len(st) {
		s.lineLen = st[c+1] - st[c]
	}
}
