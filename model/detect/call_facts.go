package detect

import (
	"strings"

	"github.com/pytriage/pytriage/model/flow"
)

// callFact holds, for one call, the answers to the questions most
// detectors ask about every call of a script (isProcess, isExec, isFetch,
// isSend, isWrite), and bits saying which detectors' loops can concern
// the call at all. They are computed in one pass, once per Context, so
// that a detector walking all calls reads one word per call and skips the
// calls that concern it without reading the Call or comparing names.
//
// Only answers that do not fold anything are kept: isWrite of open() reads
// its folded mode and isSend of urlopen/request its arguments. For those
// the Ask bit says to call the method itself, each time, as before: the
// evaluator's step budget is shared by a script, so the folds it runs, and
// their order, stay exactly what they were. A loop may skip a call only
// when its body would do nothing for it: every call whose body asks
// sends or writes has the Send, SendAsk, Write or WriteAsk bit.
type callFact uint32

const (
	factProcess  callFact = 1 << iota // isProcess
	factExec                          // isExec
	factFetch                         // isFetch
	factSend                          // isSend (unless factSendAsk)
	factSendAsk                       // isSend must be asked
	factWrite                         // isWrite (unless factWriteAsk)
	factWriteAsk                      // isWrite must be asked

	// Bits for the loops that also look at calls by name (see factNames).
	factSocket    // socket.socket, socket.create_connection
	factEnvSink   // runEnvHarvest's serialisers and print
	factFileOp    // os file and process calls compared by name (remove, chmod, kill …)
	factDiscovery // a discoveryCalls name
	factImport    // __import__, importlib.import_module, or Via "import"
	factLookup    // Via "getattr", "subscript" or "eval"
	factOpenMeth  // method open (Path().open …: pathOpenWrites)

	// Bits for calls by name prefix (see callsWith).
	factCtypes      // "ctypes."
	factOsExecSpawn // "os.exec", "os.spawn", "os.posix_spawn"
	factHashlib     // "hashlib."
	factServer      // "socketserver.", "SocketServer."
)

// facts returns the facts of every call, indexed like P.Calls.
func (c *Context) facts() []callFact {
	if c.factsDone {
		return c.callFacts
	}
	c.factsDone = true
	f := grow(c.callFacts, len(c.P.Calls))
	for i := range c.P.Calls {
		k := &c.P.Calls[i]
		m := k.Method()
		kf, km := strKey(k.Func), strKey(m)
		f[i] = factsOf(k, m, kf, km)
		c.funcNames.set(kf)
		c.methNames.set(km)
	}
	c.callFacts = f
	return f
}

// nameFilter is a 4096-bit filter of the names (or methods) a script
// calls: detectors ask for calls to dozens of names, most of which a
// script never calls, and the filter answers those without a map lookup.
type nameFilter [64]uint64

// set adds the name whose strKey is k.
func (b *nameFilter) set(k uint32) { b[k>>6] |= 1 << (k & 63) }

// keep returns the names that may have been added, in order (nil if
// none: then nothing is allocated).
func (b *nameFilter) keep(names []string) []string {
	var out []string
	for _, n := range names {
		if k := strKey(n); b[k>>6]&(1<<(k&63)) != 0 {
			out = append(out, n)
		}
	}
	return out
}

// callsWith returns the calls having a fact of mask, in order.
func (c *Context) callsWith(mask callFact) []*flow.Call {
	var out []*flow.Call
	for i, f := range c.facts() {
		if f&mask != 0 {
			out = append(out, &c.P.Calls[i])
		}
	}
	return out
}

// factsOf computes the facts of one call; m is k.Method(), kf and km the
// strKey of k.Func and m. Most calls have none; filters
// on the name (factNames), the method (factMethods) and the first byte
// reject them before any list is compared.
func factsOf(k *flow.Call, m string, kf, km uint32) callFact {
	fn := k.Func
	f, named := factNames.get(fn, kf)
	if named || factMethods.hasKey(m, km) || strings.HasPrefix(fn, "requests") || strings.HasPrefix(fn, "httpx.") {
		// Otherwise none of the three tests below can hold: every name,
		// method and prefix they accept is in the filters.
		f |= ioFacts(k, m, f)
	}
	if m == "open" {
		f |= factOpenMeth
	}
	switch k.Via {
	case "":
	case "import":
		f |= factImport
	case "getattr", "subscript", "eval":
		f |= factLookup
	}
	if fn != "" {
		switch fn[0] {
		case 'c':
			if strings.HasPrefix(fn, "ctypes.") {
				f |= factCtypes
			}
		case 'o':
			if strings.HasPrefix(fn, "os.exec") || strings.HasPrefix(fn, "os.spawn") || strings.HasPrefix(fn, "os.posix_spawn") {
				f |= factOsExecSpawn
			}
		case 'h':
			if strings.HasPrefix(fn, "hashlib.") {
				f |= factHashlib
			}
		case 's', 'S':
			if strings.HasPrefix(fn, "socketserver.") || strings.HasPrefix(fn, "SocketServer.") {
				f |= factServer
			}
		}
	}
	return f
}

// ioFacts are the fetch, send and write facts of k (method m) that its
// name alone does not give; f holds those it gives.
func ioFacts(k *flow.Call, m string, f callFact) callFact {
	var g callFact
	if f&factFetch == 0 && fetchByMethod(k, m) {
		g |= factFetch
	}
	switch m {
	case "urlopen", "request":
		g |= factSendAsk
	default:
		if sendByName(k, m) {
			g |= factSend
		}
	}
	switch k.Func {
	case "open", "io.open", "codecs.open", "os.open":
		g |= factWriteAsk
	default:
		if writeByName(k, m) {
			g |= factWrite
		}
	}
	return g
}

// Names compared by the call loops, beyond processFuncs, execFuncs and
// fetchFuncs.
var (
	openFuncs  = []string{"open", "io.open", "codecs.open", "os.open"}
	writeFuncs = []string{"shutil.copy", "shutil.copyfile", "shutil.copy2", "shutil.move", "os.rename", "os.replace", "urllib.request.urlretrieve", "urllib.urlretrieve", "wget.download"}
	socketFunc = []string{"socket.socket", "socket.create_connection"}
	envSinks   = []string{"json.dumps", "json.dump", "print", "pickle.dumps", "base64.b64encode", "str"}
	fileOps    = []string{"os.remove", "os.rename", "os.unlink", "shutil.rmtree", "os.truncate", "os.symlink", "os.link", "os.chmod",
		"os.execv", "runpy.run_path", "os.kill", "os.environ.pop", "os.unsetenv", "os.putenv"}
	importFuncs = []string{"__import__", "importlib.import_module"}
)

// factNames gives the facts that follow from a call's name; the names of
// openFuncs and writeFuncs are in it (with no fact of their own) so that
// ioFacts is asked for them.
var factNames = func() *factSet {
	s := &factSet{m: map[string]callFact{}}
	for _, l := range []struct {
		names []string
		f     callFact
	}{
		{processFuncs, factProcess}, {execFuncs, factExec}, {fetchFuncs, factFetch}, {openFuncs, 0}, {writeFuncs, 0},
		{socketFunc, factSocket}, {envSinks, factEnvSink}, {fileOps, factFileOp}, {importFuncs, factImport},
	} {
		for _, n := range l.names {
			s.add(n, l.f)
		}
	}
	for n := range discoveryCalls {
		s.add(n, factDiscovery)
	}
	return s
}()

// factMethods are the methods fetchByMethod, sendByName, sendFolded and
// writeByName accept.
var factMethods = setOf([]string{"recv", "recvfrom", "urlopen", "urlretrieve", "get", "read", "upload_file", "upload_fileobj",
	"put_object", "upload_from_filename", "upload_from_string", "post", "put", "patch", "send", "sendall", "sendto", "sendmail",
	"send_message", "storbinary", "storlines", "request", "write_text", "write_bytes"})

// factSet maps names to facts behind the filter of strSet.
type factSet struct {
	filter [64]uint64
	m      map[string]callFact
}

func (s *factSet) add(n string, f callFact) {
	s.m[n] |= f
	k := strKey(n)
	s.filter[k>>6] |= 1 << (k & 63)
}

// get returns the facts of name n (k = strKey(n)) and whether it is in
// the set.
func (s *factSet) get(n string, k uint32) (callFact, bool) {
	if s.filter[k>>6]&(1<<(k&63)) == 0 {
		return 0, false
	}
	f, ok := s.m[n]
	return f, ok
}

// sends is isSend of call i.
func (c *Context) sends(i int, f callFact) bool {
	if f&factSendAsk != 0 {
		return c.isSend(&c.P.Calls[i])
	}
	return f&factSend != 0
}

// writes is isWrite of call i.
func (c *Context) writes(i int, f callFact) bool {
	if f&factWriteAsk != 0 {
		return c.isWrite(&c.P.Calls[i])
	}
	return f&factWrite != 0
}
