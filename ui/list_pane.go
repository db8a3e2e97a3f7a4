package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/theme"
)

// listPane is the findings list: a virtual list over every loaded entry,
// filtered and sorted, rendering only the visible rows.
type listPane struct {
	th      *theme.Theme
	w, h    int
	focused bool

	all       []*entry // load order
	sorted    []*entry // all, in the sort order
	sortDirty bool     // sorted needs sorting again
	view      []*entry // sorted, filtered (may share sorted's array: read only)
	viewQuery string   // the query view was built for
	cursor    int      // index into view
	offset    int      // first visible row

	sort          sortMode
	query         string // the filter as typed
	filtering     bool   // the filter input has the keyboard
	filterGen     int    // bumped by every rebuild; drops stale off-loop filters
	filterPending bool   // an off-loop filter for query is running

	report  func(e *entry) (rep *model.Report, pending bool)
	rows    map[*entry]cachedRow // rendered visible rows, reused while their key holds
	spinner string               // current spinner frame for pending rows
	keys    listKeys

	// Triage (triage_list.go): the row's verdict, write-back state and
	// mark; nil without a triage store.
	triage    func(e *entry) rowTriage
	marks     map[*entry]bool
	untriaged bool // show only findings without a verdict
	writeBack bool // show the write-back state column
}

// rowKey is everything a rendered row depends on besides its entry.
type rowKey struct {
	w       int
	th      *theme.Theme
	state   int // 0 plain, 1 selected, 2 cursor in the focused list
	rep     *model.Report
	pending bool
	spinner string
	tri     rowTriage
}

type cachedRow struct {
	key rowKey
	s   string
}

// listKeys are the list's movement keys (the scrolling keys, moving the
// cursor by findings) and enter.
type listKeys struct {
	scrollKeys
	Open key.Binding
	listTriageKeys
}

func newListKeys() listKeys {
	k := listKeys{
		scrollKeys:     newMoveKeys("next finding", "previous finding", "first finding", "last finding"),
		Open:           key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open detail")),
		listTriageKeys: newListTriageKeys(),
	}
	// space marks rows in the list (bulk triage), so it does not page.
	k.PageDown = key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down"))
	return k
}

func newListPane(th *theme.Theme, report func(*entry) (*model.Report, bool)) *listPane {
	return &listPane{th: th, report: report, keys: newListKeys()}
}

func (p *listPane) Title() string { return "Findings" }

func (p *listPane) KeyMap() []key.Binding {
	return append(append(p.keys.list(), p.keys.Open), p.keys.listTriageKeys.bindings()...)
}

func (p *listPane) SetSize(w, h int)          { p.w, p.h = w, h; p.scrollToCursor() }
func (p *listPane) SetFocused(f bool)         { p.focused = f }
func (p *listPane) SetTheme(t *theme.Theme)   { p.th = t }
func (p *listPane) Capturing() bool           { return p.filtering }
func (p *listPane) SetRecord(*finding.Record) {}

// selected is the entry under the cursor, nil when the view is empty.
func (p *listPane) selected() *entry {
	if p.cursor < 0 || p.cursor >= len(p.view) {
		return nil
	}
	return p.view[p.cursor]
}

// rowsHeight is the number of finding rows that fit (header and filter
// line excluded).
func (p *listPane) rowsHeight() int {
	h := p.h - 1
	if p.filtering || p.query != "" {
		h--
	}
	return max(0, h)
}

// Update handles movement keys and the mouse wheel.
func (p *listPane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if p.filtering {
			return p.updateFilter(msg)
		}
		k := p.keys
		switch {
		case key.Matches(msg, k.Down):
			p.move(1)
		case key.Matches(msg, k.Up):
			p.move(-1)
		case key.Matches(msg, k.Top):
			p.moveTo(0)
		case key.Matches(msg, k.Bottom):
			p.moveTo(len(p.view) - 1)
		case key.Matches(msg, k.HalfDown):
			p.move(max(1, p.rowsHeight()/2))
		case key.Matches(msg, k.HalfUp):
			p.move(-max(1, p.rowsHeight()/2))
		case key.Matches(msg, k.PageDown):
			p.move(max(1, p.rowsHeight()))
		case key.Matches(msg, k.PageUp):
			p.move(-max(1, p.rowsHeight()))
		}
	case tea.MouseWheelMsg:
		switch msg.Mouse().Button {
		case tea.MouseWheelDown:
			p.move(3)
		case tea.MouseWheelUp:
			p.move(-3)
		}
	}
	return nil
}

func (p *listPane) move(d int) { p.moveTo(p.cursor + d) }

func (p *listPane) moveTo(i int) {
	p.cursor = clamp(i, 0, max(0, len(p.view)-1))
	p.scrollToCursor()
}

func (p *listPane) scrollToCursor() {
	rh := p.rowsHeight()
	if rh <= 0 {
		p.offset = p.cursor
		return
	}
	if p.cursor < p.offset {
		p.offset = p.cursor
	}
	if p.cursor >= p.offset+rh {
		p.offset = p.cursor - rh + 1
	}
	p.offset = clamp(p.offset, 0, max(0, len(p.view)-rh))
}

// clickRow moves the cursor to the row at pane-relative line y.
func (p *listPane) clickRow(y int) {
	top := 1
	if p.filtering || p.query != "" {
		top++
	}
	if i := p.offset + y - top; y >= top && i < len(p.view) {
		p.moveTo(i)
	}
}

// add appends newly loaded entries and rebuilds the view, keeping the
// selected finding under the cursor.
func (p *listPane) add(es []*entry, score scoreOf) {
	p.all = append(p.all, es...)
	p.sortDirty = true
	p.rebuild(score)
}

// setSort changes the order and rebuilds the view.
func (p *listPane) setSort(m sortMode, score scoreOf) {
	p.sort, p.sortDirty = m, true
	p.rebuild(score)
}

// resort re-sorts (scores changed) and rebuilds the view.
func (p *listPane) resort(score scoreOf) {
	p.sortDirty = true
	p.rebuild(score)
}

// rebuild re-applies filter and sort, keeping the selection. Sorting
// happens only when the order changed (sortDirty): the filter walks the
// sorted list and keeps its order. A query that extends the previous one
// can only narrow the match, so it filters the current view instead of
// every entry (typing stays fast with 100k findings).
func (p *listPane) rebuild(score scoreOf) {
	p.filterGen++ // any pending off-loop filter is now stale
	p.filterPending = false
	sel := p.selected() // before sorting in place changes what view[cursor] is
	base := p.sorted
	if p.sortDirty || len(p.sorted) != len(p.all) {
		p.sorted = append(p.sorted[:0], p.all...)
		sortEntries(p.sorted, p.sort, score)
		p.sortDirty = false
		base = p.sorted
	} else if p.viewQuery != "" && strings.HasPrefix(p.query, p.viewQuery) {
		base = p.view
	}
	terms := filterTerms(p.query)
	var view []*entry
	if p.untriaged && p.triage != nil {
		view = make([]*entry, 0, len(base)/2)
		for _, e := range base {
			if !p.triage(e).verdict.Triaged() && (len(terms) == 0 || matchAll(e.hay, terms)) {
				view = append(view, e)
			}
		}
	} else if len(terms) == 0 {
		view = p.sorted
	} else {
		view = make([]*entry, 0, len(base)/4)
		for _, e := range base {
			if matchAll(e.hay, terms) {
				view = append(view, e)
			}
		}
	}
	p.installView(view, p.query, sel)
}

// installView shows view (built for query), keeping sel under the cursor
// when it is still in it.
func (p *listPane) installView(view []*entry, query string, sel *entry) {
	p.view, p.viewQuery = view, query
	p.cursor = 0
	if sel != nil {
		for i, e := range view {
			if e == sel {
				p.cursor = i
				break
			}
		}
	}
	p.moveTo(p.cursor)
}

// selectRecord moves the cursor to r; it clears the filter if r is hidden
// by it. It reports whether r was found.
func (p *listPane) selectRecord(r *finding.Record, score scoreOf) bool {
	find := func() bool {
		for i, e := range p.view {
			if e.rec == r {
				p.moveTo(i)
				return true
			}
		}
		return false
	}
	if find() {
		return true
	}
	if p.query != "" {
		p.query = ""
		p.rebuild(score)
		return find()
	}
	return false
}

// View renders the visible rows.
func (p *listPane) View() string {
	if p.w <= 0 || p.h <= 0 {
		return ""
	}
	lines := make([]string, 0, p.h)
	if p.filtering || p.query != "" {
		lines = append(lines, p.filterLine())
	}
	cols := listColumnsFor(p.w, p.triageColumns())
	lines = append(lines, cols.header(p.th))
	rh := p.rowsHeight()
	cache := make(map[*entry]cachedRow, rh)
	for i := p.offset; i < len(p.view) && i < p.offset+rh; i++ {
		e := p.view[i]
		k := rowKey{w: p.w, th: p.th}
		style := p.th.Text
		if i == p.cursor {
			k.state = 1
			style = p.th.Selected
			if p.focused {
				k.state = 2
				style = p.th.Cursor
			}
		}
		k.rep, k.pending = p.report(e)
		if p.triage != nil {
			k.tri = p.triage(e)
		}
		k.tri.marked = p.marks[e]
		if k.pending {
			k.spinner = p.spinner
		}
		row, ok := p.rows[e]
		if !ok || row.key != k {
			row = cachedRow{key: k, s: fitLine(cols.row(p, e, style, i == p.cursor), p.w)}
		}
		cache[e] = row
		lines = append(lines, row.s)
	}
	p.rows = cache
	if len(p.view) == 0 {
		msg := "no findings yet"
		switch {
		case len(p.all) > 0 && p.untriaged && p.query == "":
			msg = "every finding has a verdict (U shows all)"
		case len(p.all) > 0:
			msg = "no finding matches the filter (esc clears it)"
		}
		lines = append(lines, p.th.Dim.Render(msg))
	}
	return strings.Join(fitBlock(strings.Join(lines, "\n"), p.w, p.h), "\n")
}
