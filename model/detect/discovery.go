package detect

import (
	"fmt"
	"sort"
	"strings"
)

var discoveryCalls = map[string]string{
	"platform.node": "host", "platform.uname": "system", "platform.system": "system", "platform.platform": "system",
	"platform.release": "system", "platform.version": "system", "platform.machine": "system", "platform.processor": "system",
	"socket.gethostname": "host", "socket.getfqdn": "host", "os.uname": "system", "getpass.getuser": "user",
	"os.getlogin": "user", "pwd.getpwall": "user", "os.getuid": "user", "psutil.process_iter": "processes",
	"psutil.pids": "processes", "psutil.net_if_addrs": "network", "psutil.net_connections": "network",
	"netifaces.interfaces": "network", "psutil.disk_partitions": "files", "psutil.users": "user",
}

// discoverySet filters the calls of a script before discoveryCalls is
// asked: most calls are in neither, and the set answers without hashing.
var discoverySet = func() *strSet {
	var keys []string
	for k := range discoveryCalls {
		keys = append(keys, k)
	}
	return setOf(keys)
}()

var discoveryCommands = map[string]string{
	"whoami": "user", "id ": "user", "uname": "system", "hostname": "host", "ifconfig": "network", "ip a": "network",
	"ip addr": "network", "ip route": "network", "ps aux": "processes", "ps -ef": "processes", "netstat": "network",
	"ss -": "network", "/etc/passwd": "user", "cat /proc/version": "system", "/proc/net/": "network", "lscpu": "system",
	"gcloud projects list": "cloud", "gcloud compute instances list": "cloud", "gcloud iam": "cloud",
	"kubectl get": "cloud", "aws sts get-caller-identity": "cloud", "aws s3 ls": "cloud", "crontab -l": "user",
	"/etc/os-release": "system", "env": "user", "last ": "user", "w ": "user",
}

// runDiscovery: system, user, network, process and cloud discovery (T1082,
// T1033, T1016, T1057, T1580, T1613). One primitive is routine; the
// detector fires when two or more kinds are gathered.
func runDiscovery(c *Context) []Finding {
	ls := lineSet{}
	kinds := map[string]bool{}
	for i, f := range c.facts() {
		if f&(factDiscovery|factProcess) == 0 {
			continue
		}
		k := &c.P.Calls[i]
		if discoverySet.has(k.Func) {
			ls.add(c.callLines(k)...)
			kinds[discoveryCalls[k.Func]] = true
			continue
		}
		if f&factProcess == 0 {
			continue
		}
		t := c.callText(k) + " "
		for cmd, kind := range discoveryCommands {
			if strings.HasPrefix(strings.TrimSpace(t), strings.TrimSpace(cmd)) || strings.Contains(t, " "+cmd) || strings.Contains(t, ";"+cmd) || strings.Contains(t, "/"+cmd) {
				ls.add(c.callLines(k)...)
				kinds[kind] = true
			}
		}
	}
	for _, s := range c.slashStrs(litSystemFile, func(string) bool { return true }) { // starts with /proc/net/ or is /etc/passwd
		ls.add(c.tokLines(s.tok)...)
		kinds["files"] = true
	}
	if len(kinds) < 2 {
		return nil
	}
	var names, tech []string
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		tech = append(tech, map[string]string{"host": "T1082", "system": "T1082", "user": "T1033", "network": "T1016",
			"processes": "T1057", "files": "T1083", "cloud": "T1580"}[k])
	}
	return []Finding{{Lines: ls.sorted(), Message: fmt.Sprintf("gathers %s information", strings.Join(names, ", ")), Strength: float64(len(kinds)) / 3, Techniques: uniq(tech)}}
}
