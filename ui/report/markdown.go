package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/triage"
	"github.com/pytriage/pytriage/ui/safe"
)

// Markdown writes a GitHub-flavoured Markdown incident report: a header,
// a summary table with one row per item, then a section per item with the
// finding's facts, integrity, classifier evidence and flagged lines,
// decoded layers, verdict history and notes, related findings and next
// steps.
func Markdown(w io.Writer, items []Item, meta Meta) error {
	m := &mdWriter{w: bufio.NewWriter(w)}
	m.header(items, meta)
	m.summary(items)
	for i := range items {
		m.item(i+1, &items[i])
	}
	return m.flush()
}

// mdWriter writes lines and keeps the first error.
type mdWriter struct {
	w   *bufio.Writer
	err error
}

func (m *mdWriter) p(format string, args ...any) {
	if m.err == nil {
		_, m.err = fmt.Fprintf(m.w, format, args...)
	}
}

func (m *mdWriter) line(s string) { m.p("%s\n", s) }

func (m *mdWriter) flush() error {
	if m.err != nil {
		return fmt.Errorf("report: write markdown: %w", m.err)
	}
	if err := m.w.Flush(); err != nil {
		return fmt.Errorf("report: write markdown: %w", err)
	}
	return nil
}

// row writes one table row of already rendered cells.
func (m *mdWriter) row(cells ...string) { m.line("| " + strings.Join(cells, " | ") + " |") }

func (m *mdWriter) header(items []Item, meta Meta) {
	m.line("# pytriage triage report")
	m.line("")
	m.line("| | |")
	m.line("|---|---|")
	m.row("Generated", fmtTime(meta.Generated))
	m.row("Analyst", cell(meta.Analyst))
	m.row("pytriage", cell(meta.Version))
	m.row("Triage store", cell(meta.Store))
	m.row("Selection", cell(meta.Filter))
	m.row("Findings", verdictCounts(items))
	m.line("")
	m.line("Every string quoted from a finding or a note is attacker-controlled. It appears only in code, with control, bidi and invisible characters shown as visible tokens such as `␛`, `␍` or `⟨U+202E RLO⟩`. The classifier's score is evidence, not a verdict.")
	m.line("")
}

func (m *mdWriter) summary(items []Item) {
	m.line("## Summary")
	m.line("")
	if len(items) == 0 {
		m.line("No finding matches the selection.")
		m.line("")
		return
	}
	m.line("| # | Verdict | Severity | Category | Resource | Script | Integrity | Classifier | Event time |")
	m.line("|--:|---|---|---|---|---|---|---|---|")
	for i := range items {
		it := &items[i]
		n := strconv.Itoa(i + 1)
		m.row("["+n+"](#finding-"+n+")", "**"+verdictCell(it.Verdict)+"**", cell(it.Severity), cell(it.Category),
			cell(it.Resource.Short), scriptCell(it.Script), integrityCell(it.Script), classifierCell(it.Classifier), fmtTime(it.EventTime))
	}
	m.line("")
}

func (m *mdWriter) item(n int, it *Item) {
	m.line("---")
	m.line("")
	m.p("## Finding %d\n\n", n)
	// No line starts with a code span: a run of three backticks there
	// could be read as a fence.
	m.line("Finding name: " + code(it.Name))
	m.line("")
	m.p("Analyst verdict: **%s**", verdictWord(it.Verdict))
	if k := len(it.Decisions); k > 0 {
		d := it.Decisions[k-1]
		m.p(" — by %s at %s", code(d.Analyst), fmtTime(d.Time))
	}
	m.line("")
	m.line("")
	m.facts(it)
	m.mitre(it.Mitre)
	m.classifier(it.Classifier)
	m.history(it.Decisions)
	m.related(it.Related)
	m.nextSteps(it.NextSteps)
}

func (m *mdWriter) facts(it *Item) {
	m.line("### Facts")
	m.line("")
	m.line("| Field | Value |")
	m.line("|---|---|")
	m.row("Category", cell(it.Category))
	m.row("Severity", cell(it.Severity))
	m.row("State", cell(it.State))
	m.row("Event time", fmtTime(it.EventTime))
	r := &it.Resource
	m.row("Resource", cell(r.Name))
	m.row("Project", cell(r.Project))
	for _, f := range []struct{ label, v string }{
		{"Type", r.Type}, {"Location", r.Location}, {"Cluster", r.Cluster}, {"Namespace", r.Namespace},
		{"Pod", r.Pod}, {"Service", r.Service}, {"Revision", r.Revision}, {"Job", r.Job},
		{"Container", r.Container}, {"Image", r.Image}, {"Image digest", r.Digest},
	} {
		if f.v != "" {
			m.row(f.label, cell(f.v))
		}
	}
	if s := it.Script; s != nil {
		m.row("Script", scriptCell(s))
		m.row("Interpreter", cell(s.Interpreter))
		m.row("Size", fmt.Sprintf("%d bytes", s.Size))
		m.row("sha256", cell(s.SHA256))
		m.row("Integrity", "**"+proseCell(s.Integrity)+"** — "+proseCell(s.IntegrityDetail))
		if s.VirusTotal != "" && trustedURL(s.VirusTotal) {
			m.row("VirusTotal", link("VirusTotal report", s.VirusTotal))
		} else if s.VirusTotal != "" {
			m.row("VirusTotal", cell(s.VirusTotal))
		} else {
			m.row("VirusTotal", "no whole-file sha256 in the finding")
		}
	} else {
		m.row("Script", "none recorded")
	}
	m.row("Console", cell(it.Console))
	m.row("Loaded from", cell(it.Source))
	m.line("")
	if s := it.Script; s != nil && len(s.Args) > 0 {
		m.line("Process arguments, one per line:")
		m.line("")
		args := make([]string, len(s.Args))
		for i, a := range s.Args {
			args[i] = escapeArg(a)
		}
		m.p("%s\n", fenced(strings.Join(args, "\n"), "text"))
	}
}

// escapeArg keeps one argument (or one quoted line) on one line: line
// breaks inside it become visible tokens, capped. fenced escapes again,
// which changes nothing: the escaper is idempotent.
func escapeArg(a string) string { return safe.Escape(safe.Truncate(a, maxInlineRunes)) }

func (m *mdWriter) mitre(ts []Technique) {
	if len(ts) == 0 {
		return
	}
	m.line("### MITRE ATT&CK")
	m.line("")
	for _, t := range ts {
		kind := "technique"
		if t.Tactic {
			kind = "tactic"
		}
		if t.Primary {
			kind = "primary " + kind
		}
		id := "unknown id"
		if t.ID != "" {
			id = link(t.ID, t.URL)
		}
		m.p("- %s %s (%s)\n", id, code(t.Name), kind)
	}
	m.line("")
}

func (m *mdWriter) classifier(c *Classifier) {
	m.line("### Classifier evidence")
	m.line("")
	if c == nil {
		m.line("Not classified: the finding carries no Python code.")
		m.line("")
		return
	}
	m.p("Score **%.2f** (%s), model %s. The score is evidence for the analyst, not a verdict.\n\n",
		c.Score, prose(c.Verdict), code(c.ModelVersion))
	for _, n := range c.Notes {
		m.p("- Note: %s\n", code(n))
	}
	if c.Truncated {
		m.line("- The script is truncated: it ends inside a string, bracket or continuation.")
	}
	if c.LimitsHit {
		m.line("- A size, depth or time limit of the analysis was hit.")
	}
	if len(c.Notes) > 0 || c.Truncated || c.LimitsHit {
		m.line("")
	}
	if len(c.Hits) > 0 {
		m.line("| Detector | Severity | Techniques | Lines | Layer | Message |")
		m.line("|---|---|---|---|--:|---|")
		for _, h := range c.Hits {
			m.row(cell(h.Detector), proseCell(h.Severity), techniqueLinks(h.Techniques), lineList(h.Lines), strconv.Itoa(h.Layer), cell(h.Message))
		}
		m.line("")
	} else {
		m.line("No detector fired.")
		m.line("")
	}
	if len(c.Flagged) > 0 {
		m.line("Flagged lines (line numbers by CPython's rules):")
		m.line("")
		m.p("%s\n", fenced(flaggedText(c.Flagged), "text"))
	}
	for i, l := range c.Layers {
		enc := strings.Join(l.Encoding, " → ")
		kind := "data"
		if l.Python {
			kind = "Python, analysed"
		}
		m.p("Decoded layer %d: from line %d, depth %d, %s (%s)", i+1, l.Line, l.Depth, code(enc), kind)
		if l.Cut {
			m.p(", first %d bytes shown", MaxLayerBytes)
		}
		m.line(":")
		m.line("")
		m.p("%s\n", fenced(l.Text, "text"))
	}
}

// flaggedText lays out quoted lines with their numbers, marking gaps.
func flaggedText(lines []Line) string {
	var b strings.Builder
	w := len(strconv.Itoa(lines[len(lines)-1].N))
	for i, l := range lines {
		if i > 0 && l.N > lines[i-1].N+1 {
			fmt.Fprintf(&b, "%*s ⋮\n", w, "")
		}
		// A line by CPython's rules holds no LF or CR, so the multi-line
		// escaper keeps it on one line and expands its tabs; should one be
		// there anyway, the single-line escaper shows it as a token.
		text := safe.EscapeMultiline(l.Text)
		if strings.ContainsAny(l.Text, "\r\n") {
			text = safe.Escape(l.Text)
		}
		fmt.Fprintf(&b, "%*d │ %s\n", w, l.N, text)
	}
	return b.String()
}

func (m *mdWriter) history(ds []Decision) {
	m.line("### Verdict history")
	m.line("")
	if len(ds) == 0 {
		m.line("No decision recorded.")
		m.line("")
		return
	}
	m.line("| Time | Analyst | Verdict | Score then | Model then | Note |")
	m.line("|---|---|---|--:|---|---|")
	for i, d := range ds {
		score := "—"
		if d.Score != nil {
			score = fmt.Sprintf("%.2f", *d.Score)
		}
		v := verdictCell(d.Verdict)
		if d.Undo {
			v += " (undo)"
		}
		note := "—"
		if d.Note != "" {
			note = fmt.Sprintf("note %d below", i+1)
		}
		m.row(fmtTime(d.Time), cell(d.Analyst), v, score, cell(d.ModelVersion), note)
	}
	m.line("")
	for i, d := range ds {
		if d.Note == "" {
			continue
		}
		m.p("Note %d, by %s at %s:\n\n", i+1, code(d.Analyst), fmtTime(d.Time))
		m.p("%s\n", fenced(d.Note, "text"))
	}
}

func (m *mdWriter) related(rs []Related) {
	m.line("### Related findings")
	m.line("")
	if len(rs) == 0 {
		m.line("None on the same container or resource within the correlation window.")
		m.line("")
		return
	}
	m.line("Same container (or resource) within the correlation window, by event time:")
	m.line("")
	m.line("| Time | Severity | Category | Verdict | Finding |")
	m.line("|---|---|---|---|---|")
	for i, r := range rs {
		if i == maxRelatedRows {
			m.p("\n%d more related findings are not listed here; the JSON report has them all.\n", len(rs)-i)
			break
		}
		m.row(fmtTime(r.Time), cell(r.Severity), cell(r.Category), verdictCell(r.Verdict), cell(r.Name))
	}
	m.line("")
}

func (m *mdWriter) nextSteps(steps []NextStep) {
	if len(steps) == 0 {
		return
	}
	m.line("### Next steps")
	m.line("")
	m.line("Commands are built only from names that passed a strict pattern; check them before running.")
	m.line("")
	for i, st := range steps {
		m.p("**Step %d.** %s\n\n", i+1, prose(st.Title))
		if st.Command == "" {
			m.p("No command: %s\n\n", prose(st.Withheld))
			continue
		}
		m.p("%s\n", fenced(st.Command, "sh"))
	}
}

// maxRelatedRows caps the related-findings table of one finding.
const maxRelatedRows = 50

// Small renderers for the tables.

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.UTC().Format(time.RFC3339)
}

// verdictWord shows an analyst verdict by its label ("false positive");
// a value the store should never hold is shown as code. verdictCell is
// verdictWord inside a table.
func verdictWord(v string) string { return verdictOr(v, code) }

func verdictCell(v string) string { return verdictOr(v, cell) }

func verdictOr(v string, asCode func(string) string) string {
	if v == "" {
		return "none"
	}
	if pv, err := triage.ParseVerdict(v); err == nil && string(pv) == v {
		return pv.Label()
	}
	return asCode(v)
}

func scriptCell(s *Script) string {
	switch {
	case s == nil:
		return "none"
	case s.Literal:
		return "literal (" + cell(lastPathElem(s.Interpreter)+" -c") + ")"
	}
	return cell(s.Path)
}

func integrityCell(s *Script) string {
	if s == nil {
		return "—"
	}
	return proseCell(s.Integrity)
}

func classifierCell(c *Classifier) string {
	if c == nil {
		return "—"
	}
	return fmt.Sprintf("%.2f %s", c.Score, proseCell(c.Verdict))
}

func techniqueLinks(ids []string) string {
	if len(ids) == 0 {
		return "—"
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = link(id, finding.MitreURL(id))
	}
	return strings.Join(out, ", ")
}

func lineList(lines []int) string {
	if len(lines) == 0 {
		return "—"
	}
	out := make([]string, len(lines))
	for i, n := range lines {
		out[i] = strconv.Itoa(n)
	}
	return strings.Join(out, ", ")
}

func verdictCounts(items []Item) string {
	counts := map[string]int{}
	var order []string
	for _, it := range items {
		v := it.Verdict
		if counts[v] == 0 {
			order = append(order, v)
		}
		counts[v]++
	}
	parts := make([]string, len(order))
	for i, v := range order {
		parts[i] = fmt.Sprintf("%d %s", counts[v], verdictCell(v))
	}
	s := strconv.Itoa(len(items))
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	return s
}

func lastPathElem(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}
