package theme

import (
	"fmt"
	"image/color"
	"strings"

	"charm.land/lipgloss/v2"
)

// Theme is the set of semantic styles the workbench renders with. Use the
// constructors Dark, Light and NoColor; a zero Theme renders plain text.
type Theme struct {
	Name   string // "dark", "light" or "nocolor"
	IsDark bool   // background is dark (also picks Chroma and bubbles styles)
	Color  bool   // false for NoColor: distinctions by attribute only

	Text    lipgloss.Style // body text
	Dim     lipgloss.Style // secondary text, hints, units
	Heading lipgloss.Style // section headings inside a pane ("What was detected")
	Label   lipgloss.Style // field labels ("Binary", "Script")
	Link    lipgloss.Style // URLs shown as plain text (never OSC 8)
	Error   lipgloss.Style // errors and the "too small" notice
	Warning lipgloss.Style // warnings (integrity mismatch, truncation)
	OK      lipgloss.Style // good news (sha256 verified)

	Border        lipgloss.Style // pane border, unfocused (has the border set)
	BorderFocused lipgloss.Style // pane border, focused
	Title         lipgloss.Style // pane title, unfocused
	TitleFocused  lipgloss.Style // pane title, focused
	Tab           lipgloss.Style // inactive tab label
	TabActive     lipgloss.Style // active tab label

	Hostile  lipgloss.Style // visible tokens of the sanitiser (␛[2J, ⟨U+202E RLO⟩)
	Match    lipgloss.Style // search and filter matches
	Cursor   lipgloss.Style // the cursor row of the focused pane
	Selected lipgloss.Style // the selected row when its pane is not focused
	Key      lipgloss.Style // key names in help and hints
	KeyDesc  lipgloss.Style // key descriptions in help and hints

	StatusBar  lipgloss.Style // the bottom bar
	StatusMode lipgloss.Style // the mode/pane badge at the left of the bar
	Toast      lipgloss.Style // transient messages in the bar
	Overlay    lipgloss.Style // help / related / copy overlay box (has border)

	LineNumber lipgloss.Style // script line numbers
	Gutter     lipgloss.Style // gutter separator

	JSONKey    lipgloss.Style
	JSONString lipgloss.Style
	JSONNumber lipgloss.Style
	JSONBool   lipgloss.Style
	JSONNull   lipgloss.Style
	JSONPunct  lipgloss.Style

	// ChromaStyle names the Chroma style for syntax highlighting ("" for
	// none: NoColor highlights nothing).
	ChromaStyle string

	sev     [levels]lipgloss.Style
	flagged [levels]lipgloss.Style
	badges  map[string]lipgloss.Style
}

// Severity levels, for ordering and style lookup.
const (
	LevelUnknown = iota
	LevelInfo
	LevelLow
	LevelMedium
	LevelHigh
	LevelCritical
	levels
)

// Level maps a severity name of SCC ("CRITICAL", "SEVERITY_UNSPECIFIED")
// or of the classifier ("critical") to a level; unknown names are
// LevelUnknown.
func Level(sev string) int {
	switch strings.ToLower(strings.TrimSpace(sev)) {
	case "info", "informational":
		return LevelInfo
	case "low":
		return LevelLow
	case "medium", "moderate":
		return LevelMedium
	case "high":
		return LevelHigh
	case "critical":
		return LevelCritical
	}
	return LevelUnknown
}

// Severity styles a severity label. Callers always print the severity as
// text too: the colour only reinforces it.
func (t *Theme) Severity(sev string) lipgloss.Style { return t.sev[Level(sev)] }

// FlaggedLine styles the gutter mark of a script line a detector flagged
// with the given severity. The pane also varies the mark's glyph by
// severity (▌ ! ‼) so it never relies on colour.
func (t *Theme) FlaggedLine(sev string) lipgloss.Style { return t.flagged[Level(sev)] }

// Badge styles a verdict badge: classifier verdicts (malicious, suspicious,
// unanalysable, benign) and analyst verdicts (false_positive, escalate,
// resolved, clear). The badge text always names the verdict.
func (t *Theme) Badge(verdict string) lipgloss.Style {
	if s, ok := t.badges[strings.ToLower(verdict)]; ok {
		return s
	}
	return t.Dim
}

// ByName returns the theme called name: "dark", "light" or "nocolor"
// ("none" and "no-color" are accepted too). "auto" is resolved by the
// caller once the terminal reports its background; ByName gives Dark.
func ByName(name string) (*Theme, error) {
	switch strings.ToLower(name) {
	case "", "dark", "auto":
		return Dark(), nil
	case "light":
		return Light(), nil
	case "nocolor", "no-color", "none":
		return NoColor(), nil
	}
	return nil, fmt.Errorf("unknown theme %q (want dark, light, auto or nocolor)", name)
}

// palette is what differs between the coloured themes.
type palette struct {
	fg, dim, accent, border, focus, bar, barFg, cursor, selected color.Color
	hostileFg, hostileBg, match                                  color.Color
	sev                                                          [levels]color.Color
	str, num, boolean, null                                      color.Color
	ok, warn, bad                                                color.Color
}

func fromPalette(name string, dark bool, p palette, chroma string) *Theme {
	n := lipgloss.NewStyle
	t := &Theme{Name: name, IsDark: dark, Color: true, ChromaStyle: chroma}
	t.Text = n().Foreground(p.fg)
	t.Dim = n().Foreground(p.dim)
	t.Heading = n().Foreground(p.accent).Bold(true)
	t.Label = n().Foreground(p.dim)
	t.Link = n().Foreground(p.accent)
	t.Error = n().Foreground(p.bad).Bold(true)
	t.Warning = n().Foreground(p.warn).Bold(true)
	t.OK = n().Foreground(p.ok)
	t.Border = n().Border(lipgloss.RoundedBorder()).BorderForeground(p.border)
	t.BorderFocused = n().Border(lipgloss.ThickBorder()).BorderForeground(p.focus)
	t.Title = n().Foreground(p.dim)
	t.TitleFocused = n().Foreground(p.focus).Bold(true)
	t.Tab = n().Foreground(p.dim)
	t.TabActive = n().Foreground(p.focus).Bold(true).Underline(true)
	t.Hostile = n().Foreground(p.hostileFg).Background(p.hostileBg).Bold(true)
	t.Match = n().Background(p.match).Foreground(lipgloss.Color("#000000"))
	t.Cursor = n().Background(p.cursor).Bold(true)
	t.Selected = n().Background(p.selected)
	t.Key = n().Foreground(p.accent).Bold(true)
	t.KeyDesc = n().Foreground(p.dim)
	t.StatusBar = n().Background(p.bar).Foreground(p.barFg)
	t.StatusMode = n().Background(p.focus).Foreground(lipgloss.Color("#000000")).Bold(true).Padding(0, 1)
	t.Toast = n().Background(p.bar).Foreground(p.ok).Bold(true)
	t.Overlay = n().Border(lipgloss.RoundedBorder()).BorderForeground(p.focus).Padding(0, 1)
	t.LineNumber = n().Foreground(p.dim)
	t.Gutter = n().Foreground(p.border)
	t.JSONKey = n().Foreground(p.accent)
	t.JSONString = n().Foreground(p.str)
	t.JSONNumber = n().Foreground(p.num)
	t.JSONBool = n().Foreground(p.boolean)
	t.JSONNull = n().Foreground(p.null)
	t.JSONPunct = n().Foreground(p.dim)
	for i := range levels {
		t.sev[i] = n().Foreground(p.sev[i])
		t.flagged[i] = n().Foreground(p.sev[i]).Bold(true)
	}
	t.sev[LevelCritical] = t.sev[LevelCritical].Bold(true)
	t.badges = map[string]lipgloss.Style{
		"malicious":      n().Foreground(p.sev[LevelCritical]).Bold(true),
		"suspicious":     n().Foreground(p.sev[LevelMedium]).Bold(true),
		"unanalysable":   n().Foreground(p.sev[LevelHigh]).Italic(true),
		"benign":         n().Foreground(p.ok),
		"false_positive": n().Foreground(p.ok),
		"escalate":       n().Foreground(p.sev[LevelHigh]).Bold(true),
		"resolved":       n().Foreground(p.dim),
		"clear":          n().Foreground(p.dim),
	}
	return t
}

// Dark is the default theme, for dark terminal backgrounds.
func Dark() *Theme {
	c := lipgloss.Color
	return fromPalette("dark", true, palette{
		fg: c("#d0d0d0"), dim: c("#8a8a8a"), accent: c("#5fafff"), border: c("#585858"),
		focus: c("#87d7ff"), bar: c("#303030"), barFg: c("#d0d0d0"), cursor: c("#3a3a5f"),
		selected: c("#303040"), hostileFg: c("#ffffff"), hostileBg: c("#af005f"), match: c("#d7af00"),
		sev: [levels]color.Color{c("#8a8a8a"), c("#8a8a8a"), c("#87afff"), c("#ffd75f"), c("#ff8700"), c("#ff5f87")},
		str: c("#afd787"), num: c("#d7af87"), boolean: c("#d787d7"), null: c("#8a8a8a"),
		ok: c("#87d787"), warn: c("#ffaf00"), bad: c("#ff5f5f"),
	}, "github-dark")
}

// Light is for light terminal backgrounds.
func Light() *Theme {
	c := lipgloss.Color
	return fromPalette("light", false, palette{
		fg: c("#1c1c1c"), dim: c("#6c6c6c"), accent: c("#005fd7"), border: c("#a8a8a8"),
		focus: c("#005faf"), bar: c("#e4e4e4"), barFg: c("#1c1c1c"), cursor: c("#d7e4ff"),
		selected: c("#ececf4"), hostileFg: c("#ffffff"), hostileBg: c("#af005f"), match: c("#ffd75f"),
		sev: [levels]color.Color{c("#6c6c6c"), c("#6c6c6c"), c("#005fd7"), c("#875f00"), c("#d75f00"), c("#d70000")},
		str: c("#2f7d32"), num: c("#875f00"), boolean: c("#8700af"), null: c("#6c6c6c"),
		ok: c("#2f7d32"), warn: c("#af5f00"), bad: c("#d70000"),
	}, "github")
}

// NoColor carries every distinction by attribute: bold, faint, underline,
// italic and reverse video. Used when NO_COLOR is set (non-empty).
func NoColor() *Theme {
	n := lipgloss.NewStyle
	t := &Theme{Name: "nocolor", IsDark: true}
	t.Text = n()
	t.Dim = n().Faint(true)
	t.Heading = n().Bold(true).Underline(true)
	t.Label = n().Faint(true)
	t.Link = n().Underline(true)
	t.Error = n().Bold(true).Reverse(true)
	t.Warning = n().Bold(true)
	t.OK = n()
	t.Border = n().Border(lipgloss.NormalBorder())
	t.BorderFocused = n().Border(lipgloss.DoubleBorder()).Bold(true)
	t.Title = n()
	t.TitleFocused = n().Bold(true).Reverse(true)
	t.Tab = n().Faint(true)
	t.TabActive = n().Bold(true).Underline(true)
	t.Hostile = n().Reverse(true).Underline(true)
	t.Match = n().Underline(true).Bold(true)
	t.Cursor = n().Reverse(true).Bold(true)
	t.Selected = n().Underline(true)
	t.Key = n().Bold(true)
	t.KeyDesc = n()
	t.StatusBar = n().Reverse(true)
	t.StatusMode = n().Bold(true).Padding(0, 1)
	t.Toast = n().Reverse(true).Bold(true)
	t.Overlay = n().Border(lipgloss.DoubleBorder()).Padding(0, 1)
	t.LineNumber = n().Faint(true)
	t.Gutter = n().Faint(true)
	t.JSONKey = n().Bold(true)
	t.JSONString = n()
	t.JSONNumber = n()
	t.JSONBool = n().Italic(true)
	t.JSONNull = n().Italic(true).Faint(true)
	t.JSONPunct = n().Faint(true)
	for i := range levels {
		t.sev[i] = n()
		t.flagged[i] = n()
	}
	t.sev[LevelHigh] = n().Bold(true)
	t.sev[LevelCritical] = n().Bold(true).Underline(true)
	t.flagged[LevelMedium] = n().Bold(true)
	t.flagged[LevelHigh] = n().Bold(true)
	t.flagged[LevelCritical] = n().Bold(true).Reverse(true)
	t.badges = map[string]lipgloss.Style{
		"malicious":      n().Bold(true).Reverse(true),
		"suspicious":     n().Bold(true),
		"unanalysable":   n().Italic(true),
		"escalate":       n().Bold(true),
		"benign":         n(),
		"false_positive": n(),
		"resolved":       n().Faint(true),
		"clear":          n().Faint(true),
	}
	return t
}
