package ui

import (
	"context"
	"fmt"
	"time"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/triage"
)

// triageState is the workbench's copy of the triage store: current
// verdicts, write-back states and the selected finding's history. It is
// read from the store in tea.Cmds only; Update applies the results.
type triageState struct {
	store     *triage.Store // nil: no triage (keys say so)
	analyst   string
	source    string
	writeBack func(ctx context.Context) (sent, failed int, err error)

	current map[string]triage.Decision // by finding name
	wb      map[string]string          // write-back state by finding name
	queue   int                        // write-backs not yet sent
	version int64                      // store version current reflects

	reqGen, gotGen int // reload generations: a stale reload is dropped

	hist    []triage.Decision // selected finding's history, oldest first
	histFor *finding.Record   // the record hist belongs to
	histReq int               // history loads asked for; an older answer is dropped
	histGot int

	progress    triage.Progress
	progressKey [2]int // (entries, gotGen) progress was computed for

	draining   bool // a write-back drain runs
	drainAgain bool // another drain was asked for meanwhile
	drainErr   string

	quitConfirmed bool
}

// How often the store is polled for another instance's decisions, and
// how often queued write-backs are retried.
const (
	pollEvery  = time.Second
	drainEvery = 30 * time.Second
)

func newTriageState(opts Options) *triageState {
	t := &triageState{store: opts.Store, analyst: opts.Analyst, source: opts.Source, current: map[string]triage.Decision{}}
	if opts.Store != nil {
		t.writeBack = opts.WriteBack
	}
	if t.analyst == "" {
		t.analyst = "unknown"
	}
	return t
}

// rowTriage is the list's view of one entry's triage state.
func (a *App) rowTriage(e *entry) rowTriage {
	n := e.rec.Finding.Name
	return rowTriage{verdict: a.tri.current[n].Verdict, writeBack: a.tri.wb[n], marked: a.list.marks[e]}
}

// verdictOf is the current verdict of e ("" when never decided).
func (a *App) verdictOf(e *entry) triage.Verdict { return a.tri.current[e.rec.Finding.Name].Verdict }

// progressLine is the status bar's "17/42 triaged · 5 malicious", cached
// until entries or verdicts change.
func (a *App) progressLine() string {
	t := a.tri
	k := [2]int{len(a.list.all), t.gotGen}
	if k != t.progressKey {
		names := make([]string, len(a.list.all))
		for i, e := range a.list.all {
			names[i] = e.rec.Finding.Name
		}
		t.progress, t.progressKey = triage.ProgressOf(names, t.current), k
	}
	return t.progress.String()
}

// triageStatus is the status bar's triage part: progress, the only
// untriaged filter, marks and the write-back queue.
func (a *App) triageStatus() []string {
	var parts []string
	if a.tri.store != nil {
		parts = append(parts, a.progressLine())
	}
	if a.list.untriaged {
		parts = append(parts, "untriaged only")
	}
	if n := len(a.list.marks); n > 0 {
		parts = append(parts, fmt.Sprintf("%d marked", n))
	}
	if a.tri.writeBack != nil {
		s := fmt.Sprintf("write-back queue %d", a.tri.queue)
		if a.tri.drainErr != "" {
			s += " (failing)"
		}
		parts = append(parts, s)
	}
	return parts
}
