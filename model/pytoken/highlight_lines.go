package pytoken

import (
	"strings"

	"github.com/alecthomas/chroma/v2"
)

// HighlightedLine is one line by CPython's rules, ready for a formatter.
// Tokens hold the line's text without its terminator; Terminator says
// which one ended it: "\n", "\r\n", "\r", or "" for a last line without one.
type HighlightedLine struct {
	Tokens     []chroma.Token
	Terminator string
}

// HighlightLines splits the Chroma tokens of res into its lines, so the
// script pane can render line N without tokenizing again. There are
// exactly res.LineCount() lines; tokens spanning lines (triple-quoted
// strings) are cut at each terminator, and no value is empty.
func HighlightLines(res *Result) []HighlightedLine {
	return SplitLines(ChromaTokens(res))
}

// SplitLines splits any token stream at LF, CRLF and lone CR, dropping the
// terminators from the values (a CRLF cut between two tokens counts once).
func SplitLines(toks []chroma.Token) []HighlightedLine {
	var lines []HighlightedLine
	var cur []chroma.Token
	open := false // cur has begun: some text or terminator seen since the last line
	skipLF := false
	end := func(term string) {
		lines = append(lines, HighlightedLine{Tokens: cur, Terminator: term})
		cur = nil
		open = false
	}
	for _, t := range toks {
		v := t.Value
		if skipLF && strings.HasPrefix(v, "\n") {
			lines[len(lines)-1].Terminator = "\r\n"
			v = v[1:]
		}
		skipLF = false
		for v != "" {
			i := strings.IndexAny(v, "\r\n")
			if i < 0 {
				cur = append(cur, chroma.Token{Type: t.Type, Value: v})
				open = true
				break
			}
			if i > 0 {
				cur = append(cur, chroma.Token{Type: t.Type, Value: v[:i]})
			}
			term := v[i : i+1]
			if v[i] == '\r' && i+1 < len(v) && v[i+1] == '\n' {
				term = "\r\n"
			}
			end(term)
			v = v[i+len(term):]
			if term == "\r" && v == "" {
				skipLF = true // the LF may start the next token
			}
		}
	}
	if open {
		end("")
	}
	return lines
}
