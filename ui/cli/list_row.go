package cli

import (
	"path"
	"time"

	"github.com/pytriage/pytriage/finding"
)

// row is what `list` prints of one finding. Fields hold raw finding text;
// the writers escape them.
type row struct {
	Name      string
	Time      string
	Severity  string
	Category  string
	Resource  string
	Script    string
	Integrity string
	Origin    string
}

// rowOf derives a record's list row from the facts package finding
// computes.
func rowOf(r *finding.Record) row {
	f := &r.Finding
	rw := row{
		Name:      f.Name,
		Severity:  f.Severity,
		Category:  f.Category,
		Resource:  finding.NamesOf(r).Short(),
		Integrity: finding.NoHash.String(),
		Origin:    r.Origin.String(),
	}
	t := f.EventTime
	if t.IsZero() {
		t = f.CreateTime
	}
	if !t.IsZero() {
		rw.Time = t.UTC().Format(time.RFC3339)
	}
	if rw.Resource == "" {
		rw.Resource = f.ResourceName
	}
	if s, ok := finding.ScriptOf(f); ok {
		rw.Script = s.Path
		if s.Literal {
			rw.Script = "literal (" + path.Base(s.Interpreter) + " -c)"
		}
		rw.Integrity = finding.IntegrityOf(s).State.String()
	}
	return rw
}
