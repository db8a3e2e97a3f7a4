package flow

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pytriage/pytriage/model/pytoken"
	"github.com/pytriage/pytriage/model/unwrap"
)

// Eval folds the expression in s to a constant str or bytes value. It fails
// (ok false) on anything it cannot fold statically; it never guesses.
func (p *Program) Eval(s Span) (Value, bool) {
	o, ok := p.evalObj(s)
	if !ok || !o.isText() {
		return Value{}, false
	}
	return o.value(), true
}

// Int folds an integer expression.
func (p *Program) Int(s Span) (int64, bool) {
	o, ok := p.evalObj(s)
	return o.n, ok && o.k == 'i'
}

func (p *Program) evalObj(s Span) (obj, bool) {
	if s.Start >= s.End || s.Start < 0 || s.End > len(p.Toks) {
		return obj{}, false
	}
	if p.memoized(s.Start) {
		if m, ok := p.memo[s]; ok {
			return m.o, m.ok
		}
	}
	if p.uncalledName(s) {
		// What the evaluator does with it: one step, then failure at the
		// name (too cheap a failure to memoise).
		(&evaluator{p: p, end: s.End}).tick(0)
		return obj{}, false
	}
	if n, ok := p.failingCall(s); ok {
		// The evaluator's steps: the call, then its first argument
		// unless the first step hit the limit.
		e := evaluator{p: p, end: s.End}
		if e.tick(0) && n == 2 {
			e.tick(1)
		}
		return obj{}, false
	}
	if o, ok, done := p.evalShort(s); done {
		if ok { // memoised as the evaluator's folds are
			p.memoize(s, memoEntry{o, true})
		}
		return o, ok
	}
	e := evaluator{p: p, end: s.End}
	before := p.steps
	o, next, ok := e.expr(s.Start, 0)
	ok = ok && next == s.End
	if !ok {
		o = obj{}
	}
	if ok || p.steps-before > 16 { // cheap failures are not worth a map entry
		p.memoize(s, memoEntry{o, ok})
	}
	return o, ok
}

// uncalledName reports a span that starts with a name or dotted name
// (a, a.b.c) that is not called and is not a known constant: the values of
// most assignments (x = y, x = self.y + 1). The evaluator fails on such a
// span at its first token, whatever follows, so evalObj need not start it.
func (p *Program) uncalledName(s Span) bool {
	if p.Toks[s.Start].Kind != pytoken.Name {
		return false
	}
	j := s.Start + 1
	for j+1 < s.End && p.Toks[j].Kind == pytoken.Op && p.Toks[j].Text == "." && p.Toks[j+1].Kind == pytoken.Name {
		j += 2
	}
	if j < s.End && p.Toks[j].Kind == pytoken.Op && p.Toks[j].Text == "(" {
		return false // a call: the evaluator folds some
	}
	if j == s.Start+1 {
		if _, ok := p.constOf(p.Toks[s.Start].Text); ok {
			return false
		}
	}
	return true
}

type memoEntry struct {
	o  obj
	ok bool
}

type evaluator struct {
	p   *Program
	end int
	env map[string]obj // comprehension variables
}

func (e *evaluator) tick(depth int) bool {
	e.p.steps++
	if e.p.steps > MaxEvalStep || depth > MaxDepth {
		e.p.LimitsHit = true
		return false
	}
	return true
}

func (e *evaluator) op(i int, s string) bool {
	return i < e.end && e.p.Toks[i].Kind == pytoken.Op && e.p.Toks[i].Text == s
}

func (e *evaluator) name(i int, s string) bool {
	return i < e.end && e.p.Toks[i].Kind == pytoken.Name && e.p.Toks[i].Text == s
}

// binary operator precedence, lowest first (Python's order).
var levels = [][]string{{"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "//", "%"}}

// opLevel is the index in levels of the binary operator s, or -1.
func opLevel(s string) int {
	switch s {
	case "|":
		return 0
	case "^":
		return 1
	case "&":
		return 2
	case "<<", ">>":
		return 3
	case "+", "-":
		return 4
	case "*", "//", "%":
		return 5
	}
	return -1
}

func (e *evaluator) expr(i, depth int) (obj, int, bool) {
	return e.binary(i, 0, depth)
}

// binary parses operators of precedence level and tighter. It is the
// recursive descent binary(level) = ops of level over binary(level+1),
// unrolled: the operand is parsed once and the loops of the levels are
// applied from the tightest outwards, which yields the same tree without
// passing every operand up through one call per level.
func (e *evaluator) binary(i, level, depth int) (obj, int, bool) {
	l, i, ok := e.unary(i, depth)
	if !ok {
		return l, i, false
	}
	// Most operands are followed by no binary operator (a comma, a
	// bracket, the end): then no level's loop would consume anything.
	if i >= e.end || e.p.Toks[i].Kind != pytoken.Op || opLevel(e.p.Toks[i].Text) < level {
		return l, i, true
	}
	for lv := len(levels) - 1; lv >= level; lv-- {
		if l, i, ok = e.binaryLoop(l, i, lv, depth); !ok {
			return l, i, false
		}
	}
	return l, i, true
}

// binaryLoop applies the operators of one level to the left operand l,
// which ends before token i.
func (e *evaluator) binaryLoop(l obj, i, level, depth int) (obj, int, bool) {
	if i >= e.end || e.p.Toks[i].Kind != pytoken.Op {
		return l, i, true // the common case: no operator follows
	}
	// a run of text + text is joined once at the end: folding
	// 'a' + 'a' + ... must stay linear.
	var sb *strings.Builder
	flush := func() {
		if sb != nil {
			l = obj{k: l.k, s: sb.String(), built: true, chain: l.chain}
			sb = nil
		}
	}
	for i < e.end {
		t := &e.p.Toks[i]
		if t.Kind != pytoken.Op || opLevel(t.Text) != level {
			break
		}
		r, next, ok := e.binary(i+1, level+1, depth+1)
		if !ok {
			return obj{}, i, false
		}
		if t.Text == "+" && l.isText() && r.k == l.k {
			if sb == nil {
				sb = &strings.Builder{}
				sb.WriteString(l.s)
			}
			if sb.Len()+len(r.s) > MaxValue {
				e.p.LimitsHit = true
				return obj{}, i, false
			}
			sb.WriteString(r.s)
			l.chain = mergeChain(l.chain, r.chain)
			i = next
			continue
		}
		flush()
		l, ok = e.apply(t.Text, l, r)
		if !ok {
			return obj{}, i, false
		}
		i = next
	}
	flush()
	return l, i, true
}

func (e *evaluator) apply(op string, l, r obj) (obj, bool) {
	if l.k == 'i' && r.k == 'i' {
		a, b := l.n, r.n
		var n int64
		switch op {
		case "+":
			n = a + b
		case "-":
			n = a - b
		case "*":
			n = a * b
		case "//", "%":
			if b == 0 {
				return obj{}, false
			}
			n = a / b
			if (a%b != 0) && (a < 0) != (b < 0) {
				n--
			}
			if op == "%" {
				n = a - n*b
			}
		case "^":
			n = a ^ b
		case "&":
			n = a & b
		case "|":
			n = a | b
		case "<<":
			if b < 0 || b > 62 {
				return obj{}, false
			}
			n = a << b
		case ">>":
			if b < 0 || b > 62 {
				return obj{}, false
			}
			n = a >> b
		}
		return obj{k: 'i', n: n, built: true}, true
	}
	switch {
	case op == "+" && l.isText() && l.k == r.k:
		return e.text(l.k, l.s+r.s, true, mergeChain(l.chain, r.chain))
	case op == "*" && l.isText() && r.k == 'i' && r.n >= 0:
		if r.n > MaxValue || int64(len(l.s))*r.n > MaxValue {
			e.p.LimitsHit = true
			return obj{}, false
		}
		return e.text(l.k, strings.Repeat(l.s, int(r.n)), true, l.chain)
	case op == "%" && l.k == 's':
		args := []obj{r}
		if r.k == 'l' {
			args = r.l
		}
		return e.percent(l, args)
	}
	return obj{}, false
}

// text makes a str/bytes result, enforcing the size caps.
func (e *evaluator) text(k byte, s string, built bool, chain []string) (obj, bool) {
	if len(s) > MaxValue {
		e.p.LimitsHit = true
		return obj{}, false
	}
	return obj{k: k, s: s, built: built, chain: chain}, true
}

func (e *evaluator) percent(f obj, args []obj) (obj, bool) {
	var b strings.Builder
	s, ai := f.s, 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case '%':
			b.WriteByte('%')
		case 's', 'd', 'i', 'c':
			if ai >= len(args) {
				return obj{}, false
			}
			a := args[ai]
			ai++
			if s[i] == 'c' && a.k == 'i' {
				b.WriteRune(rune(a.n))
				continue
			}
			v, ok := a.str()
			if !ok {
				return obj{}, false
			}
			b.WriteString(v)
		default:
			return obj{}, false
		}
	}
	if ai != len(args) {
		return obj{}, false
	}
	return e.text('s', b.String(), true, f.chain)
}

func (e *evaluator) unary(i, depth int) (obj, int, bool) {
	if !e.tick(depth) || i >= e.end {
		return obj{}, i, false
	}
	if e.op(i, "-") || e.op(i, "+") || e.op(i, "~") {
		o, next, ok := e.unary(i+1, depth+1)
		if !ok || o.k != 'i' {
			return obj{}, i, false
		}
		switch e.p.Toks[i].Text {
		case "-":
			o.n = -o.n
		case "~":
			o.n = ^o.n
		}
		return o, next, true
	}
	o, i, ok := e.primary(i, depth)
	if !ok {
		return o, i, false
	}
	return e.postfix(o, i, depth)
}

func (e *evaluator) primary(i, depth int) (obj, int, bool) {
	t := &e.p.Toks[i]
	switch t.Kind {
	case pytoken.Number:
		n, ok := parseInt(t.Text)
		return obj{k: 'i', n: n}, i + 1, ok
	case pytoken.String:
		if i+1 >= e.end || e.p.Toks[i+1].Kind != pytoken.String { // one literal: no joining
			v, isBytes, ok := e.p.stringValue(i)
			if !ok {
				return obj{}, i, false
			}
			k := byte('s')
			if isBytes {
				k = 'b'
			}
			o, ok := e.text(k, v, false, nil)
			return o, i + 1, ok
		}
		var b strings.Builder
		k := byte(0)
		j := i
		for ; j < e.end && e.p.Toks[j].Kind == pytoken.String; j++ {
			v, isBytes, ok := e.p.stringValue(j)
			if !ok {
				return obj{}, i, false
			}
			kk := byte('s')
			if isBytes {
				kk = 'b'
			}
			if k != 0 && k != kk {
				return obj{}, i, false
			}
			k = kk
			b.WriteString(v)
		}
		o, ok := e.text(k, b.String(), j-i > 1, nil)
		return o, j, ok
	case pytoken.Name:
		return e.nameExpr(i, depth)
	case pytoken.Op:
		switch t.Text {
		case "(":
			return e.group(i, ")", depth)
		case "[":
			return e.group(i, "]", depth)
		}
	}
	return obj{}, i, false
}

// stringValue is pytoken.StringValue of the String token i, as collect
// stored it in Strings (one entry per String token, in token order): the
// evaluator meets the same literals again, and unescaping allocates.
func (p *Program) stringValue(i int) (string, bool, bool) {
	// sort.Search(len(p.Strings), Tok >= i), without the closure calls
	lo, hi := 0, len(p.Strings)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); p.Strings[m].Tok < i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if k := lo; k < len(p.Strings) && p.Strings[k].Tok == i {
		s := &p.Strings[k]
		return s.Value, s.Bytes, s.OK
	}
	return literalValue(p.Toks[i].Text, &p.keys)
}

// group evaluates (x), (a, b), [a, b], (x for v in it) and [x for v in it].
func (e *evaluator) group(i int, closer string, depth int) (obj, int, bool) {
	end := int(e.p.Toks[i].Match)
	if end < 0 || end >= e.end {
		return obj{}, i, false
	}
	inner := evaluator{p: e.p, end: end, env: e.env}
	if i+1 == end {
		return obj{k: 'l'}, end + 1, true
	}
	if f := inner.findTop(i+1, "for"); f > 0 {
		o, ok := inner.comprehension(i+1, f, depth+1)
		return o, end + 1, ok
	}
	var items []obj
	j := i + 1
	tuple := closer == "]"
	for j < end {
		o, next, ok := inner.expr(j, depth+1)
		if !ok {
			return obj{}, i, false
		}
		if items == nil { // sized once the first item folded (see topItems)
			items = make([]obj, 0, inner.topItems(next))
		}
		items = append(items, o)
		j = next
		if j < end {
			if !inner.op(j, ",") {
				return obj{}, i, false
			}
			tuple = true
			j++
		}
	}
	if !tuple && len(items) == 1 {
		return items[0], end + 1, true
	}
	return obj{k: 'l', l: items, built: true}, end + 1, true
}

// findTop finds the keyword kw at bracket depth 0 in [i, e.end).
func (e *evaluator) findTop(i int, kw string) int {
	for j := i; j < e.end; j++ {
		t := &e.p.Toks[j]
		if t.Match > int32(j) {
			j = int(t.Match)
			continue
		}
		if t.Kind == pytoken.Name && t.Text == kw {
			return j
		}
	}
	return -1
}

// comprehension evaluates ELEM for NAME in ITER [if ...] as a list.
func (e *evaluator) comprehension(i, f, depth int) (obj, bool) {
	if f+3 > e.end || e.p.Toks[f+1].Kind != pytoken.Name || !e.name(f+2, "in") {
		return obj{}, false
	}
	v := e.p.Toks[f+1].Text
	it, next, ok := e.expr(f+3, depth+1)
	if !ok || next != e.end {
		return obj{}, false
	}
	items, ok := it.items()
	if !ok {
		return obj{}, false
	}
	env := make(map[string]obj, len(e.env)+1)
	for k, x := range e.env {
		env[k] = x
	}
	body := evaluator{p: e.p, end: f, env: env}
	out := make([]obj, 0, len(items))
	for _, x := range items {
		env[v] = x
		o, next, ok := body.expr(i, depth+1)
		if !ok || next != f {
			return obj{}, false
		}
		out = append(out, o)
	}
	return obj{k: 'l', l: out, built: true, chain: it.chain}, true
}

func (e *evaluator) nameExpr(i, depth int) (obj, int, bool) {
	t := &e.p.Toks[i]
	if x, ok := e.env[t.Text]; ok && !e.op(i+1, "(") {
		return x, i + 1, true
	}
	// dotted callee: a.b.c(
	j := i + 1
	var buf [8]string // resolve does not keep parts: most chains fit on the stack
	parts := append(buf[:0], t.Text)
	for e.op(j, ".") && j+1 < e.end && e.p.Toks[j+1].Kind == pytoken.Name {
		parts = append(parts, e.p.Toks[j+1].Text)
		j += 2
	}
	if e.op(j, "(") {
		fn := e.p.resolve(parts)
		return e.call(fn, j, depth)
	}
	if len(parts) == 1 {
		if c, ok := e.p.constOf(t.Text); ok {
			return c, i + 1, true
		}
	}
	return obj{}, i, false
}

// args evaluates the positional arguments of the call whose "(" is at open.
func (e *evaluator) args(open, depth int) ([]obj, map[string]obj, int, bool) {
	end := int(e.p.Toks[open].Match)
	if end < 0 || end >= e.end {
		return nil, nil, open, false
	}
	inner := evaluator{p: e.p, end: end, env: e.env}
	if f := inner.findTop(open+1, "for"); f > 0 { // f(x for x in y)
		o, ok := inner.comprehension(open+1, f, depth+1)
		return []obj{o}, nil, end + 1, ok
	}
	var pos []obj
	var kw map[string]obj
	j := open + 1
	for j < end {
		key := ""
		if e.p.Toks[j].Kind == pytoken.Name && inner.op(j+1, "=") {
			key = e.p.Toks[j].Text
			j += 2
		}
		var o obj
		var ok bool
		if inner.name(j, "lambda") {
			o, j, ok = inner.lambda(j)
		} else {
			o, j, ok = inner.expr(j, depth+1)
		}
		if !ok {
			return nil, nil, open, false
		}
		if key != "" {
			if kw == nil {
				kw = map[string]obj{}
			}
			kw[key] = o
		} else {
			if pos == nil { // sized once the first one folded (see topItems)
				pos = make([]obj, 0, inner.topItems(j))
			}
			pos = append(pos, o)
		}
		if j < end {
			if !inner.op(j, ",") {
				return nil, nil, open, false
			}
			j++
		}
	}
	return pos, kw, end + 1, true
}

// lambda captures "lambda v: body" as a function object for map().
func (e *evaluator) lambda(i int) (obj, int, bool) {
	if i+3 > e.end || e.p.Toks[i+1].Kind != pytoken.Name || !e.op(i+2, ":") {
		return obj{}, i, false
	}
	end := i + 3
	for end < e.end && !e.op(end, ",") {
		if m := e.p.Toks[end].Match; m > int32(end) {
			end = int(m)
		}
		end++
	}
	// k 'f': s = parameter, n = body start, l[0].n = body end.
	return obj{k: 'f', s: e.p.Toks[i+1].Text, n: int64(i + 3), l: []obj{{k: 'i', n: int64(end)}}}, end, true
}

func (e *evaluator) apply1(fn obj, x obj, depth int) (obj, bool) {
	if fn.k == 'f' {
		env := map[string]obj{fn.s: x}
		for k, v := range e.env {
			if k != fn.s {
				env[k] = v
			}
		}
		body := evaluator{p: e.p, end: int(fn.l[0].n), env: env}
		o, next, ok := body.expr(int(fn.n), depth+1)
		return o, ok && next == body.end
	}
	return e.builtin(fn.s, []obj{x}, nil, depth)
}

func (e *evaluator) call(fn string, open, depth int) (obj, int, bool) {
	if fn == "map" { // map(f, it): f a name or a lambda
		end := int(e.p.Toks[open].Match)
		if end < 0 || end >= e.end {
			return obj{}, open, false
		}
		inner := evaluator{p: e.p, end: end, env: e.env}
		var f obj
		j := open + 1
		switch {
		case inner.name(j, "lambda"):
			var ok bool
			if f, j, ok = inner.lambda(j); !ok {
				return obj{}, open, false
			}
		case j < end && e.p.Toks[j].Kind == pytoken.Name:
			f = obj{k: 'n', s: e.p.resolve([]string{e.p.Toks[j].Text})}
			j++
		default:
			return obj{}, open, false
		}
		if !inner.op(j, ",") {
			return obj{}, open, false
		}
		it, next, ok := inner.expr(j+1, depth+1)
		if !ok || next != end {
			return obj{}, open, false
		}
		items, ok := it.items()
		if !ok {
			return obj{}, open, false
		}
		out := make([]obj, 0, len(items))
		for _, x := range items {
			if !e.tick(depth) {
				return obj{}, open, false
			}
			o, ok := e.apply1(f, x, depth)
			if !ok {
				return obj{}, open, false
			}
			out = append(out, o)
		}
		return obj{k: 'l', l: out, built: true, chain: it.chain}, end + 1, true
	}
	args, kw, next, ok := e.args(open, depth)
	if !ok {
		return obj{}, open, false
	}
	o, ok := e.builtin(fn, args, kw, depth)
	return o, next, ok
}

// decoders maps canonical function names to unwrap codecs.
var decoders = map[string]string{
	"base64.b64decode": unwrap.Base64, "base64.standard_b64decode": unwrap.Base64,
	"base64.urlsafe_b64decode": unwrap.Base64, "base64.decodebytes": unwrap.Base64,
	"base64.decodestring": unwrap.Base64, "binascii.a2b_base64": unwrap.Base64,
	"base64.b32decode": unwrap.Base32, "base64.b16decode": unwrap.Base16,
	"base64.b85decode": unwrap.Base85, "base64.a85decode": unwrap.ASCII85,
	"binascii.unhexlify": unwrap.Hex, "binascii.a2b_hex": unwrap.Hex,
	"bytes.fromhex": unwrap.Hex, "bytearray.fromhex": unwrap.Hex,
	"zlib.decompress": unwrap.Zlib, "gzip.decompress": unwrap.Gzip,
	"bz2.decompress": unwrap.Bz2, "lzma.decompress": unwrap.LZMA,
}

// Decoder names the unwrap codec of a canonical decoder function, if any.
func Decoder(fn string) (string, bool) {
	c, ok := decoders[fn]
	return c, ok
}

// codecAliases maps codecs.decode / str.decode encoding names to codecs.
var codecAliases = map[string]string{
	"rot13": unwrap.Rot13, "rot_13": unwrap.Rot13, "hex": unwrap.Hex, "hex_codec": unwrap.Hex,
	"base64": unwrap.Base64, "base_64": unwrap.Base64, "base64_codec": unwrap.Base64,
	"zlib": unwrap.Zlib, "zip": unwrap.Zlib, "zlib_codec": unwrap.Zlib, "bz2": unwrap.Bz2, "bz2_codec": unwrap.Bz2,
}

func (e *evaluator) decode(codec string, x obj) (obj, bool) {
	if !x.isText() {
		return obj{}, false
	}
	out, err := unwrap.Decode(codec, []byte(x.s), e.p.Budget)
	if err != nil && err != unwrap.ErrBudget || out == nil {
		return obj{}, false
	}
	k := byte('b')
	if codec == unwrap.Rot13 {
		k = x.k
	}
	return e.text(k, string(out), true, appendChain(x.chain, codec))
}

func (e *evaluator) builtin(fn string, args []obj, kw map[string]obj, depth int) (obj, bool) {
	one := len(args) == 1
	if codec, ok := decoders[fn]; ok && len(args) >= 1 {
		return e.decode(codec, args[0])
	}
	switch fn {
	case "chr":
		if one && args[0].k == 'i' && args[0].n >= 0 && args[0].n <= 0x10ffff {
			return obj{k: 's', s: string(rune(args[0].n)), built: true, chain: []string{"chr"}}, true
		}
	case "ord":
		if one && args[0].isText() {
			r, n := utf8.DecodeRuneInString(args[0].s)
			if args[0].k == 'b' {
				r, n = rune(args[0].s[0]), 1
			}
			if n == len(args[0].s) && n > 0 {
				return obj{k: 'i', n: int64(r), built: true}, true
			}
		}
	case "int":
		if len(args) >= 1 && args[0].k == 'i' {
			return args[0], true
		}
		if len(args) >= 1 && args[0].k == 's' {
			base := int64(10)
			if len(args) == 2 && args[1].k == 'i' {
				base = args[1].n
			}
			n, err := strconv.ParseInt(strings.TrimSpace(args[0].s), int(base), 64)
			return obj{k: 'i', n: n, built: true}, err == nil
		}
	case "str":
		if one {
			if s, ok := args[0].str(); ok {
				return obj{k: 's', s: s, built: args[0].built, chain: args[0].chain}, true
			}
		}
	case "bytes", "bytearray":
		if len(args) >= 1 && args[0].k == 's' {
			return obj{k: 'b', s: args[0].s, built: args[0].built, chain: args[0].chain}, true
		}
		if one && args[0].k == 'b' {
			return args[0], true
		}
		if one && args[0].k == 'l' {
			return e.joinInts(args[0])
		}
	case "list", "tuple":
		if one {
			if items, ok := args[0].items(); ok {
				return obj{k: 'l', l: items, built: true, chain: args[0].chain}, true
			}
		}
	case "reversed":
		if one {
			if items, ok := args[0].items(); ok {
				out := make([]obj, len(items))
				for i, x := range items {
					out[len(items)-1-i] = x
				}
				return obj{k: 'l', l: out, built: true, chain: appendChain(args[0].chain, unwrap.Reverse)}, true
			}
		}
	case "codecs.decode", "codecs.encode":
		if len(args) >= 1 {
			enc := ""
			if len(args) >= 2 && args[1].k == 's' {
				enc = args[1].s
			} else if x, ok := kw["encoding"]; ok && x.k == 's' {
				enc = x.s
			}
			if c, ok := codecAliases[strings.ToLower(enc)]; ok {
				if fn == "codecs.encode" && c != unwrap.Rot13 {
					return obj{}, false
				}
				return e.decode(c, args[0])
			}
			if args[0].k == 'b' && (enc == "" || isUTF8Name(enc)) {
				return obj{k: 's', s: args[0].s, built: args[0].built, chain: args[0].chain}, true
			}
		}
	}
	return obj{}, false
}

func (e *evaluator) joinInts(l obj) (obj, bool) {
	b := make([]byte, 0, len(l.l))
	for _, x := range l.l {
		if x.k != 'i' || x.n < 0 || x.n > 255 {
			return obj{}, false
		}
		b = append(b, byte(x.n))
	}
	return e.text('b', string(b), true, appendChain(l.chain, "bytes-list"))
}

func isUTF8Name(s string) bool {
	switch strings.ToLower(strings.ReplaceAll(s, "-", "_")) {
	case "utf8", "utf_8", "ascii", "latin1", "latin_1", "iso8859_1":
		return true
	}
	return false
}

func (e *evaluator) postfix(o obj, i, depth int) (obj, int, bool) {
	for i < e.end && e.tick(depth) {
		switch {
		case e.op(i, "["):
			end := int(e.p.Toks[i].Match)
			if end < 0 || end >= e.end {
				return obj{}, i, false
			}
			r, ok := e.subscript(o, i+1, end, depth)
			if !ok {
				return obj{}, i, false
			}
			o, i = r, end+1
		case e.op(i, ".") && i+2 < e.end && e.p.Toks[i+1].Kind == pytoken.Name && e.op(i+2, "("):
			m := e.p.Toks[i+1].Text
			if m == "join" && o.isText() {
				args, _, next, ok := e.args(i+2, depth)
				if !ok || len(args) != 1 {
					return obj{}, i, false
				}
				r, ok := e.join(o, args[0])
				if !ok {
					return obj{}, i, false
				}
				o, i = r, next
				continue
			}
			args, kw, next, ok := e.args(i+2, depth)
			if !ok {
				return obj{}, i, false
			}
			r, ok := e.method(o, m, args, kw)
			if !ok {
				return obj{}, i, false
			}
			o, i = r, next
		default:
			return o, i, true
		}
	}
	return o, i, i <= e.end
}

func (e *evaluator) join(sep, seq obj) (obj, bool) {
	items, ok := seq.items()
	if !ok {
		return obj{}, false
	}
	var b strings.Builder
	chain := seq.chain
	for n, x := range items {
		if x.k != sep.k {
			return obj{}, false
		}
		if n > 0 {
			b.WriteString(sep.s)
		}
		b.WriteString(x.s)
		chain = mergeChain(chain, x.chain)
		if b.Len() > MaxValue {
			e.p.LimitsHit = true
			return obj{}, false
		}
	}
	if len(chain) == 0 || chain[len(chain)-1] != "join" {
		chain = appendChain(chain, "join")
	}
	return obj{k: sep.k, s: b.String(), built: true, chain: chain}, true
}

func (e *evaluator) subscript(o obj, i, end, depth int) (obj, bool) {
	inner := evaluator{p: e.p, end: end, env: e.env}
	var parts [3]*int64
	n, j := 0, i
	for j <= end && n < 3 {
		if j == end || inner.op(j, ":") {
			n++
			j++
			continue
		}
		x, next, ok := inner.expr(j, depth+1)
		if !ok || x.k != 'i' {
			return obj{}, false
		}
		v := x.n
		parts[n] = &v
		j = next
		if j < end && !inner.op(j, ":") {
			return obj{}, false
		}
	}
	if j < end {
		return obj{}, false
	}
	slice := n >= 2
	if o.k == 'l' {
		if !slice && parts[0] != nil {
			k := int(*parts[0])
			if k < 0 {
				k += len(o.l)
			}
			if k >= 0 && k < len(o.l) {
				return o.l[k], true
			}
		}
		return obj{}, false
	}
	if !o.isText() {
		return obj{}, false
	}
	if !slice {
		if parts[0] == nil {
			return obj{}, false
		}
		k := int(*parts[0])
		if k < 0 {
			k += len(o.s)
		}
		if k < 0 || k >= len(o.s) {
			return obj{}, false
		}
		if o.k == 'b' {
			return obj{k: 'i', n: int64(o.s[k])}, true
		}
		return obj{k: 's', s: o.s[k : k+1], built: true}, true
	}
	step := int64(1)
	if parts[2] != nil {
		step = *parts[2]
	}
	if step == -1 && parts[0] == nil && parts[1] == nil {
		r, err := unwrap.Decode(unwrap.Reverse, []byte(o.s), e.p.Budget)
		if err != nil {
			return obj{}, false
		}
		return obj{k: o.k, s: string(r), built: true, chain: appendChain(o.chain, unwrap.Reverse)}, true
	}
	if step != 1 && step != 2 && step != 3 {
		return obj{}, false
	}
	lo, hi := int64(0), int64(len(o.s))
	if parts[0] != nil {
		lo = clip(*parts[0], hi)
	}
	if parts[1] != nil {
		hi = clip(*parts[1], int64(len(o.s)))
	}
	var b strings.Builder
	for k := lo; k < hi; k += step {
		b.WriteByte(o.s[k])
	}
	return obj{k: o.k, s: b.String(), built: true, chain: o.chain}, true
}

func clip(v, n int64) int64 {
	if v < 0 {
		v += n
	}
	if v < 0 {
		return 0
	}
	if v > n {
		return n
	}
	return v
}

func (e *evaluator) method(o obj, m string, args []obj, kw map[string]obj) (obj, bool) {
	switch m {
	case "decode", "encode":
		enc := "utf-8"
		if len(args) >= 1 && args[0].k == 's' {
			enc = args[0].s
		}
		if c, ok := codecAliases[strings.ToLower(enc)]; ok && m == "decode" { // Python 2 str.decode('base64')
			return e.decode(c, o)
		}
		if !o.isText() || !isUTF8Name(enc) {
			return obj{}, false
		}
		k := byte('s')
		if m == "encode" {
			k = 'b'
		}
		return obj{k: k, s: o.s, built: o.built, chain: o.chain}, true
	case "fromhex":
		if len(args) == 1 {
			return e.decode(unwrap.Hex, args[0])
		}
	case "format":
		if o.k != 's' {
			return obj{}, false
		}
		var b strings.Builder
		s, ai := o.s, 0
		for i := 0; i < len(s); i++ {
			switch {
			case s[i] == '{' && i+1 < len(s) && s[i+1] == '{', s[i] == '}' && i+1 < len(s) && s[i+1] == '}':
				b.WriteByte(s[i])
				i++
			case s[i] == '{':
				j := strings.IndexByte(s[i:], '}')
				if j < 0 {
					return obj{}, false
				}
				field := s[i+1 : i+j]
				var a obj
				if field == "" {
					if ai >= len(args) {
						return obj{}, false
					}
					a = args[ai]
					ai++
				} else if n, err := strconv.Atoi(field); err == nil && n < len(args) {
					a = args[n]
				} else if x, ok := kw[field]; ok {
					a = x
				} else {
					return obj{}, false
				}
				v, ok := a.str()
				if !ok {
					return obj{}, false
				}
				b.WriteString(v)
				i += j
			default:
				b.WriteByte(s[i])
			}
		}
		return e.text('s', b.String(), true, o.chain)
	case "replace":
		if len(args) == 2 && o.isText() && args[0].k == o.k && args[1].k == o.k {
			return e.text(o.k, strings.ReplaceAll(o.s, args[0].s, args[1].s), true, o.chain)
		}
	case "lower", "upper", "strip", "lstrip", "rstrip", "swapcase":
		if len(args) == 0 && o.isText() {
			f := map[string]func(string) string{"lower": strings.ToLower, "upper": strings.ToUpper,
				"strip": strings.TrimSpace, "lstrip": func(s string) string { return strings.TrimLeft(s, " \t\r\n") },
				"rstrip": func(s string) string { return strings.TrimRight(s, " \t\r\n") }, "swapcase": swapcase}[m]
			return obj{k: o.k, s: f(o.s), built: true, chain: o.chain}, true
		}
	case "split":
		if o.isText() && len(args) <= 1 {
			var parts []string
			if len(args) == 1 && args[0].k == o.k && args[0].s != "" {
				parts = strings.Split(o.s, args[0].s)
			} else {
				parts = strings.Fields(o.s)
			}
			l := make([]obj, len(parts))
			for i, s := range parts {
				l[i] = obj{k: o.k, s: s}
			}
			return obj{k: 'l', l: l, built: true, chain: o.chain}, true
		}
	}
	return obj{}, false
}

func swapcase(s string) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = c - 32
		case c >= 'A' && c <= 'Z':
			b[i] = c + 32
		}
	}
	return string(b)
}

func parseInt(s string) (int64, bool) {
	s = strings.ReplaceAll(s, "_", "")
	if len(s) > 1 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O') {
		n, err := strconv.ParseInt(s[2:], 8, 64)
		return n, err == nil
	}
	n, err := strconv.ParseInt(s, 0, 64)
	return n, err == nil
}
