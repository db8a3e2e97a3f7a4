package safe

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// Styled escapes s and renders its text in plain and its tokens in token,
// line by line so that a multi-line value is never padded into a block.
// Give token an attribute that survives NO_COLOR (reverse or underline):
// it is what tells a real token from the same characters typed literally.
func Styled(s string, multiline bool, plain, token lipgloss.Style) string {
	var b strings.Builder
	for _, seg := range Segments(s, multiline) {
		st := plain
		if seg.Token {
			st = token
		}
		for i, line := range strings.Split(seg.Text, "\n") {
			if i > 0 {
				b.WriteByte('\n')
			}
			if line != "" {
				b.WriteString(st.Render(line))
			}
		}
	}
	return b.String()
}

// Width is the display width, in terminal cells, of Escape(s).
func Width(s string) int { return lipgloss.Width(Escape(s)) }
