package flow

import (
	"strings"

	"github.com/pytriage/pytriage/model/pytoken"
)

// Call is one call site. Func is the canonical dotted name of the callee:
// aliases resolved ("b.b64decode" → "base64.b64decode"), builtins prefixes
// dropped, lookups by string folded (getattr(os, "sys"+"tem") → "os.system",
// __import__("so"+"cket").socket → "socket.socket"); a call result in the
// chain shows as "()" (socket.socket().connect) and an unknown receiver as
// "?" ("?.join").
type Call struct {
	Func string
	Via  string // "getattr", "import" or "subscript" when the callee was looked up by a string
	// Computed: that string was folded from an expression, not one literal.
	Computed    bool
	Callee      Span
	Open, Close int // the parentheses; Close is the statement end if unclosed
	Args        []Arg
	Line        int
}

// Arg is one argument: Key is set for keyword arguments.
type Arg struct {
	Key string
	Span
}

// Method is the last segment of Func ("connect" for "?.connect").
func (c *Call) Method() string {
	if i := strings.LastIndexByte(c.Func, '.'); i >= 0 {
		return c.Func[i+1:]
	}
	return c.Func
}

// Arg returns the n-th positional argument or the keyword argument key.
func (c *Call) Arg(n int, key string) (Span, bool) {
	pos := 0
	for _, a := range c.Args {
		if a.Key == "" {
			if pos == n {
				return a.Span, true
			}
			pos++
		} else if key != "" && a.Key == key {
			return a.Span, true
		}
	}
	return Span{}, false
}

// Span is the whole call expression, callee included.
func (c *Call) Span() Span { return Span{c.Callee.Start, c.Close + 1} }

// CallsTo returns the calls whose canonical name is one of names.
func (p *Program) CallsTo(names ...string) []*Call {
	var out []*Call
	if p.index == nil { // before indexCalls, or after Release
		return nil
	}
	for _, n := range names {
		for _, k := range p.index.byFunc.get(n) {
			out = append(out, &p.Calls[k])
		}
	}
	return out
}

// CallsNamed returns the calls whose last name segment is one of methods.
func (p *Program) CallsNamed(methods ...string) []*Call {
	var out []*Call
	if p.index == nil {
		return nil
	}
	for _, n := range methods {
		for _, k := range p.index.byMeth.get(n) {
			out = append(out, &p.Calls[k])
		}
	}
	return out
}

// CallAt returns the call whose "(" is token i.
func (p *Program) CallAt(i int) (*Call, bool) {
	if i < 0 || i >= len(p.callAt) || p.callAt[i] == 0 {
		return nil, false
	}
	return &p.Calls[p.callAt[i]-1], true
}

func (p *Program) keyword(i int) bool {
	s := p.Toks[i].Src
	return s >= 0 && int(s) < len(p.Res.Tokens) && p.Res.Tokens[s].Keyword
}

func (p *Program) indexCalls() {
	p.callAt = callAtPool.Zeroed(len(p.Toks)) // 0: no call, else call index + 1
	if p.opens > 0 {
		p.Calls = callPool.Get(p.opens + 1)
	}
	for _, ci := range p.callCand { // every other token is neither "(" nor exec
		i := int(ci)
		t := &p.Toks[i]
		if t.Kind == pytoken.Name && t.Text == "exec" && p.py2Exec(i) {
			st := p.Stmts[t.Stmt]
			end := st.End
			for j := i + 1; j < st.End; j++ {
				if p.Is(j, "in") {
					end = j
					break
				}
			}
			c := p.newCall(i)
			c.Func, c.Callee, c.Open, c.Close, c.Line = "exec", Span{i, i + 1}, i, end, int(t.Line)
			c.Args = append(p.newArgs(1), Arg{Span: Span{i + 1, end}})
			p.foldCall(c)
			continue
		}
		if t.Kind != pytoken.Op || t.Text != "(" || i == 0 || p.Toks[i-1].Stmt != t.Stmt {
			continue
		}
		prev := &p.Toks[i-1]
		isCall := prev.Kind == pytoken.Name && !p.keyword(i-1) ||
			prev.Kind == pytoken.Op && (prev.Text == ")" || prev.Text == "]") && prev.Match >= 0
		if !isCall {
			continue
		}
		st := p.Stmts[t.Stmt]
		start := p.calleeStart(i, st.Start)
		close := int(t.Match)
		if close < 0 {
			close = st.End - 1
		}
		c := p.newCall(i)
		c.Callee, c.Open, c.Close, c.Line = Span{start, i}, i, close, int(prev.Line)
		if ref, r, ok := p.nameOf(start, i); ok {
			c.Func, c.Via, c.Computed = ref, r.via, r.computed
			if lk, ok := p.viaOf(p.Toks[start].Text); ok && r.via == "" {
				c.Via, c.Computed = lk.via, lk.computed
			}
		} else if prev.Kind == pytoken.Name && i >= 2 && p.Is(i-2, ".") {
			c.Func = p.keys.join("?.", prev.Text, "")
		} else {
			c.Func = "?"
		}
		c.Args = p.callArgs(Span{i + 1, close})
		p.foldCall(c)
	}
	// Func is final once a call is made (foldCall does not change it)
	p.index = newCallIndexes(p.Calls)
}

// newCall appends a zero Call for the "(" (or exec) at token i and returns
// it to be filled in place: a Call is big, and building one on the stack
// to append it costs a copy that stalls on the stores just made.
func (p *Program) newCall(i int) *Call {
	k := len(p.Calls)
	if k < cap(p.Calls) {
		p.Calls = p.Calls[:k+1] // the slot is still zero from make
	} else {
		p.Calls = append(p.Calls, Call{})
	}
	p.callAt[i] = int32(k) + 1
	return &p.Calls[k]
}

// sinkFuncs take code or commands; their folded arguments are kept in
// Decoded when they were built or decoded.
var sinkFuncs = map[string]bool{
	"exec": true, "eval": true, "compile": true, "marshal.loads": true, "pickle.loads": true, "os.system": true,
	"os.popen": true, "subprocess.call": true, "subprocess.run": true, "subprocess.Popen": true, "subprocess.check_output": true,
	"__import__": true, "importlib.import_module": true, "getattr": true,
}

// foldCall records decoded values: a decoder call's result, and the
// built arguments of code and command sinks.
func (p *Program) foldCall(c *Call) {
	if c.Func == "" || c.Func[0] == '?' { // unknown callees, most calls: neither decoder nor sink
		return
	}
	if _, ok := decoders[c.Func]; ok || c.Func == "codecs.decode" {
		s := Span{c.Callee.Start, c.Close + 1}
		if o, ok := p.evalObj(s); ok {
			p.noteDecoded(s, o)
		}
		return
	}
	if !sinkFuncs[c.Func] {
		return
	}
	code := c.Func == "exec" || c.Func == "eval" || c.Func == "compile"
	for n, a := range c.Args {
		if o, ok := p.evalObj(a.Span); ok {
			if code && n == 0 && len(o.chain) == 0 && o.isText() && len(o.s) >= 8 {
				o.chain = []string{"literal"} // code in a string is hidden code: analyse it as a layer
			}
			p.noteDecoded(a.Span, o)
		}
	}
}

// callArgs splits an argument list at top-level commas into one slice
// sized exactly (calls are many; this is the hot path of indexing): one
// pass finds the parts (on the stack for most calls), then they are stored.
func (p *Program) callArgs(s Span) []Arg {
	if s.Start >= s.End {
		return nil
	}
	var buf [8]Span
	parts := buf[:0]
	n := 1 // the capacity: one more than the commas not last in the list
	start := s.Start
	toks := p.Toks
	for j := s.Start; j < s.End; j++ {
		t := &toks[j]
		if m := t.Match; m > int32(j) && int(m) < s.End {
			j = int(m)
			continue
		}
		if t.Text == "," && (t.Kind == pytoken.Op || t.Kind == pytoken.Name) { // p.Is(j, ",")
			if j+1 < s.End {
				n++
			}
			parts = append(parts, Span{start, j})
			start = j + 1
		}
	}
	parts = append(parts, Span{start, s.End})
	args := p.newArgs(n)
	for _, a := range parts {
		if a.Start >= a.End {
			continue
		}
		args = args[:len(args)+1] // within capacity: at most n parts are not empty
		arg := &args[len(args)-1]
		if a.End-a.Start >= 2 && p.Toks[a.Start].Kind == pytoken.Name && p.Is(a.Start+1, "=") {
			arg.Key, arg.Span = p.Toks[a.Start].Text, Span{a.Start + 2, a.End}
		} else {
			arg.Key, arg.Span = "", a
		}
	}
	return args
}

// py2Exec: the Python 2 exec statement, "exec code [in globals]".
func (p *Program) py2Exec(i int) bool {
	st := p.Stmts[p.Toks[i].Stmt]
	if i != st.Start || i+1 >= st.End {
		return false
	}
	n := &p.Toks[i+1]
	return n.Kind == pytoken.Name && !p.keyword(i+1) || n.Kind == pytoken.String
}

// calleeStart walks back from the "(" at open over a primary expression:
// names, dots, and bracket groups.
func (p *Program) calleeStart(open, floor int) int {
	j := open - 1
	for j >= floor {
		t := &p.Toks[j]
		switch {
		case t.Kind == pytoken.Op && (t.Text == ")" || t.Text == "]") && t.Match >= 0 && int(t.Match) >= floor:
			m := int(t.Match)
			if m-1 >= floor && (p.Toks[m-1].Kind == pytoken.Name && !p.keyword(m-1) || p.Is(m-1, ")") || p.Is(m-1, "]")) {
				j = m - 1
				continue
			}
			return m
		case t.Kind == pytoken.Name || t.Kind == pytoken.String:
			if j-1 >= floor && p.Is(j-1, ".") && j-2 >= floor {
				j -= 2
				continue
			}
			return j
		default:
			return j + 1
		}
	}
	return floor
}

type lookup struct {
	via      string
	computed bool
}

// builtinDicts are expressions whose subscripts name builtins or modules.
var builtinDicts = map[string]bool{
	"__builtins__": true, "builtins": true, "__builtin__": true, "__dict__": true,
	"globals()": true, "locals()": true, "vars()": true, "sys.modules": true,
	"vars(builtins)": true, "vars(__builtins__)": true, "vars(__builtin__)": true,
}

// sensitiveBuiltin reports names whose alias we follow even without an
// import. A switch, not a map: nameOf asks it for the head of nearly every
// call, and most heads are neither.
func sensitiveBuiltin(name string) bool {
	switch name {
	case "exec", "eval", "compile", "__import__", "getattr", "setattr",
		"open", "globals", "locals", "vars", "__builtins__", "input",
		"chr", "ord", "bytes", "map":
		return true
	}
	return false
}

// nameOf folds an expression that denotes a named object: a.b.c,
// __import__(x).y, importlib.import_module(x), getattr(o, x),
// __builtins__.__dict__[x], and calls on those (f().g). ok is false for
// anything else, including plain local variables.
func (p *Program) nameOf(i, end int) (string, lookup, bool) {
	var lk lookup
	if i >= end || p.Toks[i].Kind != pytoken.Name || p.keyword(i) {
		return "", lk, false
	}
	head := p.Toks[i].Text
	alias, imported := p.aliasOf(head) // looked up once for the three uses below
	if !imported && !sensitiveBuiltin(head) {
		return "", lk, false
	}
	if s, ok := p.plainDotted(i, end, head, alias, imported); ok {
		return s, lk, true // a.b.c spelled as its canonical name: no allocation
	}
	cur := head // p.resolve([]string{head})
	if imported {
		cur = alias
	}
	cur = Canonical(cur)
	i++
	for i < end {
		switch {
		case p.Is(i, ".") && i+1 < end && p.Toks[i+1].Kind == pytoken.Name:
			if cur == "__builtins__" || cur == "builtins" || cur == "__builtin__" {
				cur = p.Toks[i+1].Text
			} else if p.Toks[i+1].Text == "__dict__" && (cur == "" || strings.HasSuffix(cur, "builtins") || cur == "__builtin__") {
				cur = "__builtins__"
			} else {
				cur = p.keys.join(cur, ".", p.Toks[i+1].Text)
			}
			i += 2
		case p.Is(i, "(") && p.Toks[i].Match > int32(i) && int(p.Toks[i].Match) < end:
			close := int(p.Toks[i].Match)
			var buf [4]Span // on the stack: the arguments are only looked at here
			args := p.appendTop(buf[:0], Span{i + 1, close})
			switch cur {
			case "__import__", "importlib.import_module", "importlib.__import__":
				if len(args) == 0 {
					return "", lk, false
				}
				v, ok := p.Eval(args[0])
				if !ok || v.Bytes {
					return "", lk, false
				}
				cur = p.resolve(strings.Split(v.S, "."))
				lk = lookup{"import", v.Built || !p.plainLiteral(args[0])}
			case "getattr":
				if len(args) < 2 {
					return "", lk, false
				}
				base, _, ok := p.nameOf(args[0].Start, args[0].End)
				if !ok {
					return "", lk, false
				}
				v, ok := p.Eval(args[1])
				if !ok || v.Bytes {
					return "", lk, false
				}
				if builtinDicts[base] || base == "__builtins__" {
					cur = Canonical(v.S)
				} else {
					cur = Canonical(base + "." + v.S)
				}
				lk = lookup{"getattr", v.Built || !p.plainLiteral(args[1])}
			case "eval":
				// eval("comp"+"ile") is the builtin compile
				if len(args) != 1 {
					return "", lk, false
				}
				v, ok := p.Eval(args[0])
				if !ok || v.Bytes || !identifierPath(v.S) {
					return "", lk, false
				}
				cur = p.resolve(strings.Split(v.S, "."))
				lk = lookup{"eval", v.Built || !p.plainLiteral(args[0])}
			case "globals", "locals", "vars":
				if len(args) == 0 {
					cur = p.keys.join(cur, "()", "")
				} else if b, _, ok := p.nameOf(args[0].Start, args[0].End); ok {
					cur = "vars(" + b + ")"
				} else {
					return "", lk, false
				}
			default:
				cur = p.keys.join(cur, "()", "")
			}
			i = close + 1
		case p.Is(i, "[") && p.Toks[i].Match > int32(i) && int(p.Toks[i].Match) < end:
			close := int(p.Toks[i].Match)
			key := Span{i + 1, close}
			if builtinDicts[cur] {
				v, ok := p.Eval(key)
				if !ok || v.Bytes {
					return "", lk, false
				}
				if cur == "sys.modules" {
					cur = p.resolve(strings.Split(v.S, "."))
				} else {
					cur = Canonical(v.S)
					if a, ok := p.aliasOf(cur); ok && cur != "__builtins__" {
						cur = a
					}
				}
				lk = lookup{"subscript", v.Built || !p.plainLiteral(key)}
			} else {
				cur = p.keys.join(cur, "[]", "")
			}
			i = close + 1
		default:
			return "", lk, false
		}
	}
	return cur, lk, true
}

// identifierPath: a dotted Python name such as os.system.
func identifierPath(s string) bool {
	if s == "" || len(s) > 200 {
		return false
	}
	for _, part := range strings.Split(s, ".") {
		if part == "" {
			return false
		}
		for i, r := range part {
			if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
				return false
			}
		}
	}
	return true
}

// plainDotted returns the source text of a.b.c when it is already the
// canonical name: the head is its own alias or a builtin, no builtins
// prefix, no gaps between the tokens. alias and imported are p.Alias[head],
// which the caller has looked up.
func (p *Program) plainDotted(i, end int, head, alias string, imported bool) (string, bool) {
	if imported && alias != head || head == "__builtins__" || head == "builtins" || head == "__builtin__" {
		return "", false
	}
	if (end-i)%2 != 1 {
		return "", false
	}
	for j := i + 1; j < end; j += 2 {
		if !p.Is(j, ".") || p.Toks[j+1].Kind != pytoken.Name || p.Toks[j+1].Text == "__dict__" {
			return "", false
		}
	}
	first, last := p.Toks[i].Src, p.Toks[end-1].Src
	if first < 0 || last < 0 {
		return "", false
	}
	a, b := int(p.Res.Tokens[first].Start), int(p.Res.Tokens[last].End)
	if a > b || b > len(p.Res.Text) {
		return "", false
	}
	txt := p.Res.Text[a:b]
	// gaps (spaces, continuation lines) or NFKC-changed names: build it
	n := 0
	for j := i; j < end; j++ {
		n += len(p.Toks[j].Text)
	}
	if len(txt) != n {
		return "", false
	}
	return txt, true
}

// plainLiteral: the span is exactly one string literal token.
func (p *Program) plainLiteral(s Span) bool {
	return s.End-s.Start == 1 && p.Toks[s.Start].Kind == pytoken.String
}

// newArgs returns an empty, non-nil Arg slice of capacity n carved from a
// shared block, so that indexing the calls of a script allocates a few
// blocks rather than one slice per call. The capacity is exact, so an
// append past n copies instead of writing into a neighbour's arguments.
func (p *Program) newArgs(n int) []Arg {
	if cap(p.argBlock)-len(p.argBlock) < n {
		size := 256
		switch {
		case cap(p.argBlock) == 0:
			// the first block holds about one and a half arguments per
			// "(": most scripts need no second one, and small scripts do
			// not each take 256. It is pooled (see Release); later ones
			// are not.
			p.argBlock = argPool.Get(max(n, p.opens+p.opens/2+8))
			p.argInFirst = true
		case p.argInFirst:
			p.argFirst, p.argInFirst = p.argBlock, false // its used part
			fallthrough
		default:
			p.argBlock = make([]Arg, 0, max(n, size))
		}
	}
	l := len(p.argBlock)
	p.argBlock = p.argBlock[:l+n]
	return p.argBlock[l : l : l+n]
}
