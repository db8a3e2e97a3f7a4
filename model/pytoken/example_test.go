package pytoken_test

import (
	"fmt"

	"github.com/pytriage/pytriage/model/pytoken"
)

func ExampleTokenize() {
	// A utf-7 cookie turns "+AAo-" in a comment into a real line end.
	res := pytoken.Tokenize([]byte("# coding: utf-7\nx = 1 # +AAo-ｅｘｅｃ('id')\n"))
	fmt.Println(res.Encoding, res.LineCount(), "lines")
	for _, st := range res.Statements {
		fmt.Printf("line %d (source line %d): %s\n", st.StartLine, res.SourceLine(st.StartLine), res.Ident(st.First))
	}
	v, _, ok := pytoken.StringValue(`'\x69\u0064'`)
	fmt.Println(v, ok)
	// Output:
	// utf-7 3 lines
	// line 2 (source line 2): x
	// line 3 (source line 2): exec
	// id true
}

func ExampleHighlightLines() {
	res := pytoken.Tokenize([]byte("def f():\r\n    return 'a'\r"))
	for i, line := range pytoken.HighlightLines(res) {
		fmt.Printf("%d %q:", i+1, line.Terminator)
		for _, t := range line.Tokens {
			fmt.Printf(" %s(%q)", t.Type, t.Value)
		}
		fmt.Println()
	}
	// Output:
	// 1 "\r\n": Keyword("def") Text(" ") NameFunction("f") Punctuation("(") Punctuation(")") Punctuation(":")
	// 2 "\r": Text("    ") Keyword("return") Text(" ") LiteralString("'a'")
}
