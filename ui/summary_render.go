package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/triage"
	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/safe"
	"github.com/pytriage/pytriage/ui/theme"
)

// Caps on what one summary field shows; the cut is marked by safe.Truncate.
const (
	summaryFieldRunes = 600
	summaryArgs       = 12
	summaryHits       = 8
)

// summaryInput is everything the Summary render needs: a pure function of
// it, so it is golden-tested over sizes and themes.
type summaryInput struct {
	rec     *finding.Record
	report  *model.Report // nil until classified
	pending bool          // classification running
	spinner string
	th      *theme.Theme
	width   int
	triage  bool              // show the decision history section
	history []triage.Decision // oldest first
}

// summaryWriter accumulates wrapped lines.
type summaryWriter struct {
	th     *theme.Theme
	w      int
	labelW int
	lines  []string
}

func (s *summaryWriter) heading(title string) {
	if len(s.lines) > 0 {
		s.lines = append(s.lines, "")
	}
	s.lines = append(s.lines, s.th.Heading.Render("▍"+title))
}

// raw adds an already styled, trusted line, wrapped.
func (s *summaryWriter) raw(line string) {
	for _, l := range strings.Split(wrap(line, max(1, s.w)), "\n") {
		s.lines = append(s.lines, l)
	}
}

// indented adds styled text wrapped under an indent.
func (s *summaryWriter) indented(indent, line string) {
	for _, l := range strings.Split(wrap(line, max(1, s.w-len(indent))), "\n") {
		s.lines = append(s.lines, indent+l)
	}
}

// field adds "label  value" where value is already styled; continuation
// lines are indented under the value.
func (s *summaryWriter) field(label, value string) {
	vw := s.w - s.labelW
	if vw < 12 {
		// Too narrow for two columns: label line, then the value.
		s.raw(s.th.Label.Render(label))
		s.raw("  " + value)
		return
	}
	wrapped := strings.Split(wrap(value, vw), "\n")
	for i, l := range wrapped {
		lab := strings.Repeat(" ", s.labelW)
		if i == 0 {
			lab = s.th.Label.Render(pad(label, s.labelW))
		}
		s.lines = append(s.lines, lab+l)
	}
}

// wrap word-wraps styled text at w cells, breaking long words (hashes,
// URLs) hard so no line is ever wider than w.
func wrap(s string, w int) string {
	return carrySGR(ansi.Hardwrap(ansi.Wrap(s, w, " /,"), w, true))
}

// carrySGR closes the styling open at the end of each line and reopens it
// on the next, so a styled run broken by wrapping keeps its style (a
// hostile token stays marked on both lines) and never bleeds into the
// border drawn after the line.
func carrySGR(s string) string {
	if !strings.Contains(s, "\n") || !strings.Contains(s, "\x1b[") {
		return s
	}
	lines := strings.Split(s, "\n")
	active := ""
	for i, l := range lines {
		prefix := active
		for j := 0; j < len(l); j++ {
			if l[j] != 0x1b || j+1 >= len(l) || l[j+1] != '[' {
				continue
			}
			k := j + 2
			for k < len(l) && (l[k] >= '0' && l[k] <= '9' || l[k] == ';' || l[k] == ':') {
				k++
			}
			if k < len(l) && l[k] == 'm' {
				seq := l[j : k+1]
				if seq == "\x1b[m" || seq == "\x1b[0m" {
					active = ""
				} else {
					active += seq
				}
				j = k
			}
		}
		if active != "" && i < len(lines)-1 {
			l += "\x1b[m"
		}
		lines[i] = prefix + l
	}
	return strings.Join(lines, "\n")
}

// text escapes finding text for display, capped.
func (s *summaryWriter) text(v string) string {
	return safe.Styled(safe.Truncate(v, summaryFieldRunes), false, s.th.Text, s.th.Hostile)
}

// fieldText adds a field whose value is finding text; empty values show a
// dim dash so absence is visible.
func (s *summaryWriter) fieldText(label, v string) {
	if v == "" {
		s.field(label, s.th.Dim.Render("—"))
		return
	}
	s.field(label, s.text(v))
}

// renderSummary renders the Summary pane's lines for in.rec at in.width.
func renderSummary(in summaryInput) []string {
	th := in.th
	s := &summaryWriter{th: th, w: in.width, labelW: 15}
	if in.rec == nil {
		return []string{th.Dim.Render("No finding selected.")}
	}
	r := in.rec
	f := &r.Finding
	sc, hasScript := scriptOf(f)

	s.heading("What was detected")
	s.fieldText("Category", f.Category)
	s.field("Severity", th.Severity(f.Severity).Render(orDash(safe.Escape(f.Severity)))+
		th.Dim.Render("  state ")+s.text(orDash(f.State)))
	s.field("Event time", th.Text.Render(fmtTime(f.EventTime))+th.Dim.Render("  created "+fmtTime(f.CreateTime)))
	var proc *finding.Process
	if len(f.Processes) > 0 {
		proc = &f.Processes[0]
	}
	switch {
	case proc != nil && proc.Binary != nil:
		s.fieldText("Program binary", proc.Binary.Path)
	case hasScript && sc.Interpreter != "":
		s.fieldText("Program binary", sc.Interpreter)
	default:
		s.fieldText("Program binary", "")
	}
	switch {
	case hasScript && sc.Literal:
		s.field("Script", th.Warning.Render("literal (python3 -c)")+th.Dim.Render(fmt.Sprintf("  %d bytes of code in the arguments", len(sc.Contents))))
	case hasScript:
		s.fieldText("Script", sc.Path)
	default:
		s.field("Script", th.Dim.Render("none recorded"))
	}
	if proc != nil {
		s.field("Arguments", s.args(proc))
		s.field("Process", s.text(orDash(proc.Name))+th.Dim.Render(processIDs(proc)))
	}

	s.heading("Affected resource")
	res := f.ResourceName
	if res == "" {
		res = r.Resource.Name
	}
	s.fieldText("Resource", res)
	proj := r.Resource.ProjectDisplayName
	if proj == "" {
		proj = namesOf(r).Project
	}
	s.fieldText("Project", proj)
	s.fieldText("Type", r.Resource.Type)
	s.fieldText("Location", firstNonEmpty(r.Resource.Location, namesOf(r).Location))

	s.heading("Related links")
	if vt := virusTotalURL(f); vt != "" {
		s.field("VirusTotal", safe.Styled(vt, false, th.Link, th.Hostile))
	} else {
		s.field("VirusTotal", th.Dim.Render("no sha256 in the finding"))
	}
	s.mitre(f.MitreAttack)
	s.fieldText("Console", f.ExternalURI)

	s.heading("Classifier")
	s.classifier(in, hasScript)

	if in.triage {
		s.heading("Decision history")
		s.decisionHistory(in.history)
	}

	s.heading("Integrity")
	if hasScript {
		ig := integrityOf(sc)
		st := th.Warning
		switch ig.State {
		case finding.Mismatch:
			st = th.Error
		case finding.Verified:
			st = th.OK
		}
		s.field("State", st.Render(ig.Mark+" "+ig.Label))
		s.raw(th.Dim.Render(ig.Detail))
		s.fieldText("sha256", sc.SHA256)
		s.field("Size", th.Text.Render(fmt.Sprintf("%d bytes, hashed %d, contents %d", sc.Size, sc.HashedSize, len(sc.Contents))))
	} else {
		s.raw(th.Dim.Render("No script, nothing to check."))
	}

	s.heading("Container")
	s.container(r)

	s.heading("Next steps")
	for i, st := range nextSteps(r) {
		s.indented("", th.Text.Render(fmt.Sprintf("%d. %s", i+1, st.Title)))
		if st.Command != "" {
			// The command is built only from names that passed safeName,
			// but it is still escaped: nothing reaches the screen unescaped.
			for _, l := range strings.Split(ansi.Hardwrap(safe.Escape(st.Command), max(1, s.w-3), false), "\n") {
				s.lines = append(s.lines, "   "+th.Key.Render(l))
			}
		} else {
			s.indented("   ", th.Warning.Render(st.Why))
		}
	}
	s.raw(th.Dim.Render("y copies a command, the sha256, the VirusTotal link or the resource name."))
	return s.lines
}

// args renders argv as a shell would read it (each argument quoted when it
// holds anything but plain word characters, so argument boundaries stay
// visible), with the truncation flags shown.
func (s *summaryWriter) args(p *finding.Process) string {
	if len(p.Args) == 0 {
		return s.th.Dim.Render("none recorded")
	}
	parts := make([]string, 0, len(p.Args)+1)
	for i, a := range p.Args {
		if i == summaryArgs {
			parts = append(parts, s.th.Warning.Render(fmt.Sprintf("…(+%d more)", len(p.Args)-i)))
			break
		}
		parts = append(parts, s.text(shellQuote(a)))
	}
	out := strings.Join(parts, " ")
	if p.ArgumentsTruncated {
		out += s.th.Warning.Render("  [truncated by the detector]")
	}
	return out
}

func (s *summaryWriter) mitre(m finding.MitreAttack) {
	th := s.th
	refs := finding.MitreRefs(m)
	if len(refs) == 0 {
		s.field("MITRE", th.Dim.Render("—"))
		return
	}
	for i, ref := range refs {
		label := ""
		if i == 0 {
			label = "MITRE"
		}
		v := s.text(ref.Name)
		if ref.ID != "" {
			// ID and URL are built from a fixed table, but are escaped
			// all the same: no OSC 8, plain text.
			v += " " + th.Text.Render(safe.Escape(ref.ID)) + " " + safe.Styled(ref.URL, false, th.Link, th.Hostile)
		} else {
			v += th.Dim.Render(" (unknown id)")
		}
		s.field(label, v)
	}
}

func (s *summaryWriter) classifier(in summaryInput, hasScript bool) {
	th := s.th
	rep := in.report
	switch {
	case !hasScript:
		s.raw(th.Dim.Render("No script to classify."))
		return
	case rep == nil && in.pending:
		s.raw(th.Dim.Render(in.spinner + " analysing the script…"))
		return
	case rep == nil:
		s.raw(th.Dim.Render("Not classified yet."))
		return
	}
	s.field("Score", th.Badge(string(rep.Verdict)).Render(fmt.Sprintf("%d%% %s %s", int(rep.Score*100+0.5), strings.ToUpper(string(rep.Verdict)), verdictSymbol(rep.Verdict)))+
		th.Dim.Render("  model "+orDash(rep.ModelVersion)+" · evidence, not a verdict"))
	if rep.Truncated || rep.LimitsHit {
		s.raw(th.Warning.Render("The script is truncated or hit an analysis limit: treat as unanalysable, not benign."))
	}
	hits := append([]model.Hit(nil), rep.Hits...)
	sortHits(hits)
	for i, h := range hits {
		if i == summaryHits {
			s.raw(th.Dim.Render(fmt.Sprintf("…and %d more hits (Script pane)", len(hits)-i)))
			break
		}
		sev := string(h.Severity)
		head := th.FlaggedLine(sev).Render(hitGlyph(sev)+" "+strings.ToUpper(sev)) + " " +
			th.Text.Bold(true).Render(safe.Escape(h.Title))
		if len(h.Techniques) > 0 { // capabilities such as network use show none
			head += " " + th.Dim.Render(safe.Escape(strings.Join(h.Techniques, ",")))
		}
		if len(h.Lines) > 0 {
			head += th.Dim.Render(" line " + joinInts(h.Lines, 6))
		}
		s.raw(head)
		if h.Message != "" {
			s.indented("  ", safe.Styled(safe.Truncate(h.Message, summaryFieldRunes), false, th.Dim, th.Hostile))
		}
	}
	for _, n := range rep.Notes {
		s.raw(th.Dim.Render("note: ") + safe.Styled(n, false, th.Dim, th.Hostile))
	}
}

func (s *summaryWriter) container(r *finding.Record) {
	f := &r.Finding
	th := s.th
	var c *finding.Container
	if len(f.Containers) > 0 {
		c = &f.Containers[0]
	}
	if c == nil && len(f.Kubernetes.Pods) > 0 && len(f.Kubernetes.Pods[0].Containers) > 0 {
		c = &f.Kubernetes.Pods[0].Containers[0]
	}
	if c != nil {
		s.fieldText("Name", c.Name)
		s.fieldText("Image", c.URI)
		s.fieldText("Digest", c.ImageID)
	} else {
		s.raw(th.Dim.Render("No container recorded."))
	}
	n := namesOf(r)
	switch {
	case len(f.Kubernetes.Pods) > 0:
		p := f.Kubernetes.Pods[0]
		s.field("Pod", s.text(p.Namespace)+th.Dim.Render("/")+s.text(p.Name))
		if n.Cluster != "" {
			s.fieldText("Cluster", n.Cluster)
		}
	case n.Revision != "":
		s.field("Revision", s.text(n.Service)+th.Dim.Render("/")+s.text(n.Revision))
	case n.Job != "":
		s.fieldText("Job", n.Job)
	}
}

// hitGlyph varies the flagged-line mark by severity so severity never
// relies on colour.
func hitGlyph(sev string) string {
	switch theme.Level(sev) {
	case theme.LevelCritical, theme.LevelHigh:
		return "‼"
	case theme.LevelMedium:
		return "!"
	}
	return "▌"
}

// sortHits orders hits by weight, heaviest first, stably.
func sortHits(hs []model.Hit) {
	for i := 1; i < len(hs); i++ {
		for j := i; j > 0 && hs[j].Weight > hs[j-1].Weight; j-- {
			hs[j], hs[j-1] = hs[j-1], hs[j]
		}
	}
}

func joinInts(xs []int, limit int) string {
	parts := make([]string, 0, min(len(xs), limit)+1)
	for i, x := range xs {
		if i == limit {
			parts = append(parts, fmt.Sprintf("…+%d", len(xs)-i))
			break
		}
		parts = append(parts, strconv.Itoa(x))
	}
	return strings.Join(parts, ",")
}

func processIDs(p *finding.Process) string {
	s := fmt.Sprintf("  pid %d, parent %d", p.PID, p.ParentPID)
	if p.HasUserID {
		s += fmt.Sprintf(", uid %d", p.UserID)
		if p.UserID == 0 {
			s += " (root)"
		}
	}
	return s
}

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.UTC().Format("2006-01-02 15:04:05 UTC")
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// shellQuote quotes one argument in POSIX shell style when needed: analysts
// read argv as a command line, and quoting keeps an argument with spaces
// from looking like two. The result is still escaped for display.
func shellQuote(a string) string {
	if a == "" {
		return "''"
	}
	for _, r := range a {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_./:=@%+,-", r)) {
			return "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
	}
	return a
}
