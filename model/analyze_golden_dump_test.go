package model

// Golden check for performance work on the classifier, which must not
// change what it computes: PYTRIAGE_GOLDEN_OUT=file writes every analysis
// (feature vector, raw hits, layers, notes, score, report hits and line
// weights) of the corpus, the samples, the test fixtures and the machine's
// standard library; PYTRIAGE_GOLDEN_CHECK=file fails if that dump differs
// from an earlier one. Skipped when neither is set (machine-dependent
// inputs, so nothing is committed).
//
//	PYTRIAGE_GOLDEN_OUT=/tmp/before.txt go test -run TestGoldenDump ./model/
//	# … optimise …
//	PYTRIAGE_GOLDEN_CHECK=/tmp/before.txt go test -run TestGoldenDump ./model/

import (
	"crypto/sha256"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/pytriage/pytriage/model/internal/dumpcheck"
)

func TestGoldenDump(t *testing.T) {
	out, check := os.Getenv("PYTRIAGE_GOLDEN_OUT"), os.Getenv("PYTRIAGE_GOLDEN_CHECK")
	if out == "" && check == "" {
		t.Skip("PYTRIAGE_GOLDEN_OUT / PYTRIAGE_GOLDEN_CHECK not set")
	}
	paths := dumpcheck.Paths("corpus", "../samples/scripts", "/usr/lib/python3.11", "testdata", "detect/testdata", "unwrap/testdata", "flow/testdata", "pytoken/testdata", "/root/.pyenv/versions/3.11.7/lib/python3.11")
	var b strings.Builder
	g := func(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		v, a := Features(src)
		fmt.Fprintf(&b, "== %s\nvec:", p)
		for _, x := range v {
			b.WriteString(" " + g(x))
		}
		fmt.Fprintf(&b, "\ntrunc=%v limits=%v opaque=%v lines=%d notes=%q\n", a.Truncated, a.LimitsHit, a.Opaque, a.LineCount, a.Notes)
		for _, h := range a.Hits {
			fmt.Fprintf(&b, "hit %d %v %q %s L%d %v\n", h.Detector, h.Lines, h.Message, g(h.Strength), h.Layer, h.Techniques)
		}
		for _, l := range a.Layers {
			fmt.Fprintf(&b, "layer %d %d %v %x %v\n", l.Line, l.Depth, l.Encoding, sha256.Sum256([]byte(l.Text)), l.Python)
		}
		r := a.Report(nil)
		fmt.Fprintf(&b, "score %s %s %s\n", g(r.Score), r.Verdict, r.ModelVersion)
		for _, h := range r.Hits {
			fmt.Fprintf(&b, "rhit %s %v %s %q\n", h.Detector, h.Lines, g(h.Weight), h.Message)
		}
		for _, l := range r.Lines {
			fmt.Fprintf(&b, "line %d %s %v\n", l.Line, g(l.Weight), l.Detectors)
		}
	}
	dumpcheck.Settle(t, b.String(), check, out)
	t.Logf("%d files", len(paths))
}
