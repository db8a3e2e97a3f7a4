package report

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// Format is a report format.
type Format string

// The formats.
const (
	FormatMarkdown Format = "md"
	FormatJSON     Format = "json"
	FormatCSV      Format = "csv"
)

// ParseFormat accepts md (or markdown), json and csv, case-insensitively.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "md", "markdown":
		return FormatMarkdown, nil
	case "json":
		return FormatJSON, nil
	case "csv":
		return FormatCSV, nil
	}
	return "", fmt.Errorf("unknown report format %q (want md, json or csv)", s)
}

// Write writes items in format f.
func Write(w io.Writer, f Format, items []Item, meta Meta) error {
	switch f {
	case FormatMarkdown:
		return Markdown(w, items, meta)
	case FormatJSON:
		return JSON(w, items, meta)
	case FormatCSV:
		return CSV(w, items, meta)
	}
	return fmt.Errorf("report: unknown format %q", f)
}

// FileName is a default name for a report written at now, e.g.
// pytriage-report-20261128T015200Z.md: sortable, and the same shape for
// the CLI and the workbench.
func FileName(now time.Time, f Format) string {
	return "pytriage-report-" + now.UTC().Format("20060102T150405Z") + "." + string(f)
}
