package pytoken

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzTokenize checks totality: no panic, tokens in order and in bounds,
// statements well formed, lexer values covering the text exactly, lines
// rebuilding the text, and StringValue/Ident safe on every token. Seeds
// are in testdata/fuzz/FuzzTokenize.
func FuzzTokenize(f *testing.F) {
	f.Add([]byte("x = f'{a[\"b\"]!r:>{w}}'\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<16 {
			return
		}
		res := Tokenize(src)
		checkInvariants(t, res)
		if len(res.LineStarts) > 0 && res.LineStarts[0] != 0 {
			t.Fatalf("first line starts at %d", res.LineStarts[0])
		}
		for i, tok := range res.Tokens {
			switch tok.Kind {
			case String:
				StringValue(res.TokenText(i))
			case Name:
				if res.Ident(i) == "" {
					t.Fatalf("empty ident at %d", i)
				}
			}
		}
		var b strings.Builder
		for _, ct := range ChromaTokens(res) {
			b.WriteString(ct.Value)
		}
		if b.String() != res.Text {
			t.Fatalf("lexer values do not concatenate to the text")
		}
		b.Reset()
		lines := HighlightLines(res)
		for _, l := range lines {
			for _, ct := range l.Tokens {
				b.WriteString(ct.Value)
			}
			b.WriteString(l.Terminator)
		}
		if b.String() != res.Text || len(lines) != res.LineCount() {
			t.Fatalf("lines do not rebuild the text (%d lines, LineCount %d)", len(lines), res.LineCount())
		}
		// Invalid UTF-8 is kept, never dropped: when nothing was decoded
		// the text is the input minus its BOM.
		if res.Encoding == encUTF8 && res.Cookie == "" {
			want := strings.TrimPrefix(string(src), utf8BOM)
			if res.Text != want {
				t.Fatalf("text changed without a cookie")
			}
			if !utf8.ValidString(want) && !res.Flags.InvalidUTF8 {
				t.Fatalf("invalid UTF-8 not flagged")
			}
		}
	})
}
