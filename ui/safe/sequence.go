package safe

import "unicode/utf8"

// Caps on how much of an escape sequence one token swallows. Past the cap
// the token ends and the rest shows as ordinary text: every byte stays
// visible, and an unterminated string cannot turn the rest of a field into
// one token.
const (
	maxControlSeq = 64  // CSI parameters and intermediates, ESC intermediates
	maxControlStr = 256 // OSC, DCS, SOS, PM, APC payload
)

// escSequence scans the escape sequence that starts with ESC at s[i] and
// returns it as one token and the index after it. A terminal would consume
// the same bytes as one sequence (ECMA-48 §5.3–5.6), so the analyst sees
// exactly what the attacker sent, as one unit.
func escSequence(s string, i int) (token string, next int) {
	j := i + 1
	if j >= len(s) {
		return "␛", j
	}
	switch c := s[j]; c {
	case '[':
		return controlSeq(s, j+1, "␛[")
	case ']', 'P', 'X', '^', '_': // OSC, DCS, SOS, PM, APC
		return controlString(s, j+1, "␛"+string(c))
	}
	// nF / Fp / Fe / Fs: intermediates 0x20–0x2F, then a final 0x30–0x7E.
	k := j
	for k < len(s) && k-j < maxControlSeq && s[k] >= 0x20 && s[k] <= 0x2F {
		k++
	}
	if k < len(s) && s[k] >= 0x30 && s[k] <= 0x7E {
		k++
	}
	return "␛" + s[j:k], k
}

// c1Sequence handles the C1 introducers (U+009B CSI, U+009D OSC, U+0090
// DCS, U+0098 SOS, U+009E PM, U+009F APC) that VTE, Kitty and WezTerm honour
// inside UTF-8; ok is false for other runes.
func c1Sequence(s string, r rune, next int) (token string, end int, ok bool) {
	prefix := runeToken(r)
	switch r {
	case 0x9B:
		token, end = controlSeq(s, next, prefix)
	case 0x9D, 0x90, 0x98, 0x9E, 0x9F:
		token, end = controlString(s, next, prefix)
	default:
		return "", next, false
	}
	return token, end, true
}

// controlSeq scans CSI parameters (0x30–0x3F), intermediates (0x20–0x2F)
// and the final byte (0x40–0x7E) from s[j].
func controlSeq(s string, j int, prefix string) (string, int) {
	k := j
	for k < len(s) && k-j < maxControlSeq && s[k] >= 0x20 && s[k] <= 0x3F {
		k++
	}
	if k < len(s) && k-j < maxControlSeq && s[k] >= 0x40 && s[k] <= 0x7E {
		k++
	}
	return prefix + s[j:k], k
}

// controlString scans a control string payload from s[j] up to its
// terminator (BEL, ESC \ or U+009C ST). The payload may only hold runes that
// are safe to show as themselves; anything else, the cap, or the end of s
// ends the token unterminated and the main loop goes on from there.
func controlString(s string, j int, prefix string) (string, int) {
	k := j
	for k < len(s) && k-j < maxControlStr {
		switch s[k] {
		case 0x07:
			return prefix + s[j:k] + "␇", k + 1
		case 0x1B:
			if k+1 < len(s) && s[k+1] == '\\' {
				return prefix + s[j:k] + `␛\`, k + 2
			}
			return prefix + s[j:k], k
		}
		r, size := utf8.DecodeRuneInString(s[k:])
		if r == 0x9C {
			return prefix + s[j:k] + runeToken(r), k + size
		}
		if r == utf8.RuneError && size == 1 || !visible(r) {
			break
		}
		k += size
	}
	return prefix + s[j:k], k
}
