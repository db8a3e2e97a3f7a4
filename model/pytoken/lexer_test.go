package pytoken

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alecthomas/chroma/v2"
)

func lexAll(t testing.TB, text string, opts *chroma.TokeniseOptions) []chroma.Token {
	t.Helper()
	it, err := Lexer().Tokenise(opts, text)
	if err != nil {
		t.Fatal(err)
	}
	return it.Tokens()
}

func concat(toks []chroma.Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Value)
	}
	return b.String()
}

func roundTripInputs(t *testing.T) map[string]string {
	in := map[string]string{
		"empty":        "",
		"bom":          "\xef\xbb\xbfx = 1\n",
		"utf7 cookie":  "# coding: utf-7\n# +AAo-x\n",
		"truncated":    "def f(:\n  '''abc",
		"junk":         "\x00\x1b[2J\xff\u202e$?`\r\r\n\f\t \\",
		"fstrings":     "f'{a!r:{b}}' f\"{x[\"k\"]}\" rf'\\{x}' f'{{}}'\n",
		"cap overflow": strings.Repeat("f'{", 40) + strings.Repeat("}'", 40),
	}
	for _, dir := range []string{"testdata/lines", "testdata/bench"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			in[f] = string(src)
		}
	}
	return in
}

func TestLexerRoundTrip(t *testing.T) {
	for name, src := range roundTripInputs(t) {
		toks := lexAll(t, src, nil)
		if got := concat(toks); got != src {
			t.Errorf("%s: concatenated values differ from input\n got %q\nwant %q", name, got, src)
		}
		for _, tok := range toks {
			if tok.Value == "" {
				t.Errorf("%s: empty token %v", name, tok.Type)
			}
		}
		lf := strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n")
		if got := concat(lexAll(t, src, &chroma.TokeniseOptions{EnsureLF: true})); got != lf {
			t.Errorf("%s: EnsureLF round trip differs", name)
		}
	}
}

func TestLexerTypes(t *testing.T) {
	src := `#!/usr/bin/env python3
"""Module doc."""
import os
from x import y as z
@decorator
def handler(self, n=0x1F):
    print(rb'\x00', f"{n!r}", True, None, 1.5, 0o7, 0b1, n and not n)
    return len(os.environ) ** 2
class Widget(Base): pass
obj.print
`
	want := map[string]chroma.TokenType{
		"#!/usr/bin/env python3": chroma.CommentHashbang,
		`"""Module doc."""`:      chroma.StringDoc,
		"import":                 chroma.KeywordNamespace,
		"from":                   chroma.KeywordNamespace,
		"as":                     chroma.Keyword,
		"decorator":              chroma.NameDecorator,
		"def":                    chroma.Keyword,
		"handler":                chroma.NameFunction,
		"self":                   chroma.NameBuiltinPseudo,
		"0x1F":                   chroma.NumberHex,
		"print":                  chroma.NameBuiltin,
		"rb":                     chroma.StringAffix,
		`'\x00'`:                 chroma.String,
		"True":                   chroma.KeywordConstant,
		"None":                   chroma.KeywordConstant,
		"1.5":                    chroma.NumberFloat,
		"0o7":                    chroma.NumberOct,
		"0b1":                    chroma.NumberBin,
		"and":                    chroma.OperatorWord,
		"not":                    chroma.OperatorWord,
		"return":                 chroma.Keyword,
		"len":                    chroma.NameBuiltin,
		"**":                     chroma.Operator,
		"(":                      chroma.Punctuation,
		"Widget":                 chroma.NameClass,
		"Base":                   chroma.Name,
		"f":                      chroma.StringAffix,
		"n":                      chroma.Name,
	}
	got := map[string]chroma.TokenType{}
	toks := lexAll(t, src, nil)
	for _, tok := range toks {
		if _, ok := want[tok.Value]; ok {
			if _, seen := got[tok.Value]; !seen {
				got[tok.Value] = tok.Type
			}
		}
	}
	for v, tt := range want {
		if got[v] != tt {
			t.Errorf("%q: type %v, want %v", v, got[v], tt)
		}
	}
	// "print" after "." is an attribute, not the builtin.
	last := toks[len(toks)-2]
	if last.Value != "print" || last.Type != chroma.Name {
		t.Errorf("attribute print: %+v", last)
	}
}

func TestLexerInterface(t *testing.T) {
	l := Lexer()
	if l.Config().Name == "" || l.SetRegistry(nil) != l {
		t.Error("config or registry")
	}
	if l.AnalyseText("#!/usr/bin/python3\nx") != 1 || l.AnalyseText("x = 1") != 0 {
		t.Error("AnalyseText")
	}
	if l.SetAnalyser(func(string) float32 { return 0.5 }).AnalyseText("") != 0.5 || l.AnalyseText("") != 0 {
		t.Error("SetAnalyser must not change the shared lexer")
	}
}

func TestHighlightLines(t *testing.T) {
	tests := []struct {
		src   string
		terms []string
	}{
		{"", nil},
		{"a\n", []string{"\n"}},
		{"a", []string{""}},
		{"a\r\nb\rc\n\nd", []string{"\r\n", "\r", "\n", "\n", ""}},
		{"s = '''x\r\ny\rz'''\n", []string{"\r\n", "\r", "\n"}},
		{"x = 1 \\\r\n  + 2\r", []string{"\r\n", "\r"}},
		{"# c\r", []string{"\r"}},
	}
	for _, tc := range tests {
		res := Tokenize([]byte(tc.src))
		lines := HighlightLines(res)
		var terms []string
		var b strings.Builder
		for i, l := range lines {
			terms = append(terms, l.Terminator)
			for _, tok := range l.Tokens {
				if tok.Value == "" || strings.ContainsAny(tok.Value, "\r\n") {
					t.Errorf("%q line %d: bad token value %q", tc.src, i+1, tok.Value)
				}
				b.WriteString(tok.Value)
			}
			text, term := res.LineText(i + 1)
			if got := concat(l.Tokens); got != text || term != l.Terminator {
				t.Errorf("%q line %d: %q %q, LineText says %q %q", tc.src, i+1, got, l.Terminator, text, term)
			}
			b.WriteString(l.Terminator)
		}
		if strings.Join(terms, "|") != strings.Join(tc.terms, "|") {
			t.Errorf("%q: terminators %q, want %q", tc.src, terms, tc.terms)
		}
		if b.String() != res.Text {
			t.Errorf("%q: lines do not rebuild the text", tc.src)
		}
		if len(lines) != res.LineCount() {
			t.Errorf("%q: %d lines, LineCount %d", tc.src, len(lines), res.LineCount())
		}
	}
}

func TestSplitLinesCRLFAcrossTokens(t *testing.T) {
	lines := SplitLines([]chroma.Token{{Type: chroma.Text, Value: "a\r"}, {Type: chroma.Text, Value: "\nb"}})
	if len(lines) != 2 || lines[0].Terminator != "\r\n" || concat(lines[1].Tokens) != "b" {
		t.Errorf("got %+v", lines)
	}
}

func TestLexerMergesBlankRuns(t *testing.T) {
	src := "x\n" + strings.Repeat("\n \t\f", 1000) + "y\n"
	toks := lexAll(t, src, nil)
	if concat(toks) != src || len(toks) != 4 { // x, blanks, y, newline
		t.Errorf("%d tokens: %+v", len(toks), toks)
	}
}
