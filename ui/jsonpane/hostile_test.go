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
