package scriptpane

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/pytriage/pytriage/ui/theme"
)

// TestGolden renders the fixture dropper with its report over the size ×
// theme matrix: while analysing, then on the worst line with the decoded
// layers shown. Update with: go test ./ui/scriptpane -run TestGolden -update
func TestGolden(t *testing.T) {
	src := readFixture(t, "dropper.py")
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		for _, th := range []*theme.Theme{theme.Dark(), theme.Light(), theme.NoColor()} {
			t.Run(fmt.Sprintf("%dx%d_%s", sz[0], sz[1], th.Name), func(t *testing.T) {
				p := open(t, th, src, nil, sz[0], sz[1])
				waiting := p.View()
				p.SetReport(keyOf(src), fixtureReport(t))
				press(p, "]", "]", "d", "]")
				golden.RequireEqual(t, waiting+"\n---\n"+p.View())
			})
		}
	}
}
