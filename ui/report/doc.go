// Package report writes triage reports: what an analyst hands to whoever
// responds. It gathers a finding's facts, the classifier's evidence, the
// verdict history and the related-findings timeline into an Item
// (ItemFor), and writes items as GitHub-flavoured Markdown, JSON or CSV.
//
// Every string in an Item that came from a finding or a note is
// attacker-controlled and kept raw in the Item; each writer makes it safe
// for its medium and for a terminal that cats the file:
//
//   - Markdown: multi-line text (script lines, decoded layers, arguments,
//     notes) only inside fenced code blocks whose fence is longer than any
//     backtick run in the text, escaped by safe.EscapeMultiline; short text
//     inside code spans, escaped by safe.Escape, with | escaped in tables.
//   - JSON: pure ASCII; every rune outside U+0020–U+007E is a \u escape, so
//     C0, C1, bidi and invisible characters never reach a terminal raw
//     while a JSON reader still gets the exact text.
//   - CSV: cells escaped by safe.Escape (notes keep their line breaks), and
//     a cell that starts with = + - @ tab or CR gets a leading ' so a
//     spreadsheet never evaluates it.
//
// It may import pytriage/finding, pytriage/finding/triage, pytriage/model
// and ui/safe; it must not import the shell (package ui) or ui/cli.
package report
