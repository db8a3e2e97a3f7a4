package pytoken

import "testing"

// BenchmarkLinesAndTricks: the trick pass alone (the line starts it
// needs, which the scanner records, are computed outside the loop).
func BenchmarkLinesAndTricks(b *testing.B) {
	files := benchCorpus(b)
	texts := make([]string, len(files))
	starts := make([][]int, len(files))
	total := 0
	for i, f := range files {
		texts[i] = string(f)
		starts[i] = naiveLineStarts(texts[i])
		total += len(f)
	}
	b.SetBytes(int64(total))
	for b.Loop() {
		for i, t := range texts {
			scanTricks(&Result{Text: t, LineStarts: starts[i]})
		}
	}
}
