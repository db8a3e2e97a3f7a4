package jsonpane

import (
	"charm.land/lipgloss/v2"

	"github.com/pytriage/pytriage/ui/internal/rowpaint"
	"github.com/pytriage/pytriage/ui/theme"
)

// Classes of the pieces of a JSON row.
const (
	clsText rowpaint.Class = iota
	clsKey
	clsString
	clsNumber
	clsBool
	clsNull
	clsPunct
	clsDim
	clsHostile
	clsError
	clsMatch
)

func compilePaints(t *theme.Theme) *rowpaint.Palette {
	return rowpaint.NewPalette([]lipgloss.Style{
		clsText: t.Text, clsKey: t.JSONKey, clsString: t.JSONString, clsNumber: t.JSONNumber,
		clsBool: t.JSONBool, clsNull: t.JSONNull, clsPunct: t.JSONPunct, clsDim: t.Dim,
		clsHostile: t.Hostile, clsError: t.Error, clsMatch: t.Match,
	}, t.Cursor, clsMatch, clsDim, clsHostile)
}

// line is one row under construction.
type line struct{ rowpaint.Line }

func (l *line) add(text string, c rowpaint.Class) { l.Add(text, c) }

// addSafe adds finding text: escaped, its tokens in the hostile class.
func (l *line) addSafe(s string, c rowpaint.Class) { l.AddSafe(s, c, clsHostile) }

func (l *line) render(p *rowpaint.Palette, width int, onCursor bool, query string) string {
	return l.Render(p, width, 0, onCursor, query)
}
