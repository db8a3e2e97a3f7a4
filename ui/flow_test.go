package ui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// teatest flows: the real program loop, colour profile pinned, asserting
// on stripped text and on the final model.

func startFlow(t *testing.T, w, h int) *teatest.TestModel {
	t.Helper()
	a := New(Options{Records: seqOf(records(9)), Analyze: fakeAnalyze, Clipboard: noClipboard})
	return teatest.NewTestModel(t, a, teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.TrueColor)))
}

func waitText(t *testing.T, tm *teatest.TestModel, s string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains([]byte(ansi.Strip(string(b))), []byte(s))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
}

func TestFlowFilterAndFocus(t *testing.T) {
	tm := startFlow(t, 160, 45)
	waitText(t, tm, "Findings 9")
	tm.Send(keyMsg("/"))
	tm.Type("svc-1")
	tm.Send(keyMsg("enter"))
	tm.Send(keyMsg("2"))
	waitText(t, tm, "SUMMARY")
	tm.Send(keyMsg("q"))
	a := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
	if a.list.query != "svc-1" || a.focus != paneSummary {
		t.Fatalf("query %q focus %v", a.list.query, a.focus)
	}
	for _, e := range a.list.view {
		if !fuzzyMatch(e.hay, "svc-1") {
			t.Fatalf("filtered list holds %q", e.resource)
		}
	}
	if len(a.list.view) == 0 || len(a.list.view) == 9 {
		t.Fatalf("filter kept %d of 9", len(a.list.view))
	}
}

func TestFlowHelpThenQuit(t *testing.T) {
	tm := startFlow(t, 120, 40)
	waitText(t, tm, "Findings 9")
	tm.Send(keyMsg("?"))
	waitText(t, tm, "filter findings")
	tm.Send(keyMsg("q")) // closes help
	tm.Send(keyMsg("j"))
	tm.Send(keyMsg("q")) // quits
	a := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
	if a.ov != nil || a.list.cursor != 1 {
		t.Fatalf("overlay %v cursor %d", a.ov, a.list.cursor)
	}
}

func TestFlowResize(t *testing.T) {
	tm := startFlow(t, 200, 60)
	waitText(t, tm, "Findings 9")
	tm.Send(tea.WindowSizeMsg{Width: 50, Height: 12})
	waitText(t, tm, "Terminal too small")
	tm.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	waitText(t, tm, "4 Script")
	tm.Send(keyMsg("ctrl+c"))
	a := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
	if a.lay.mode != layoutSingle {
		t.Fatalf("layout %v after resize to 80x24", a.lay.mode)
	}
}
