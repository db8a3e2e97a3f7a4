package flow

import (
	"strings"
	"testing"

	"github.com/pytriage/pytriage/model/pytoken"
)

// literalCases are literals at the edges of literalValue's short cut.
var literalCases = []string{
	``, `'`, `"`, `''`, `""`, `'''`, `"""`, `''''`, `''''''`, `""""""`,
	`'a'`, `"a"`, `'a"`, `"a'`, `'it''`, `'a'b'`, `"'"`, `'"'`,
	`'a\'`, `'a\\'`, `'\''`, `'\n'`, "'a\rb'", "'a\r\nb'", "'a\nb'",
	`b'x'`, `r'x'`, `u'x'`, `f'x'`, `rb'\x'`, `'''x'''`, `"""x"""`, `'''x'`,
	`x'a'`, `'` + strings.Repeat("y", 40) + `'`, `'` + strings.Repeat("y", 40) + `\'`,
	`'` + strings.Repeat("y", 40) + "\r'", "'\xff\xfe'", "'é'",
}

// TestLiteralValueMatchesStringValue: the short cut answers what
// pytoken.StringValue answers, on the edge cases and on every literal of
// some real code.
func TestLiteralValueMatchesStringValue(t *testing.T) {
	lits := append([]string(nil), literalCases...)
	src := "x = 'a' + \"b\" + '''c''' + b'd' + r'\\e' + 'f\\n' + \"g'h\" + ''\n"
	res := pytoken.Tokenize([]byte(src))
	for i, tk := range res.Tokens {
		if tk.Kind == pytoken.String {
			lits = append(lits, res.TokenText(i))
		}
	}
	for _, lit := range lits {
		checkLiteral(t, lit)
	}
}

func checkLiteral(t *testing.T, lit string) {
	t.Helper()
	v, b, ok := literalValue(lit)
	wv, wb, wok := pytoken.StringValue(lit)
	if v != wv || b != wb || ok != wok {
		t.Errorf("literalValue(%q) = %q, %v, %v; StringValue: %q, %v, %v", lit, v, b, ok, wv, wb, wok)
	}
}

func FuzzLiteralValue(f *testing.F) {
	for _, lit := range literalCases {
		f.Add(lit)
	}
	f.Fuzz(checkLiteral)
}
