package safe

import (
	"fmt"
	"unicode/utf8"
)

// Truncate caps s at maxRunes runes (an invalid byte counts as one) and
// marks the cut with a visible "…(+N bytes)" naming how much was dropped.
// Apply it to the raw value and escape the result, Escape(Truncate(v, n)),
// so the count is of evidence bytes and no token is cut in half; either
// order is safe to print.
func Truncate(s string, maxRunes int) string {
	if maxRunes < 0 {
		maxRunes = 0
	}
	n := 0
	for i := 0; i < len(s); n++ {
		if n == maxRunes {
			return s[:i] + fmt.Sprintf("…(+%d bytes)", len(s)-i)
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s
}
