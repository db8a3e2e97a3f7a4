package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/safe"
)

// scanJSON is the --format json object, one per analysed script per line.
type scanJSON struct {
	Source  string         `json:"source"`
	Score   float64        `json:"score"`
	Verdict string         `json:"verdict"`
	Hits    []scanJSONHit  `json:"hits"`
	Lines   []scanJSONLine `json:"lines"`
}

type scanJSONHit struct {
	Detector   string   `json:"detector"`
	Techniques []string `json:"techniques"`
	Severity   string   `json:"severity"`
	Lines      []int    `json:"lines"`
	Weight     float64  `json:"weight"`
	Message    string   `json:"message"`
}

type scanJSONLine struct {
	Line      int      `json:"line"`
	Weight    float64  `json:"weight"`
	Detectors []string `json:"detectors"`
}

func toScanJSON(it *scanItem) scanJSON {
	r := it.report
	o := scanJSON{Source: it.source, Score: r.Score, Verdict: string(r.Verdict),
		Hits: []scanJSONHit{}, Lines: []scanJSONLine{}}
	for _, h := range r.Hits {
		o.Hits = append(o.Hits, scanJSONHit{Detector: h.Detector, Techniques: nonNil(h.Techniques),
			Severity: string(h.Severity), Lines: nonNilInts(h.Lines), Weight: h.Weight, Message: h.Message})
	}
	for _, l := range sortedLines(r) {
		o.Lines = append(o.Lines, scanJSONLine{Line: l.Line, Weight: l.Weight, Detectors: nonNil(l.Detectors)})
	}
	return o
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilInts(s []int) []int {
	if s == nil {
		return []int{}
	}
	return s
}

func writeScanJSON(w *bufio.Writer, items []*scanItem) error {
	for _, it := range items {
		if it.report == nil {
			continue
		}
		b, err := marshalASCII(toScanJSON(it))
		if err != nil {
			return err
		}
		w.Write(b)
		w.WriteByte('\n')
	}
	return nil
}

// marshalASCII encodes v as JSON with every non-ASCII rune written as a
// \u escape, so the bytes hold no bidi control, invisible or C1 character
// even when a source name or message quotes one (encoding/json already
// escapes C0 controls). The result decodes to the same value.
func marshalASCII(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return safe.ASCIIJSON(bytes.TrimRight(buf.Bytes(), "\n")), nil
}

// writeScanText prints one header line per script and, for scripts that
// are not benign, their hits. Everything from the script or its source
// name goes through safe.Escape.
func writeScanText(w *bufio.Writer, items []*scanItem, threshold float64) error {
	flagged := 0
	for _, it := range items {
		r := it.report
		if r == nil {
			continue
		}
		mark := " "
		if r.Score >= threshold {
			mark = "!"
			flagged++
		}
		fmt.Fprintf(w, "%s %-12s %.3f  %s\n", mark, r.Verdict, r.Score, safe.Escape(it.source))
		if r.Verdict == model.VerdictBenign && r.Score < threshold {
			continue
		}
		for _, n := range r.Notes {
			fmt.Fprintf(w, "      note: %s\n", safe.Escape(n))
		}
		for _, h := range r.Hits {
			fmt.Fprintf(w, "      %-10s %+7.3f  %-22s %-8s %s  %s\n", lineList(h.Lines), h.Weight,
				safe.Escape(h.Detector), h.Severity, safe.Escape(strings.Join(h.Techniques, ",")), safe.Escape(h.Message))
		}
	}
	fmt.Fprintf(w, "%d script(s), %d at or above %.2f\n", countReports(items), flagged, threshold)
	return nil
}

func countReports(items []*scanItem) int {
	n := 0
	for _, it := range items {
		if it.report != nil {
			n++
		}
	}
	return n
}

// lineList renders [3 4 5 9] as "L3-5,9".
func lineList(ls []int) string {
	if len(ls) == 0 {
		return "-"
	}
	var b strings.Builder
	b.WriteString("L")
	for i := 0; i < len(ls); {
		j := i
		for j+1 < len(ls) && ls[j+1] == ls[j]+1 {
			j++
		}
		if i > 0 {
			b.WriteByte(',')
		}
		if j > i {
			fmt.Fprintf(&b, "%d-%d", ls[i], ls[j])
		} else {
			fmt.Fprintf(&b, "%d", ls[i])
		}
		i = j + 1
	}
	return b.String()
}
