package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/pytriage/pytriage/finding/triage"
	"github.com/pytriage/pytriage/ui/theme"
)

func historyFixture() []triage.Decision {
	at := time.Date(2026, 11, 27, 9, 30, 0, 0, time.UTC)
	return []triage.Decision{
		{ID: 1, Verdict: triage.Escalate, Analyst: "alice", Time: at, Score: 0.97, HasScore: true,
			Note: "connects to 203.0.113.7:4444\nasked bob to look"},
		{ID: 2, Verdict: triage.Malicious, Analyst: "bob\x1b]0;pwned\x07", Time: at.Add(time.Hour),
			Note: "quoted from the finding: x\u202eevil\u202c y\rfake"},
		{ID: 3, Verdict: triage.Escalate, Analyst: "bob", Time: at.Add(2 * time.Hour), Undoes: 2},
	}
}

// TestSummaryHistoryGolden pins the Decision history section as text.
// Update with: go test ./ui -run TestSummaryHistoryGolden -update
func TestSummaryHistoryGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		hist []triage.Decision
	}{{"decisions", historyFixture()}, {"none", nil}} {
		t.Run(tc.name, func(t *testing.T) {
			lines := renderSummary(summaryInput{rec: gkeRecord(2), th: theme.NoColor(), width: 60, triage: true, history: tc.hist})
			var sec []string
			in := false
			for _, l := range lines {
				s := ansi.Strip(l)
				switch {
				case strings.HasPrefix(s, "▍Decision history"):
					in = true
				case strings.HasPrefix(s, "▍"):
					in = false
				}
				if in {
					sec = append(sec, s)
				}
			}
			got := strings.Join(sec, "\n")
			for _, bad := range []string{"\x1b", "\x07", "\r", "\u202e"} {
				if strings.Contains(strings.Join(lines, "\n"), bad) && bad != "\x1b" {
					t.Errorf("raw %q reached the screen", bad)
				}
				if strings.Contains(got, bad) {
					t.Errorf("raw %q in the stripped section", bad)
				}
			}
			golden.RequireEqual(t, got)
		})
	}
}

func TestSummaryWithoutStoreHasNoHistory(t *testing.T) {
	lines := renderSummary(summaryInput{rec: gkeRecord(2), th: theme.NoColor(), width: 60})
	if strings.Contains(ansi.Strip(strings.Join(lines, "\n")), "Decision history") {
		t.Fatal("history section without a triage store")
	}
}
