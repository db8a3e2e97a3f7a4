package ui

import (
	"time"

	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/triage"
	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/report"
)

// The report key (`w`) writes a Markdown incident report on the marked
// findings (else the selected one) to a new file in the current directory,
// in a tea.Cmd: history comes from the store, related findings are
// computed there too.

// reportWrittenMsg reports the file written.
type reportWrittenMsg struct {
	path string
	n    int
	err  error
}

// reportDir is where the workbench writes reports ("" is the current
// directory); tests point it at a temporary one.
var reportDir = ""

func (a *App) writeReport() tea.Cmd {
	es := a.targets()
	if len(es) == 0 {
		return a.showToast("no finding to report on")
	}
	targets := make([]*finding.Record, len(es))
	reps := make([]*model.Report, len(es))
	for i, e := range es {
		targets[i], reps[i] = e.rec, a.reports[e.scriptKey]
	}
	all := make([]*finding.Record, len(a.list.all))
	for i, e := range a.list.all {
		all[i] = e.rec
	}
	st, ctx := a.tri.store, a.ctx
	meta := report.Meta{Generated: a.now().UTC(), Analyst: a.tri.analyst, Filter: "chosen in the workbench"}
	if st != nil {
		meta.Store = st.Path()
	}
	dir, window := reportDir, a.relatedWindow()
	return func() tea.Msg {
		path, err := writeReportFile(ctx, dir, st, targets, reps, all, window, meta)
		return reportWrittenMsg{path: path, n: len(targets), err: err}
	}
}

// writeReportFile gathers the items and writes them to a new file named
// after meta.Generated (a suffix is added if that name is taken).
func writeReportFile(ctx context.Context, dir string, st *triage.Store, targets []*finding.Record, reps []*model.Report,
	all []*finding.Record, window time.Duration, meta report.Meta) (string, error) {
	idx := finding.NewIndex(all)
	items := make([]report.Item, 0, len(targets))
	for i, r := range targets {
		var hist []triage.Decision
		if st != nil && r.Finding.Name != "" {
			h, err := st.History(ctx, r.Finding.Name)
			if err != nil {
				return "", err
			}
			hist = h
		}
		items = append(items, report.ItemFor(r, reps[i], hist, idx.Related(r, window)))
	}
	write := func(w io.Writer) error { return report.Markdown(w, items, meta) }
	base := report.FileName(meta.Generated, report.FormatMarkdown)
	for n := 1; ; n++ {
		name := base
		if n > 1 {
			name = strings.TrimSuffix(base, ".md") + fmt.Sprintf("-%d.md", n)
		}
		path := filepath.Join(dir, name)
		err := report.WriteFile(path, false, write)
		if err == nil || n >= 20 {
			return path, err
		}
		if _, serr := os.Lstat(path); serr != nil {
			return path, err // not a name clash
		}
	}
}
