package pytoken

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeUTF7 decodes RFC 2152 UTF-7 as Python's codec does, leniently:
// "+-" is "+", a base64 run after "+" holds UTF-16 units, a "-" ending the
// run is absorbed. Bytes that are not UTF-7 are kept as they are, broken
// surrogates become U+FFFD. So "# +AAo-x" yields a comment, a newline and x.
func decodeUTF7(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '+' {
			b.WriteByte(c)
			i++
			continue
		}
		i++
		if i < len(s) && s[i] == '-' {
			b.WriteByte('+')
			i++
			continue
		}
		var bits uint32
		nbits := 0
		var high rune // pending high surrogate
		for i < len(s) {
			v := b64Value(s[i])
			if v < 0 {
				break
			}
			bits = bits<<6 | uint32(v)
			nbits += 6
			if nbits >= 16 {
				nbits -= 16
				unit := rune(bits >> uint(nbits) & 0xFFFF)
				bits &= 1<<uint(nbits) - 1
				high = writeUTF16Unit(&b, high, unit)
			}
			i++
		}
		if high != 0 {
			b.WriteRune(utf8.RuneError)
		}
		if i < len(s) && s[i] == '-' {
			i++
		}
	}
	return b.String()
}

// writeUTF16Unit writes one UTF-16 unit, pairing surrogates; it returns the
// pending high surrogate (0 if none).
func writeUTF16Unit(b *strings.Builder, high, unit rune) rune {
	switch {
	case unit >= 0xD800 && unit < 0xDC00:
		if high != 0 {
			b.WriteRune(utf8.RuneError)
		}
		return unit
	case unit >= 0xDC00 && unit < 0xE000:
		if high == 0 {
			b.WriteRune(utf8.RuneError)
			return 0
		}
		b.WriteRune(utf16.DecodeRune(high, unit))
		return 0
	}
	if high != 0 {
		b.WriteRune(utf8.RuneError)
	}
	b.WriteRune(unit)
	return 0
}

func b64Value(c byte) int {
	switch {
	case c >= 'A' && c <= 'Z':
		return int(c - 'A')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 26
	case c >= '0' && c <= '9':
		return int(c-'0') + 52
	case c == '+':
		return 62
	case c == '/':
		return 63
	}
	return -1
}
