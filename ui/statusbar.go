package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
)

// statusBar renders the bottom line: mode and pane, position, sort,
// loading progress, load errors, then a toast or key hints. It is made
// only of trusted text, so nothing a finding holds can swallow it.
func (a *App) statusBar(w int) string {
	th := a.th
	mode := strings.ToUpper(paneNames[a.focus])
	switch {
	case a.list.filtering:
		mode = "FILTER"
	case a.ov != nil:
		mode = "MENU"
		switch a.ov.(type) {
		case *helpOverlay:
			mode = "HELP"
		case *noteOverlay:
			mode = "NOTE"
		case *quitConfirm:
			mode = "QUIT?"
		}
	}
	left := th.StatusMode.Render(mode)
	var parts []string
	n, total := len(a.list.view), len(a.list.all)
	if n > 0 {
		parts = append(parts, fmt.Sprintf("finding %d/%d", a.list.cursor+1, n))
	} else {
		parts = append(parts, fmt.Sprintf("0/%d", n))
	}
	if a.list.query != "" {
		parts = append(parts, fmt.Sprintf("filtered from %d", total))
	}
	parts = append(parts, "sort: "+a.list.sort.String())
	parts = append(parts, a.triageStatus()...)
	switch {
	case a.opts.Progress != nil:
		parts = append(parts, a.opts.Progress())
	case a.loading:
		parts = append(parts, fmt.Sprintf("loading… %d", a.loaded))
	}
	if len(a.loadErrs) > 0 {
		parts = append(parts, fmt.Sprintf("⚠ %d load errors (!)", len(a.loadErrs)))
	}
	if a.focus == paneSummary {
		parts = append(parts, fmt.Sprintf("%d%%", a.summary.scrollPercent()))
	}
	mid := th.StatusBar.Render(" " + strings.Join(parts, " · ") + " ")

	var right string
	if a.toast != "" {
		right = th.Toast.Render(" " + a.toast + " ")
	} else {
		right = a.hintLine(w - cellWidth(left) - cellWidth(mid) - 1)
	}
	used := cellWidth(left) + cellWidth(mid)
	gap := w - used - cellWidth(right)
	if gap < 1 {
		right = ansi.Truncate(right, max(0, w-used-1), "…")
		gap = w - used - cellWidth(right)
	}
	return fitLine(left+mid+th.StatusBar.Render(strings.Repeat(" ", max(0, gap)))+right, w)
}

// hintLine is the short help: the focused pane's first bindings, then the
// global ones, as many as fit in w cells.
func (a *App) hintLine(w int) string {
	th := a.th
	var bs []key.Binding
	pk := a.panes[a.focus].KeyMap()
	bs = append(bs, pk[:min(2, len(pk))]...)
	if a.tri.store != nil {
		bs = append(bs, a.tkeys.hints()...)
	}
	bs = append(bs, a.keys.hints()...)
	var b strings.Builder
	used := 0
	for _, k := range bs {
		h := k.Help()
		if h.Key == "" {
			continue
		}
		item := th.StatusBar.Render(" ") + th.Key.Inherit(th.StatusBar).Render(h.Key) + th.StatusBar.Render(" ") + th.KeyDesc.Inherit(th.StatusBar).Render(h.Desc)
		iw := cellWidth(item)
		if used+iw+1 > w {
			break
		}
		b.WriteString(item)
		used += iw
	}
	if used > 0 {
		b.WriteString(th.StatusBar.Render(" "))
	}
	return b.String()
}
