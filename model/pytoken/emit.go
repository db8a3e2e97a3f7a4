package pytoken

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

func significant(k Kind) bool {
	return int(k) < len(isSignificant) && isSignificant[k]
}

var isSignificant = [...]bool{Error: true, Name: true, Number: true, String: true, Op: true}

// emit appends a top-level token.
func (s *scanner) emit(kind Kind, start, end int) {
	idx := len(s.toks)
	t := s.add(kind, start, end)
	if t == nil {
		return
	}
	if kind == Name {
		s.nameFlags(t, idx)
	}
	if significant(kind) {
		s.markSignificant(idx)
	}
}

// markSignificant extends the open statement to token idx.
func (s *scanner) markSignificant(idx int) {
	if s.stmtFirst < 0 {
		s.stmtFirst = idx
	}
	s.stmtLast = idx
	s.lineHasContent = true
}

// add appends a top-level token and returns its slot, nil once the token
// cap is reached: addFast for the common case, addSlow for the rest.
func (s *scanner) add(kind Kind, start, end int) *Token {
	if kind != String {
		if t := s.addFast(kind, start, end); t != nil {
			return t
		}
	}
	return s.addSlow(kind, start, end)
}

// addFast appends a token that holds no line end (any but a string that
// may span lines) when there is room below s.limit (nearly always) and
// returns its slot; else nil, and the caller falls back to addSlow. It
// calls nothing, so it is inlined: the hot paths (names, ops, line ends)
// use it directly and save a call per token. Below s.limit the slot needs
// no check of capacity or cap. A token without a line end was just
// scanned: it is on the cursor's line.
func (s *scanner) addFast(kind Kind, start, end int) *Token {
	idx := len(s.toks)
	if idx >= s.limit {
		return nil
	}
	// Index within the capacity first: then the reslice after it needs
	// no check of its own (one compare less per token).
	t := &s.toks[:cap(s.toks)][idx] // filled in place: tokens are the hot path
	s.toks = s.toks[:idx+1]
	t.Start, t.End = int32(start), int32(end)
	t.Line, t.Col, t.EndLine = int32(s.lineNo), int32(start-s.lineStart), int32(s.lineNo)
	t.Kind, t.Keyword = kind, false
	return t
}

// addSlow is add when the token cap, a string or a new line is involved.
func (s *scanner) addSlow(kind Kind, start, end int) *Token {
	idx := len(s.toks)
	if idx >= s.limit && !s.makeRoom(start) {
		return nil
	}
	s.toks = s.toks[:idx+1]
	t := &s.toks[idx]
	s.fill(t, kind, start, end)
	return t
}

// makeRoom applies the token cap (Tokens plus FieldTokens), grows the token
// slice when it is full, and recomputes s.limit; false when capped.
func (s *scanner) makeRoom(pos int) bool {
	idx := len(s.toks)
	if idx+len(s.res.FieldTokens) >= MaxTokens {
		if !s.full {
			s.full = true
			s.res.LimitsHit = true
			s.closeStmt()
		}
		return false
	}
	if idx == cap(s.toks) {
		s.grow(pos)
	}
	s.limit = min(cap(s.toks), MaxTokens-len(s.res.FieldTokens))
	return true
}

// grow enlarges the token slice to what the density so far predicts for
// the whole text, so that big inputs are copied about once.
func (s *scanner) grow(pos int) {
	n := len(s.toks)
	want := n + n/4 + 64
	if pos > 0 {
		if est := int(float64(n)*float64(len(s.text))/float64(pos)*1.1) + 64; est > want {
			want = est
		}
	}
	want = min(want, MaxTokens)
	toks := make([]Token, n, max(want, n+1))
	copy(toks, s.toks)
	s.toks = toks
}

// emitField appends a token of an f-string replacement field.
func (s *scanner) emitField(owner int) func(Kind, int, int) {
	return func(kind Kind, start, end int) {
		if len(s.res.FieldTokens) >= MaxFieldTokens || len(s.toks)+len(s.res.FieldTokens) >= MaxTokens {
			s.res.LimitsHit = true
			return
		}
		s.limit = 0 // FieldTokens share the cap: recompute it at the next add
		t := s.token(kind, start, end)
		if name := s.text[start:end]; kind == Name {
			t.Keyword = isKeyword(name)
			if !isASCII(name) { // flags only: NFKCChanged indexes Tokens
				s.res.Flags.NonASCIIIdent = true
				s.res.Flags.NFKCChanged = s.res.Flags.NFKCChanged || s.nfkcChanged(name)
				s.res.Flags.HangulFiller = s.res.Flags.HangulFiller || strings.ContainsAny(name, hangulFillers)
			}
		}
		s.res.FieldTokens = append(s.res.FieldTokens, FieldToken{Token: t, String: owner})
	}
}

func (s *scanner) token(kind Kind, start, end int) Token {
	var t Token
	s.fill(&t, kind, start, end)
	return t
}

// fill sets every field of t (it may hold stale data).
func (s *scanner) fill(t *Token, kind Kind, start, end int) {
	line, lineStart := s.lineAt(start)
	col := start - lineStart
	endLine := line
	if kind == String && end-1 > start { // only strings span lines
		endLine, _ = s.lineAt(end - 1)
	}
	// Field by field, not *t = Token{...}: the compiler builds a composite
	// literal on the stack and copies it with wide loads that cannot be
	// forwarded from the narrow stores just made, a stall that cost a
	// quarter of the tokenizer's time.
	t.Start, t.End = int32(start), int32(end)
	t.Line, t.Col, t.EndLine = int32(line), int32(col), int32(endLine)
	t.Kind, t.Keyword = kind, false
}

// nameFlags sets Keyword and records non-ASCII and NFKC-changed names.
func (s *scanner) nameFlags(t *Token, idx int) {
	name := s.text[t.Start:t.End]
	if isASCII(name) {
		t.Keyword = isKeyword(name)
		return
	}
	s.res.NonASCIIIdents = append(s.res.NonASCIIIdents, idx)
	s.res.Flags.NonASCIIIdent = true
	// QuickSpan avoids allocating for names that are plainly normal.
	if norm.NFKC.QuickSpanString(name) < len(name) && s.nfkcChanged(name) {
		s.res.NFKCChanged = append(s.res.NFKCChanged, idx)
		s.res.Flags.NFKCChanged = true
	}
	if strings.ContainsAny(name, hangulFillers) {
		s.res.Flags.HangulFiller = true
	}
}

// nfkcChanged reports whether NFKC changes name. Results are cached per
// distinct name (scripts repeat their names), so hostile inputs full of
// one odd name do not allocate per token. (norm.Iter would avoid the
// allocation but panics on some inputs, e.g. U+FD75 in x/text v0.44.0.)
func (s *scanner) nfkcChanged(name string) bool {
	if changed, ok := s.nfkcCache[name]; ok {
		return changed
	}
	changed := norm.NFKC.String(name) != name
	if s.nfkcCache == nil {
		s.nfkcCache = map[string]bool{}
	}
	if len(s.nfkcCache) < 4096 {
		s.nfkcCache[name] = changed
	}
	return changed
}
