package detect

import (
	"fmt"
	"path"
	"strings"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
)

var stagingDirs = []string{"/tmp/", "/var/tmp/", "/dev/shm/", "/run/shm/", "/var/run/user/"}

// stagingPath returns the staging location a text names, if any: a world-
// writable directory with an executable, a hidden name, or /dev/shm.
func stagingPath(t string) string {
	for _, d := range stagingDirs {
		i := strings.Index(t, d)
		if i < 0 {
			continue
		}
		rest := t[i+len(d):]
		if j := strings.IndexAny(rest, " ;&|'\"\n"); j >= 0 {
			rest = rest[:j]
		}
		return d + rest
	}
	return ""
}

// runStaging: running, chmod-ing or writing hidden files in world-writable
// staging directories, and detaching with nohup/setsid.
func runStaging(c *Context) []Finding {
	var out []Finding
	for i, f := range c.facts() {
		if f&(factProcess|factExec|factFileOp|factWrite|factWriteAsk) == 0 {
			continue
		}
		k := &c.P.Calls[i]
		var what string
		switch {
		case f&(factProcess|factExec) != 0 || k.Func == "os.chmod" || k.Func == "os.execv" || k.Func == "runpy.run_path":
			what = "runs or makes executable"
		case c.writes(i, f):
			what = "writes"
		default:
			continue
		}
		t := c.callText(k)
		if what == "writes" {
			t = c.pathArg(k)
		}
		p := stagingPath(t)
		if p == "" {
			if isProcess(k) {
				if n := anyOf(t, "nohup ", "setsid ", "disown"); n != "" {
					out = append(out, Finding{Lines: c.callLines(k), Message: "detaches a process with " + quote(strings.TrimSpace(n)), NoTechnique: true})
				}
			}
			continue
		}
		base := path.Base(p)
		if what == "writes" && !strings.HasPrefix(base, ".") && !strings.HasPrefix(p, "/dev/shm/") && !strings.Contains(p, "/.") {
			continue // plain temp files are everyday; hidden ones and /dev/shm are not
		}
		out = append(out, c.stagingFinding(k, what, p))
	}
	return out
}

// stagingFinding is a staging hit with the techniques it shows: a hidden
// name (T1564.001), a system program's name (T1036.005), a chmod
// (T1222.002), and a written file the script later sends (collected data
// staged: T1074.001). Running a plain file from /tmp shows none by itself.
func (c *Context) stagingFinding(k *flow.Call, what, p string) Finding {
	f := Finding{Lines: c.callLines(k), Message: fmt.Sprintf("%s %s in a staging directory", what, quote(p))}
	base := path.Base(p)
	if strings.HasPrefix(base, ".") || strings.Contains(p, "/.") {
		f.Techniques = append(f.Techniques, "T1564.001")
	}
	if masquerades(base) {
		f.Techniques = append(f.Techniques, "T1036.005")
	}
	if k.Func == "os.chmod" || isProcess(k) && strings.Contains(c.callText(k), "chmod") {
		f.Techniques = append(f.Techniques, "T1222.002")
	}
	if what == "writes" && c.sentLater(p) {
		f.Techniques = append(f.Techniques, "T1074.001")
	}
	f.NoTechnique = len(f.Techniques) == 0
	return f
}

// sentLater reports a network send whose arguments name path p (open(p)
// handed to a POST, a path variable uploaded).
func (c *Context) sentLater(p string) bool {
	for i, f := range c.facts() {
		if f&(factSend|factSendAsk) != 0 && c.sends(i, f) && strings.Contains(c.callText(&c.P.Calls[i]), p) {
			return true
		}
	}
	return false
}

// runSelfDelete: the script removes itself.
func runSelfDelete(c *Context) []Finding {
	var out []Finding
	self := func(k_ int) bool {
		t := c.P.Toks[k_].Text
		return t == "__file__" || t == "argv" && k_ > 1 && c.P.Toks[k_-2].Text == "sys"
	}
	for _, k := range c.calls("os.remove", "os.unlink", "shutil.rmtree", "pathlib.Path().unlink", "os.system", "subprocess.call", "subprocess.run", "subprocess.Popen") {
		a, ok := k.Arg(0, "")
		if !ok {
			if k.Func != "pathlib.Path().unlink" {
				continue
			}
			a = k.Callee
		}
		if isProcess(k) && !strings.Contains(c.text(a), "rm ") && !strings.Contains(c.text(a), "del ") {
			continue
		}
		if c.selfRef(a, self, 0) {
			out = append(out, Finding{Lines: c.callLines(k), Message: k.Func + " deletes the running script"})
		}
	}
	return out
}

// pathWrappers keep a path's identity: abspath(__file__) is still the script.
var pathWrappers = map[string]bool{"os": true, "path": true, "abspath": true, "realpath": true, "Path": true, "pathlib": true,
	"str": true, "resolve": true, "normpath": true, "fspath": true, "sys": true, "argv": true}

// selfRef reports a path expression that is the running script: __file__
// or sys.argv[0], possibly wrapped in abspath/realpath/Path, directly or
// through simple assignments.
func (c *Context) selfRef(s flow.Span, self func(int) bool, depth int) bool {
	found := false
	for i := s.Start; i < s.End; i++ {
		t := c.P.Toks[i]
		switch {
		case self(i):
			found = true
		case t.Kind == pytoken.Name && pathWrappers[t.Text], t.Kind == pytoken.Op && strings.Contains("().[]", t.Text), t.Kind == pytoken.Number && t.Text == "0":
		case t.Kind == pytoken.Name && depth < 4 && s.End-s.Start == 1:
			for _, d := range c.P.DefsOf(i) {
				if c.selfRef(d, self, depth+1) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return found
}
