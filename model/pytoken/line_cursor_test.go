package pytoken

import (
	"slices"
	"strings"
	"testing"
)

// TestScannerLines: the line starts the scanner records as it goes, and
// the lines and columns it gives tokens from its cursor, agree with the
// obvious line rule (naiveLineStarts, lineOf) on the paths that step over
// line ends inside tokens: strings and their escapes, f-string fields and
// their roll-backs, continuations, CR and CRLF, form feed, non-ASCII text,
// unterminated strings at EOF and the token cap.
func TestScannerLines(t *testing.T) {
	cases := []string{
		"", "\n", "\r", "\r\n", "x", "x\n", "x\r", "x\r\n", "\n\n\r\r\n\r",
		"'''a\nb'''\nx", "'''a\r\nb'''\r\nx", "'''a\rb'''\rx", "'''a\n\n", "'''\r\n\r\n",
		"'a\\\nb'\nx", "'a\\\r\nb'\r\nx", "'a\\\rb'\rx", "'a\\", "'a\\\n", "'a\\\r",
		"b'x\\\ny'\n", "r'x\\\ny'\n", "'abc\nd'\n", "'abc\r\nd'\n", "'abc\rd'\n",
		"f'{x\n}'\n", "f'''{\nx\n}'''\n", "f'''{x:\n>{w}\n}'''\n", "f'''{\n# c\nx}'''\n",
		"f'{x\\\ny}'\n", "f'{x\\\r\ny}'\n", "f'{x!r:\\\n}'\n", "f'''a\\N{BULLET}\n{b}'''\n",
		"f\"{x\" + \"\n\"\ny\n", "x = f'{\"a\n'\ny\n", "f'''{'''\n'''}'''\n", "f'{\"\"\"a\nb\"\"\"}'\nz\n",
		"f'''{f'''\n{f'''\n'''}'''}'''\n", "f'{a}\n", "f'''{a\n",
		"x = 1 \\\ny\n", "x = 1 \\\r\ny\r\n", "x = 1 \\\ry\r", "x \\", "\\\n",
		"\fx\n\f\n  \f  y\n", "if x:\n\ty\n        z\n", "é = 'ü'\r\nλ\rx\n",
		"(\n1,\r\n2\r)\n", "# c\r\n#d\rx\n", "\x00\n\x7f\r\xff\r\n",
		"\"\"\"unterminated\n\nx", "'''\r", "u'a'\nrb'''\nx'''\nt'{y\n}'\n",
	}
	cases = append(cases, strings.Repeat("x\n", MaxTokens/2+10)+"'''a\nb'''\nc\r\nd")
	for _, text := range cases {
		res := TokenizeText(text)
		want := naiveLineStarts(text)
		if !slices.Equal(res.LineStarts, want) {
			t.Fatalf("%.60q: line starts %v, want %v", text, res.LineStarts, want)
		}
		check := func(what string, tok Token) {
			line := lineOf(want, int(tok.Start))
			endLine := line
			if tok.End-1 > tok.Start {
				endLine = lineOf(want, int(tok.End-1))
			}
			col := int(tok.Start)
			if len(want) > 0 {
				col -= want[line-1]
			}
			if int(tok.Line) != line || int(tok.Col) != col || (tok.Kind == String && int(tok.EndLine) != endLine) ||
				(tok.Kind != String && tok.EndLine != tok.Line) {
				t.Fatalf("%.60q: %s %v %d-%d at line %d col %d to %d, want line %d col %d to %d",
					text, what, tok.Kind, tok.Start, tok.End, tok.Line, tok.Col, tok.EndLine, line, col, endLine)
			}
		}
		for _, tok := range res.Tokens {
			check("token", tok)
		}
		for _, ft := range res.FieldTokens {
			check("field token", ft.Token)
		}
	}
}
