package model
import ("testing";"fmt";"sort";"os")
func TestZZFP(t *testing.T){
	files := loadPy(t, "/usr/lib/python3.11", 1<<30)
	cnt := map[string]int{}; ex := map[string]string{}
	verd := map[Verdict]int{}
	for i, f := range files {
		r := AnalyzeWith(f, HandScorer())
		verd[r.Verdict]++
		seen := map[string]bool{}
		for _, h := range r.Hits { if !seen[h.Detector] { seen[h.Detector]=true; cnt[h.Detector]++; if _, ok := ex[h.Detector]; !ok || i%7==0 { ex[h.Detector] = fmt.Sprintf("%d:%v %s", i, h.Lines, h.Message) } } }
	}
	var ks []string; for k := range cnt { ks = append(ks, k) }
	sort.Slice(ks, func(i,j int) bool { return cnt[ks[i]] > cnt[ks[j]] })
	fmt.Fprintln(os.Stderr, "files", len(files), verd)
	for _, k := range ks { fmt.Fprintf(os.Stderr, "%-20s %4d  %s\n", k, cnt[k], ex[k]) }
}
