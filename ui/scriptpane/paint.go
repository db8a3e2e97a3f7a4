package scriptpane

import (
	"charm.land/lipgloss/v2"
	"github.com/alecthomas/chroma/v2"

	"github.com/pytriage/pytriage/ui/internal/rowpaint"
	"github.com/pytriage/pytriage/ui/theme"
)

// Classes of the pieces of a script row. Syntax classes are kept in the
// highlighted document, so a theme change only recompiles the palette.
const (
	clsText rowpaint.Class = iota
	clsKeyword
	clsBuiltin
	clsFunction
	clsString
	clsNumber
	clsComment
	clsOperator
	clsErrorTok
	clsHostile
	clsDim
	clsMatch
	clsLineNo
	clsGutter
	clsWarn
	clsLabel
	clsSev0 // clsSev0+theme.Level(sev): gutter marks by severity
)

const nClasses = clsSev0 + theme.LevelCritical + 1

// classOf maps a Chroma token type to a syntax class.
func classOf(tt chroma.TokenType) rowpaint.Class {
	switch {
	case tt == chroma.Error:
		return clsErrorTok
	case tt.InCategory(chroma.Keyword), tt == chroma.NameDecorator:
		return clsKeyword
	case tt == chroma.NameBuiltin, tt == chroma.NameBuiltinPseudo, tt == chroma.NameException:
		return clsBuiltin
	case tt == chroma.NameFunction, tt == chroma.NameClass:
		return clsFunction
	case tt.InSubCategory(chroma.LiteralString):
		return clsString
	case tt.InSubCategory(chroma.LiteralNumber):
		return clsNumber
	case tt.InCategory(chroma.Comment):
		return clsComment
	case tt.InCategory(chroma.Operator), tt.InCategory(chroma.Punctuation):
		return clsOperator
	}
	return clsText
}

// syntaxOf is the representative Chroma token type of each syntax class.
var syntaxOf = map[rowpaint.Class]chroma.TokenType{
	clsKeyword: chroma.Keyword, clsBuiltin: chroma.NameBuiltin, clsFunction: chroma.NameFunction,
	clsString: chroma.LiteralString, clsNumber: chroma.LiteralNumber, clsComment: chroma.Comment,
	clsOperator: chroma.Operator,
}

// compilePalette builds every class's style from the theme and its Chroma
// style (the NoColor theme has none: keywords bold, comments faint).
func compilePalette(t *theme.Theme) *rowpaint.Palette {
	st := make([]lipgloss.Style, nClasses)
	for i := range st {
		st[i] = t.Text
	}
	if cs := chromaStyle(t.ChromaStyle); cs != nil {
		for c, tt := range syntaxOf {
			st[c] = fromChroma(t.Text, cs.Get(tt))
		}
	} else {
		st[clsKeyword] = lipgloss.NewStyle().Bold(true)
		st[clsComment] = lipgloss.NewStyle().Faint(true)
	}
	st[clsErrorTok] = t.Warning
	st[clsHostile] = t.Hostile
	st[clsDim] = t.Dim
	st[clsMatch] = t.Match
	st[clsLineNo] = t.LineNumber
	st[clsGutter] = t.Gutter
	st[clsWarn] = t.Warning
	st[clsLabel] = t.Label
	for lvl := theme.LevelUnknown; lvl <= theme.LevelCritical; lvl++ {
		st[clsSev0+rowpaint.Class(lvl)] = t.FlaggedLine(levelName[lvl])
	}
	return rowpaint.NewPalette(st, t.Cursor, clsMatch, clsDim, clsHostile)
}

// levelName names each theme level for FlaggedLine.
var levelName = [...]string{"", "info", "low", "medium", "high", "critical"}

func fromChroma(base lipgloss.Style, e chroma.StyleEntry) lipgloss.Style {
	s := base
	if e.Colour.IsSet() {
		s = s.Foreground(lipgloss.Color(e.Colour.String()))
	}
	if e.Bold == chroma.Yes {
		s = s.Bold(true)
	}
	if e.Italic == chroma.Yes {
		s = s.Italic(true)
	}
	if e.Underline == chroma.Yes {
		s = s.Underline(true)
	}
	return s
}
