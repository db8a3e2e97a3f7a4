package detect

import (
	"fmt"
	"math"
	"math/bits"
	"strings"

	"github.com/mtibben/confusables"
	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
	"github.com/pytriage/pytriage/model/unwrap"
)

// blobKind says which encoding alphabet a long literal uses, or "".
func blobKind(v string) string {
	if len(v) < 100 {
		return ""
	}
	if strings.ContainsAny(v, " \t") && strings.Count(v, " ") > len(v)/50 {
		return ""
	}
	if g := unwrap.GuessString(v); g != "" {
		return g
	}
	// base85 / other dense alphabets: almost no spaces, mixed classes
	return ""
}

// runLongBlob: long encoded literals and \x-escaped strings (T1027).
func runLongBlob(c *Context) []Finding {
	var out []Finding
	c.scanLiterals()
	for i, s := range c.P.Strings {
		if len(s.Value) <= MaxScanLiteral && c.slash[i]&litLong == 0 {
			continue // the test below, answered by the literal pass
		}
		raw := c.P.Toks[s.Tok].Text
		if len(s.Value) < 100 && len(raw) < 100 {
			continue
		}
		if k := blobKind(s.Value); k != "" {
			out = append(out, Finding{Lines: c.tokLines(s.Tok), Message: fmt.Sprintf("%d-character %s-alphabet literal", len(s.Value), k)})
		} else if n := strings.Count(raw, `\x`); n >= 32 && n*4 >= len(raw)/2 {
			out = append(out, Finding{Lines: c.tokLines(s.Tok), Message: fmt.Sprintf("literal of %d \\x escapes", n)})
		}
	}
	return out
}

// Entropy is the Shannon entropy of s in bits per byte.
func Entropy(s string) float64 {
	var f [256]int
	for i := 0; i < len(s); i++ {
		f[s[i]]++
	}
	h := 0.0
	n := float64(len(s))
	for _, c := range f {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}

// runHighEntropy: literals of 64+ bytes above 4.5 bits per byte (T1027).
func runHighEntropy(c *Context) []Finding {
	var out []Finding
	for _, s := range c.P.Strings {
		if len(s.Value) < 64 {
			continue
		}
		v := s.Value
		if len(v) > 1<<16 {
			v = v[:1<<16]
		}
		if strings.IndexByte(v, ' ') >= 0 {
			continue // prose (checked first: the cheapest test)
		}
		if unwrap.GuessString(v) != "" {
			continue // base64/hex blobs are long-blob's and the unwrapper's
		}
		if anyOf(v, "(?", "[a-z", "[A-Z", "[0-9", `\d`, `\w`, `\s`, ".*", ".+", "[^") != "" {
			continue // regular expressions are dense by nature
		}
		if h := Entropy(v); h > 4.5 {
			out = append(out, Finding{Lines: c.tokLines(s.Tok), Message: fmt.Sprintf("high-entropy literal (%.2f bits/byte, %d bytes)", h, len(s.Value))})
		}
	}
	return out
}

// obfuscatedName: _0x1f3a hex names and names of only l I 1 O 0 _.
func obfuscatedName(n string) bool {
	if strings.HasPrefix(n, "_0x") && len(n) >= 5 {
		for i := 3; i < len(n); i++ {
			if !strings.ContainsRune("0123456789abcdefABCDEF", rune(n[i])) {
				return false
			}
		}
		return true
	}
	if len(n) < 5 {
		return false
	}
	var kinds uint8 // which of l I 1 O 0 occur
	for i := 0; i < len(n); i++ {
		switch n[i] {
		case 'l':
			kinds |= 1
		case 'I':
			kinds |= 2
		case '1':
			kinds |= 4
		case 'O':
			kinds |= 8
		case '0':
			kinds |= 16
		case '_':
		default:
			return false
		}
	}
	return bits.OnesCount8(kinds) >= 2
}

// runObfuscatedNames: generated identifiers (T1027).
func runObfuscatedNames(c *Context) []Finding {
	ls := lineSet{}
	seen := map[string]bool{}
	var ex []string // the first three, in order of appearance (deterministic)
	c.scanNames()
	for _, i := range c.scan.obfuscated {
		t := &c.P.Toks[i]
		ls.add(c.tokLines(i)...)
		if !seen[t.Text] && len(ex) < 3 {
			ex = append(ex, t.Text)
		}
		seen[t.Text] = true
	}
	if len(seen) < 2 {
		return nil
	}
	return one(ls, fmt.Sprintf("%d generated-looking identifiers (e.g. %s)", len(seen), strings.Join(ex, ", ")))
}

// runHiddenWhitespace: code pushed 150+ columns to the right (T1027,
// T1564).
func runHiddenWhitespace(c *Context) []Finding {
	if !hasLongLine(c.Res, 150) {
		return nil // a firing token would have a column of 150 or more
	}
	ls := lineSet{}
	toks := c.Res.Tokens
	for i := 1; i < len(toks); i++ {
		t, p := &toks[i], &toks[i-1]
		if t.Kind == pytoken.Comment || t.Kind == pytoken.NL || t.Kind == pytoken.Newline || t.Kind == pytoken.Indent || t.Kind == pytoken.Dedent || t.Kind == pytoken.EndMarker {
			continue
		}
		gap := t.Start - p.End
		if p.Line == t.Line && gap >= 150 && p.Kind != pytoken.Indent && p.Kind != pytoken.Dedent || t.Col >= 150 && (p.Kind == pytoken.Newline || p.Kind == pytoken.NL || p.Kind == pytoken.Indent || p.Kind == pytoken.Dedent) {
			ls.add(int(t.Line))
		}
	}
	return one(ls, "code hidden after 150+ columns of whitespace")
}

// hasLongLine reports whether some line of r (terminator included) spans n
// bytes or more. Token columns are offsets from their line start in
// r.LineStarts, so without such a line no token has a column ≥ n, and no
// gap between two tokens of one line reaches n either.
func hasLongLine(r *pytoken.Result, n int) bool {
	st := r.LineStarts
	if len(st) == 0 {
		return len(r.Text) >= n
	}
	// Four lines per step, their lengths or-ed into one test: long lines
	// are rare, and this loop runs over every line of every script.
	prev := st[0]
	rest := st[1:]
	for len(rest) >= 4 {
		a, b, c, d := rest[0]-prev, rest[1]-rest[0], rest[2]-rest[1], rest[3]-rest[2]
		if a >= n || b >= n || c >= n || d >= n {
			return true
		}
		prev, rest = rest[3], rest[4:]
	}
	for _, s := range rest {
		if s-prev >= n {
			return true
		}
		prev = s
	}
	return len(r.Text)-prev >= n
}

// runLambdaChain: nested or immediately-invoked lambdas (T1027).
func runLambdaChain(c *Context) []Finding {
	var out []Finding
	// a statement without lambda has no chain
	for _, si := range c.stmtsWithName("lambda") {
		st := c.P.Stmts[si]
		lambdas, invoked := 0, 0
		maxNest, nest := 0, 0
		var ends []int
		for i := st.Start; i < st.End; i++ {
			for len(ends) > 0 && i >= ends[len(ends)-1] {
				ends = ends[:len(ends)-1]
				nest--
			}
			if c.P.Toks[i].Text != "lambda" || c.P.Toks[i].Kind != pytoken.Name {
				continue
			}
			lambdas++
			if i > 0 && c.P.Is(i-1, "(") {
				if m := int(c.P.Toks[i-1].Match); m > 0 && m+1 < st.End && c.P.Is(m+1, "(") {
					invoked++
				}
			}
			// the body ends at the next comma or closing bracket of its level
			end := st.End
			for j := i + 1; j < st.End; j++ {
				t := c.P.Toks[j]
				if t.Match > int32(j) {
					j = int(t.Match)
					continue
				}
				if t.Kind == pytoken.Op && (t.Text == "," || t.Text == ")" || t.Text == "]" || t.Text == "}") {
					end = j
					break
				}
			}
			ends = append(ends, end)
			nest++
			if nest > maxNest {
				maxNest = nest
			}
		}
		if maxNest >= 3 || invoked >= 2 || invoked >= 1 && maxNest >= 2 {
			out = append(out, Finding{Lines: spanLines(st.Line, st.EndLine), Message: fmt.Sprintf("lambda chain: %d lambdas, nesting %d, %d invoked in place", lambdas, maxNest, invoked)})
		}
	}
	return out
}

// runCharBuilding: strings assembled from character codes (T1027): runs
// of chr(), chr arithmetic, map(chr, ...), bytes([...]) decoding to text.
func runCharBuilding(c *Context) []Finding {
	var out []Finding
	// every signal below needs a chr name in the statement
	for _, si := range c.stmtsWithName("chr") {
		st := c.P.Stmts[si]
		chrs, arith := 0, false
		mapChr, chrLen := false, false
		data := 0 // literal text or numbers the statement decodes
		for i := st.Start; i < st.End; i++ {
			t := &c.P.Toks[i]
			if t.Kind == pytoken.Number {
				data++
			} else if t.Kind == pytoken.String && len(t.Text) >= 6 {
				data += 4
			}
		}
		for i := st.Start; i < st.End; i++ {
			t := &c.P.Toks[i]
			if t.Kind != pytoken.Name || t.Text != "chr" {
				continue
			}
			if i > 0 && c.P.Is(i-1, ".") {
				continue
			}
			if c.P.Is(i+1, "(") {
				chrs++
				m := int(c.P.Toks[i+1].Match)
				for j := i + 2; j < m; j++ {
					if x := c.P.Toks[j]; x.Kind == pytoken.Op && strings.Contains("+-^*%", x.Text) || x.Text == "ord" {
						arith = true
					} else if x.Text == "len" && j == i+2 {
						chrLen = true // chr(len(...)): Hyperion-style
					}
				}
			} else if i > 1 && c.P.Is(i-1, "(") && c.P.Toks[i-2].Text == "map" {
				mapChr = true
			}
		}
		arith = arith && data >= 4
		mapChr = mapChr && data >= 4
		if chrs >= 4 || arith || mapChr || chrLen {
			msg := fmt.Sprintf("builds text from character codes (%d chr calls", chrs)
			if arith {
				msg += ", chr arithmetic"
			}
			if mapChr {
				msg += ", map(chr, …)"
			}
			if chrLen {
				msg += ", chr(len(…))"
			}
			out = append(out, Finding{Lines: spanLines(st.Line, st.EndLine), Message: msg + ")"})
		}
	}
	for _, k := range c.calls("bytes", "bytearray") {
		a, ok := k.Arg(0, "")
		if !ok || !c.P.Is(a.Start, "[") {
			continue
		}
		if v, ok := c.P.Eval(flow.Span{Start: k.Callee.Start, End: k.Close + 1}); ok && len(v.S) >= 8 && printable(v.S) {
			out = append(out, Finding{Lines: c.callLines(k), Message: "integer list decodes to text " + quote(v.S)})
		}
	}
	return out
}

func printable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 && s[i] != '\n' && s[i] != '\t' && s[i] != '\r' || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// runDynamicImport: __import__ / importlib.import_module of a name built at
// run time (T1027); the message names the resolved module.
func runDynamicImport(c *Context) []Finding {
	var out []Finding
	for i, f := range c.facts() {
		if f&factImport == 0 {
			continue
		}
		k := &c.P.Calls[i]
		if k.Via == "import" && k.Computed {
			out = append(out, Finding{Lines: c.callLines(k), Message: "imports a computed module name, resolved: " + quote(k.Func)})
			continue
		}
		if k.Func == "__import__" || k.Func == "importlib.import_module" {
			a, ok := k.Arg(0, "name")
			if !ok {
				continue
			}
			if v, ok := c.P.Eval(a); ok && (v.Built || !(a.End-a.Start == 1)) {
				out = append(out, Finding{Lines: c.callLines(k), Message: "imports a computed module name, resolved: " + quote(v.S)})
			}
		}
	}
	return out
}

var sensitiveNames = []string{"exec", "eval", "compile", "__import__", "getattr", "system", "popen", "subprocess", "socket",
	"urllib", "requests", "base64", "marshal", "zlib", "ctypes", "os", "open", "setattr", "globals", "builtins", "__builtins__", "pty", "pickle"}

// runBuiltinsAccess: builtins or modules reached through strings —
// getattr(builtins, "ex"+"ec"), __builtins__.__dict__[...], vars(builtins),
// globals()["__builtins__"], setattr(__builtins__, ...) (T1027, T1059.006).
func runBuiltinsAccess(c *Context) []Finding {
	var out []Finding
	for i, f := range c.facts() {
		if f&factLookup == 0 {
			continue
		}
		k := &c.P.Calls[i]
		if k.Via != "getattr" && k.Via != "subscript" && k.Via != "eval" {
			continue
		}
		base := k.Func
		if j := strings.LastIndexByte(base, '.'); j >= 0 {
			base = base[j+1:]
		}
		if !k.Computed && !contains(sensitiveNames, base) {
			continue
		}
		how := "looked up by string"
		if k.Computed {
			how = "looked up by a computed string"
		}
		out = append(out, Finding{Lines: c.callLines(k), Message: fmt.Sprintf("%s %s (%s)", k.Func, how, k.Via)})
	}
	for _, k := range c.calls("setattr", "delattr") {
		a, ok := k.Arg(0, "")
		if !ok {
			continue
		}
		if n := c.P.Toks[a.Start].Text; a.End-a.Start == 1 && (n == "__builtins__" || c.P.Resolve(n) == "builtins") {
			out = append(out, Finding{Lines: c.callLines(k), Message: k.Func + " on builtins"})
		}
	}
	// __builtins__.__dict__[x] = ..., globals()[computed] = ...
	for _, si := range c.stmtsStartingWith("__builtins__", "globals", "builtins") {
		st := c.P.Stmts[si]
		if st.End-st.Start < 4 {
			continue
		}
		if eq := indexOp(c, st, "="); eq > 0 {
			for i := st.Start; i < eq; i++ {
				if !c.P.Is(i, "[") || c.P.Toks[i].Match < 0 {
					continue
				}
				key, ok := c.P.Eval(flow.Span{Start: i + 1, End: int(c.P.Toks[i].Match)})
				if ok && (key.Built || contains(sensitiveNames, key.S)) {
					out = append(out, Finding{Lines: spanLines(st.Line, st.EndLine), Message: "writes into the builtins dictionary by key"})
				}
				break
			}
		}
	}
	return out
}

func indexOp(c *Context, st flow.Stmt, op string) int {
	for i := st.Start; i < st.End; i++ {
		if m := c.P.Toks[i].Match; m > int32(i) {
			i = int(m)
			continue
		}
		if c.P.Is(i, op) {
			return i
		}
	}
	return -1
}

var skeletons = func() map[string]string {
	m := map[string]string{}
	for _, n := range sensitiveNames {
		m[confusables.Skeleton(n)] = n
	}
	return m
}()

// runConfusableIdent: identifiers whose NFKC form differs from their text,
// or whose TR39 skeleton matches a sensitive name without being it, and
// Hangul-filler identifiers (hostile-input.md req. 12; T1027, T1036).
func runConfusableIdent(c *Context) []Finding {
	var out []Finding
	for _, i := range c.Res.NFKCChanged {
		if i < 0 || i >= len(c.Res.Tokens) {
			continue
		}
		raw, norm := c.Res.TokenText(i), c.Res.Ident(i)
		f := Finding{Lines: []int{int(c.Res.Tokens[i].Line)}, Message: fmt.Sprintf("identifier %s is NFKC ⇒ %s", quote(raw), quote(norm)), Strength: 0.5}
		if contains(sensitiveNames, norm) {
			f.Strength = 1
			f.Message += " (sensitive name)"
		}
		out = append(out, f)
	}
	changed := map[int]bool{}
	for _, i := range c.Res.NFKCChanged {
		changed[i] = true
	}
	for _, i := range c.Res.NonASCIIIdents {
		if i < 0 || i >= len(c.Res.Tokens) || changed[i] {
			continue
		}
		raw := c.Res.Ident(i)
		if s, ok := skeletons[confusables.Skeleton(raw)]; ok && s != raw {
			out = append(out, Finding{Lines: []int{int(c.Res.Tokens[i].Line)}, Message: fmt.Sprintf("identifier %s looks like %s (TR39 skeleton)", quote(raw), quote(s))})
			continue
		}
		if strings.ContainsAny(raw, "\u3164\u115f\u1160\uffa0") {
			out = append(out, Finding{Lines: []int{int(c.Res.Tokens[i].Line)}, Message: "identifier made of Hangul filler characters (invisible name)"})
		}
	}
	return out
}

var packerMarks = []string{"__pyarmor__", "pytransform", "pyarmor_runtime", "__armor_enter__", "__armor_exit__", "_MEIPASS", "pyi_rth",
	"PyInstaller", "__compiled__", "__nuitka", "nuitka", "BlankOBF", "Hyperion", "pyobfuscate", "Obfuscated by", "PyObfx", "__obfuscator__",
	"Kramer", "_pyarmor", "pyarmor"}

var packerMatcher = newMatcher(false, packerMarks...)

// runPacker: PyArmor, PyInstaller, Nuitka and obfuscator markers (T1027.002):
// the real code is packed and cannot be read here.
func runPacker(c *Context) []Finding {
	ls := lineSet{}
	var why []string
	c.scanNames()
	for _, i := range c.scan.packer {
		ls.add(c.tokLines(i)...)
		why = append(why, packerMatcher.find(c.P.Toks[i].Text))
	}
	for _, s := range c.famStrs(famPacker, func(v string) bool { return len(v) < 512 && packerMatcher.find(v) != "" }) {
		ls.add(c.tokLines(s.tok)...)
		why = append(why, packerMatcher.find(s.value))
	}
	if len(why) == 0 {
		return nil
	}
	return one(ls, "packed or protected code ("+strings.Join(uniq(why), ", ")+"): opaque")
}
