package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestCarrySGR(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain\ntext", "plain\ntext"},
		{"\x1b[1mab\ncd\x1b[m\nef", "\x1b[1mab\x1b[m\n\x1b[1mcd\x1b[m\nef"},
		{"\x1b[1m\x1b[7mab\ncd\x1b[m", "\x1b[1m\x1b[7mab\x1b[m\n\x1b[1m\x1b[7mcd\x1b[m"},
		{"a\x1b[1mb\x1b[0mc\nd", "a\x1b[1mb\x1b[0mc\nd"},
	}
	for _, tt := range tests {
		if got := carrySGR(tt.in); got != tt.want {
			t.Errorf("carrySGR(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Many lines do not grow the prefix.
	long := "\x1b[1m" + strings.Repeat("word ", 400) + "\x1b[m"
	out := wrap(long, 10)
	for i, l := range strings.Split(out, "\n") {
		if ansi.StringWidth(l) > 10 || strings.Count(l, "\x1b[1m") != 1 {
			t.Fatalf("line %d: %q", i, l)
		}
	}
}
