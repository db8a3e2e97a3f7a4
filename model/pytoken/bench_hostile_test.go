package pytoken

import (
	"strings"
	"testing"
)

// hostileInputs are 10 MB inputs built to hit the tokenizer's worst paths:
// caps, speculative f-string scans, long lines, invalid bytes.
func hostileInputs(size int) map[string]string {
	rep := func(s string) string { return strings.Repeat(s, size/len(s)+1)[:size] }
	return map[string]string{
		"fstring-open":      rep(`f"{`),
		"fstring-rollback":  rep(`f"{x" + `),
		"fstring-rollback3": rep(`f'''{'''` + "\n"),
		"nested-quotes":     rep(`f"{"a"}"`),
		"brackets":          rep("(["),
		"semicolons":        rep(";"),
		"blank-lines":       rep("\n"),
		"cr-lines":          rep("\r"),
		"invalid-utf8":      rep("\xff\xfe"),
		"unicode-idents":    rep("ｅｘｅｃ "),
		"long-string":       "x = '" + rep("A") + "'",
		"unterminated":      rep("'abc\n"),
		"indent-staircase":  rep("if x:\n") + rep(" "),
		"tricks":            rep("\u202e\u200b\r"),
		"escapes-cookie":    "# coding: unicode_escape\n" + rep(`\N{BULLET}\x41\n`),
		"utf7-cookie":       "# coding: utf-7\n" + rep("+AAo-+2D3eAA-"),
	}
}

// TestHostileInputs runs the hostile shapes at 256 KiB through the
// invariants and the lexer round trip (the 10 MB runs are benchmarks).
func TestHostileInputs(t *testing.T) {
	for name, in := range hostileInputs(256 << 10) {
		res := Tokenize([]byte(in))
		checkInvariants(t, res)
		var b strings.Builder
		for _, ct := range ChromaTokens(res) {
			b.WriteString(ct.Value)
		}
		if b.String() != res.Text {
			t.Errorf("%s: lexer values do not cover the text", name)
		}
		if len(HighlightLines(res)) != res.LineCount() {
			t.Errorf("%s: line count mismatch", name)
		}
	}
}

// BenchmarkTokenizeHostile: every hostile 10 MB input must stay well
// under the 1 s / 256 MB bound (see B/op).
func BenchmarkTokenizeHostile(b *testing.B) {
	for name, in := range hostileInputs(10 << 20) {
		src := []byte(in)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				Tokenize(src)
			}
		})
	}
}
