package scriptpane

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/theme"
)

func keyMsg(name string) tea.KeyPressMsg {
	named := map[string]rune{
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "backspace": tea.KeyBackspace,
		"pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "home": tea.KeyHome, "end": tea.KeyEnd,
	}
	if c, ok := named[name]; ok {
		return tea.KeyPressMsg{Code: c}
	}
	if rest, ok := strings.CutPrefix(name, "ctrl+"); ok {
		return tea.KeyPressMsg{Code: rune(rest[0]), Mod: tea.ModCtrl}
	}
	return tea.KeyPressMsg{Code: []rune(name)[0], Text: name}
}

func press(p *Pane, keys ...string) {
	for _, k := range keys {
		run(p, p.Update(keyMsg(k)))
	}
}

func typeText(p *Pane, s string) {
	for _, r := range s {
		run(p, p.Update(tea.KeyPressMsg{Code: r, Text: string(r)}))
	}
}

// run executes cmd and feeds its message back, one level deep; spinner
// ticks are not followed (they sleep and repeat).
func run(p *Pane, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		for _, c := range b {
			run(p, c)
		}
		return
	}
	if _, tick := msg.(spinner.TickMsg); tick || msg == nil {
		return
	}
	run(p, p.Update(msg))
}

func readFixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func fixtureReport(t testing.TB) *model.Report {
	t.Helper()
	var rep model.Report
	if err := json.Unmarshal([]byte(readFixture(t, "dropper.report.json")), &rep); err != nil {
		t.Fatal(err)
	}
	return &rep
}

// record wraps src as a finding's script file of the given size.
func record(path, src string, size int64) *finding.Record {
	return &finding.Record{Finding: finding.Finding{
		Category: "Execution: Malicious Python executed",
		Processes: []finding.Process{{
			Name:   "python3",
			Binary: &finding.File{Path: "/usr/bin/python3"},
			Script: &finding.File{Path: path, Contents: src, Size: size},
			Args:   []string{"python3", path},
		}},
	}}
}

// open shows src in a focused w×h pane, highlighted, with rep (nil: none
// yet) delivered the way the shell does.
func open(t testing.TB, th *theme.Theme, src string, rep *model.Report, w, h int) *Pane {
	t.Helper()
	if th == nil {
		th = theme.Dark()
	}
	p := New(th, Options{})
	p.SetSize(w, h)
	p.SetFocused(true)
	p.SetRecord(record("/srv/app/dropper.py", src, int64(len(src))))
	run(p, p.Load())
	if rep != nil {
		p.SetReport(keyOf(src), rep)
	}
	return p
}

func screen(p *Pane) string { return ansi.Strip(p.View()) }

func footerLines(p *Pane) (hits, status string) {
	lines := strings.Split(screen(p), "\n")
	return strings.TrimSpace(lines[len(lines)-2]), strings.TrimSpace(lines[len(lines)-1])
}

func checkView(t testing.TB, v string, w, h int) {
	t.Helper()
	if w == 0 || h == 0 {
		if v != "" {
			t.Fatalf("%dx%d: want empty view", w, h)
		}
		return
	}
	lines := strings.Split(v, "\n")
	if len(lines) != h {
		t.Fatalf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got != w {
			t.Fatalf("%dx%d: line %d is %d cells: %q", w, h, i, got, ansi.Strip(l))
		}
	}
}

// plainDoc is the document's lines as text.
func plainDoc(d *document) []string {
	var out []string
	for _, l := range d.lines {
		var b strings.Builder
		for _, pc := range l.pieces {
			b.WriteString(pc.Text)
		}
		out = append(out, b.String())
	}
	return out
}
