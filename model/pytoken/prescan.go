package pytoken

import (
	"math/bits"
	"slices"
	"unicode/utf8"
)

// scanLinesAndTricks fills res.LineStarts (CPython's rule: LF, CRLF and
// lone CR each end a line; a final terminator opens no new line) and
// res.Tricks (every display-trick character, so that detectors and the UI
// need not rescan) in one pass over res.Text. Both used to be separate
// passes; one pass reads the text once and looks at most of it eight bytes
// at a time: a word of printable ASCII, tabs and LFs holds no trick, and
// its LFs are found with bit tricks instead of a call per line.
func scanLinesAndTricks(res *Result) {
	text := res.Text
	if text == "" {
		res.LineStarts = nil
		return
	}
	p := prescan{res: res}
	// Sized for lines of 24 bytes on average (CPython's Lib averages 30)
	// plus the eight slots the branch-free appends may write past the end;
	// the slice comes from the pool, so regrowth is rare, and counting the
	// lines first would read the text once more. starts is a local: kept
	// in registers.
	starts := append(linePool.Get(len(text)/24+16), 0) // line 1 starts at 0
	i := 0
	for {
		for i+8 <= len(text) {
			x := load64(text, i)
			lf := lfBits(x)
			if mayHoldOdd(x | lf>>2) { // lf>>2 makes each LF a '*': LFs are not odd
				break
			}
			// The starts after the word's LFs, branch-free for two (see b2i).
			if cap(starts)-len(starts) < 8 {
				starts = slices.Grow(starts, 8)
			}
			n := len(starts)
			buf := starts[:n+8]
			buf[n] = i + bits.TrailingZeros64(lf)>>3 + 1
			n += b2i(lf != 0)
			lf &= lf - 1
			buf[n] = i + bits.TrailingZeros64(lf)>>3 + 1
			n += b2i(lf != 0)
			lf &= lf - 1
			for lf != 0 {
				buf[n] = i + bits.TrailingZeros64(lf)>>3 + 1
				n++
				lf &= lf - 1
			}
			starts = buf[:n]
			i += 8
		}
		if i >= len(text) {
			break
		}
		// A word with a tab or an odd byte, or the tail: byte by byte.
		for end := min(i+8, len(text)); i < end; {
			switch c := text[i]; {
			case c == '\n':
				starts = append(starts, i+1)
				i++
			case quietByte[c]:
				i++
			default:
				p.starts = starts
				i = p.odd(text, i)
				starts = p.starts
			}
		}
	}
	if starts[len(starts)-1] == len(text) { // a final LF opens no line
		starts = starts[:len(starts)-1]
	}
	res.LineStarts = starts
}

// b2i is 1 for true: the compiler makes it a SETcc, no branch. The
// word loop of scanLinesAndTricks uses it to append the line starts after
// a word's LFs: lines average 30 bytes or more, so a word holds zero, one
// or seldom two LFs, and those are stored without a branch (the slot past
// the end is written and not counted when there is none), so that where
// the LFs fall costs no mispredicted branches.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// prescan is the state of scanLinesAndTricks.
type prescan struct {
	res    *Result
	starts []int
	capped bool // maxTricks reached: lines only from here on
}

// odd handles the byte at i that is neither printable ASCII, tab nor LF,
// and returns the offset after it (after the rune, or after CRLF).
func (p *prescan) odd(text string, i int) int {
	c := text[i]
	if c < utf8.RuneSelf {
		kind := ""
		switch c {
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				if i+2 < len(text) {
					p.starts = append(p.starts, i+2)
				}
				return i + 2
			}
			kind = TrickLoneCR
		case '\f':
			kind = TrickFormFeed
		case 0x1b:
			kind = TrickEscape
		default:
			kind = TrickControl
		}
		p.add(kind, i, rune(c))
		if c == '\r' && i+1 < len(text) {
			p.starts = append(p.starts, i+1)
		}
		return i + 1
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	p.res.HighBytes += size // every byte of a non-ASCII rune, or the invalid byte, is ≥ 0x80
	if r == utf8.RuneError && size == 1 {
		if !p.capped {
			p.res.Flags.InvalidUTF8 = true
		}
		p.add(TrickInvalidUTF8, i, rune(c))
		return i + 1
	}
	if kind := trickKind(r); kind != "" {
		p.add(kind, i, r)
	}
	return i + size
}

// add records a trick at off, on the line the starts so far end in.
func (p *prescan) add(kind string, off int, r rune) {
	if p.capped {
		return
	}
	res := p.res
	if len(res.Tricks) >= maxTricks {
		res.Flags.TricksCapped = true
		p.capped = true
		return
	}
	res.Tricks = append(res.Tricks, Trick{Kind: kind, Offset: off, Line: len(p.starts), Rune: r})
}

// load64 reads eight bytes of s at i, little-endian (one load once compiled).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// lfBits returns the high bit of each byte of x that is LF. The lane
// arithmetic keeps seven bits so that no carry crosses a byte: exact.
func lfBits(x uint64) uint64 {
	const hi, low7 = 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	z := x ^ 0x0a0a0a0a0a0a0a0a
	return hi &^ ((z&low7 + low7) | z)
}

// mayHoldOdd reports whether some byte of x is not printable ASCII: a
// control (tab and line ends included), DEL, or ≥ 0x80. A byte below 0x20
// borrows in x-0x20…, DEL carries into the high bit in x+0x01…, and the
// borrows and carries that cross bytes start only at such a byte.
func mayHoldOdd(x uint64) bool {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	return ((x-0x20*lo)|x|(x+lo))&hi != 0
}

// quietByte marks the bytes that hold no trick: printable ASCII, tab, LF.
var quietByte = func() (t [256]bool) {
	t = plainByte
	t['\t'], t['\n'] = true, true
	return t
}()
