package detect

import (
	"fmt"
	"strings"
)

// Capabilities: primitives that alone are not malice (GuardDog v3). They
// give the scorer context; threats pair with them.

func runProcessSpawn(c *Context) []Finding {
	ls := lineSet{}
	var names []string
	shell := false
	for _, k := range c.processCalls() {
		ls.add(c.callLines(k)...)
		if !contains(names, k.Func) {
			names = append(names, k.Func)
		}
		shell = shell || c.viaShell(k)
	}
	f := one(ls, "spawns processes via "+strings.Join(names, ", "))
	if len(f) > 0 && !shell {
		f[0].NoTechnique = true // a program run without a shell is no T1059.004
	}
	return f
}

func runDynamicExec(c *Context) []Finding {
	ls := lineSet{}
	var names []string
	for _, k := range c.execCalls() {
		if k.Func == "compile" {
			if v, ok := c.argValue(k, 2, "mode"); !ok || v.S != "exec" && v.S != "eval" && v.S != "single" {
				continue // re.compile-like or unknown mode
			}
		}
		ls.add(c.callLines(k)...)
		if !contains(names, k.Func) {
			names = append(names, k.Func)
		}
	}
	return one(ls, "runs Python code from text via "+strings.Join(names, ", "))
}

func runNetworkAccess(c *Context) []Finding {
	ls := lineSet{}
	n := 0
	for i, f := range c.facts() {
		if f&(factFetch|factSend|factSendAsk|factSocket) == 0 {
			continue
		}
		k := &c.P.Calls[i]
		if f&factFetch != 0 || c.sends(i, f) || k.Func == "socket.socket" || k.Func == "socket.create_connection" {
			ls.add(c.callLines(k)...)
			n++
		}
	}
	return one(ls, fmt.Sprintf("uses the network (%d call sites)", n))
}

func runNativeCode(c *Context) []Finding {
	ls := lineSet{}
	for _, k := range c.callsWith(factCtypes) { // Func starts with "ctypes."
		ls.add(c.callLines(k)...)
	}
	return one(ls, "loads native code or calls C functions through ctypes")
}
