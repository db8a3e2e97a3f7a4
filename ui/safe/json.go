package safe

import (
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// ASCIIJSON rewrites encoded JSON so that it is printable ASCII plus LF.
// encoding/json escapes C0 controls itself but leaves DEL, C1, bidi and
// invisible characters raw, which a terminal would act on; every byte
// outside printable ASCII can only sit inside a string, where a \u escape
// (a surrogate pair above U+FFFF) means the same rune. A JSON reader gets
// the exact text back. Invalid UTF-8 (which encoding/json already turns
// into U+FFFD) becomes \ufffd.
func ASCIIJSON(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/16)
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf && c != 0x7F {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		i += size
		if r > 0xFFFF {
			r1, r2 := utf16.EncodeRune(r)
			out = appendU(appendU(out, r1), r2)
			continue
		}
		out = appendU(out, r)
	}
	return out
}

func appendU(b []byte, r rune) []byte {
	return fmt.Appendf(b, `\u%04x`, r)
}
