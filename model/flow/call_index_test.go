package flow

import (
	"testing"

	"github.com/pytriage/pytriage/model/pytoken"
)

// TestCallIndexMatchesScan: CallsTo and CallsNamed return exactly the calls
// a scan of Calls finds, in call order (including Python 2 exec statements).
func TestCallIndexMatchesScan(t *testing.T) {
	src := `import os, subprocess as sp
from base64 import b64decode as d
exec "print 1"
os.system("id"); sp.run(["ls"]); x.run(1)
f = getattr(os, "sys" + "tem"); f("x")
os.system(d("aWQ=")).run()
print(f"{os.system('y')}")
`
	p := Build(pytoken.Tokenize([]byte(src)), nil)
	if len(p.Calls) < 8 {
		t.Fatalf("only %d calls", len(p.Calls))
	}
	seenF, seenM := map[string]bool{}, map[string]bool{}
	for i := range p.Calls {
		f, m := p.Calls[i].Func, p.Calls[i].Method()
		for _, q := range []struct {
			name  string
			got   []*Call
			match func(*Call) bool
			seen  map[string]bool
		}{
			{f, p.CallsTo(f), func(c *Call) bool { return c.Func == f }, seenF},
			{m, p.CallsNamed(m), func(c *Call) bool { return c.Method() == m }, seenM},
		} {
			if q.seen[q.name] {
				continue
			}
			q.seen[q.name] = true
			var want []*Call
			for j := range p.Calls {
				if q.match(&p.Calls[j]) {
					want = append(want, &p.Calls[j])
				}
			}
			if len(q.got) != len(want) {
				t.Fatalf("%q: %d calls, want %d", q.name, len(q.got), len(want))
			}
			for j := range want {
				if q.got[j] != want[j] {
					t.Errorf("%q: call %d differs", q.name, j)
				}
			}
		}
	}
	if got := p.CallsTo("no.such"); got != nil {
		t.Errorf("CallsTo(no.such) = %v", got)
	}
}
