package ui

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestCellWidthMatchesAnsi: the fast path agrees with ansi.StringWidth on
// every rune it accepts, alone and next to others, and on mixed strings.
func TestCellWidthMatchesAnsi(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		if !narrowRune(r) {
			continue
		}
		for _, s := range []string{string(r), "a" + string(r) + "b", string(r) + string(r), "\x1b[1m" + string(r) + "\x1b[m"} {
			if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
				t.Fatalf("%U in %q: cellWidth %d, ansi %d", r, s, got, want)
			}
		}
	}
	for _, s := range []string{"", "plain", "\x1b[38;2;1;2;3mx\x1b[m", "日本", "e\u0301", "‼\ufe0f", "a\x1b]8;;x\x07b", "\x1b", "tab\there", "👍🏽", "⟨U+202E RLO⟩"} {
		if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
			t.Errorf("%q: cellWidth %d, ansi %d", s, got, want)
		}
	}
}

func BenchmarkCellWidth(b *testing.B) {
	s := "\x1b[38;2;135;215;255m┃\x1b[39;48;2;58;58;95;1m▶\x1b[38;2;255;135;0mHIGH\x1b[39m 11-20 10:01 Malicious Pyt… svc-1/svc-1-00001… \x1b[38;2;255;95;135m 97‼\x1b[39m ✓┃"
	for i := 0; i < b.N; i++ {
		cellWidth(s)
	}
}
