package triage

import (
	"fmt"
	"strings"
	"time"
)

// Verdict is an analyst's decision about a finding.
type Verdict string

// Verdicts. Clear withdraws an earlier verdict; Resolved closes a finding
// the analyst has dealt with (with --write-back it sets the SCC state
// INACTIVE).
const (
	Malicious     Verdict = "malicious"
	FalsePositive Verdict = "false_positive"
	Benign        Verdict = "benign"
	Escalate      Verdict = "escalate"
	Resolved      Verdict = "resolved"
	Clear         Verdict = "clear"
)

var verdicts = []Verdict{Malicious, FalsePositive, Benign, Escalate, Resolved, Clear}

// ParseVerdict accepts a verdict name, case-insensitively, with a few
// spellings analysts type ("fp", "false-positive", "escalation").
func ParseVerdict(s string) (Verdict, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	k = strings.ReplaceAll(k, "-", "_")
	switch k {
	case "fp", "false_positive", "falsepositive":
		return FalsePositive, nil
	case "escalation", "escalated", "needs_escalation":
		return Escalate, nil
	}
	for _, v := range verdicts {
		if string(v) == k {
			return v, nil
		}
	}
	return "", fmt.Errorf("unknown verdict %q (want one of malicious, false_positive, benign, escalate, resolved, clear)", s)
}

// Label is the verdict as shown to people.
func (v Verdict) Label() string {
	switch v {
	case Malicious:
		return "malicious"
	case FalsePositive:
		return "false positive"
	case Benign:
		return "benign"
	case Escalate:
		return "escalate"
	case Resolved:
		return "resolved"
	case Clear, "":
		return "untriaged"
	}
	return string(v)
}

// Triaged reports whether the verdict counts as a decision for progress.
func (v Verdict) Triaged() bool { return v != "" && v != Clear }

// Decision is one append-only row: who decided what about which finding,
// when, and what the classifier said at that moment.
type Decision struct {
	ID           int64
	Finding      string // the finding's full resource name
	Verdict      Verdict
	Note         string
	Analyst      string
	Time         time.Time
	Score        float64 // classifier score at decision time; valid when HasScore
	HasScore     bool
	ModelVersion string
	Source       string // where the finding was read from (file path or "scc-api")
	Undoes       int64  // id of the decision this row undoes, 0 if none
}
