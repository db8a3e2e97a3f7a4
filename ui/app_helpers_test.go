package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/theme"
)

// newTestApp builds an app with recs loaded (synchronously: the loading
// goroutine is bypassed), sized w×h.
func newTestApp(t testing.TB, recs []*finding.Record, w, h int, opts ...func(*Options)) *App {
	t.Helper()
	o := Options{Analyze: fakeAnalyze, Clipboard: noClipboard, Now: func() time.Time { return baseTime }}
	for _, f := range opts {
		f(&o)
	}
	a := New(o)
	es := make([]*entry, len(recs))
	for i, r := range recs {
		es[i] = newEntry(r, i)
	}
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	a.Update(batchMsg{entries: es, done: true})
	return a
}

func noClipboard(_ context.Context, _ string) (string, error) { return "", errNoClipboardTool }

// classifyAll delivers reports for every entry, as the background
// classifier would.
func classifyAll(a *App) {
	reps := map[string]*model.Report{}
	for _, e := range a.list.all {
		if e.scriptKey != "" {
			reps[e.scriptKey] = fakeAnalyze(e.script)
		}
	}
	a.Update(reportMsg{reports: reps})
}

// press sends one key by its name ("j", "tab", "ctrl+c", "space", "esc").
func press(a *App, k string) tea.Cmd {
	_, cmd := a.Update(keyMsg(k))
	return cmd
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	}
	if strings.HasPrefix(k, "ctrl+") {
		return tea.KeyPressMsg{Code: rune(k[5]), Mod: tea.ModCtrl}
	}
	r := []rune(k)
	if len(r) != 1 {
		panic(fmt.Sprintf("keyMsg: unknown key %q", k))
	}
	code := r[0]
	if code >= 'A' && code <= 'Z' {
		return tea.KeyPressMsg{Code: code + ('a' - 'A'), ShiftedCode: code, Mod: tea.ModShift, Text: k}
	}
	return tea.KeyPressMsg{Code: code, Text: k}
}

// typeText types s one rune at a time.
func typeText(a *App, s string) {
	for _, r := range s {
		a.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		// The filter rebuild arrives as a message from the returned Cmd;
		// deliver it as the program would.
		a.Update(filterChangedMsg{})
	}
}

// screen is the stripped text of the current view.
func screen(a *App) string { return ansi.Strip(a.View().Content) }

// runCmd executes cmd (and nested batches, concurrently) and returns the
// messages that arrive while they keep coming (a message at least every
// 40ms); ticks and other slow commands are dropped.
func runCmd(cmd tea.Cmd) []tea.Msg { return runCmdIdle(cmd, 40*time.Millisecond) }

// runCmdIdle is runCmd with its idle limit.
func runCmdIdle(cmd tea.Cmd, idle time.Duration) []tea.Msg {
	if cmd == nil {
		return nil
	}
	timer := time.NewTimer(idle)
	defer timer.Stop()
	results := make(chan tea.Msg, 64)
	pending := 0
	var start func(c tea.Cmd)
	start = func(c tea.Cmd) {
		if c == nil {
			return
		}
		pending++
		go func() { results <- c() }()
	}
	start(cmd)
	var out []tea.Msg
	for pending > 0 {
		select {
		case msg := <-results:
			pending--
			timer.Reset(idle)
			switch m := msg.(type) {
			case nil:
			case tea.BatchMsg:
				for _, c := range m {
					start(c)
				}
			default:
				out = append(out, msg)
			}
		case <-timer.C:
			return out
		}
	}
	return out
}

var themes = []*theme.Theme{theme.Dark(), theme.Light(), theme.NoColor()}
