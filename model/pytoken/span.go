package pytoken

import "math/bits"

// Word-at-a-time spans for the scanner's two commonest loops, the rest of
// a name and the spaces of indentation. A byte loop mispredicts its exit
// once a token, as lengths vary; reading eight bytes and finding the first
// byte that ends the span with bit arithmetic does not, for spans shorter
// than a word (nearly all names and indents).

// identSpan returns the end of the run of ASCII identifier bytes
// ([A-Za-z0-9_]) from pos.
func identSpan(text string, pos int) int {
	for pos+8 <= len(text) {
		if m := nonIdentBits(load64(text, pos)); m != 0 {
			return pos + bits.TrailingZeros64(m)>>3
		}
		pos += 8
	}
	for pos < len(text) && identByte[text[pos]] {
		pos++
	}
	return pos
}

// nonIdentBits returns the high bit of each byte of x that is not an ASCII
// identifier byte. The lane sums keep seven bits so that no carry crosses
// a byte: the mask is exact.
func nonIdentBits(x uint64) uint64 {
	const lo, hi, low7 = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	m := x & low7
	l := m | 0x20*lo                                 // ASCII letters folded to lower case
	alpha := (l + 0x1f*lo) &^ (l + 0x05*lo)          // 0x61 ≤ l < 0x7b
	digit := (m + 0x50*lo) &^ (m + 0x46*lo)          // 0x30 ≤ m < 0x3a
	under := ^((m ^ 0x5f*lo) + low7)                 // m == '_'
	return hi &^ ((alpha | digit | under) & hi &^ x) // and x < 0x80
}

// spaceSpan returns the end of the run of ' ' from pos.
func spaceSpan(text string, pos int) int {
	const hi, low7 = 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	for pos+8 <= len(text) {
		z := load64(text, pos) ^ 0x2020202020202020
		if m := (z&low7 + low7 | z) & hi; m != 0 { // lanes that are not ' '
			return pos + bits.TrailingZeros64(m)>>3
		}
		pos += 8
	}
	for pos < len(text) && text[pos] == ' ' {
		pos++
	}
	return pos
}
