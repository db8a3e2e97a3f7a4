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
	// one-character escapes (unescapeSimple) and what it leaves alone
	`'\n\t\\\'\"\a\b\f\r\v'`, `"a\"b"`, `'\\'`, `'\\\\'`, `'a\\\'`, `'\'`,
	`'\x41'`, `'\101'`, `'\0'`, `'\u00e9'`, `'\N{DASH}'`, `'\q'`, `'\é'`,
	"'a\\\nb'", "'a\\\r\nb'", "'a\\\rb'", "'\\n\rx'", `'` + strings.Repeat(`y\n`, 40) + `'`,
	`b'\n'`, `r'\n'`, `'''\n'''`, `'\n`, `\n'`,
	`'\x1b[0m'`, `'\xff'`, `'\x7F\x80'`, `'\x4'`, `'\xg0'`, `'\x'`, `'a\x4'`,
	`'\u00e9'`, `'\uFEFF'`, `'\ud800'`, `'\udfff\ud800'`, `'\u12'`, `'\u12345'`, `'\uzzzz'`,
	`'\U0001F600'`, `'\U00110000'`, `'\UFFFFFFFF'`, `'\U0000d800'`, `'\U1234567'`, `'\U'`,
	`b'\x00'`, `'\x00\\x00'`, `'\\x41'`,
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
	v, b, ok := literalValue(lit, &keyArena{})
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
