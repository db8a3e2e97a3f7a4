package flow

import (
	"strings"
	"testing"

	"github.com/pytriage/pytriage/model/pytoken"
)

// TestOpLevelMatchesLevels: opLevel, the switch the evaluator uses, agrees
// with the precedence table levels.
func TestOpLevelMatchesLevels(t *testing.T) {
	for lv, ops := range levels {
		for _, op := range ops {
			if got := opLevel(op); got != lv {
				t.Errorf("opLevel(%q) = %d, want %d", op, got, lv)
			}
		}
	}
	for _, op := range []string{"=", "==", "**", "/", "(", ",", "and", ""} {
		if got := opLevel(op); got != -1 {
			t.Errorf("opLevel(%q) = %d, want -1", op, got)
		}
	}
}

// TestUncalledNameShortcut: for every right-hand side evalObj skips with
// uncalledName, the evaluator itself fails after exactly one step.
func TestUncalledNameShortcut(t *testing.T) {
	src := `import os
k = "const"
a = b
a = b.c.d
a = b + 1
a = b.c + "x"
a = k
a = k + "y"
a = k.upper()
a = f(1)
a = b.c(2)
a = b[0]
a = os.sep
a = b if c else d
a = lambda x: x
`
	p := Build(pytoken.Tokenize([]byte(src)), nil)
	skipped := 0
	for _, st := range p.Stmts {
		eq := -1
		for j := st.Start; j < st.End; j++ {
			if p.Is(j, "=") {
				eq = j
				break
			}
		}
		if eq < 0 {
			continue
		}
		rhs := Span{eq + 1, st.End}
		if !p.uncalledName(rhs) {
			continue
		}
		skipped++
		before := p.steps
		e := evaluator{p: p, end: rhs.End}
		if _, next, ok := e.expr(rhs.Start, 0); ok && next == rhs.End {
			t.Errorf("line %d: the evaluator folds what uncalledName skips", st.Line)
		}
		if p.steps-before != 1 {
			t.Errorf("line %d: the evaluator took %d steps, the shortcut 1", st.Line, p.steps-before)
		}
	}
	if skipped < 6 {
		t.Fatalf("only %d right-hand sides skipped", skipped)
	}
}

// TestReleaseReuseInvisible: a Build that reuses what an earlier Release
// handed back computes what a Build on fresh memory does.
func TestReleaseReuseInvisible(t *testing.T) {
	small := "import os\nx = 'a' + 'b'\nos.system(x)\nf = getattr(os, 'po' + 'pen')\nf('id')\n"
	big := strings.Repeat("import subprocess as sp\ndef g(a, b):\n    y = a.run(b)  # comment\n    return sp.call([y], shell=True)\nz = g(1, 2); w = f\"{z.x(3)}\"\n", 200)
	dump := dumpReleased
	want := dump(small)
	dump(big) // fills the pools with bigger, dirtier memory
	if got := dump(small); got != want {
		t.Fatalf("after reuse:\n%s\nwant:\n%s", got, want)
	}
	wantBig := dump(big)
	dump(small)
	if got := dump(big); got != wantBig {
		t.Fatal("the big script differs after reuse")
	}
}

// TestNamesNormalised: collect takes a name's text from the tokenizer's
// list of NFKC-changed names; every name must read as res.Ident does.
func TestNamesNormalised(t *testing.T) {
	src := "ｅｘｅｃ('x')\nﬁle = 1\nnaïve = ﬁle\nprint(f\"{ｅｖａｌ('1')}\")\n"
	res := pytoken.Tokenize([]byte(src))
	p := Build(res, nil)
	seen := map[string]bool{}
	for _, tok := range p.Toks {
		if tok.Kind != pytoken.Name {
			continue
		}
		seen[tok.Text] = true
		if tok.Src >= 0 && tok.Text != res.Ident(int(tok.Src)) {
			t.Errorf("token %q, want %q", tok.Text, res.Ident(int(tok.Src)))
		}
	}
	for _, n := range []string{"exec", "file", "naïve", "eval"} {
		if !seen[n] {
			t.Errorf("no name %q among the tokens", n)
		}
	}
	if len(p.CallsTo("exec")) != 1 || len(p.CallsTo("eval")) != 1 {
		t.Errorf("calls to exec, eval: %d, %d", len(p.CallsTo("exec")), len(p.CallsTo("eval")))
	}
}

// TestConcurrentBuilds: Builds and Releases on many goroutines share the
// pools; each still computes what it computes alone (run with -race).
func TestConcurrentBuilds(t *testing.T) {
	srcs := []string{
		"import os\nos.system('id')\n",
		strings.Repeat("def f(a):\n    b = a.x(1, k=2)\n    return b\nc = f(3)  # c\n", 50),
		"import base64 as b\nexec(b.b64decode('cHJpbnQoMSk='))\n",
		strings.Repeat("x = [1, 2, 3]\ny = ''.join(map(chr, [115, 111]))\nprint(f\"{y.upper()}\")\n", 30),
	}
	dump := dumpReleased
	want := make([]string, len(srcs))
	for i, s := range srcs {
		want[i] = dump(s)
	}
	done := make(chan string, 8*len(srcs))
	for g := 0; g < 8; g++ {
		go func() {
			for k := range srcs {
				i := (k + g) % len(srcs)
				if got := dump(srcs[i]); got != want[i] {
					done <- "script " + srcs[i][:10] + " differs"
					continue
				}
				done <- ""
			}
		}()
	}
	for range 8 * len(srcs) {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

// dumpReleased builds src, dumps the Program and releases it.
func dumpReleased(src string) string {
	var b strings.Builder
	p := Build(pytoken.Tokenize([]byte(src)), nil)
	dumpProgram(&b, p)
	p.Release()
	return b.String()
}
