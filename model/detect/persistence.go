package detect

import (
	"fmt"
	"strings"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
)

// persistMarks name autostart locations (T1053.003, T1098.004, T1546.004,
// T1543.002, T1037.004, T1574.006, T1547.001).
var persistMarks = []string{
	"/etc/crontab", "/etc/cron.d", "/etc/cron.hourly", "/etc/cron.daily", "/var/spool/cron", "crontab -", "@reboot",
	"authorized_keys", ".bashrc", ".bash_profile", ".bash_login", ".zshrc", ".profile", "/etc/profile", "/etc/bash.bashrc",
	"/etc/systemd/system", ".config/systemd/user", "/lib/systemd/system", "systemctl enable", "/etc/rc.local", "/etc/init.d/",
	"ld.so.preload", ".config/autostart", "currentversion\\run", "/etc/update-motd.d", "/etc/ld.so.conf.d",
	".pth", "sitecustomize.py", "usercustomize.py",
}

// persistTechnique maps an autostart location to its ATT&CK technique.
func persistTechnique(mark string) []string {
	switch {
	case strings.Contains(mark, "cron") || mark == "@reboot":
		return []string{"T1053.003"}
	case mark == "authorized_keys":
		return []string{"T1098.004"}
	case strings.Contains(mark, "systemd") || mark == "systemctl enable":
		return []string{"T1543.002"}
	case strings.Contains(mark, "rc.local") || strings.Contains(mark, "init.d"):
		return []string{"T1037.004"}
	case strings.Contains(mark, "ld.so"):
		return []string{"T1574.006"}
	case mark == ".pth" || strings.Contains(mark, "customize"):
		return []string{"T1546.018"}
	case strings.Contains(mark, "autostart") || strings.Contains(mark, "\\run"):
		return []string{"T1547.001"}
	}
	return []string{"T1546.004"} // shell rc and profile files
}

// runPersistence: writes to autostart locations, or shell commands that
// install them.
func runPersistence(c *Context) []Finding {
	var out []Finding
	for i, f := range c.facts() {
		if f&(factWrite|factWriteAsk|factProcess) == 0 {
			continue
		}
		k := &c.P.Calls[i]
		var t string
		switch {
		case c.writes(i, f):
			t = c.pathArg(k)
			if t == "" {
				t = c.text(flow.Span{Start: k.Callee.Start, End: k.Close})
			}
		case f&factProcess != 0:
			t = c.callText(k)
			l := strings.ToLower(t)
			// shell redirections and installers only
			if !strings.Contains(l, ">>") && !strings.Contains(l, "> ") && !strings.Contains(l, "systemctl enable") &&
				!strings.Contains(l, "crontab -") && !strings.Contains(l, "tee ") && !strings.Contains(l, "cp ") && !strings.Contains(l, "@reboot") {
				continue
			}
		default:
			continue
		}
		n := lowerAnyOf(t, persistMarks...)
		if n == "" && c.writes(i, f) {
			if a, ok := k.Arg(0, "file"); ok {
				if j, ok := c.P.Reaches(a, func(i int) bool {
					tk := c.P.Toks[i]
					return tk.Kind == pytoken.String && len(tk.Text) < 256 && lowerAnyOf(tk.Text, persistMarks...) != ""
				}); ok {
					n = lowerAnyOf(c.P.Toks[j].Text, persistMarks...)
				}
			}
		}
		if n != "" {
			if n == "crontab -" && strings.Contains(strings.ToLower(t), "crontab -l") && !strings.Contains(t, "|") {
				continue // listing the crontab is discovery
			}
			out = append(out, Finding{Lines: c.callLines(k), Message: fmt.Sprintf("%s installs persistence via %s", k.Func, quote(n)), Techniques: persistTechnique(n)})
		}
	}
	if len(out) > 0 && len(c.strs(func(v string) bool { return shellDownloadRun(v) != "" })) > 0 {
		for i := range out { // the planted line fetches and runs a payload each time it fires
			out[i].Techniques = append(out[i].Techniques, "T1105", "T1059.004")
		}
	}
	// python-crontab and similar: CronTab(...).new(command=...) + write()
	for _, k := range c.calls("crontab.CronTab", "CronTab") {
		out = append(out, Finding{Lines: c.callLines(k), Message: "edits the crontab with python-crontab", Techniques: []string{"T1053.003"}})
	}
	return out
}
