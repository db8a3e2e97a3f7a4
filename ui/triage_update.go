package ui

import (
	"errors"
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/triage"
	"github.com/pytriage/pytriage/ui/safe"
)

// updateTriage handles the triage messages; ok is false for any other.
func (a *App) updateTriage(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	t := a.tri
	switch msg := msg.(type) {
	case pollTickMsg:
		if t.store == nil {
			if a.loading {
				return pollTick(), true // keep the progress line moving
			}
			return nil, true
		}
		return tea.Batch(a.pollVersion(), pollTick()), true
	case versionMsg:
		if msg.err != nil || msg.v == t.version {
			return nil, true // a failed poll is retried at the next tick
		}
		return tea.Batch(a.reloadTriage(), a.loadHistory(a.selected)), true
	case triageStateMsg:
		return a.onTriageState(msg), true
	case historyMsg:
		if msg.rec != a.selected || msg.gen < t.histGot {
			return nil, true // selection moved on, or a newer load answered: stale
		}
		t.histGot = msg.gen
		if msg.err != nil {
			return a.showToast("history: " + safe.Escape(msg.err.Error())), true
		}
		t.hist, t.histFor = msg.hist, msg.rec
		a.summary.setHistory(msg.hist)
		return nil, true
	case decidedMsg:
		return a.onDecided(msg), true
	case drainTickMsg:
		return tea.Batch(a.drain(), drainTick()), true
	case drainedMsg:
		t.draining = false
		t.drainErr = ""
		if msg.err != nil {
			t.drainErr = msg.err.Error()
		}
		cmds := []tea.Cmd{a.reloadTriage()}
		if t.drainAgain {
			t.drainAgain = false
			cmds = append(cmds, a.drain())
		}
		if msg.failed > 0 {
			cmds = append(cmds, a.showToast(fmt.Sprintf("write-back: %d sent, %d failed (will retry)", msg.sent, msg.failed)))
		}
		return tea.Batch(cmds...), true
	case reportWrittenMsg:
		if msg.err != nil {
			return a.showToast(safe.Escape(msg.err.Error())), true
		}
		return a.showToast(fmt.Sprintf("report of %d %s: %s", msg.n, plural(msg.n, "finding", "findings"), safe.Escape(msg.path))), true
	}
	return nil, false
}

func (a *App) onTriageState(msg triageStateMsg) tea.Cmd {
	t := a.tri
	if msg.gen < t.gotGen {
		return nil
	}
	if msg.err != nil {
		return a.showToast("triage store: " + safe.Escape(msg.err.Error()))
	}
	t.gotGen, t.version, t.current, t.queue = msg.gen, msg.version, msg.current, msg.queue
	if msg.wb != nil {
		t.wb = msg.wb
	}
	if a.list.untriaged {
		a.list.refilter(a.scoreOf)
	}
	return nil
}

func (a *App) onDecided(msg decidedMsg) tea.Cmd {
	if errors.Is(msg.err, triage.ErrNothingToUndo) {
		return a.showToast("nothing to undo")
	}
	if msg.err != nil {
		return a.showToast(safe.Escape(msg.err.Error()))
	}
	// Show the decision at once; the reload confirms it from the store.
	for _, d := range msg.ds {
		a.tri.current[d.Finding] = d
	}
	// Reloads already under way may predate this decision: drop them (and
	// recount progress); the reload below brings the store's view.
	a.tri.reqGen++
	a.tri.gotGen = a.tri.reqGen
	if a.list.untriaged {
		a.list.refilter(a.scoreOf)
	}
	return tea.Batch(a.showToast(msg.what), a.reloadTriage(), a.loadHistory(a.selected), a.drain())
}

// onTriageKey runs a global triage binding; ok is false when msg is none.
func (a *App) onTriageKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := a.tkeys
	if !key.Matches(msg, k.bindings()...) {
		return nil, false
	}
	switch {
	case key.Matches(msg, k.MarkContainer):
		return a.markContainer(), true
	case key.Matches(msg, k.ClearMarks):
		n := len(a.list.marks)
		a.list.marks = nil
		return a.showToast(fmt.Sprintf("cleared %d marks", n)), true
	case key.Matches(msg, k.Report):
		return a.writeReport(), true
	}
	if a.tri.store == nil {
		return a.showToast("no triage store (started with --no-db?)"), true
	}
	switch {
	case key.Matches(msg, k.Undo):
		return a.undo(), true
	case key.Matches(msg, k.Note):
		return a.openNote(), true
	case key.Matches(msg, k.Untriaged):
		a.list.untriaged = !a.list.untriaged
		a.list.refilter(a.scoreOf)
		if a.list.untriaged {
			return a.showToast("showing only untriaged findings (U shows all)"), true
		}
		return a.showToast("showing every finding"), true
	}
	for _, kv := range k.verdicts() {
		if key.Matches(msg, kv.b) {
			return a.decide(kv.v), true
		}
	}
	return nil, true
}

// onListTriageKey runs the list's row bindings (mark, clear verdict).
func (a *App) onListTriageKey(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, a.list.keys.Mark) {
		a.list.toggleMark(a.list.selected())
		a.list.move(1)
		return nil
	}
	if a.tri.store == nil {
		return a.showToast("no triage store (started with --no-db?)")
	}
	return a.decide(triage.Clear)
}

// targets are the marked entries, else the selected one.
func (a *App) targets() []*entry {
	if m := a.list.marked(); len(m) > 0 {
		return m
	}
	if e := a.list.selected(); e != nil {
		return []*entry{e}
	}
	return nil
}

// decide records verdict v on the targets, in one transaction.
func (a *App) decide(v triage.Verdict) tea.Cmd {
	es := a.targets()
	ds := make([]triage.Decision, 0, len(es))
	for _, e := range es {
		if e.rec.Finding.Name == "" {
			continue
		}
		ds = append(ds, a.decisionFor(e, v, ""))
	}
	if len(ds) == 0 {
		return a.showToast("no finding with a name selected: nothing to decide")
	}
	what := fmt.Sprintf("%s: %d findings", v.Label(), len(ds))
	if len(ds) == 1 {
		what = v.Label()
		if v == triage.Clear {
			what = "verdict cleared"
		}
	}
	return a.record(ds, what)
}

// decisionFor builds a decision on e with the classifier's score at this
// moment.
func (a *App) decisionFor(e *entry, v triage.Verdict, note string) triage.Decision {
	d := triage.Decision{Finding: e.rec.Finding.Name, Verdict: v, Note: note, Analyst: a.tri.analyst, Source: a.tri.source}
	if d.Source == "" {
		d.Source = e.rec.Origin.File
	}
	if rep := a.reports[e.scriptKey]; rep != nil {
		d.Score, d.HasScore, d.ModelVersion = rep.Score, true, rep.ModelVersion
	}
	return d
}

// markContainer marks every finding on the selected one's container.
func (a *App) markContainer() tea.Cmd {
	sel := a.list.selected()
	if sel == nil {
		return nil
	}
	id := finding.ContainerIdentity(sel.rec)
	if id == "" {
		return a.showToast("the finding names no container or resource")
	}
	n := 0
	for _, e := range a.list.all {
		if finding.ContainerIdentity(e.rec) == id {
			if a.list.marks == nil {
				a.list.marks = map[*entry]bool{}
			}
			a.list.marks[e] = true
			n++
		}
	}
	return a.showToast(fmt.Sprintf("marked %d findings on this container", n))
}
