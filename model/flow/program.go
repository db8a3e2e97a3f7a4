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
	// aliasF, viaF and constF filter the questions to the three maps
	// (see nameFilter).
	aliasF, viaF, constF nameFilter
	// defs maps a name to the right-hand sides assigned to it (also the
	// iterable of for-loops and the expression of with ... as name).
	// Keys: a name in a function scope, "f()" for what local function f
	// returns, ".attr" for obj.attr assignments (see DefsOf). It is nil
	// until bindings has gathered them all in defTab.
	defs *defTable

	Calls      []Call
	index      *callIndexes // canonical name, last name segment → call indexes
	callAt     []int32      // per token: 1 + index of the call whose "(" it is, else 0 (set by indexCalls)
	opens      int          // "(" tokens pushed: an upper bound on the calls
	argBlock   []Arg        // backing store of Call.Args (see newArgs)
	argFirst   []Arg        // the used part of the first argBlock once a second one began
	argInFirst bool         // argBlock is still the first block
	frozen     bool         // Build has returned: Toks and defs no longer change
	defBlock   []Span       // backing store of the defs lists (see appendDef)
	defFirst   []Span       // the first defBlock, which is pooled (see Release)
	defTab     *defTable    // the definitions while bindings runs (see defTable)
	callCand   []int32      // in order, the tokens indexCalls looks at: every "(" and every name exec
	defIdx     []int32      // per token: cached defsAt (see reach.go)
	defRefs    []defRef
	keySeen    []uint32 // per key index in defs: generation of the Reaches query that followed it
	gen        uint32   // generation of the running Reaches query
	reaching   bool     // a stamped Reaches query is running

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
	memoAt    []uint64 // bit per token: some memo entry starts there (see memoized)
	keys      keyArena // the strings Build makes (see keyArena)
	stmtScope []int32  // per statement: the function scope it is in (0 = module)
	eqStmts   []uint64 // bit per statement: it may be an assignment (see assigns)
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
	p := &Program{Res: res, Budget: budget}
	p.Alias, p.AliasVia, p.consts = newAliasMap(), newViaMap(), newConstMap()
	p.collect()
	// about one defined name per three statements in ordinary code
	p.defTab = newDefTable(len(p.Stmts)/3 + 8)
	p.bindings()
	p.defs, p.defTab = p.defTab, nil
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
