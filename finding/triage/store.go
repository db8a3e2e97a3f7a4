package triage

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"

	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver
)

// applicationID marks a database as pytriage's (PRAGMA application_id,
// "pytr" in ASCII), so a foreign SQLite file is recognised and left alone.
const applicationID = 0x70797472

// Store is an open triage database.
type Store struct {
	db   *sql.DB
	path string
}

// DefaultPath is where decisions live unless --db says otherwise:
// $XDG_STATE_HOME/pytriage/triage.db, else ~/.local/state/pytriage/triage.db.
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("triage: no state directory: %w", err)
		}
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "pytriage", "triage.db"), nil
}

// Open opens or creates the database at path. A file that is not a SQLite
// database, belongs to another application, fails its quick check, or has a
// newer schema than this build knows is reported with what to do, and is
// never written to.
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("triage: create directory for %s: %w", path, err)
	}
	if err := checkHeader(path); err != nil {
		return nil, err
	}
	// Notes can hold sensitive text: create the file owner-only (SQLite
	// gives its -wal and -shm files the database file's permissions). This
	// runs before any connection of ours exists.
	if f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600); err == nil {
		f.Close()
	} else if !errors.Is(err, os.ErrExist) {
		return nil, fmt.Errorf("triage: create %s: %w", path, err)
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_txlock", "immediate")
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("triage: open %s: %w", path, err)
	}
	// One connection: one writer per process, and PRAGMAs that stick.
	db.SetMaxOpenConns(1)
	s := &Store{db: db, path: path}
	if err := s.init(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// checkHeader refuses files that are not SQLite before the driver sees them.
// It runs before this process holds any connection, so closing the
// descriptor cannot drop a POSIX lock of ours.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("triage: %s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, 16)
	n, err := io.ReadFull(f, head)
	if n == 0 && (err == io.EOF || err == io.ErrUnexpectedEOF) {
		return nil // empty file: SQLite initialises it
	}
	if !bytes.Equal(head[:n], []byte("SQLite format 3\x00")) {
		return fmt.Errorf("triage: %s is not a SQLite database; pytriage will not touch it — choose another file with --db or move it aside", path)
	}
	return nil
}

func (s *Store) init(ctx context.Context) error {
	// Read-only checks first: a foreign or damaged file must not even be
	// switched to WAL (that rewrites its header).
	var check string
	if err := s.db.QueryRowContext(ctx, "PRAGMA quick_check").Scan(&check); err != nil {
		return s.wrapOpenErr("quick_check", err)
	}
	if check != "ok" {
		return fmt.Errorf("triage: %s failed its integrity check (%s); pytriage will not write to it — restore a backup or move it aside and start a new one with --db", s.path, check)
	}
	if err := s.checkOwner(ctx); err != nil {
		return err
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode=WAL").Scan(&mode); err != nil {
		return s.wrapOpenErr("set WAL mode", err)
	}
	if _, err := s.db.ExecContext(ctx, "PRAGMA synchronous=FULL"); err != nil {
		return s.wrapOpenErr("set synchronous", err)
	}
	return s.migrate(ctx)
}

func (s *Store) wrapOpenErr(step string, err error) error {
	return fmt.Errorf("triage: %s: %s: %w — if the file is damaged, move it aside (pytriage never overwrites it) or choose another with --db", s.path, step, err)
}
