package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/safe"
	"github.com/pytriage/pytriage/ui/theme"
)

// listColumns are the column widths of the list for one pane width.
// Severity, score and integrity are always text (never colour alone).
type listColumns struct {
	sev, time, cat, res, score, integ int
	mark, verdict, wb                 int // triage columns (0: not shown)
}

func listColumnsFor(w int, tc triageColumns) listColumns {
	c := listColumns{sev: 4, time: 11, score: 4, integ: 1}
	if w < 56 {
		c.time = 0
	}
	fixed := 1 + c.sev + c.score + c.integ + 4 // cursor mark and separators
	if c.time > 0 {
		fixed += c.time + 1
	}
	if tc.mark {
		c.mark = 1
		fixed += c.mark
	}
	if tc.verdict {
		c.verdict = verdictCellWidth
		fixed += c.verdict + 1
	}
	if tc.writeBack {
		c.wb = 1
		fixed += c.wb + 1
	}
	flex := max(2, w-fixed)
	c.cat = flex * 45 / 100
	c.res = flex - c.cat
	return c
}

func (c listColumns) header(th *theme.Theme) string {
	lead := " "
	if c.mark > 0 {
		lead += " "
	}
	parts := []string{lead + pad("SEV", c.sev)}
	if c.time > 0 {
		parts = append(parts, pad("TIME (UTC)", c.time))
	}
	parts = append(parts, pad("CATEGORY", c.cat), pad("RESOURCE", c.res), pad("SCOR", c.score), pad("I", c.integ))
	if c.verdict > 0 {
		parts = append(parts, pad("VRDT", c.verdict))
	}
	if c.wb > 0 {
		parts = append(parts, pad("W", c.wb))
	}
	return th.Dim.Bold(true).Render(strings.Join(parts, " "))
}

// row renders one entry with base style st (cursor, selected or plain).
// Finding strings go through safe.Styled; the cut to the column width is
// ANSI-aware.
func (c listColumns) row(p *listPane, e *entry, st lipgloss.Style, current bool) string {
	th := p.th
	sp := st.Render(" ")
	cell := func(s string, w int) string {
		return st.Render(pad(s, w))
	}
	finding := func(s string, w int) string {
		v := safe.Styled(s, false, st, th.Hostile.Inherit(st))
		return fitCell(v, w, st)
	}
	var b strings.Builder
	marker := " "
	if current {
		marker = "▶"
	}
	b.WriteString(st.Render(marker))
	if c.mark > 0 {
		b.WriteString(st.Render(markGlyph(p.marks[e])))
	}
	b.WriteString(th.Severity(e.severity).Inherit(st).Render(pad(sevLabel(e.severity), c.sev)))
	b.WriteString(sp)
	if c.time > 0 {
		t := "—"
		if !e.when.IsZero() {
			t = e.when.UTC().Format("01-02 15:04")
		}
		b.WriteString(cell(t, c.time))
		b.WriteString(sp)
	}
	b.WriteString(finding(e.category, c.cat))
	b.WriteString(sp)
	b.WriteString(finding(e.resource, c.res))
	b.WriteString(sp)
	b.WriteString(p.scoreBadge(e, st, c.score))
	b.WriteString(sp)
	b.WriteString(cell(e.integrity, c.integ))
	if c.verdict > 0 {
		tri := p.triage(e)
		b.WriteString(sp)
		b.WriteString(verdictStyle(th, tri.verdict).Inherit(st).Render(pad(verdictCell(tri.verdict), c.verdict)))
		if c.wb > 0 {
			b.WriteString(sp)
			b.WriteString(cell(writeBackGlyph(tri.writeBack), c.wb))
		}
	}
	return b.String()
}

// scoreBadge is the classifier column: percentage plus a verdict symbol
// (‼ malicious, ! suspicious, ? unanalysable, · benign), a spinner while
// the script is analysed, blank when there is no script.
func (p *listPane) scoreBadge(e *entry, st lipgloss.Style, w int) string {
	if e.scriptKey == "" {
		return st.Render(pad("", w))
	}
	rep, pending := p.report(e)
	if rep == nil {
		s := ""
		if pending {
			s = p.spinner
		}
		return st.Render(padLeft(s, w))
	}
	return p.th.Badge(string(rep.Verdict)).Inherit(st).Render(padLeft(badgeText(rep), w))
}

// badgeText is "97‼" style: score percent and verdict symbol.
func badgeText(r *model.Report) string {
	return fmt.Sprintf("%d%s", int(r.Score*100+0.5), verdictSymbol(r.Verdict))
}

func verdictSymbol(v model.Verdict) string {
	switch v {
	case model.VerdictMalicious:
		return "‼"
	case model.VerdictSuspicious:
		return "!"
	case model.VerdictUnanalysable:
		return "?"
	case model.VerdictBenign:
		return "·"
	}
	return " "
}

// sevLabel is the 4-cell severity text.
func sevLabel(s string) string {
	switch theme.Level(s) {
	case theme.LevelCritical:
		return "CRIT"
	case theme.LevelHigh:
		return "HIGH"
	case theme.LevelMedium:
		return "MED"
	case theme.LevelLow:
		return "LOW"
	case theme.LevelInfo:
		return "INFO"
	}
	return "----"
}

// pad left-aligns trusted plain text in w cells.
func pad(s string, w int) string { return fitLine(s, w) }

// padLeft right-aligns trusted plain text in w cells.
func padLeft(s string, w int) string {
	sw := cellWidth(s)
	if sw >= w {
		return fitLine(s, w)
	}
	return strings.Repeat(" ", w-sw) + s
}

// fitCell cuts a styled cell to w cells with a visible "…" when cut, and
// pads it with the base style.
func fitCell(s string, w int, st lipgloss.Style) string {
	sw := cellWidth(s)
	switch {
	case sw > w:
		return fitLine(s, w-1) + st.Render("…")
	case sw < w:
		return s + st.Render(strings.Repeat(" ", w-sw))
	}
	return s
}
