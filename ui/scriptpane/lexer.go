package scriptpane

import (
	"sync"

	"github.com/alecthomas/chroma/v2"

	"github.com/pytriage/pytriage/model/pytoken"
)

// Lexers are built once: parsing a lexer costs milliseconds and its first
// use compiles its rules.
var (
	pythonOnce, bashOnce sync.Once
	pythonLx, bashLx     chroma.Lexer
)

// pythonLexer is the model's own tokenizer as a Chroma lexer, so the
// colours show exactly the tokens the detectors saw.
func pythonLexer() chroma.Lexer {
	pythonOnce.Do(func() { pythonLx = pytoken.Lexer() })
	return pythonLx
}

// bashLexer is Chroma's bash lexer, for shell findings.
func bashLexer() chroma.Lexer {
	bashOnce.Do(func() { bashLx = newBashLexer() })
	return bashLx
}
