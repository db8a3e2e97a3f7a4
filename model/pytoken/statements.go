package pytoken

// closeStmt ends the open logical statement, if any.
func (s *scanner) closeStmt() {
	if s.stmtFirst < 0 {
		return
	}
	first, last := s.stmtFirst, s.stmtLast
	s.stmtFirst = -1
	s.softKeyword(first, last)
	// Field by field into the slot, not append(…, Statement{…}): see fill.
	// s.stmts is resliced in place, not through a local: then only its
	// length is stored, not the whole header with a write barrier check.
	if len(s.stmts) == cap(s.stmts) {
		s.stmts = append(s.stmts, Statement{})
	} else {
		s.stmts = s.stmts[:len(s.stmts)+1]
	}
	st := &s.stmts[len(s.stmts)-1]
	st.StartLine, st.EndLine = int(s.toks[first].Line), int(s.toks[last].EndLine)
	st.First, st.Last = first, last
}

// softKeyword marks match/case/type at the head of a statement when the
// statement has the soft keyword's shape.
func (s *scanner) softKeyword(first, last int) {
	t := &s.toks[first]
	if t.Kind != Name || last <= first || !softKeywordByte[s.text[t.Start]] {
		return
	}
	next := s.toks[first+1]
	nextText := s.text[next.Start:next.End]
	switch s.text[t.Start:t.End] {
	case "match", "case":
		if next.Kind == Op {
			switch nextText {
			case "(", "[", "{", "-", "*":
			default:
				return
			}
		}
		t.Keyword = s.colonAtDepth0(first+1, last)
	case "type":
		if next.Kind == Name {
			t.Keyword = true
		}
	}
}

// colonAtDepth0 reports a ':' outside brackets among tokens [from, to].
func (s *scanner) colonAtDepth0(from, to int) bool {
	depth := 0
	for i := from; i <= to; i++ {
		t := s.toks[i]
		if t.Kind != Op || t.End-t.Start != 1 {
			continue
		}
		switch s.text[t.Start] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case ':':
			if depth == 0 {
				return true
			}
		}
	}
	return false
}

// softKeywordByte marks the first bytes of match, case and type: most
// statements start with another name and need no string compare.
var softKeywordByte = [256]bool{'m': true, 'c': true, 't': true}
