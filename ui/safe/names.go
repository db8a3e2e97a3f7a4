package safe

import (
	"fmt"
	"unicode"
)

// c1Names are the ISO 6429 abbreviations of U+0080–U+009F.
var c1Names = [32]string{
	"PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA",
	"HTS", "HTJ", "VTS", "PLD", "PLU", "RI", "SS2", "SS3",
	"DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA",
	"SOS", "SGCI", "SCI", "CSI", "ST", "OSC", "PM", "APC",
}

// runeNames gives short names to the invisible code points an analyst is
// most likely to meet; others show as ⟨U+XXXX⟩.
var runeNames = map[rune]string{
	0x00A0: "NBSP", 0x00AD: "SHY", 0x034F: "CGJ", 0x061C: "ALM",
	0x115F: "HANGUL CHOSEONG FILLER", 0x1160: "HANGUL JUNGSEONG FILLER",
	0x1680: "OGHAM SP", 0x180E: "MVS",
	0x2000: "NQSP", 0x2001: "MQSP", 0x2002: "ENSP", 0x2003: "EMSP",
	0x2004: "3/MSP", 0x2005: "4/MSP", 0x2006: "6/MSP", 0x2007: "FSP",
	0x2008: "PSP", 0x2009: "THSP", 0x200A: "HSP",
	0x200B: "ZWSP", 0x200C: "ZWNJ", 0x200D: "ZWJ", 0x200E: "LRM", 0x200F: "RLM",
	0x2028: "LSEP", 0x2029: "PSEP",
	0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO",
	0x202F: "NNBSP", 0x205F: "MMSP",
	0x2060: "WJ", 0x2061: "FUNCTION APPLICATION", 0x2062: "INVISIBLE TIMES",
	0x2063: "INVISIBLE SEPARATOR", 0x2064: "INVISIBLE PLUS",
	0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI",
	0x3000: "IDSP", 0x3164: "HANGUL FILLER", 0xFEFF: "BOM/ZWNBSP",
	0xFFA0: "HALFWIDTH HANGUL FILLER", 0xE0001: "LANGUAGE TAG", 0xE007F: "CANCEL TAG",
}

// visible reports whether r may be written to a terminal as itself: a
// graphic rune that is neither a control, a format character, a
// default-ignorable, a variation selector nor a space other than U+0020.
func visible(r rune) bool {
	if r >= 0x20 && r < 0x7F {
		return true
	}
	if r < 0xA0 {
		return false
	}
	if r >= 0xC0 && r < 0x300 || r >= 0x4E00 && r <= 0x9FFF { // Latin letters, CJK: all graphic
		return true
	}
	if !unicode.IsGraphic(r) { // Cc, Cf, Co, Cn, Zl, Zp
		return false
	}
	if unicode.Is(unicode.Zs, r) { // odd spaces; U+0020 handled above
		return false
	}
	if unicode.In(r, unicode.Other_Default_Ignorable_Code_Point,
		unicode.Variation_Selector, unicode.Bidi_Control, unicode.Join_Control) {
		return false
	}
	return !prepend[r]
}

// runeToken is the visible token for a rune that is not visible.
func runeToken(r rune) string {
	switch {
	case r < 0x20:
		return string(rune(0x2400 + r)) // control pictures ␀ … ␟
	case r == 0x7F:
		return "␡"
	case r >= 0x80 && r < 0xA0:
		return fmt.Sprintf("⟨U+%04X %s⟩", r, c1Names[r-0x80])
	}
	name := runeNames[r]
	switch {
	case name != "":
	case r >= 0xFE00 && r <= 0xFE0F:
		name = fmt.Sprintf("VS%d", r-0xFE00+1)
	case r >= 0xE0100 && r <= 0xE01EF:
		name = fmt.Sprintf("VS%d", r-0xE0100+17)
	case r == 0xE0020:
		name = "TAG SPACE"
	case r > 0xE0020 && r < 0xE007F:
		// Tag characters smuggle ASCII invisibly; show what they spell.
		name = "TAG " + string(r-0xE0000)
	}
	if name == "" {
		return fmt.Sprintf("⟨U+%04X⟩", r)
	}
	return fmt.Sprintf("⟨U+%04X %s⟩", r, name)
}

// extendsPrevious reports whether r joins the grapheme cluster before it
// (UAX #29 Extend and SpacingMark: combining marks, emoji modifiers, a few
// letters). Such a rune right after a token would draw onto the token's
// glyph and change its width, so at the start of a text run it is shown as
// a token itself.
func extendsPrevious(r rune) bool {
	switch {
	case unicode.Is(unicode.M, r):
		return true
	case r >= 0x1F3FB && r <= 0x1F3FF, r == 0xFF9E, r == 0xFF9F, r == 0x0E33, r == 0x0EB3:
		return true
	}
	return false
}

// prepend holds the graphic UAX #29 Prepend code points, which join the
// grapheme after them (and so would join a following token). They are rare
// enough to be shown as tokens always.
var prepend = map[rune]bool{
	0x0D4E: true, 0x111C2: true, 0x111C3: true, 0x1193F: true, 0x11941: true,
	0x11A3A: true, 0x11A84: true, 0x11A85: true, 0x11A86: true, 0x11A87: true,
	0x11A88: true, 0x11A89: true, 0x11D46: true, 0x11F02: true,
}
