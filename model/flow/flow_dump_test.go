package flow

import (
	"cmp"
	"crypto/sha256"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/pytriage/pytriage/model/internal/dumpcheck"
	"github.com/pytriage/pytriage/model/pytoken"
)

// TestFlowDump guards refactors of this package that must not change what
// it computes: PYTRIAGE_FLOW_DUMP_OUT=file writes, per script of the corpora
// the model's golden dump reads, a digest of everything Build leaves in the
// Program (tokens, statements, strings, calls and their indexes, aliases,
// constants, definitions, memo keys, step and budget counters);
// PYTRIAGE_FLOW_DUMP_CHECK=file fails where a digest differs.
// PYTRIAGE_FLOW_DUMP_FILE=path prints the full dump of one script.
func TestFlowDump(t *testing.T) {
	out, check, one := os.Getenv("PYTRIAGE_FLOW_DUMP_OUT"), os.Getenv("PYTRIAGE_FLOW_DUMP_CHECK"), os.Getenv("PYTRIAGE_FLOW_DUMP_FILE")
	if one != "" {
		src, err := os.ReadFile(one)
		if err != nil {
			t.Fatal(err)
		}
		dumpProgram(os.Stdout, Build(pytoken.Tokenize(src), nil))
		return
	}
	if out == "" && check == "" {
		t.Skip("PYTRIAGE_FLOW_DUMP_OUT / PYTRIAGE_FLOW_DUMP_CHECK not set")
	}
	paths := dumpcheck.Paths("../corpus", "../../samples/scripts", "/usr/lib/python3.11", "../testdata", "../detect/testdata", "../unwrap/testdata", "testdata", "../pytoken/testdata", "/root/.pyenv/versions/3.11.7/lib/python3.11")
	var b strings.Builder
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		h := sha256.New()
		p := Build(pytoken.Tokenize(src), nil)
		dumpProgram(h, p)
		p.Release() // the next Build reuses what it can: that must not show
		fmt.Fprintf(&b, "%s %x\n", path, h.Sum(nil))
	}
	dumpcheck.Settle(t, b.String(), check, out)
	t.Logf("%d files", len(paths))
}

func dumpProgram(w io.Writer, p *Program) {
	fmt.Fprintf(w, "limits=%v steps=%d folded=%d scopes=%d budget=%+v\n", p.LimitsHit, p.steps, p.folded, p.scopes, *p.Budget)
	for i, t := range p.Toks {
		c, _ := p.CallAt(i)
		ci := -1
		if c != nil {
			ci = int(c.Open)
		}
		fmt.Fprintf(w, "tok %d %+v call=%d\n", i, t, ci)
	}
	for i, s := range p.Stmts {
		fmt.Fprintf(w, "stmt %d %+v scope=%d\n", i, s, p.stmtScope[i])
	}
	for _, c := range p.Comments {
		fmt.Fprintf(w, "comment %+v\n", c)
	}
	for _, s := range p.Strings {
		fmt.Fprintf(w, "str %+v\n", s)
	}
	for _, d := range p.Decoded {
		fmt.Fprintf(w, "decoded %+v\n", d)
	}
	funcs, meths := map[string]bool{}, map[string]bool{}
	for _, c := range p.Calls {
		fmt.Fprintf(w, "call %+v\n", c)
		funcs[c.Func] = true
		meths[c.Method()] = true
	}
	for _, f := range sortedKeys(funcs) {
		for _, c := range p.CallsTo(f) {
			fmt.Fprintf(w, "to %s %d\n", f, c.Open)
		}
	}
	for _, m := range sortedKeys(meths) {
		for _, c := range p.CallsNamed(m) {
			fmt.Fprintf(w, "named %s %d\n", m, c.Open)
		}
	}
	for _, k := range sortedKeys(p.Alias) {
		fmt.Fprintf(w, "alias %s=%s\n", k, p.Alias[k])
	}
	for _, k := range sortedKeys(p.AliasVia) {
		fmt.Fprintf(w, "via %s=%+v\n", k, p.AliasVia[k])
	}
	for _, k := range sortedKeys(p.consts) {
		fmt.Fprintf(w, "const %s=%s\n", k, objString(p.consts[k]))
	}
	defs := defsMap(p.defs)
	defKeys := slices.SortedFunc(maps.Keys(defs), func(a, b DefKey) int {
		return cmp.Or(cmp.Compare(a.Scope, b.Scope), strings.Compare(a.Name, b.Name))
	})
	for _, k := range defKeys {
		fmt.Fprintf(w, "def %d %q %v\n", k.Scope, k.Name, defs[k])
	}
	memo := slices.SortedFunc(maps.Keys(p.memo), func(a, b Span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	for _, s := range memo {
		fmt.Fprintf(w, "memo %v %v %s\n", s, p.memo[s].ok, objString(p.memo[s].o))
	}
	fmt.Fprintf(w, "seen %v\n", slices.Sorted(maps.Keys(p.seen)))
}

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

// objString prints an obj field by field, whatever their order in memory.
func objString(o obj) string {
	l := make([]string, len(o.l))
	for i, x := range o.l {
		l[i] = objString(x)
	}
	return fmt.Sprintf("{k:%c s:%q n:%d l:%v built:%v chain:%q}", o.k, o.s, o.n, l, o.built, o.chain)
}

// defsMap is the table's content as a map (empty for a nil table).
func defsMap(t *defTable) map[DefKey][]Span {
	m := map[DefKey][]Span{}
	if t != nil {
		for k, key := range t.keys {
			m[key] = t.lists[k]
		}
	}
	return m
}
