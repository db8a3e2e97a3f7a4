package ui

import "github.com/pytriage/pytriage/finding"

// Next steps are SCC knowledge and live in package finding (NextSteps), so
// the Summary pane, the copy menu and reports build the same commands.
// These names keep the shell's callers unchanged.

type nextStep = finding.NextStep

func nextSteps(r *finding.Record) []nextStep { return finding.NextSteps(r) }
