package flow

import "github.com/pytriage/pytriage/model/pytoken"

// failingCall reports a span the evaluator would start with a call
// NAME(ARG, ...) or a.b.c(ARG, ...) of a function other than map, and fail
// at the first argument without folding anything: an empty argument list
// (no builtin folds a call without arguments) or a first argument that
// begins with a name that is not called and not a constant (self.x, a,
// None), or an operator no expression starts with (*args, **kw). Such are
// most calls on the right of assignments (x = self.f(y), n = len(s)).
// steps is what the evaluator spends: one step for the call, one for an
// argument. The evaluator's route for these touches nothing but the step
// count, so evalObj only counts the steps (see TestFailingCallShortcut).
// Anything else — a literal or a call as first argument, a lambda, a
// generator, an unclosed bracket — is left to the evaluator.
func (p *Program) failingCall(s Span) (steps int, ok bool) {
	toks := p.Toks
	if toks[s.Start].Kind != pytoken.Name {
		return 0, false
	}
	// the callee, as nameExpr reads it
	j, last := s.Start+1, s.Start
	for j+1 < s.End && toks[j].Kind == pytoken.Op && toks[j].Text == "." && toks[j+1].Kind == pytoken.Name {
		last = j + 1
		j += 2
	}
	if j >= s.End || toks[j].Kind != pytoken.Op || toks[j].Text != "(" {
		return 0, false
	}
	if last == s.Start { // one name: map unless an alias says otherwise
		fn := toks[s.Start].Text
		if a, ok := p.aliasOf(fn); ok {
			fn = a
		}
		if Canonical(fn) == "map" {
			return 0, false
		}
	} else if toks[last].Text == "map" { // a.map, builtins.map
		return 0, false
	}
	// the arguments, as args reads them
	end := int(toks[j].Match)
	if end < 0 || end >= s.End {
		return 0, false
	}
	if (&evaluator{p: p, end: end}).findTop(j+1, "for") > 0 {
		return 0, false
	}
	a := j + 1
	if a == end {
		return 1, true
	}
	if toks[a].Kind == pytoken.Name && a+1 < end && toks[a+1].Kind == pytoken.Op && toks[a+1].Text == "=" {
		a += 2 // a keyword argument: its value is evaluated
	}
	if a >= end {
		return 2, true
	}
	t := &toks[a]
	switch t.Kind {
	case pytoken.Name:
		if t.Text != "lambda" && p.uncalledName(Span{a, end}) {
			return 2, true
		}
	case pytoken.Op:
		switch t.Text {
		case "-", "+", "~", "(", "[":
		default:
			return 2, true
		}
	}
	return 0, false
}

// evalShort folds the commonest short right-hand sides as the evaluator
// does, with the same single step: a number, a string literal, a name bound
// to a constant, an empty () or []. done is false for anything else. The
// evaluator's route for these is a dozen calls deep for one token.
func (p *Program) evalShort(s Span) (o obj, ok, done bool) {
	t := &p.Toks[s.Start]
	switch n := s.End - s.Start; {
	case n == 1 && (t.Kind == pytoken.Number || t.Kind == pytoken.String || t.Kind == pytoken.Name):
	case n == 2 && t.Kind == pytoken.Op && (t.Text == "(" || t.Text == "[") && int(t.Match) == s.Start+1:
	default:
		return obj{}, false, false
	}
	e := evaluator{p: p, end: s.End}
	if !e.tick(0) { // unary's step
		return obj{}, false, true
	}
	switch t.Kind {
	case pytoken.Number:
		n, ok := parseInt(t.Text)
		if !ok {
			return obj{}, false, true
		}
		return obj{k: 'i', n: n}, true, true
	case pytoken.String:
		v, isBytes, ok := p.stringValue(s.Start)
		if !ok {
			return obj{}, false, true
		}
		k := byte('s')
		if isBytes {
			k = 'b'
		}
		if o, ok = e.text(k, v, false, nil); !ok {
			return obj{}, false, true
		}
		return o, true, true
	case pytoken.Name: // not called: a constant or nothing
		if c, ok := p.constOf(t.Text); ok {
			return c, true, true
		}
		return obj{}, false, true
	}
	return obj{k: 'l'}, true, true // () or []
}
