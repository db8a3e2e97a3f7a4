package detect

import (
	"fmt"
	"strings"

	"github.com/pytriage/pytriage/model/flow"
)

// shellDownloadRun matches shell one-liners that fetch and run.
func shellDownloadRun(s string) string {
	l := strings.ToLower(s)
	if !strings.Contains(l, "curl") && !strings.Contains(l, "wget") && !strings.Contains(l, "fetch ") {
		return ""
	}
	for _, n := range []string{"| sh", "|sh", "| bash", "|bash", "| python", "|python", "chmod +x", "chmod 7", "chmod 5", "&& ./", "; ./", "| sudo sh", "| sudo bash"} {
		if strings.Contains(l, n) {
			return n
		}
	}
	return ""
}

// execModeArg reports an os.chmod mode with an execute bit.
func (c *Context) execModeArg(k *flow.Call) bool {
	return c.chmodMode(k, 0o111, func(x string) bool { return strings.HasPrefix(x, "S_IX") || x == "S_IRWXU" || x == "S_IEXEC" })
}

// chmodMode reports an os.chmod mode argument that sets one of bits: as a
// number it folds to, or as a stat constant named among its tokens.
func (c *Context) chmodMode(k *flow.Call, bits int64, constant func(string) bool) bool {
	s, ok := k.Arg(1, "mode")
	if !ok {
		return false
	}
	if n, ok := c.P.Int(s); ok {
		return n&bits != 0
	}
	for i := s.Start; i < s.End; i++ {
		if constant(c.P.Toks[i].Text) {
			return true
		}
	}
	return false
}

// isRemoteFetch: an HTTP/DNS fetch, not a socket recv (shells cover those).
func (c *Context) isRemoteFetch(k *flow.Call) bool {
	m := k.Method()
	return c.isFetch(k) && m != "recv" && m != "recvfrom" && m != "recv_into"
}

// runDownloadExec: network content executed as Python, or downloaded to a
// file that is made executable or run; also curl|sh style shell lines.
func runDownloadExec(c *Context) []Finding {
	var out []Finding
	for _, k := range c.execCalls() {
		a, ok := k.Arg(0, "")
		if !ok {
			continue
		}
		if f, ok := c.P.ReachesCall(a, c.isRemoteFetch); ok {
			ls := lineSet{}
			ls.add(c.callLines(k)...)
			ls.add(c.callLines(f)...)
			out = append(out, Finding{Lines: ls.sorted(), Message: fmt.Sprintf("%s runs content fetched by %s (line %d)", k.Func, f.Func, f.Line), Techniques: []string{"T1105", "T1059.006", "T1620"}})
		}
	}
	// fetch → write → chmod/run: the steps need not share variables, but all
	// three must be present.
	var fetch, write, run []*flow.Call
	for i, f := range c.facts() {
		if f&(factFetch|factWrite|factWriteAsk|factProcess|factFileOp) == 0 {
			continue // (urlretrieve and wget.download fetch; os.chmod is a file op)
		}
		k := &c.P.Calls[i]
		switch {
		case k.Func == "urllib.request.urlretrieve" || k.Func == "urllib.urlretrieve" || k.Func == "wget.download":
			fetch = append(fetch, k)
			write = append(write, k)
		case f&factFetch != 0:
			fetch = append(fetch, k)
		case c.writes(i, f):
			write = append(write, k)
		case k.Func == "os.chmod" && c.execModeArg(k), f&factProcess != 0 && strings.Contains(c.callText(k), "chmod"):
			run = append(run, k)
		case f&factProcess != 0:
			if a, ok := k.Arg(0, "args"); ok {
				if _, ok := c.P.ReachesCall(a, func(w *flow.Call) bool { return c.isWrite(w) || c.isFetch(w) }); ok {
					run = append(run, k)
				}
			}
		}
	}
	verified := false                            // a checksum over the download makes it an installer
	for _, h := range c.callsWith(factHashlib) { // Func starts with "hashlib."
		for _, a := range h.Args {
			if _, ok := c.P.ReachesCall(a.Span, c.isFetch); ok {
				verified = true
			}
		}
	}
	if len(fetch) > 0 && len(write) > 0 && len(run) > 0 && !verified {
		ls := lineSet{}
		for _, g := range [][]*flow.Call{fetch[:1], write, run} {
			for _, k := range g {
				ls.add(c.callLines(k)...)
			}
		}
		out = append(out, Finding{Lines: ls.sorted(), Message: fmt.Sprintf("downloads (%s), writes a file, then makes it executable or runs it (%s)", fetch[0].Func, run[0].Func),
			Techniques: c.dropTechniques(run)})
	}
	for _, k := range c.processCalls() {
		a, ok := k.Arg(0, "args")
		if !ok {
			continue
		}
		if f, ok := c.P.ReachesCall(a, c.isRemoteFetch); ok && f != k {
			ls := lineSet{}
			ls.add(c.callLines(k)...)
			ls.add(c.callLines(f)...)
			out = append(out, Finding{Lines: ls.sorted(), Message: fmt.Sprintf("%s runs a command fetched by %s (line %d): remote tasking", k.Func, f.Func, f.Line), Techniques: c.taskingTechniques(k)})
		}
	}
	for _, k := range c.processCalls() {
		if n := shellDownloadRun(c.callText(k)); n != "" {
			tech := []string{"T1105", "T1059.004"}
			if strings.HasPrefix(n, "chmod") {
				tech = append(tech, "T1222.002")
			}
			out = append(out, Finding{Lines: c.callLines(k), Message: fmt.Sprintf("shell command downloads and runs (%s)", quote(n)), Techniques: tech})
		}
	}
	return out
}

// dropTechniques are those of a fetch → write → run chain: the download
// (T1105), a chmod among the run steps (T1222.002), a shell running it
// (T1059.004).
func (c *Context) dropTechniques(run []*flow.Call) []string {
	tech := []string{"T1105"}
	chmod, shell := false, false
	for _, k := range run {
		chmod = chmod || k.Func == "os.chmod" || isProcess(k) && strings.Contains(c.callText(k), "chmod")
		shell = shell || isProcess(k) && c.viaShell(k)
	}
	if chmod {
		tech = append(tech, "T1222.002")
	}
	if shell {
		tech = append(tech, "T1059.004")
	}
	return tech
}

// taskingTechniques: commands fetched over HTTP are C2 over web protocols
// (T1071.001), run by a shell or not.
func (c *Context) taskingTechniques(k *flow.Call) []string {
	if c.viaShell(k) {
		return []string{"T1071.001", "T1059.004"}
	}
	return []string{"T1071.001"}
}
