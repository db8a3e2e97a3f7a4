package ui

import (
	"charm.land/bubbles/v2/key"

	"github.com/pytriage/pytriage/finding/triage"
)

// triageKeys are the triage bindings. They are global (they work whatever
// pane has focus) and so must not collide with any pane's own keys: the
// keymap test checks that. The two row keys, mark (space) and clear (x),
// collide with the detail panes (space pages down in Summary, JSON and
// Script; x expands a string in JSON), so they belong to the list pane's
// keymap instead (listTriageKeys), where rows are in view anyway.
type triageKeys struct {
	Malicious     key.Binding
	FalsePositive key.Binding
	Benign        key.Binding
	Escalate      key.Binding
	Resolved      key.Binding
	Undo          key.Binding
	Note          key.Binding
	MarkContainer key.Binding
	ClearMarks    key.Binding
	Untriaged     key.Binding
	Report        key.Binding
}

func newTriageKeys() triageKeys {
	b := func(k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(k), key.WithHelp(k, desc))
	}
	return triageKeys{
		Malicious:     b("m", "verdict: malicious"),
		FalsePositive: b("f", "verdict: false positive"),
		Benign:        b("b", "verdict: benign"),
		Escalate:      b("E", "verdict: needs escalation"),
		Resolved:      b("R", "verdict: resolved"),
		Undo:          b("u", "undo my last decision"),
		Note:          b("a", "annotate (note editor)"),
		MarkContainer: b("V", "mark all on this container"),
		ClearMarks:    b("ctrl+\\", "clear marks"),
		Untriaged:     b("U", "only untriaged on/off"),
		Report:        b("w", "write Markdown report"),
	}
}

// bindings lists the triage bindings in help order.
func (k triageKeys) bindings() []key.Binding {
	return []key.Binding{k.Malicious, k.FalsePositive, k.Benign, k.Escalate, k.Resolved,
		k.Undo, k.Note, k.MarkContainer, k.ClearMarks, k.Untriaged, k.Report}
}

// hints are the triage keys the status bar suggests.
func (k triageKeys) hints() []key.Binding {
	return []key.Binding{k.Malicious, k.FalsePositive, k.Note, k.Undo}
}

// verdicts pairs each verdict binding with its verdict.
func (k triageKeys) verdicts() []struct {
	b key.Binding
	v triage.Verdict
} {
	return []struct {
		b key.Binding
		v triage.Verdict
	}{
		{k.Malicious, triage.Malicious}, {k.FalsePositive, triage.FalsePositive}, {k.Benign, triage.Benign},
		{k.Escalate, triage.Escalate}, {k.Resolved, triage.Resolved},
	}
}

// listTriageKeys are the triage bindings of the list pane: they act on
// rows and their keys are taken by the detail panes.
type listTriageKeys struct {
	Mark  key.Binding
	Clear key.Binding
}

func newListTriageKeys() listTriageKeys {
	return listTriageKeys{
		Mark:  key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "mark / unmark")),
		Clear: key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "clear verdict")),
	}
}

func (k listTriageKeys) bindings() []key.Binding { return []key.Binding{k.Mark, k.Clear} }
