package jsonpane

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// search is a committed search: its query (lower case), the nodes whose
// key or value hold it, and which one the cursor is on.
type search struct {
	query   string
	matches []int32
	cur     int
	done    bool // results arrived
}

// searchMsg carries the results of the search with the given id; results
// of an older search (or of another record) are dropped.
type searchMsg struct {
	owner   *Pane
	id      int
	matches []int32
}

// startSearch commits query and returns the command that runs it over the
// nodes, off the UI loop (nodes are never mutated once parsed).
func (p *Pane) startSearch(query string) tea.Cmd {
	p.searchID++
	q := strings.ToLower(query)
	p.search = search{query: q}
	if q == "" {
		return nil
	}
	id, nodes := p.searchID, p.nodes
	return func() tea.Msg {
		return searchMsg{owner: p, id: id, matches: findAll(nodes, q)}
	}
}

// findAll lists the nodes whose key or value contains q (lower case).
func findAll(nodes []node, q string) []int32 {
	var out []int32
	for i := range nodes {
		n := &nodes[i]
		if n.kind == kindClose {
			continue
		}
		if n.hasKey && containsFold(n.key, q) || n.kind != kindObject && n.kind != kindArray && containsFold(n.value, q) {
			out = append(out, int32(i))
		}
	}
	return out
}

// containsFold is a case-insensitive Contains for a lower-case needle.
func containsFold(s, q string) bool {
	if len(s) < len(q) {
		return false
	}
	if strings.Contains(s, q) {
		return true
	}
	return strings.Contains(strings.ToLower(s), q)
}

// gotoMatch moves to the match after (dir 1) or before (dir -1) the cursor.
func (p *Pane) gotoMatch(dir int) {
	s := &p.search
	if len(s.matches) == 0 {
		return
	}
	cur := int32(-1)
	if p.cursor < len(p.rows) {
		cur = p.rows[p.cursor].node
	}
	// First match strictly after / before the cursor node, wrapping.
	i := 0
	if dir > 0 {
		for i = 0; i < len(s.matches) && s.matches[i] <= cur; i++ {
		}
		if i == len(s.matches) {
			i = 0
		}
	} else {
		for i = len(s.matches) - 1; i >= 0 && s.matches[i] >= cur; i-- {
		}
		if i < 0 {
			i = len(s.matches) - 1
		}
	}
	s.cur = i
	p.reveal(s.matches[i])
}
