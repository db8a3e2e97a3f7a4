package rowpaint

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

func palette() *Palette {
	return NewPalette([]lipgloss.Style{
		lipgloss.NewStyle(),
		lipgloss.NewStyle().Foreground(lipgloss.Color("#ff0000")),
		lipgloss.NewStyle().Reverse(true), // match
		lipgloss.NewStyle().Faint(true),   // dim
		lipgloss.NewStyle().Bold(true),    // hostile
	}, lipgloss.NewStyle().Background(lipgloss.Color("#0000ff")), 2, 3, 4)
}

func TestRenderWidthSkipAndEllipsis(t *testing.T) {
	var l Line
	l.Add("hello ", 0)
	l.AddSafe("wor\x1bld", 1, 4)
	tests := []struct {
		width, skip int
		want        string
	}{
		{20, 0, "hello wor␛ld        "},
		{8, 0, "hello w…"},
		{12, 0, "hello wor␛ld"},
		{11, 0, "hello wor␛…"},
		{12, 3, "lo wor␛ld   "},
		{5, 6, "wor␛…"},
		{3, 100, "   "},
		{0, 0, ""},
	}
	for _, tt := range tests {
		got := l.Render(palette(), tt.width, tt.skip, false, "")
		if s := ansi.Strip(got); s != tt.want {
			t.Errorf("Render(%d, skip %d) = %q, want %q", tt.width, tt.skip, s, tt.want)
		}
		if w := ansi.StringWidth(got); w != tt.width {
			t.Errorf("Render(%d, skip %d) is %d cells", tt.width, tt.skip, w)
		}
		if err := OnlySGR(got); err != nil {
			t.Error(err)
		}
	}
}

func TestHighlightSplitsAcrossPieces(t *testing.T) {
	ps := Highlight([]Piece{{"abc", 0}, {"DEf", 1}}, "cde", 2)
	var got []string
	for _, p := range ps {
		got = append(got, p.Text+":"+string(rune('0'+p.Class)))
	}
	if want := "ab:0 c:2 DE:2 f:1"; strings.Join(got, " ") != want {
		t.Fatalf("got %v, want %s", got, want)
	}
}

func TestOnlySGR(t *testing.T) {
	bad := []string{"\x1b]0;t\x07", "\x1b[2J", "a\rb", "\u009b2J", "\u202e", "\x1bP$qm\x1b\\", "\xff", "\x1b_Gx\x1b\\"}
	for _, s := range bad {
		if OnlySGR(s) == nil {
			t.Errorf("OnlySGR(%q) accepted", s)
		}
	}
	if err := OnlySGR("\x1b[1;38;2;1;2;3mok\x1b[m\n␛"); err != nil {
		t.Error(err)
	}
}
