package ui

// Layout: one function from the terminal size to rectangles. The status
// bar takes the last line; panes tile the rest.

// paneID names the four panes; the numbers are the focus keys 1–4.
type paneID int

const (
	paneList paneID = iota
	paneSummary
	paneJSON
	paneScript
	numPanes
)

var paneNames = [numPanes]string{"List", "Summary", "JSON", "Script"}

// layoutMode is how the panes share the screen.
type layoutMode int

const (
	layoutTooSmall layoutMode = iota // below minWidth×minHeight: a notice only
	layoutSingle                     // < 100 columns: one pane at a time, tabs for all four
	layoutTabbed                     // 100–159: list | tabbed detail (Summary | JSON | Script)
	layoutWide                       // ≥ 160: list | Summary/JSON tabs | Script
)

const (
	minWidth    = 60
	minHeight   = 15
	tabbedWidth = 100
	wideWidth   = 160
)

func (m layoutMode) String() string {
	return [...]string{"too-small", "single", "tabbed", "wide"}[m]
}

// rect is a cell rectangle on screen.
type rect struct{ X, Y, W, H int }

func (r rect) contains(x, y int) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// column is one bordered box on screen and the panes it can show as tabs.
type column struct {
	r     rect
	panes []paneID
}

// layout is the computed arrangement for one size.
type layout struct {
	mode    layoutMode
	w, h    int
	columns []column
	status  rect
}

// computeLayout arranges the panes for a w×h terminal.
func computeLayout(w, h int) layout {
	l := layout{w: w, h: h}
	switch {
	case w < minWidth || h < minHeight:
		l.mode = layoutTooSmall
		return l
	case w < tabbedWidth:
		l.mode = layoutSingle
	case w < wideWidth:
		l.mode = layoutTabbed
	default:
		l.mode = layoutWide
	}
	body := h - 1
	l.status = rect{0, body, w, 1}
	switch l.mode {
	case layoutSingle:
		l.columns = []column{{r: rect{0, 0, w, body}, panes: []paneID{paneList, paneSummary, paneJSON, paneScript}}}
	case layoutTabbed:
		lw := clamp(w*38/100, 38, 60)
		l.columns = []column{
			{r: rect{0, 0, lw, body}, panes: []paneID{paneList}},
			{r: rect{lw, 0, w - lw, body}, panes: []paneID{paneSummary, paneJSON, paneScript}},
		}
	case layoutWide:
		lw := clamp(w*30/100, 48, 72)
		dw := (w - lw) * 45 / 100
		l.columns = []column{
			{r: rect{0, 0, lw, body}, panes: []paneID{paneList}},
			{r: rect{lw, 0, dw, body}, panes: []paneID{paneSummary, paneJSON}},
			{r: rect{lw + dw, 0, w - lw - dw, body}, panes: []paneID{paneScript}},
		}
	}
	return l
}

// inner is the content rectangle of a column: inside the border.
func (c column) inner() rect {
	return rect{c.r.X + 1, c.r.Y + 1, max(0, c.r.W-2), max(0, c.r.H-2)}
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
