package ui

import (
	"charm.land/lipgloss/v2"

	"github.com/pytriage/pytriage/finding/triage"
	"github.com/pytriage/pytriage/ui/theme"
)

// The list's triage columns: a mark, the current verdict (a symbol and
// short text, never colour alone) and, with write-back, its state.

// rowTriage is what a row shows of the triage state; comparable, so it is
// part of the row cache key.
type rowTriage struct {
	verdict   triage.Verdict // "" when never decided
	writeBack string         // triage.WriteBack* state, "" when none
	marked    bool
}

// triageColumns says which triage columns the list shows: the mark
// whenever there is a store or a mark (marks also choose what the report
// key writes), the verdict with a store, write-back in live mode.
type triageColumns struct{ mark, verdict, writeBack bool }

const verdictCellWidth = 4

func (p *listPane) triageColumns() triageColumns {
	on := p.triage != nil
	return triageColumns{mark: on || len(p.marks) > 0, verdict: on, writeBack: on && p.writeBack}
}

// verdictCell is the verdict column's text: a symbol and a short word.
func verdictCell(v triage.Verdict) string {
	switch v {
	case triage.Malicious:
		return "✗MAL"
	case triage.FalsePositive:
		return "≈FP"
	case triage.Benign:
		return "✓BEN"
	case triage.Escalate:
		return "↑ESC"
	case triage.Resolved:
		return "∎RES"
	}
	return ""
}

// verdictStyle colours a verdict cell (the text already says it all).
func verdictStyle(th *theme.Theme, v triage.Verdict) lipgloss.Style {
	switch v {
	case triage.Malicious:
		return th.Error
	case triage.Escalate:
		return th.Warning
	case triage.FalsePositive, triage.Benign:
		return th.OK
	}
	return th.Dim
}

func markGlyph(marked bool) string {
	if marked {
		return "●"
	}
	return " "
}

// writeBackGlyph: queued ⧗, sent ✓, failed (to be retried) !.
func writeBackGlyph(state string) string {
	switch state {
	case triage.WriteBackQueued:
		return "⧗"
	case triage.WriteBackSent:
		return "✓"
	case triage.WriteBackFailed:
		return "!"
	}
	return " "
}

// toggleMark marks or unmarks e.
func (p *listPane) toggleMark(e *entry) {
	if e == nil {
		return
	}
	if p.marks[e] {
		delete(p.marks, e)
		return
	}
	if p.marks == nil {
		p.marks = map[*entry]bool{}
	}
	p.marks[e] = true
}

// marked returns the marked entries in list order.
func (p *listPane) marked() []*entry {
	if len(p.marks) == 0 {
		return nil
	}
	out := make([]*entry, 0, len(p.marks))
	for _, e := range p.sorted {
		if p.marks[e] {
			out = append(out, e)
		}
	}
	return out
}

// refilter rebuilds the view after verdicts changed (the only-untriaged
// filter may hide or show rows): from every entry, keeping the cursor's
// place when its row went away.
func (p *listPane) refilter(score scoreOf) {
	sel, at := p.selected(), p.cursor
	p.viewQuery = ""
	p.rebuild(score)
	if sel != nil && p.selected() != sel {
		p.moveTo(at)
	}
}
