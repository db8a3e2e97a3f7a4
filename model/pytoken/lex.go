package pytoken

import "unicode/utf8"

// lexToken recognises one token that is not layout (whitespace, line end,
// comment or backslash) at pos: a name, string, number, operator or error
// bytes. owner is the index the enclosing top-level string token will have
// (for f-string field tokens); fdepth the f-string nesting depth.
func (s *scanner) lexToken(pos, owner, fdepth int) (Kind, int, status) {
	text := s.text
	n := len(text)
	c := text[pos]
	if c < utf8.RuneSelf {
		switch asciiClass[c] {
		case clsIdent:
			end := s.identRest(pos + 1)
			if end < n && end-pos <= 2 && (text[end] == '"' || text[end] == '\'') && isStringPrefix(text[pos:end]) {
				end, st := s.scanString(pos, end, owner, fdepth)
				return String, end, st
			}
			return Name, end, stOK
		case clsDigit:
			return Number, scanNumber(text, pos), stOK
		case clsQuote:
			end, st := s.scanString(pos, pos, owner, fdepth)
			return String, end, st
		case clsDot:
			if pos+1 < n && text[pos+1] >= '0' && text[pos+1] <= '9' {
				return Number, scanNumber(text, pos), stOK
			}
			if pos+2 < n && text[pos+1] == '.' && text[pos+2] == '.' {
				return Op, pos + 3, stOK
			}
			return Op, pos + 1, stOK
		case clsOp:
			return Op, pos + opLen(text, pos), stOK
		}
		// Stray ASCII ($ ? ` NUL, controls, DEL): one token per run.
		end := pos + 1
		for end < n && text[end] < utf8.RuneSelf && asciiClass[text[end]] == clsError {
			end++
		}
		if c == 0 {
			s.res.Flags.NullByte = true
		}
		return Error, end, stOK
	}
	r, size := utf8.DecodeRuneInString(text[pos:])
	if r == utf8.RuneError && size == 1 {
		end := pos + 1
		for end < n && text[end] >= utf8.RuneSelf {
			if r, sz := utf8.DecodeRuneInString(text[end:]); r != utf8.RuneError || sz != 1 {
				break
			}
			end++
		}
		s.res.Flags.InvalidUTF8 = true
		return Error, end, stOK
	}
	if isIdentStart(r) {
		return Name, s.identRest(pos + size), stOK
	}
	// Other non-ASCII (symbols, invisible and bidi controls, odd spaces):
	// one token per run.
	end := pos + size
	for end < n && text[end] >= utf8.RuneSelf {
		r, sz := utf8.DecodeRuneInString(text[end:])
		if (r == utf8.RuneError && sz == 1) || isIdentStart(r) {
			break
		}
		end += sz
	}
	return Error, end, stOK
}

// identRest returns the end of the identifier whose rest starts at pos.
func (s *scanner) identRest(pos int) int {
	text := s.text
	pos = identSpan(text, pos) // fast path: ASCII names
	for pos < len(text) {
		c := text[pos]
		if c < utf8.RuneSelf {
			if cl := asciiClass[c]; cl != clsIdent && cl != clsDigit {
				return pos
			}
			pos++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[pos:])
		if (r == utf8.RuneError && size == 1) || !isIdentContinue(r) {
			return pos
		}
		pos += size
	}
	return pos
}

// identByte marks the ASCII bytes that continue an identifier.
var identByte = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = asciiClass[c] == clsIdent || asciiClass[c] == clsDigit
	}
	return t
}()

// scanNumber returns the end of the number literal at pos: integers in any
// base with underscores, floats with exponents, imaginary suffix.
func scanNumber(text string, pos int) int {
	n := len(text)
	if text[pos] == '0' && pos+1 < n {
		var ok func(byte) bool
		switch text[pos+1] | 0x20 {
		case 'x':
			ok = func(c byte) bool { return HexDigit(c) >= 0 }
		case 'o':
			ok = func(c byte) bool { return c >= '0' && c <= '7' }
		case 'b':
			ok = func(c byte) bool { return c == '0' || c == '1' }
		}
		if ok != nil {
			pos += 2
			for pos < n && (ok(text[pos]) || text[pos] == '_') {
				pos++
			}
			return pos
		}
	}
	pos = digits(text, pos)
	if pos >= n || !numberTail[text[pos]] {
		return pos // a plain integer (most numbers): nothing below applies
	}
	if text[pos] == '.' {
		pos = digits(text, pos+1)
	}
	if pos < n && text[pos]|0x20 == 'e' {
		p := pos + 1
		if p < n && (text[p] == '+' || text[p] == '-') {
			p++
		}
		if p < n && text[p] >= '0' && text[p] <= '9' {
			pos = digits(text, p)
		}
	}
	if pos < n && text[pos]|0x20 == 'j' {
		pos++
	}
	return pos
}

func digits(text string, pos int) int {
	for pos < len(text) && decimalByte[text[pos]] {
		pos++
	}
	return pos
}

// decimalByte marks the bytes digits steps over: 0-9 and '_'.
var decimalByte = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	t['_'] = true
	return t
}()

// numberTail marks the bytes that may go on a number after its integer
// digits: a fraction, an exponent or the imaginary suffix.
var numberTail = [256]bool{'.': true, 'e': true, 'E': true, 'j': true, 'J': true}

// opLen returns the length of the operator at pos (longest match).
func opLen(text string, pos int) int {
	c := text[pos]
	var c1, c2 byte
	if pos+1 < len(text) {
		c1 = text[pos+1]
	}
	if pos+2 < len(text) {
		c2 = text[pos+2]
	}
	switch c {
	case '*', '/', '<', '>':
		if c1 == c { // ** // << >>
			if c2 == '=' {
				return 3
			}
			return 2
		}
		if c1 == '=' || (c == '<' && c1 == '>') {
			return 2
		}
	case '-':
		if c1 == '=' || c1 == '>' {
			return 2
		}
	case ':':
		if c1 == '=' {
			return 2
		}
	case '+', '%', '&', '|', '^', '@', '=', '!':
		if c1 == '=' {
			return 2
		}
	}
	return 1
}
