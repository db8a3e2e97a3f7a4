package jsonpane

import (
	"fmt"
	"strings"
	"testing"
)

// bigRecord is a ~5 MB finding: a 4 MB script and a thousand processes.
func bigRecord() []byte {
	var b strings.Builder
	b.WriteString(`{"finding":{"name":"organizations/1/sources/2/findings/3","processes":[`)
	for i := range 1000 {
		if i > 0 {
			b.WriteByte(',')
		}
		contents := "x = 1\\n"
		if i == 0 {
			contents = strings.Repeat("print('hello world')  # padding\\n", 4<<20/33)
		}
		fmt.Fprintf(&b, `{"name":"python3","pid":"%d","args":["python3","/tmp/s%d.py","--flag"],"script":{"path":"/tmp/s%d.py","sha256":"%064d","contents":"%s"},"envVariables":[{"name":"PATH","val":"/usr/bin"}]}`, i, i, i, i, contents)
	}
	b.WriteString(`]},"resource":{"name":"//run.googleapis.com/projects/p/locations/l/services/s"}}`)
	return []byte(b.String())
}

// BenchmarkJSONPaneKey is one key press (Update and View) on a 5 MB record:
// moving down, which users do most.
func BenchmarkJSONPaneKey(b *testing.B) {
	raw := bigRecord()
	p := open(b, raw, 120, 40)
	b.ReportMetric(float64(len(raw))/1e6, "MB")
	down, up := keyMsg("j"), keyMsg("k")
	b.ResetTimer()
	for i := range b.N {
		k := down
		if i/2000%2 == 1 {
			k = up
		}
		p.Update(k)
		_ = p.View()
	}
}

// BenchmarkJSONPaneFoldAll is the heaviest key on the same record: z
// recomputes the visible rows.
func BenchmarkJSONPaneFoldAll(b *testing.B) {
	p := open(b, bigRecord(), 120, 40)
	z := keyMsg("z")
	b.ResetTimer()
	for range b.N {
		p.Update(z)
		_ = p.View()
	}
}

// BenchmarkJSONParse5MB is the pretty-printer on the same record (it runs
// in a command for records this large).
func BenchmarkJSONParse5MB(b *testing.B) {
	raw := bigRecord()
	b.SetBytes(int64(len(raw)))
	for range b.N {
		_ = parse(raw)
	}
}
