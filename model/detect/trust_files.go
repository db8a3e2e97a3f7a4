package detect

import (
	"fmt"
	"strings"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
)

// trustMark is a system file whose modification grants access, hijacks
// loading or name resolution, or escalates privilege.
type trustMark struct {
	mark string
	tech string
}

// trustMarks are matched in lower case; order matters (first match wins).
var trustMarks = []trustMark{
	{"authorized_keys", "T1098.004"},
	{"/etc/ld.so.preload", "T1574.006"},
	{"/etc/rc.local", "T1037.004"},
	{"/etc/sudoers", "T1548.003"}, // also /etc/sudoers.d/*
	{"/etc/hosts", "T1565.001"},
}

// trustMarkIn returns the first trust mark in s. The mark must end the
// name (/etc/hosts.allow, authorized_keys.bak are other files), but for
// /etc/sudoers.d/.
func trustMarkIn(s string) (trustMark, bool) {
	l := strings.ToLower(s)
	for _, m := range trustMarks {
		for off := 0; ; {
			j := strings.Index(l[off:], m.mark)
			if j < 0 {
				break
			}
			end := off + j + len(m.mark)
			if end == len(l) || !isPathByte(l[end]) || m.mark == "/etc/sudoers" && strings.HasPrefix(l[end:], ".d/") {
				return m, true
			}
			off = end
		}
	}
	return trustMark{}, false
}

func isPathByte(b byte) bool {
	return b == '.' || b == '_' || b == '-' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}

// shellWriteTarget reports whether a shell command writes a trust file:
// the file follows a redirection (> or >>), tee, or is the last word of
// cp/install/ln/mv. A command that only reads one (cat, grep, a backup
// copying it elsewhere) does not count.
func shellWriteTarget(cmd string) (trustMark, bool) {
	for _, part := range strings.FieldsFunc(cmd, func(r rune) bool { return r == ';' || r == '&' || r == '|' || r == '\n' }) {
		// redirections: text after > or >>
		for i := 0; i < len(part); i++ {
			if part[i] != '>' {
				continue
			}
			rest := strings.TrimLeft(part[i+1:], "> \t'\"")
			if f := strings.Fields(rest); len(f) > 0 {
				if m, ok := trustMarkIn(f[0]); ok {
					return m, true
				}
			}
		}
		f := strings.Fields(strings.Trim(part, " \t'\""))
		if len(f) < 2 {
			continue
		}
		switch f[0] {
		case "tee":
			for _, w := range f[1:] {
				if strings.HasPrefix(w, "<") || strings.HasPrefix(w, ">") {
					break // redirections handled above
				}
				if m, ok := trustMarkIn(w); ok && !strings.HasPrefix(w, "-") {
					return m, true
				}
			}
		case "sed", "perl":
			if !strings.HasPrefix(f[1], "-i") && !strings.Contains(part, " -i") {
				continue
			}
			fallthrough // in-place edit: the file is the last word
		case "cp", "install", "ln", "mv":
			if m, ok := trustMarkIn(f[len(f)-1]); ok {
				return m, true
			}
		case "sudo":
			if m, ok := shellWriteTarget(strings.Join(f[1:], " ")); ok {
				return m, true
			}
		}
	}
	return trustMark{}, false
}

// setuidMode reports an os.chmod mode with the setuid bit.
func (c *Context) setuidMode(k *flow.Call) bool {
	return c.chmodMode(k, 0o4000, func(x string) bool { return x == "S_ISUID" })
}

// shellSetuid reports chmod u+s / +s / 4xxx in a shell command.
func shellSetuid(cmd string) bool {
	f := strings.Fields(strings.ReplaceAll(strings.ToLower(cmd), "'", " "))
	for i := 0; i+1 < len(f); i++ {
		if f[i] != "chmod" {
			continue
		}
		for _, a := range f[i+1:] {
			if strings.HasPrefix(a, "-") {
				continue
			}
			if len(a) == 5 && a[0] == '0' {
				a = a[1:] // 04755
			}
			if strings.Contains(a, "+s") || len(a) == 4 && a[0] >= '4' && a[0] <= '7' && strings.Trim(a, "01234567") == "" {
				return true
			}
			break
		}
	}
	return false
}

// runTrustFiles: writes (open for write/append, write_text, copies,
// symlinks, shell redirections) to authorized_keys, ld.so.preload,
// rc.local, sudoers and /etc/hosts, and setting the setuid bit.
func runTrustFiles(c *Context) []Finding {
	var out []Finding
	add := func(k *flow.Call, m trustMark) {
		out = append(out, Finding{Lines: c.callLines(k), Message: fmt.Sprintf("%s writes %s", k.Func, quote(m.mark)), Techniques: []string{m.tech}})
	}
	for i, f := range c.facts() {
		if f&(factWrite|factWriteAsk|factFileOp|factOpenMeth|factProcess) == 0 {
			continue // (os.open asks writes; pathOpenWrites needs method open)
		}
		k := &c.P.Calls[i]
		switch {
		case k.Func == "os.open" && !c.osOpenWrites(k):
			continue // os.open for reading
		case c.writes(i, f) || k.Func == "os.symlink" || k.Func == "os.link" || c.pathOpenWrites(k):
			var t string
			if m := k.Method(); m == "write_text" || m == "write_bytes" || m == "open" {
				t = c.text(k.Callee) // the path is the receiver
			} else {
				t = c.pathArg(k)
			}
			m, ok := trustMarkIn(t)
			if !ok && (k.Func == "open" || k.Func == "io.open" || k.Func == "codecs.open" || k.Func == "os.open") {
				if a, found := k.Arg(0, "file"); found {
					if j, reach := c.P.Reaches(a, func(i int) bool {
						tk := c.P.Toks[i]
						if tk.Kind != pytoken.String || len(tk.Text) >= 256 {
							return false
						}
						_, hit := trustMarkIn(tk.Text)
						return hit
					}); reach {
						m, ok = trustMarkIn(c.P.Toks[j].Text)
					}
				}
			}
			if ok {
				add(k, m)
			}
		case k.Func == "os.chmod" && c.setuidMode(k):
			out = append(out, Finding{Lines: c.callLines(k), Message: "os.chmod sets the setuid bit", Techniques: []string{"T1548.001"}})
		case f&factProcess != 0:
			t := c.callText(k)
			if m, ok := shellWriteTarget(t); ok {
				add(k, m)
			} else if shellSetuid(t) {
				out = append(out, Finding{Lines: c.callLines(k), Message: "chmod sets the setuid bit", Techniques: []string{"T1548.001"}})
			}
		}
	}
	return out
}

// osOpenWrites reports os.open flags that allow writing.
func (c *Context) osOpenWrites(k *flow.Call) bool {
	s, ok := k.Arg(1, "flags")
	if !ok {
		return false
	}
	for i := s.Start; i < s.End && i < len(c.P.Toks); i++ {
		switch c.P.Toks[i].Text {
		case "O_WRONLY", "O_RDWR", "O_APPEND", "O_CREAT", "O_TRUNC":
			return true
		}
	}
	if n, ok := c.P.Int(s); ok {
		return n&0o3 != 0 // O_WRONLY | O_RDWR on Linux
	}
	return false
}

// pathOpenWrites reports Path(...).open("w"/"a"/...) (the mode is the
// first argument of the method).
func (c *Context) pathOpenWrites(k *flow.Call) bool {
	if k.Method() != "open" || k.Func == "open" || strings.HasPrefix(k.Func, "os.") || strings.HasPrefix(k.Func, "io.") || strings.HasPrefix(k.Func, "codecs.") {
		return false
	}
	v, ok := c.argValue(k, 0, "mode")
	return ok && strings.ContainsAny(v.S, "wax+")
}
