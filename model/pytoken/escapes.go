package pytoken

import (
	"strings"
	"unicode/utf8"
)

// escMode selects which escapes unescape understands.
type escMode uint8

const (
	escStr   escMode = iota // str literal: all escapes; other bytes copied
	escBytes                // bytes literal: no \u \U \N; \x and octal give raw bytes
	escCodec                // the unicode_escape codec: other bytes are Latin-1
)

// hasBackslashOrCR reports a '\\' or '\r' in s. Most literals are short:
// a byte loop beats two IndexByte calls on them.
func hasBackslashOrCR(s string) bool {
	if len(s) > 32 {
		return strings.IndexByte(s, '\\') >= 0 || strings.IndexByte(s, '\r') >= 0
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' || s[i] == '\r' {
			return true
		}
	}
	return false
}

// unescape evaluates backslash escapes. It never fails; ok is false when an
// escape was malformed (kept literally, as CPython would not). Line ends
// inside the text (CRLF, lone CR) become LF, as CPython translates them
// before tokenizing; in escCodec mode they are kept, since the codec runs
// before that translation.
func unescape(s string, mode escMode) (string, bool) {
	if mode != escCodec && !hasBackslashOrCR(s) {
		return s, true // nothing to evaluate: the value is the text itself
	}
	ok := true
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if mode != escCodec { // copy a run of plain bytes at once
			j := i
			for j < len(s) && s[j] != '\\' && s[j] != '\r' {
				j++
			}
			if j > i {
				b.WriteString(s[i:j])
				if i = j; i >= len(s) {
					break
				}
			}
		}
		c := s[i]
		if c != '\\' {
			switch {
			case c == '\r' && mode != escCodec:
				b.WriteByte('\n')
				if i+1 < len(s) && s[i+1] == '\n' {
					i++
				}
			case c >= utf8.RuneSelf && mode == escCodec:
				b.WriteRune(rune(c))
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		if i+1 >= len(s) {
			b.WriteByte('\\')
			ok = false
			break
		}
		d := s[i+1]
		i += 2
		switch d {
		case '\n':
		case '\r':
			if mode == escCodec {
				b.WriteString("\\\r")
				ok = false
				break
			}
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case '\\', '\'', '"':
			b.WriteByte(d)
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(d - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				v = v*8 + rune(s[i]-'0')
				i++
			}
			writeValue(&b, v, mode)
		case 'x':
			v, n := hexValue(s[i:], 2)
			if n < 2 {
				b.WriteString("\\x")
				ok = false
				break
			}
			i += n
			writeValue(&b, v, mode)
		case 'u', 'U', 'N':
			if mode == escBytes {
				b.WriteByte('\\')
				b.WriteByte(d)
				break
			}
			if d == 'N' {
				r, n := namedEscape(s[i:])
				if n == 0 {
					b.WriteString("\\N")
					ok = false
					break
				}
				i += n
				b.WriteRune(r)
				break
			}
			want := 4
			if d == 'U' {
				want = 8
			}
			v, n := hexValue(s[i:], want)
			if n < want {
				b.WriteByte('\\')
				b.WriteByte(d)
				ok = false
				break
			}
			i += n
			writeValue(&b, v, mode)
		default:
			b.WriteByte('\\')
			if mode == escCodec && d >= utf8.RuneSelf {
				b.WriteRune(rune(d))
			} else {
				b.WriteByte(d)
			}
		}
	}
	return b.String(), ok
}

// writeValue writes an escaped code point: a raw byte in bytes mode,
// a rune otherwise (surrogates and out-of-range values become U+FFFD).
func writeValue(b *strings.Builder, v rune, mode escMode) {
	if mode == escBytes {
		b.WriteByte(byte(v))
		return
	}
	if !utf8.ValidRune(v) {
		v = utf8.RuneError
	}
	b.WriteRune(v)
}

// hexValue reads exactly want hex digits (fewer if s ends or a non-hex byte
// comes first) and returns the value and the count read.
func hexValue(s string, want int) (rune, int) {
	var v rune
	n := 0
	for n < want && n < len(s) {
		d := HexDigit(s[n])
		if d < 0 {
			break
		}
		v = v<<4 | rune(d)
		n++
	}
	return v, n
}

// HexDigit is the value of the hex digit c, -1 if c is none. model/flow's
// literal fast path uses it too.
func HexDigit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// decodeRawUnicodeEscape is Python's raw_unicode_escape codec: only \uXXXX
// and \UXXXXXXXX after an odd run of backslashes are escapes; every other
// byte is Latin-1.
func decodeRawUnicodeEscape(s string) string {
	out := make([]byte, 0, len(s)+len(s)/8)
	run := 0 // backslashes just written
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c == 'u' || c == 'U') && run%2 == 1 {
			want := 4
			if c == 'U' {
				want = 8
			}
			if v, n := hexValue(s[i+1:], want); n == want {
				out = out[:len(out)-1] // drop the escaping backslash
				if !utf8.ValidRune(v) {
					v = utf8.RuneError
				}
				out = utf8.AppendRune(out, v)
				i += n
				run = 0
				continue
			}
		}
		if c == '\\' {
			run++
		} else {
			run = 0
		}
		if c < utf8.RuneSelf {
			out = append(out, c)
		} else {
			out = utf8.AppendRune(out, rune(c))
		}
	}
	return string(out)
}
