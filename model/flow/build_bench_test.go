package flow

import (
	"syscall"
	"testing"

	"github.com/pytriage/pytriage/model/internal/stdlibfiles"
	"github.com/pytriage/pytriage/model/pytoken"
)

// BenchmarkBuildStdlib: the data flow over the ~8 MB of standard library
// the whole-pipeline benchmark reads. Build runs on tokens just made, as in
// the model (tokens kept from a setup pass would be cold in the cache and
// time memory, not flow), so "tokenize" is the part to subtract from
// "tokenize+build".
func BenchmarkBuildStdlib(b *testing.B) {
	srcs, total := stdlibfiles.Read(b, stdlibfiles.Dir, 8<<20)
	for _, tt := range []struct {
		name  string
		build bool
	}{{"tokenize", false}, {"tokenize+build", true}} {
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				for _, src := range srcs {
					res := pytoken.Tokenize(src)
					if tt.build {
						Build(res, nil).Release()
					}
					res.Release()
				}
			}
			// CPU time, unlike wall time, does not count the waits of a
			// machine shared with other work.
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
}

// cpuTime is the user and system CPU time of the process so far, in ns.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
