package detect

import (
	"path"
	"strings"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
)

// Per-finding ATT&CK attribution. A detector's registry entry lists every
// technique its findings may show; these helpers pick the ones a finding
// does show, by the rules in model/corpus/README.md ("Technique labels").

// shellFuncs always hand their command to /bin/sh.
var shellFuncs = setOf([]string{
	"os.system", "os.popen", "os.popen2", "os.popen3", "os.popen4", "commands.getoutput", "commands.getstatusoutput",
	"subprocess.getoutput", "subprocess.getstatusoutput", "asyncio.create_subprocess_shell", "platform.popen",
})

// shellPrograms are Unix shells by file name.
var shellPrograms = map[string]bool{"sh": true, "bash": true, "dash": true, "zsh": true, "ksh": true, "ash": true, "busybox": true, "csh": true, "tcsh": true, "fish": true}

// viaShell reports a process call whose command a Unix shell runs: a
// function that always uses /bin/sh, shell=True, or a shell as the program
// (subprocess.run(["bash", "-c", …]), pty.spawn("/bin/sh"), os.execl("/bin/sh", …)).
func (c *Context) viaShell(k *flow.Call) bool {
	if shellFuncs.has(k.Func) {
		return true
	}
	if s, ok := k.Arg(-1, "shell"); ok && s.End-s.Start == 1 {
		if t := c.P.Toks[s.Start].Text; t == "True" || t == "1" {
			return true
		}
	}
	return shellProgram(c.text(firstArg(k)))
}

// shellProgram reports a command text whose first word is a shell.
func shellProgram(cmd string) bool {
	f := strings.Fields(cmd)
	return len(f) > 0 && shellPrograms[path.Base(f[0])]
}

// masqueradeNames are kernel threads and system daemons whose names droppers
// borrow for their payloads (T1036.005).
var masqueradeNames = []string{
	"kworker", "kthreadd", "kswapd", "ksoftirqd", "kdevtmpfs", "migration", "rcu_sched", "watchdog",
	"systemd", "syslogd", "rsyslogd", "journald", "udevd", "sshd", "crond", "cron", "dbus-daemon", "apt-daily",
	"snapd", "containerd", "dockerd", "kubelet", "_MEI",
}

// masquerades reports a file name (hidden dot aside) that is a system
// program's or kernel thread's, exactly or followed by digits or a
// separator: "kworker", ".kswapd0", "sshd-update" but not "kworkerd".
func masquerades(base string) bool {
	b := strings.TrimPrefix(base, ".")
	for _, n := range masqueradeNames {
		if !strings.HasPrefix(b, n) {
			continue
		}
		rest := b[len(n):]
		if rest == "" || strings.IndexByte("0123456789-_/:.", rest[0]) >= 0 || n == "_MEI" {
			return true
		}
	}
	return false
}

// webhookHosts, storageHosts and webServiceHosts are legitimate services
// that data is exfiltrated to (T1567.004, T1567.002, T1567).
var (
	webhookHosts    = []string{"discord.com/api/webhooks", "discordapp.com/api/webhooks", "hooks.slack.com", "webhook.site", "pipedream.net", "requestbin", "office.com/webhook"}
	storageHosts    = []string{"storage.googleapis.com", ".s3.", "s3.amazonaws.com", "blob.core.windows.net", "content.dropboxapi.com", "dropbox.com", "drive.google.com", "googleapis.com/upload/"}
	webServiceHosts = []string{"api.telegram.org", "pastebin.com", "paste.ee", "hastebin", "ghostbin", "transfer.sh", "api.github.com", "gist.github", "ngrok", "trycloudflare.com",
		"file.io", "gofile.io", "anonfiles", "bashupload", "termbin.com", "0x0.st", "serveo.net"}
)

// exfilTechnique is how a send of collected data leaves: over a web
// service (T1567 and its webhook and cloud storage sub-techniques), over
// mail or FTP (T1048.003), else over the attacker's own channel (T1041).
func (c *Context) exfilTechnique(k *flow.Call) string {
	f := k.Func
	if strings.HasPrefix(f, "smtplib.") || strings.HasPrefix(f, "ftplib.") {
		return "T1048.003"
	}
	switch k.Method() {
	case "sendmail", "send_message", "storbinary", "storlines":
		return "T1048.003"
	}
	dest := c.callText(k)
	if h, ok := c.sendHost(k); ok {
		dest = h + " " + dest
	}
	dest = strings.ToLower(dest)
	switch {
	case anyOf(dest, webhookHosts...) != "":
		return "T1567.004"
	case anyOf(dest, storageHosts...) != "":
		return "T1567.002"
	case anyOf(dest, webServiceHosts...) != "":
		return "T1567"
	}
	return "T1041"
}

// callPort is the port a connect/bind-like call names: the last integer
// (literal or constant name) in its first argument, e.g. 4444 in
// s.connect(("203.0.113.7", 4444)).
func (c *Context) callPort(k *flow.Call) (int64, bool) {
	a, ok := k.Arg(0, "address")
	if !ok {
		return 0, false
	}
	port, found := int64(0), false
	for i := a.Start; i < a.End && i < len(c.P.Toks); i++ {
		t := c.P.Toks[i]
		if t.Kind != pytoken.Number && (t.Kind != pytoken.Name || i > 0 && c.P.Is(i-1, ".")) {
			continue
		}
		if n, ok := c.P.Int(flow.Span{Start: i, End: i + 1}); ok && n > 0 && n < 65536 {
			port, found = n, true
		}
	}
	return port, found
}

// oddPort reports a literal port that its traffic does not usually use
// (T1571): anything but HTTP, HTTPS and DNS, for shells on raw sockets.
func (c *Context) oddPort(calls []*flow.Call) bool {
	for _, k := range calls {
		if p, ok := c.callPort(k); ok && p != 80 && p != 443 && p != 53 {
			return true
		}
	}
	return false
}

// shellTechniques are a reverse or bind shell's: raw-socket C2 (T1095), a
// Unix shell or Python run on what arrives (T1059.004, T1059.006), and a
// non-standard port (T1571).
func (c *Context) shellTechniques(how []string, sockets []*flow.Call) []string {
	tech := []string{"T1095"}
	shell, py := false, false
	for _, h := range how {
		if strings.HasPrefix(h, "exec") || strings.HasPrefix(h, "eval") || strings.HasPrefix(h, "compile") {
			py = true
		} else {
			shell = true
		}
	}
	if shell {
		tech = append(tech, "T1059.004")
	}
	if py {
		tech = append(tech, "T1059.006")
	}
	if c.oddPort(sockets) {
		tech = append(tech, "T1571")
	}
	return tech
}

// idiomTechniques are a shell one-liner's (/dev/tcp, nc -e): a Unix shell
// on a raw socket, on a non-standard port when /dev/tcp/HOST/PORT names one.
func idiomTechniques(v string) []string {
	tech := []string{"T1059.004", "T1095"}
	for _, dev := range []string{"/dev/tcp/", "/dev/udp/"} {
		i := strings.Index(v, dev)
		if i < 0 {
			continue
		}
		rest := v[i+len(dev):]
		j := strings.IndexByte(rest, '/')
		if j < 0 {
			continue
		}
		port := rest[j+1:]
		k := 0
		for k < len(port) && port[k] >= '0' && port[k] <= '9' {
			k++
		}
		if p := port[:k]; p != "" && p != "80" && p != "443" && p != "53" {
			tech = append(tech, "T1571")
		}
	}
	return uniq(tech)
}
