package rowpaint

import (
	"fmt"
	"strings"
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

// Placeholder replaces every rune of a hostile payload that the sanitiser
// turns into a token by the control byte 0x01 (itself a token), and every
// other rune by "x", keeping line ends, backslashes and quotes. A view of a
// finding holding Placeholder(p) is the twin that a view holding p must
// match sequence for sequence (hostile-input.md requirement 1).
func Placeholder(p string) string {
	var b strings.Builder
	for _, r := range p {
		switch {
		case r == '\r' || r == '\n' || r == '\\' || r == '"' || r == '\'':
			b.WriteRune(r)
		case r < 0x20 || r >= 0x7f && r <= 0x9f || r == utf8.RuneError || r >= 0x200b && r <= 0x206f || r == 0xfeff:
			b.WriteByte(0x01)
		default:
			b.WriteByte('x')
		}
	}
	return b.String()
}

// Sequences is the set of escape sequences in s.
func Sequences(s string) map[string]bool {
	out := map[string]bool{}
	for i := strings.IndexByte(s, 0x1b); i >= 0; i = strings.IndexByte(s, 0x1b) {
		s = s[i:]
		j := 2
		for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
			j++
		}
		j = min(j+1, len(s))
		out[s[:j]] = true
		s = s[j:]
	}
	return out
}
