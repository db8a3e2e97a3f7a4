package rowpaint

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// OnlySGR returns an error unless s — a pane's rendered view — holds no
// escape sequence but SGR (ESC [ params m), no control byte but LF, no C1,
// no bidi control and no invalid UTF-8. Pane tests run hostile findings
// through View and call it: finding text must never reach the terminal as
// anything but visible tokens.
func OnlySGR(s string) error {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1B:
			j := i + 1
			if j >= len(s) || s[j] != '[' {
				return fmt.Errorf("byte %d: ESC not starting a CSI: %q", i, clip(s[i:]))
			}
			j++
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';' || s[j] == ':') {
				j++
			}
			if j >= len(s) || s[j] != 'm' {
				return fmt.Errorf("byte %d: CSI that is not SGR: %q", i, clip(s[i:]))
			}
			i = j + 1
		case c == '\n':
			i++
		case c < 0x20 || c == 0x7F:
			return fmt.Errorf("byte %d: control byte %#x", i, c)
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				return fmt.Errorf("byte %d: invalid UTF-8 %#x", i, c)
			case r >= 0x80 && r < 0xA0:
				return fmt.Errorf("byte %d: C1 control U+%04X", i, r)
			case unicode.Is(unicode.Bidi_Control, r), unicode.Is(unicode.Join_Control, r), r == 0x200B, r == 0xFEFF, r == 0x2028, r == 0x2029:
				return fmt.Errorf("byte %d: invisible or bidi U+%04X", i, r)
			}
			i += size
		}
	}
	return nil
}

func clip(s string) string {
	if len(s) > 24 {
		return s[:24]
	}
	return s
}
