package pytoken

import "testing"

// BenchmarkLinesAndTricks: the fused line-start and trick pass alone.
func BenchmarkLinesAndTricks(b *testing.B) {
	files := benchCorpus(b)
	texts := make([]string, len(files))
	total := 0
	for i, f := range files {
		texts[i] = string(f)
		total += len(f)
	}
	b.SetBytes(int64(total))
	for b.Loop() {
		for _, t := range texts {
			scanLinesAndTricks(&Result{Text: t})
		}
	}
}
