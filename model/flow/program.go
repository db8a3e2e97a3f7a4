package flow

import (
	"github.com/pytriage/pytriage/model/pytoken"
	"github.com/pytriage/pytriage/model/unwrap"
)

// Caps on the data flow. Beyond them values are simply not folded and
// Program.LimitsHit is set.
const (
	MaxValue    = 8 << 20  // bytes of one folded value
	MaxFolded   = 32 << 20 // bytes of all folded values together
	MaxEvalStep = 1 << 20  // evaluation steps for one script
	MaxDepth    = 64       // expression nesting followed by the evaluator
	MaxReach    = 8        // assignment hops followed by Reaches
)

// Tok is a significant token (no whitespace, comments or layout tokens).
// Text is the source text; for names it is the NFKC-normalised identifier.
type Tok struct {
	Text    string
	Line    int32
	EndLine int32
	Stmt    int32
	Match   int32 // index of the matching bracket for ( [ { ) ] }, else -1
	Src     int32 // index in pytoken.Result.Tokens (-1 for f-string field tokens)
	Kind    pytoken.Kind
}

// DefKey names an assigned name in a scope (0 = module level).
type DefKey struct {
	Scope int32
	Name  string
}

// Span is a half-open range [Start, End) of indexes into Program.Toks.
type Span struct{ Start, End int }

// Stmt is one logical statement: its tokens and its lines (1-based, inclusive).
type Stmt struct {
	Span
	Line, EndLine int
}

// Program is a tokenized script with its data flow facts.
type Program struct {
	Res      *pytoken.Result
	Toks     []Tok
	Stmts    []Stmt
	Comments []Tok

	// Alias maps a local name to the canonical dotted name it stands for.
	Alias map[string]string
	// AliasVia records aliases bound through a lookup by string
	// (f = getattr(builtins, "ex"+"ec")), so calls of f keep that evidence.
	AliasVia map[string]lookup
	// consts maps a name to the last constant value assigned to it (see Const).
	consts map[string]obj
	// Defs maps a name to the right-hand sides assigned to it (also the
	// iterable of for-loops and the expression of with ... as name).
	// Keys: a name in a function scope, "f()" for what local function f
	// returns, ".attr" for obj.attr assignments (see DefsOf).
	Defs map[DefKey][]Span

	Calls    []Call
	byFunc   callIndex // canonical name → call indexes
	byMeth   callIndex // last name segment → call indexes
	callAt   []int32   // per token: index of the call whose "(" it is, else -1 (set by indexCalls)
	opens    int       // "(" tokens pushed: an upper bound on the calls
	argBlock []Arg     // backing store of Call.Args (see newArgs)
	frozen   bool      // Build has returned: Toks and Defs no longer change
	defBlock []Span    // backing store of first definitions (see appendDef)
	callCand []int32   // in order, the tokens indexCalls looks at: every "(" and every name exec
	defIdx   []int32   // per token: cached defsAt (see reach.go)
	defRefs  []defRef
	keyID    map[DefKey]int32 // id of each key met by defsAt
	keySeen  []uint32         // per key id: generation of the Reaches query that followed it
	gen      uint32           // generation of the running Reaches query
	reaching bool             // a stamped Reaches query is running

	// Strings are the string literal tokens with their values.
	Strings []Str
	// Decoded are values built by decoding or deobfuscation: candidates for
	// static unwrapping and recursive analysis.
	Decoded []Decoded

	Budget    *unwrap.Budget
	LimitsHit bool
	folded    int
	steps     int
	seen      map[int]bool // Decoded dedup by start token
	memo      map[Span]memoEntry
	stmtScope []int32 // per statement: the function scope it is in (0 = module)
	curScope  int32
	scopes    int32
}

// Str is a string literal token and its value.
type Str struct {
	Tok   int
	Value string
	Bytes bool
	OK    bool // false for f-strings and literals that did not evaluate
}

// Decoded is a value that was decoded (Chain non-empty) or built by
// deobfuscation (chr joins, reversal, XOR) from constants.
type Decoded struct {
	Line  int      // line of the statement holding the expression
	Tok   int      // first token of the expression
	Chain []string // codecs and builders applied, outermost last
	Value Value
}

// Build runs the data flow over a tokenized script. budget bounds the
// decoders used while folding; nil means a fresh default budget.
func Build(res *pytoken.Result, budget *unwrap.Budget) *Program {
	if budget == nil {
		budget = unwrap.NewBudget()
	}
	p := &Program{
		Res: res, Alias: map[string]string{}, AliasVia: map[string]lookup{}, consts: map[string]obj{},
		Defs:   map[DefKey][]Span{},
		Budget: budget, seen: map[int]bool{},
	}
	p.collect()
	// about one definition per three statements in ordinary code: sized
	// once instead of rehashed as it fills
	p.Defs = make(map[DefKey][]Span, len(p.Stmts)/3+8)
	p.bindings()
	p.indexCalls()
	if budget.LimitsHit {
		p.LimitsHit = true
	}
	p.frozen = true
	return p
}

// Line is the first line of token i.
func (p *Program) Line(i int) int {
	if i < 0 || i >= len(p.Toks) {
		return 0
	}
	return int(p.Toks[i].Line)
}

// StmtOf is the statement holding token i.
func (p *Program) StmtOf(i int) Stmt { return p.Stmts[p.Toks[i].Stmt] }

// Is reports whether token i is the operator or name s.
func (p *Program) Is(i int, s string) bool {
	return i >= 0 && i < len(p.Toks) && p.Toks[i].Text == s && (p.Toks[i].Kind == pytoken.Op || p.Toks[i].Kind == pytoken.Name)
}

// collect copies the significant tokens, splits statements, matches
// brackets and evaluates string literals.
func (p *Program) collect() {
	res := p.Res
	p.Toks = newToks(len(res.Tokens) + len(res.FieldTokens))
	// Size the per-statement slices once instead of growing them.
	nStr, nCom := 0, 0
	for i := range res.Tokens {
		switch res.Tokens[i].Kind {
		case pytoken.String:
			nStr++
		case pytoken.Comment:
			nCom++
		}
	}
	if nStr > 0 {
		p.Strings = make([]Str, 0, nStr)
	}
	if nCom > 0 {
		p.Comments = make([]Tok, 0, nCom)
	}
	if n := len(res.Statements); n > 0 {
		p.Stmts = make([]Stmt, 0, n+1)
	}
	var stack []int32
	start := 0
	endStmt := func() {
		if len(p.Toks) > start {
			first, last := p.Toks[start], p.Toks[len(p.Toks)-1]
			p.Stmts = append(p.Stmts, Stmt{Span: Span{start, len(p.Toks)}, Line: int(first.Line), EndLine: int(last.EndLine)})
		}
		start = len(p.Toks)
		for _, o := range stack { // unclosed brackets end with the statement
			p.Toks[o].Match = -1
		}
		stack = stack[:0]
	}
	for i := range res.Tokens {
		t := &res.Tokens[i]
		switch t.Kind {
		case pytoken.Whitespace, pytoken.NL, pytoken.Indent, pytoken.Dedent, pytoken.Continuation, pytoken.EndMarker:
			continue
		case pytoken.Comment:
			p.Comments = append(p.Comments, Tok{Kind: t.Kind, Text: res.TokenText(i), Line: int32(t.Line), EndLine: int32(t.EndLine), Match: -1, Src: int32(i)})
			continue
		case pytoken.Newline:
			endStmt()
			continue
		}
		text := res.TokenText(i)
		if t.Kind == pytoken.Name {
			text = res.Ident(i)
		}
		if t.Kind == pytoken.Op && text == ";" && len(stack) == 0 {
			endStmt()
			continue
		}
		p.push(Tok{Kind: t.Kind, Text: text, Line: int32(t.Line), EndLine: int32(max(t.EndLine, t.Line)), Stmt: int32(len(p.Stmts)), Match: -1, Src: int32(i)}, &stack)
	}
	endStmt()
	// f-string replacement fields become statements of their own, so calls
	// inside them are indexed like any other.
	for j := 0; j < len(res.FieldTokens); {
		owner := res.FieldTokens[j].String
		for ; j < len(res.FieldTokens) && res.FieldTokens[j].String == owner; j++ {
			ft := res.FieldTokens[j]
			if ft.Kind == pytoken.Whitespace || ft.Kind == pytoken.Comment || ft.Kind == pytoken.NL {
				continue
			}
			text := res.Text[clamp(int(ft.Start), len(res.Text)):clamp(int(ft.End), len(res.Text))]
			if ft.Kind == pytoken.Name {
				text = nfkc(text)
			}
			p.push(Tok{Kind: ft.Kind, Text: text, Line: int32(ft.Line), EndLine: int32(max(ft.EndLine, ft.Line)), Stmt: int32(len(p.Stmts)), Match: -1, Src: -1}, &stack)
		}
		endStmt()
	}
}

// push appends a token, matching brackets on the open-bracket stack and
// evaluating string literals.
func (p *Program) push(tok Tok, stack *[]int32) {
	idx := int32(len(p.Toks))
	if tok.Kind == pytoken.Op && len(tok.Text) == 1 {
		switch tok.Text[0] {
		case '(', '[', '{':
			if tok.Text[0] == '(' {
				p.opens++
				p.callCand = append(p.callCand, idx)
			}
			if len(*stack) < 1<<16 {
				*stack = append(*stack, idx)
			} else {
				p.LimitsHit = true
			}
		case ')', ']', '}':
			if n := len(*stack); n > 0 && closes(p.Toks[(*stack)[n-1]].Text[0], tok.Text[0]) {
				tok.Match = (*stack)[n-1]
				p.Toks[(*stack)[n-1]].Match = idx
				*stack = (*stack)[:n-1]
			}
		}
	}
	if tok.Kind == pytoken.Name && tok.Text == "exec" {
		p.callCand = append(p.callCand, idx) // maybe a Python 2 exec statement
	}
	if tok.Kind == pytoken.String {
		v, isBytes, ok := pytoken.StringValue(tok.Text)
		p.Strings = append(p.Strings, Str{Tok: int(idx), Value: v, Bytes: isBytes, OK: ok})
	}
	p.Toks = append(p.Toks, tok)
}

func closes(open, close byte) bool {
	return open == '(' && close == ')' || open == '[' && close == ']' || open == '{' && close == '}'
}

func clamp(i, n int) int {
	if i < 0 {
		return 0
	}
	if i > n {
		return n
	}
	return i
}
