package detect

import (
	"strings"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
)

// tokLines are the lines of token i (capped).
func (c *Context) tokLines(i int) []int {
	t := c.P.Toks[i]
	return spanLines(int(t.Line), int(t.EndLine))
}

// callLines are the lines of a call expression (capped).
func (c *Context) callLines(k *flow.Call) []int {
	end := k.Close
	if end >= len(c.P.Toks) {
		end = len(c.P.Toks) - 1
	}
	return spanLines(int(c.P.Toks[k.Callee.Start].Line), int(c.P.Toks[end].EndLine))
}

// calls returns the calls to any of the canonical names, like
// P.CallsTo; names the script never calls are dropped by a filter first
// (see nameFilter).
func (c *Context) calls(names ...string) []*flow.Call {
	c.facts()
	return c.P.CallsTo(c.funcNames.keep(names)...)
}

// callsNamed returns the calls whose last name segment is one of methods,
// like P.CallsNamed, with the same filter.
func (c *Context) callsNamed(methods ...string) []*flow.Call {
	c.facts()
	return c.P.CallsNamed(c.methNames.keep(methods)...)
}

// argValue folds the n-th positional (or key) argument of a call.
func (c *Context) argValue(k *flow.Call, n int, key string) (flow.Value, bool) {
	s, ok := k.Arg(n, key)
	if !ok {
		return flow.Value{}, false
	}
	return c.P.Eval(s)
}

// decoded returns the folded values (up to MaxScanLiteral bytes) that
// satisfy keep.
func (c *Context) decoded(keep func(v string) bool) []flow.Decoded {
	var out []flow.Decoded
	for _, d := range c.P.Decoded {
		if len(d.Value.S) <= MaxScanLiteral && keep(d.Value.S) {
			out = append(out, d)
		}
	}
	return out
}

// text is what a span says as constant text: its folded value if it folds,
// else the values of its string literals and constant names, space-joined.
// It serves matching commands and paths built from pieces.
func (c *Context) text(s flow.Span) string { return c.textDepth(s, 0) }

// textDepth follows names to what was assigned to them (two hops at most,
// four assignments per name), so commands kept in variables or lists are
// still read.
func (c *Context) textDepth(s flow.Span, depth int) string {
	if v, ok := c.P.Eval(s); ok {
		if len(v.S) > MaxScanLiteral {
			return v.S[:MaxScanLiteral]
		}
		return v.S
	}
	var b strings.Builder
	for i := s.Start; i < s.End && i < len(c.P.Toks); i++ {
		t := c.P.Toks[i]
		switch t.Kind {
		case pytoken.String:
			if len(t.Text) > MaxScanLiteral {
				b.WriteByte(' ')
				continue
			}
			v, _, _ := pytoken.StringValue(t.Text)
			b.WriteString(v)
		case pytoken.Name:
			if i > 0 && c.P.Is(i-1, ".") {
				continue
			}
			if v, ok := c.P.Const(t.Text); ok && len(v.S) < 1<<16 {
				b.WriteString(v.S)
			} else if defs := c.P.DefsOf(i); depth < 2 && len(defs) > 0 && len(defs) <= 4 && !c.P.Is(i+1, "(") {
				for _, d := range defs {
					b.WriteString(c.textDepth(d, depth+1))
					b.WriteByte(' ')
				}
			} else {
				b.WriteByte(' ')
			}
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// callText is the constant text of all arguments of a call.
func (c *Context) callText(k *flow.Call) string {
	return c.text(flow.Span{Start: k.Open + 1, End: k.Close})
}

// str is one string literal with its value, for literal scans.
type str struct {
	tok   int
	value string
}

// MaxScanLiteral bounds the literals searched for paths, URLs and
// commands: those are short; longer literals are blobs, left to the blob
// detectors and the unwrapper. It keeps huge inputs linear.
const MaxScanLiteral = 64 << 10

// strs returns the string literals (up to MaxScanLiteral bytes) whose value
// satisfies keep. Literals inside comments are not tokens, so comments
// never match.
func (c *Context) strs(keep func(v string) bool) []str {
	var out []str
	for _, s := range c.P.Strings {
		if len(s.Value) <= MaxScanLiteral && keep(s.Value) {
			out = append(out, str{s.Tok, s.Value})
		}
	}
	return out
}

// docstring reports a literal that is a statement of its own (a docstring
// or a bare string): it is never used as data, unless the script reads
// __doc__. Skipping them keeps prose from matching paths and URLs.
func (c *Context) docstring(tok int) bool {
	st := c.P.StmtOf(tok)
	for i := st.Start; i < st.End; i++ {
		if c.P.Toks[i].Kind != pytoken.String {
			return false
		}
	}
	if c.docRead == 0 {
		c.docRead = 1
		if len(c.names("__doc__")) > 0 {
			c.docRead = 2
		}
	}
	return c.docRead == 1
}

// maybeDocstring is false where docstring's first test fails: the
// statement of token tok starts with a token other than a string. It is
// inlined in the literal pass, which then calls docstring only for the
// few literals that start their statement (most are arguments or values,
// in statements that start with a name).
func (c *Context) maybeDocstring(tok int) bool {
	st := &c.P.Stmts[c.P.Toks[tok].Stmt]
	return st.Start >= st.End || c.P.Toks[st.Start].Kind == pytoken.String
}

// famStrs is strs restricted to literals holding a needle of one of the
// families in fam: the per-literal scan is shared by all detectors, and
// the few literals it finds are kept so that later calls do not walk
// every literal again.
func (c *Context) famStrs(fam uint32, keep func(v string) bool) []str {
	c.scanLiterals()
	var out []str
	for _, h := range c.litHits {
		if h.mask&fam != 0 {
			if s := &c.P.Strings[h.str]; keep(s.Value) {
				out = append(out, str{s.Tok, s.Value})
			}
		}
	}
	return out
}

// scanLiterals is the one shared pass over the literals (up to
// MaxScanLiteral bytes), on first use: their facts for slashStrs, and for
// famStrs the families held by those that are not docstrings.
func (c *Context) scanLiterals() {
	if c.litDone {
		return
	}
	c.litDone = true
	c.slash = grow(c.slash, len(c.P.Strings))
	for i := range c.P.Strings {
		s := &c.P.Strings[i]
		if len(s.Value) > MaxScanLiteral {
			continue
		}
		c.slash[i] = slashFacts(s.Value) | litFacts(s.Value)
		if len(s.Value) >= 100 || len(c.P.Toks[s.Tok].Text) >= 100 {
			c.slash[i] |= litLong
		}
		if !c.maybeDocstring(s.Tok) || !c.docstring(s.Tok) {
			if m := allFamilies.mask(s.Value); m != 0 {
				c.litHits = append(c.litHits, litHit{int32(i), m})
			}
		}
	}
}

// litHit is a literal (index in P.Strings) and the families it holds.
type litHit struct {
	str  int32
	mask uint32
}

// anyOf returns the first needle found in s, or "".
func anyOf(s string, needles ...string) string {
	for _, n := range needles {
		if strings.Contains(s, n) {
			return n
		}
	}
	return ""
}

// lowerAnyOf matches needles (lower case) against s case-insensitively.
func lowerAnyOf(s string, needles ...string) string {
	return anyOf(strings.ToLower(s), needles...)
}

// processFuncs spawn a process or replace the current one.
var processFuncs = []string{
	"os.system", "os.popen", "os.popen2", "os.popen3", "os.popen4", "os.execv", "os.execve", "os.execl", "os.execle",
	"os.execlp", "os.execvp", "os.execvpe", "os.spawnl", "os.spawnlp", "os.spawnv", "os.spawnve", "os.spawnvp",
	"os.posix_spawn", "os.posix_spawnp", "pty.spawn", "commands.getoutput", "commands.getstatusoutput",
	"subprocess.Popen", "subprocess.call", "subprocess.run", "subprocess.check_call", "subprocess.check_output",
	"subprocess.getoutput", "subprocess.getstatusoutput", "asyncio.create_subprocess_shell",
	"asyncio.create_subprocess_exec", "platform.popen",
}

// execFuncs run Python code given as text or code objects.
var execFuncs = []string{"exec", "eval", "compile", "execfile", "runpy.run_path", "runpy.run_module", "code.interact", "types.FunctionType", "FunctionType"}

// fetchFuncs read from the network.
var fetchFuncs = []string{
	"requests.get", "requests.post", "requests.request", "requests.put", "requests.Session().get",
	"urllib.request.urlopen", "urllib2.urlopen", "urllib.urlopen", "urllib.request.urlretrieve",
	"urllib.urlretrieve", "httpx.get", "httpx.post", "wget.download", "urllib3.PoolManager().request",
	"http.client.HTTPConnection().getresponse", "http.client.HTTPSConnection().getresponse",
	"socket.socket().recv", "socket.create_connection().recv", "pycurl.Curl().perform",
	"dns.resolver.resolve", "dns.resolver.query", "dns.resolver.Resolver().resolve", "dns.resolver.Resolver().query",
}

func (c *Context) isFetch(k *flow.Call) bool {
	return fetchSet.has(k.Func) || fetchByMethod(k, k.Method())
}

// fetchByMethod is isFetch for calls not in fetchFuncs; m is k.Method().
func fetchByMethod(k *flow.Call, m string) bool {
	return m == "recv" || m == "recvfrom" || m == "urlopen" || m == "urlretrieve" ||
		(m == "get" || m == "read") && strings.HasPrefix(k.Func, "requests") ||
		strings.HasPrefix(k.Func, "requests.") && m != "post" || strings.HasPrefix(k.Func, "httpx.")
}

// sendFuncs write to the network.
func (c *Context) isSend(k *flow.Call) bool {
	m := k.Method()
	switch m {
	case "urlopen", "request":
		return c.sendFolded(k, m)
	}
	return sendByName(k, m)
}

// sendByName is isSend for the methods it answers from the call's name
// alone (all but urlopen and request); m is k.Method().
func sendByName(k *flow.Call, m string) bool {
	switch m {
	case "upload_file", "upload_fileobj", "put_object", "upload_from_filename", "upload_from_string":
		return true
	case "post", "put", "patch", "send", "sendall", "sendto", "sendmail", "send_message", "storbinary", "storlines":
		return !strings.HasPrefix(k.Func, "?.") || m == "post" || m == "sendall" || m == "sendto" || m == "sendmail" || m == "send_message" || m == "storbinary"
	}
	return false
}

// sendFolded is isSend of urlopen and request calls, which looks at their
// arguments (and folds request's method).
func (c *Context) sendFolded(k *flow.Call, m string) bool {
	switch m {
	case "urlopen":
		_, data := k.Arg(1, "data")
		if data {
			return true
		}
		a, ok := k.Arg(0, "url")
		if !ok {
			return false
		}
		_, ok = c.P.ReachesCall(a, func(r *flow.Call) bool {
			if !strings.HasSuffix(r.Func, "Request") {
				return false
			}
			_, d := r.Arg(1, "data")
			return d
		})
		return ok
	case "request":
		v, ok := c.argValue(k, 0, "method")
		return ok && strings.EqualFold(v.S, "POST") || strings.EqualFold(v.S, "PUT")
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// isProcess reports a process-spawning call.
func isProcess(k *flow.Call) bool { return processSet.has(k.Func) }

// Sets of the lists above: detectors ask about every call of a script.
var (
	processSet = setOf(processFuncs)
	execSet    = setOf(execFuncs)
	fetchSet   = setOf(fetchFuncs)
)

// processCalls returns every process-spawning call.
// The list is computed once per Context (the program is frozen) and
// shared: callers only read it.
func (c *Context) processCalls() []*flow.Call {
	if !c.procDone {
		k := c.calls(processFuncs...)
		c.procCalls, c.procDone = k[:len(k):len(k)], true
	}
	return c.procCalls
}

// execCalls returns every call running Python text or code, computed once
// like processCalls.
func (c *Context) execCalls() []*flow.Call {
	if !c.execDone {
		k := c.calls(execFuncs...)
		c.execCallsList, c.execDone = k[:len(k):len(k)], true
	}
	return c.execCallsList
}

// isExec reports a call that runs Python text or code.
func isExec(k *flow.Call) bool { return execSet.has(k.Func) }

// one finding, for detectors that fire once per script.
func one(lines lineSet, msg string) []Finding {
	if len(lines) == 0 {
		return nil
	}
	return []Finding{{Lines: lines.sorted(), Message: msg}}
}

// quote shortens evidence for messages; the UI escapes it for display.
func quote(s string) string {
	const max = 60
	if len(s) > max {
		s = s[:max] + "…"
	}
	return "“" + s + "”"
}

// writeMode reports whether an open() call opens for writing or appending.
func (c *Context) writeMode(k *flow.Call) bool {
	v, ok := c.argValue(k, 1, "mode")
	return ok && strings.ContainsAny(v.S, "wax+")
}

// isWrite reports a call that writes a file.
func (c *Context) isWrite(k *flow.Call) bool {
	switch k.Func {
	case "open", "io.open", "codecs.open", "os.open":
		return c.writeMode(k) || k.Func == "os.open"
	}
	return writeByName(k, k.Method())
}

// writeByName is isWrite of the calls other than open(), io.open,
// codecs.open and os.open; m is k.Method().
func writeByName(k *flow.Call, m string) bool {
	switch k.Func {
	case "shutil.copy", "shutil.copyfile", "shutil.copy2", "shutil.move", "os.rename", "os.replace", "urllib.request.urlretrieve", "urllib.urlretrieve", "wget.download":
		return true
	}
	return m == "write_text" || m == "write_bytes"
}

// pathArg is the constant text of a file call's path argument.
func (c *Context) pathArg(k *flow.Call) string {
	n := 0
	switch k.Func {
	case "shutil.copy", "shutil.copyfile", "shutil.copy2", "shutil.move", "os.rename", "os.replace", "urllib.request.urlretrieve", "urllib.urlretrieve", "os.symlink":
		n = 1
	}
	if s, ok := k.Arg(n, ""); ok {
		return c.text(s)
	}
	if strings.HasSuffix(k.Func, ".write_text") || strings.HasSuffix(k.Func, ".write_bytes") {
		return c.text(k.Callee)
	}
	return ""
}

// firstArg is the first positional argument's span (empty if none).
func firstArg(k *flow.Call) flow.Span {
	s, _ := k.Arg(0, "")
	return s
}
