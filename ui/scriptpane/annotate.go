package scriptpane

import (
	"sort"

	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/theme"
)

// maxLayerLines caps how many lines of one decoded layer are shown.
const maxLayerLines = 400

// marks is the classifier's report arranged for drawing: per line, the
// worst severity and the hits; the flagged lines in order; the decoded
// layers under the line holding their blob.
type marks struct {
	level   map[int]int          // 1-based line -> theme level
	hits    map[int][]*model.Hit // 1-based line -> hits covering it
	flagged []int                // sorted 1-based lines with a mark
	layers  map[int][]layerView  // 1-based line -> its decoded layers
}

// layerView is a decoded layer ready to draw.
type layerView struct {
	layer *model.Layer
	lines []string // its first lines by CPython's rule
	total int
}

func newMarks(rep *model.Report) marks {
	m := marks{level: map[int]int{}, hits: map[int][]*model.Hit{}, layers: map[int][]layerView{}}
	if rep == nil {
		return m
	}
	for i := range rep.Hits {
		h := &rep.Hits[i]
		lvl := max(theme.Level(string(h.Severity)), theme.LevelInfo)
		seen := map[int]bool{}
		for _, ln := range h.Lines {
			if ln < 1 || seen[ln] {
				continue
			}
			seen[ln] = true
			m.hits[ln] = append(m.hits[ln], h)
			if lvl > m.level[ln] {
				m.level[ln] = lvl
			}
		}
	}
	for ln := range m.level {
		m.flagged = append(m.flagged, ln)
	}
	sort.Ints(m.flagged)
	for ln, hs := range m.hits {
		sort.SliceStable(hs, func(a, b int) bool {
			return theme.Level(string(hs[a].Severity)) > theme.Level(string(hs[b].Severity))
		})
		m.hits[ln] = hs
	}
	for i := range rep.Layers {
		l := &rep.Layers[i]
		v := layerView{layer: l}
		splitLines(l.Text, func(s string) {
			if len(v.lines) < maxLayerLines {
				v.lines = append(v.lines, s)
			}
			v.total++
		})
		m.layers[l.Line] = append(m.layers[l.Line], v)
	}
	return m
}

// splitLines calls fn with each line of s by CPython's rule; a lone CR
// stays at the end of its line so the sanitiser shows it.
func splitLines(s string, fn func(string)) {
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			fn(s[start:i])
			start = i + 1
		case '\r':
			end := i + 1
			if end < len(s) && s[end] == '\n' {
				fn(s[start:i])
				end++
			} else {
				fn(s[start:end])
			}
			start = end
			i = end - 1
		}
	}
	if start < len(s) || len(s) == 0 {
		fn(s[start:])
	}
}

// glyph is the gutter mark of a level: the shape carries the severity as
// well as the colour (▌ info/low, ! medium, ‼ high/critical).
func glyph(level int) string {
	switch {
	case level >= theme.LevelHigh:
		return "‼"
	case level == theme.LevelMedium:
		return "!"
	case level > theme.LevelUnknown:
		return "▌"
	}
	return " "
}
