package detect

import (
	"fmt"
	"strings"

	"github.com/pytriage/pytriage/model/flow"
)

var historyMarks = []string{"history -c", "histfile", ".bash_history", ".zsh_history", "histsize=0", "unset histfile", ".python_history", "history -w"}

var systemLogs = []string{"/var/log/auth.log", "/var/log/secure", "/var/log/syslog", "/var/log/messages", "/var/log/wtmp", "/var/log/btmp",
	"/var/log/lastlog", "/var/run/utmp", "/var/log/audit", "/var/log/kern.log", "journalctl --vacuum", "journalctl --rotate", "/var/log/*", "rm -rf /var/log"}

var monitorNames = []string{"auditd", "falco", "osqueryd", "sysdig", "wazuh", "ossec", "crowdstrike", "falcon-sensor", "aliyun", "aegis",
	"qcloud", "bcm-agent", "cloudmonitor", "google-fluentd", "google_osconfig_agent", "stackdriver", "datadog-agent", "newrelic",
	"kdevtmpfsi", "kinsing", "xmrig", "minerd", "apparmor", "selinux", "firewalld", "ufw"}

var disableMarks = []string{"setenforce 0", "ufw disable", "iptables -f", "iptables --flush", "systemctl stop", "systemctl disable",
	"service auditd stop", "chattr -i", "kernel.nmi_watchdog=0", "/proc/sys/kernel/nmi_watchdog", "pkill", "killall", "kill -9"}

// runDefenseEvasion: history and log clearing, killing monitors or rival
// miners, disabling security controls (T1070.003, T1070.002, T1562.001,
// T1562.004).
func runDefenseEvasion(c *Context) []Finding {
	var out []Finding
	for i, f := range c.facts() {
		if f&(factProcess|factWrite|factWriteAsk|factFileOp) == 0 {
			continue // (the kill case below does nothing)
		}
		k := &c.P.Calls[i]
		var t string
		switch {
		case f&factProcess != 0:
			t = strings.ToLower(c.callText(k))
		case c.writes(i, f) || k.Func == "os.remove" || k.Func == "os.unlink" || k.Func == "shutil.rmtree" || k.Func == "os.truncate" || k.Func == "os.symlink":
			t = strings.ToLower(c.callText(k))
		case k.Func == "os.kill" || strings.HasSuffix(k.Func, ".kill") || strings.HasSuffix(k.Func, ".terminate"):
			// psutil loops: kill processes whose name matches a monitor
			st := c.P.StmtOf(k.Open)
			_ = st
			continue
		case k.Func == "os.environ.pop" || k.Func == "os.unsetenv" || k.Func == "os.putenv":
			t = strings.ToLower(c.callText(k))
		default:
			continue
		}
		var why string
		var tech []string
		if n := anyOf(t, historyMarks...); n != "" {
			why, tech = "clears shell history "+quote(n), []string{"T1070.003"}
		} else if n := anyOf(t, systemLogs...); n != "" && !strings.HasPrefix(k.Func, "open") || n != "" && c.writes(i, f) {
			why, tech = "tampers with system logs "+quote(n), []string{"T1070.002"}
		} else if n := anyOf(t, disableMarks...); n != "" && f&factProcess != 0 {
			tech = []string{"T1562.001"}
			target := anyOf(t, monitorNames...)
			if target == "" && (n == "pkill" || n == "killall" || n == "kill -9" || n == "systemctl stop" || n == "systemctl disable") {
				continue
			}
			why = fmt.Sprintf("disables or kills defences %s %s", quote(n), quote(target))
		}
		if why != "" {
			out = append(out, Finding{Lines: c.callLines(k), Message: why, Techniques: tech})
		}
	}
	// timestomping: file times copied from another file
	for _, k := range c.calls("os.utime") {
		if len(k.Args) < 2 {
			continue
		}
		if _, ok := c.P.Reaches(k.Args[1].Span, func(i int) bool {
			t := c.P.Toks[i].Text
			return t == "st_mtime" || t == "st_atime" || t == "st_mtime_ns" || t == "st_atime_ns"
		}); ok {
			out = append(out, Finding{Lines: c.callLines(k), Message: "copies another file's timestamps (timestomping)", Techniques: []string{"T1070.006"}})
		}
	}
	// a list of monitor/rival names next to a kill in the script
	kills := append(c.calls("os.kill"), c.callsNamed("kill", "terminate")...)
	if len(kills) > 0 {
		ls := lineSet{}
		var names []string
		for _, s := range c.famStrs(famMonitor, func(v string) bool { return len(v) < 40 && monitorMatcher.find(v) != "" }) {
			ls.add(c.tokLines(s.tok)...)
			names = append(names, quote(s.value))
		}
		if len(names) > 0 {
			for _, k := range kills {
				ls.add(c.callLines(k)...)
			}
			out = append(out, Finding{Lines: ls.sorted(), Message: "kills monitoring agents or rival miners: " + strings.Join(uniq(names), ", "), Techniques: []string{"T1562.001"}})
		}
	}
	return out
}

var sandboxMarks = []string{"vbox", "virtualbox", "vmware", "qemu", "sandbox", "cuckoo", "/sys/class/dmi/id/product_name",
	"/sys/class/dmi/id/sys_vendor", "hypervisor", "wine_get_unix_file_name", "sbiedll", "/proc/scsi/scsi", "vmtoolsd", "joeboxserver",
	"any.run", "triage", "malware", "virustotal"}

var sandboxMatcher = newMatcher(true, sandboxMarks...)

var monitorMatcher = newMatcher(true, monitorNames...)

// runSandboxCheck: checks for virtual machines, sandboxes and debuggers
// before acting (T1497.001, T1622).
func runSandboxCheck(c *Context) []Finding {
	ls := lineSet{}
	var why []string
	for _, s := range c.famStrs(famSandbox, func(v string) bool { return len(v) < 200 && sandboxMatcher.find(v) != "" }) {
		st := c.P.StmtOf(s.tok)
		if c.P.Toks[st.Start].Text != "if" && c.P.Toks[st.Start].Text != "elif" && !c.inList(st) {
			continue
		}
		ls.add(c.tokLines(s.tok)...)
		why = append(why, quote(sandboxMatcher.find(s.value)))
	}
	for _, k := range c.calls("sys.gettrace", "ctypes.windll.kernel32.IsDebuggerPresent") {
		ls.add(c.callLines(k)...)
		why = append(why, k.Func)
	}
	if len(why) == 0 {
		return nil
	}
	f := one(ls, "checks for sandboxes or debuggers: "+strings.Join(uniq(why), ", "))
	for _, w := range why {
		if strings.Contains(w, "gettrace") || strings.Contains(w, "IsDebuggerPresent") {
			f[0].Techniques = append(f[0].Techniques, "T1622")
		} else {
			f[0].Techniques = append(f[0].Techniques, "T1497.001")
		}
	}
	f[0].Techniques = uniq(f[0].Techniques)
	return f
}

// inList: the statement assigns a list, tuple or set literal (a blocklist).
func (c *Context) inList(st flow.Stmt) bool {
	return st.End-st.Start > 3 && c.P.Is(st.Start+1, "=") && (c.P.Is(st.Start+2, "[") || c.P.Is(st.Start+2, "(") || c.P.Is(st.Start+2, "{"))
}
