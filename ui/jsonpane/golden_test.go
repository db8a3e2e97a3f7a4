package jsonpane

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/pytriage/pytriage/ui/theme"
)

// TestGolden renders the fixture record over the size × theme matrix, at
// the top and after jumping to the script contents with a search active.
// Update with: go test ./ui/jsonpane -run TestGolden -update
func TestGolden(t *testing.T) {
	raw := readFixture(t, "record.json")
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		for _, th := range []*theme.Theme{theme.Dark(), theme.Light(), theme.NoColor()} {
			t.Run(fmt.Sprintf("%dx%d_%s", sz[0], sz[1], th.Name), func(t *testing.T) {
				p := New(th)
				p.SetSize(sz[0], sz[1])
				p.SetFocused(true)
				p.SetRecord(recordT{}.with(raw))
				top := p.View()
				press(p, "/")
				typeText(p, "203.0")
				press(p, "enter", "c")
				golden.RequireEqual(t, top+"\n---\n"+p.View())
			})
		}
	}
}
