package detect

import (
	"strings"
)

// runFileless: anonymous in-memory files and executable memory: memfd +
// exec of /proc/self/fd, ctypes mmap/VirtualAlloc with execute rights and
// function pointers to buffers, ptrace and process memory writes.
func runFileless(c *Context) []Finding {
	ls := lineSet{}
	var why []string
	for _, k := range c.calls("os.memfd_create") {
		ls.add(c.callLines(k)...)
		why = append(why, "os.memfd_create")
	}
	for _, k := range c.callsNamed("memfd_create", "syscall", "VirtualAlloc", "VirtualAllocEx", "VirtualProtect", "WriteProcessMemory", "CreateRemoteThread", "CreateThread", "ptrace", "mprotect", "process_vm_writev") {
		if k.Func == "os.memfd_create" {
			continue
		}
		if k.Method() == "syscall" {
			if n, ok := c.P.Int(firstArg(k)); !ok || n != 319 && n != 279 && n != 101 { // memfd_create x86_64 / arm64, ptrace
				continue
			}
		}
		ls.add(c.callLines(k)...)
		why = append(why, k.Method())
	}
	for _, s := range c.slashStrs(slashProcFD|slashProcMem, func(string) bool { return true }) {
		ls.add(c.tokLines(s.tok)...)
		why = append(why, quote(s.value))
	}
	// RWX memory: mmap with PROT_EXEC plus a ctypes function pointer.
	exe := false
	for _, i := range c.names("PROT_EXEC") {
		ls.add(c.tokLines(i)...)
		exe = true
	}
	for _, i := range c.names("PAGE_EXECUTE_READWRITE") {
		ls.add(c.tokLines(i)...)
		exe = true
	}
	if exe {
		why = append(why, "executable memory mapping")
		for _, k := range c.calls("ctypes.CFUNCTYPE", "ctypes.cast", "ctypes.memmove", "ctypes.string_at") {
			ls.add(c.callLines(k)...)
			why = append(why, k.Func)
		}
	}
	if len(why) == 0 {
		return nil
	}
	f := one(ls, "fileless or in-memory execution: "+strings.Join(uniq(why), ", "))
	f[0].Techniques = filelessTechniques(why)
	return f
}

// filelessTechniques: code run from memory (T1620), kept in an anonymous
// memory file (T1027.011), or written into another process (T1055, ptrace
// T1055.008).
func filelessTechniques(why []string) []string {
	tech := []string{"T1620"}
	for _, w := range why {
		switch {
		case strings.Contains(w, "memfd") || strings.Contains(w, "/fd/"):
			tech = append(tech, "T1027.011")
		case w == "ptrace":
			tech = append(tech, "T1055.008")
		case w == "WriteProcessMemory" || w == "CreateRemoteThread" || w == "VirtualAllocEx" || w == "process_vm_writev" || strings.Contains(w, "/mem"):
			tech = append(tech, "T1055")
		}
	}
	return uniq(tech)
}
