package pytoken

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// dump renders tokens compactly: Kind(text), with zero-width ones bare.
func dump(res *Result) []string {
	out := make([]string, 0, len(res.Tokens))
	for i, t := range res.Tokens {
		if t.Start == t.End {
			out = append(out, t.Kind.String())
			continue
		}
		out = append(out, fmt.Sprintf("%s(%s)", t.Kind, res.TokenText(i)))
	}
	return out
}

func TestTokenKinds(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // space-separated dump; tokens contain no spaces here
	}{
		{"simple", "x=1\n", "Name(x) Op(=) Number(1) Newline(\n) EndMarker"},
		{"no final newline", "x", "Name(x) Newline EndMarker"},
		{"operators", "a:=b->c**=d//=e>>=f<<=g...h!=i@=j<>k\n",
			"Name(a) Op(:=) Name(b) Op(->) Name(c) Op(**=) Name(d) Op(//=) Name(e) Op(>>=) Name(f) Op(<<=) Name(g) Op(...) Name(h) Op(!=) Name(i) Op(@=) Name(j) Op(<>) Name(k) Newline(\n) EndMarker"},
		{"numbers", "0x_1F 0o17 0B1_0 1_000 1. .5 1e-3 1.5E+2j 3j 0\n",
			"Number(0x_1F) Number(0o17) Number(0B1_0) Number(1_000) Number(1.) Number(.5) Number(1e-3) Number(1.5E+2j) Number(3j) Number(0) Newline(\n) EndMarker"},
		{"number then name", "1if\n", "Number(1) Name(if) Newline(\n) EndMarker"},
		{"prefixes", "r'a' b'b' u'c' f'd' rb'e' BR'f' Rf'g' fR'h' t'i' tr'j'\n",
			"String(r'a') String(b'b') String(u'c') String(f'd') String(rb'e') String(BR'f') String(Rf'g') String(fR'h') String(t'i') String(tr'j') Newline(\n) EndMarker"},
		{"not a prefix", "ub'x' print'y'\n",
			"Name(ub) String('x') Name(print) String('y') Newline(\n) EndMarker"},
		{"escaped quotes", `'a\'b' "c\"" r'\'' '\\'` + "\n",
			`String('a\'b') String("c\"") String(r'\'') String('\\') Newline(` + "\n) EndMarker"},
		{"triple", "'''a\n'b'\n'''x\n", "String('''a\n'b'\n''') Name(x) Newline(\n) EndMarker"},
		{"comment", "# c\nx # d\n", "Comment(#) NL(\n) Name(x) Comment(#) Newline(\n) EndMarker"},
		{"continuation", "x = 1 + \\\n 2\n", "Name(x) Op(=) Number(1) Op(+) Continuation(\\\n) Number(2) Newline(\n) EndMarker"},
		{"brackets hold NL", "f(1,\n2)\n", "Name(f) Op(() Number(1) Op(,) NL(\n) Number(2) Op()) Newline(\n) EndMarker"},
		{"indent dedent", "if x:\n    y\n\n    z\nw\n",
			"Name(if) Name(x) Op(:) Newline(\n) Indent Name(y) Newline(\n) NL(\n) Name(z) Newline(\n) Dedent Name(w) Newline(\n) EndMarker"},
		{"tabs", "if x:\n\tif y:\n\t\tz\n",
			"Name(if) Name(x) Op(:) Newline(\n) Indent Name(if) Name(y) Op(:) Newline(\n) Indent Name(z) Newline(\n) Dedent Dedent EndMarker"},
		{"dedent at eof", "if x:\n  y", "Name(if) Name(x) Op(:) Newline(\n) Indent Name(y) Newline Dedent EndMarker"},
		{"error bytes", "a $? b\x00\n", "Name(a) Error($?) Name(b) Error(\x00) Newline(\n) EndMarker"},
		{"invalid utf8 kept", "a\xff\xfeb\n", "Name(a) Error(\xff\xfe) Name(b) Newline(\n) EndMarker"},
		{"unicode ident", "café=ｅｘｅｃ\n", "Name(café) Op(=) Name(ｅｘｅｃ) Newline(\n) EndMarker"},
		{"fstring nested quotes", `f"{x["a"]}"` + "\n", `String(f"{x["a"]}") Newline(` + "\n) EndMarker"},
		{"fstring deep", `f"{f"{f"{1}"}"}" + 1` + "\n", `String(f"{f"{f"{1}"}"}") Op(+) Number(1) Newline(` + "\n) EndMarker"},
		{"fstring braces", "f'{{x}}' f'{x!r:>{w}}' f'{a:=b}'\n", "String(f'{{x}}') String(f'{x!r:>{w}}') String(f'{a:=b}') Newline(\n) EndMarker"},
		{"fstring dict", "f'{ {1:2}[1] }'\n", "String(f'{ {1:2}[1] }') Newline(\n) EndMarker"},
		{"fstring multiline field", "f'{1 +\n2}' x\n", "String(f'{1 +\n2}') Name(x) Newline(\n) EndMarker"},
		{"fstring pre-3.12 broken", `f"{x" + y` + "\n", `String(f"{x") Op(+) Name(y) Newline(` + "\n) EndMarker"},
		{"fstring \\N", `f"\N{BULLET} {x}"` + "\n", `String(f"\N{BULLET} {x}") Newline(` + "\n) EndMarker"},
		{"semicolons", "a; b;\n", "Name(a) Op(;) Name(b) Op(;) Newline(\n) EndMarker"},
		{"ff resets indent", "if x:\n  \f    y\n", "Name(if) Name(x) Op(:) Newline(\n) Indent Name(y) Newline(\n) Dedent EndMarker"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Tokenize([]byte(tc.src))
			got := strings.Join(dump(res), " ")
			// Comments in the table are abbreviated to the '#'.
			got = abbreviateComments(got)
			if got != tc.want {
				t.Errorf("Tokenize(%q)\n got: %q\nwant: %q", tc.src, got, tc.want)
			}
			checkInvariants(t, res)
		})
	}
}

func abbreviateComments(s string) string {
	parts := strings.Split(s, " ")
	var out []string
	skipping := false
	for _, p := range parts {
		if strings.HasPrefix(p, "Comment(") {
			out = append(out, "Comment(#)")
			skipping = !strings.HasSuffix(p, ")")
			continue
		}
		if skipping {
			skipping = !strings.HasSuffix(p, ")")
			continue
		}
		out = append(out, p)
	}
	return strings.Join(out, " ")
}

// checkInvariants: tokens in order, within bounds, not overlapping; lines
// consistent with LineOf; statements well formed.
func checkInvariants(t *testing.T, res *Result) {
	t.Helper()
	prevEnd := 0
	for i, tok := range res.Tokens {
		if int(tok.Start) < prevEnd || tok.End < tok.Start || int(tok.End) > len(res.Text) {
			t.Fatalf("token %d %+v out of order or bounds (prev end %d, len %d)", i, tok, prevEnd, len(res.Text))
		}
		prevEnd = int(tok.End)
		if len(res.LineStarts) > 0 && int(tok.Line) != res.LineOf(int(tok.Start)) {
			t.Fatalf("token %d line %d, LineOf says %d", i, tok.Line, res.LineOf(int(tok.Start)))
		}
		if tok.EndLine < tok.Line {
			t.Fatalf("token %d EndLine %d < Line %d", i, tok.EndLine, tok.Line)
		}
	}
	for _, f := range res.FieldTokens {
		owner := res.Tokens[f.String]
		if owner.Kind != String || f.Start < owner.Start || f.End > owner.End {
			t.Fatalf("field token %+v outside its string %+v", f, owner)
		}
	}
	for i, s := range res.Statements {
		if s.First > s.Last || s.Last >= len(res.Tokens) || s.StartLine > s.EndLine {
			t.Fatalf("statement %d malformed: %+v", i, s)
		}
		if i > 0 && s.First <= res.Statements[i-1].Last {
			t.Fatalf("statement %d overlaps the previous one", i)
		}
	}
}

func TestCPythonLines(t *testing.T) {
	// Expected lines were computed once with CPython 3.11 (ast line numbers
	// of the assigned names) and by counting terminators; see testdata/lines.
	tests := []struct {
		file  string
		lines int
		names map[string]int
	}{
		{"lf.py", 5, map[string]int{"alpha": 3, "beta": 5}},
		{"crlf.py", 7, map[string]int{"alpha": 3, "beta": 5, "gamma": 7}},
		{"lone_cr.py", 4, map[string]int{"alpha": 1, "beta": 2, "gamma": 4}},
		{"mixed.py", 7, map[string]int{"alpha": 1, "beta": 2, "gamma": 3, "delta": 4, "epsilon": 7}},
		{"formfeed.py", 5, map[string]int{"alpha": 1, "beta": 4, "gamma": 5}},
		{"continuation.py", 6, map[string]int{"alpha": 1, "beta": 3, "gamma": 6, "delta": 6}},
		{"cookie_utf7.py", 5, map[string]int{"alpha": 2, "beta": 4, "gamma": 5}},
		{"cookie_unicode_escape.py", 5, map[string]int{"alpha": 2, "gamma": 4, "delta": 5}},
		{"cookie_latin1.py", 4, map[string]int{"alpha": 3, "beta": 4}},
		{"cookie_line3.py", 4, map[string]int{"alpha": 1, "beta": 4}},
		{"bom.py", 2, map[string]int{"alpha": 1, "beta": 2}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", "lines", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			res := Tokenize(src)
			checkInvariants(t, res)
			if res.LineCount() != tc.lines {
				t.Errorf("LineCount = %d, want %d", res.LineCount(), tc.lines)
			}
			got := map[string]int{}
			for i, tok := range res.Tokens {
				if tok.Kind == Name {
					if _, ok := tc.names[res.Ident(i)]; ok {
						if _, seen := got[res.Ident(i)]; !seen {
							got[res.Ident(i)] = int(tok.Line)
						}
					}
				}
			}
			if !reflect.DeepEqual(got, tc.names) {
				t.Errorf("name lines = %v, want %v", got, tc.names)
			}
			hl := HighlightLines(res)
			if len(hl) != tc.lines {
				t.Errorf("HighlightLines gave %d lines, want %d", len(hl), tc.lines)
			}
		})
	}
}

func TestStatements(t *testing.T) {
	tests := []struct {
		src  string
		want []string // "start-end:text of first..last"
	}{
		{"a = 1\nb = (2,\n 3)\n", []string{"1-1:a = 1", "2-3:b = (2,\n 3)"}},
		{"a; b;c\n", []string{"1-1:a", "1-1:b", "1-1:c"}},
		{"x = 1 + \\\n  2  # c\n\n# only\ny\n", []string{"1-2:x = 1 + \\\n  2", "5-5:y"}},
		{"s = '''a\nb'''\n", []string{"1-2:s = '''a\nb'''"}},
		{"if x:\n    y()\n", []string{"1-1:if x:", "2-2:y()"}},
		{"f(1,", []string{"1-1:f(1,"}},
		{";\n", nil},
	}
	for _, tc := range tests {
		res := Tokenize([]byte(tc.src))
		checkInvariants(t, res)
		var got []string
		for _, s := range res.Statements {
			text := res.Text[res.Tokens[s.First].Start:res.Tokens[s.Last].End]
			got = append(got, fmt.Sprintf("%d-%d:%s", s.StartLine, s.EndLine, text))
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Statements(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestSoftKeywords(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{"match x:\n    case 1: pass\n", true},
		{"case [1, *r]: pass\n", true},
		{"match (x):\n", true},
		{"match(x)[1:2]\n", false},
		{"match(x).y = 2\n", false},
		{"match = 1\n", false},
		{"match(x)\n", false},
		{"type X = int\n", true},
		{"type(x)\n", false},
	}
	for _, tc := range tests {
		res := Tokenize([]byte(tc.src))
		if got := res.Tokens[0].Keyword; got != tc.want {
			t.Errorf("%q: Keyword = %v, want %v", tc.src, got, tc.want)
		}
	}
}

func TestTruncated(t *testing.T) {
	tests := []struct {
		src       string
		truncated bool
		lastKind  Kind // last token before the closing Newline/EndMarker
	}{
		{"x = '''abc\ndef", true, String},
		{"x = f(1,\n2", true, Number},
		{"x = 1 + \\", true, Error},
		{"x = f'{a", true, String},
		{"x = 'abc\ny = 2\n", false, Number},
		{"x = 1\n", false, Number},
	}
	for _, tc := range tests {
		res := Tokenize([]byte(tc.src))
		checkInvariants(t, res)
		if res.Truncated != tc.truncated {
			t.Errorf("%q: Truncated = %v, want %v", tc.src, res.Truncated, tc.truncated)
		}
		var last Kind = EndMarker
		for _, tok := range res.Tokens {
			if significant(tok.Kind) {
				last = tok.Kind
			}
		}
		if last != tc.lastKind {
			t.Errorf("%q: last significant kind %v, want %v", tc.src, last, tc.lastKind)
		}
	}
}

func TestUnterminatedSingleQuote(t *testing.T) {
	res := Tokenize([]byte("x = 'abc\ny = 2\n"))
	if !res.Flags.UnterminatedString || len(res.Errors) == 0 {
		t.Fatalf("want UnterminatedString flag and an error, got %+v %v", res.Flags, res.Errors)
	}
	if got := res.TokenText(2); got != "'abc" {
		t.Errorf("string token = %q, want %q", got, "'abc")
	}
	if e := res.Errors[0]; e.Line != 1 || e.Col != 4 {
		t.Errorf("error at %d:%d, want 1:4", e.Line, e.Col)
	}
	// The next line is tokenized normally.
	if res.Statements[len(res.Statements)-1].StartLine != 2 {
		t.Errorf("statements = %+v", res.Statements)
	}
}

func TestFStringFieldTokens(t *testing.T) {
	src := "x = f\"a{__import__('os').system(f'{c!r}')}b{{\"\n"
	res := Tokenize([]byte(src))
	checkInvariants(t, res)
	var got []string
	for _, f := range res.FieldTokens {
		got = append(got, res.Text[f.Start:f.End])
	}
	want := []string{"__import__", "(", "'os'", ")", ".", "system", "(", "f'{c!r}'", "c", "!", "r", ")"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("field tokens = %q\nwant %q", got, want)
	}
	if res.Tokens[2].Kind != String || res.FieldTokens[0].String != 2 {
		t.Errorf("owner = %d, tokens %v", res.FieldTokens[0].String, dump(res))
	}
}

func TestFStringDepthCap(t *testing.T) {
	var b strings.Builder
	depth := MaxFStringDepth + 5
	for i := 0; i < depth; i++ {
		b.WriteString("f'{")
	}
	b.WriteString("1")
	for i := 0; i < depth; i++ {
		b.WriteString("}'")
	}
	res := Tokenize([]byte(b.String()))
	checkInvariants(t, res)
	if !res.LimitsHit {
		t.Errorf("nesting %d: LimitsHit not set", depth)
	}
	ok := Tokenize([]byte("f'{f'{f'{1}'}'}'"))
	if ok.LimitsHit || ok.Tokens[0].Kind != String || ok.TokenText(0) != "f'{f'{f'{1}'}'}'" {
		t.Errorf("nesting 3: %v limits=%v", dump(ok), ok.LimitsHit)
	}
}

func TestTokenCap(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 2M-token input")
	}
	src := strings.Repeat(";", MaxTokens+10)
	res := Tokenize([]byte(src))
	if !res.LimitsHit || len(res.Tokens) > MaxTokens {
		t.Errorf("LimitsHit=%v tokens=%d", res.LimitsHit, len(res.Tokens))
	}
	checkInvariants(t, res)
	var b strings.Builder
	for _, tok := range ChromaTokens(res) {
		b.WriteString(tok.Value)
	}
	if b.String() != res.Text {
		t.Errorf("lexer values do not cover the text after the cap")
	}
}

func TestTokenCapWithFields(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 1M-token input")
	}
	// An odd number of names first makes the cap fall between a field
	// and the f-string that owns it.
	res := Tokenize([]byte(strings.Repeat("x ", MaxTokens-11) + strings.Repeat("f'{a}'", 20)))
	if !res.LimitsHit {
		t.Error("LimitsHit not set")
	}
	checkInvariants(t, res) // every FieldToken's String is a real token
}

func TestIdentifiers(t *testing.T) {
	res := Tokenize([]byte("ｅｘｅｃ(x)\ncafé = 1\n\u3164 = 2\nprint(\U0001D41Ex)\n"))
	var idents []string
	for i, tok := range res.Tokens {
		if tok.Kind == Name {
			idents = append(idents, res.Ident(i))
		}
	}
	want := []string{"exec", "x", "café", "\u1160", "print", "ex"}
	if !reflect.DeepEqual(idents, want) {
		t.Errorf("Ident = %q, want %q", idents, want)
	}
	if res.Tokens[0].Kind != Name || res.TokenText(0) != "ｅｘｅｃ" {
		t.Errorf("token 0 = %v %q", res.Tokens[0].Kind, res.TokenText(0))
	}
	var changed []string
	for _, i := range res.NFKCChanged {
		changed = append(changed, res.TokenText(i))
	}
	// U+3164 normalises to U+1160 under NFKC.
	if !reflect.DeepEqual(changed, []string{"ｅｘｅｃ", "\u3164", "\U0001D41Ex"}) {
		t.Errorf("NFKCChanged = %q", changed)
	}
	if len(res.NonASCIIIdents) != 4 || !res.Flags.HangulFiller || !res.Flags.NFKCChanged || !res.Flags.NonASCIIIdent {
		t.Errorf("NonASCII=%v flags=%+v", res.NonASCIIIdents, res.Flags)
	}
}

func TestTricks(t *testing.T) {
	src := "a = 1\r# x\u202e\u200by\x1b[2J\u009b\u2028\u00a0\x01\fz\xff\n"
	res := Tokenize([]byte(src))
	var got []string
	for _, tr := range res.Tricks {
		got = append(got, fmt.Sprintf("%s@%d:%d", tr.Kind, tr.Line, tr.Offset))
	}
	want := []string{
		"lone-cr@1:5", "bidi@2:9", "invisible@2:12", "escape@2:16",
		"c1@2:20", "line-separator@2:22", "odd-space@2:25", "control@2:27",
		"form-feed@2:28", "invalid-utf8@2:30",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tricks =\n %q\nwant\n %q", got, want)
	}
	if !res.Flags.InvalidUTF8 {
		t.Error("InvalidUTF8 flag not set")
	}
}

func TestEncodings(t *testing.T) {
	tests := []struct {
		name, src, text, enc string
		note                 bool
		bom                  bool
	}{
		{"plain", "x = 1\n", "x = 1\n", "utf-8", false, false},
		{"bom", "\xef\xbb\xbfx\n", "x\n", "utf-8", true, true},
		{"utf8 cookie", "# coding: utf-8\nx\n", "# coding: utf-8\nx\n", "utf-8", false, false},
		{"latin-1", "# coding=latin-1\ns = '\xe9'\n", "# coding=latin-1\ns = 'é'\n", "latin-1", true, false},
		{"iso alias", "# encoding: ISO-8859-1\n\xe9\n", "# encoding: ISO-8859-1\né\n", "latin-1", true, false},
		{"utf-7", "# coding: utf-7\n# +AAo-x = 1+AD0-2 +-\n", "# coding: utf-7\n# \nx = 1=2 +\n", "utf-7", true, false},
		{"utf-7 astral", "# coding: utf7\ns='+2D3eAA-'\n", "# coding: utf7\ns='\U0001F600'\n", "utf-7", true, false},
		{"unicode_escape", "# coding: unicode_escape\n# \\nx = '\\x41\\u00e9\\N{BULLET}\\\\'\n", "# coding: unicode_escape\n# \nx = 'Aé•\\'\n", "unicode_escape", true, false},
		{"raw_unicode_escape", "# coding: raw-unicode-escape\nx = '\\u0041\\\\u0041\\n'\n", "# coding: raw-unicode-escape\nx = 'A\\\\u0041\\n'\n", "raw_unicode_escape", true, false},
		{"unknown cookie", "# coding: cp1252\nx\n", "# coding: cp1252\nx\n", "utf-8", true, false},
		{"cookie after code", "x = 1\n# coding: utf-7\n+AAo-\n", "x = 1\n# coding: utf-7\n+AAo-\n", "utf-8", false, false},
		{"cookie line 2", "#!/usr/bin/python\n# -*- coding: utf-7 -*-\n+AGE-\n", "#!/usr/bin/python\n# -*- coding: utf-7 -*-\na\n", "utf-7", true, false},
		{"cookie needs colon", "# coding utf-7\n+AGE-\n", "# coding utf-7\n+AGE-\n", "utf-8", false, false},
		{"bom plus other cookie", "\xef\xbb\xbf# coding: latin-1\n\xe9\n", "# coding: latin-1\n\xe9\n", "utf-8", true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Tokenize([]byte(tc.src))
			if res.Text != tc.text {
				t.Errorf("Text = %q, want %q", res.Text, tc.text)
			}
			if res.Encoding != tc.enc {
				t.Errorf("Encoding = %q, want %q", res.Encoding, tc.enc)
			}
			if (res.EncodingNote != "") != tc.note {
				t.Errorf("EncodingNote = %q, want note: %v", res.EncodingNote, tc.note)
			}
			if res.BOM != tc.bom {
				t.Errorf("BOM = %v", res.BOM)
			}
			checkInvariants(t, res)
		})
	}
}

func TestUTF7StartsRealLine(t *testing.T) {
	res := Tokenize([]byte("# coding: utf-7\nprint('ok') # +AAo-import os+ADs- os.system('id')\n"))
	var names []string
	for i, tok := range res.Tokens {
		if tok.Kind == Name && tok.Line == 3 {
			names = append(names, res.TokenText(i))
		}
	}
	if !reflect.DeepEqual(names, []string{"import", "os", "os", "system"}) {
		t.Errorf("line 3 names = %q (tokens %q)", names, dump(res))
	}
	if res.Cookie != "utf-7" || res.CookieLine != 1 {
		t.Errorf("cookie %q line %d", res.Cookie, res.CookieLine)
	}
}

func TestSourceLine(t *testing.T) {
	src := "# coding: utf-7\nx = 1 # +AAo-y = 2+AAo-z = 3\nw = 4\n"
	res := Tokenize([]byte(src))
	if res.LineCount() != 5 {
		t.Fatalf("LineCount = %d, want 5 (text %q)", res.LineCount(), res.Text)
	}
	var got []int
	for l := 1; l <= res.LineCount(); l++ {
		got = append(got, res.SourceLine(l))
	}
	if !reflect.DeepEqual(got, []int{1, 2, 2, 2, 3}) {
		t.Errorf("SourceLine = %v", got)
	}
	esc := Tokenize([]byte("# coding: unicode_escape\na = 1 \\\nb\\nc\n"))
	got = got[:0]
	for l := 1; l <= esc.LineCount(); l++ {
		got = append(got, esc.SourceLine(l))
	}
	// "a = 1 \<LF>b" joins source lines 2 and 3; "\n" splits line 3.
	if esc.Text != "# coding: unicode_escape\na = 1 b\nc\n" || !reflect.DeepEqual(got, []int{1, 2, 3}) {
		t.Errorf("unicode_escape: text %q SourceLine %v", esc.Text, got)
	}
	plain := Tokenize([]byte("a\nb\n"))
	if plain.SourceLine(2) != 2 {
		t.Error("identity expected without decoding")
	}
}

// U+FD75 (an Arabic ligature with a long decomposition) crashed norm.Iter;
// the fuzzer found it. NFKC changes it, and nothing panics.
func TestLongDecompositionIdent(t *testing.T) {
	res := Tokenize([]byte("0\ufd75 \U0001d77d0\n"))
	if len(res.NFKCChanged) != 2 || res.Ident(res.NFKCChanged[0]) == "\ufd75" {
		t.Errorf("NFKCChanged = %v (%q)", res.NFKCChanged, dump(res))
	}
}

func TestFieldIdentFlags(t *testing.T) {
	res := Tokenize([]byte("f'{ｅｘｅｃ}{\u3164}'\n"))
	if !res.Flags.NFKCChanged || !res.Flags.NonASCIIIdent || !res.Flags.HangulFiller {
		t.Errorf("flags %+v", res.Flags)
	}
	if len(res.NFKCChanged) != 0 {
		t.Errorf("NFKCChanged indexes Tokens only, got %v", res.NFKCChanged)
	}
}
