package detect

import (
	"fmt"
	"strings"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
)

var shellIdioms = newMatcher(false, "/dev/tcp/", "/dev/udp/", "nc -e", "ncat -e", "nc.traditional -e", "mkfifo")

var shellPaths = []string{"/bin/sh", "/bin/bash", "/bin/zsh", "/bin/dash", "sh -i", "bash -i", "cmd.exe", "powershell", "/bin/busybox"}

// isSocketCall: a method call on a socket-like object, not a module-level
// connect() such as sqlite3.connect.
func isSocketCall(k *flow.Call) bool {
	return strings.Contains(k.Func, "()") || strings.HasPrefix(k.Func, "?.") || strings.Contains(k.Func, "socket")
}

// netInput reports token i as data received from the network: .recv,
// .recvfrom, .makefile, a request handler's rfile or request.
func (c *Context) netInput(i int) bool {
	t := c.P.Toks[i]
	if t.Kind != pytoken.Name || i == 0 || !c.P.Is(i-1, ".") {
		return false
	}
	switch t.Text {
	case "recv", "recvfrom", "recv_into", "makefile", "rfile":
		return true
	}
	return false
}

// runReverseShell: a socket connects out and its descriptors become the
// shell's stdio (dup2, pty.spawn, subprocess with the socket's fileno), or
// received data is run as a command; also /dev/tcp and nc -e one-liners.
func runReverseShell(c *Context) []Finding {
	var out []Finding
	var connect []*flow.Call
	for _, k := range c.callsNamed("connect", "connect_ex", "create_connection", "sendto") {
		if k.Func == "socket.create_connection" || isSocketCall(k) {
			connect = append(connect, k)
		}
	}
	if len(connect) > 0 {
		ls := lineSet{}
		ls.add(c.callLines(connect[0])...)
		var how []string
		for _, k := range c.calls("os.dup2") {
			ls.add(c.callLines(k)...)
			how = append(how, "os.dup2")
		}
		for _, k := range c.processCalls() {
			t := c.callText(k)
			fileno := false
			for _, a := range k.Args {
				if a.Key == "stdin" || a.Key == "stdout" || a.Key == "stderr" {
					for i := a.Start; i < a.End; i++ {
						if c.P.Toks[i].Text == "fileno" || c.P.Toks[i].Text == "makefile" {
							fileno = true
						}
					}
				}
			}
			a, _ := k.Arg(0, "args")
			_, fromNet := c.P.ReachesWithin(a, 3, c.netInput)
			piped := hasKey(k, "stdin") && hasKey(k, "stdout")
			if anyOf(t, shellPaths...) != "" && (len(how) > 0 || fileno || piped || k.Func == "pty.spawn") || fromNet {
				ls.add(c.callLines(k)...)
				if fromNet {
					how = append(how, k.Func+" of received data")
				} else {
					how = append(how, k.Func+" shell")
				}
			}
		}
		for _, k := range c.execCalls() {
			a, _ := k.Arg(0, "")
			if _, ok := c.P.ReachesWithin(a, 3, c.netInput); ok {
				ls.add(c.callLines(k)...)
				how = append(how, k.Func+" of received data")
			}
		}
		if contains(how, "os.dup2") && len(how) > 1 || len(how) > 0 && !contains(how, "os.dup2") {
			out = append(out, Finding{Lines: ls.sorted(), Message: "outbound socket wired to a shell or command runner: " + strings.Join(uniq(how), ", "),
				Techniques: c.shellTechniques(how, connect)})
		}
	}
	for _, s := range c.famStrs(famShell, func(v string) bool {
		n := shellIdioms.find(v)
		return n != "" && (n != "mkfifo" || strings.Contains(v, "nc "))
	}) {
		out = append(out, Finding{Lines: c.tokLines(s.tok), Message: "shell reverse-connection idiom " + quote(s.value), Techniques: idiomTechniques(s.value)})
	}
	return out
}

// runBindShell: a listening socket whose accepted connection drives a shell
// or whose received data is run.
func runBindShell(c *Context) []Finding {
	listen := c.callsNamed("listen")
	accept := c.callsNamed("accept")
	bind := c.callsNamed("bind")
	servers := c.callsWith(factServer) // socketserver.*, SocketServer.*
	if (len(listen) == 0 || len(accept) == 0) && len(servers) == 0 {
		return nil
	}
	bind = append(bind, servers...)
	ls := lineSet{}
	for _, k := range append(append(bind, listen...), accept...) {
		ls.add(c.callLines(k)...)
	}
	var how []string
	for _, k := range c.calls("os.dup2") {
		ls.add(c.callLines(k)...)
		how = append(how, "os.dup2")
	}
	for _, k := range append(c.processCalls(), c.execCalls()...) {
		a, _ := k.Arg(0, "args")
		_, fromNet := c.P.ReachesWithin(a, 3, c.netInput)
		if fromNet || k.Func == "pty.spawn" || len(how) > 0 && anyOf(c.callText(k), shellPaths...) != "" {
			ls.add(c.callLines(k)...)
			how = append(how, k.Func)
		}
	}
	if len(uniq(how)) == 0 || len(uniq(how)) == 1 && how[0] == "os.dup2" {
		return nil // dup2 onto a fixed program is inetd, not a shell
	}
	return []Finding{{Lines: ls.sorted(), Message: fmt.Sprintf("listening socket drives %s", strings.Join(uniq(how), ", ")),
		Techniques: c.shellTechniques(how, bind)}}
}
