package pytoken

import "unicode/utf8"

// scanTricks fills res.Tricks (every display-trick character, so that
// detectors and the UI need not rescan) and res.HighBytes from res.Text,
// once res.LineStarts is known (the scanner records it). Most of the text
// is looked at sixteen bytes at a time: a word of printable ASCII, tabs
// and LFs holds no trick. Line ends are left to the scanner, so this pass
// does no bookkeeping per line, only a test per word.
func scanTricks(res *Result) {
	text := res.Text
	p := trickScan{res: res}
	i := 0
	for i < len(text) {
		i = skipQuietWords(text, i)
		// A word with a tab or an odd byte, or the tail: byte by byte.
		for end := min(i+8, len(text)); i < end; {
			if quietByte[text[i]] {
				i++
				continue
			}
			i = p.odd(text, i)
		}
	}
}

// skipQuietWords returns the offset of the first word from i on that may
// hold a byte other than printable ASCII and LF (or the start of the last
// bytes, fewer than eight). Two words a step, tested together: one branch
// per 16 bytes, and the slice form proves the loads in bounds.
func skipQuietWords(text string, i int) int {
	const hi = 0x8080808080808080
	rest := text[i:]
	for len(rest) >= 16 {
		if (loudBits(load64(rest, 0))|loudBits(load64(rest, 8)))&hi != 0 {
			break
		}
		rest = rest[16:]
	}
	if len(rest) >= 8 {
		if loudBits(load64(rest, 0))&hi == 0 {
			rest = rest[8:]
		}
	}
	return len(text) - len(rest)
}

// loudBits has a high bit set in some lane (masked by the caller) when x
// may hold a byte that is not printable ASCII nor LF: a control (tab too,
// which the byte loop then passes), DEL or ≥ 0x80. After t = x^0x0a…, LF
// is 0, the other controls 0x01-0x1f and printable bytes stay ≥ 0x20, so
// t+0x7f… has the high bit for t ≠ 0 and t+0x60… for t ≥ 0x20; x+0x01…
// has it for DEL. In a word of bytes below 0x80 no lane carries into the
// next, so the test is exact; a byte ≥ 0x80 sets its bit in x anyway.
// Eight operations a word, where oddBits of x with its LFs first made
// printable took thirteen.
func loudBits(x uint64) uint64 {
	const lo = 0x0101010101010101
	t := x ^ 0x0a*lo
	return (t+0x7f*lo)&^(t+0x60*lo) | x | (x + lo)
}

// trickScan is the state of scanTricks.
type trickScan struct {
	res    *Result
	line   int  // 0-based line of the last trick (a cursor into LineStarts)
	capped bool // maxTricks reached: HighBytes only from here on
}

// odd handles the byte at i that is neither printable ASCII, tab nor LF,
// and returns the offset after it (after the rune, or after CRLF).
func (p *trickScan) odd(text string, i int) int {
	c := text[i]
	if c < utf8.RuneSelf {
		kind := ""
		switch c {
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
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

// add records a trick at off, on the line that holds it.
func (p *trickScan) add(kind string, off int, r rune) {
	if p.capped {
		return
	}
	res := p.res
	if len(res.Tricks) >= maxTricks {
		res.Flags.TricksCapped = true
		p.capped = true
		return
	}
	st := res.LineStarts
	for p.line+1 < len(st) && st[p.line+1] <= off {
		p.line++
	}
	res.Tricks = append(res.Tricks, Trick{Kind: kind, Offset: off, Line: p.line + 1, Rune: r})
}

// load64 reads eight bytes of s at i, little-endian (one load once compiled).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// mayHoldOdd reports whether some byte of x is not printable ASCII: a
// control (tab and line ends included), DEL, or ≥ 0x80. A byte below 0x20
// borrows in x-0x20…, DEL carries into the high bit in x+0x01…, and the
// borrows and carries that cross bytes start only at such a byte.
func mayHoldOdd(x uint64) bool {
	return oddBits(x) != 0
}

// oddBits is mayHoldOdd's mask: a high bit in the lane of the first odd
// byte, maybe in later lanes too.
func oddBits(x uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	return ((x - 0x20*lo) | x | (x + lo)) & hi
}

// quietByte marks the bytes that hold no trick: printable ASCII, tab, LF.
var quietByte = func() (t [256]bool) {
	t = plainByte
	t['\t'], t['\n'] = true, true
	return t
}()
