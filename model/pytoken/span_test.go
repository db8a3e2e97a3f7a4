package pytoken

import (
	"strings"
	"testing"
)

// TestSpans: identSpan and spaceSpan stop where the byte loops do, for
// every byte value at every position of a word, from every start.
func TestSpans(t *testing.T) {
	naiveIdent := func(s string, i int) int {
		for i < len(s) && identByte[s[i]] {
			i++
		}
		return i
	}
	naiveSpace := func(s string, i int) int {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		return i
	}
	for _, base := range []string{"abcdefghijklmnopqrstuvwxyz_0129ABZ", strings.Repeat(" ", 34)} {
		for c := 0; c < 256; c++ {
			for pos := 0; pos < len(base); pos++ {
				b := []byte(base)
				b[pos] = byte(c)
				s := string(b)
				for start := 0; start < 10; start++ {
					if got, want := identSpan(s, start), naiveIdent(s, start); got != want {
						t.Fatalf("identSpan: byte %#x at %d from %d: got %d, want %d", c, pos, start, got, want)
					}
					if got, want := spaceSpan(s, start), naiveSpace(s, start); got != want {
						t.Fatalf("spaceSpan: byte %#x at %d from %d: got %d, want %d", c, pos, start, got, want)
					}
				}
			}
		}
	}
}
