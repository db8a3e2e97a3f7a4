package ui

// facts.go adapts the derived facts of package finding to what the shell
// shows. The facts themselves (script, integrity, links, names, related)
// are finding's business; only presentation choices live here.

import (
	"time"

	"github.com/pytriage/pytriage/finding"
)

type scriptFacts = finding.Script

func scriptOf(f *finding.Finding) (finding.Script, bool) { return finding.ScriptOf(f) }

// integrityFacts is the integrity state of a script as the list and the
// Summary pane show it.
type integrityFacts struct {
	Mark   string // one cell, a distinct shape per state
	Label  string
	Detail string // one explanatory sentence
	State  finding.IntegrityState
}

func integrityOf(s finding.Script) integrityFacts {
	ig := finding.IntegrityOf(s)
	label := "sha256 " + ig.State.String()
	if ig.State == finding.Mismatch {
		label = "sha256 MISMATCH"
	}
	return integrityFacts{Mark: ig.State.Mark(), Label: label, Detail: ig.Detail, State: ig.State}
}

func integrityMark(s finding.Script) string { return integrityOf(s).Mark }

func severityRank(s string) int { return finding.SeverityRank(s) }

func shortCategory(cat string) string { return finding.ShortCategory(cat) }

func namesOf(r *finding.Record) finding.ResourceNames { return finding.NamesOf(r) }

// shortResource is the list's resource column: the short name, else the
// display name, else the full name.
func shortResource(r *finding.Record) string {
	if s := finding.NamesOf(r).Short(); s != "" {
		return s
	}
	if r.Resource.DisplayName != "" {
		return r.Resource.DisplayName
	}
	if r.Finding.ResourceName != "" {
		return r.Finding.ResourceName
	}
	return r.Resource.Name
}

func virusTotalURL(f *finding.Finding) string { return finding.VirusTotalURL(f) }

// relatedWindow is how far around a finding's event time related findings
// are looked for: Options.RelatedWindow, else finding.DefaultRelatedWindow.
func (a *App) relatedWindow() time.Duration {
	if a.opts.RelatedWindow > 0 {
		return a.opts.RelatedWindow
	}
	return finding.DefaultRelatedWindow
}
