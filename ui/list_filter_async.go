package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// Filtering a large list runs off the UI loop: a keystroke only records
// the query and starts a Cmd that matches a snapshot of the sorted entries;
// the result is installed if the query has not changed since (stale results
// are dropped by generation, as fx does for search). Small lists, and the
// "only untriaged" view (which reads triage state owned by the loop), are
// filtered at once.

// asyncFilterMin is the list size from which a keystroke filters off the loop.
const asyncFilterMin = 20_000

// filteredMsg carries a filter computed in a Cmd.
type filteredMsg struct {
	gen   int
	query string
	view  []*entry
}

// refilter is the filterChangedMsg handler: it rebuilds the view now for
// small lists, or returns the Cmd that computes it.
func (a *App) refilter() tea.Cmd {
	p := a.list
	if len(p.all) < asyncFilterMin || p.untriaged || p.sortDirty || len(p.sorted) != len(p.all) {
		p.filterGen++
		p.rebuild(a.scoreOf)
		return nil
	}
	terms := filterTerms(p.query)
	if len(terms) == 0 {
		p.filterGen++
		p.rebuild(a.scoreOf)
		return nil
	}
	base := p.sorted
	if p.viewQuery != "" && strings.HasPrefix(p.query, p.viewQuery) {
		base = p.view
	}
	// A private copy: the loop may re-sort p.sorted in place (a new batch,
	// a sort key) while the Cmd reads.
	base = append([]*entry(nil), base...)
	p.filterGen++
	gen, query := p.filterGen, p.query
	p.filterPending = true
	return func() tea.Msg {
		view := make([]*entry, 0, len(base)/4)
		for _, e := range base { // entries are immutable once loaded; hay is read only
			if matchAll(e.hay, terms) {
				view = append(view, e)
			}
		}
		return filteredMsg{gen: gen, query: query, view: view}
	}
}

// onFiltered installs a filter result computed off the loop, unless a newer
// keystroke or rebuild has superseded it.
func (a *App) onFiltered(msg filteredMsg) tea.Cmd {
	p := a.list
	if msg.gen != p.filterGen || msg.query != p.query {
		return nil
	}
	p.filterPending = false
	p.installView(msg.view, msg.query, p.selected())
	return nil
}
