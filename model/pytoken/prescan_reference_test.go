package pytoken

// The plain trick pass, kept as a reference: scanTricks must agree with it
// exactly (line starts are checked against naiveLineStarts in
// lines_test.go).

import "unicode/utf8"

// referenceTricks records every display-trick character of res.Text in one pass,
// so that detectors and the UI need not rescan.
func referenceTricks(res *Result) {
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
