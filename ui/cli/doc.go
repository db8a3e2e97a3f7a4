// Package cli is pytriage's command line: the table of subcommands
// (commands.go), one file per command, the flags they share, and the
// plain-text and JSON output of `pytriage list`. main.go only calls Main.
//
// Every string that comes from a finding or names a user's file is passed
// through ui/safe before it is written; --json output is pure ASCII, with
// every other rune as a \u escape, because encoding/json leaves C1
// controls and bidi overrides raw.
//
// It may import pytriage/finding, pytriage/model, pytriage/samples and the
// ui packages; nothing imports it but package main.
package cli
