package ui

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/samples"
)

// BenchmarkUpdateViewKey is one key press (j, then k at the bottom) and
// the frame after it, with 100k findings loaded, in the wide layout with
// the real JSON and Script panes. Target: ≤ 2 ms.
func BenchmarkUpdateViewKey(b *testing.B) {
	a := newTestApp(b, records(100_000), 200, 60)
	classifyAll(a)
	a.View()
	down, up := keyMsg("j"), keyMsg("k")
	runtime.GC() // finish with the setup's garbage before timing keys
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := down
		if (i/500)%2 == 1 {
			k = up
		}
		a.Update(k)
		_ = a.View()
	}
}

// BenchmarkUpdateViewKeyBigScript is a key in the Script pane while a
// 50k-line script is open, with 100k findings loaded. Target: ≤ 2 ms.
func BenchmarkUpdateViewKeyBigScript(b *testing.B) {
	rs := records(100_000)
	big := runRecord(0)
	var sb strings.Builder
	for i := 0; i < 50_000; i++ {
		fmt.Fprintf(&sb, "value_%d = compute(%d, 'constant') + 1  # line %d\n", i, i, i)
	}
	src := sb.String()
	big.Finding.EventTime = baseTime.Add(100_000 * time.Hour) // newest: first row
	sc := big.Finding.Processes[0].Script
	sc.Contents, sc.Size, sc.HashedSize, sc.SHA256 = src, int64(len(src)), int64(len(src)), sum(src)
	rs[0] = big
	a := newTestApp(b, rs, 200, 60)
	if a.selected != big {
		b.Fatal("big script not selected")
	}
	// Let the pane prepare the script (highlight or plain above its cap)
	// and the report arrive, as they would before the user reads it.
	for _, p := range a.panes[1:] {
		if l, ok := p.(Loader); ok {
			for _, m := range runCmdIdle(l.Load(), 30*time.Second) {
				a.Update(m)
			}
		}
	}
	classifyAll(a)
	press(a, "4")
	a.View()
	down, up := keyMsg("j"), keyMsg("k")
	runtime.GC()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := down
		if (i/500)%2 == 1 {
			k = up
		}
		a.Update(k)
		_ = a.View()
	}
}

// BenchmarkUpdateViewKeyFiltered is the same with a filter active.
func BenchmarkUpdateViewKeyFiltered(b *testing.B) {
	a := newTestApp(b, records(100_000), 200, 60)
	a.list.query = "svc-1"
	a.list.rebuild(a.scoreOf)
	down, up := keyMsg("j"), keyMsg("k")
	runtime.GC() // finish with the setup's garbage before timing keys
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := down
		if (i/200)%2 == 1 {
			k = up
		}
		a.Update(k)
		_ = a.View()
	}
}

// BenchmarkFilterKeystrokeLoop is what the UI loop spends on one filter
// keystroke over 100k findings: recording the query, starting the
// off-loop match, and a frame. The match itself is BenchmarkFilterKeystroke.
func BenchmarkFilterKeystrokeLoop(b *testing.B) {
	a := newTestApp(b, records(100_000), 200, 60)
	a.list.filtering = true
	runtime.GC()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			a.list.query = "payments"
		} else {
			a.list.query = "payment"
		}
		if a.refilter() == nil {
			b.Fatal("a 100k-row filter ran on the UI loop")
		}
		_ = a.View()
	}
}

// BenchmarkFilterKeystroke is the whole work of one filter keystroke over
// 100k findings (the view is rebuilt: match and sort), which runs off the
// loop above asyncFilterMin rows.
func BenchmarkFilterKeystroke(b *testing.B) {
	a := newTestApp(b, records(100_000), 200, 60)
	runtime.GC()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			a.list.query = "payments"
		} else {
			a.list.query = "payment"
		}
		a.list.rebuild(a.scoreOf)
		_ = a.View()
	}
}

// BenchmarkFirstFrameSamples is what the user waits for: from start to a
// painted frame with the first findings of the embedded samples (through
// the real loader and its first batch).
func BenchmarkFirstFrameSamples(b *testing.B) {
	srcs, err := finding.FSSources(samples.FS, samples.Root)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		a := New(Options{Records: finding.Load(ctx, srcs, finding.Options{}), Analyze: fakeAnalyze}).withContext(ctx)
		a.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
		a.ld = startLoad(ctx, a.opts.Records)
		a.Update(a.ld.collect())
		if len(a.list.all) == 0 {
			b.Fatal("no rows in the first frame")
		}
		_ = a.View()
		cancel()
	}
}
