package detect

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
)

// The fast paths must answer exactly like the plain scans they replace.

// TestGramIndexAny: packerNames finds a packer marker in a name iff
// packerMatcher does, at every position and length.
func TestGramIndexAny(t *testing.T) {
	var names []string
	for _, m := range packerMarks {
		for _, pre := range []string{"", "x", "_a", "abc", "abcd_", "ABCDEFGH"} {
			for _, post := range []string{"", "y", "_b", "xyz", "tail_x", "TAILTAILT"} {
				names = append(names, pre+m+post, pre+m[:len(m)-1]+post, pre+strings.ToUpper(m)+post, pre+m[1:]+post)
			}
		}
	}
	names = append(names, "", "a", "pyarmo", "nuitk", "__init__", "self", "PyInstalle", "kramer", "Kramer")
	r := rand.New(rand.NewSource(1))
	const alphabet = "_pyarmortnsfiuMEIPASkcldBOFHbxK"
	for i := 0; i < 20000; i++ {
		b := make([]byte, 1+r.Intn(24))
		for j := range b {
			b[j] = alphabet[r.Intn(len(alphabet))]
		}
		names = append(names, string(b))
	}
	for _, n := range names {
		if got, want := packerNames.any(n), packerMatcher.find(n) != ""; got != want {
			t.Errorf("packerNames.any(%q) = %v, matcher says %v", n, got, want)
		}
	}
}

// TestSlashFacts: each fact is the substring test it stands for.
func TestSlashFacts(t *testing.T) {
	tests := []string{
		"", "/", "//", ":/", "://", "a://b", "http://1.2.3.4/x", "x:/ /", "/proc/self/fd/3", "/proc/self/fd",
		"/proc/self/mem", "/proc/self/memory", "cat /proc/self/maps", "x/proc/self/fd/", "https:///proc/self/mem",
		"a/b/c", "ftp:/", "/:/", "::://", "/proc/self/", "//proc/self/fd/",
	}
	r := rand.New(rand.NewSource(2))
	const alphabet = ":/procselfdm"
	for i := 0; i < 20000; i++ {
		b := make([]byte, r.Intn(30))
		for j := range b {
			b[j] = alphabet[r.Intn(len(alphabet))]
		}
		tests = append(tests, string(b))
	}
	for _, v := range tests {
		f := slashFacts(v)
		for _, c := range []struct {
			bit    uint8
			needle string
		}{{slashURL, "://"}, {slashProcFD, "/proc/self/fd/"}, {slashProcMem, "/proc/self/mem"}} {
			if got, want := f&c.bit != 0, strings.Contains(v, c.needle); got != want {
				t.Errorf("slashFacts(%q) has %q: %v, want %v", v, c.needle, got, want)
			}
		}
	}
}

// TestCallFacts: the cached facts of a call are the answers of the
// predicates, on calls of every kind the fixtures hold.
func TestCallFacts(t *testing.T) {
	src := `import os, subprocess, requests, socket, shutil, urllib.request, pathlib
os.system("id")
subprocess.Popen(["sh"])
exec(code)
eval("1")
requests.get(u)
requests.post(u, data=d)
s = socket.socket()
s.connect(("h", 1))
s.recv(10)
s.send(b"x")
x.post(1)
x.send(2)
open("f", "w")
open("f")
io.open("f", mode="a")
os.open("f", os.O_WRONLY)
shutil.copy(a, b)
pathlib.Path("p").write_text("t")
urllib.request.urlretrieve(u, f)
urllib.request.urlopen(u, data=b"x")
urllib.request.urlopen(urllib.request.Request(u, data=b"x"))
urllib.request.urlopen(u)
http.request("POST", u)
boto.upload_file(f, b, k)
print("x")
`
	c := NewContext(flow.Build(pytoken.Tokenize([]byte(src)), nil), 0)
	if len(c.P.Calls) < 20 {
		t.Fatalf("only %d calls", len(c.P.Calls))
	}
	for i, f := range c.facts() {
		k := &c.P.Calls[i]
		for _, q := range []struct {
			name      string
			got, want bool
		}{
			{"isProcess", f&factProcess != 0, isProcess(k)},
			{"isExec", f&factExec != 0, isExec(k)},
			{"isFetch", f&factFetch != 0, c.isFetch(k)},
			{"isSend", c.sends(i, f), c.isSend(k)},
			{"isWrite", c.writes(i, f), c.isWrite(k)},
		} {
			if q.got != q.want {
				t.Errorf("%s: %s from facts %v, predicate %v", k.Func, q.name, q.got, q.want)
			}
		}
	}
}
