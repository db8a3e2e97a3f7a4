package pytoken

import (
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// ASCII byte classes for the scanner's fast path.
const (
	clsError uint8 = iota
	clsIdent
	clsDigit
	clsQuote
	clsDot
	clsOp
	clsSpace
	clsNewline
	clsHash
	clsBackslash
	clsComma // in byteClass only: ',' has its own case in run
)

var asciiClass = func() (t [128]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = clsIdent
		t[c-'a'+'A'] = clsIdent
	}
	t['_'] = clsIdent
	for c := '0'; c <= '9'; c++ {
		t[c] = clsDigit
	}
	t['"'], t['\''] = clsQuote, clsQuote
	t['.'] = clsDot
	for _, c := range "+-*/%@&|^~<>()[]{},:;=!" {
		t[c] = clsOp
	}
	t[' '], t['\t'], t['\f'] = clsSpace, clsSpace, clsSpace
	t['\n'], t['\r'] = clsNewline, clsNewline
	t['#'] = clsHash
	t['\\'] = clsBackslash
	return t
}()

// byteClass is asciiClass over all 256 bytes (clsError from 0x80 on), so
// that run's dispatch needs no test for non-ASCII bytes first.
var byteClass = func() (t [256]uint8) {
	copy(t[:], asciiClass[:])
	t[','] = clsComma
	return t
}()

func isIdentStart(r rune) bool {
	if r < 0x80 {
		return r < 0x80 && asciiClass[r] == clsIdent
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIdentContinue(r rune) bool {
	if r < 0x80 {
		c := asciiClass[r]
		return c == clsIdent || c == clsDigit
	}
	return unicode.IsLetter(r) || unicode.In(r, unicode.Nl, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc,
		unicode.Other_ID_Start, unicode.Other_ID_Continue)
}

// hangulFillers are invisible letters that CPython accepts in identifiers.
const hangulFillers = "\u3164\u115F\u1160\uFFA0"

// isKeyword reports Python's hard keywords.
func isKeyword(s string) bool {
	switch s {
	case "False", "None", "True", "and", "as", "assert", "async", "await",
		"break", "class", "continue", "def", "del", "elif", "else", "except",
		"finally", "for", "from", "global", "if", "import", "in", "is",
		"lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
		"while", "with", "yield":
		return true
	}
	return false
}

// isStringPrefix reports whether p (1 or 2 ASCII letters) is a valid string
// prefix in any case: r u b f t br rb fr rf tr rt.
func isStringPrefix(p string) bool {
	var a, b byte
	switch len(p) {
	case 1:
		a = p[0] | 0x20
		return a == 'r' || a == 'u' || a == 'b' || a == 'f' || a == 't'
	case 2:
		a, b = p[0]|0x20, p[1]|0x20
		if a == 'r' {
			a, b = b, a
		}
		return b == 'r' && (a == 'b' || a == 'f' || a == 't')
	}
	return false
}

// TokenText returns the source text of token i ("" when out of range).
func (r *Result) TokenText(i int) string {
	if i < 0 || i >= len(r.Tokens) {
		return ""
	}
	t := r.Tokens[i]
	return r.Text[t.Start:t.End]
}

// Ident returns the NFKC-normalised name of Name token i, the name CPython
// binds or looks up: "ｅｘｅｃ" gives "exec". For other tokens it returns the
// token text.
func (r *Result) Ident(i int) string {
	s := r.TokenText(i)
	if i < 0 || i >= len(r.Tokens) || r.Tokens[i].Kind != Name || isASCII(s) {
		return s
	}
	return norm.NFKC.String(s)
}

// NormalizeIdent NFKC-normalises any identifier text, e.g. of a FieldToken.
func NormalizeIdent(s string) string {
	if isASCII(s) {
		return s
	}
	return norm.NFKC.String(s)
}
