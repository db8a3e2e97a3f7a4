package ui

import (
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/ui/theme"
)

// toastMsg expires the toast with the given id.
type toastExpiredMsg struct{ id int }

const toastFor = 3 * time.Second

// Update routes one message. Keys go to the open overlay, else to the
// focused pane (a pane with an open prompt takes them all), else to the
// global keymap; no I/O happens here, only state changes and commands.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := a.update(msg)
	return a, tea.Batch(cmd, a.afterUpdate())
}

func (a *App) update(msg tea.Msg) tea.Cmd {
	if cmd, ok := a.updateTriage(msg); ok {
		return cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.ready = true
		a.resize(msg.Width, msg.Height)
		return nil
	case tea.BackgroundColorMsg:
		if a.themeAuto {
			a.themeAuto = false
			if msg.IsDark() {
				a.setTheme(theme.Dark())
			} else {
				a.setTheme(theme.Light())
			}
		}
		return nil
	case batchMsg:
		return a.onBatch(msg)
	case reportMsg:
		return a.onReports(msg)
	case spinner.TickMsg:
		if msg.ID != a.spin.ID() {
			break // a pane's own spinner
		}
		if !a.spinning {
			return nil
		}
		if len(a.inflight) == 0 {
			a.spinning = false
			return nil
		}
		var cmd tea.Cmd
		a.spin, cmd = a.spin.Update(msg)
		a.list.spinner = a.spin.View()
		return cmd
	case resortMsg:
		a.resortQueued = false
		if a.list.sort == sortScore {
			a.list.resort(a.scoreOf)
		}
		return nil
	case filterChangedMsg:
		return a.refilter()
	case filteredMsg:
		return a.onFiltered(msg)
	case relatedMsg:
		return a.onRelated(msg)
	case copiedMsg:
		return a.showToast(msg.text())
	case toastExpiredMsg:
		if msg.id == a.toastID {
			a.toast = ""
		}
		return nil
	case tea.KeyPressMsg:
		return a.onKey(msg)
	case tea.PasteMsg:
		if n, ok := a.ov.(*noteOverlay); ok {
			return n.paste(msg)
		}
		if a.list.filtering {
			return a.list.pasteFilter(msg.Content)
		}
		if c, ok := a.panes[a.focus].(InputCapturer); ok && c.Capturing() {
			return a.panes[a.focus].Update(msg)
		}
		return nil
	case tea.MouseClickMsg:
		return a.onClick(msg)
	case tea.MouseWheelMsg:
		return a.onWheel(msg)
	}
	// Anything else (pane messages from their own commands) goes to every
	// pane: each drops what is not its own.
	var cmds []tea.Cmd
	for _, p := range a.panes {
		cmds = append(cmds, p.Update(msg))
	}
	return tea.Batch(cmds...)
}

func (a *App) onKey(msg tea.KeyPressMsg) tea.Cmd {
	k := a.keys
	if key.Matches(msg, k.ForceQuit) {
		return a.quit()
	}
	if a.ov != nil {
		return a.ov.update(a, msg)
	}
	focused := a.panes[a.focus]
	if c, ok := focused.(InputCapturer); ok && c.Capturing() {
		return focused.Update(msg)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return a.quit()
	case key.Matches(msg, k.Help):
		a.ov = newHelpOverlay(a)
		return nil
	case key.Matches(msg, k.NextPane):
		a.cycleFocus(1)
		return nil
	case key.Matches(msg, k.PrevPane):
		a.cycleFocus(-1)
		return nil
	case key.Matches(msg, k.FocusList):
		a.setFocus(paneList)
		return nil
	case key.Matches(msg, k.FocusSum):
		a.setFocus(paneSummary)
		return nil
	case key.Matches(msg, k.FocusJSON):
		a.setFocus(paneJSON)
		return nil
	case key.Matches(msg, k.FocusScr):
		a.setFocus(paneScript)
		return nil
	case a.focus == paneList && key.Matches(msg, a.list.keys.Open):
		a.setFocus(a.lastDetail)
		return nil
	case a.focus == paneList && key.Matches(msg, a.list.keys.listTriageKeys.bindings()...):
		return a.onListTriageKey(msg)
	case key.Matches(msg, focused.KeyMap()...):
		// The focused pane's own bindings win over the global ones below
		// (JSON and Script use / for search, for instance).
		return focused.Update(msg)
	case key.Matches(msg, k.Filter):
		a.setFocus(paneList)
		a.list.startFilter()
		return nil
	case key.Matches(msg, k.Sort):
		a.list.setSort((a.list.sort+1)%numSortModes, a.scoreOf)
		return a.showToast("sorted by " + a.list.sort.String())
	case key.Matches(msg, k.Related):
		return a.openRelated()
	case key.Matches(msg, k.Copy):
		if a.selected != nil {
			a.ov = newCopyMenu(a, a.selected)
		}
		return nil
	case key.Matches(msg, k.Errors):
		a.ov = newErrorsOverlay(a)
		return nil
	case key.Matches(msg, k.Theme):
		a.cycleTheme()
		return a.showToast("theme " + a.th.Name)
	case key.Matches(msg, a.tkeys.bindings()...):
		cmd, _ := a.onTriageKey(msg)
		return cmd
	case msg.String() == "esc" && a.list.query != "":
		a.list.query = ""
		a.list.rebuild(a.scoreOf)
		return nil
	}
	return focused.Update(msg)
}

func (a *App) cycleTheme() {
	switch {
	case a.opts.NoColor:
		return
	case a.th.Name == "dark":
		a.setTheme(theme.Light())
	case a.th.Name == "light":
		a.setTheme(theme.NoColor())
	default:
		a.setTheme(theme.Dark())
	}
}

func (a *App) quit() tea.Cmd {
	if _, ok := a.ov.(*quitConfirm); ok {
		a.tri.quitConfirmed = true // ctrl+c on the question: quit
	}
	if a.tri.queue > 0 && !a.tri.quitConfirmed {
		a.ov = newQuitConfirm(a)
		return nil
	}
	a.ld.stop()
	return tea.Quit
}

func (a *App) showToast(s string) tea.Cmd {
	a.toastID++
	a.toast = s
	id := a.toastID
	return tea.Tick(toastFor, func(time.Time) tea.Msg { return toastExpiredMsg{id: id} })
}

// afterUpdate follows the list's selection to the detail panes and keeps
// the classifier busy.
func (a *App) afterUpdate() tea.Cmd {
	var cmds []tea.Cmd
	var sel *entry
	if sel = a.list.selected(); sel != nil && sel.rec != a.selected {
		cmds = append(cmds, a.selectEntry(sel))
	} else if sel == nil && a.selected != nil {
		a.selected = nil
		for _, p := range a.panes[1:] {
			p.SetRecord(nil)
		}
	}
	cmds = append(cmds, a.scheduleBackground())
	a.summary.setPending(sel != nil && a.inflight[sel.scriptKey], a.spin.View())
	return tea.Batch(cmds...)
}

// selectEntry shows e in the detail panes and asks for its report.
func (a *App) selectEntry(e *entry) tea.Cmd {
	a.selected = e.rec
	var cmds []tea.Cmd
	for _, p := range a.panes[1:] {
		p.SetRecord(e.rec)
		if l, ok := p.(Loader); ok {
			cmds = append(cmds, l.Load())
		}
	}
	if rep := a.reports[e.scriptKey]; rep != nil {
		a.pushReport(e.scriptKey, rep)
	} else {
		cmds = append(cmds, a.requestAnalysis(e))
	}
	if a.tri.store != nil {
		a.summary.setHistory(nil)
		cmds = append(cmds, a.loadHistory(e.rec))
	}
	return tea.Batch(cmds...)
}
