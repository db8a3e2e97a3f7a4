package detect

import (
	"strings"
	"testing"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
)

// TestStrSetMatchesList: the filtered set answers exactly like a map of
// its list, for members and for near misses.
func TestStrSetMatchesList(t *testing.T) {
	for _, list := range [][]string{processFuncs, execFuncs, fetchFuncs} {
		s := setOf(list)
		in := map[string]bool{}
		for _, v := range list {
			in[v] = true
		}
		var probes []string
		for _, v := range list {
			probes = append(probes, v, v+"x", "x"+v, v[:len(v)-1], strings.ToUpper(v), "?."+v)
		}
		probes = append(probes, "", "?", "?.run", "print", "os", "subprocess.")
		for _, p := range probes {
			if got := s.has(p); got != in[p] {
				t.Errorf("has(%q) = %v, want %v", p, got, in[p])
			}
		}
	}
}

// TestHasLongLine: the pre-check of hidden-whitespace never skips a
// script the full scan would flag (boundary at 150 columns).
func TestHasLongLine(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool // hidden-whitespace fires
	}{
		{"x = 1" + strings.Repeat(" ", 150) + "; y = 2\n", true},
		{strings.Repeat(" ", 150) + "import os\n", true},
		{"if x:\n" + strings.Repeat(" ", 150) + "import os\n", true},
		{"x = 1" + strings.Repeat(" ", 140) + "; y = 2\n", false},
		{"x = 1\r" + strings.Repeat(" ", 149) + "y\n", false},
		{"a = 1" + strings.Repeat(" ", 145) + "b\n", false},
	} {
		res := pytoken.Tokenize([]byte(tc.src))
		c := NewContext(flow.Build(res, nil), 0)
		got := len(runHiddenWhitespace(c)) > 0
		// the same scan without the pre-check
		full := false
		for i := 1; i < len(res.Tokens); i++ {
			tk, p := res.Tokens[i], res.Tokens[i-1]
			switch tk.Kind {
			case pytoken.Comment, pytoken.NL, pytoken.Newline, pytoken.Indent, pytoken.Dedent, pytoken.EndMarker:
				continue
			}
			if p.Line == tk.Line && tk.Start-p.End >= 150 && p.Kind != pytoken.Indent && p.Kind != pytoken.Dedent ||
				tk.Col >= 150 && (p.Kind == pytoken.Newline || p.Kind == pytoken.NL || p.Kind == pytoken.Indent || p.Kind == pytoken.Dedent) {
				full = true
			}
		}
		if got != full {
			t.Errorf("%q: detector %v, full scan %v", tc.src[:20], got, full)
		}
		if got != tc.want {
			t.Errorf("%q: detector %v, want %v", tc.src[:20], got, tc.want)
		}
		if !hasLongLine(res, 150) && full {
			t.Errorf("%q: pre-check says no long line but the scan fires", tc.src[:20])
		}
	}
}
