package ui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/triage"
)

// Every store call runs in one of these commands and returns a message;
// Update never touches SQLite.

// pollTickMsg comes every pollEvery: check the store's version (and
// repaint a streaming source's progress line).
type pollTickMsg struct{}

// versionMsg is the store's version at a poll.
type versionMsg struct {
	v   int64
	err error
}

// triageStateMsg is a reload of current verdicts and write-back states.
type triageStateMsg struct {
	gen     int
	version int64
	current map[string]triage.Decision
	wb      map[string]string
	queue   int
	err     error
}

// historyMsg is a record's decision history.
type historyMsg struct {
	gen  int
	rec  *finding.Record
	hist []triage.Decision
	err  error
}

// decidedMsg reports decisions written (verdict keys, notes, undo).
type decidedMsg struct {
	what string // toast text on success
	ds   []triage.Decision
	err  error
}

// drainTickMsg comes every drainEvery in write-back mode.
type drainTickMsg struct{}

// drainedMsg reports a write-back drain.
type drainedMsg struct {
	sent, failed int
	err          error
}

func pollTick() tea.Cmd {
	return tea.Tick(pollEvery, func(time.Time) tea.Msg { return pollTickMsg{} })
}

func drainTick() tea.Cmd {
	return tea.Tick(drainEvery, func(time.Time) tea.Msg { return drainTickMsg{} })
}

// triageInit loads the store's state and starts polling (and, with
// write-back, draining the queue left by an earlier session).
func (a *App) triageInit() tea.Cmd {
	if a.tri.store == nil {
		if a.opts.Progress != nil {
			return pollTick() // repaints the live progress line
		}
		return nil
	}
	cmds := []tea.Cmd{a.reloadTriage(), pollTick()}
	if a.tri.writeBack != nil {
		cmds = append(cmds, a.drain(), drainTick())
	}
	return tea.Batch(cmds...)
}

// reloadTriage reads current verdicts, write-back states and the queue.
func (a *App) reloadTriage() tea.Cmd {
	t := a.tri
	if t.store == nil {
		return nil
	}
	t.reqGen++
	gen, st, ctx, wb := t.reqGen, t.store, a.ctx, t.writeBack != nil
	return func() tea.Msg {
		m := triageStateMsg{gen: gen}
		// Version first: a decision landing during the reads makes the
		// next poll reload again rather than be missed.
		if m.version, m.err = st.Version(ctx); m.err != nil {
			return m
		}
		if m.current, m.err = st.Current(ctx); m.err != nil {
			return m
		}
		if wb {
			if m.wb, m.err = st.WriteBackStates(ctx); m.err != nil {
				return m
			}
			p, err := st.Pending(ctx)
			m.queue, m.err = len(p), err
		}
		return m
	}
}

// pollVersion asks the store for its version.
func (a *App) pollVersion() tea.Cmd {
	st, ctx := a.tri.store, a.ctx
	return func() tea.Msg {
		v, err := st.Version(ctx)
		return versionMsg{v: v, err: err}
	}
}

// loadHistory reads r's decision history.
func (a *App) loadHistory(r *finding.Record) tea.Cmd {
	st, ctx := a.tri.store, a.ctx
	if st == nil || r == nil {
		return nil
	}
	name := r.Finding.Name
	a.tri.histReq++
	gen := a.tri.histReq
	return func() tea.Msg {
		h, err := st.History(ctx, name)
		return historyMsg{gen: gen, rec: r, hist: h, err: err}
	}
}

// record writes ds in one transaction (queued for write-back when it is
// on) and reports with the toast text what.
func (a *App) record(ds []triage.Decision, what string) tea.Cmd {
	st, ctx, queue := a.tri.store, a.ctx, a.tri.writeBack != nil
	return func() tea.Msg {
		var out []triage.Decision
		var err error
		if queue {
			out, err = st.DecideAndQueue(ctx, ds)
		} else {
			out, err = st.Decide(ctx, ds)
		}
		return decidedMsg{what: what, ds: out, err: err}
	}
}

// undo reverses the analyst's last decision.
func (a *App) undo() tea.Cmd {
	st, ctx, analyst, queue := a.tri.store, a.ctx, a.tri.analyst, a.tri.writeBack != nil
	return func() tea.Msg {
		undo := st.Undo
		if queue { // the restored verdict goes back to SCC too
			undo = st.UndoAndQueue
		}
		d, err := undo(ctx, analyst)
		if err != nil {
			return decidedMsg{err: err}
		}
		return decidedMsg{what: "undone: now " + d.Verdict.Label(), ds: []triage.Decision{d}}
	}
}

// drain sends queued write-backs, one drain at a time.
func (a *App) drain() tea.Cmd {
	t := a.tri
	if t.writeBack == nil {
		return nil
	}
	if t.draining {
		t.drainAgain = true
		return nil
	}
	t.draining = true
	fn, ctx := t.writeBack, a.ctx
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		sent, failed, err := fn(ctx)
		return drainedMsg{sent: sent, failed: failed, err: err}
	}
}
