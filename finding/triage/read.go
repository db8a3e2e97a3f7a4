package triage

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// decisionColumns lists the columns scanDecision reads, each prefixed by
// the table alias p ("" or "d.").
func decisionColumns(p string) string {
	return fmt.Sprintf("%[1]sid, %[1]sfinding, %[1]sverdict, %[1]snote, %[1]sanalyst, %[1]sdecided_at, "+
		"%[1]sscore, %[1]smodel_version, %[1]ssource, COALESCE(%[1]sundoes, 0)", p)
}

var decisionCols = decisionColumns("")

// scanDecision scans decisionColumns, then any extra destinations.
func scanDecision(sc interface{ Scan(...any) error }, extra ...any) (Decision, error) {
	var d Decision
	var v, at string
	var score sql.NullFloat64
	dest := append([]any{&d.ID, &d.Finding, &v, &d.Note, &d.Analyst, &at, &score, &d.ModelVersion, &d.Source, &d.Undoes}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return d, err
	}
	d.Verdict = Verdict(v)
	d.Score, d.HasScore = score.Float64, score.Valid
	t, err := time.Parse(time.RFC3339Nano, at)
	if err != nil {
		return d, fmt.Errorf("decision %d: bad time %q: %w", d.ID, at, err)
	}
	d.Time = t
	return d, nil
}

// Current returns every finding's latest decision, keyed by finding name.
// Findings never decided are absent; a Clear decision is present.
func (s *Store) Current(ctx context.Context) (map[string]Decision, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+decisionCols+` FROM decisions d
		WHERE id = (SELECT max(id) FROM decisions WHERE finding = d.finding)`)
	if err != nil {
		return nil, fmt.Errorf("triage: %s: read verdicts: %w", s.path, err)
	}
	defer rows.Close()
	out := map[string]Decision{}
	for rows.Next() {
		d, err := scanDecision(rows)
		if err != nil {
			return nil, fmt.Errorf("triage: %s: %w", s.path, err)
		}
		out[d.Finding] = d
	}
	return out, rows.Err()
}

// History returns a finding's decisions, oldest first.
func (s *Store) History(ctx context.Context, finding string) ([]Decision, error) {
	return s.query(ctx, `SELECT `+decisionCols+` FROM decisions WHERE finding = ? ORDER BY id`, finding)
}

// Since returns every decision taken at or after t, oldest first.
func (s *Store) Since(ctx context.Context, t time.Time) ([]Decision, error) {
	return s.query(ctx, `SELECT `+decisionCols+` FROM decisions WHERE decided_at >= ? ORDER BY id`,
		t.UTC().Format(time.RFC3339Nano))
}

func (s *Store) query(ctx context.Context, q string, args ...any) ([]Decision, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("triage: %s: %w", s.path, err)
	}
	defer rows.Close()
	var out []Decision
	for rows.Next() {
		d, err := scanDecision(rows)
		if err != nil {
			return nil, fmt.Errorf("triage: %s: %w", s.path, err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Version changes whenever any process appends a decision or updates the
// write-back queue; poll it (about once a second) to see another
// instance's work without restarting.
func (s *Store) Version(ctx context.Context) (int64, error) {
	var v int64
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT COALESCE(max(id),0) FROM decisions) * 1000003
		+ (SELECT COALESCE(sum(attempts),0) + count(*) FROM writeback)`).Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("triage: %s: poll: %w", s.path, err)
	}
	return v, nil
}

// Progress counts, over the given finding names, how many have a verdict
// other than Clear, and how many of those are malicious, false positive or
// benign, and escalated.
type Progress struct {
	Total, Triaged, Malicious, FalsePositive, Benign, Escalated, Resolved int
}

// ProgressOf computes Progress for names from a Current map.
func ProgressOf(names []string, current map[string]Decision) Progress {
	p := Progress{Total: len(names)}
	for _, n := range names {
		d, ok := current[n]
		if !ok || !d.Verdict.Triaged() {
			continue
		}
		p.Triaged++
		switch d.Verdict {
		case Malicious:
			p.Malicious++
		case FalsePositive:
			p.FalsePositive++
		case Benign:
			p.Benign++
		case Escalate:
			p.Escalated++
		case Resolved:
			p.Resolved++
		}
	}
	return p
}

// String renders progress for a status bar: "17/42 triaged · 5 malicious".
func (p Progress) String() string {
	s := fmt.Sprintf("%d/%d triaged", p.Triaged, p.Total)
	if p.Malicious > 0 {
		s += fmt.Sprintf(" · %d malicious", p.Malicious)
	}
	if p.Escalated > 0 {
		s += fmt.Sprintf(" · %d escalated", p.Escalated)
	}
	return s
}
