package jsonpane

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/ui/internal/paneinput"
	"github.com/pytriage/pytriage/ui/internal/rowpaint"
	"github.com/pytriage/pytriage/ui/theme"
)

// keyMsg builds the key press the terminal would send for name.
func keyMsg(name string) tea.KeyPressMsg { return paneinput.KeyPress(name) }

// press sends keys and runs the commands they return (one level: the
// pane's commands return messages, not further commands).
func press(p *Pane, keys ...string) {
	for _, k := range keys {
		run(p, p.Update(keyMsg(k)))
	}
}

// typeText types s into the focused pane one rune at a time.
func typeText(p *Pane, s string) {
	for _, r := range s {
		run(p, p.Update(tea.KeyPressMsg{Code: r, Text: string(r)}))
	}
}

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
	if msg != nil {
		run(p, p.Update(msg))
	}
}

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// open returns a focused pane of size w×h showing raw.
func open(t testing.TB, raw []byte, w, h int) *Pane {
	t.Helper()
	p := New(theme.Dark())
	p.SetSize(w, h)
	p.SetFocused(true)
	p.SetRecord(&finding.Record{Raw: raw})
	run(p, p.Load())
	return p
}

// screen is the view without styling.
func screen(p *Pane) string { return ansi.Strip(p.View()) }

// footerOf is the last line of the view, trimmed.
func footerOf(p *Pane) string {
	lines := strings.Split(screen(p), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// cursorText is the stripped text of the cursor row.
func cursorText(p *Pane) string {
	return strings.TrimSpace(ansi.Strip(p.renderRow(p.cursor)))
}

type recordT struct{}

func (recordT) with(raw []byte) *finding.Record { return &finding.Record{Raw: raw} }

func checkView(t testing.TB, v string, w, h int) {
	t.Helper()
	if err := rowpaint.CheckSize(v, w, h); err != nil {
		t.Fatal(err)
	}
}
