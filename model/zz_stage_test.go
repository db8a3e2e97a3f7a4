package model
import ("testing"
 "github.com/pytriage/pytriage/model/pytoken"
 "github.com/pytriage/pytriage/model/flow"
 "github.com/pytriage/pytriage/model/detect")
func stage(b *testing.B, n int) {
	files := loadPy(b, "/usr/lib/python3.11", 8<<20)
	t := 0; for _, f := range files { t += len(f) }
	b.SetBytes(int64(t)); b.ResetTimer()
	for i := 0; i < b.N; i++ { for _, f := range files {
		r := pytoken.Tokenize(f); if n == 0 { continue }
		p := flow.Build(r, nil); if n == 1 { continue }
		detect.Run(detect.NewContext(p, 0)); if n == 2 { continue }
		Analyze(f)
	}}
}
func BenchmarkZZTok(b *testing.B) { stage(b, 0) }
func BenchmarkZZFlow(b *testing.B) { stage(b, 1) }
func BenchmarkZZDetect(b *testing.B) { stage(b, 2) }
