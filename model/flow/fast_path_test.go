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
	for _, a := range assignments(p) {
		if !p.uncalledName(a.rhs) {
			continue
		}
		skipped++
		if _, ok, steps := evaluate(p, a.rhs); ok {
			t.Errorf("line %d: the evaluator folds what uncalledName skips", a.line)
		} else if steps != 1 {
			t.Errorf("line %d: the evaluator took %d steps, the shortcut 1", a.line, steps)
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

// TestFailingCallShortcut: for every right-hand side failingCall claims,
// the evaluator itself fails after exactly the steps it counts, and the
// cases it must leave to the evaluator are left.
func TestFailingCallShortcut(t *testing.T) {
	src := `import os
import builtins as B
from builtins import map as M
k = "const"
a = f()
a = f(x)
a = f(x, 1)
a = self.f(self.x)
a = os.path.join(base, "x")
a = f(*args)
a = f(**kw)
a = f(key=x)
a = f(key=)
a = f(None)
a = len(s) + 1
a = f(x)(y)
a = f(x).g
a = f(x)[0]
a = f(k)
a = f(1)
a = f("s")
a = f(-x)
a = f((x))
a = f([x])
a = f(g(x))
a = f(x for x in y)
a = f(lambda v: v)
a = f(key=lambda v: v)
a = map(chr, x)
a = M(chr, x)
a = B.map(chr, x)
a = builtins.map(f, x)
a = chr(x)
a = base64.b64decode(x)
a = f(x
`
	p := Build(pytoken.Tokenize([]byte(src)), nil)
	claimed, left := 0, 0
	for _, a := range assignments(p) {
		n, ok := p.failingCall(a.rhs)
		if !ok {
			left++
			continue
		}
		claimed++
		if _, ok, steps := evaluate(p, a.rhs); ok {
			t.Errorf("line %d: the evaluator folds what failingCall skips", a.line)
		} else if steps != n {
			t.Errorf("line %d: the evaluator took %d steps, the shortcut %d", a.line, steps, n)
		}
	}
	if claimed < 14 || left < 14 {
		t.Fatalf("%d right-hand sides claimed, %d left to the evaluator", claimed, left)
	}
}

// TestEvalShortShortcut: on every span evalShort takes, the evaluator
// folds the same value (or fails) in the same number of steps, and the
// spans it must leave to the evaluator are left.
func TestEvalShortShortcut(t *testing.T) {
	src := `k = "const"
b = b"\x01"
a = 1
a = 0x1f
a = 1.5
a = "s"
a = 'x\n'
a = f"{k}"
a = k
a = nope
a = ()
a = []
a = {}
a = (1)
a = [k]
a = -1
a = "a" "b"
a = k.upper()
`
	p := Build(pytoken.Tokenize([]byte(src)), nil)
	taken, left := 0, 0
	for _, a := range assignments(p) {
		o, ok, done := p.evalShort(a.rhs)
		if !done {
			left++
			continue
		}
		taken++
		want, wok, steps := evaluate(p, a.rhs)
		if ok != wok || objString(o) != objString(want) {
			t.Errorf("line %d: evalShort gives %s %v, the evaluator %s %v", a.line, objString(o), ok, objString(want), wok)
		}
		if steps != 1 {
			t.Errorf("line %d: the evaluator took %d steps, the shortcut 1", a.line, steps)
		}
	}
	if taken < 10 || left < 6 {
		t.Fatalf("%d right-hand sides taken, %d left to the evaluator", taken, left)
	}
}

// assignment is the right-hand side of a statement NAME = ... and its line.
type assignment struct {
	rhs  Span
	line int
}

// assignments lists the right-hand sides of the statements with an "=",
// as bindings meets them.
func assignments(p *Program) []assignment {
	var out []assignment
	for _, st := range p.Stmts {
		for j := st.Start; j < st.End; j++ {
			if p.Is(j, "=") {
				if j+1 < st.End {
					out = append(out, assignment{Span{j + 1, st.End}, st.Line})
				}
				break
			}
		}
	}
	return out
}

// evaluate runs the evaluator itself on s, as evalObj would without its
// shortcuts and memo: the value (zero if it fails), whether it folds, and
// the steps it took.
func evaluate(p *Program, s Span) (obj, bool, int) {
	before := p.steps
	e := evaluator{p: p, end: s.End}
	o, next, ok := e.expr(s.Start, 0)
	if ok = ok && next == s.End; !ok {
		o = obj{}
	}
	return o, ok, p.steps - before
}
