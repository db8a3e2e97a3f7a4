package model
import ("testing";"fmt";"os";"path/filepath")
func TestZZCorp(t *testing.T){
	for _, dir := range []string{"corpus/malicious","corpus/benign"} {
		fs, _ := filepath.Glob(dir+"/*.py")
		bad := 0
		for _, f := range fs {
			b, _ := os.ReadFile(f)
			r := AnalyzeWith(b, HandScorer())
			mal := dir == "corpus/malicious"
			if mal && r.Score < 0.8 || !mal && r.Verdict != VerdictBenign {
				bad++
				fmt.Fprintf(os.Stderr, "%s %s %.2f %s\n", filepath.Base(f), r.Verdict, r.Score, ids(r))
			}
		}
		fmt.Fprintf(os.Stderr, "== %s: %d/%d off\n", dir, bad, len(fs))
	}
}
