package flow

import (
	"testing"

	"github.com/pytriage/pytriage/model/pytoken"
)

// TestReachesRepeatedAndNested: the per-token cache and the stamped
// visited set give the same answers on repeated queries, and a pred that
// runs its own Reaches (nested query) neither disturbs the outer one nor
// is disturbed by it.
func TestReachesRepeatedAndNested(t *testing.T) {
	src := "import os\n" +
		"a = os.environ['HOME']\n" +
		"b = a + '/x'\n" +
		"c = b\n" +
		"d = c if c else b\n" +
		"e = d == 'y'\n" +
		"os.system(d)\n" +
		"os.system(e)\n"
	p := build(src)
	isSubscript := func(i int) bool { return p.Is(i, "[") }
	var spans []Span
	for _, k := range p.CallsTo("os.system") {
		spans = append(spans, k.Args[0].Span)
	}
	if len(spans) != 2 {
		t.Fatalf("want 2 os.system calls, got %d", len(spans))
	}
	want := []bool{true, false} // e is a comparison: no data flows on
	for round := 0; round < 3; round++ {
		for n, s := range spans {
			_, got := p.Reaches(s, isSubscript)
			if got != want[n] {
				t.Fatalf("round %d, call %d: Reaches = %v, want %v", round, n, got, want[n])
			}
		}
	}
	// nested: the outer pred asks whether each name token reaches a
	// subscript itself; the outer answer must stay the same.
	nested := 0
	for n, s := range spans {
		_, got := p.Reaches(s, func(i int) bool {
			if p.Toks[i].Kind == pytoken.Name {
				if _, ok := p.Reaches(Span{i, i + 1}, isSubscript); ok {
					nested++
				}
			}
			return isSubscript(i)
		})
		if got != want[n] {
			t.Fatalf("nested, call %d: Reaches = %v, want %v", n, got, want[n])
		}
	}
	if nested == 0 {
		t.Fatal("the nested queries never reached the subscript")
	}
}
