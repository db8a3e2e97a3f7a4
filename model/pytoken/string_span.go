package pytoken

import "math/bits"

// The plain text of a string literal is skipped a word at a time: a byte
// loop costs a load, a test and a branch a byte, and mispredicts its exit
// once a string as lengths vary; one word of eight bytes is tested for all
// the bytes that may stop the loop with a few lane operations.

// stringSpan returns the offset of the first byte from i on that is q,
// brace, a backslash or a control byte (< 0x20: line ends, but also tabs
// and the like, which callers' byte loops step over), or the offset where
// fewer than eight bytes remain. Callers finish with their byte loop: the
// offset returned is only where it starts, never past a stop.
func stringSpan(text string, i int, q, brace byte) int {
	const lo = 0x0101010101010101
	qs, bs, br := uint64(q)*lo, uint64('\\')*lo, uint64(brace)*lo
	for i+8 <= len(text) {
		x := load64(text, i)
		if m := zeroBits(x^qs) | zeroBits(x^bs) | zeroBits(x^br) | controlBits(x); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		i += 8
	}
	return i
}

// zeroBits returns a mask whose lowest set bit is the high bit of the
// first zero byte of v (0 if none). Bits above it may be wrong: a borrow
// runs on only from a zero byte, so the first one is exact.
func zeroBits(v uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	return (v - lo) &^ v & hi
}

// controlBits is zeroBits for the bytes below 0x20: a byte borrows in
// x-0x20… only when it is below 0x20 or a borrow reaches it from one.
func controlBits(x uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	return (x - 0x20*lo) &^ x & hi
}
