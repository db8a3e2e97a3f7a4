package pytoken

// The handlers that run dispatches to, one per kind of token start. Ops,
// dots, plain strings and comments have fast paths here that skip
// lexToken's general route; newline also measures the next indentation.
// (Names and commas have theirs inline in run; numbers skip lexed too.)

// op handles an operator or delimiter (not '.'), c, at pos.
func (s *scanner) op(pos int, c byte) int {
	text := s.text
	end := pos + 1
	// Only a few bytes continue an op ("==", "**=", "->", "<>"): most ops,
	// ':' and '=' among them, are followed by none and need no opLen call.
	if !singleOp[c] && uint(end) < uint(len(text)) && opSecond[text[end]] {
		end = pos + opLen(text, pos)
	}
	idx := len(s.toks)
	if s.addFast(Op, pos, end) == nil && s.addSlow(Op, pos, end) == nil {
		return end
	}
	s.markSignificant(idx)
	// Bracket tracking, as bracket does it, written out for the brackets
	// (a tenth of all tokens) to save a call and a re-test of the length:
	// they are one-byte ops, and the add above did not fill the scanner.
	switch bracketClass[c] {
	case bracketOpen:
		s.depth++
		if s.depth == 201 {
			s.syntaxError(pos, "too many nested parentheses")
		}
	case bracketClose:
		if s.depth > 0 {
			s.depth--
		} else {
			s.syntaxError(pos, "unmatched closing bracket")
		}
	case bracketSemicolon:
		s.bracket(pos, end)
	}
	return skipBlank(text, end)
}

// number handles a number literal (numbers never span lines); as lexed
// would, without lexToken's and emit's general route.
func (s *scanner) number(pos int) int {
	end := scanNumber(s.text, pos)
	idx := len(s.toks)
	if s.addFast(Number, pos, end) != nil || s.addSlow(Number, pos, end) != nil {
		s.markSignificant(idx)
	}
	return skipBlank(s.text, end)
}

// dot handles '.' and '...' (attribute access is frequent); '.5' is a number.
func (s *scanner) dot(pos int) int {
	text := s.text
	end := pos + 1
	if end < len(text) && text[end] >= '0' && text[end] <= '9' {
		return s.lexed(pos)
	}
	if pos+2 < len(text) && text[pos+1] == '.' && text[pos+2] == '.' {
		end = pos + 3
	}
	idx := len(s.toks)
	if s.addFast(Op, pos, end) != nil || s.addSlow(Op, pos, end) != nil {
		s.markSignificant(idx)
	}
	return end
}

// quote handles a string without prefix. A one-line single-quoted string
// without escapes (most strings) is found here with one table test a byte;
// anything else (triple quotes, backslashes, a line end, EOF) is left to
// scanString through lexed.
func (s *scanner) quote(pos int) int {
	text := s.text
	q := text[pos]
	end := pos + 1
	for {
		end = stringSpan(text, end, q, q)
		for end < len(text) && !plainStringStop[text[end]] {
			end++
		}
		if end < len(text) && text[end] != q && (text[end] == '"' || text[end] == '\'') {
			end++ // the other quote
			continue
		}
		break
	}
	if end >= len(text) || text[end] != q || end == pos+1 && end+1 < len(text) && text[end+1] == q {
		return s.lexed(pos) // escapes, line end, EOF, or a triple quote
	}
	end++
	idx := len(s.toks)
	// This string holds no line end (the loop stops at one), so unlike
	// other strings it is on the cursor's line: addFast may place it.
	if s.addFast(String, pos, end) != nil || s.addSlow(String, pos, end) != nil {
		s.markSignificant(idx)
	}
	return end
}

// plainStringStop marks the bytes that matter in a string without prefix.
var plainStringStop = [256]bool{'"': true, '\'': true, '\\': true, '\n': true, '\r': true}

// singleOp marks the ops that no longer op starts with.
var singleOp = func() (single [256]bool) {
	for _, c := range "()[]{};,~" {
		single[c] = true
	}
	return single
}()

// opSecond marks the bytes that may be the second of an op (see opLen).
var opSecond = [256]bool{'=': true, '>': true, '<': true, '*': true, '/': true}

// Classes of the one-byte ops that bracket tracks.
const (
	bracketNone uint8 = iota
	bracketOpen
	bracketClose
	bracketSemicolon
)

var bracketClass = [256]uint8{
	'(': bracketOpen, '[': bracketOpen, '{': bracketOpen,
	')': bracketClose, ']': bracketClose, '}': bracketClose,
	';': bracketSemicolon,
}

// skipBlank steps over one space, tab or form feed at end, if any: after a
// name or an op one often follows, and skipping it here, without a branch,
// saves the run loop a dispatch. (Blanks between tokens have no effect.)
func skipBlank(text string, end int) int {
	if end < len(text) {
		end += int(blankByte[text[end]])
	}
	return end
}

// blankByte is 1 for the bytes of class clsSpace.
var blankByte = [256]uint8{' ': 1, '\t': 1, '\f': 1}

// newline handles a line end outside strings and brackets' interior rules:
// NEWLINE ends a logical line that holds code, NL any other; the next
// line's indentation is measured when no bracket is open.
func (s *scanner) newline(pos int) int {
	text := s.text
	end := pos + 1
	if text[pos] == '\r' && end < len(text) && text[end] == '\n' {
		end++
	}
	kind := NL
	if s.depth == 0 && s.lineHasContent {
		kind = Newline
	}
	if s.addFast(kind, pos, end) == nil { // as emit: neither a name nor significant
		s.addSlow(kind, pos, end)
	}
	if kind == Newline {
		s.closeStmt()
		s.lineHasContent = false
	}
	s.newLineAt(end)
	if s.depth == 0 && end < len(text) && !s.full {
		return s.indentation(end)
	}
	return end
}

// lexed handles any other token through lexToken: strings with a prefix,
// an escape or triple quotes, numbers (and '.5'), error bytes and
// non-ASCII names.
func (s *scanner) lexed(pos int) int {
	owner, mark := len(s.toks), len(s.res.FieldTokens)
	kind, end, st := s.lexToken(pos, owner, 0)
	if kind == String {
		s.stringDone(pos, end, st)
	}
	s.emit(kind, pos, end)
	if len(s.toks) == owner { // capped: no string to own the fields
		s.res.FieldTokens = s.res.FieldTokens[:mark]
	}
	if kind == Op {
		s.bracket(pos, end)
	}
	return end
}

// lineEnd returns the offset of the first LF or CR from pos on (or the
// text's end). Comments are long: it skips printable ASCII eight bytes at
// a time (see mayHoldOdd), then goes byte by byte.
func lineEnd(text string, pos int) int {
	for pos+8 <= len(text) && !mayHoldOdd(load64(text, pos)) {
		pos += 8
	}
	for pos < len(text) && text[pos] != '\n' && text[pos] != '\r' {
		pos++
	}
	return pos
}
