package scriptpane

import (
	"sort"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// search is a committed search: its query (lower case) and the 1-based
// lines holding it.
type search struct {
	query   string
	matches []int
	cur     int
	done    bool
}

// searchMsg carries the results of search id; older ones are dropped.
type searchMsg struct {
	owner   *Pane
	id      int
	matches []int
}

// startSearch commits query and searches the escaped text of the document
// (what the analyst sees, tokens included) in a command. Documents are
// never mutated once built.
func (p *Pane) startSearch(query string) tea.Cmd {
	p.searchID++
	q := strings.ToLower(query)
	p.search = search{query: q}
	if q == "" || p.doc == nil {
		return nil
	}
	id, doc := p.searchID, p.doc
	return func() tea.Msg { return searchMsg{owner: p, id: id, matches: findLines(doc, q)} }
}

// findLines lists the 1-based lines whose text contains q (lower case).
func findLines(doc *document, q string) []int {
	var out []int
	var b strings.Builder
	for i := range doc.lines {
		b.Reset()
		for _, pc := range doc.lines[i].pieces {
			b.WriteString(pc.Text)
		}
		if strings.Contains(strings.ToLower(b.String()), q) {
			out = append(out, i+1)
		}
	}
	return out
}

// gotoMatch moves to the next (dir 1) or previous (-1) matching line.
func (p *Pane) gotoMatch(dir int) {
	m := p.search.matches
	if len(m) == 0 {
		return
	}
	cur := p.line()
	i := sort.SearchInts(m, cur+1)
	if dir < 0 {
		i = sort.SearchInts(m, cur) - 1
	}
	switch {
	case i >= len(m):
		i = 0
	case i < 0:
		i = len(m) - 1
	}
	p.search.cur = i
	p.jump(m[i])
}
