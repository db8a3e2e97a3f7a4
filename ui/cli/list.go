package cli

import (
	"fmt"
	"strings"

	"github.com/pytriage/pytriage/ui/safe"
)

// runList prints one line per finding as it loads: tab-separated time,
// severity, category, resource, script and integrity (every field escaped,
// "-" when empty), or with --json one ASCII-only JSON object per line;
// --count prints only the number of findings loaded.
func runList(e *env, args []string) int {
	fs := newFlags(e, "list")
	asJSON := fs.Bool("json", false, "print one JSON object per finding (JSON Lines, ASCII only)")
	count := fs.Bool("count", false, "print only the number of findings loaded")
	lf := addLoadFlags(fs)
	if code, done := parseFlags(e, fs, args); done {
		return code
	}
	if err := lf.check(); err != nil {
		e.errorf("list: %v", err)
		return exitUsage
	}
	var t tally
	for r, err := range loadAll(e, fs.Args(), lf.options()) {
		if err != nil {
			t.report(e, err)
			continue
		}
		t.records++
		switch {
		case *count:
		case *asJSON:
			writeJSONRow(e.stdout, rowOf(r))
		default:
			writeTextRow(e.stdout, rowOf(r))
		}
	}
	if *count {
		fmt.Fprintln(e.stdout, t.records)
	}
	return t.exitCode(e)
}

// writeTextRow writes the tab-separated line of a row.
func writeTextRow(w interface{ WriteString(string) (int, error) }, r row) {
	fields := []string{r.Time, r.Severity, r.Category, r.Resource, r.Script, r.Integrity}
	for i, f := range fields {
		if i > 0 {
			w.WriteString("\t")
		}
		if f == "" {
			f = "-"
		}
		w.WriteString(safe.Escape(f))
	}
	w.WriteString("\n")
}

// writeJSONRow writes a row as one JSON object on one line.
func writeJSONRow(w interface{ WriteString(string) (int, error) }, r row) {
	var b strings.Builder
	b.WriteByte('{')
	for i, kv := range [][2]string{
		{"time", r.Time}, {"severity", r.Severity}, {"category", r.Category},
		{"resource", r.Resource}, {"script", r.Script}, {"integrity", r.Integrity},
		{"name", r.Name}, {"origin", r.Origin},
	} {
		if i > 0 {
			b.WriteByte(',')
		}
		writeJSONString(&b, kv[0])
		b.WriteByte(':')
		writeJSONString(&b, kv[1])
	}
	b.WriteString("}\n")
	w.WriteString(b.String())
}
