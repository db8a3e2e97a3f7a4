package detect

import (
	"strings"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
)

var rootish = map[string]bool{"/": true, "/*": true, "/home": true, "/etc": true, "/var": true, "/usr": true, "/root": true, "~": true, "/boot": true, "/opt": true, "C:\\": true, "/bin": true, "/lib": true}

// dataDirs hold data whose removal is destruction, not cleanup.
var dataDirs = map[string]bool{"/var/lib/mysql": true, "/var/lib/postgresql": true, "/srv": true, "/var/www": true, "/var/lib/docker": true, "/mnt": true, "/data": true}

// runDestruction: wiping system trees, disks, or encrypting files in a
// directory walk (T1485, T1486, T1561).
func runDestruction(c *Context) []Finding {
	var out []Finding
	for _, k := range c.calls("shutil.rmtree", "os.removedirs") {
		a, ok := k.Arg(0, "path")
		if !ok {
			continue
		}
		t := strings.TrimSpace(c.text(a))
		if t != "" && (rootish[t] || rootish[strings.TrimRight(t, "/")] || t == strings.Repeat("/", len(t))) {
			out = append(out, Finding{Lines: c.callLines(k), Message: k.Func + " of " + quote(t), Techniques: []string{"T1485"}})
			continue
		}
		if j, ok := c.P.Reaches(a, func(i int) bool {
			tk := c.P.Toks[i]
			if tk.Kind != pytoken.String || len(tk.Text) > 64 {
				return false
			}
			v, _, _ := pytoken.StringValue(tk.Text)
			return rootish[v] || rootish[strings.TrimRight(v, "/")] || dataDirs[strings.TrimRight(v, "/")]
		}); ok {
			ls := lineSet{}
			ls.add(c.tokLines(j)...)
			ls.add(c.callLines(k)...)
			out = append(out, Finding{Lines: ls.sorted(), Message: k.Func + " of system or data directories (" + quote(c.P.Toks[j].Text) + ")", Techniques: []string{"T1485"}})
			continue
		}
		for i := a.Start; i < a.End; i++ {
			if c.P.Toks[i].Text == "expanduser" {
				if v, ok := c.P.Eval(a); !ok || v.S == "~" {
					out = append(out, Finding{Lines: c.callLines(k), Message: k.Func + " of the home directory", Techniques: []string{"T1485"}})
				}
				break
			}
		}
	}
	for _, k := range c.processCalls() {
		t := strings.ToLower(c.callText(k))
		if n := anyOf(t, "rm -rf /", "rm -rf ~", "rm -fr /", "--no-preserve-root", "of=/dev/sd", "of=/dev/nvme", "of=/dev/xvd", "mkfs", "shred ", "wipefs", ":(){ :|:& };:",
			"gsutil -m rm", "gsutil rm -r", "instances delete", "projects delete", "aws s3 rb", "aws s3 rm", "kubectl delete ns", "kubectl delete namespace", "--all-namespaces --all"); n != "" {
			if n == "rm -rf /" || n == "rm -fr /" {
				rest := t[strings.Index(t, n)+len(n):]
				if rest != "" && rest[0] != ' ' && rest[0] != '*' && rest[0] != '\'' && rest[0] != '"' && !strings.HasPrefix(rest, "home") && !strings.HasPrefix(rest, "etc") && !strings.HasPrefix(rest, "var") {
					continue
				}
			}
			out = append(out, Finding{Lines: c.callLines(k), Message: "destructive shell command " + quote(n), Techniques: destructionTechniques(n)})
		}
	}
	// deleting or overwriting files found under system or data directories
	dataDir := func(i int) bool {
		tk := c.P.Toks[i]
		if tk.Kind != pytoken.String || len(tk.Text) > 64 {
			return false
		}
		v, _, _ := pytoken.StringValue(tk.Text)
		v = strings.TrimRight(strings.SplitN(v, "*", 2)[0], "/")
		return v != "" && (rootish[v] || dataDirs[v])
	}
	for _, k := range c.calls("os.remove", "os.unlink") {
		a, ok := k.Arg(0, "path")
		if !ok {
			continue
		}
		if j, ok := c.P.ReachesWithin(a, 4, dataDir); ok {
			ls := lineSet{}
			ls.add(c.tokLines(j)...)
			ls.add(c.callLines(k)...)
			out = append(out, Finding{Lines: ls.sorted(), Message: "deletes files under " + quote(c.P.Toks[j].Text), Techniques: []string{"T1485"}})
		}
	}
	// Overwriting with random bytes needs a call of os.urandom or
	// secrets.token_bytes; without one no query below can succeed (and
	// Reaches has no effect but its answer).
	if len(c.calls("os.urandom", "secrets.token_bytes")) > 0 {
		for _, k := range c.callsNamed("write") {
			a, ok := k.Arg(0, "")
			if !ok {
				continue
			}
			if _, ok := c.P.ReachesCall(a, func(r *flow.Call) bool { return r.Func == "os.urandom" || r.Func == "secrets.token_bytes" }); ok {
				if j, ok := c.P.ReachesWithin(k.Callee, 4, dataDir); ok {
					ls := lineSet{}
					ls.add(c.callLines(k)...)
					ls.add(c.tokLines(j)...)
					out = append(out, Finding{Lines: ls.sorted(), Message: "overwrites files with random bytes", Techniques: []string{"T1485"}})
				}
			}
		}
	}
	// ransomware shape: walk + encrypt + write back / rename
	walks := c.calls("os.walk", "os.listdir", "glob.glob", "os.scandir", "pathlib.Path().rglob", "pathlib.Path().glob")
	enc := c.callsNamed("encrypt")
	if len(walks) > 0 && len(enc) > 0 {
		ls := lineSet{}
		ls.add(c.callLines(walks[0])...)
		for _, k := range enc {
			ls.add(c.callLines(k)...)
		}
		writes := 0
		for i, f := range c.facts() {
			if f&(factWrite|factWriteAsk|factFileOp) == 0 {
				continue
			}
			k := &c.P.Calls[i]
			if c.writes(i, f) || k.Func == "os.remove" || k.Func == "os.rename" {
				ls.add(c.callLines(k)...)
				writes++
			}
		}
		if writes > 0 {
			out = append(out, Finding{Lines: ls.sorted(), Message: "encrypts files found by a directory walk and writes them back", Techniques: []string{"T1486"}})
		}
	}
	return out
}

// destructionTechniques: writing over a disk device or making a file
// system on it wipes the disk (T1561: its content with dd or shred of a
// device, .001; its structure with mkfs or wipefs, .002); the rest deletes
// data (T1485).
func destructionTechniques(needle string) []string {
	switch {
	case strings.HasPrefix(needle, "of=/dev/"):
		return []string{"T1561.001"}
	case needle == "mkfs" || needle == "wipefs":
		return []string{"T1561.002"}
	}
	return []string{"T1485"}
}
