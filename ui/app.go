package ui

import (
	"context"
	"strings"
	"time"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/theme"
)

// App is the workbench's root model: mode, focus, layout and pointers to
// the panes. Business logic lives in finding and model; the panes render.
type App struct {
	opts Options
	ctx  context.Context
	now  func() time.Time

	th        *theme.Theme
	themeAuto bool // waiting for the terminal's background colour
	keys      globalKeys
	okeys     overlayKeys

	w, h  int
	ready bool
	lay   layout

	focus      paneID
	lastTab    paneID // last focused of Summary/JSON (wide layout's middle column)
	lastDetail paneID // last focused of Summary/JSON/Script

	list    *listPane
	summary *summaryPane
	panes   [numPanes]Pane

	selected *finding.Record // the record the detail panes show

	ld       *loader
	loading  bool
	loaded   int
	loadErrs []error

	analyze   func(string) *model.Report
	reports   map[string]*model.Report // by script sha256
	inflight  map[string]bool
	bgNext    int // next index of list.all the background classifier looks at
	bgRunning int
	spin      spinner.Model
	spinning  bool

	resortQueued bool // a resortMsg tick is on its way

	tri   *triageState // verdicts, notes, polling, write-back (triage_state.go)
	tkeys triageKeys

	ov      overlay // the open overlay, nil when none
	toast   string
	toastID int
}

// New builds the workbench. Loading starts when the program runs Init.
func New(opts Options) *App {
	a := &App{
		opts:     opts,
		ctx:      context.Background(),
		now:      opts.Now,
		keys:     newGlobalKeys(),
		okeys:    newOverlayKeys(),
		reports:  map[string]*model.Report{},
		inflight: map[string]bool{},
		analyze:  opts.Analyze,
		spin:     spinner.New(spinner.WithSpinner(spinner.MiniDot)),
	}
	if a.now == nil {
		a.now = time.Now
	}
	if a.analyze == nil {
		a.analyze = defaultAnalyze
	}
	a.th = pickTheme(opts)
	a.themeAuto = strings.EqualFold(opts.Theme, "auto") && !opts.NoColor
	a.list = newListPane(a.th, a.reportFor)
	a.summary = newSummaryPane(a.th)
	a.panes = [numPanes]Pane{a.list, a.summary, newJSONPane(a.th), newScriptPane(a.th)}
	a.focus, a.lastTab, a.lastDetail = paneList, paneSummary, paneSummary
	a.applyFocus()
	a.loading = opts.Records != nil
	a.tkeys = newTriageKeys()
	a.tri = newTriageState(opts)
	if a.tri.store != nil {
		a.list.triage = a.rowTriage
		a.summary.triageOn = true
		a.list.writeBack = a.tri.writeBack != nil
	}
	return a
}

// pickTheme resolves the theme option; auto starts dark.
func pickTheme(opts Options) *theme.Theme {
	if opts.NoColor {
		return theme.NoColor()
	}
	th, err := theme.ByName(opts.Theme)
	if err != nil {
		return theme.Dark()
	}
	return th
}

// withContext sets the context that ends loading (Run passes its own).
func (a *App) withContext(ctx context.Context) *App {
	a.ctx = ctx
	return a
}

// Init starts loading and, for the auto theme, asks the terminal for its
// background colour (the reply may never come: dark until it does).
func (a *App) Init() tea.Cmd {
	var cmds []tea.Cmd
	if a.opts.Records != nil {
		a.ld = startLoad(a.ctx, a.opts.Records)
		cmds = append(cmds, a.ld.next())
	}
	if a.themeAuto {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	cmds = append(cmds, a.triageInit())
	return tea.Batch(cmds...)
}

// setTheme hands a new theme to every pane.
func (a *App) setTheme(th *theme.Theme) {
	a.th = th
	for _, p := range a.panes {
		if t, ok := p.(Themed); ok {
			t.SetTheme(th)
		}
	}
}

// View renders the whole screen: columns, status bar, overlay.
func (a *App) View() tea.View {
	var v tea.View
	v.AltScreen = true
	if !a.opts.NoMouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	if !a.ready {
		v.SetContent("pytriage: starting…")
		return v
	}
	v.SetContent(strings.Join(a.render(), "\n"))
	return v
}

// render returns the screen as exactly h lines of w cells.
func (a *App) render() []string {
	if a.lay.mode == layoutTooSmall {
		return a.renderTooSmall()
	}
	lines := make([]string, a.h)
	for i := range a.lay.columns {
		c := a.lay.columns[i]
		box := a.renderColumn(i)
		for y, l := range box {
			if c.r.Y+y < len(lines) {
				lines[c.r.Y+y] += l
			}
		}
	}
	lines[a.lay.status.Y] = a.statusBar(a.lay.status.W)
	if a.ov != nil {
		if box := a.ov.render(a); len(box) > 0 {
			x, y := centerBox(a.w, a.h-1, boxWidth(box), len(box))
			lines = overlayLines(lines, box, x, y)
		}
	}
	return lines
}

func (a *App) renderTooSmall() []string {
	msg := []string{
		a.th.Error.Render("Terminal too small"),
		a.th.Dim.Render("pytriage needs at least 60×15;"),
		a.th.Dim.Render("resize, or press q to quit."),
	}
	out := make([]string, a.h)
	top := max(0, (a.h-len(msg))/2)
	for i := range out {
		if j := i - top; j >= 0 && j < len(msg) {
			out[i] = fitLine(strings.Repeat(" ", max(0, (a.w-cellWidth(msg[j]))/2))+msg[j], a.w)
		} else {
			out[i] = strings.Repeat(" ", a.w)
		}
	}
	return out
}
