package scriptpane

import (
	"fmt"
	"strings"
	"testing"

	"github.com/alecthomas/chroma/v2"
)

// pythonSource returns n lines of ordinary Python (functions, strings, calls,
// comments), ~37 bytes a line.
func pythonSource(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		switch i % 6 {
		case 0:
			fmt.Fprintf(&b, "def handler_%d(event, context):\n", i)
		case 1:
			b.WriteString("    \"\"\"Handle one event.\"\"\"\n")
		case 2:
			fmt.Fprintf(&b, "    data = event.get('body', %d)  # payload\n", i)
		case 3:
			b.WriteString("    if not data:\n")
		case 4:
			b.WriteString("        return None\n")
		default:
			b.WriteString("    return process(data, retries=3)\n")
		}
	}
	return b.String()
}

// BenchmarkHighlight10kLines is the background step a selection costs:
// tokenise a 10k-line script with the model's lexer, split it into lines
// by CPython's rules and escape every token (target ≤ 30 ms).
func BenchmarkHighlight10kLines(b *testing.B) {
	src := pythonSource(10000)
	pythonLexer() // lexer setup is once per process, not per script
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for range b.N {
		d := highlight(src, pythonLexer())
		if d.plain {
			b.Fatalf("fell back to plain text: %s", d.note)
		}
	}
}

// BenchmarkScriptPaneKey is one key press (Update and View) with a
// 50k-line script open: moving down a line at a time, the most common
// key (target ≤ 2 ms).
func BenchmarkScriptPaneKey(b *testing.B) {
	src := pythonSource(50000)
	p := open(b, nil, src, fixtureReport(b), 200, 60)
	down, up := keyMsg("j"), keyMsg("k")
	b.ResetTimer()
	for i := range b.N {
		k := down
		if i/20000%2 == 1 {
			k = up
		}
		p.Update(k)
		_ = p.View()
	}
}

// BenchmarkScriptPaneFlaggedJump is ] (next flagged line) with the same
// script: a jump redraws a whole new screenful.
func BenchmarkScriptPaneFlaggedJump(b *testing.B) {
	p := open(b, nil, pythonSource(50000), fixtureReport(b), 200, 60)
	next := keyMsg("]")
	b.ResetTimer()
	for range b.N {
		p.Update(next)
		_ = p.View()
	}
}

// replayLexer hands back tokens recorded earlier, to time the pane's own
// work (split by CPython's line rules, escape, class) without the lexer.
type replayLexer struct {
	chroma.Lexer
	toks []chroma.Token
}

func (r replayLexer) Tokenise(*chroma.TokeniseOptions, string) (chroma.Iterator, error) {
	return chroma.Literator(r.toks...), nil
}

// BenchmarkSplitAndEscape10kLines is BenchmarkHighlight10kLines minus the
// tokenizer: the pane's share of the highlight step.
func BenchmarkSplitAndEscape10kLines(b *testing.B) {
	src := pythonSource(10000)
	it, err := pythonLexer().Tokenise(nil, src)
	if err != nil {
		b.Fatal(err)
	}
	lx := replayLexer{Lexer: pythonLexer(), toks: it.Tokens()}
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for range b.N {
		if d := highlight(src, lx); d.plain {
			b.Fatal("fell back to plain text")
		}
	}
}
