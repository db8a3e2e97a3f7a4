package triage

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// WriteBack states of a decision that must reach the SCC service.
const (
	WriteBackQueued = "queued"
	WriteBackSent   = "sent"
	WriteBackFailed = "failed" // will be retried; LastError says why
)

// WriteBack is a queued write-back of one decision to the SCC API.
type WriteBack struct {
	Decision  Decision
	State     string
	Attempts  int
	LastError string
	Updated   time.Time
}

// DecideAndQueue appends decisions and queues each for write-back in the
// same transaction: the local decision is never lost even if the service is
// unreachable.
func (s *Store) DecideAndQueue(ctx context.Context, ds []Decision) ([]Decision, error) {
	out := make([]Decision, len(ds))
	copy(out, ds)
	now := time.Now().UTC()
	err := s.write(ctx, func(tx *sql.Tx) error {
		for i := range out {
			d := &out[i]
			if _, err := ParseVerdict(string(d.Verdict)); err != nil || d.Finding == "" {
				return fmt.Errorf("decision %d: invalid (%v)", i, err)
			}
			if d.Time.IsZero() {
				d.Time = now
			}
			id, err := insertDecision(ctx, tx, d)
			if err != nil {
				return err
			}
			d.ID = id
			if err := queueWriteBack(ctx, tx, id, now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("triage: %s: record decisions: %w", s.path, err)
	}
	return out, nil
}

func queueWriteBack(ctx context.Context, tx *sql.Tx, decisionID int64, now time.Time) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO writeback (decision_id, state, updated_at) VALUES (?, ?, ?)`,
		decisionID, WriteBackQueued, now.UTC().Format(time.RFC3339Nano))
	return err
}

// Pending lists write-backs not yet sent, oldest first.
func (s *Store) Pending(ctx context.Context) ([]WriteBack, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+decisionColumns("d.")+`, w.state, w.attempts, w.last_error, w.updated_at
		FROM writeback w JOIN decisions d ON d.id = w.decision_id
		WHERE w.state != ? ORDER BY d.id`, WriteBackSent)
	if err != nil {
		return nil, fmt.Errorf("triage: %s: read write-back queue: %w", s.path, err)
	}
	defer rows.Close()
	var out []WriteBack
	for rows.Next() {
		var wb WriteBack
		var upd string
		d, err := scanDecision(rows, &wb.State, &wb.Attempts, &wb.LastError, &upd)
		if err != nil {
			return nil, fmt.Errorf("triage: %s: %w", s.path, err)
		}
		wb.Decision = d
		wb.Updated, _ = time.Parse(time.RFC3339Nano, upd)
		out = append(out, wb)
	}
	return out, rows.Err()
}

// WriteBackStates returns the latest write-back state per finding name, for
// list badges.
func (s *Store) WriteBackStates(ctx context.Context) (map[string]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT d.finding, w.state FROM writeback w JOIN decisions d ON d.id = w.decision_id
		WHERE w.decision_id = (SELECT max(w2.decision_id) FROM writeback w2 JOIN decisions d2 ON d2.id = w2.decision_id WHERE d2.finding = d.finding)`)
	if err != nil {
		return nil, fmt.Errorf("triage: %s: read write-back states: %w", s.path, err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var n, st string
		if err := rows.Scan(&n, &st); err != nil {
			return nil, err
		}
		out[n] = st
	}
	return out, rows.Err()
}

// MarkWriteBack records the outcome of one attempt: sent when err is nil,
// failed (to be retried) otherwise.
func (s *Store) MarkWriteBack(ctx context.Context, decisionID int64, sendErr error) error {
	state, msg := WriteBackSent, ""
	if sendErr != nil {
		state, msg = WriteBackFailed, sendErr.Error()
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE writeback SET state = ?, attempts = attempts + 1, last_error = ?, updated_at = ?
			WHERE decision_id = ?`, state, msg, time.Now().UTC().Format(time.RFC3339Nano), decisionID)
		return err
	})
}
