package flow

import "github.com/pytriage/pytriage/model/pytoken"

// collect copies the significant tokens, splits statements, matches
// brackets and evaluates string literals.
func (p *Program) collect() {
	res := p.Res
	c := collector{p: p, toks: newToks(len(res.Tokens) + len(res.FieldTokens)), callCand: candPool.get(0)}
	// Size the per-statement slices once instead of growing them.
	nStr, nCom, nStmt := 0, 0, len(res.Statements)+1
	for i := range res.Tokens {
		switch res.Tokens[i].Kind {
		case pytoken.String:
			nStr++
		case pytoken.Comment:
			nCom++
		}
	}
	owner := -1
	for i := range res.FieldTokens { // f-string fields: their strings and statements
		ft := &res.FieldTokens[i]
		if ft.Kind == pytoken.String {
			nStr++
		}
		if ft.String != owner {
			owner = ft.String
			nStmt++
		}
	}
	if nStr > 0 {
		c.strs = make([]Str, 0, nStr)
	}
	if nCom > 0 {
		p.Comments = commentPool.get(nCom)
	}
	if len(res.Statements) > 0 || len(res.FieldTokens) > 0 {
		c.stmts = make([]Stmt, 0, nStmt)
	}
	text := res.Text
	// The Name tokens whose NFKC form differs from their text, ascending:
	// res.Ident(i) is the text itself for every other token, so the names
	// need no scan for non-ASCII bytes.
	changed := res.NFKCChanged
	for i := range res.Tokens {
		t := &res.Tokens[i]
		switch t.Kind {
		case pytoken.Whitespace, pytoken.NL, pytoken.Indent, pytoken.Dedent, pytoken.Continuation, pytoken.EndMarker:
			continue
		case pytoken.Comment:
			p.Comments = append(p.Comments, Tok{})
			ct := &p.Comments[len(p.Comments)-1] // filled in place, as in push
			ct.Text = text[t.Start:t.End]
			ct.Line, ct.EndLine, ct.Stmt, ct.Match, ct.Src = int32(t.Line), int32(t.EndLine), 0, -1, int32(i)
			ct.Kind = t.Kind
			continue
		case pytoken.Newline:
			c.endStmt()
			continue
		}
		s := text[t.Start:t.End] // res.TokenText(i), without its bounds checks
		if t.Kind == pytoken.Name {
			for len(changed) > 0 && changed[0] < i {
				changed = changed[1:]
			}
			if len(changed) > 0 && changed[0] == i {
				s = res.Ident(i)
			}
		} else if t.Kind == pytoken.Op && len(c.stack) == 0 && s == ";" {
			c.endStmt()
			continue
		}
		c.push(t.Kind, s, t.Line, max(t.EndLine, t.Line), int32(i))
	}
	c.endStmt()
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
		c.endStmt()
	}
	p.Toks, p.Stmts, p.Strings, p.callCand = c.toks, c.stmts, c.strs, c.callCand
}

// collector is the state of collect. It keeps the slices it fills in its
// own fields, a value on collect's stack, and hands them to the Program at
// the end: updating them in the Program, on the heap, would cost a write
// barrier check on every token.
type collector struct {
	p        *Program
	toks     []Tok
	stmts    []Stmt
	strs     []Str
	callCand []int32
	stack    []int32 // open brackets
	start    int     // first token of the open statement
}

// endStmt closes the open statement, if it has tokens.
func (c *collector) endStmt() {
	if n := len(c.toks); n > c.start {
		c.stmts = append(c.stmts, Stmt{Span: Span{c.start, n}, Line: int(c.toks[c.start].Line), EndLine: int(c.toks[n-1].EndLine)})
	}
	c.start = len(c.toks)
	for _, o := range c.stack { // unclosed brackets end with the statement
		c.toks[o].Match = -1
	}
	c.stack = c.stack[:0]
}

// push appends a token, matching brackets on the open-bracket stack and
// evaluating string literals. It takes the fields rather than a Tok, and
// fills the new element in place: it runs once per token.
func (c *collector) push(kind pytoken.Kind, text string, line, endLine, src int32) {
	idx := int32(len(c.toks))
	match := int32(-1)
	switch kind {
	case pytoken.Op:
		if len(text) != 1 {
			break
		}
		switch b := text[0]; b {
		case '(', '[', '{':
			if b == '(' {
				c.p.opens++
				c.callCand = append(c.callCand, idx)
			}
			if len(c.stack) < 1<<16 {
				c.stack = append(c.stack, idx)
			} else {
				c.p.LimitsHit = true
			}
		case ')', ']', '}':
			if n := len(c.stack); n > 0 && closes(c.toks[c.stack[n-1]].Text[0], b) {
				match = c.stack[n-1]
				c.toks[match].Match = idx
				c.stack = c.stack[:n-1]
			}
		}
	case pytoken.Name:
		if text == "exec" {
			c.callCand = append(c.callCand, idx) // maybe a Python 2 exec statement
		}
	case pytoken.String:
		v, isBytes, ok := pytoken.StringValue(text)
		c.strs = append(c.strs, Str{})
		st := &c.strs[len(c.strs)-1] // filled in place, as the token below
		st.Tok, st.Value, st.Bytes, st.OK = int(idx), v, isBytes, ok
	}
	// Field by field into the slot: appending a Tok literal builds it on the
	// stack and copies it with wide loads that stall on the narrow stores
	// just made (store forwarding), which cost more than the rest of push.
	if len(c.toks) == cap(c.toks) {
		c.toks = append(c.toks, Tok{})
	} else {
		c.toks = c.toks[:idx+1]
	}
	t := &c.toks[idx]
	t.Text = text
	t.Line, t.EndLine = line, endLine
	t.Stmt, t.Match, t.Src = int32(len(c.stmts)), match, src
	t.Kind = kind
}
