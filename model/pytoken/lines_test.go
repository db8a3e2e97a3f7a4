package pytoken

import (
	"slices"
	"strings"
	"testing"
)

// naiveLineStarts is CPython's line rule written the obvious way, the
// reference for the line starts the scanner records as it goes.
func naiveLineStarts(text string) []int {
	if text == "" {
		return nil
	}
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			i++
		} else if c != '\n' && c != '\r' {
			continue
		}
		if i+1 < len(text) {
			starts = append(starts, i+1)
		}
	}
	return starts
}

func TestComputeLineStarts(t *testing.T) {
	cases := []string{
		"", "a", "\n", "\n\n", "a\n", "a\nb", "1234567\n", "12345678\n", "1234567\n8",
		"\n1234567\n12345678\n\n\n\n\n\n\n\n\n", "a\r\nb\rc\n", "\r", "\r\n", "x\r\r\n\n",
		strings.Repeat("abc\n", 33), strings.Repeat("\n", 17), "é\n\u2028\n\x85\f\v\n",
		"\x8a\x0a\xff\x0a\x7f\x0b\x09\x0a" + strings.Repeat("\x8a", 9) + "\n",
	}
	for _, c := range cases {
		if got, want := prescanStarts(c), naiveLineStarts(c); !slices.Equal(got, want) {
			t.Errorf("line starts of %q = %v, want %v", c, got, want)
		}
	}
}

func FuzzComputeLineStarts(f *testing.F) {
	f.Add("a\nb\r\nc\rd\n\n")
	f.Add("12345678\n1234567\n\x0a\x8a\x0b")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := prescanStarts(s), naiveLineStarts(s); !slices.Equal(got, want) {
			t.Fatalf("line starts of %q = %v, want %v", s, got, want)
		}
	})
}

// prescanStarts returns the line starts the scanner records: every path
// that steps over a line end (strings, f-string fields and their
// roll-backs, continuations, the token cap) must record it exactly once.
func prescanStarts(text string) []int {
	return TokenizeText(text).LineStarts
}
