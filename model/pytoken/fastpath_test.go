package pytoken

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"os"
	"strings"
	"testing"
)

// The scanner's fast paths (names and their second word, numbers, ops and
// brackets, the comma, runs of blanks, comments then their line end, plain
// string text a word at a time, the token slot) must give exactly what the
// general route gave. fastPathCases exercise them at their edges; the
// digests in fastpath_want_test.go were written by the tokenizer before
// those fast paths (PYTOKEN_FASTPATH_OUT=file writes that file anew; not
// under testdata, which the dump tests read as scripts).

var fastPathCases = []struct{ name, src string }{
	{"lf", "x = (1,\n  2)\ny\n"},
	{"crlf", "x = (1,\r\n  2)\r\nif y:\r\n    z # c\r\n"},
	{"lone cr", "x = 1\ry # c\rz\r"},
	{"form feed", "\fx = 1\n\f  if y:\n\f    z\n  \f w\n"},
	{"form feed between tokens", "a \f b\f\f(c)\n"},
	{"tabs in indentation", "if x:\n\t y\n \tz\n\tw\n"},
	{"mixed blanks", "x   =    1    #  c\n(1,\n        2,\n\t\t3)\n  \t \f x\n"},
	{"blank run at eof", "x     "},
	{"non-ascii names", "café.ｅｘｅｃ(é) + a.béc\nx.é\né.x\n"},
	{"non-ascii after name", "abcdefgh\u00e9 abcdefghijklmno\u00e9 ab\u200bcd\n"},
	{"name lengths", "a ab abc abcd abcde abcdef abcdefg abcdefgh abcdefghi abcdefghijklmno abcdefghijklmnop abcdefghijklmnopq\n"},
	{"eight-byte keywords", "continue nonlocal continued nonlocals continue_ xcontinue\n"},
	{"keywords", "if else elif while for in not is and or lambda yield return pass\n"},
	{"short text", "if"},
	{"name at eof", "abcdefghijk"},
	{"name then dot", "a.b.c.d()\nx...y\nz.5\n"},
	{"string prefixes", "rb'x' f'{a}' Rb\"y\" fr'{b}' u'z'.upper() x.f'q' ab'c' BR\"\" t'{x}'\n"},
	{"prefix then non-ascii", "f'é{x}' b'\\xff'\n"},
	{"nested f-strings", `f"{f'{x:{y}}'}" f'{a["b"]!r:>{w}}' f"{'{'}" f'{{}}'` + "\n"},
	{"f-string across words", `f"abcdefghijklmnop{x}qrstuvwxyz{{y}}0123456789{z!r}"` + "\n"},
	{"plain strings", `'' "" 'a' "ab" 'abcdefgh' "abcdefghijklmnopqrstuvwxyz" 'it"s' "it's"` + "\n"},
	{"controls in strings", "'a\tb' \"c\fd\" 'e\x00f' 'abcdefgh\tijklmnop\vqr' \"\x1b[0m\"\n"},
	{"non-ascii in strings", "'héllo wörld ñ' \"日本語のテキスト\" '\xff\xfe'\n"},
	{"backslashes at every offset", "'\\n' 'a\\n' 'ab\\n' 'abc\\n' 'abcd\\n' 'abcde\\n' 'abcdef\\n' 'abcdefg\\n' 'abcdefgh\\n' 'abcdefghi\\'x'\n"},
	{"triple strings", "'''a\nb''' \"\"\"c\r\nd\"\"\" '''e\\'''f''' \"\"\"abcdefghijklmnop\"q\"\"r\"\"\"\n"},
	{"unterminated string at eof", "x = 'abc"},
	{"unterminated long string at eof", "x = \"abcdefghijklmnopqrstuvwxyz"},
	{"unterminated string at line end", "x = 'abcdefghijklmnop\ny = 1\n"},
	{"unterminated triple at eof", "'''abcdefghijklmnop\nqrstuvwxyz"},
	{"unterminated f-string field", "f'{x\ny\n"},
	{"unterminated bracket at eof", "f(1,\n  2"},
	{"numbers", "1 12 1_000 0x1F 0X_ff 0o7 0b1 1.5 1. .5 1e5 1E+5 1e-5 1e 1j 1.5j 1J 0 00 1__2 1_ 0x 0b2 1.e3 1..2\n"},
	{"number at eof", "x = 12"},
	{"number then name", "1if 1else 0x1for 1jif\n"},
	{"ops", "a:=b->c<>d**=e//=f>>=g<<=h==i!=j<=k>=l+=m-=n*=o/=p%=q&=r|=s^=t@=u~v;w**x//y<<z>>a<b>c-d+e%f&g|h^i@j:k=l!\n"},
	{"op at eof", "x <"},
	{"op then eof", "x ="},
	{"commas", "a,b , c,, d,\n(1,2,)\n,"},
	{"brackets", "([{}])\n)]}\n((\n))\n"},
	{"deep brackets", strings.Repeat("(", 205) + "x" + strings.Repeat(")", 205) + "\n"},
	{"semicolons", "a; b;; c;\n;x\nif y: z; w\n"},
	{"comments", "# a\nx # b\n# c\r\n# d\r#e"},
	{"comment at eof", "x = 1 # c"},
	{"comment inside brackets", "f(1, # a\n  2) # b\n"},
	{"continuation", "x = 1 + \\\n  2 \\\r\n + 3\\\r4\n\\"},
	{"dedents", "if a:\n  if b:\n    c\n  d\n e\nf\n"},
	{"soft keywords", "match x:\n  case [1]:\n    type X = int\nmatch(x)\ncase = 1\n"},
}

// fastPathDigest renders every field of res that the scanner fills.
func fastPathDigest(res *Result) string {
	var b strings.Builder
	for _, t := range res.Tokens {
		fmt.Fprintf(&b, "%s%q@%d:%d-%d", t.Kind, res.Text[t.Start:t.End], t.Line, t.Col, t.EndLine)
		if t.Keyword {
			b.WriteString("!")
		}
		b.WriteByte(' ')
	}
	fmt.Fprintf(&b, "| fields %v | stmts %v | lines %v | errs %v | flags %+v | trunc %v limits %v | nonascii %v nfkc %v | tricks %v | high %d",
		res.FieldTokens, res.Statements, res.LineStarts, res.Errors, res.Flags,
		res.Truncated, res.LimitsHit, res.NonASCIIIdents, res.NFKCChanged, res.Tricks, res.HighBytes)
	return b.String()
}

func TestFastPaths(t *testing.T) {
	got := fastPathDigests()
	if os.Getenv("PYTOKEN_FASTPATH_OUT") != "" {
		t.Skip("written by TestFastPathTokenCap")
	}
	if len(fastPathWant) != len(got) {
		t.Fatalf("fastPathWant has %d cases, the test %d: write it anew", len(fastPathWant), len(got))
	}
	for i := range got {
		if got[i] != fastPathWant[i] {
			t.Errorf("case %s:\n got %s\nwant %s", fastPathCases[i].name, got[i], fastPathWant[i])
		}
	}
}

func fastPathDigests() []string {
	var got []string
	for _, c := range fastPathCases {
		got = append(got, fastPathDigest(TokenizeText(c.src)))
	}
	return got
}

// TestFastPathTokenCap: the name, comma, number, op, string and comment
// paths at the token cap stop exactly where the general route stopped.
func TestFastPathTokenCap(t *testing.T) {
	var got []string
	for _, unit := range fastPathCapUnits {
		src := strings.Repeat(unit, MaxTokens/len(unit)+MaxTokens/2)
		res := TokenizeText(src)
		if !res.LimitsHit || len(res.Tokens) != MaxTokens {
			t.Fatalf("%q: LimitsHit %v, %d tokens; want true, %d", unit, res.LimitsHit, len(res.Tokens), MaxTokens)
		}
		got = append(got, capDigest(res))
		res.Release()
	}
	if out := os.Getenv("PYTOKEN_FASTPATH_OUT"); out != "" {
		var b strings.Builder
		b.WriteString("package pytoken\n\n// Written by PYTOKEN_FASTPATH_OUT=file go test -run TestFastPath: see fastpath_test.go.\n\n")
		b.WriteString("var fastPathWant = []string{\n")
		for _, d := range fastPathDigests() {
			fmt.Fprintf(&b, "\t%q,\n", d)
		}
		b.WriteString("}\n\nvar fastPathCapWant = []string{\n")
		for _, d := range got {
			fmt.Fprintf(&b, "\t%q,\n", d)
		}
		b.WriteString("}\n")
		if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	for i := range got {
		if i >= len(fastPathCapWant) || got[i] != fastPathCapWant[i] {
			t.Errorf("%q: digest %s, want %v", fastPathCapUnits[i], got[i], fastPathCapWant[i:min(i+1, len(fastPathCapWant))])
		}
	}
}

var fastPathCapUnits = []string{"a,", "a.b ", "1,", "(a)", "'s'+", "# c\n", "é,"}

// capDigest hashes the tokens, statements, line starts and the rest of a
// Result too big to print.
func capDigest(res *Result) string {
	h := sha256.New()
	var buf [24]byte
	for _, t := range res.Tokens {
		binary.LittleEndian.PutUint32(buf[0:], uint32(t.Start))
		binary.LittleEndian.PutUint32(buf[4:], uint32(t.End))
		binary.LittleEndian.PutUint32(buf[8:], uint32(t.Line))
		binary.LittleEndian.PutUint32(buf[12:], uint32(t.Col))
		binary.LittleEndian.PutUint32(buf[16:], uint32(t.EndLine))
		buf[20], buf[21] = byte(t.Kind), 0
		if t.Keyword {
			buf[21] = 1
		}
		h.Write(buf[:22])
	}
	fmt.Fprint(h, res.Statements, res.LineStarts, res.Errors, res.Flags, res.Truncated, res.NonASCIIIdents, res.NFKCChanged, len(res.Tricks))
	return fmt.Sprintf("%x", h.Sum(nil))
}
