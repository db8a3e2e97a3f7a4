package pytoken

import (
	"math/rand"
	"testing"
)

// naiveSkipQuiet is the byte loop skipQuiet must agree with.
func naiveSkipQuiet(text string, i int) int {
	for i < len(text) && quietByte[text[i]] {
		i++
	}
	return i
}

// TestSkipQuietMatchesByteLoop: the eight-bytes-at-a-time scan stops where
// the byte loop does, for every byte value at every position of a word and
// for random texts biased towards the edges of the quiet range.
func TestSkipQuietMatchesByteLoop(t *testing.T) {
	base := []byte("abcdefghijklmnopqrstuvwx")
	for c := 0; c < 256; c++ {
		for pos := 0; pos < len(base); pos++ {
			b := append([]byte{}, base...)
			b[pos] = byte(c)
			for start := 0; start < 3; start++ {
				s := string(b)
				if got, want := skipQuiet(s, start), naiveSkipQuiet(s, start); got != want {
					t.Fatalf("byte %#x at %d from %d: got %d, want %d", c, pos, start, got, want)
				}
			}
		}
	}
	edges := []byte{0x00, 0x09, 0x0a, 0x0d, 0x1f, 0x20, 0x21, 0x7e, 0x7f, 0x80, 0x9f, 0xa0, 0xdf, 0xe0, 0xff, 'a', 'z', ' '}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		b := make([]byte, rng.Intn(40))
		for i := range b {
			if rng.Intn(8) == 0 {
				b[i] = edges[rng.Intn(len(edges))]
			} else {
				b[i] = byte(0x20 + rng.Intn(0x5f))
			}
		}
		s := string(b)
		start := 0
		if len(s) > 0 {
			start = rng.Intn(len(s))
		}
		if got, want := skipQuiet(s, start), naiveSkipQuiet(s, start); got != want {
			t.Fatalf("%q from %d: got %d, want %d", s, start, got, want)
		}
	}
}
