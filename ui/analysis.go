package ui

import (
	"fmt"
	"runtime"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/model"
)

// The classifier runs in tea.Cmds, off the UI loop, once per distinct
// script: reports are cached by the sha256 of the script text. The selected
// finding's script goes first; a few background commands then work through
// the rest of the list so the score column and the score sort fill in.

// reportMsg carries finished reports keyed by script sha256.
type reportMsg struct {
	reports    map[string]*model.Report
	background bool
}

const bgBatch = 8 // scripts per background command

// bgWorkers is how many background classifier commands run at once: leave
// a core for the UI.
var bgWorkers = max(1, runtime.GOMAXPROCS(0)-1)

// reportFor gives the list an entry's report and whether it is being
// computed.
func (a *App) reportFor(e *entry) (*model.Report, bool) {
	if e.scriptKey == "" {
		return nil, false
	}
	return a.reports[e.scriptKey], a.inflight[e.scriptKey]
}

// scoreOf is the sort key of the score sort.
func (a *App) scoreOf(e *entry) float64 {
	if e.scriptKey == "" {
		return -2
	}
	return reportScore(a.reports[e.scriptKey])
}

// requestAnalysis classifies e's script now, unless it is known or running.
func (a *App) requestAnalysis(e *entry) tea.Cmd {
	if e.scriptKey == "" || a.analyze == nil || a.reports[e.scriptKey] != nil || a.inflight[e.scriptKey] {
		return nil
	}
	a.inflight[e.scriptKey] = true
	job := map[string]string{e.scriptKey: e.script}
	return tea.Batch(analyzeCmd(a.analyze, job, false), a.startSpinner())
}

// scheduleBackground starts background commands up to bgWorkers.
func (a *App) scheduleBackground() tea.Cmd {
	if a.analyze == nil {
		return nil
	}
	var cmds []tea.Cmd
	for a.bgRunning < bgWorkers && a.bgNext < len(a.list.all) {
		job := map[string]string{}
		for a.bgNext < len(a.list.all) && len(job) < bgBatch {
			e := a.list.all[a.bgNext]
			a.bgNext++
			if e.scriptKey == "" || a.reports[e.scriptKey] != nil || a.inflight[e.scriptKey] {
				continue
			}
			a.inflight[e.scriptKey] = true
			job[e.scriptKey] = e.script
		}
		if len(job) == 0 {
			break
		}
		a.bgRunning++
		cmds = append(cmds, analyzeCmd(a.analyze, job, true))
	}
	if len(cmds) > 0 {
		cmds = append(cmds, a.startSpinner())
	}
	return tea.Batch(cmds...)
}

// analyzeCmd runs the classifier over job. A panic in the classifier is
// caught and reported as an unanalysable script, never a crash.
func analyzeCmd(analyze func(string) *model.Report, job map[string]string, background bool) tea.Cmd {
	return func() tea.Msg {
		out := make(map[string]*model.Report, len(job))
		for k, src := range job {
			out[k] = safeAnalyze(analyze, src)
		}
		return reportMsg{reports: out, background: background}
	}
}

func safeAnalyze(analyze func(string) *model.Report, src string) (rep *model.Report) {
	defer func() {
		if r := recover(); r != nil {
			rep = &model.Report{Verdict: model.VerdictUnanalysable, Notes: []string{fmt.Sprintf("classifier failed: %v", r)}}
		}
	}()
	rep = analyze(src)
	if rep == nil {
		rep = &model.Report{Verdict: model.VerdictUnanalysable, Notes: []string{"classifier returned no report"}}
	}
	return rep
}

func (a *App) onReports(msg reportMsg) tea.Cmd {
	if msg.background {
		a.bgRunning--
	}
	for k, r := range msg.reports {
		a.reports[k] = r
		delete(a.inflight, k)
	}
	if sel := a.list.selected(); sel != nil {
		if r, ok := msg.reports[sel.scriptKey]; ok {
			a.pushReport(sel.scriptKey, r)
		}
	}
	if a.list.sort == sortScore && !a.resortQueued {
		// Reports arrive in many small batches: re-sort at most every
		// resortEvery, not per batch, so the list does not jump and the
		// UI loop does not sort 100k rows over and over.
		a.resortQueued = true
		return tea.Tick(resortEvery, func(time.Time) tea.Msg { return resortMsg{} })
	}
	return nil
}

// resortMsg re-sorts the score-sorted list after new reports.
type resortMsg struct{}

const resortEvery = 300 * time.Millisecond

// pushReport gives the report to every pane that takes one.
func (a *App) pushReport(key string, rep *model.Report) {
	for _, p := range a.panes {
		if rr, ok := p.(ReportReceiver); ok {
			rr.SetReport(key, rep)
		}
	}
}

func (a *App) startSpinner() tea.Cmd {
	if a.spinning {
		return nil
	}
	a.spinning = true
	a.list.spinner = a.spin.View()
	return a.spin.Tick
}

// onBatch adds loaded entries and asks for the next batch.
func (a *App) onBatch(b batchMsg) tea.Cmd {
	if len(b.entries) > 0 {
		a.loaded += len(b.entries)
		a.list.add(b.entries, a.scoreOf)
	}
	a.loadErrs = append(a.loadErrs, b.errs...)
	if b.done {
		a.loading = false
		return nil
	}
	return a.ld.next()
}
