package report

import (
	"fmt"
	"slices"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/triage"
	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/model/pytoken"
	"github.com/pytriage/pytriage/ui/safe"
)

// Caps on what one item quotes, so a hostile finding cannot make a report
// of gigabytes. Each cut is marked.
const (
	MaxFlaggedLines = 60      // flagged lines quoted per finding
	MaxLineRunes    = 400     // runes quoted per script line (the cut is marked)
	MaxLayers       = 8       // decoded layers quoted per finding
	MaxLayerBytes   = 8 << 10 // bytes quoted per decoded layer
	MaxArgs         = 64      // process arguments quoted per finding
)

// ItemFor gathers a report item: r's facts (derived by package finding),
// rep's evidence (nil when the script was not classified), the finding's
// verdict history (oldest first) and the findings related to it.
func ItemFor(r *finding.Record, rep *model.Report, history []triage.Decision, related []*finding.Record) Item {
	if r == nil {
		return Item{}
	}
	f := &r.Finding
	it := Item{
		Name:      f.Name,
		Category:  f.Category,
		Severity:  f.Severity,
		State:     f.State,
		EventTime: f.EventTime.UTC(),
		Console:   f.ExternalURI,
		Source:    r.Origin.String(),
		Resource:  resourceOf(r),
	}
	if r.Origin.File == "" {
		it.Source = ""
	}
	if f.EventTime.IsZero() {
		it.EventTime = f.CreateTime.UTC()
	}
	sc, hasScript := finding.ScriptOf(f)
	if hasScript {
		it.Script = scriptOf(f, sc)
	}
	for _, m := range finding.MitreRefs(f.MitreAttack) {
		it.Mitre = append(it.Mitre, Technique{Name: m.Name, ID: m.ID, URL: m.URL, Tactic: m.Tactic, Primary: m.Primary})
	}
	if rep != nil {
		it.Classifier = classifierOf(rep, sc.Contents)
	}
	for _, d := range history {
		it.Decisions = append(it.Decisions, decisionOf(d))
	}
	if n := len(history); n > 0 {
		it.Verdict = string(history[n-1].Verdict)
	}
	for _, o := range related {
		if o == nil {
			continue
		}
		at := o.Finding.EventTime
		if at.IsZero() {
			at = o.Finding.CreateTime
		}
		it.Related = append(it.Related, Related{Time: at.UTC(), Category: o.Finding.Category, Severity: o.Finding.Severity, Name: o.Finding.Name})
	}
	for _, st := range finding.NextSteps(r) {
		it.NextSteps = append(it.NextSteps, NextStep{Title: st.Title, Command: st.Command, Withheld: st.Why})
	}
	return it
}

func resourceOf(r *finding.Record) Resource {
	n := finding.NamesOf(r)
	res := Resource{
		Name:      firstNonEmpty(r.Finding.ResourceName, r.Resource.Name),
		Short:     n.Short(),
		Type:      r.Resource.Type,
		Project:   firstNonEmpty(n.Project, r.Resource.ProjectDisplayName),
		Location:  n.Location,
		Cluster:   n.Cluster,
		Namespace: n.Namespace,
		Pod:       n.Pod,
		Service:   n.Service,
		Revision:  n.Revision,
		Job:       n.Job,
		Container: n.Container,
	}
	if c, ok := containerOf(r); ok {
		res.Image, res.Digest = c.URI, c.ImageID
	}
	return res
}

// containerOf is the container the finding ran in: the finding's own
// container list first, else the first pod's.
func containerOf(r *finding.Record) (finding.Container, bool) {
	if len(r.Finding.Containers) > 0 {
		return r.Finding.Containers[0], true
	}
	for _, p := range r.Finding.Kubernetes.Pods {
		if len(p.Containers) > 0 {
			return p.Containers[0], true
		}
	}
	return finding.Container{}, false
}

func scriptOf(f *finding.Finding, sc finding.Script) *Script {
	ig := finding.IntegrityOf(sc)
	s := &Script{
		Path:            sc.Path,
		Literal:         sc.Literal,
		Interpreter:     sc.Interpreter,
		Language:        sc.Language,
		Size:            sc.Size,
		SHA256:          sc.SHA256,
		Integrity:       ig.State.String(),
		IntegrityDetail: ig.Detail,
		VirusTotal:      finding.VirusTotalURL(f),
	}
	if len(f.Processes) > 0 {
		s.Args = finding.DecodedArgs(&f.Processes[0])
		if n := len(s.Args); n > MaxArgs {
			s.Args = append(s.Args[:MaxArgs:MaxArgs], fmt.Sprintf("…(+%d more arguments)", n-MaxArgs))
		}
	}
	return s
}

func classifierOf(rep *model.Report, src string) *Classifier {
	c := &Classifier{
		Score:        rep.Score,
		Verdict:      string(rep.Verdict),
		ModelVersion: rep.ModelVersion,
		Notes:        slices.Clone(rep.Notes),
		Truncated:    rep.Truncated,
		LimitsHit:    rep.LimitsHit,
	}
	var lines []int
	for _, h := range rep.Hits {
		c.Hits = append(c.Hits, Hit{
			Detector: h.Detector, Title: h.Title, Techniques: slices.Clone(h.Techniques),
			Severity: string(h.Severity), Lines: slices.Clone(h.Lines), Message: h.Message, Layer: h.Layer,
		})
		lines = append(lines, h.Lines...)
	}
	c.Flagged = quoteLines(src, lines)
	for i, l := range rep.Layers {
		if i == MaxLayers {
			c.Notes = append(c.Notes, "report: further decoded layers not quoted")
			break
		}
		text, cut := capBytes(l.Text, MaxLayerBytes)
		c.Layers = append(c.Layers, Layer{Line: l.Line, Depth: l.Depth, Encoding: slices.Clone(l.Encoding), Python: l.Python, Text: text, Cut: cut})
	}
	return c
}

// quoteLines returns the text of the given 1-based lines of src, by
// CPython's line rules as the classifier counts them (the same decoded
// text), sorted, without duplicates, capped.
func quoteLines(src string, lines []int) []Line {
	if src == "" || len(lines) == 0 {
		return nil
	}
	lines = slices.Clone(lines)
	slices.Sort(lines)
	lines = slices.Compact(lines)
	res := pytoken.Tokenize([]byte(src))
	var out []Line
	for _, n := range lines {
		if n < 1 || n > res.LineCount() {
			continue
		}
		if len(out) == MaxFlaggedLines {
			break
		}
		text, _ := res.LineText(n)
		text = safe.Truncate(text, MaxLineRunes)
		out = append(out, Line{N: n, Text: text})
	}
	return out
}

// capBytes cuts s to at most n bytes on a rune boundary.
func capBytes(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n], true
}

func decisionOf(d triage.Decision) Decision {
	out := Decision{
		Time: d.Time.UTC(), Analyst: d.Analyst, Verdict: string(d.Verdict), Note: d.Note,
		ModelVersion: d.ModelVersion, Undo: d.Undoes != 0,
	}
	if d.HasScore {
		s := d.Score
		out.Score = &s
	}
	return out
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
