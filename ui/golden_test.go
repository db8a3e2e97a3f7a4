package ui

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/ui/theme"
)

// stubPane stands in for the JSON and Script panes (their own packages
// golden-test them), so these goldens pin only the shell's rendering.
type stubPane struct {
	title string
	w, h  int
	rec   *finding.Record
}

func (p *stubPane) Update(tea.Msg) tea.Cmd { return nil }
func (p *stubPane) SetSize(w, h int)       { p.w, p.h = w, h }
func (p *stubPane) SetRecord(r *finding.Record) {
	p.rec = r
}
func (p *stubPane) KeyMap() []key.Binding { return nil }
func (p *stubPane) Title() string         { return p.title }
func (p *stubPane) View() string {
	lines := make([]string, p.h)
	for i := range lines {
		name := "none"
		if p.rec != nil {
			name = p.rec.Finding.Name[len(p.rec.Finding.Name)-6:]
		}
		lines[i] = fitLine(fmt.Sprintf("%s stub %s line %d", p.title, name, i+1), p.w)
	}
	return strings.Join(lines, "\n")
}

// withStubPanes swaps the detail pane constructors for the test.
func withStubPanes(t *testing.T) {
	t.Helper()
	j, s := newJSONPane, newScriptPane
	newJSONPane = func(*theme.Theme) Pane { return &stubPane{title: "JSON"} }
	newScriptPane = func(*theme.Theme) Pane { return &stubPane{title: "Script"} }
	t.Cleanup(func() { newJSONPane, newScriptPane = j, s })
}

var goldenSizes = []struct{ w, h int }{{80, 24}, {120, 40}, {200, 60}}

// TestAppGolden renders the whole workbench over sizes × themes × two
// states (list focused on load; Summary focused after classification).
// Update with: go test ./ui -run TestAppGolden -update
func TestAppGolden(t *testing.T) {
	withStubPanes(t)
	for _, sz := range goldenSizes {
		for _, th := range themes {
			for _, state := range []string{"list", "summary"} {
				name := fmt.Sprintf("%dx%d_%s_%s", sz.w, sz.h, th.Name, state)
				t.Run(name, func(t *testing.T) {
					a := newTestApp(t, records(24), sz.w, sz.h, func(o *Options) { o.Theme = th.Name })
					if th.Name == "nocolor" {
						a.setTheme(theme.NoColor())
					}
					if state == "summary" {
						classifyAll(a)
						press(a, "j")
						press(a, "2")
					}
					golden.RequireEqual(t, a.View().Content)
				})
			}
		}
	}
}

// TestSummaryGolden renders the Summary pane alone for a GKE finding with
// `python3 -c` code, at the three pane widths the layouts give it.
func TestSummaryGolden(t *testing.T) {
	for _, w := range []int{76, 58, 60} {
		for _, th := range themes {
			t.Run(fmt.Sprintf("w%d_%s", w, th.Name), func(t *testing.T) {
				lines := renderSummary(summaryInput{rec: gkeRecord(2), report: fakeAnalyze("socket"), th: th, width: w})
				golden.RequireEqual(t, strings.Join(lines, "\n"))
			})
		}
	}
}
