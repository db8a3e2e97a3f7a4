package pytoken

import (
	"math/rand"
	"testing"
)

// loudByte is the byte-level rule loudBits implements over a word.
func loudByte(b byte) bool {
	return b < 0x20 && b != '\n' || b >= 0x7f
}

// TestLoudBits checks that loudBits flags a word exactly when one of its
// bytes is loud: every byte value in every lane among quiet fillers (LF,
// space, '~', letters), and random words mixing quiet and loud bytes.
func TestLoudBits(t *testing.T) {
	const hi = 0x8080808080808080
	check := func(x uint64) {
		t.Helper()
		want := false
		for i := 0; i < 8; i++ {
			want = want || loudByte(byte(x>>(8*i)))
		}
		if got := loudBits(x)&hi != 0; got != want {
			t.Fatalf("loudBits(%#016x) = %v, want %v", x, got, want)
		}
	}
	for _, fill := range []byte{'\n', ' ', '~', 'a', '\t', 0x7f, 0x80} {
		for lane := 0; lane < 8; lane++ {
			for b := 0; b < 256; b++ {
				var x uint64
				for i := 0; i < 8; i++ {
					c := fill
					if i == lane {
						c = byte(b)
					}
					x |= uint64(c) << (8 * i)
				}
				check(x)
			}
		}
	}
	quiet := []byte("\n \t~azAZ09#'\"\\{}")
	rng := rand.New(rand.NewSource(1))
	for range 200000 {
		var x uint64
		for i := 0; i < 8; i++ {
			c := quiet[rng.Intn(len(quiet))]
			if rng.Intn(8) == 0 {
				c = byte(rng.Intn(256))
			}
			x |= uint64(c) << (8 * i)
		}
		check(x)
	}
}

// TestStringSpan checks stringSpan against a byte loop: it stops at the
// first of q, brace, a backslash or a control byte, or where fewer than
// eight bytes remain, never past a stop.
func TestStringSpan(t *testing.T) {
	alphabet := []byte("ab \"'\\{}\n\r\t\f\x00é\x80\xff")
	rng := rand.New(rand.NewSource(2))
	for range 50000 {
		buf := make([]byte, rng.Intn(40))
		for i := range buf {
			if rng.Intn(3) == 0 {
				buf[i] = alphabet[rng.Intn(len(alphabet))]
			} else {
				buf[i] = 'x'
			}
		}
		text := string(buf)
		q, brace := byte('"'), byte('{')
		if rng.Intn(2) == 0 {
			q, brace = '\'', '\''
		}
		from := 0
		if len(text) > 0 {
			from = rng.Intn(len(text) + 1)
		}
		want := from
		for want < len(text) {
			c := text[want]
			if c == q || c == brace || c == '\\' || c < 0x20 {
				break
			}
			want++
		}
		got := stringSpan(text, from, q, brace)
		switch {
		case got > want:
			t.Fatalf("stringSpan(%q, %d) = %d, past the stop at %d", text, from, got, want)
		case got < want && got+8 <= len(text):
			t.Fatalf("stringSpan(%q, %d) = %d, want %d", text, from, got, want)
		}
	}
}

// TestOpSecond: op skips opLen when the byte after the op's first is not
// in opSecond; opLen must then say 1, whatever follows.
func TestOpSecond(t *testing.T) {
	for _, c := range []byte("+-*/%@&|^~<>:=!") {
		for c1 := 0; c1 < 256; c1++ {
			if opSecond[c1] {
				continue
			}
			for _, c2 := range []byte("=>*/<a") {
				if n := opLen(string([]byte{c, byte(c1), c2}), 0); n != 1 {
					t.Fatalf("opLen(%q) = %d, but %q is not in opSecond", []byte{c, byte(c1), c2}, n, byte(c1))
				}
			}
		}
	}
}
