package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pytriage/pytriage/ui/safe"
)

// terminalUnsafe returns a description of the first byte or rune in b that
// a terminal would act on or hide: C0 other than LF, DEL, C1, bidi
// controls, invisible format characters, invalid UTF-8.
func terminalUnsafe(b []byte) string {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return "invalid UTF-8 at " + itoa(i)
		case r < 0x20 && r != '\n', r == 0x7F, r >= 0x80 && r <= 0x9F:
			return "control " + strconvQuote(r) + " at " + itoa(i)
		case unicode.Is(unicode.Bidi_Control, r), unicode.Is(unicode.Cf, r), r == 0x2028, r == 0x2029:
			return "invisible or bidi " + strconvQuote(r) + " at " + itoa(i)
		}
		i += size
	}
	return ""
}

func itoa(i int) string          { return strconv.Itoa(i) }
func strconvQuote(r rune) string { return fmt.Sprintf("%U", r) }

// markdownProse returns the parts of md outside fenced code blocks and
// code spans, by CommonMark's rules as our writer uses them (fences start
// a line; spans are on one line), and an error string when a fence is
// never closed or a table row has the wrong number of cells.
func markdownProse(md string) (prose string, problem string) {
	var out strings.Builder
	lines := strings.Split(md, "\n")
	fence := 0
	tableCols := -1
	for i, l := range lines {
		if fence > 0 {
			if n := longestRun(l, '`'); n >= fence && strings.Trim(l, "` ") == "" && strings.HasPrefix(l, "`") {
				fence = 0
			}
			continue
		}
		// CommonMark: a backtick fence's info string holds no backtick.
		if strings.HasPrefix(l, "```") && !strings.Contains(strings.TrimLeft(l, "`"), "`") {
			fence = len(l) - len(strings.TrimLeft(l, "`"))
			continue
		}
		if strings.HasPrefix(l, "|") {
			cols := tableSeparators(l)
			if tableCols < 0 {
				tableCols = cols
			} else if cols != tableCols {
				return "", "line " + itoa(i+1) + ": table row has " + itoa(cols) + " separators, header " + itoa(tableCols)
			}
		} else {
			tableCols = -1
		}
		out.WriteString(stripCodeSpans(l))
		out.WriteByte('\n')
	}
	if fence > 0 {
		return "", "a fenced block is never closed"
	}
	return out.String(), ""
}

// tableSeparators counts the pipes GFM splits a row on: a pipe not
// preceded by a backslash (cmark-gfm's escaped_char is exactly \|).
func tableSeparators(l string) int {
	n := 0
	for i := 0; i < len(l); i++ {
		if l[i] == '|' && (i == 0 || l[i-1] != '\\') {
			n++
		}
	}
	return n
}

// stripCodeSpans removes code spans: a run of n backticks up to the next
// run of exactly n.
func stripCodeSpans(l string) string {
	var out strings.Builder
	for i := 0; i < len(l); {
		if l[i] != '`' {
			if l[i] == '\\' && i+1 < len(l) {
				out.WriteString(l[i : i+2])
				i += 2
				continue
			}
			out.WriteByte(l[i])
			i++
			continue
		}
		n := runAt(l, i)
		j := i + n
		closed := -1
		for k := j; k < len(l); {
			if l[k] == '`' {
				m := runAt(l, k)
				if m == n {
					closed = k
					break
				}
				k += m
				continue
			}
			k++
		}
		if closed < 0 { // a lone backtick run is literal text
			out.WriteString(l[i:j])
			i = j
			continue
		}
		out.WriteString("⟦code⟧")
		i = closed + n
	}
	return out.String()
}

func runAt(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '`' {
		n++
	}
	return n
}

// attackerMarkers are pieces of the hostile fixture that must never be
// Markdown prose.
var attackerMarkers = []string{"HYPERLINK", "evil", "<script", "&#27;", "calc", "javascript", "203.0.113", "title", "pwned", "x^2"}

func TestMarkdownHostileOnlyInCode(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, fixtureItems(), fixtureMeta()); err != nil {
		t.Fatal(err)
	}
	if p := terminalUnsafe(b.Bytes()); p != "" {
		t.Errorf("markdown output is not terminal-safe: %s", p)
	}
	prose, problem := markdownProse(b.String())
	if problem != "" {
		t.Fatal(problem)
	}
	for _, m := range attackerMarkers {
		if i := strings.Index(prose, m); i >= 0 {
			t.Errorf("attacker text %q outside code: …%s…", m, prose[max(0, i-80):min(len(prose), i+40)])
		}
	}
	// The checker itself must catch a leak, or this test proves nothing.
	if p, _ := markdownProse("| a | b |\n|---|---|\n| `x` | evil |\n"); !strings.Contains(p, "evil") {
		t.Fatal("prose checker misses text outside code")
	}
	if _, problem := markdownProse("| a | b |\n|---|---|\n| `x|y` | z |\n"); problem == "" {
		t.Fatal("prose checker misses a split table row")
	}
}

var mdLinks = regexp.MustCompile(`\]\(([^)]*)\)`)

func TestMarkdownLinksOnlyTrusted(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, fixtureItems(), fixtureMeta()); err != nil {
		t.Fatal(err)
	}
	prose, _ := markdownProse(b.String())
	for _, m := range mdLinks.FindAllStringSubmatch(prose, -1) {
		u := m[1]
		if !strings.HasPrefix(u, "#finding-") && !trustedURL(u) {
			t.Errorf("link to %q", u)
		}
	}
}

func TestJSONRoundTripAndASCII(t *testing.T) {
	items := fixtureItems()
	var b bytes.Buffer
	if err := JSON(&b, items, fixtureMeta()); err != nil {
		t.Fatal(err)
	}
	for i, c := range b.Bytes() {
		if (c < 0x20 || c > 0x7E) && c != '\n' {
			t.Fatalf("byte %#x at %d: JSON output must be printable ASCII", c, i)
		}
	}
	var doc jsonDoc
	dec := json.NewDecoder(&b)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	if doc.Schema != SchemaVersion {
		t.Errorf("schema %q", doc.Schema)
	}
	if !reflect.DeepEqual(doc.Findings, items) {
		t.Errorf("JSON does not carry the exact text:\n got %+v\nwant %+v", doc.Findings[1], items[1])
	}
	if !reflect.DeepEqual(doc.Meta, fixtureMeta()) {
		t.Errorf("meta %+v", doc.Meta)
	}
}

func TestASCIIJSON(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"plain"`, `"plain"`},
		{"\"\u009b\u202e\u200b\x7f\"", `"\u009b\u202e\u200b\u007f"`},
		{"\"é😀\"", `"\u00e9\ud83d\ude00"`},
	}
	for _, tt := range tests {
		got := string(safe.ASCIIJSON([]byte(tt.in)))
		if got != tt.want {
			t.Errorf("safe.ASCIIJSON(%q) = %s, want %s", tt.in, got, tt.want)
		}
		var a, b string
		if err := json.Unmarshal([]byte(got), &a); err != nil {
			t.Fatal(err)
		}
		json.Unmarshal([]byte(tt.in), &b)
		if a != b {
			t.Errorf("%q decodes to %q, want %q", got, a, b)
		}
	}
}

func TestCSVFormulaAndTerminalSafe(t *testing.T) {
	items := fixtureItems()
	var b bytes.Buffer
	if err := CSV(&b, items, fixtureMeta()); err != nil {
		t.Fatal(err)
	}
	if p := terminalUnsafe(b.Bytes()); p != "" {
		t.Errorf("csv output is not terminal-safe: %s", p)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(items)+1 {
		t.Fatalf("%d rows, want %d", len(rows), len(items)+1)
	}
	col := func(name string) int { return indexOf(csvHeader, name) }
	for i, row := range rows {
		for j, c := range row {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				t.Errorf("row %d column %s starts with %q: a spreadsheet would evaluate it", i, csvHeader[j], c[0])
			}
		}
	}
	evil := rows[2]
	for name, want := range map[string]string{
		"severity":   "'-HIGH␛[8m",
		"state":      "'@ACTIVE",
		"project":    "'+proj",
		"sha256":     "'=1+1",
		"decided_by": "'=cmd|' /C calc'!A0",
		"category":   "'=HYPERLINK(",
	} {
		if got := evil[col(name)]; !strings.HasPrefix(got, want) {
			t.Errorf("%s = %q, want prefix %q", name, got, want)
		}
	}
	if got := rows[1][col("classifier_score")]; got != "0.9712" {
		t.Errorf("score %q", got)
	}
	if got := rows[1][col("detectors")]; got != "reverse-shell decode-exec" {
		t.Errorf("detectors %q", got)
	}
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}
