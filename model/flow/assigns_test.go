package flow

import (
	"testing"

	"github.com/pytriage/pytriage/model/pytoken"
)

// TestAssignsFlag: assigns holds for every statement with an "=" or "+="
// (the only ones assignStmt acts on), also in f-string fields and after
// ';', and is false for statements with no operator ending in '='.
func TestAssignsFlag(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []bool // per statement
	}{
		{"x = 1\nprint(x)\n", []bool{true, false}},
		{"a += 'b'; f(a)\n", []bool{true, false}},
		{"f(k=1)\n", []bool{true}}, // a keyword argument: a superset is fine
		{"if a == b: pass\n", []bool{true}},
		{"x: int = 3\ny[0] = 2\n", []bool{true, true}},
		{"return a.b(c)\n", []bool{false}},
		{"z = f\"{(w := 2)}\"\n", []bool{true, true}},
		{"import os\n", []bool{false}},
		{"", nil},
	} {
		p := Build(pytoken.Tokenize([]byte(tc.src)), nil)
		if len(p.Stmts) != len(tc.want) {
			t.Fatalf("%q: %d statements, want %d", tc.src, len(p.Stmts), len(tc.want))
		}
		for si, st := range p.Stmts {
			if got := p.assigns(si); got != tc.want[si] {
				t.Errorf("%q statement %d: assigns = %v, want %v", tc.src, si, got, tc.want[si])
			}
			for j := st.Start; j < st.End; j++ {
				if (p.Is(j, "=") || p.Is(j, "+=")) && !p.assigns(si) {
					t.Errorf("%q statement %d has %q but assigns is false", tc.src, si, p.Toks[j].Text)
				}
			}
		}
		p.Release()
	}
}
