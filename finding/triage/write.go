package triage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"modernc.org/sqlite"
)

// busyRetry bounds how long a write waits for another pytriage beyond the
// driver's own busy timeout, so a contended store slows down but does not
// surface "database is locked".
const busyRetry = 30 * time.Second

// write runs fn in one BEGIN IMMEDIATE transaction (the DSN sets _txlock),
// retrying the whole transaction while SQLite reports BUSY.
func (s *Store) write(ctx context.Context, fn func(*sql.Tx) error) error {
	deadline := time.Now().Add(busyRetry)
	backoff := 5 * time.Millisecond
	for {
		err := s.writeOnce(ctx, fn)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(backoff):
		}
		if backoff < 200*time.Millisecond {
			backoff *= 2
		}
	}
}

func (s *Store) writeOnce(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func isBusy(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		c := se.Code() & 0xff
		return c == 5 || c == 6 // SQLITE_BUSY, SQLITE_LOCKED
	}
	return false
}

// Decide appends decisions in one transaction (a bulk verdict on marked
// findings lands whole or not at all) and returns them with ids and times.
func (s *Store) Decide(ctx context.Context, ds []Decision) ([]Decision, error) {
	out := make([]Decision, len(ds))
	copy(out, ds)
	now := time.Now().UTC()
	err := s.write(ctx, func(tx *sql.Tx) error {
		for i := range out {
			d := &out[i]
			if d.Finding == "" {
				return fmt.Errorf("decision %d: no finding name", i)
			}
			if _, err := ParseVerdict(string(d.Verdict)); err != nil {
				return fmt.Errorf("decision %d: %w", i, err)
			}
			if d.Time.IsZero() {
				d.Time = now
			}
			id, err := insertDecision(ctx, tx, d)
			if err != nil {
				return err
			}
			d.ID = id
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("triage: %s: record decisions: %w", s.path, err)
	}
	return out, nil
}

func insertDecision(ctx context.Context, tx *sql.Tx, d *Decision) (int64, error) {
	var score any
	if d.HasScore {
		score = d.Score
	}
	var undoes any
	if d.Undoes != 0 {
		undoes = d.Undoes
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO decisions
		(finding, verdict, note, analyst, decided_at, score, model_version, source, undoes)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.Finding, string(d.Verdict), d.Note, d.Analyst, d.Time.UTC().Format(time.RFC3339Nano),
		score, d.ModelVersion, d.Source, undoes)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// ErrNothingToUndo is returned by Undo when the analyst has no decision
// left to undo.
var ErrNothingToUndo = errors.New("nothing to undo")

// Undo reverses the analyst's most recent decision that has not been undone
// yet, by appending a row that restores the finding's verdict before it
// (Clear when there was none). Nothing is deleted. It returns the new row.
func (s *Store) Undo(ctx context.Context, analyst string) (Decision, error) {
	return s.undo(ctx, analyst, false)
}

// UndoAndQueue is Undo that also queues the restoring row for write-back,
// so the SCC service learns the verdict went back too.
func (s *Store) UndoAndQueue(ctx context.Context, analyst string) (Decision, error) {
	return s.undo(ctx, analyst, true)
}

func (s *Store) undo(ctx context.Context, analyst string, queue bool) (Decision, error) {
	var out Decision
	err := s.write(ctx, func(tx *sql.Tx) error {
		row := tx.QueryRowContext(ctx, `SELECT id, finding FROM decisions d
			WHERE analyst = ? AND undoes IS NULL
			  AND NOT EXISTS (SELECT 1 FROM decisions u WHERE u.undoes = d.id)
			ORDER BY id DESC LIMIT 1`, analyst)
		var id int64
		var name string
		if err := row.Scan(&id, &name); errors.Is(err, sql.ErrNoRows) {
			return ErrNothingToUndo
		} else if err != nil {
			return err
		}
		prev := Decision{Verdict: Clear}
		pr := tx.QueryRowContext(ctx, `SELECT verdict, note FROM decisions
			WHERE finding = ? AND id < ? ORDER BY id DESC LIMIT 1`, name, id)
		var v string
		switch err := pr.Scan(&v, &prev.Note); {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return err
		default:
			prev.Verdict = Verdict(v)
		}
		out = Decision{Finding: name, Verdict: prev.Verdict, Note: prev.Note, Analyst: analyst,
			Time: time.Now().UTC(), Source: "undo", Undoes: id}
		nid, err := insertDecision(ctx, tx, &out)
		if err != nil {
			return err
		}
		out.ID = nid
		if queue {
			return queueWriteBack(ctx, tx, nid, out.Time)
		}
		return nil
	})
	if errors.Is(err, ErrNothingToUndo) {
		return Decision{}, err
	}
	if err != nil {
		return Decision{}, fmt.Errorf("triage: %s: undo: %w", s.path, err)
	}
	return out, nil
}
