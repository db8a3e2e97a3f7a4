package ui

import (
	"strings"

	"github.com/pytriage/pytriage/finding"
)

// Next steps are SCC knowledge and live in package finding (NextSteps), so
// the Summary pane, the copy menu and reports build the same commands.
// These names keep the shell's callers unchanged.

type nextStep = finding.NextStep

func nextSteps(r *finding.Record) []nextStep { return finding.NextSteps(r) }

// shortStep is a step's label in the copy menu.
func shortStep(title string) string {
	switch {
	case strings.HasPrefix(title, "Read"):
		return "logs command"
	case strings.HasPrefix(title, "Describe"):
		return "describe command"
	case strings.HasPrefix(title, "List"):
		return "findings command"
	}
	return "command"
}
