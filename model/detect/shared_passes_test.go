package detect

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/internal/stdlibfiles"
	"github.com/pytriage/pytriage/model/pytoken"
)

// The shared passes (call facts, literal facts, the family mask, the name
// scan) and the filters in front of them must answer exactly like the
// tests they stand for.

// TestFamilyMaskMatchesNeedles: familyIndex.mask returns exactly the
// families whose needles (3 bytes or more) occur in a text, folding case
// where their matcher does.
func TestFamilyMaskMatchesNeedles(t *testing.T) {
	want := func(s string) uint32 {
		var m uint32
		for fam, ms := range familyMatchers {
			for _, mt := range ms {
				for _, list := range mt.by {
					for _, n := range list {
						if len(n) < 3 {
							continue
						}
						for i := 0; i+len(n) <= len(s); i++ {
							if matchAt(mt.fold, s, i, n) {
								m |= fam
								break
							}
						}
					}
				}
			}
		}
		return m
	}
	var texts []string
	alphabet := ""
	for _, ms := range familyMatchers {
		for _, mt := range ms {
			for _, list := range mt.by {
				for _, n := range list {
					alphabet += n
					for _, pre := range []string{"", "x", "ab", "/"} {
						texts = append(texts, pre+n, pre+n+" tail", pre+strings.ToUpper(n), pre+n[:len(n)-1], pre+n[1:]+"z")
					}
					// mask reads every other 4-gram: each needle at every
					// parity, first or last in the text or neither
					for _, pre := range []string{"", "Q", "QR", "QRS", "QRST"} {
						for _, suf := range []string{"", "z", "yz", "xyz", "wxyz"} {
							texts = append(texts, pre+n+suf, pre+strings.ToUpper(n)+suf, pre+n[:len(n)-1]+suf, pre+n[1:]+suf)
						}
					}
				}
			}
		}
	}
	texts = append(texts, "", "a", "ab", "ufw", "UFW", "uf", "xufwx", "\x00\x00\x00\x00")
	texts = append(texts, randomStrings(3, alphabet, 20000, 40)...)
	for _, s := range texts {
		if got, w := allFamilies.mask(s), want(s); got != w {
			t.Errorf("mask(%q) = %b, want %b", s, got, w)
		}
	}
}

// TestCallFactBits: each fact of a call is the test it stands for (the
// name tests the call loops skip by), on the calls of the fixtures, of
// part of the standard library and of made-up names built from every
// listed name, method and prefix.
func TestCallFactBits(t *testing.T) {
	var calls []flow.Call
	addSrc := func(src []byte) {
		p := flow.Build(pytoken.Tokenize(src), nil)
		calls = append(calls, p.Calls...)
	}
	srcs, _ := stdlibfiles.Read(t, stdlibfiles.Dir, 2<<20)
	for _, src := range srcs {
		addSrc(src)
	}
	fixtures, _ := filepath.Glob("testdata/*/*")
	for _, f := range fixtures {
		if src, err := os.ReadFile(f); err == nil {
			addSrc(src)
		}
	}
	var names []string
	for n := range factNames.m {
		names = append(names, n, "?."+n, n+"x", strings.ToUpper(n))
	}
	for n := range factMethods.m {
		names = append(names, n, "?."+n, "requests."+n, "requests"+n, "httpx."+n, "x.requests."+n, n+"s")
	}
	for _, p := range []string{"ctypes.", "os.exec", "os.spawn", "os.posix_spawn", "hashlib.", "socketserver.", "SocketServer.", "requests", "httpx.", "ctypes", "os.", "hashlib"} {
		names = append(names, p, p+"x", p+"open", "?."+p+"y", strings.ToLower(p)+"z")
	}
	names = append(names, "", "?", ".", "x.open", "open", "io.open")
	for _, n := range names {
		for _, via := range []string{"", "import", "getattr", "subscript", "eval", "other"} {
			calls = append(calls, flow.Call{Func: n, Via: via})
		}
	}
	in := func(list []string, s string) bool { return contains(list, s) }
	hasPrefix := func(s string, ps ...string) bool {
		for _, p := range ps {
			if strings.HasPrefix(s, p) {
				return true
			}
		}
		return false
	}
	for i := range calls {
		k := &calls[i]
		m := k.Method()
		f := factsOf(k, m, strKey(k.Func), strKey(m))
		sendAsk := m == "urlopen" || m == "request"
		writeAsk := in(openFuncs, k.Func)
		for _, c := range []struct {
			name string
			bit  callFact
			want bool
		}{
			{"process", factProcess, isProcess(k)},
			{"exec", factExec, isExec(k)},
			{"fetch", factFetch, fetchSet.has(k.Func) || fetchByMethod(k, m)},
			{"send", factSend, !sendAsk && sendByName(k, m)},
			{"sendAsk", factSendAsk, sendAsk},
			{"write", factWrite, !writeAsk && writeByName(k, m)},
			{"writeAsk", factWriteAsk, writeAsk},
			{"socket", factSocket, in(socketFunc, k.Func)},
			{"envSink", factEnvSink, in(envSinks, k.Func)},
			{"fileOp", factFileOp, in(fileOps, k.Func)},
			{"discovery", factDiscovery, discoveryCalls[k.Func] != ""},
			{"import", factImport, k.Via == "import" || in(importFuncs, k.Func)},
			{"lookup", factLookup, k.Via == "getattr" || k.Via == "subscript" || k.Via == "eval"},
			{"openMeth", factOpenMeth, m == "open"},
			{"ctypes", factCtypes, hasPrefix(k.Func, "ctypes.")},
			{"osExecSpawn", factOsExecSpawn, hasPrefix(k.Func, "os.exec", "os.spawn", "os.posix_spawn")},
			{"hashlib", factHashlib, hasPrefix(k.Func, "hashlib.")},
			{"server", factServer, hasPrefix(k.Func, "socketserver.", "SocketServer.")},
		} {
			if got := f&c.bit != 0; got != c.want {
				t.Errorf("%s of %q (via %q) = %v, want %v", c.name, k.Func, k.Via, got, c.want)
			}
		}
	}
	if len(calls) < 10000 {
		t.Errorf("only %d calls checked", len(calls))
	}
}

// TestStmtsStartingWith: the statements found through the name index are
// those a walk over every statement finds.
func TestStmtsStartingWith(t *testing.T) {
	srcs, _ := stdlibfiles.Read(t, stdlibfiles.Dir, 4<<20)
	srcs = append(srcs, []byte("globals()['x'] = 1\nbuiltins.a = 2; __builtins__['b'] = 3\nx = f'{globals()}'\nif 1: globals()[k] = v\n"))
	names := []string{"__builtins__", "globals", "builtins"}
	found := 0
	for _, src := range srcs {
		c := NewContext(flow.Build(pytoken.Tokenize(src), nil), 0)
		var want []int
		for si, st := range c.P.Stmts {
			if st.End > st.Start && contains(names, c.P.Toks[st.Start].Text) {
				want = append(want, si)
			}
		}
		got := c.stmtsStartingWith(names...)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("statements %v, want %v", got, want)
		}
		found += len(got)
	}
	if found == 0 {
		t.Error("no statement found")
	}
}

// TestHasLongLineUnrolled: hasLongLine answers like a plain walk over the
// line starts, for every count of lines and position of the long line.
func TestHasLongLineUnrolled(t *testing.T) {
	naive := func(r *pytoken.Result, n int) bool {
		st := r.LineStarts
		if len(st) == 0 {
			return len(r.Text) >= n
		}
		for i := 1; i < len(st); i++ {
			if st[i]-st[i-1] >= n {
				return true
			}
		}
		return len(r.Text)-st[len(st)-1] >= n
	}
	r := rand.New(rand.NewSource(4))
	for i := 0; i < 20000; i++ {
		lines := r.Intn(12)
		var st []int
		pos := 0
		for j := 0; j < lines; j++ {
			st = append(st, pos)
			pos += r.Intn(12)
		}
		res := &pytoken.Result{Text: strings.Repeat("x", pos+r.Intn(12)), LineStarts: st}
		n := 1 + r.Intn(12)
		if got, want := hasLongLine(res, n), naive(res, n); got != want {
			t.Fatalf("hasLongLine(%v, len %d, %d) = %v, want %v", st, len(res.Text), n, got, want)
		}
	}
}

// TestLitFacts: each literal fact is the first test it stands for.
func TestLitFacts(t *testing.T) {
	tests := []string{"", "/etc/passwd", "/etc/passwd ", "/proc/net/", "/proc/net/tcp", "x/proc/net/", "/proc/net",
		"TOKEN", "API_KEY", "Token", "ÄPI", "SECRET_KEY12", "SECRET_KEY123", "ab", "AB", "z", "{", "`", "@"}
	for _, n := range []int{41, 42, 62, 63, 94, 95, 96} {
		tests = append(tests, strings.Repeat("A", n))
	}
	tests = append(tests, randomStrings(5, "aAzZ_09/procnetsw`{@ \xc3\x84", 20000, 16)...)
	for _, v := range tests {
		f := litFacts(v)
		for _, c := range []struct {
			name string
			bit  uint8
			want bool
		}{
			{"system file", litSystemFile, strings.HasPrefix(v, "/proc/net/") || v == "/etc/passwd"},
			{"wallet length", litWalletLen, len(v) == 95 || len(v) >= 42 && len(v) <= 62},
			{"short upper", litShortUpper, len(v) <= 12 && !strings.ContainsAny(v, "abcdefghijklmnopqrstuvwxyz")},
		} {
			if got := f&c.bit != 0; got != c.want {
				t.Errorf("litFacts(%q) %s = %v, want %v", v, c.name, got, c.want)
			}
		}
		// the credential test this fact guards never holds without it
		if f&litShortUpper == 0 && len(v) <= 12 && strings.ToUpper(v) == v {
			t.Errorf("%q is its own upper case but has a lower-case letter", v)
		}
	}
}

// TestCallsFiltered: calls and callsNamed return what P.CallsTo and
// P.CallsNamed return, for names a script calls and names it does not.
func TestCallsFiltered(t *testing.T) {
	srcs, _ := stdlibfiles.Read(t, stdlibfiles.Dir, 1<<20)
	srcs = append(srcs, []byte(""), []byte("x = 1\n"))
	for _, src := range srcs {
		c := NewContext(flow.Build(pytoken.Tokenize(src), nil), 0)
		funcs := append([]string{"", "?", "os.system", "print", "nope.nope"}, processFuncs...)
		meths := []string{"", "write", "append", "connect", "nope"}
		for i, k := range c.P.Calls {
			if i%7 == 0 {
				funcs = append(funcs, k.Func, k.Func+"x")
				meths = append(meths, k.Method())
			}
		}
		if got, want := c.calls(funcs...), c.P.CallsTo(funcs...); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("calls: %d calls, CallsTo %d", len(got), len(want))
		}
		if got, want := c.callsNamed(meths...), c.P.CallsNamed(meths...); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("callsNamed: %d calls, CallsNamed %d", len(got), len(want))
		}
	}
}

// TestObfuscatedPrefilter: scanNames' test of the first three bytes never
// turns away a name obfuscatedName accepts.
func TestObfuscatedPrefilter(t *testing.T) {
	names := []string{"_0x1f2e", "_0xab", "lI1O0", "__I1l", "O0O0O", "_0x", "__init__", "_private"}
	names = append(names, randomStrings(6, "_lI1O0x9aAfF", 50000, 10)...)
	accepted := 0
	for _, s := range names {
		if !obfuscatedName(s) {
			continue
		}
		accepted++
		if len(s) < 5 || !obfuscatedHead[s[0]] || !obfuscatedHead[s[1]] || !obfuscatedThird[s[2]] {
			t.Errorf("obfuscatedName(%q) holds, the prefilter rejects it", s)
		}
	}
	if accepted < 100 {
		t.Errorf("only %d names accepted", accepted)
	}
}

// randomStrings returns n strings of up to maxLen-1 bytes drawn from
// alphabet (seeded: the same strings every run).
func randomStrings(seed int64, alphabet string, n, maxLen int) []string {
	r := rand.New(rand.NewSource(seed))
	out := make([]string, n)
	for i := range out {
		b := make([]byte, r.Intn(maxLen))
		for j := range b {
			b[j] = alphabet[r.Intn(len(alphabet))]
		}
		out[i] = string(b)
	}
	return out
}
