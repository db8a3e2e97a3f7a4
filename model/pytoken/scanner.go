package pytoken

import "unicode/utf8"

// Caps that keep any input bounded in time and memory.
const (
	// MaxTokens caps Tokens plus FieldTokens (≈48 bytes each), so that
	// tokens and what the classifier builds on them stay far below 256 MB.
	// CPython's Lib averages 6.8 bytes per token: about 7 MB of real code.
	MaxTokens = 1_000_000
	// MaxFieldTokens caps FieldTokens alone.
	MaxFieldTokens = 250_000
	// MaxFStringDepth caps f-string nesting (CPython allows about 150).
	MaxFStringDepth = 32
	maxErrors       = 1000
	tabSize         = 8
)

// Tokenize decodes src like CPython (BOM, PEP 263 cookie) and tokenizes
// the decoded text. It accepts any bytes and never panics; problems are
// reported in the Result (Truncated, LimitsHit, Errors, Flags).
func Tokenize(src []byte) *Result {
	return TokenizeString(string(src))
}

// TokenizeString is Tokenize for source already held in a string, which
// is not copied: Result.Text is src or a substring of it unless a cookie
// made it decode.
func TokenizeString(src string) *Result {
	res := &Result{}
	text := decodeSource(src, res)
	tokenizeText(text, res)
	return res
}

// TokenizeText tokenizes text as it is: no BOM stripping, no cookie
// decoding. The Lexer uses it so that its tokens cover the text exactly.
func TokenizeText(text string) *Result {
	res := &Result{Encoding: encUTF8}
	tokenizeText(text, res)
	return res
}

func tokenizeText(text string, res *Result) {
	res.Text = text
	s := &scanner{
		text:         text,
		res:          res,
		indents:      []int{0},
		stmtFirst:    -1,
		rescanBudget: len(text)/2 + 64<<10,
	}
	// One token per 5 bytes covers nearly all real code (CPython Lib
	// averages one per 6.8), so big inputs rarely grow; pages not written
	// are never touched. Lines are sized for 24 bytes on average (Lib
	// averages 30), statements for one per two such lines.
	s.toks = newTokens(min(len(text)/5+16, MaxTokens))
	if text != "" { // empty text has no lines: LineStarts stays nil
		s.starts = linePool.Get(len(text)/24 + 16)
	}
	s.stmts = stmtPool.Get(min(len(text)/48+4, MaxTokens/8))
	s.resetLine()
	s.run()
	s.completeLines()
	res.LineStarts = s.starts
	res.Tokens = s.toks
	res.Statements = s.stmts
	scanTricks(res)
}

// scanner is the state of one tokenization.
type scanner struct {
	text   string
	res    *Result
	starts []int // Result.LineStarts, recorded as the scan goes (see newLineAt)
	toks   []Token
	stmts  []Statement // Result.Statements, kept here while scanning
	limit  int         // below it add needs no capacity or cap check (see makeRoom)

	lineNo, lineStart int // line of the scan position (see line_cursor.go)

	indents        []int
	depth          int // open brackets at top level
	lineHasContent bool
	stmtFirst      int
	stmtLast       int
	sawTabIndent   bool
	sawSpaceIndent bool
	rescanBudget   int // bytes that speculative f-string scans may re-read
	full           bool
	nfkcCache      map[string]bool
}

// status of a string scan.
type status uint8

const (
	stOK   status = iota
	stLine        // a single-quoted string met a line end (end = its offset)
	stEOF         // EOF inside the string
)

func (s *scanner) run() {
	text := s.text
	n := len(text)
	pos := 0
	if s.depth == 0 {
		pos = s.indentation(pos)
	}
	// uint compares: pos is never negative, and saying so lets the
	// compiler drop the bounds checks of text[pos] and text[end].
	for uint(pos) < uint(n) && !s.full {
		c := text[pos]
		switch byteClass[c] {
		case clsSpace:
			// Runs of spaces (alignment, before comments, the indentation
			// of lines inside brackets, which indentation does not measure)
			// are skipped a word at a time rather than one dispatch a byte.
			pos = spaceSpan(text, pos+1)
		case clsIdent:
			// A name: ASCII names (nearly all) take this fast path, written
			// out here as they are the commonest token: no rune decoding,
			// no ASCII re-check, a hashed keyword look-up. Non-ASCII names
			// and string prefixes go through lexed.
			end, keyword := nameAt(text, pos)
			if uint(end) < uint(n) {
				if c := text[end]; c >= utf8.RuneSelf || (c == '"' || c == '\'') && end-pos <= 2 {
					pos = s.lexed(pos)
					continue
				}
			}
			idx := len(s.toks)
			t := s.addFast(Name, pos, end)
			if t == nil {
				t = s.addSlow(Name, pos, end)
			}
			if t != nil {
				t.Keyword = keyword
				s.markSignificant(idx)
			}
			pos = skipBlank(text, end)
		case clsComma:
			// The commonest op (a tenth of all tokens), written out here
			// as op would take it: no call.
			idx := len(s.toks)
			if s.addFast(Op, pos, pos+1) != nil || s.addSlow(Op, pos, pos+1) != nil {
				s.markSignificant(idx)
			}
			pos = skipBlank(text, pos+1)
		case clsOp:
			pos = s.op(pos, c)
		case clsNewline:
			pos = s.newline(pos)
		case clsHash:
			end := lineEnd(text, pos)
			if s.addFast(Comment, pos, end) == nil {
				s.addSlow(Comment, pos, end)
			}
			pos = end
			if pos < n && !s.full { // a line end: the comment's NL or NEWLINE
				pos = s.newline(pos)
			}
		case clsBackslash:
			pos = s.backslash(pos, s.emit)
		case clsDot:
			pos = s.dot(pos)
		case clsQuote:
			pos = s.quote(pos)
		case clsDigit:
			pos = s.number(pos)
		case clsError: // listed: a jump table
			pos = s.lexed(pos)
		}
	}
	s.finish()
}

// backslash handles '\' outside strings: a continuation when a line end
// follows, else an error byte.
func (s *scanner) backslash(pos int, emit func(Kind, int, int)) int {
	text := s.text
	end := pos + 1
	if end >= len(text) {
		s.res.Truncated = true
		s.syntaxError(pos, "unexpected EOF after line continuation")
		emit(Error, pos, end)
		return end
	}
	if c := text[end]; c == '\n' || c == '\r' {
		end++
		if c == '\r' && end < len(text) && text[end] == '\n' {
			end++
		}
		emit(Continuation, pos, end)
		s.newLineAt(end)
		return end
	}
	s.syntaxError(pos, "unexpected character after line continuation")
	emit(Error, pos, end)
	return end
}

// bracket tracks nesting for the top-level op token text[pos:end] and
// closes a statement at ';'.
func (s *scanner) bracket(pos, end int) {
	if end-pos != 1 || s.full {
		return
	}
	switch s.text[pos] {
	case '(', '[', '{':
		s.depth++
		if s.depth == 201 {
			s.syntaxError(pos, "too many nested parentheses")
		}
	case ')', ']', '}':
		if s.depth > 0 {
			s.depth--
		} else {
			s.syntaxError(pos, "unmatched closing bracket")
		}
	case ';':
		if s.depth == 0 {
			// The ';' belongs to no statement: undo its marking.
			if s.stmtLast == len(s.toks)-1 {
				if s.stmtFirst == s.stmtLast {
					s.stmtFirst = -1
				} else {
					s.stmtLast = s.prevSignificant(len(s.toks) - 2)
				}
			}
			s.closeStmt()
		}
	}
}

func (s *scanner) prevSignificant(i int) int {
	for ; i > s.stmtFirst; i-- {
		if significant(s.toks[i].Kind) {
			return i
		}
	}
	return s.stmtFirst
}

// stringDone records problems of a top-level string scan.
func (s *scanner) stringDone(start, end int, st status) {
	switch st {
	case stLine:
		s.res.Flags.UnterminatedString = true
		s.syntaxError(start, "unterminated string literal")
	case stEOF:
		s.res.Truncated = true
		s.syntaxError(start, "EOF inside string literal")
	}
}

// indentation measures the indentation of the line at pos, emits Indent or
// Dedent tokens for a line that holds code, and returns the first offset
// after the indentation. Form feed resets the column as in CPython.
func (s *scanner) indentation(pos int) int {
	text := s.text
	start := pos
	pos = spaceSpan(text, pos) // fast path: spaces only
	col := pos - start
	tabs, spaces := false, col > 0
	for pos < len(text) {
		switch text[pos] {
		case ' ':
			col++
			spaces = true
		case '\t':
			col = (col/tabSize + 1) * tabSize
			tabs = true
		case '\f':
			col = 0
		default:
			goto measured
		}
		pos++
	}
measured:
	if pos >= len(text) {
		return pos
	}
	if c := text[pos]; c == '#' || c == '\n' || c == '\r' {
		return pos // blank or comment-only line: no indentation change
	}
	s.sawTabIndent = s.sawTabIndent || tabs
	s.sawSpaceIndent = s.sawSpaceIndent || spaces
	if s.sawTabIndent && s.sawSpaceIndent {
		s.res.Flags.MixedIndent = true
	}
	top := s.indents[len(s.indents)-1]
	switch {
	case col > top:
		s.indents = append(s.indents, col)
		s.emit(Indent, pos, pos)
	case col < top:
		for len(s.indents) > 1 && col < s.indents[len(s.indents)-1] {
			s.indents = s.indents[:len(s.indents)-1]
			s.emit(Dedent, pos, pos)
		}
		if col != s.indents[len(s.indents)-1] {
			s.res.Flags.InconsistentDedent = true
			s.syntaxError(pos, "unindent does not match any outer indentation level")
		}
	}
	return pos
}

// finish closes the last statement, the indentation and the stream.
func (s *scanner) finish() {
	n := len(s.text)
	if s.full {
		return
	}
	if s.depth > 0 {
		s.res.Truncated = true
		s.syntaxError(n, "EOF inside brackets")
	}
	if s.lineHasContent {
		s.emit(Newline, n, n)
	}
	s.closeStmt()
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.emit(Dedent, n, n)
	}
	s.emit(EndMarker, n, n)
}

func (s *scanner) syntaxError(off int, msg string) {
	if len(s.res.Errors) >= maxErrors {
		return
	}
	l := lineOf(s.starts, off)
	col := 0
	if len(s.starts) > 0 {
		col = off - s.starts[l-1]
	}
	s.res.Errors = append(s.res.Errors, SyntaxError{Offset: off, Line: l, Col: col, Msg: msg})
}
