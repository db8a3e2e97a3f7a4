package model
import ("testing";"fmt";"os")
func TestZZFP2(t *testing.T){
	files := loadPy(t, "/usr/lib/python3.11", 1<<30)
	for i, f := range files {
		r := AnalyzeWith(f, HandScorer())
		if r.Verdict != VerdictBenign { fmt.Fprintf(os.Stderr, "%d %s %s %.2f %q\n", i, firstLine(f), r.Verdict, r.Score, ids(r)) }
		for _, h := range r.Hits { if h.Detector == "env-harvest" || h.Detector == "builtins-access" || h.Detector=="destruction" { fmt.Fprintf(os.Stderr, "   %d %s %v %s\n", i, h.Detector, h.Lines, h.Message) } }
	}
}
func firstLine(b []byte) string { if len(b) > 60 { b = b[:60] }; return fmt.Sprintf("%q", b) }
