package flow

import (
	"math"
	"strings"

	"github.com/pytriage/pytriage/model/internal/reuse"
	"github.com/pytriage/pytriage/model/pytoken"
)

// collect copies the significant tokens, splits statements, matches
// brackets and evaluates string literals.
//
// It runs once per token of every script, so its loop does little: most
// tokens (names, numbers, operators other than brackets, layout) are
// copied or skipped in place, and the others — brackets, strings,
// comments, exec, names that NFKC changes — go through special. The loop
// keeps only a few values, in registers, across that call; the rest of the
// state is the collector's. The strings' values are computed after the
// loop, once their number is known (see strings).
func (p *Program) collect() {
	res := p.Res
	toks, stale := tokPool.get(len(res.Tokens) + len(res.FieldTokens))
	c := collector{p: p, res: res, toks: toks, callCand: candPool.Get(0), strToks: strTokPool.Get(0)}
	c.eqStmts = eqPool.Zeroed((len(res.Tokens)+len(res.FieldTokens))/64 + 1)
	nStmt := len(res.Statements) + 1
	owner := -1
	for i := range res.FieldTokens { // f-string fields: one statement per string
		if ft := &res.FieldTokens[i]; ft.String != owner {
			owner = ft.String
			nStmt++
		}
	}
	if len(res.Statements) > 0 || len(res.FieldTokens) > 0 {
		c.stmts = stmtPool.Get(nStmt)
	}
	// The Name tokens whose NFKC form differs from their text, ascending:
	// res.Ident(i) is the text itself for every other token, so the names
	// need no scan for non-ASCII bytes.
	c.changed = res.NFKCChanged
	c.nextChanged = math.MaxInt
	if len(c.changed) > 0 {
		c.nextChanged = c.changed[0]
	}
	// There is room for every token: they are written by index.
	toks = toks[:cap(toks)]
	c.toks = toks
	src, text := res.Tokens, res.Text
	n, stmt := 0, int32(0)
	for i := range src {
		t := &src[i]
		kind := t.Kind
		if kind > pytoken.Op { // Newline and the layout kinds
			if kind == pytoken.Newline {
				stmt = c.endStmt(n)
			}
			continue
		}
		s := text[t.Start:t.End] // res.TokenText(i), without its bounds checks
		// the commonest kinds first
		switch kind {
		case pytoken.Op:
			if len(s) == 1 && bracketOrSemi[s[0]] {
				n, stmt = c.special(i, n, stmt, kind, s)
				continue
			}
			if strings.HasSuffix(s, "=") { // maybe an assignment (see assigns)
				c.eqStmts[stmt>>6] |= 1 << (stmt & 63)
			}
		case pytoken.Name:
			if s == "exec" || i >= c.nextChanged {
				n, stmt = c.special(i, n, stmt, kind, s)
				continue
			}
		case pytoken.String, pytoken.Comment:
			n, stmt = c.special(i, n, stmt, kind, s)
			continue
		}
		fill(&toks[n], kind, s, t.Line, max(t.EndLine, t.Line), stmt, -1, int32(i))
		n++
	}
	c.endStmt(n)
	c.toks = toks[:n]
	// f-string replacement fields become statements of their own, so calls
	// inside them are indexed like any other.
	for j := 0; j < len(res.FieldTokens); {
		owner := res.FieldTokens[j].String
		for ; j < len(res.FieldTokens) && res.FieldTokens[j].String == owner; j++ {
			ft := &res.FieldTokens[j]
			if ft.Kind == pytoken.Whitespace || ft.Kind == pytoken.Comment || ft.Kind == pytoken.NL {
				continue
			}
			s := text[clamp(int(ft.Start), len(text)):clamp(int(ft.End), len(text))]
			if ft.Kind == pytoken.Name {
				s = nfkc(s)
			}
			c.push(ft.Kind, s, ft.Line, max(ft.EndLine, ft.Line), -1)
		}
		c.endStmt(len(c.toks))
	}
	// The pooled slices may hold a previous script's elements past what
	// this one wrote (see staleSlices).
	scrub(c.toks, stale)
	if p.Comments == nil {
		commentPool.scrubOne()
	}
	scrub(p.Comments, c.commentStale)
	p.Toks, p.Stmts, p.Strings, p.callCand = c.toks, c.stmts, c.strings(), c.callCand
	p.eqStmts = c.eqStmts
	strTokPool.Put(c.strToks)
}

// special handles token i of collect's loop, which has written n tokens
// and is in statement stmt, and returns the new n and stmt: a comment is
// kept aside, a ';' outside brackets ends the statement, brackets are
// matched, strings noted, names normalised and exec noted as a call
// candidate; all but the first two are then copied.
// kind and s are the token's kind and text, which the loop has at hand.
func (c *collector) special(i, n int, stmt int32, kind pytoken.Kind, s string) (int, int32) {
	t := &c.res.Tokens[i]
	if kind == pytoken.Comment {
		c.comment(t, s, i)
		return n, stmt
	}
	match := int32(-1)
	switch kind {
	case pytoken.Op:
		if s[0] == ';' {
			if len(c.stack) == 0 {
				return n, c.endStmt(n)
			}
		} else {
			match = c.bracket(s[0], int32(n))
		}
	case pytoken.String:
		c.strToks = append(c.strToks, int32(n))
	case pytoken.Name:
		if i >= c.nextChanged {
			for len(c.changed) > 0 && c.changed[0] < i {
				c.changed = c.changed[1:]
			}
			if len(c.changed) > 0 && c.changed[0] == i {
				s = c.res.Ident(i)
			}
			c.nextChanged = math.MaxInt
			for _, k := range c.changed {
				if k > i {
					c.nextChanged = k
					break
				}
			}
		}
		if s == "exec" {
			c.callCand = append(c.callCand, int32(n)) // maybe a Python 2 exec statement
		}
	}
	fill(&c.toks[n], kind, s, t.Line, max(t.EndLine, t.Line), stmt, match, int32(i))
	return n + 1, stmt
}

// fill sets the fields of a token. Field by field into the slot:
// assigning a Tok literal builds it on the stack and copies it with wide
// loads that stall on the narrow stores just made (store forwarding),
// which cost more than the rest of collect's loop.
func fill(t *Tok, kind pytoken.Kind, text string, line, endLine, stmt, match, src int32) {
	t.Text = text
	t.Line, t.EndLine = line, endLine
	t.Stmt, t.Match, t.Src = stmt, match, src
	t.Kind = kind
}

// collector is the state of collect. It keeps the slices it fills in its
// own fields, a value on collect's stack, and hands them to the Program at
// the end: updating them in the Program, on the heap, would cost a write
// barrier check on every token.
type collector struct {
	p        *Program
	res      *pytoken.Result
	toks     []Tok
	stmts    []Stmt
	callCand []int32
	strToks  []int32   // the String tokens, in order (see strings)
	stack    []opening // open brackets
	start    int       // first token of the open statement
	// changed are the NFKC-changed names not yet passed, nextChanged the
	// first of them after the token special last saw (MaxInt if none).
	changed     []int
	nextChanged int
	// commentStale is the stale length of the pooled Comments slice.
	commentStale int
	// eqStmts has a bit per statement, set if it has an operator ending
	// in '=' (see assigns). It has room for a statement per token.
	eqStmts []uint64
}

// opening is an open bracket on the collector's stack: its token and its
// character, kept here so that matching a closer does not load the
// opener's text.
type opening struct {
	tok int32
	ch  byte
}

// strTokPool holds collect's list of String tokens between Builds.
var strTokPool reuse.Slices[int32]

// endStmt closes the open statement, which ends before token n, if it has
// tokens, and returns the number of the next statement.
func (c *collector) endStmt(n int) int32 {
	if n > c.start {
		c.stmts = append(c.stmts, Stmt{Span: Span{c.start, n}, Line: int(c.toks[c.start].Line), EndLine: int(c.toks[n-1].EndLine)})
	}
	c.start = n
	// Unclosed brackets end with the statement; their Match is still -1.
	c.stack = c.stack[:0]
	return int32(len(c.stmts))
}

// bracketOrSemi marks the one-character operators collect looks at.
var bracketOrSemi = [256]bool{'(': true, '[': true, '{': true, ')': true, ']': true, '}': true, ';': true}

// comment keeps the comment token i, whose text is s.
func (c *collector) comment(t *pytoken.Token, s string, i int) {
	p := c.p
	if p.Comments == nil {
		p.Comments, c.commentStale = commentPool.get(16)
	}
	p.Comments = append(p.Comments, Tok{})
	ct := &p.Comments[len(p.Comments)-1] // filled in place, as in add
	ct.Text = s
	ct.Line, ct.EndLine, ct.Stmt, ct.Match, ct.Src = int32(t.Line), int32(t.EndLine), 0, -1, int32(i)
	ct.Kind = t.Kind
}

// bracket tracks the one-character operator b, which is token idx: an
// opener is pushed; a closer that matches the innermost opener pops it,
// records the pair and returns the opener's index. Otherwise -1.
func (c *collector) bracket(b byte, idx int32) int32 {
	switch b {
	case '(', '[', '{':
		if b == '(' {
			c.p.opens++
			c.callCand = append(c.callCand, idx)
		}
		if len(c.stack) < 1<<16 {
			c.stack = append(c.stack, opening{idx, b})
		} else {
			c.p.LimitsHit = true
		}
	case ')', ']', '}':
		if n := len(c.stack); n > 0 && closes(c.stack[n-1].ch, b) {
			match := c.stack[n-1].tok
			c.toks[match].Match = idx
			c.stack = c.stack[:n-1]
			return match
		}
	}
	return -1
}

// push appends a token of an f-string field, matching brackets and noting
// string literals as collect's loop does.
func (c *collector) push(kind pytoken.Kind, text string, line, endLine, src int32) {
	idx := int32(len(c.toks))
	match := int32(-1)
	switch kind {
	case pytoken.Op:
		if len(text) == 1 {
			match = c.bracket(text[0], idx)
		}
	case pytoken.Name:
		if text == "exec" {
			c.callCand = append(c.callCand, idx)
		}
	case pytoken.String:
		c.strToks = append(c.strToks, idx)
	}
	if kind == pytoken.Op && strings.HasSuffix(text, "=") {
		c.markEq(len(c.stmts))
	}
	c.add(kind, text, line, endLine, match, src)
}

// add appends a token (see fill).
func (c *collector) add(kind pytoken.Kind, text string, line, endLine, match, src int32) {
	idx := len(c.toks)
	if idx == cap(c.toks) {
		c.toks = append(c.toks, Tok{})
	} else {
		c.toks = c.toks[:idx+1]
	}
	fill(&c.toks[idx], kind, text, line, endLine, int32(len(c.stmts)), match, src)
}

// strings evaluates the string literals noted, in token order.
func (c *collector) strings() []Str {
	if len(c.strToks) == 0 {
		strPool.scrubOne()
		return nil
	}
	strs, stale := strPool.get(len(c.strToks))
	strs = strs[:len(c.strToks)] // every field set below
	scrub(strs, stale)
	for k, ti := range c.strToks {
		v, isBytes, ok := literalValue(c.toks[ti].Text, &c.p.keys)
		st := &strs[k] // filled in place, as in add
		st.Tok, st.Value, st.Bytes, st.OK = int(ti), v, isBytes, ok
	}
	return strs
}
