package jsonpane

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// dump renders every node unfolded, as plain text lines.
func dump(raw string) []string {
	p := New(nil)
	p.SetSize(200, 1000)
	p.setNodes(parse([]byte(raw)))
	var out []string
	for i := range p.rows {
		out = append(out, strings.TrimRight(ansi.Strip(p.renderRow(i)), " "))
	}
	return out
}

func TestParsePrettyPrints(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want []string
	}{
		{"scalars", `[1, -2.5e3, true, false, null, "s"]`,
			[]string{"[", `  1,`, `  -2.5e3,`, `  true,`, `  false,`, `  null,`, `  "s"`, "]"}},
		{"key order and case kept", `{"Zeta":1,"alpha":{"B":[],"a":{}},"STATE":"x"}`,
			[]string{"{", `  "Zeta": 1,`, `  "alpha": {`, `    "B": [],`, `    "a": {}`, `  },`, `  "STATE": "x"`, "}"}},
		{"duplicate keys both shown", `{"a":1,"a":2}`,
			[]string{"{", `  "a": 1,`, `  "a": 2`, "}"}},
		{"escapes decoded then shown safely", `{"k":"a\u001b[2Jb\nc\"d"}`,
			[]string{"{", `  "k": "a␛[2Jb\nc\"d"`, "}"}},
		{"surrogate pair", `["\ud83d\ude00"]`, []string{"[", `  "😀"`, "]"}},
		{"bidi key", "{\"a\u202eb\":0}", []string{"{", `  "a⟨U+202E RLO⟩b": 0`, "}"}},
		{"invalid utf8 kept as evidence", "[\"\xff\"]", []string{"[", `  "\xff"`, "]"}},
		{"raw control bytes", "[\"\x1b]8;;http://x.example\x07\"]", []string{"[", `  "␛]8;;http://x.example␇"`, "]"}},
		{"top-level scalar", `42`, []string{"42"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dump(tt.raw)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestParseErrorsSayWhereAndWhy(t *testing.T) {
	tests := []struct {
		raw, want string
	}{
		{``, "1:1: empty document"},
		{`{"a":1,}`, `1:8: expected a quoted key, found '}'`},
		{"{\n  \"a\": [1, 2\n}", `3:1: expected ',' or ']', found '}'`},
		{`{"a":"unterminated`, "1:6: unterminated string"},
		{`{"a":1} trailing`, "1:9: trailing data after the top-level value"},
		{`[1, @]`, "1:5: expected a value, found '@'"},
		{strings.Repeat("[", maxDepth+1), "1:513: nesting deeper than 512 levels"},
	}
	for _, tt := range tests {
		nodes := parse([]byte(tt.raw))
		var got string
		for _, n := range nodes {
			if n.kind == kindError {
				got = n.value
			}
		}
		if got != tt.want {
			t.Errorf("parse(%.30q): error %q, want %q", tt.raw, got, tt.want)
		}
		checkTree(t, nodes)
	}
}

// checkTree asserts the structural invariants the pane relies on: opening
// and closing nodes point at each other, parents enclose their children.
func checkTree(t testing.TB, nodes []node) {
	t.Helper()
	for i, n := range nodes {
		switch n.kind {
		case kindObject, kindArray:
			if n.end <= int32(i) || int(n.end) >= len(nodes) || nodes[n.end].kind != kindClose || nodes[n.end].end != int32(i) {
				t.Fatalf("node %d: bad end %d", i, n.end)
			}
		}
		if n.parent >= int32(i) || n.parent >= 0 && nodes[n.parent].end <= int32(i) && n.kind != kindClose {
			t.Fatalf("node %d: bad parent %d", i, n.parent)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"a":[1,{"b":null}]}`, `[`, `{"\u00`, "\"\x1b[2J\"", `{"a":1,"a":2}`, "[\"\\ud800\"]", `-`, `{"k":"v"}x`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		nodes := parse(raw)
		checkTree(t, nodes)
		p := New(nil)
		p.SetSize(40, 10)
		p.setNodes(nodes)
		press(p, "z", "G", "h", "l", "x", "c")
		checkView(t, p.View(), 40, 10)
	})
}
