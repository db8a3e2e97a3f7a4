package pytoken

// scanString scans a string literal whose prefix starts at start and whose
// opening quote is at qpos. It returns the end offset and a status: stLine
// when a single-quoted string meets a line end (end = that offset), stEOF
// when the text ends inside it. It reports nothing itself, so that callers
// may try a nested string and roll back.
//
// f- and t-strings follow PEP 701 (Python 3.12): a replacement field is an
// expression that may reuse the enclosing quote, nest further f-strings
// and span lines; its tokens go to Result.FieldTokens.
func (s *scanner) scanString(start, qpos, owner, fdepth int) (int, status) {
	text := s.text
	n := len(text)
	raw, fmt := false, false
	for _, c := range []byte(text[start:qpos]) {
		switch c | 0x20 {
		case 'r':
			raw = true
		case 'f', 't':
			fmt = true
		}
	}
	q := text[qpos]
	triple := qpos+2 < n && text[qpos+1] == q && text[qpos+2] == q
	pos := qpos + 1
	if triple {
		pos = qpos + 3
	}
	brace := q // no stop of its own unless fmt
	if fmt {
		brace = '{'
	}
	for {
		// Plain text (most string bytes) in loops of their own: words
		// while eight bytes remain, then a load, a table test and an
		// increment a byte.
		pos = stringSpan(text, pos, q, brace)
		for pos < n && !stringStop[text[pos]] {
			pos++
		}
		if pos >= n {
			break
		}
		c := text[pos]
		switch {
		case c == q:
			if !triple {
				return pos + 1, stOK
			}
			if pos+2 < n && text[pos+1] == q && text[pos+2] == q {
				return pos + 3, stOK
			}
			pos++
		case c == '\\':
			pos = s.stringBackslash(pos, fmt, raw)
		case c == '\n' || c == '\r':
			if !triple {
				return pos, stLine
			}
			s.lineByte(c, pos)
			pos++
		case fmt && c == '{':
			if pos+1 < n && text[pos+1] == '{' {
				pos += 2
				continue
			}
			pos = s.scanField(pos+1, q, triple, owner, fdepth+1)
		default:
			pos++
		}
	}
	return n, stEOF
}

// stringStop marks the bytes scanString must look at: quotes, backslash,
// line ends and '{'; a table test lets plain text go by one compare a byte.
var stringStop = [256]bool{'"': true, '\'': true, '\\': true, '\n': true, '\r': true, '{': true}

// stringBackslash skips an escape inside a string at pos (the backslash).
func (s *scanner) stringBackslash(pos int, fmt, raw bool) int {
	text := s.text
	n := len(text)
	if pos+1 >= n {
		return n
	}
	d := text[pos+1]
	switch {
	case fmt && (d == '{' || d == '}'):
		return pos + 1 // the brace keeps its meaning
	case fmt && !raw && d == 'N' && pos+2 < n && text[pos+2] == '{':
		// \N{NAME}: its braces are no field.
		for i := pos + 3; i < n && i < pos+3+100; i++ {
			switch text[i] {
			case '}':
				return i + 1
			case '\n', '\r', '\'', '"':
				return pos + 2
			}
		}
		return pos + 2
	case d == '\r' && pos+2 < n && text[pos+2] == '\n':
		s.newLineAt(pos + 3)
		return pos + 3
	case d == '\n' || d == '\r':
		s.newLineAt(pos + 2)
	}
	return pos + 2
}

// scanField scans an f-string replacement field from just after its '{'
// and returns the offset after its closing '}'. When the field cannot close
// (a nested string with the enclosing quote runs off the line or the file,
// as in pre-3.12 code like f"{x"), it returns the offset of that quote so
// that the enclosing string ends there; for a single-quoted enclosing string
// a broken nested string ends the enclosing one at the line end.
func (s *scanner) scanField(pos int, q byte, triple bool, owner, fdepth int) int {
	if fdepth > MaxFStringDepth {
		s.res.LimitsHit = true
		return pos // the '{' is taken as literal text
	}
	text := s.text
	n := len(text)
	emit := s.emitField(owner)
	depth := 0
	for pos < n {
		c := text[pos]
		switch {
		case c == ' ' || c == '\t' || c == '\f':
			pos++
		case c == '\n' || c == '\r':
			s.lineByte(c, pos)
			pos++
		case c == '#':
			end := lineEnd(text, pos)
			emit(Comment, pos, end)
			pos = end
		case c == '\\':
			pos = s.backslash(pos, emit)
		case depth == 0 && c == '}':
			return pos + 1
		case depth == 0 && c == ':':
			emit(Op, pos, pos+1)
			return s.scanFormatSpec(pos+1, q, triple, owner, fdepth)
		case depth == 0 && c == '!' && (pos+1 >= n || text[pos+1] != '='):
			emit(Op, pos, pos+1)
			pos++
		default:
			mark := len(s.res.FieldTokens)
			slot := -1
			if isQuoteStart(text, pos) {
				// Reserve the string's place so field tokens stay in order.
				slot = mark
				emit(String, pos, pos)
			}
			kind, end, st := s.lexToken(pos, owner, fdepth)
			if kind == String && st != stOK {
				qp := quoteAt(text, pos)
				same := text[qp] == q && isTriple(text, qp) == triple
				if same && s.rescanBudget > end-pos {
					s.rescanBudget -= end - pos
					s.res.FieldTokens = s.res.FieldTokens[:mark]
					s.rewindTo(qp)
					return qp
				}
				if st == stLine && !triple {
					s.res.FieldTokens = s.res.FieldTokens[:mark]
					return end
				}
			}
			if slot >= 0 && slot < len(s.res.FieldTokens) {
				s.res.FieldTokens[slot].Token = s.token(kind, pos, end)
			} else {
				emit(kind, pos, end)
			}
			if kind == Op && end-pos == 1 {
				switch c {
				case '(', '[', '{':
					depth++
				case ')', ']', '}':
					if depth > 0 {
						depth--
					}
				}
			}
			pos = end
		}
	}
	return n
}

// scanFormatSpec scans the format spec after ':' in a field, with nested
// fields, and returns the offset after the field's closing '}'. A line end
// in a single-quoted string, or the enclosing quote, ends the spec early.
func (s *scanner) scanFormatSpec(pos int, q byte, triple bool, owner, fdepth int) int {
	text := s.text
	n := len(text)
	for pos < n {
		c := text[pos]
		switch {
		case c == '}':
			return pos + 1
		case c == '{':
			if pos+1 < n && text[pos+1] == '{' {
				pos += 2
				continue
			}
			pos = s.scanField(pos+1, q, triple, owner, fdepth+1)
		case c == q:
			if !triple || isTriple(text, pos) {
				return pos
			}
			pos++
		case c == '\n' || c == '\r':
			if !triple {
				return pos
			}
			s.lineByte(c, pos)
			pos++
		case c == '\\':
			pos = s.stringBackslash(pos, true, false)
		default:
			pos++
		}
	}
	return n
}

// isQuoteStart: a string literal (with or without prefix) starts at pos.
func isQuoteStart(text string, pos int) bool {
	qp := quoteAt(text, pos)
	return qp < len(text) && (text[qp] == '"' || text[qp] == '\'') && (qp == pos || isStringPrefix(text[pos:qp]))
}

// quoteAt skips up to two prefix letters at pos and returns the offset
// where the quote would be.
func quoteAt(text string, pos int) int {
	for i := 0; i < 2 && pos < len(text) && text[pos] != '"' && text[pos] != '\'' && asciiClass[text[pos]&0x7f] == clsIdent && text[pos] < 0x80; i++ {
		pos++
	}
	if pos >= len(text) {
		return len(text) - 1
	}
	return pos
}

func isTriple(text string, qp int) bool {
	return qp+2 < len(text) && text[qp+1] == text[qp] && text[qp+2] == text[qp]
}
