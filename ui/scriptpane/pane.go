package scriptpane

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/internal/paneinput"
	"github.com/pytriage/pytriage/ui/internal/rowpaint"
	"github.com/pytriage/pytriage/ui/theme"
)

// Options configure a Script pane.
type Options struct {
	// Analyze, when set, makes the pane run the classifier itself, in a
	// tea.Cmd, cached by sha256. Leave it nil when the shell runs
	// model.AnalyzeString and delivers reports through SetReport.
	Analyze func(src string) *model.Report
}

// Pane shows the selected finding's script. It implements the shell's pane
// contract and the optional SetTheme, SetFocused, SetReport, Capturing and
// Load.
type Pane struct {
	th      *theme.Theme
	paint   *rowpaint.Palette
	keys    keyMap
	w, h    int
	focused bool
	analyze func(string) *model.Report
	docs    *lru[*document]
	reports *lru[*model.Report]

	rec        *finding.Record
	scr        script
	has        bool // the finding has code
	gen        int  // record generation: stale results are dropped
	pendingDoc bool // highlighting not started yet
	pendingRep bool // analysis not started yet (own Analyze only)
	doc        *document
	rep        *model.Report
	marks      marks
	layers     bool // show decoded layers
	rows       []row
	cursor     int
	top        int
	hoff       int

	prompt   paneinput.Prompt
	search   search
	searchID int
	spin     spinner.Model
	spinning bool
	status   string
}

// New returns a Script pane drawn with th (theme.Dark when nil).
func New(th *theme.Theme, opts Options) *Pane {
	p := &Pane{
		keys:    newKeyMap(),
		analyze: opts.Analyze,
		docs:    newLRU[*document](cacheSize),
		reports: newLRU[*model.Report](cacheSize),
		spin:    spinner.New(spinner.WithSpinner(spinner.MiniDot)),
	}
	if th == nil {
		th = theme.Dark()
	}
	p.SetTheme(th)
	return p
}

// Title is the pane's name in the border and tab bar.
func (p *Pane) Title() string { return "Script" }

// KeyMap lists the pane's bindings for help and hints.
func (p *Pane) KeyMap() []key.Binding { return p.keys.all() }

// SetTheme switches styles; the highlighted document keeps its classes.
func (p *Pane) SetTheme(t *theme.Theme) {
	p.th = t
	p.paint = compilePalette(t)
	p.spin.Style = t.Dim
}

// SetFocused shows the cursor line only while the pane has focus.
func (p *Pane) SetFocused(f bool) { p.focused = f }

// Capturing is true while the search prompt takes every key.
func (p *Pane) Capturing() bool { return p.prompt.Active }

// SetSize sets the cells View fills.
func (p *Pane) SetSize(w, h int) {
	p.w, p.h = max(w, 0), max(h, 0)
	p.clamp()
}

// SetRecord shows r's script (nil: none). Cached highlighting and reports
// are used at once; otherwise Load (or the next Update) starts the work.
func (p *Pane) SetRecord(r *finding.Record) {
	if r != nil && r == p.rec {
		return // the same record again (a refresh): keep cursor and scroll
	}
	p.rec = r
	p.gen++
	p.scr, p.has = script{}, false
	if r != nil {
		p.scr, p.has = scriptOf(&r.Finding)
	}
	p.doc, p.rep, p.marks = nil, nil, newMarks(nil)
	p.rows = p.rows[:0]
	p.cursor, p.top, p.hoff = 0, 0, 0
	p.search, p.prompt = search{}, paneinput.Prompt{}
	p.searchID++
	p.status = ""
	p.pendingDoc, p.pendingRep = false, false
	if !p.has {
		return
	}
	p.scr.key = keyOf(p.scr.contents)
	if d, ok := p.docs.get(p.docKey()); ok {
		p.doc = d
	} else {
		p.pendingDoc = true
	}
	if rep, ok := p.reports.get(p.scr.key); ok {
		p.setReport(rep)
	} else {
		p.pendingRep = p.analyze != nil
	}
	p.rebuild()
}

// docKey caches a document by script text and lexer.
func (p *Pane) docKey() string {
	if p.scr.bash {
		return p.scr.key + "/bash"
	}
	return p.scr.key + "/python"
}

// SetReport receives the classifier's report for the script with the given
// sha256 (from the shell, or from the pane's own Analyze command).
func (p *Pane) SetReport(sha string, rep *model.Report) {
	if rep == nil {
		return
	}
	p.reports.put(sha, rep)
	if p.has && sha == p.scr.key {
		p.setReport(rep)
		p.rebuild()
	}
}

func (p *Pane) setReport(rep *model.Report) {
	p.rep = rep
	p.marks = newMarks(rep)
}

// waiting reports whether the spinner should turn.
func (p *Pane) waiting() bool {
	return p.has && (p.doc == nil || p.rep == nil)
}
