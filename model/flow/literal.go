package flow

import (
	"strings"
	"unicode/utf8"

	"github.com/pytriage/pytriage/model/pytoken"
)

// literalValue is pytoken.StringValue(lit), with short cuts for the
// commonest literals of all: one pair of plain quotes ('...' or "...", no
// prefix, not triple) around text without a backslash or a carriage
// return, whose value is that text itself, and the same with only
// one-character and hex escapes (\n, \t, \\, \', \x1b, \u00e9 …; see
// unescapeSimple), whose value is built in the key arena a. StringValue
// would reach the same answers only after parsing a prefix, looking for
// triple quotes and checking the closing quote for an escape, and would
// allocate each escaped value on its own — a third of the standard
// library's literals have an escape. Everything else goes to StringValue.
func literalValue(lit string, a *keyArena) (value string, isBytes, ok bool) {
	if n := len(lit); n >= 2 {
		q := lit[0]
		if (q == '\'' || q == '"') && lit[n-1] == q && !(n > 2 && lit[1] == q && lit[2] == q) {
			body := lit[1 : n-1]
			if !backslashOrCR(body) {
				return body, false, true
			}
			if v, ok := unescapeSimple(body, a); ok {
				return v, false, true
			}
		}
	}
	return pytoken.StringValue(lit)
}

// simpleEscape is the value of the one-character escape \c, 0 if \c is not
// one.
var simpleEscape = [256]byte{
	'\\': '\\', '\'': '\'', '"': '"',
	'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
}

// hexDigits is the number of hex digits of the escapes \x, \u and \U.
var hexDigits = [256]int8{'x': 2, 'u': 4, 'U': 8}

// escapeLen is the length of the escape that starts with the backslash at
// body[i], if unescapeSimple evaluates it: a one-character escape, or \x,
// \u or \U with all their hex digits. 0 for any other (octal, \N{…},
// line continuations, unknown escapes, a short hex escape or a lone
// backslash at the end), which StringValue evaluates.
func escapeLen(body string, i int) int {
	if i+1 >= len(body) {
		return 0
	}
	d := body[i+1]
	if simpleEscape[d] != 0 {
		return 2
	}
	n := int(hexDigits[d])
	if n == 0 || i+2+n > len(body) {
		return 0
	}
	for _, c := range []byte(body[i+2 : i+2+n]) {
		if pytoken.HexDigit(c) < 0 {
			return 0
		}
	}
	return 2 + n
}

// unescapeSimple evaluates the body of a plain one-quote literal (str, not
// bytes) whose escapes escapeLen accepts, in the arena a; ok is false if
// the body has another escape or a carriage return (line ends are
// translated). Every backslash starts an escape, so a run of them before
// the closing quote is even: the quote closes the literal, as StringValue
// requires for ok. The value is never longer than the body: an escape is
// at least two bytes and stands for at most four (\U). One pass: on a
// failure, rare, what was written is left unused in the arena.
func unescapeSimple(body string, a *keyArena) (string, bool) {
	if strings.IndexByte(body, '\r') >= 0 {
		return "", false
	}
	a.begin(len(body))
	for {
		k := strings.IndexByte(body, '\\')
		if k < 0 {
			a.write(body)
			return a.end(), true
		}
		n := escapeLen(body, k)
		if n == 0 {
			return "", false
		}
		a.write(body[:k])
		if d := body[k+1]; n == 2 {
			a.writeByte(simpleEscape[d])
		} else {
			var v rune
			for _, c := range []byte(body[k+2 : k+n]) {
				v = v<<4 | rune(pytoken.HexDigit(c))
			}
			if !utf8.ValidRune(v) { // a surrogate or beyond U+10FFFF
				v = utf8.RuneError
			}
			a.writeRune(v)
		}
		body = body[k+n:]
	}
}

// backslashOrCR reports a '\\' or '\r' in s: a byte loop for short
// strings, which most literals are, IndexByte for long ones.
func backslashOrCR(s string) bool {
	if len(s) > 32 {
		return strings.IndexByte(s, '\\') >= 0 || strings.IndexByte(s, '\r') >= 0
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\\' || c == '\r' {
			return true
		}
	}
	return false
}
