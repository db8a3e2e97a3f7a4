package ui

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/ui/safe"
)

// The related-findings timeline (`r`): the other findings on the same
// container or resource within the window, in event-time order, with the
// selected one marked; enter jumps to one.

// relatedMsg carries the timeline computed in a Cmd.
type relatedMsg struct {
	target *finding.Record
	recs   []*finding.Record
}

func (a *App) openRelated() tea.Cmd {
	if a.selected == nil {
		return nil
	}
	target := a.selected
	all := make([]*finding.Record, len(a.list.all))
	for i, e := range a.list.all {
		all[i] = e.rec
	}
	window := a.relatedWindow()
	return func() tea.Msg {
		return relatedMsg{target: target, recs: finding.Related(all, target, window)}
	}
}

func (a *App) onRelated(msg relatedMsg) tea.Cmd {
	if msg.target != a.selected {
		return nil // selection moved on: stale
	}
	a.ov = newRelatedOverlay(a, msg.target, msg.recs)
	return nil
}

type relatedOverlay struct {
	m    menu
	recs []*finding.Record // timeline order, target included
}

func newRelatedOverlay(a *App, target *finding.Record, rel []*finding.Record) *relatedOverlay {
	o := &relatedOverlay{m: menu{choose: true}}
	// Merge the target into the time-ordered timeline.
	placed := false
	for _, r := range rel {
		if !placed && r.Finding.EventTime.After(target.Finding.EventTime) {
			o.recs = append(o.recs, target)
			placed = true
		}
		o.recs = append(o.recs, r)
	}
	if !placed {
		o.recs = append(o.recs, target)
	}
	th := a.th
	o.m.title = fmt.Sprintf("Related findings: %d on the same container or resource within ±%s", len(rel), fmtWindow(a.relatedWindow()))
	for i, r := range o.recs {
		f := &r.Finding
		mark := "  "
		if r == target {
			mark = "● "
			o.m.cursor = i
		}
		d := f.EventTime.Sub(target.Finding.EventTime).Round(1e9)
		line := th.Text.Render(mark) +
			th.Text.Render(fmtTime(f.EventTime)) + " " + th.Dim.Render(pad(fmt.Sprintf("%+v", d), 9)) + " " +
			th.Severity(f.Severity).Render(pad(sevLabel(f.Severity), 4)) + " " +
			safe.Styled(safe.Truncate(shortCategory(f.Category), 60), false, th.Text, th.Hostile) + "  " +
			safe.Styled(safe.Truncate(shortResource(r), 60), false, th.Dim, th.Hostile)
		o.m.items = append(o.m.items, line)
	}
	o.m.footer = "enter jump · j/k move · esc close   (● selected finding)"
	return o
}

func (o *relatedOverlay) render(a *App) []string { return o.m.box(a) }

func (o *relatedOverlay) update(a *App, msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, a.okeys.Close):
		a.ov = nil
	case key.Matches(msg, a.okeys.Choose):
		if o.m.cursor < len(o.recs) {
			a.list.selectRecord(o.recs[o.m.cursor], a.scoreOf)
		}
		a.ov = nil
	default:
		o.m.move(a.okeys, msg)
	}
	return nil
}

// fmtWindow prints a window as "1h", "30m" or Go's duration form.
func fmtWindow(d time.Duration) string {
	switch {
	case d > 0 && d%time.Hour == 0:
		return fmt.Sprintf("%dh", d/time.Hour)
	case d > 0 && d%time.Minute == 0:
		return fmt.Sprintf("%dm", d/time.Minute)
	}
	return d.String()
}
