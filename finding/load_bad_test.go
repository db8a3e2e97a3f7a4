package finding

import (
	"encoding/base64"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadBadInput feeds each kind of bad input the issue names and checks
// that it is reported with its place and reason, never silently coerced,
// and that the good records around it still load.
func TestLoadBadInput(t *testing.T) {
	deep := strings.Repeat(`{"a":`, 10) + `1` + strings.Repeat(`}`, 10)
	badB64 := `{"message":{"data":"!!!not base64"}}`
	innerBad := `{"message":{"data":"` + base64.StdEncoding.EncodeToString([]byte(`{"finding":{"name":"x","name":"y"}}`)) + `"}}`
	tests := []struct {
		name  string
		in    string
		lim   Limits
		names []string // Finding.Name of the records that load
		errs  []string // "line:col: reason substring" of each error, in order
	}{
		{"duplicate key", "{\"finding\":{\"name\":\"a\",\"name\":\"b\"}}\n{\"name\":\"ok\"}\n",
			Limits{}, []string{"ok"}, []string{`1:24: duplicate key "name"`}},
		{"duplicate key spelled with an escape", "{\"name\":\"a\",\"\\u006eame\":\"b\"}\n{\"name\":\"ok\"}\n",
			Limits{}, []string{"ok"}, []string{`1:13: duplicate key "name"`}},
		{"duplicate key in a large object", "{\"name\":\"a\"," + manyKeys(40) + ",\"k7\":1}\n{\"name\":\"ok\"}\n",
			Limits{}, []string{"ok"}, []string{`duplicate key "k7"`}},
		{"invalid UTF-8", "{\"name\":\"a\xff\"}\n{\"name\":\"ok\"}\n",
			Limits{}, []string{"ok"}, []string{`1:11: invalid UTF-8 byte '\xff'`}},
		{"lone surrogate escape", "{\"name\":\"\\ud800x\"}\n{\"name\":\"ok\"}\n",
			Limits{}, []string{"ok"}, []string{`1:10: lone surrogate`}},
		{"control character in string", "{\"name\":\"a\tb\"}\n{\"name\":\"ok\"}\n",
			Limits{}, []string{"ok"}, []string{`1:11: control character '\t'`}},
		{"trailing garbage on a line", "{\"name\":\"a\"} x\n{\"name\":\"ok\"}\n",
			Limits{}, []string{"a", "ok"}, []string{`1:14: trailing garbage after value`}},
		{"trailing garbage after a document", "{\n  \"name\": \"a\"\n}\ngarbage\n",
			Limits{}, []string{"a"}, []string{`4:1: trailing garbage after value`, `rest of the file skipped`}},
		{"nesting deeper than the limit", "{\"name\":\"a\",\"sourceProperties\":" + deep + "}\n{\"name\":\"ok\"}\n",
			Limits{MaxDepth: 8}, []string{"ok"}, []string{`nesting deeper than 8`}},
		{"nesting within the limit", "{\"name\":\"a\",\"sourceProperties\":" + deep + "}\n",
			Limits{MaxDepth: 11}, []string{"a"}, nil},
		{"string larger than the limit", "{\"name\":\"" + strings.Repeat("x", 17) + "\"}\n{\"name\":\"ok\"}\n",
			Limits{MaxStringSize: 16}, []string{"ok"}, []string{`1:9: string longer than 16 bytes`}},
		{"truncated JSON at end of file", "{\"name\":\"ok\"}\n{\"finding\":{\"name\":\"a\"",
			Limits{}, []string{"ok"}, []string{`2:23: truncated JSON`}},
		{"truncated line in JSON Lines", "{\"finding\":{\"name\":\"a\"\n{\"name\":\"ok\"}\n",
			Limits{}, []string{"ok"}, []string{`1:23: truncated record`}},
		{"truncated document", "[\n  {\"name\": \"a\"},\n  {\"name\": \"b\"",
			Limits{}, []string{"a"}, []string{`3:15: truncated JSON`}},
		{"wrong type for a string field", "{\"name\":\"a\",\"category\":7}\n{\"name\":\"ok\"}\n",
			Limits{}, []string{"ok"}, []string{`1:24: field "category": want a string, got number "7"`}},
		{"wrong type for an int64", "{\"name\":\"a\",\"processes\":[{\"pid\":\"12x\"}]}\n",
			Limits{}, nil, []string{`1:33: field "pid": want an integer`}},
		{"fractional int64 is not rounded", "{\"name\":\"a\",\"processes\":[{\"pid\":12.5}]}\n",
			Limits{}, nil, []string{`field "pid": want an integer`}},
		{"int64 overflow", "{\"name\":\"a\",\"processes\":[{\"pid\":\"99999999999999999999\"}]}\n",
			Limits{}, nil, []string{`field "pid": want an integer`}},
		{"wrong type for an object", "{\"name\":\"a\",\"processes\":{}}\n",
			Limits{}, nil, []string{`field "processes": want an array, got object`}},
		{"bad timestamp", "{\"name\":\"a\",\"eventTime\":\"yesterday\"}\n",
			Limits{}, nil, []string{`field "eventTime": want an RFC 3339 or BigQuery timestamp`}},
		{"bad base64 in a push envelope", badB64 + "\n{\"name\":\"ok\"}\n",
			Limits{}, []string{"ok"}, []string{`1:20: message.data: invalid base64 at byte 0`}},
		{"duplicate key inside a push envelope", innerBad + "\n",
			Limits{}, nil, []string{`1:1: message.data (decoded) at 1:24: duplicate key "name"`}},
		{"array element with a duplicate key resyncs", "[{\"name\":\"a\",\"name\":\"b\"},{\"name\":\"ok\"}]",
			Limits{}, []string{"ok"}, []string{`1:14: duplicate key`}},
		{"broken array element stops the file", "[{\"name\":\"a\"},{\"name\":]",
			Limits{}, []string{"a"}, []string{`1:23: invalid character ']'`, `rest of the file skipped`}},
		{"record that is not an object", "[1, {\"name\":\"ok\"}]",
			Limits{}, []string{"ok"}, []string{`1:2: record is a number, not an object`}},
		{"unrecognised shape", "{\"foo\":1}\n{\"name\":\"ok\"}\n",
			Limits{}, []string{"ok"}, []string{`1:1: unrecognised record shape`}},
		{"keys are case-sensitive", "{\"name\":\"ok\",\"STATE\":\"ACTIVE\",\"Severity\":\"LOW\"}\n",
			Limits{}, []string{"ok"}, nil},
		{"list result that is not an object", "{\"listFindingsResults\":[{\"finding\":{\"name\":\"ok\"}},7]}",
			Limits{}, []string{"ok"}, []string{`1:51: record is a number`}},
		{"duplicate key after a streamed list", "{\"listFindingsResults\":[{\"finding\":{\"name\":\"ok\"}}],\"totalSize\":1,\"totalSize\":2}",
			Limits{}, []string{"ok"}, []string{`1:66: duplicate key "totalSize"`}},
		{"JSON Lines whose first line breaks a rule", "{\"name\":\"a\",\"name\":\"b\"}\n{\"name\":\n{\"name\":\"ok\"}\n",
			Limits{}, []string{"ok"}, []string{`1:13: duplicate key`, `2:9: truncated record`}},
		{"JSON Lines whose first line is cut short", "{\"name\":\"a\n{\"name\":\"b\"}\n{\"name\":\"ok\"}\n",
			Limits{}, []string{"b", "ok"}, []string{`1:11: truncated record`}},
		{"byte order mark is skipped", "\xef\xbb\xbf{\"name\":\"ok\"}\n",
			Limits{}, []string{"ok"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, errs := loadString(t, "in.json", tt.in, Options{Limits: tt.lim})
			var names []string
			for _, r := range recs {
				names = append(names, r.Finding.Name)
				if r.Finding.State != "" || r.Finding.Severity != "" {
					t.Errorf("a key of the wrong case filled a field: %+v", r.Finding)
				}
			}
			if strings.Join(names, ",") != strings.Join(tt.names, ",") {
				t.Errorf("loaded %q, want %q", names, tt.names)
			}
			if len(errs) != len(tt.errs) {
				t.Fatalf("got %d errors %v, want %d %q", len(errs), errs, len(tt.errs), tt.errs)
			}
			for i, e := range errs {
				if e.Origin.File != "in.json" {
					t.Errorf("error %d names file %q", i, e.Origin.File)
				}
				got := e.Error()
				if lc, reason, ok := strings.Cut(tt.errs[i], ": "); ok && isLineCol(lc) {
					if !strings.Contains(got, ": "+lc+": ") || !strings.Contains(got, reason) {
						t.Errorf("error %d = %q, want %q", i, got, tt.errs[i])
					}
				} else if !strings.Contains(got, tt.errs[i]) {
					t.Errorf("error %d = %q, want %q", i, got, tt.errs[i])
				}
			}
		})
	}
}

func manyKeys(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"k` + itoa(i) + `":1`)
	}
	return b.String()
}

func isLineCol(s string) bool {
	a, b, ok := strings.Cut(s, ":")
	return ok && a != "" && b != "" && strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == ""
}

// TestLoadFileSizeLimit checks the file limit on a file (refused from its
// size before reading) and on a stream (read up to the limit, records
// before it kept).
func TestLoadFileSizeLimit(t *testing.T) {
	data := strings.Repeat("{\"name\":\"ok\"}\n", 10) // 14 bytes a line
	path := filepath.Join(t.TempDir(), "big.jsonl")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	srcs, err := PathSources([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	recs, errs := loadAll(t, srcs, Options{Limits: Limits{MaxFileSize: 100}})
	if len(recs) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Reason, "larger than the limit of 100 bytes") {
		t.Errorf("file: %d records, errors %v", len(recs), errs)
	}
	if len(errs) == 1 && (errs[0].Origin.Index != -1 || !errors.Is(errs[0], errTooLarge)) {
		t.Errorf("file error origin %+v, err %v", errs[0].Origin, errs[0].Err)
	}

	recs, errs = loadAll(t, []Source{StdinSource(strings.NewReader(data))}, Options{Limits: Limits{MaxFileSize: 100}})
	if len(recs) != 7 || len(errs) != 1 || !strings.Contains(errs[0].Reason, "larger than the limit of 100 bytes") {
		t.Errorf("stream: %d records, errors %v", len(recs), errs)
	}
}
