package detect

import (
	"strings"
)

var rootish = map[string]bool{"/": true, "/*": true, "/home": true, "/etc": true, "/var": true, "/usr": true, "/root": true, "~": true, "/boot": true, "/opt": true, "C:\\": true, "/bin": true, "/lib": true}

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
		if rootish[strings.TrimRight(t, "/")+"/"] || rootish[t] || rootish[strings.TrimRight(t, "/")] || strings.Contains(c.text(a), "expanduser") {
			out = append(out, Finding{Lines: c.callLines(k), Message: k.Func + " of " + quote(t)})
			continue
		}
		for i := a.Start; i < a.End; i++ {
			if c.P.Toks[i].Text == "expanduser" {
				if v, ok := c.P.Eval(a); !ok || v.S == "~" {
					out = append(out, Finding{Lines: c.callLines(k), Message: k.Func + " of the home directory"})
				}
				break
			}
		}
	}
	for _, k := range c.processCalls() {
		t := strings.ToLower(c.callText(k))
		if n := anyOf(t, "rm -rf /", "rm -rf ~", "rm -fr /", "--no-preserve-root", "of=/dev/sd", "of=/dev/nvme", "of=/dev/xvd", "mkfs", "shred ", "wipefs", ":(){ :|:& };:"); n != "" {
			if n == "rm -rf /" || n == "rm -fr /" {
				rest := t[strings.Index(t, n)+len(n):]
				if rest != "" && rest[0] != ' ' && rest[0] != '*' && rest[0] != '\'' && rest[0] != '"' && !strings.HasPrefix(rest, "home") && !strings.HasPrefix(rest, "etc") && !strings.HasPrefix(rest, "var") {
					continue
				}
			}
			out = append(out, Finding{Lines: c.callLines(k), Message: "destructive shell command " + quote(n)})
		}
	}
	// ransomware shape: walk + encrypt + write back / rename
	walks := c.calls("os.walk", "os.listdir", "glob.glob", "os.scandir", "pathlib.Path().rglob", "pathlib.Path().glob")
	enc := c.P.CallsNamed("encrypt")
	if len(walks) > 0 && len(enc) > 0 {
		ls := lineSet{}
		ls.add(c.callLines(walks[0])...)
		for _, k := range enc {
			ls.add(c.callLines(k)...)
		}
		writes := 0
		for i := range c.P.Calls {
			k := &c.P.Calls[i]
			if c.isWrite(k) || k.Func == "os.remove" || k.Func == "os.rename" {
				ls.add(c.callLines(k)...)
				writes++
			}
		}
		if writes > 0 {
			out = append(out, Finding{Lines: ls.sorted(), Message: "encrypts files found by a directory walk and writes them back"})
		}
	}
	return out
}
