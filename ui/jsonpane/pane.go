package jsonpane

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/ui/internal/paneinput"
	"github.com/pytriage/pytriage/ui/internal/rowpaint"
	"github.com/pytriage/pytriage/ui/theme"
)

// Pane shows one record's JSON. It implements the shell's pane contract
// (Update, View, SetSize, SetRecord, KeyMap, Title) and the optional
// SetTheme, SetFocused, Capturing and Load.
type Pane struct {
	th      *theme.Theme
	paint   *rowpaint.Palette
	keys    keyMap
	w, h    int
	focused bool

	rec      *finding.Record
	nodes    []node
	folded   []bool              // per node; meaningful on opening nodes
	expanded map[int32]expansion // expanded strings: their lines
	allFold  bool                // state of the z toggle
	rows     []row
	cursor   int // index into rows
	top      int // first row on screen

	prompt   paneinput.Prompt
	search   search
	status   string // one-shot footer note ("no script contents")
	searchID int
	gen      int  // record generation, to drop stale parses
	pending  bool // a large record waits for its parse command
	loading  bool // the parse command is running
}

// syncParseLimit is the largest record parsed inside SetRecord; larger ones
// are parsed in a tea.Cmd (Load) so the UI loop never stalls on them.
const syncParseLimit = 256 << 10

// parsedMsg carries a finished background parse.
type parsedMsg struct {
	owner *Pane
	gen   int
	nodes []node
}

// New returns an empty JSON pane drawn with th (theme.Dark when nil).
func New(th *theme.Theme) *Pane {
	p := &Pane{keys: newKeyMap(), expanded: map[int32]expansion{}}
	if th == nil {
		th = theme.Dark()
	}
	p.SetTheme(th)
	return p
}

// Title is the pane's name in the border and tab bar.
func (p *Pane) Title() string { return "JSON" }

// KeyMap lists the pane's bindings for help and hints.
func (p *Pane) KeyMap() []key.Binding { return p.keys.all() }

// SetTheme switches styles; nothing else is recomputed.
func (p *Pane) SetTheme(t *theme.Theme) {
	p.th = t
	p.paint = compilePaints(t)
}

// SetFocused shows the cursor line only while the pane has focus.
func (p *Pane) SetFocused(f bool) { p.focused = f }

// Capturing is true while the search prompt takes every key.
func (p *Pane) Capturing() bool { return p.prompt.Active }

// Load returns the command that parses a large record off the UI loop (nil
// when the record was small enough to parse in SetRecord). If the shell
// does not call it, the next Update returns it instead.
func (p *Pane) Load() tea.Cmd {
	if !p.pending {
		return nil
	}
	p.pending, p.loading = false, true
	raw, gen := p.rec.Raw, p.gen
	return func() tea.Msg { return parsedMsg{owner: p, gen: gen, nodes: parse(raw)} }
}

// SetSize sets the cells View fills.
func (p *Pane) SetSize(w, h int) {
	p.w, p.h = max(w, 0), max(h, 0)
	p.clamp()
}

// SetRecord shows r (nil: nothing) with every container unfolded and the
// cursor at the top; a running search is abandoned. Setting the record
// already shown changes nothing.
func (p *Pane) SetRecord(r *finding.Record) {
	if r != nil && r == p.rec {
		return // the same record again (a refresh): keep folds and cursor
	}
	p.rec = r
	p.gen++
	p.nodes = nil
	p.pending, p.loading = false, false
	if r != nil && len(r.Raw) > syncParseLimit {
		p.pending = true
	} else if r != nil {
		p.nodes = parse(r.Raw)
	}
	p.setNodes(p.nodes)
}

// setNodes installs a parsed document with fresh view state.
func (p *Pane) setNodes(nodes []node) {
	p.nodes = nodes
	p.folded = make([]bool, len(p.nodes))
	p.expanded = map[int32]expansion{}
	p.allFold = false
	p.rows = p.rows[:0]
	p.cursor, p.top = 0, 0
	p.search = search{}
	p.searchID++
	p.status = ""
	p.rebuild()
}
