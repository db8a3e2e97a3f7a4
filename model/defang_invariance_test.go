package model

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/pytriage/pytriage/model/corpus"
)

// The corpus uses RFC 5737 addresses and .example/.invalid names because it
// must be defanged, but they stand for any address or domain: no detector
// or feature may key on them, or real findings would score differently.
// Moving every documentation address to the 100.64.0.0/10 shared space and
// every .example/.invalid name to another reserved-looking suffix (never
// contacted: nothing here is fetched) must leave each corpus script's
// verdict and hits unchanged and its score within 0.02.
func TestDocumentationRangesAreNotSignals(t *testing.T) {
	samples, err := corpus.Load()
	if err != nil {
		t.Fatal(err)
	}
	ip := regexp.MustCompile(`\b(192\.0\.2|198\.51\.100|203\.0\.113)\.(\d{1,3})\b`)
	dom := regexp.MustCompile(`\.(example|invalid)\b`)
	moved := 0
	for _, s := range samples {
		if !ip.Match(s.Code) && !dom.Match(s.Code) {
			continue
		}
		n := 0
		alt := ip.ReplaceAllFunc(s.Code, func(m []byte) []byte {
			sub := ip.FindSubmatch(m)
			// Keep the length of the text so no lexical statistic moves
			// because a literal got longer or shorter.
			n++
			prefix := map[string]string{"192.0.2": "100.64.2", "198.51.100": "100.64.100", "203.0.113": "100.64.113"}[string(sub[1])]
			return fmt.Appendf(nil, "%s.%s", prefix, sub[2])
		})
		alt = dom.ReplaceAllFunc(alt, func(m []byte) []byte {
			if string(m) == ".example" {
				return []byte(".testnet") // same length as ".example"
			}
			return []byte(".testnt") // same length as ".invalid"
		})
		a, b := Analyze(s.Code), Analyze(alt)
		// The lexical statistics (character entropy of literals) move a
		// little when digits change; the verdict and the hits must not.
		if d := a.Score - b.Score; a.Verdict != b.Verdict || d > 0.02 || d < -0.02 {
			t.Errorf("%s: score %.6f %s with documentation ranges, %.6f %s without", s.Name, a.Score, a.Verdict, b.Score, b.Verdict)
			continue
		}
		if ha, hb := hitSet(a), hitSet(b); ha != hb {
			t.Errorf("%s: hits differ:\n  with    %s\n  without %s", s.Name, ha, hb)
		}
		moved++
	}
	if moved < 50 {
		t.Fatalf("only %d corpus scripts use documentation addresses or names; the test proves little", moved)
	}
}

func hitSet(r *Report) string {
	out := ""
	for _, h := range r.Hits {
		out += fmt.Sprintf("%s%v;", h.Detector, h.Lines)
	}
	return out
}
