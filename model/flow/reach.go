package flow

import "github.com/pytriage/pytriage/model/pytoken"

// Reaches reports whether some token satisfying pred lies in s or, through
// the names used in s, in the right-hand sides assigned to them (up to
// MaxReach hops). It returns the matching token's index.
func (p *Program) Reaches(s Span, pred func(i int) bool) (int, bool) {
	v := p.newVisited()
	defer p.doneVisited(v)
	return p.reaches(s, pred, v, 0)
}

// ReachesWithin is Reaches limited to hops assignments: for evidence that
// must be close (a command received and run), far-fetched chains through a
// large module are not evidence.
func (p *Program) ReachesWithin(s Span, hops int, pred func(i int) bool) (int, bool) {
	if hops > MaxReach {
		hops = MaxReach
	}
	v := p.newVisited()
	defer p.doneVisited(v)
	return p.reaches(s, pred, v, MaxReach-hops)
}

// visited is the set of assignment keys one Reaches query has followed:
// a map, or — once Build has returned and while no other query runs (a
// pred may ask its own) — the query's generation stamped per key id, which
// needs neither allocation nor hashing.
type visited struct {
	m     map[DefKey]bool
	stamp bool
}

func (p *Program) newVisited() visited {
	if !p.frozen || p.reaching {
		return visited{m: map[DefKey]bool{}}
	}
	p.reaching = true
	p.gen++
	if p.gen == 0 { // wrapped: forget every stamp
		clear(p.keySeen)
		p.gen = 1
	}
	return visited{stamp: true}
}

func (p *Program) doneVisited(v visited) {
	if v.stamp {
		p.reaching = false
	}
}

// followed marks key (id: its index from defsAt) and reports whether it was
// already marked.
func (p *Program) followed(v visited, key DefKey, id int32) bool {
	if v.stamp {
		if p.keySeen[id] == p.gen {
			return true
		}
		p.keySeen[id] = p.gen
		return false
	}
	if v.m[key] {
		return true
	}
	v.m[key] = true
	return false
}

func (p *Program) reaches(s Span, pred func(i int) bool, seen visited, depth int) (int, bool) {
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
		if p.Toks[i].Kind != pytoken.Name {
			continue
		}
		key, defs, isBool, id := p.defsAt(i)
		if len(defs) == 0 || p.followed(seen, key, id) {
			continue
		}
		for k, d := range defs {
			if isBool != nil && isBool[k] || isBool == nil && p.boolean(d) {
				continue // a comparison yields a bool: no data flows on
			}
			if j, ok := p.reaches(d, pred, seen, depth+1); ok {
				return j, true
			}
		}
	}
	return 0, false
}

// defsAt returns what the Name token i refers to for Reaches: the key and
// the assignments of the function it calls, the attribute it names or the
// variable it reads. It depends only on the tokens and defs, which are
// fixed once Build returns, so it is then computed once per token (many
// Reaches queries of a script walk the same names), with boolean() of each
// assignment (isBool; nil before Build has returned) and an id per
// distinct key (-1 before Build has returned).
func (p *Program) defsAt(i int) (DefKey, []Span, []bool, int32) {
	if !p.frozen {
		key, defs, _ := p.lookupDefs(i)
		return key, defs, nil, -1
	}
	if p.defIdx == nil {
		p.defIdx = defIdxPool.Zeroed(len(p.Toks)) // 0 unknown, -1 none, k: defRefs[k-1]
	}
	switch v := p.defIdx[i]; {
	case v > 0:
		r := &p.defRefs[v-1]
		return r.key, r.defs, r.isBool, r.id
	case v < 0:
		return DefKey{}, nil, nil, -1
	}
	key, defs, id := p.lookupDefs(i)
	if len(defs) == 0 {
		p.defIdx[i] = -1
		return key, nil, nil, -1
	}
	isBool := make([]bool, len(defs))
	for k, d := range defs {
		isBool[k] = p.boolean(d)
	}
	if p.keySeen == nil { // the keys are fixed now: one stamp per key
		p.keySeen = make([]uint32, len(p.defs.keys))
	}
	p.defRefs = append(p.defRefs, defRef{key, defs, isBool, id})
	p.defIdx[i] = int32(len(p.defRefs))
	return key, defs, isBool, id
}

type defRef struct {
	key    DefKey
	defs   []Span
	isBool []bool // boolean(defs[k])
	id     int32  // index in keySeen
}

// lookupDefs returns the key the Name token i refers to (see defsAt), its
// definitions and its index in p.defs (-1 if it has none).
func (p *Program) lookupDefs(i int) (key DefKey, defs []Span, id int32) {
	t := &p.Toks[i]
	id = -1
	switch {
	case i+1 < len(p.Toks) && p.Is(i+1, "("):
		key = globalKey(p.keys.join(t.Text, "()", "")) // a call of a local function or method: follow its returns
		id = p.defs.find(key)
	case i > 0 && p.Is(i-1, "."):
		key = globalKey(p.keys.join(".", t.Text, "")) // an attribute: follow obj.attr = … assignments
		id = p.defs.find(key)
	default:
		if sc := p.scopeOf(i); sc != 0 {
			key = scopedKey(sc, t.Text)
			id = p.defs.find(key)
		}
		if id < 0 || len(p.defs.lists[id]) == 0 {
			key = globalKey(t.Text)
			id = p.defs.find(key)
		}
	}
	if id >= 0 {
		defs = p.defs.lists[id]
	}
	return key, defs, id
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
