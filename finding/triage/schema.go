package triage

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations[i] brings the schema from user_version i to i+1. Never edit a
// released step: append a new one.
var migrations = []string{
	// v1: append-only decisions.
	`CREATE TABLE decisions (
		id            INTEGER PRIMARY KEY AUTOINCREMENT,
		finding       TEXT    NOT NULL,
		verdict       TEXT    NOT NULL,
		note          TEXT    NOT NULL DEFAULT '',
		analyst       TEXT    NOT NULL,
		decided_at    TEXT    NOT NULL,
		score         REAL,
		model_version TEXT    NOT NULL DEFAULT '',
		source        TEXT    NOT NULL DEFAULT '',
		undoes        INTEGER REFERENCES decisions(id)
	);
	CREATE INDEX decisions_finding ON decisions(finding, id);
	CREATE INDEX decisions_analyst ON decisions(analyst, id);`,
	// v2: the write-back queue for the live SCC mode; one row per decision
	// that must reach the service.
	`CREATE TABLE writeback (
		decision_id INTEGER PRIMARY KEY REFERENCES decisions(id),
		state       TEXT    NOT NULL,
		attempts    INTEGER NOT NULL DEFAULT 0,
		last_error  TEXT    NOT NULL DEFAULT '',
		updated_at  TEXT    NOT NULL
	);
	CREATE INDEX writeback_state ON writeback(state);`,
}

// SchemaVersion is the user_version this build writes.
var SchemaVersion = len(migrations)

// checkOwner refuses databases of other applications and newer schemas.
func (s *Store) checkOwner(ctx context.Context) error {
	var version, appID, tables int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return s.wrapOpenErr("read user_version", err)
	}
	if err := s.db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return s.wrapOpenErr("read application_id", err)
	}
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%'").Scan(&tables); err != nil {
		return s.wrapOpenErr("read schema", err)
	}
	switch {
	case appID != 0 && appID != applicationID:
		return fmt.Errorf("triage: %s belongs to another application (application_id %#x); pytriage will not touch it — choose another file with --db", s.path, appID)
	case appID == 0 && tables > 0:
		return fmt.Errorf("triage: %s is a SQLite database of another application (%d tables, no pytriage mark); pytriage will not touch it — choose another file with --db", s.path, tables)
	case version > len(migrations):
		return fmt.Errorf("triage: %s has schema version %d, newer than this pytriage knows (%d); upgrade pytriage or use another --db", s.path, version, len(migrations))
	}
	return nil
}

// migrate marks the file as pytriage's and applies pending migrations in
// one transaction (another instance may be migrating at the same moment:
// BEGIN IMMEDIATE serialises them and the second sees the new version).
func (s *Store) migrate(ctx context.Context) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		var version, appID int
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
			return err
		}
		if appID == 0 {
			if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id=%d", applicationID)); err != nil {
				return err
			}
		}
		for v := version; v < len(migrations); v++ {
			if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
				return fmt.Errorf("migrate %s to schema %d: %w", s.path, v+1, err)
			}
		}
		if version < len(migrations) {
			if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version=%d", len(migrations))); err != nil {
				return err
			}
		}
		return nil
	})
}
