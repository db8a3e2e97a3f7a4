package flow

import "github.com/pytriage/pytriage/model/pytoken"

// Reaches reports whether some token satisfying pred lies in s or, through
// the names used in s, in the right-hand sides assigned to them (up to
// MaxReach hops). It returns the matching token's index.
func (p *Program) Reaches(s Span, pred func(i int) bool) (int, bool) {
	seen := map[DefKey]bool{}
	return p.reaches(s, pred, seen, 0)
}

// ReachesWithin is Reaches limited to hops assignments: for evidence that
// must be close (a command received and run), far-fetched chains through a
// large module are not evidence.
func (p *Program) ReachesWithin(s Span, hops int, pred func(i int) bool) (int, bool) {
	if hops > MaxReach {
		hops = MaxReach
	}
	return p.reaches(s, pred, map[DefKey]bool{}, MaxReach-hops)
}

func (p *Program) reaches(s Span, pred func(i int) bool, seen map[DefKey]bool, depth int) (int, bool) {
	if s.Start < 0 || s.End > len(p.Toks) {
		return 0, false
	}
	for i := s.Start; i < s.End; i++ {
		if pred(i) {
			return i, true
		}
	}
	if depth >= MaxReach {
		return 0, false
	}
	for i := s.Start; i < s.End; i++ {
		t := p.Toks[i]
		if t.Kind != pytoken.Name {
			continue
		}
		var key DefKey
		var defs []Span
		switch {
		case i+1 < len(p.Toks) && p.Is(i+1, "("):
			key = globalKey(t.Text + "()") // a call of a local function or method: follow its returns
			defs = p.Defs[key]
		case i > 0 && p.Is(i-1, "."):
			key = globalKey("." + t.Text) // an attribute: follow obj.attr = … assignments
			defs = p.Defs[key]
		default:
			if sc := p.scopeOf(i); sc != 0 {
				key = scopedKey(sc, t.Text)
				defs = p.Defs[key]
			}
			if len(defs) == 0 {
				key = globalKey(t.Text)
				defs = p.Defs[key]
			}
		}
		if len(defs) == 0 || seen[key] {
			continue
		}
		seen[key] = true
		for _, d := range defs {
			if p.boolean(d) {
				continue // a comparison yields a bool: no data flows on
			}
			if j, ok := p.reaches(d, pred, seen, depth+1); ok {
				return j, true
			}
		}
	}
	return 0, false
}

// ReachesCall reports whether s reaches a call for which pred holds.
func (p *Program) ReachesCall(s Span, pred func(c *Call) bool) (*Call, bool) {
	j, ok := p.Reaches(s, func(i int) bool {
		c, ok := p.CallAt(i)
		return ok && pred(c)
	})
	if !ok {
		return nil, false
	}
	c, _ := p.CallAt(j)
	return c, true
}

// boolean reports a span whose top level is a comparison or a boolean test.
func (p *Program) boolean(s Span) bool {
	for i := s.Start; i < s.End; i++ {
		if m := p.Toks[i].Match; m > int32(i) {
			i = int(m)
			continue
		}
		switch p.Toks[i].Text {
		case "==", "!=", "<", ">", "<=", ">=", "is", "not", "in":
			if p.Toks[i].Kind == pytoken.Op || p.Toks[i].Kind == pytoken.Name {
				return true
			}
		case "if", "for", "lambda":
			return false
		}
	}
	return false
}
