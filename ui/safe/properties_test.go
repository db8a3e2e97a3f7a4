package safe

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// checkProperties asserts the display-safety properties of the sanitiser
// (hostile-input.md §3, items 8, 9 and 21) for one input.
func checkProperties(t *testing.T, in string) { checkPropertiesRender(t, in, true) }

// checkPropertiesRender skips the (slow) Lip Gloss width checks when
// render is false.
func checkPropertiesRender(t *testing.T, in string, render bool) {
	t.Helper()
	for _, multiline := range []bool{false, true} {
		out := escape(in, multiline)
		if again := escape(out, multiline); again != out {
			t.Fatalf("not idempotent (multiline=%v): %q -> %q -> %q", multiline, in, out, again)
		}
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 in output of %q: %q", in, out)
		}
		for i := 0; i < len(out); i++ {
			c := out[i]
			if c < 0x20 && !(multiline && c == '\n') || c == 0x7F {
				t.Fatalf("control byte 0x%02x in output (multiline=%v) of %q: %q", c, multiline, in, out)
			}
		}
		for _, r := range out {
			if r >= 0x80 && r < 0xA0 || unicode.In(r, unicode.Bidi_Control, unicode.Cf,
				unicode.Other_Default_Ignorable_Code_Point, unicode.Variation_Selector,
				unicode.Zl, unicode.Zp) {
				t.Fatalf("unsafe rune U+%04X in output of %q: %q", r, in, out)
			}
		}
		if ansi.Strip(out) != out {
			t.Fatalf("escape sequence survives in output of %q: %q", in, out)
		}
		var joined strings.Builder
		for _, seg := range Segments(in, multiline) {
			joined.WriteString(seg.Text)
		}
		if joined.String() != out {
			t.Fatalf("Segments joined = %q, escape = %q", joined.String(), out)
		}
	}
	if !render {
		return
	}
	// Reported width equals what a styled, bordered render occupies.
	tokenStyle := lipgloss.NewStyle().Reverse(true).Foreground(lipgloss.Color("#ff0000"))
	styled := Styled(in, false, lipgloss.NewStyle(), tokenStyle)
	if w := Width(in); lipgloss.Width(styled) != w {
		t.Fatalf("Width(%q) = %d, styled render is %d wide", in, w, lipgloss.Width(styled))
	}
	box := lipgloss.NewStyle().Border(lipgloss.NormalBorder()).Render(Styled(in, true, lipgloss.NewStyle(), tokenStyle))
	lines := strings.Split(box, "\n")
	if want := strings.Count(EscapeMultiline(in), "\n") + 3; len(lines) != want {
		t.Fatalf("box of %q has %d lines, want %d", in, len(lines), want)
	}
	for i, l := range lines {
		if lipgloss.Width(l) != lipgloss.Width(lines[0]) {
			t.Fatalf("box line %d of %q is %d wide, border is %d", i, in, lipgloss.Width(l), lipgloss.Width(lines[0]))
		}
	}
}

func TestProperties(t *testing.T) {
	for _, in := range propertySeeds {
		checkProperties(t, in)
	}
	// Every code point below U+3000 and the special planes, alone and
	// after an ESC or a C1 introducer.
	var b strings.Builder
	for r := rune(0); r < 0x3100; r++ {
		b.WriteRune(r)
	}
	for r := rune(0xE0000); r < 0xE0200; r++ {
		b.WriteRune(r)
	}
	all := b.String()
	checkProperties(t, all)
	i := 0
	for _, r := range all {
		render := i%97 == 0 || r < 0x100
		checkPropertiesRender(t, "\x1b"+string(r)+"x", render)
		checkPropertiesRender(t, "\u009d"+string(r)+"\t", render)
		// A mark after a token must not change the token's width.
		checkPropertiesRender(t, "\x00"+string(r), render || unicode.Is(unicode.M, r))
		i++
	}
}

var propertySeeds = []string{
	"", "plain", "\x1b", "\x1b[", "\x1b]", "\x1b]0;", "\x1bP", "\u009b", "\u009d",
	"\x1b]52;c;ZWNobw==\x07", "\x1b]8;;https://198.51.100.7/\x1b\\x\x1b]8;;\x1b\\",
	"\x1bP$qm\x1b\\", "\x1b_Gf=100\x1b\\", "\x1b^pm\x1b\\", "\x1bXsos\x1b\\",
	"A\rB", "A\r\nB\n\r", "\t\t\tx\ty", "世\t界", "\u202eabc\u202c", "\u200b\u200d\u2060\ufeff",
	"\u3164\u115f\u1160\uffa0", "\xff\xfe\xc3", "⟨U+202E RLO⟩", "␛[2J", `\xff`,
	"👩\u200d💻", "🇺🇸", "e\u0301\u0301\u0301", "\x00\x01\x7f\u0085",
	"\x1b]0;" + strings.Repeat("é", 400), strings.Repeat("\x1b[", 100),
}

func FuzzEscape(f *testing.F) {
	for _, s := range propertySeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 4096 { // keep each case cheap; length adds no new paths
			in = in[:4096]
		}
		checkProperties(t, in)
	})
}
