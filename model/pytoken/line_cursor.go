package pytoken

// The scanner records LineStarts itself as it steps over line ends, so no
// separate pass over the text looks for them, and it keeps the line of its
// scan position (number and start) as a cursor: a token that holds no line
// end is on the cursor's line, so filling in its line costs nothing.
//
// Every step over a line terminator (LF, CR, or the LF of a CRLF) goes
// through newLineAt. The only backward jump of the scan, the roll-back of
// a speculative f-string field scan, moves the cursor back (rewindTo); a
// line start is appended only past the last one recorded, so bytes read
// twice do not record their line ends twice.

// resetLine places the line cursor on line 1 and records its start.
func (s *scanner) resetLine() {
	s.lineNo, s.lineStart = 1, 0
	if s.text != "" {
		s.starts = append(s.starts, 0)
	}
}

// newLineAt moves the cursor to the line that starts at next, the offset
// just after a line terminator. CPython's rule: a final terminator opens
// no new line.
func (s *scanner) newLineAt(next int) {
	if next >= len(s.text) {
		return
	}
	if next > s.starts[len(s.starts)-1] {
		s.starts = append(s.starts, next)
	}
	s.lineNo++
	s.lineStart = next
}

// lineByte is newLineAt for loops that step over one byte at a time: c at
// i is a line end unless it is the CR of a CRLF (its LF is).
func (s *scanner) lineByte(c byte, i int) {
	if c == '\r' && i+1 < len(s.text) && s.text[i+1] == '\n' {
		return
	}
	s.newLineAt(i + 1)
}

// rewindTo moves the cursor back to the line holding off (≤ the position
// of the scan), after a roll-back.
func (s *scanner) rewindTo(off int) {
	for s.lineStart > off {
		s.lineNo--
		s.lineStart = s.starts[s.lineNo-1]
	}
}

// lineAt returns the line holding off and its start, walking from the
// cursor: back over the lines of a multi-line string just scanned, or
// forward for safety. Without lines (empty text) it is line 1 at 0.
func (s *scanner) lineAt(off int) (line, start int) {
	st := s.starts
	if len(st) == 0 {
		return 1, 0
	}
	c := s.lineNo - 1
	for c > 0 && st[c] > off {
		c--
	}
	for c+1 < len(st) && st[c+1] <= off {
		c++
	}
	return c + 1, st[c]
}

// completeLines records the line starts after the last one recorded, for
// a scan that stopped early (the token cap): LineStarts always cover the
// whole text.
func (s *scanner) completeLines() {
	text := s.text
	if text == "" {
		return
	}
	for i := s.starts[len(s.starts)-1]; i < len(text); i++ {
		if c := text[i]; c == '\n' || c == '\r' {
			s.lineByte(c, i)
		}
	}
}
