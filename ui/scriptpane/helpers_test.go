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
	"github.com/pytriage/pytriage/ui/internal/paneinput"
	"github.com/pytriage/pytriage/ui/internal/rowpaint"
	"github.com/pytriage/pytriage/ui/theme"
)

func keyMsg(name string) tea.KeyPressMsg { return paneinput.KeyPress(name) }

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
	if err := rowpaint.CheckSize(v, w, h); err != nil {
		t.Fatal(err)
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
