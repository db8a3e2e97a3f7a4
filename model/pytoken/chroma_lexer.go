package pytoken

import (
	"strings"

	"github.com/alecthomas/chroma/v2"
)

// pyLexer is a chroma.Lexer over this package's tokens: one linear pass,
// no regular expressions, and the same token boundaries the detectors see.
type pyLexer struct {
	config   *chroma.Config
	analyser func(string) float32
}

var theLexer = &pyLexer{config: &chroma.Config{
	Name:      "Python (pytriage)",
	Aliases:   []string{"pytoken", "python-pytriage"},
	Filenames: []string{"*.py", "*.pyw", "*.pyi"},
	MimeTypes: []string{"text/x-python", "application/x-python"},
}}

// Lexer returns the shared Python lexer (stateless, safe for concurrent use).
// Its tokens' values concatenate to exactly the text given to Tokenise.
func Lexer() chroma.Lexer { return theLexer }

func (l *pyLexer) Config() *chroma.Config { return l.config }

// Tokenise tokenizes text as it is (no BOM stripping or cookie decoding,
// so that values concatenate to text); EnsureLF first turns CRLF and CR
// into LF, as Chroma's own lexers do.
func (l *pyLexer) Tokenise(opts *chroma.TokeniseOptions, text string) (chroma.Iterator, error) {
	if opts != nil && opts.EnsureLF {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	}
	res := &Result{Encoding: encUTF8}
	tokenizeText(text, res)
	toks := ChromaTokens(res)
	i := 0
	return func() chroma.Token {
		if i >= len(toks) {
			return chroma.EOF
		}
		i++
		return toks[i-1]
	}, nil
}

// SetRegistry is part of chroma.Lexer; this lexer delegates to no other.
func (l *pyLexer) SetRegistry(*chroma.LexerRegistry) chroma.Lexer { return l }

// SetAnalyser returns a copy that scores text with fn.
func (l *pyLexer) SetAnalyser(fn func(string) float32) chroma.Lexer {
	c := *l
	c.analyser = fn
	return &c
}

// AnalyseText scores a python shebang as certain.
func (l *pyLexer) AnalyseText(text string) float32 {
	if l.analyser != nil {
		return l.analyser(text)
	}
	first, _, _ := strings.Cut(text, "\n")
	if strings.HasPrefix(first, "#!") && strings.Contains(first, "python") {
		return 1
	}
	return 0
}

// ChromaTokens maps res's tokens to Chroma token types. The gaps between
// tokens (spaces, tabs, form feeds, and any tail left after a cap) become
// chroma.Text, so the values concatenate to exactly res.Text.
func ChromaTokens(res *Result) []chroma.Token {
	text := res.Text
	out := make([]chroma.Token, 0, len(res.Tokens)+len(res.Tokens)/2+4)
	lastStart, lastEnd := -1, -1 // text span of out's last token
	// add appends text[start:end]; adjacent Text merges by re-slicing the
	// text, not by concatenating (quadratic on long runs of blank lines).
	add := func(tt chroma.TokenType, start, end int) {
		if end <= start {
			return
		}
		if n := len(out); n > 0 && tt == chroma.Text && out[n-1].Type == chroma.Text && start == lastEnd {
			lastEnd = end
			out[n-1].Value = text[lastStart:lastEnd]
			return
		}
		lastStart, lastEnd = start, end
		out = append(out, chroma.Token{Type: tt, Value: text[start:end]})
	}
	docs := docstrings(res)
	fields := res.FieldTokens
	pos := 0
	prev := -1 // previous significant token
	for i, t := range res.Tokens {
		start, end := int(t.Start), int(t.End)
		if start > pos {
			add(chroma.Text, pos, start)
			pos = start
		}
		if start < pos || end <= start {
			continue
		}
		switch t.Kind {
		case String:
			for len(fields) > 0 && fields[0].String < i {
				fields = fields[1:]
			}
			n := 0
			for n < len(fields) && fields[n].String == i {
				n++
			}
			stringTokens(text, t, fields[:n], docs[i], add)
			fields = fields[n:]
		case Name:
			add(nameType(res, i, prev), start, end)
		default:
			add(kindType(t.Kind, text[start:end], start), start, end)
		}
		pos = end
		if significant(t.Kind) {
			prev = i
		}
	}
	add(chroma.Text, pos, len(text))
	return out
}

// stringTokens emits a string literal: its prefix as String.Affix, then
// literal parts as String (or String.Doc) with the tokens of its
// replacement fields mapped like code.
func stringTokens(text string, t Token, fields []FieldToken, doc bool, add func(chroma.TokenType, int, int)) {
	body := chroma.String
	if doc {
		body = chroma.StringDoc
	}
	p, tEnd := int(t.Start), int(t.End)
	for p < tEnd && text[p] != '"' && text[p] != '\'' {
		p++
	}
	add(chroma.StringAffix, int(t.Start), p)
	for _, f := range fields {
		fStart, fEnd := int(f.Start), int(f.End)
		if fStart < p || fEnd <= fStart || fEnd > tEnd {
			continue // nested inside an already emitted field string
		}
		add(body, p, fStart)
		v := text[fStart:fEnd]
		switch f.Kind {
		case String:
			add(chroma.String, fStart, fEnd)
		case Name:
			add(fieldNameType(f.Token, v), fStart, fEnd)
		default:
			add(kindType(f.Kind, v, fStart), fStart, fEnd)
		}
		p = fEnd
	}
	add(body, p, tEnd)
}

// docstrings marks String tokens that form a statement on their own.
func docstrings(res *Result) map[int]bool {
	m := map[int]bool{}
	for _, s := range res.Statements {
		if s.First == s.Last && res.Tokens[s.First].Kind == String {
			v := res.Text[res.Tokens[s.First].Start:res.Tokens[s.First].End]
			if strings.Contains(v, `"""`) || strings.Contains(v, `'''`) {
				m[s.First] = true
			}
		}
	}
	return m
}

func nameType(res *Result, i, prev int) chroma.TokenType {
	t := res.Tokens[i]
	v := res.Text[t.Start:t.End]
	if prev >= 0 {
		p := res.Tokens[prev]
		pv := res.Text[p.Start:p.End]
		switch {
		case p.Kind == Name && pv == "def":
			return chroma.NameFunction
		case p.Kind == Name && pv == "class":
			return chroma.NameClass
		case p.Kind == Op && pv == "@" && isStatementStart(res, prev):
			return chroma.NameDecorator
		case p.Kind == Op && pv == ".":
			return chroma.Name
		}
	}
	return fieldNameType(t, v)
}

func fieldNameType(t Token, v string) chroma.TokenType {
	if t.Keyword {
		switch v {
		case "True", "False", "None":
			return chroma.KeywordConstant
		case "and", "or", "not", "in", "is":
			return chroma.OperatorWord
		case "import", "from":
			return chroma.KeywordNamespace
		}
		return chroma.Keyword
	}
	switch v {
	case "self", "cls":
		return chroma.NameBuiltinPseudo
	}
	if isBuiltin(v) {
		return chroma.NameBuiltin
	}
	return chroma.Name
}

func isStatementStart(res *Result, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch res.Tokens[j].Kind {
		case Indent, Dedent:
			continue
		case Newline, NL, Comment:
			return true
		}
		return false
	}
	return true
}

func kindType(k Kind, v string, start int) chroma.TokenType {
	switch k {
	case Number:
		return numberType(v)
	case Comment:
		if start == 0 && strings.HasPrefix(v, "#!") {
			return chroma.CommentHashbang
		}
		return chroma.CommentSingle
	case Op:
		switch v {
		case "(", ")", "[", "]", "{", "}", ",", ":", ";", ".":
			return chroma.Punctuation
		}
		return chroma.Operator
	case Error:
		return chroma.Error
	case String:
		return chroma.String
	}
	return chroma.Text
}

func numberType(v string) chroma.TokenType {
	if len(v) > 1 && v[0] == '0' {
		switch v[1] | 0x20 {
		case 'x':
			return chroma.NumberHex
		case 'o':
			return chroma.NumberOct
		case 'b':
			return chroma.NumberBin
		}
	}
	if strings.ContainsAny(v, ".eEjJ") {
		return chroma.NumberFloat
	}
	return chroma.NumberInteger
}

func isBuiltin(s string) bool {
	switch s {
	case "__import__", "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool",
		"breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod",
		"compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate",
		"eval", "exec", "filter", "float", "format", "frozenset", "getattr",
		"globals", "hasattr", "hash", "help", "hex", "id", "input", "int",
		"isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max",
		"memoryview", "min", "next", "object", "oct", "open", "ord", "pow",
		"print", "property", "range", "repr", "reversed", "round", "set",
		"setattr", "slice", "sorted", "staticmethod", "str", "sum", "super",
		"tuple", "type", "vars", "zip":
		return true
	}
	return false
}
