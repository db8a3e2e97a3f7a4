package pytoken

import (
	"unicode"
	"unicode/utf8"
)

// maxTricks caps Result.Tricks; Flags.TricksCapped says when it triggered.
const maxTricks = 10000

// findTricks records every display-trick character of res.Text in one pass,
// so that detectors and the UI need not rescan.
func findTricks(res *Result) {
	text := res.Text
	cur := 0 // line cursor
	add := func(kind string, off int, r rune) bool {
		if len(res.Tricks) >= maxTricks {
			res.Flags.TricksCapped = true
			return false
		}
		st := res.LineStarts
		for cur+1 < len(st) && st[cur+1] <= off {
			cur++
		}
		res.Tricks = append(res.Tricks, Trick{Kind: kind, Offset: off, Line: cur + 1, Rune: r})
		return true
	}
	for i := 0; i < len(text); {
		i = skipQuiet(text, i)
		if i >= len(text) {
			break
		}
		c := text[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != 0x7f {
				i++
				continue
			}
			kind := ""
			switch c {
			case '\t', '\n':
			case '\r':
				if i+1 >= len(text) || text[i+1] != '\n' {
					kind = TrickLoneCR
				}
			case '\f':
				kind = TrickFormFeed
			case 0x1b:
				kind = TrickEscape
			default:
				kind = TrickControl
			}
			if kind != "" && !add(kind, i, rune(c)) {
				return
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 {
			res.Flags.InvalidUTF8 = true
			if !add(TrickInvalidUTF8, i, rune(c)) {
				return
			}
			i++
			continue
		}
		if kind := trickKind(r); kind != "" && !add(kind, i, r) {
			return
		}
		i += size
	}
}

// quietByte marks the bytes that hold no trick: printable ASCII, tab, LF.
var quietByte = func() (t [256]bool) {
	t = plainByte
	t['\t'], t['\n'] = true, true
	return t
}()

// skipQuiet returns the offset of the first byte from i on that is not
// quiet (or len(text)), eight bytes at a time over printable ASCII.
func skipQuiet(text string, i int) int {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	for i+8 <= len(text) {
		x := uint64(text[i]) | uint64(text[i+1])<<8 | uint64(text[i+2])<<16 | uint64(text[i+3])<<24 |
			uint64(text[i+4])<<32 | uint64(text[i+5])<<40 | uint64(text[i+6])<<48 | uint64(text[i+7])<<56
		// a byte ≥ 0x80, < 0x20 or == 0x7f: look at this word byte by byte
		y := x ^ 0x7f7f7f7f7f7f7f7f
		if (x|(x-0x20*lo)|(y-lo)&^y)&hi != 0 {
			break
		}
		i += 8
	}
	for i < len(text) && quietByte[text[i]] {
		i++
	}
	return i
}

// plainByte marks printable ASCII, which holds no trick.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = true
	}
	return t
}()

// trickKind classifies a non-ASCII rune that can deceive a reader.
func trickKind(r rune) string {
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
