package pytoken

import "unicode"

// maxTricks caps Result.Tricks; Flags.TricksCapped says when it triggered.
const maxTricks = 10000

// plainByte marks printable ASCII, which holds no trick.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = true
	}
	return t
}()

// trickKind classifies a non-ASCII rune that can deceive a reader.
func trickKind(r rune) string {
	if plainRune(r) {
		return ""
	}
	return classifyTrick(r)
}

// classifyTrick is trickKind without the fast path.
func classifyTrick(r rune) string {
	switch {
	case r >= 0x80 && r <= 0x9f:
		if r == 0x85 {
			return TrickLineSeparator
		}
		return TrickC1
	case unicode.Is(unicode.Bidi_Control, r):
		return TrickBidi
	case r == 0x2028 || r == 0x2029:
		return TrickLineSeparator
	case r == 0xa0 || r >= 0x2000 && r <= 0x200a || r == 0x202f || r == 0x205f || r == 0x3000:
		return TrickOddSpace
	case isInvisible(r):
		return TrickInvisible
	}
	return ""
}

// isInvisible approximates Default_Ignorable_Code_Point (Go has no derived
// table) plus the Hangul fillers and other blank-looking letters.
func isInvisible(r rune) bool {
	switch {
	case r == 0xad, r == 0x34f, r == 0x180e, r == 0x17b4, r == 0x17b5,
		r >= 0x200b && r <= 0x200d, r >= 0x2060 && r <= 0x2064, r == 0xfeff,
		r >= 0xfe00 && r <= 0xfe0f, r >= 0xe0000 && r <= 0xe0fff,
		r >= 0x180b && r <= 0x180f, r == 0x115f, r == 0x1160, r == 0x3164, r == 0xffa0,
		r >= 0xfff0 && r <= 0xfff8, r >= 0x1bca0 && r <= 0x1bca3, r >= 0x1d173 && r <= 0x1d17a:
		return true
	}
	return unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r) || unicode.Is(unicode.Join_Control, r)
}

// plainRune reports runes of the ranges that hold no trick at all (tested
// against the full classification): Latin, Greek, Cyrillic, Hebrew, box
// drawing, CJK, Hangul syllables. Non-ASCII text in real code is mostly
// these, and the full test searches several Unicode tables.
func plainRune(r rune) bool {
	switch {
	case r >= 0xa1 && r <= 0x5ff:
		return r != 0xad && r != 0x34f
	case r >= 0x2070 && r <= 0x2fff, r >= 0x3001 && r <= 0x3163, r >= 0x3165 && r <= 0xd7ff:
		return true
	}
	return false
}
