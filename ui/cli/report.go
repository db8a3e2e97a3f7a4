package cli

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/triage"
	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/report"
	"github.com/pytriage/pytriage/ui/safe"
)

// reportAnalyze is the classifier report runs; tests may swap it.
var reportAnalyze = model.AnalyzeString

// runReport writes a triage report: the findings of the sources (the
// embedded samples when no PATH is given) that carry a decision in the
// triage store, filtered by verdict and decision time, with their facts,
// classifier evidence, verdict history, related findings and next steps.
func runReport(e *env, args []string) int {
	fs := newFlags(e, "report")
	db := fs.String("db", "", "triage database to read (default: $XDG_STATE_HOME/pytriage/triage.db)")
	formatName := fs.String("format", "md", "output format: md, json or csv")
	verdicts := fs.String("verdict", "", "only findings whose current verdict is one of these, comma-separated (malicious, false_positive, benign, escalate, resolved, clear, untriaged, all); default: every decided finding")
	since := fs.String("since", "", "only findings with a decision at or after this time: a duration back from now (36h, 7d) or a date (2026-11-20, UTC, or RFC 3339)")
	out := fs.String("out", "", "write the report to this new file (mode 0600) instead of standard output")
	force := fs.Bool("force", false, "with --out, replace an existing file")
	analyst := fs.String("analyst", os.Getenv("USER"), "who the report is from")
	window := fs.Duration("window", finding.DefaultRelatedWindow, "related findings: same container or resource within ± this of the event time")
	lf := addLoadFlags(fs)
	if code, done := parseFlags(e, fs, args); done {
		return code
	}
	sel, err := parseReportFlags(*formatName, *verdicts, *since, time.Now())
	if err == nil {
		err = lf.check()
	}
	sel.window = *window
	if err == nil && *window <= 0 {
		err = fmt.Errorf("--window %s: want a positive duration such as 30m or 2h", *window)
	}
	if err != nil {
		e.errorf("report: %v", err)
		return exitUsage
	}
	path := *db
	if path == "" {
		if path, err = triage.DefaultPath(); err != nil {
			e.errorf("report: %v", err)
			return exitFail
		}
	}
	// Reading must not create a store: a missing file is a mistake to name.
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		e.errorf("report: no triage store at %s: nothing has been decided there yet (choose the store with --db)", path)
		return exitFail
	}
	store, err := triage.Open(path)
	if err != nil {
		e.errorf("report: %v", err)
		return exitFail
	}
	defer store.Close()

	items, code := reportItems(e, store, sel, fs.Args(), lf.options())
	if code != exitOK {
		return code
	}
	meta := report.Meta{Generated: time.Now().UTC(), Analyst: *analyst, Version: versionString(), Store: path, Filter: sel.describe()}
	write := func(w io.Writer) error { return report.Write(w, sel.format, items, meta) }
	if *out == "" {
		if err := write(e.stdout); err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		return exitOK
	}
	if err := report.WriteFile(*out, *force, write); err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	fmt.Fprintf(e.stdout, "wrote a report of %d findings to %s\n", len(items), safe.Escape(*out))
	return exitOK
}

// reportSelection is what the flags select.
type reportSelection struct {
	format   report.Format
	verdicts map[triage.Verdict]bool // nil: every decided finding
	any      bool                    // "all": decided or not
	none     bool                    // "untriaged": no decision, or cleared
	since    time.Time               // zero: any time
	words    []string
	window   time.Duration // related findings: ± this around the event time
}

func parseReportFlags(format, verdicts, since string, now time.Time) (reportSelection, error) {
	var sel reportSelection
	f, err := report.ParseFormat(format)
	if err != nil {
		return sel, err
	}
	sel.format = f
	if strings.TrimSpace(verdicts) != "" {
		for _, v := range strings.Split(verdicts, ",") {
			switch strings.ToLower(strings.TrimSpace(v)) {
			case "all":
				sel.any = true
			case "untriaged", "none":
				sel.none = true
			default:
				pv, err := triage.ParseVerdict(v)
				if err != nil {
					return sel, fmt.Errorf("--verdict: %w", err)
				}
				if sel.verdicts == nil {
					sel.verdicts = map[triage.Verdict]bool{}
				}
				sel.verdicts[pv] = true
			}
		}
		sel.words = append(sel.words, "verdict "+strings.Join(strings.Fields(strings.ReplaceAll(verdicts, ",", " ")), ", "))
	} else {
		sel.words = append(sel.words, "every decided finding")
	}
	if since != "" {
		t, err := parseSince(since, now)
		if err != nil {
			return sel, fmt.Errorf("--since: %w", err)
		}
		sel.since = t
		sel.words = append(sel.words, "decided since "+t.UTC().Format(time.RFC3339))
	}
	return sel, nil
}

// parseSince reads a duration back from now (Go syntax, plus d for days
// and w for weeks) or a date: 2006-01-02 (UTC midnight) or RFC 3339.
func parseSince(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if n := len(s); n > 1 && (s[n-1] == 'd' || s[n-1] == 'w') {
		if k, err := strconv.Atoi(s[:n-1]); err == nil && k >= 0 && k <= 100000 {
			day := 24 * time.Hour
			if s[n-1] == 'w' {
				day *= 7
			}
			return now.Add(-time.Duration(k) * day), nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q is neither a duration (36h, 7d, 2w) nor a date (2026-11-20 or RFC 3339)", s)
}

// match reports whether a finding with current decision d (ok false when
// none) is selected, decidedSince telling whether it has a decision in the
// --since window.
func (sel reportSelection) match(d triage.Decision, ok, decidedSince bool) bool {
	if !sel.since.IsZero() && !decidedSince {
		return false
	}
	triaged := ok && d.Verdict.Triaged()
	switch {
	case sel.any:
		return true
	case sel.none && !triaged:
		return true
	case sel.verdicts != nil:
		return ok && sel.verdicts[d.Verdict]
	case sel.none:
		return false
	}
	return triaged
}

// relatedWindow is --window, or the default when unset (tests, callers
// that build a selection by hand).
func (sel reportSelection) relatedWindow() time.Duration {
	if sel.window > 0 {
		return sel.window
	}
	return finding.DefaultRelatedWindow
}

func (sel reportSelection) describe() string { return strings.Join(sel.words, "; ") }

// reportItems loads the sources, selects findings by their decisions and
// builds an item for each, most urgent verdict first.
func reportItems(e *env, store *triage.Store, sel reportSelection, paths []string, opts finding.Options) ([]report.Item, int) {
	current, err := store.Current(e.ctx)
	if err != nil {
		e.errorf("report: %v", err)
		return nil, exitFail
	}
	recent := map[string]bool{}
	if !sel.since.IsZero() {
		ds, err := store.Since(e.ctx, sel.since)
		if err != nil {
			e.errorf("report: %v", err)
			return nil, exitFail
		}
		for _, d := range ds {
			recent[d.Finding] = true
		}
	}
	var t tally
	var all []*finding.Record
	seen := map[string]bool{}
	for r, err := range loadAll(e, paths, opts) {
		if err != nil {
			t.report(e, err)
			continue
		}
		t.records++
		if r.Finding.Name != "" && seen[r.Finding.Name] {
			continue // the same finding from a second export
		}
		seen[r.Finding.Name] = true
		all = append(all, r)
	}
	if code := t.exitCode(e); code != exitOK {
		return nil, code
	}
	if missing := decidedNotLoaded(current, seen); missing > 0 {
		e.errorf("report: %d decided findings are not in the loaded sources and are left out (give the exports that hold them)", missing)
	}
	idx := finding.NewIndex(all)
	reports := map[string]*model.Report{}
	var items []report.Item
	for _, r := range all {
		d, ok := current[r.Finding.Name]
		if !sel.match(d, ok, recent[r.Finding.Name]) {
			continue
		}
		var history []triage.Decision
		if ok {
			if history, err = store.History(e.ctx, r.Finding.Name); err != nil {
				e.errorf("report: %v", err)
				return nil, exitFail
			}
		}
		related := idx.Related(r, sel.relatedWindow())
		it := report.ItemFor(r, classify(r, reports), history, related)
		for i := range it.Related {
			if rd, ok := current[it.Related[i].Name]; ok {
				it.Related[i].Verdict = string(rd.Verdict)
			}
		}
		items = append(items, it)
	}
	slices.SortStableFunc(items, func(a, b report.Item) int {
		return cmp.Or(cmp.Compare(verdictRank(a.Verdict), verdictRank(b.Verdict)),
			a.EventTime.Compare(b.EventTime), cmp.Compare(a.Name, b.Name))
	})
	if len(items) == 0 {
		e.errorf("report: no finding matches the selection (%s)", sel.describe())
	}
	return items, exitOK
}

// classify runs the classifier on a finding's Python code, once per
// distinct text; nil when there is none. A classifier panic is reported
// as an unanalysable script, never a crash.
func classify(r *finding.Record, cache map[string]*model.Report) (rep *model.Report) {
	s, ok := finding.ScriptOf(&r.Finding)
	if !ok || s.Language != finding.LangPython || s.Contents == "" {
		return nil
	}
	if rep, ok := cache[s.Contents]; ok {
		return rep
	}
	defer func() {
		if p := recover(); p != nil {
			rep = &model.Report{Verdict: model.VerdictUnanalysable, Notes: []string{fmt.Sprintf("classifier failed: %v", p)}}
		}
		cache[s.Contents] = rep
	}()
	return reportAnalyze(s.Contents)
}

func decidedNotLoaded(current map[string]triage.Decision, loaded map[string]bool) int {
	n := 0
	for name, d := range current {
		if d.Verdict.Triaged() && !loaded[name] {
			n++
		}
	}
	return n
}

// verdictRank orders the report: what needs action first.
func verdictRank(v string) int {
	switch triage.Verdict(v) {
	case triage.Malicious:
		return 0
	case triage.Escalate:
		return 1
	case triage.Resolved:
		return 2
	case triage.FalsePositive:
		return 3
	case triage.Benign:
		return 4
	}
	return 5
}
