package scriptpane

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/internal/rowpaint"
	"github.com/pytriage/pytriage/ui/theme"
)

// hostileScript carries every display attack of hostile-input.md §1 in
// code, strings and comments.
const hostileScript = "import os\n" +
	"# \x1b[2J\x1b[1;1H cleared screen\n" +
	"s = '\x1b]52;c;aGVsbG8=\x07'  # clipboard write\n" +
	"t = '\x1b]0;pwned title\x1b\\\\'\n" +
	"u = '\x1b]8;;http://203.0.113.9/\x1b\\\\click\x1b]8;;\x1b\\\\'\n" +
	"v = '\x1bP$qm\x1b\\\\'  # DECRQSS echoback\n" +
	"w = '\x1b_Gf=100;AAAA\x1b\\\\' '\x1b^pm\x1b\\\\' '\x1bXsos\x1b\\\\'\n" +
	"x = '\u009b2J \u009d0;c1 title\u009c'\n" +
	"y = 'safe\u202eyp.exe\u202c' + 'ex\u200bec'\n" +
	"print('VERDICT: BENIGN') # \x1b[32m\x1b[8m hidden\r" + "os.system('id')  # hidden behind CR\n" +
	"z = '\xff\xfe' ; bell = '\x07\x08\x7f\x00'\n" +
	"\x1b]0;unterminated osc eats the rest\n" +
	"after = 'still visible'\n"

func TestHostileScriptRendersOnlyOwnSGR(t *testing.T) {
	rep := &model.Report{Verdict: model.VerdictMalicious, Score: 0.99,
		Hits: []model.Hit{
			{Detector: "cr-hiding\x1b[31m", Severity: model.SeverityHigh, Lines: []int{10, 11}, Techniques: []string{"T1564\u202e"},
				Message: "quoted evidence: \x1b]52;c;aGk=\x07 and \u009b2J"},
		},
		Layers: []model.Layer{{Line: 3, Depth: 1, Encoding: []string{"base64\x1b[2J"}, Text: "\x1bP$qm\x1b\\\r\nprint(1)\u202e"}},
	}
	for _, th := range []*theme.Theme{theme.Dark(), theme.Light(), theme.NoColor()} {
		p := New(th, Options{})
		p.SetSize(120, 40)
		p.SetFocused(true)
		p.SetRecord(record("/tmp/\x1b]0;x\x07\u202eyp.py", hostileScript, 99999))
		run(p, p.Load())
		views := map[string]string{"analysing": p.View()}
		p.SetReport(keyOf(hostileScript), rep)
		press(p, "]")
		views["flagged"] = p.View()
		press(p, "d", "g", "l")
		views["layers, scrolled"] = p.View()
		press(p, "h", "/")
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
		plain := ansi.Strip(views["analysing"])
		for _, want := range []string{
			"␛[2J␛[1;1H", "␛]52;c;aGVsbG8=␇", "␛]0;pwned title␛\\", `␛]8;;http://203.0.113.9/␛\\click`, "␛P$qm␛\\",
			"␛_Gf=100;AAAA␛\\", "␛^pm␛\\", "␛Xsos␛\\", "⟨U+009B CSI⟩2J", "⟨U+202E RLO⟩", "⟨U+200B ZWSP⟩",
			"hidden␍", "11 │os.system('id')", `\xff\xfe`, "␇␈␡␀", "after = 'still visible'", "— contents truncated",
		} {
			if !strings.Contains(plain, want) {
				t.Errorf("%s: %q not shown:\n%s", th.Name, want, plain)
			}
		}
		if !strings.Contains(ansi.Strip(views["flagged"]), "quoted evidence: ␛]52;c;aGk=␇ and ⟨U+009B CSI⟩2J") {
			t.Errorf("%s: hit message not escaped:\n%s", th.Name, ansi.Strip(views["flagged"]))
		}
	}
}

// hostilePayloads are the display attacks one at a time, for the
// differential test.
var hostilePayloads = []string{
	"\x1b", "\x1b[2J\x1b[1;1H", "\x1b[32m VERDICT: BENIGN \x1b[0m", "\x1b[8mhidden\x1b[28m",
	"\x1b]52;c;ZWNobyBwd25lZA==\x07", "\x1b]0;pwned\x07", "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",
	"\x1bP$qm\x1b\\", "\x1b_Gf=100,a=T;AAAA\x1b\\", "\x1b^privacy\x1b\\", "\x1bXstring\x1b\\",
	"\u009b2J", "\u009d0;title\u009c", "\u0090$qm\u009c", "\x1bc", "a\x7fb", "A\rB",
	"\x1b]0;never terminated ", "\x1bPq#0;2;0;0;0", "\x1b_Gf=100;", "safe\u202eexe.py", "ex\u200bec", "\xff\xfe",
}

// TestHostileDifferential: each payload in a comment, a string and the
// path gives exactly the escape sequences its placeholder twin gives
// (hostile-input.md requirement 1), and the lines after it still show.
func TestHostileDifferential(t *testing.T) {
	render := func(p string) string {
		src := "import os\n# " + p + "\ns = '" + p + "'\nprint('after')\n"
		pane := New(theme.Dark(), Options{})
		pane.SetSize(80, 12)
		pane.SetFocused(true)
		pane.SetRecord(record("/tmp/"+p, src, int64(len(src))))
		run(pane, pane.Load())
		pane.SetReport(keyOf(src), &model.Report{Verdict: model.VerdictSuspicious,
			Hits: []model.Hit{{Detector: "d", Severity: model.SeverityHigh, Lines: []int{2, 3}, Message: "evidence " + p}}})
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
		if !strings.Contains(ansi.Strip(hostile), "print('after')") {
			t.Errorf("%q: later line lost", p)
		}
	}
}
