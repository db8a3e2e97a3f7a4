// Package triage keeps the analyst's decisions — verdicts and notes on
// findings — in a SQLite database (modernc.org/sqlite, pure Go) that
// survives crashes and a second pytriage open on the same file.
//
// Decisions are append-only rows; a finding's current verdict is its latest
// row, and Undo appends a row that restores the previous verdict. The store
// runs in WAL mode with synchronous=FULL and a busy timeout, writes every
// change inside BEGIN IMMEDIATE, and retries SQLITE_BUSY itself so "database
// is locked" never reaches the user. A second instance learns of new rows by
// polling Version.
//
// It may import package finding; it must not import model or ui.
package triage
