package theme

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

func TestLevel(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"CRITICAL", LevelCritical}, {"critical", LevelCritical}, {" High ", LevelHigh},
		{"MEDIUM", LevelMedium}, {"LOW", LevelLow}, {"info", LevelInfo},
		{"SEVERITY_UNSPECIFIED", LevelUnknown}, {"", LevelUnknown}, {"\x1b[2J", LevelUnknown},
	}
	for _, tt := range tests {
		if got := Level(tt.in); got != tt.want {
			t.Errorf("Level(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestByName(t *testing.T) {
	for name, want := range map[string]string{"": "dark", "dark": "dark", "auto": "dark", "LIGHT": "light", "nocolor": "nocolor", "none": "nocolor"} {
		th, err := ByName(name)
		if err != nil || th.Name != want {
			t.Errorf("ByName(%q) = %v, %v; want %s", name, th, err, want)
		}
	}
	if _, err := ByName("solarized"); err == nil {
		t.Error("unknown theme accepted")
	}
}

// TestFocusNotByColourAlone: in every theme the focused border differs
// from the unfocused one by its shape, not only its colour.
func TestFocusNotByColourAlone(t *testing.T) {
	for _, th := range []*Theme{Dark(), Light(), NoColor()} {
		if th.Border.GetBorderStyle() == th.BorderFocused.GetBorderStyle() {
			t.Errorf("%s: focused and unfocused borders have the same shape", th.Name)
		}
	}
}

// TestNoColorHasNoColour: the NoColor theme sets no colour anywhere, and
// still tells apart what matters by attributes.
func TestNoColorHasNoColour(t *testing.T) {
	th := NoColor()
	styles := map[string]lipgloss.Style{
		"Text": th.Text, "Dim": th.Dim, "Hostile": th.Hostile, "Cursor": th.Cursor, "Selected": th.Selected,
		"Match": th.Match, "StatusBar": th.StatusBar, "TitleFocused": th.TitleFocused, "Critical": th.Severity("CRITICAL"),
		"FlaggedCritical": th.FlaggedLine("critical"), "Malicious": th.Badge("malicious"),
	}
	for name, st := range styles {
		out := st.Render("x")
		if strings.Contains(out, "38;") || strings.Contains(out, "48;") {
			t.Errorf("%s sets a colour: %q", name, out)
		}
	}
	distinct := []lipgloss.Style{th.Text, th.Hostile, th.Cursor, th.Selected, th.Match}
	seen := map[string]bool{}
	for _, st := range distinct {
		seen[st.Render("x")] = true
	}
	if len(seen) != len(distinct) {
		t.Error("NoColor: text, hostile token, cursor, selection and match are not all distinct")
	}
}

func TestBadges(t *testing.T) {
	th := Dark()
	for _, v := range []string{"malicious", "suspicious", "unanalysable", "benign", "false_positive", "escalate", "resolved", "clear"} {
		if th.Badge(v).Render("x") == th.Dim.Render("x") && v != "resolved" && v != "clear" {
			t.Errorf("badge %q falls back to Dim", v)
		}
	}
	if th.Badge("MALICIOUS").Render("x") != th.Badge("malicious").Render("x") {
		t.Error("badge lookup is case-sensitive")
	}
}
