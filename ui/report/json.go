package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/pytriage/pytriage/ui/safe"
)

// SchemaVersion names the JSON report's schema. The document is
//
//	{"schema": "pytriage-report/1", "meta": Meta, "findings": [Item, ...]}
//
// with the field names of the json tags on Meta and Item. Times are RFC
// 3339 in UTC; a time that is unknown is omitted, as are empty arrays and
// a missing script or classifier object. New fields may be added within a
// version; nothing is renamed or removed without a new version.
const SchemaVersion = "pytriage-report/1"

type jsonDoc struct {
	Schema   string `json:"schema"`
	Meta     Meta   `json:"meta"`
	Findings []Item `json:"findings"`
}

// JSON writes items as one indented JSON document (see SchemaVersion).
// The output is pure ASCII: every rune outside U+0020–U+007E inside a
// string is a \u escape, because encoding/json leaves C1 controls, DEL,
// bidi overrides and invisible characters raw and a terminal showing the
// file would act on them. A JSON reader still gets the exact text.
func JSON(w io.Writer, items []Item, meta Meta) error {
	if items == nil {
		items = []Item{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(jsonDoc{Schema: SchemaVersion, Meta: meta, Findings: items}); err != nil {
		return fmt.Errorf("report: encode json: %w", err)
	}
	if _, err := w.Write(safe.ASCIIJSON(buf.Bytes())); err != nil {
		return fmt.Errorf("report: write json: %w", err)
	}
	return nil
}
