package ui

import (
	"strconv"
	"strings"

	"github.com/pytriage/pytriage/finding/triage"
	"github.com/pytriage/pytriage/ui/safe"
)

// summaryHistoryMax caps the decisions the Summary pane lists (newest
// kept); the report has them all.
const summaryHistoryMax = 50

// setHistory shows a finding's decision history (nil while it loads).
func (p *summaryPane) setHistory(h []triage.Decision) {
	p.history, p.dirty = h, true
}

// decisionHistory renders the Decision history section: time, analyst,
// verdict and note per decision, oldest first. Analyst and note are user
// text that may quote a finding, so both go through safe.
func (s *summaryWriter) decisionHistory(hist []triage.Decision) {
	th := s.th
	if len(hist) == 0 {
		s.raw(th.Dim.Render("No decision yet: m malicious · f false positive · b benign · E escalate · a note."))
		return
	}
	if n := len(hist) - summaryHistoryMax; n > 0 {
		s.raw(th.Dim.Render("…" + strconv.Itoa(n) + " earlier decisions (in the report)"))
		hist = hist[n:]
	}
	for _, d := range hist {
		head := th.Dim.Render(d.Time.UTC().Format("2006-01-02 15:04")+"  ") +
			s.text(orDash(d.Analyst)) + th.Dim.Render("  ") +
			verdictStyle(th, d.Verdict).Render(strings.TrimSpace(verdictCell(d.Verdict)+" "+d.Verdict.Label()))
		if d.Undoes != 0 {
			head += th.Dim.Render("  (undo)")
		}
		if d.HasScore {
			head += th.Dim.Render("  score " + strconv.Itoa(int(d.Score*100+0.5)) + "%")
		}
		s.raw(head)
		if d.Note != "" {
			for _, l := range strings.Split(safe.Truncate(d.Note, summaryFieldRunes), "\n") {
				s.indented("  │ ", safe.Styled(l, false, th.Text, th.Hostile))
			}
		}
	}
}
