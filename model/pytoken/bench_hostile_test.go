package pytoken

import (
	"strings"
	"testing"
)

// hostileInputs are 10 MB inputs built to hit the tokenizer's worst paths:
// caps, speculative f-string scans, long lines, invalid bytes.
func hostileInputs() map[string]string {
	const size = 10 << 20
	rep := func(s string) string { return strings.Repeat(s, size/len(s)+1)[:size] }
	return map[string]string{
		"fstring-open":      rep(`f"{`),
		"fstring-rollback":  rep(`f"{x" + `),
		"fstring-rollback3": rep(`f'''{'''` + "\n"),
		"nested-quotes":     rep(`f"{"a"}"`),
		"brackets":          rep("(["),
		"semicolons":        rep(";"),
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

// BenchmarkTokenizeHostile: every hostile 10 MB input must stay well
// under the 1 s / 256 MB bound (see B/op).
func BenchmarkTokenizeHostile(b *testing.B) {
	for name, in := range hostileInputs() {
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
