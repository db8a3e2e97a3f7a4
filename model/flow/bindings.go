package flow

import (
	"strings"

	"github.com/pytriage/pytriage/model/pytoken"
	"golang.org/x/text/unicode/norm"
)

// starMembers are the names a "from M import *" brings in that matter to
// the detectors.
var starMembers = map[string][]string{
	"os":         {"system", "popen", "execv", "execve", "execl", "execlp", "execvp", "spawnl", "spawnv", "remove", "unlink", "chmod", "environ", "dup2", "fork", "setsid", "getenv", "listdir", "walk", "memfd_create", "fdopen"},
	"subprocess": {"Popen", "call", "run", "check_call", "check_output", "getoutput", "getstatusoutput", "PIPE"},
	"base64":     {"b64decode", "b32decode", "b16decode", "b85decode", "a85decode", "urlsafe_b64decode", "decodebytes", "b64encode"},
	"socket":     {"socket", "AF_INET", "SOCK_STREAM", "create_connection", "gethostname", "gethostbyname"},
	"zlib":       {"decompress"}, "marshal": {"loads"}, "pickle": {"loads"}, "pty": {"spawn"},
	"ctypes":         {"CDLL", "cdll", "CFUNCTYPE", "c_char_p", "cast", "memmove", "create_string_buffer", "windll"},
	"urllib.request": {"urlopen", "urlretrieve", "Request"}, "requests": {"get", "post", "put"},
	"codecs": {"decode"}, "binascii": {"unhexlify", "a2b_hex", "a2b_base64"},
}

// builtinPrefixes are spellings of the builtins module; canonical names
// drop them so builtins.exec, __builtins__.exec and exec are one name.
var builtinPrefixes = []string{"builtins.", "__builtins__.", "__builtin__."}

// Canonical drops a builtins-module prefix.
func Canonical(name string) string {
	// Every prefix starts with 'b' or '_': most names are done at once.
	if name == "" || name[0] != 'b' && name[0] != '_' {
		return name
	}
	for _, p := range builtinPrefixes {
		if strings.HasPrefix(name, p) {
			return name[len(p):]
		}
	}
	return name
}

// resolve maps a dotted reference through the import aliases.
func (p *Program) resolve(parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	head := parts[0]
	if a, ok := p.aliasOf(head); ok {
		head = a
	}
	if len(parts) == 1 {
		return Canonical(head)
	}
	// head + "." + strings.Join(parts[1:], "."), cut from the key arena
	n := len(head)
	for _, s := range parts[1:] {
		n += 1 + len(s)
	}
	p.keys.begin(n)
	p.keys.write(head)
	for _, s := range parts[1:] {
		p.keys.write(".")
		p.keys.write(s)
	}
	return Canonical(p.keys.end())
}

// Resolve maps a name as written to its canonical dotted name.
func (p *Program) Resolve(name string) string { return p.resolve(strings.Split(name, ".")) }

// Const is the folded value last assigned to name, if any.
func (p *Program) Const(name string) (Value, bool) {
	o, ok := p.constOf(name)
	if !ok || !o.isText() {
		return Value{}, false
	}
	return o.value(), true
}

// bindings walks the statements in order: imports, aliases, constants,
// definitions.
func (p *Program) bindings() {
	fn := ""    // the function whose body we are in (approximately: the last def)
	fnRet := "" // fn + "()", the key of what fn returns; made at fn's first return
	type frame struct {
		col   int
		scope int32
	}
	var stack []frame
	p.stmtScope = scopePool.Zeroed(len(p.Stmts))
	for si, st := range p.Stmts {
		if st.End-st.Start == 0 {
			continue
		}
		t := &p.Toks[st.Start]
		// scopes by indentation: a def opens one for the lines indented under it
		col := -1
		if t.Src >= 0 {
			col = int(p.Res.Tokens[t.Src].Col)
			for len(stack) > 0 && col <= stack[len(stack)-1].col {
				stack = stack[:len(stack)-1]
			}
		}
		p.curScope = 0
		if len(stack) > 0 {
			p.curScope = stack[len(stack)-1].scope
		}
		p.stmtScope[si] = p.curScope
		if col >= 0 && (t.Text == "def" || t.Text == "async" && st.Start+1 < st.End && p.Toks[st.Start+1].Text == "def") && len(stack) < 256 {
			p.scopes++
			stack = append(stack, frame{col, p.scopes})
		}
		if t.Kind == pytoken.Name {
			switch t.Text {
			case "import":
				p.importStmt(st.Start+1, st.End)
				continue
			case "from":
				p.fromStmt(st.Start+1, st.End)
				continue
			case "for":
				p.forStmt(st)
				continue
			case "with", "async":
				p.withStmt(st)
				continue
			case "def":
				if st.Start+1 < st.End {
					fn = p.Toks[st.Start+1].Text
					fnRet = ""
				}
				continue
			case "class":
				fn = ""
				continue
			case "return":
				// a call of a local function reaches what it returns
				if fn != "" && st.End > st.Start+1 {
					if fnRet == "" {
						fnRet = p.keys.join(fn, "()", "")
					}
					k := globalKey(fnRet)
					if d := p.defTab.list(k); len(*d) < 64 {
						*d = p.appendDef(*d, Span{st.Start + 1, st.End})
					}
				}
				continue
			}
		}
		// Most statements are neither an assignment nor start NAME. or
		// NAME[: both tests here spare the calls.
		if p.assigns(si) {
			p.assignStmt(si, st)
		}
		if st.End-st.Start >= 4 && t.Kind == pytoken.Name {
			p.mutation(st)
		}
	}
}

// scopedKey names a local in a function scope; scope 0 is the module.
func scopedKey(scope int32, name string) DefKey { return DefKey{scope, name} }

// globalKey names a module-level or function-return or attribute entry.
func globalKey(name string) DefKey { return DefKey{0, name} }

// addDef records name = s in the current scope.
func (p *Program) addDef(name string, s Span) {
	k := scopedKey(p.curScope, name)
	if d := p.defTab.list(k); len(*d) < 64 {
		*d = p.appendDef(*d, s)
	}
}

// appendDef is append(d, s), except that the lists are carved from shared
// blocks instead of allocated one by one: a script defines thousands of
// names and most have one or two definitions. A carved list owns its
// capacity, so appending in place never writes into a neighbour's spans;
// a full one moves to a carved list of twice the size (the old one is left
// unused in its block).
func (p *Program) appendDef(d []Span, s Span) []Span {
	if len(d) < cap(d) {
		return append(d, s)
	}
	n := max(2*len(d), 1)
	if cap(p.defBlock)-len(p.defBlock) < n {
		if cap(p.defBlock) == 0 {
			// The first block is pooled (see Release) and sized for the
			// whole script: the lists of the standard library take at
			// most about one span per statement, and a block made per
			// Build was most of what Build allocated.
			p.defBlock = defBlockPool.Get(max(n, len(p.Stmts)+16))
			p.defFirst = p.defBlock
		} else {
			p.defBlock = make([]Span, 0, max(n, 256))
		}
	}
	l := len(p.defBlock)
	p.defBlock = p.defBlock[:l+n]
	return append(append(p.defBlock[l:l:l+n], d...), s)
}

// DefsOf returns what was assigned to the name at token i: in the scope of
// its statement, else at module level.
func (p *Program) DefsOf(i int) []Span {
	name := p.Toks[i].Text
	if sc := p.scopeOf(i); sc != 0 {
		if d := p.defs.get(scopedKey(sc, name)); len(d) > 0 {
			return d
		}
	}
	return p.defs.get(globalKey(name))
}

func (p *Program) scopeOf(i int) int32 {
	if st := int(p.Toks[i].Stmt); st < len(p.stmtScope) {
		return p.stmtScope[st]
	}
	return 0
}

// mutator reports methods that put data into their receiver. A switch,
// not a map: mutation asks it for every statement that starts with a
// method call, and most methods are none of these.
func mutator(method string) bool {
	switch method {
	case "append", "extend", "update", "set_content", "write",
		"add", "insert", "attach", "set_payload", "writelines", "setdefault":
		return true
	}
	return false
}

// mutation: NAME.append(x) and NAME[k] = x make NAME reach x.
func (p *Program) mutation(st Stmt) {
	if st.End-st.Start < 4 || p.Toks[st.Start].Kind != pytoken.Name {
		return
	}
	name := p.Toks[st.Start].Text
	switch {
	case p.Is(st.Start+1, ".") && p.Is(st.Start+3, "(") && p.Toks[st.Start+3].Match > 0 && mutator(p.Toks[st.Start+2].Text):
		p.dropConst(name) // no longer the constant it was
		p.addDef(name, Span{st.Start + 4, int(p.Toks[st.Start+3].Match)})
	case p.Is(st.Start+1, "[") && p.Toks[st.Start+1].Match > 0:
		if eq := int(p.Toks[st.Start+1].Match) + 1; p.Is(eq, "=") && eq+1 < st.End {
			p.dropConst(name)
			p.addDef(name, Span{eq + 1, st.End})
		}
	}
}

func (p *Program) dotted(i, end int) (string, int) {
	var buf [8]string // on the stack: most module paths are short
	parts := buf[:0]
	for i < end && p.Toks[i].Kind == pytoken.Name && (len(parts) == 0 || p.Is(i-1, ".")) {
		parts = append(parts, p.Toks[i].Text)
		i++
		if !p.Is(i, ".") {
			break
		}
		i++
	}
	switch len(parts) {
	case 0:
		return "", i
	case 1:
		return parts[0], i
	}
	n := len(parts) - 1
	for _, s := range parts {
		n += len(s)
	}
	p.keys.begin(n) // strings.Join(parts, "."), cut from the key arena
	for k, s := range parts {
		if k > 0 {
			p.keys.write(".")
		}
		p.keys.write(s)
	}
	return p.keys.end(), i
}

func (p *Program) importStmt(i, end int) {
	for i < end {
		mod, j := p.dotted(i, end)
		if mod == "" {
			return
		}
		if p.Is(j, "as") && j+1 < end {
			p.setAlias(p.Toks[j+1].Text, mod)
			j += 2
		} else {
			head := mod
			if k := strings.IndexByte(mod, '.'); k > 0 {
				head = mod[:k]
			}
			p.setAlias(head, head)
		}
		if !p.Is(j, ",") {
			return
		}
		i = j + 1
	}
}

func (p *Program) fromStmt(i, end int) {
	mod, j := p.dotted(i, end)
	if !p.Is(j, "import") {
		return
	}
	j++
	if p.Is(j, "*") {
		for _, m := range starMembers[mod] {
			p.setAlias(m, p.keys.join(mod, ".", m))
		}
		return
	}
	for j < end {
		if p.Is(j, "(") || p.Is(j, ")") || p.Is(j, ",") {
			j++
			continue
		}
		if p.Toks[j].Kind != pytoken.Name {
			return
		}
		name := p.Toks[j].Text
		local := name
		j++
		if p.Is(j, "as") && j+1 < end {
			local = p.Toks[j+1].Text
			j += 2
		}
		p.setAlias(local, p.keys.join(mod, ".", name))
	}
}

func (p *Program) forStmt(st Stmt) {
	// for NAME[, NAME …] in EXPR:  (each name reaches the whole iterable)
	in := p.topKeyword(Span{st.Start + 1, st.End}, "in")
	if in < 0 {
		return
	}
	colon := p.lastTop(st, ":")
	if colon < in {
		colon = st.End
	}
	for i := st.Start + 1; i < in; i++ {
		if t := &p.Toks[i]; t.Kind == pytoken.Name {
			p.addDef(t.Text, Span{in + 1, colon})
		}
	}
}

func (p *Program) withStmt(st Stmt) {
	// with EXPR as NAME[, EXPR as NAME]:
	i := st.Start + 1
	if p.Toks[st.Start].Text == "async" {
		i++
	}
	start := i
	for j := i; j < st.End; j++ {
		if m := p.Toks[j].Match; m > int32(j) {
			j = int(m)
			continue
		}
		if p.Is(j, "as") && j+1 < st.End && p.Toks[j+1].Kind == pytoken.Name {
			p.addDef(p.Toks[j+1].Text, Span{start, j})
			if ref, _, ok := p.nameOf(start, j); ok {
				p.setAlias(p.Toks[j+1].Text, ref) // with smtplib.SMTP(h) as s: s.send_message → smtplib.SMTP().send_message
			}
			start = j + 2
			if p.Is(start, ",") {
				start++
			}
		}
	}
}

// lastTop is the last token s at bracket depth 0 in st, or -1.
func (p *Program) lastTop(st Stmt, s string) int {
	last := -1
	for j := st.Start; j < st.End; j++ {
		if m := p.Toks[j].Match; m > int32(j) {
			j = int(m)
			continue
		}
		if p.Is(j, s) {
			last = j
		}
	}
	return last
}

var augOps = map[string]bool{"+=": true, "=": true}

// assignStmt handles NAME = expr, NAME: T = expr, a = b = expr, a, b = x, y
// and NAME += expr. bindings calls it only for a statement si for which
// assigns holds: no other has an "=" or "+=".
func (p *Program) assignStmt(si int, st Stmt) {
	var buf [4]int // on the stack: chained assignments are short
	eqs := buf[:0]
	aug := -1
	for j := st.Start; j < st.End; j++ {
		t := &p.Toks[j]
		if t.Match > int32(j) {
			j = int(t.Match)
			continue
		}
		if t.Kind != pytoken.Op {
			continue
		}
		if t.Text == "=" {
			eqs = append(eqs, j)
		} else if t.Text == "+=" && aug < 0 && len(eqs) == 0 {
			aug = j
		} else if t.Text == "lambda" {
			break
		}
	}
	if aug >= 0 {
		if aug == st.Start+1 && p.Toks[st.Start].Kind == pytoken.Name {
			name := p.Toks[st.Start].Text
			rhs := Span{aug + 1, st.End}
			p.addDef(name, rhs)
			if old, ok := p.constOf(name); ok && old.isText() {
				if v, ok := p.evalObj(rhs); ok && v.k == old.k {
					if o, ok := (&evaluator{p: p}).text(old.k, old.s+v.s, true, mergeChain(old.chain, v.chain)); ok {
						p.setConst(name, o)
						p.noteDecoded(Span{st.Start, st.End}, o)
					}
				}
			}
		}
		return
	}
	if len(eqs) == 0 {
		return
	}
	rhs := Span{eqs[len(eqs)-1] + 1, st.End}
	if rhs.Start >= rhs.End {
		return
	}
	// the targets: each ends at an "=" and starts at the statement or
	// after the "=" before it
	for k := range eqs {
		start := st.Start
		if k > 0 {
			start = eqs[k-1] + 1
		}
		p.bind(Span{start, eqs[k]}, rhs)
	}
}

// bind records target = rhs for simple names and matching tuples.
func (p *Program) bind(target, rhs Span) {
	n := target.End - target.Start
	// NAME or NAME: annotation
	if n >= 1 && p.Toks[target.Start].Kind == pytoken.Name && (n == 1 || p.Is(target.Start+1, ":")) {
		p.bindName(p.Toks[target.Start].Text, rhs)
		return
	}
	// obj.attr = expr: any later .attr reaches expr (attributes are not
	// told apart by object: light, not precise)
	if n >= 3 && p.Is(target.End-2, ".") && p.Toks[target.End-1].Kind == pytoken.Name {
		key := globalKey(p.dotName(target.End - 2))
		if d := p.defTab.list(key); len(*d) < 64 {
			*d = p.appendDef(*d, rhs)
		}
		return
	}
	// a, b = x, y (also with parentheses/brackets on either side)
	var lb, rb [8]Span // on the stack: neither list outlives bind
	lt := p.appendTop(lb[:0], trimGroup(p, target))
	if len(lt) <= 1 {
		return // both cases below unpack several targets
	}
	rt := p.appendTop(rb[:0], trimGroup(p, rhs))
	if len(lt) > 1 && len(lt) == len(rt) {
		for k := range lt {
			if lt[k].End-lt[k].Start == 1 && p.Toks[lt[k].Start].Kind == pytoken.Name {
				p.bindName(p.Toks[lt[k].Start].Text, rt[k])
			}
		}
		return
	}
	// data, addr = sock.recvfrom(n): each name comes from the whole value
	if len(lt) > 1 && len(rt) == 1 {
		for _, l := range lt {
			if l.End-l.Start == 1 && p.Toks[l.Start].Kind == pytoken.Name {
				n := p.Toks[l.Start].Text
				p.addDef(n, rhs)
				p.dropConst(n)
			}
		}
	}
}

// dotName is "." + the name after the "." at token i. It is cut from the
// source when the two are written together, as in self.x, so that
// attribute assignments (common in classes) allocate no key.
func (p *Program) dotName(i int) string {
	dot, name := &p.Toks[i], &p.Toks[i+1]
	if dot.Src >= 0 && name.Src >= 0 {
		a, b := &p.Res.Tokens[dot.Src], &p.Res.Tokens[name.Src]
		if a.End == b.Start && int(b.End-a.Start) == 1+len(name.Text) && int(b.End) <= len(p.Res.Text) {
			if s := p.Res.Text[a.Start:b.End]; s[0] == '.' && s[1:] == name.Text {
				return s
			}
		}
	}
	return p.keys.join(".", name.Text, "")
}

func trimGroup(p *Program, s Span) Span {
	if s.End-s.Start >= 2 && int(p.Toks[s.Start].Match) == s.End-1 && (p.Is(s.Start, "(") || p.Is(s.Start, "[")) {
		return Span{s.Start + 1, s.End - 1}
	}
	return s
}

// topKeyword finds a keyword at bracket depth 0 in s, or -1.
func (p *Program) topKeyword(s Span, kw string) int {
	for j := s.Start; j < s.End; j++ {
		if m := p.Toks[j].Match; m > int32(j) {
			j = int(m)
			continue
		}
		if p.Toks[j].Kind == pytoken.Name && p.Toks[j].Text == kw {
			return j
		}
	}
	return -1
}

// appendTop appends the parts of s split at commas of bracket depth 0 to
// out (callers pass a buffer on their stack).
func (p *Program) appendTop(out []Span, s Span) []Span {
	start := s.Start
	for j := s.Start; j < s.End; j++ {
		if m := p.Toks[j].Match; m > int32(j) && int(m) < s.End {
			j = int(m)
			continue
		}
		if p.Is(j, ",") {
			out = append(out, Span{start, j})
			start = j + 1
		}
	}
	if start < s.End {
		out = append(out, Span{start, s.End})
	}
	return out
}

func (p *Program) bindName(name string, rhs Span) {
	p.addDef(name, rhs)
	// f = lambda x: body — a call f(...) reaches the body
	if p.Is(rhs.Start, "lambda") {
		for j := rhs.Start + 1; j < rhs.End; j++ {
			if p.Is(j, ":") {
				d := p.defTab.list(globalKey(name + "()"))
				*d = append(*d, Span{j + 1, rhs.End})
				break
			}
		}
	}
	if o, ok := p.evalObj(rhs); ok {
		if o.isText() {
			if p.folded+len(o.s) > MaxFolded {
				p.LimitsHit = true
				return
			}
			p.folded += len(o.s)
		}
		p.setConst(name, o)
		p.noteDecoded(rhs, o)
		p.dropAlias(name)
		return
	}
	p.dropConst(name)
	// name = a.b.c, name = __import__(...), name = getattr(x, "y"), and
	// the first branch of name = A if cond else B
	cands := []Span{rhs}
	if k := p.topKeyword(rhs, "if"); k > rhs.Start {
		cands = append(cands, Span{rhs.Start, k})
		if e := p.topKeyword(Span{k, rhs.End}, "else"); e > k {
			cands = append(cands, Span{e + 1, rhs.End})
		}
	}
	p.dropAlias(name)
	p.dropVia(name)
	for _, s := range cands {
		if ref, lk, ok := p.nameOf(s.Start, s.End); ok && ref != "" {
			p.setAlias(name, ref)
			if lk.via != "" {
				p.setVia(name, lk)
			}
			break
		}
	}
}

// noteDecoded keeps values that decoding or deobfuscation produced.
func (p *Program) noteDecoded(s Span, o obj) {
	if !o.isText() || len(o.chain) == 0 || len(o.s) < 4 || p.seen[s.Start] {
		return
	}
	if len(o.chain) == 1 && o.chain[0] == "join" { // a plain ", ".join(list) is no deobfuscation
		return
	}
	if p.seen == nil {
		p.seen = map[int]bool{}
	}
	p.seen[s.Start] = true
	p.Decoded = append(p.Decoded, Decoded{Line: int(p.Toks[s.Start].Line), Tok: s.Start, Chain: o.chain, Value: o.value()})
}

func nfkc(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return norm.NFKC.String(s)
		}
	}
	return s
}
