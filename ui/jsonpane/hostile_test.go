package jsonpane

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/pytriage/pytriage/ui/internal/rowpaint"
	"github.com/pytriage/pytriage/ui/theme"
)

// TestHostileRecordRendersOnlyOwnSGR runs a record full of escape
// sequences, C1 controls, bidi controls, invisible runes, a lone CR and
// invalid UTF-8 (JSON-escaped and as raw bytes) through the real View in
// every theme, in every state, and checks the output holds no escape
// sequence but SGR and loses no later element.
func TestHostileRecordRendersOnlyOwnSGR(t *testing.T) {
	raw := readFixture(t, "hostile.json")
	for _, th := range []*theme.Theme{theme.Dark(), theme.Light(), theme.NoColor()} {
		p := New(th)
		p.SetSize(120, 40)
		p.SetFocused(true)
		p.SetRecord(recordT{}.with(raw))
		views := map[string]string{"initial": p.View()}
		press(p, "c", "x")
		views["contents expanded"] = p.View()
		press(p, "g", "/")
		typeText(p, "\x1b]0;")
		views["prompt"] = p.View()
		press(p, "enter")
		views["searched"] = p.View()
		for state, v := range views {
			if err := rowpaint.OnlySGR(v); err != nil {
				t.Errorf("%s/%s: %v", th.Name, state, err)
			}
			checkView(t, v, 120, 40)
		}
		plain := ansi.Strip(views["initial"])
		for _, want := range []string{`"after": "still here"`, "␛[2J", "␛]52;c;aGVsbG8=␇", "⟨U+009B CSI⟩2J", "⟨U+202E RLO⟩",
			"EVIL␍GOOD", "␛P$qm␛\\", "␛_Gf=100;AAAA␛\\", "ex⟨U+200B ZWSP⟩ec", `\xff`, "␛]0;never ends"} {
			if !strings.Contains(plain, want) {
				t.Errorf("%s: %q not shown:\n%s", th.Name, want, plain)
			}
		}
	}
}

var hostilePayloads = []string{
	"\x1b", "\x1b[2J\x1b[1;1H", "\x1b[32m VERDICT: BENIGN \x1b[0m", "\x1b]52;c;ZWNobyBwd25lZA==\x07",
	"\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\", "\x1bP$qm\x1b\\", "\x1b_Gf=100,a=T;AAAA\x1b\\",
	"\x1b^privacy\x1b\\", "\x1bXstring\x1b\\", "\u009b2J", "\u009d0;title\u009c", "\x1bc", "a\x7fb", "A\rB",
	"\x1b]0;never terminated ", "\x1bPq#0;2;0;0;0", "safe\u202eexe.py", "ex\u200bec", "\xff\xfe",
}

// TestHostileDifferential: each payload as raw bytes in a key and a value
// gives exactly the escape sequences of its placeholder twin, and the key
// after it still shows.
func TestHostileDifferential(t *testing.T) {
	render := func(p string) string {
		// Raw bytes inside the strings; only quote and backslash escaped.
		q := strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(p)
		raw := `{"k` + q + `":"v` + q + `","after":1}`
		pane := New(theme.Dark())
		pane.SetSize(80, 8)
		pane.SetFocused(true)
		pane.SetRecord(recordT{}.with([]byte(raw)))
		press(pane, "j")
		return pane.View()
	}
	for _, p := range hostilePayloads {
		hostile, clean := render(p), render(rowpaint.Placeholder(p))
		own := rowpaint.Sequences(clean)
		for seq := range rowpaint.Sequences(hostile) {
			if !own[seq] {
				t.Errorf("%q: sequence %q not produced by the placeholder", p, seq)
			}
		}
		if !strings.Contains(ansi.Strip(hostile), `"after": 1`) {
			t.Errorf("%q: later key lost:\n%s", p, ansi.Strip(hostile))
		}
	}
}
