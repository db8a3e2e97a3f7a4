package detect

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
)

// TestReleasedContextAnswersAlike: a Context handed back by Release and
// taken again by NewContext (with the lists, name index and Run result
// of another script in its kept room) finds exactly what a new one finds.
func TestReleasedContextAnswersAlike(t *testing.T) {
	paths, _ := filepath.Glob("testdata/*/*.py")
	if len(paths) < 20 {
		t.Fatalf("only %d fixtures", len(paths))
	}
	var srcs [][]byte
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	srcs = append(srcs, []byte(""), []byte("chr\nch = chr(1)\n__doc__\n"), []byte("'''doc'''\nx = __doc__\n"))
	fresh := func(src []byte) string {
		c := &Context{}
		p := flow.Build(pytoken.Tokenize(src), nil)
		c.P, c.Res = p, p.Res
		return fmt.Sprint(Run(c))
	}
	want := make([]string, len(srcs))
	for i, src := range srcs {
		want[i] = fresh(src)
	}
	// twice over, each script after another one, through the free list
	for round := 0; round < 2; round++ {
		for i := range srcs {
			k := (i*7 + round) % len(srcs)
			c := NewContext(flow.Build(pytoken.Tokenize(srcs[k]), nil), 0)
			got := fmt.Sprint(Run(c))
			c.Release()
			if got != want[k] {
				t.Fatalf("%s after reuse:\n%s\nwant\n%s", paths[min(k, len(paths)-1)], got, want[k])
			}
		}
	}
}

// TestNamesShortCommon: scanNames' shortcut for names under 5 bytes finds
// each common name where a walk over the tokens does, and nothing else.
func TestNamesShortCommon(t *testing.T) {
	src := []byte("ch = chr(65) + chrx(1) + Chr(2) + _chr\nc = x.chr; chr\nlambda: globals()\nenviron = os.environ\n" +
		"f'{chr(1)}'\nbuiltins.__builtins__ = __code__ or __doc__ or PROT_EXEC or PAGE_EXECUTE_READWRITE\n")
	for _, tc := range []struct {
		name string
		want int // Name tokens spelled so
	}{
		{"chr", 4}, {"lambda", 1}, {"globals", 1}, {"environ", 2}, {"builtins", 1}, {"__builtins__", 1},
		{"__code__", 1}, {"__doc__", 1}, {"PROT_EXEC", 1}, {"PAGE_EXECUTE_READWRITE", 1},
	} {
		c := NewContext(flow.Build(pytoken.Tokenize(src), nil), 0)
		var walk []int
		for i, tk := range c.P.Toks {
			if tk.Kind == pytoken.Name && tk.Text == tc.name {
				walk = append(walk, i)
			}
		}
		got := c.names(tc.name)
		if fmt.Sprint(got) != fmt.Sprint(walk) || len(got) != tc.want {
			t.Errorf("names(%q) = %v, walk %v, want %d", tc.name, got, walk, tc.want)
		}
		c.Release()
	}
}
