package ui

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"github.com/pytriage/pytriage/finding"
)

// entry is one loaded finding plus the facts the list needs, computed once
// off the UI loop when the record arrives (hashing the script is not free).
// Strings here are raw finding text: they are escaped when rendered.
type entry struct {
	rec       *finding.Record
	seq       int       // load order
	sevRank   int       // higher is worse
	severity  string    // as in the finding ("CRITICAL")
	when      time.Time // event time
	category  string    // short category
	resource  string    // short resource name ("svc/rev" or "cluster/pod")
	scriptKey string    // sha256 hex of the script text; "" when there is none
	script    string    // the script text handed to the classifier
	integrity string    // short integrity mark
	hay       string    // lower-cased filter haystack
}

// newEntry derives the list facts of r.
func newEntry(r *finding.Record, seq int) *entry {
	f := &r.Finding
	e := &entry{
		rec:      r,
		seq:      seq,
		severity: f.Severity,
		sevRank:  severityRank(f.Severity),
		when:     f.EventTime,
		category: shortCategory(f.Category),
		resource: shortResource(r),
	}
	var scriptPath, process string
	if s, ok := scriptOf(f); ok {
		e.script = s.Contents
		if s.Contents != "" {
			sum := sha256.Sum256([]byte(s.Contents))
			e.scriptKey = hex.EncodeToString(sum[:])
		}
		e.integrity = integrityMark(s)
		scriptPath = s.Path
	}
	if len(f.Processes) > 0 {
		p := f.Processes[0]
		process = p.Name
		if p.Binary != nil {
			process += " " + p.Binary.Path
		}
	}
	e.hay = strings.ToLower(strings.Join([]string{f.Category, e.category, e.resource, r.Resource.Name, f.ResourceName, scriptPath, process}, "\x00"))
	return e
}
