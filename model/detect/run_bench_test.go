package detect

import (
	"testing"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/internal/stdlibfiles"
	"github.com/pytriage/pytriage/model/pytoken"
)

// BenchmarkDetectStdlib: every detector over ~8 MB of the standard
// library. As in model.Analyze, each script is tokenized and its flow
// program built just before the detectors run (untimed), so the tokens
// are fresh in cache and flow's lazy caches are cold.
func BenchmarkDetectStdlib(b *testing.B) {
	srcs, total := stdlibfiles.Read(b, stdlibfiles.Dir, 8<<20)
	res := make([]*pytoken.Result, len(srcs))
	for i, src := range srcs {
		res[i] = pytoken.Tokenize(src)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, r := range res {
			b.StopTimer()
			p := flow.Build(r, nil)
			b.StartTimer()
			c := NewContext(p, 0)
			Run(c)
			c.Release()
			b.StopTimer()
			p.Release()
			b.StartTimer()
		}
	}
}
