package flow

import (
	"strings"
	"testing"

	"github.com/pytriage/pytriage/model/pytoken"
)

func build(src string) *Program { return Build(pytoken.Tokenize([]byte(src)), nil) }

func TestConstFolding(t *testing.T) {
	tests := []struct {
		name, src, v, want string
	}{
		{"concat", `x = "so" + "cket"`, "x", "socket"},
		{"adjacent", `x = "so" "cket"`, "x", "socket"},
		{"propagate", "a = 'ex'\nb = 'ec'\nc = a + b", "c", "exec"},
		{"augmented", "a = 'ex'\na += 'ec'", "a", "exec"},
		{"reverse", `x = "tekcos"[::-1]`, "x", "socket"},
		{"chr", `x = chr(115)+chr(111)+chr(99)+chr(107)+chr(101)+chr(116)`, "x", "socket"},
		{"chr-arith", `x = chr(100+15)+chr(0x6f)`, "x", "so"},
		{"join-list", `x = ''.join(['so', 'ck', 'et'])`, "x", "socket"},
		{"join-map-chr", `x = ''.join(map(chr, [115, 111, 99, 107, 101, 116]))`, "x", "socket"},
		{"join-gen-chr", `x = "".join(chr(c) for c in [115, 111])`, "x", "so"},
		{"join-lambda", `x = "".join(map(lambda c: chr(c - 1), [116, 112]))`, "x", "so"},
		{"bytes-list", `x = bytes([115, 111, 99, 107, 101, 116]).decode()`, "x", "socket"},
		{"fromhex", `x = bytes.fromhex("736f636b6574").decode("utf-8")`, "x", "socket"},
		{"percent", `x = "%s%s" % ("so", "cket")`, "x", "socket"},
		{"format", `x = "{}{}".format("so", "cket")`, "x", "socket"},
		{"format-named", `x = "{a}cket".format(a="so")`, "x", "socket"},
		{"b64", "import base64 as b\nx = b.b64decode('c29ja2V0').decode()", "x", "socket"},
		{"codecs-rot13", "import codecs\nx = codecs.decode('fbpxrg', 'rot13')", "x", "socket"},
		{"xor", `x = bytes(b ^ 1 for b in b"rnbjdu").decode()`, "x", "socket"},
		{"xor-ord", `x = "".join(chr(ord(c) ^ 1) for c in "rnbjdu")`, "x", "socket"},
		{"tuple", `a, b = "so", "cket"` + "\nx = a + b", "x", "socket"},
		{"replace", `x = "sXoXcket".replace("X", "")`, "x", "socket"},
		{"split-join", `x = "".join("s|o|c|k|e|t".split("|"))`, "x", "socket"},
		{"index", `x = "abcs"[3] + "o"`, "x", "so"},
		{"repeat", `x = "ab" * 2`, "x", "abab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := build(tt.src)
			v, ok := p.Const(tt.v)
			if !ok || v.S != tt.want {
				t.Fatalf("Const(%q) = %q, %v; want %q", tt.v, v.S, ok, tt.want)
			}
		})
	}
}

func TestNotFolded(t *testing.T) {
	for _, src := range []string{
		"x = input()", "x = 'a' + y", "x = f'{y}'", "x = 1.5", "x = [1, 2]",
		"x = chr(99999999)", "x = 'a' * 99999999999",
	} {
		p := build(src)
		if v, ok := p.Const("x"); ok {
			t.Errorf("%q folded to %q", src, v.S)
		}
	}
}

func TestCallResolution(t *testing.T) {
	tests := []struct {
		name, src, want string
		via             string
		computed        bool
	}{
		{"import-as", "import base64 as b\nb.b64decode(x)", "base64.b64decode", "", false},
		{"from-as", "from os import system as s\ns('id')", "os.system", "", false},
		{"from-popen", "from subprocess import Popen as P\nP(['id'])", "subprocess.Popen", "", false},
		{"star", "from os import *\nsystem('id')", "os.system", "", false},
		{"dunder-import", `__import__("o"+"s").system("id")`, "os.system", "import", true},
		{"dunder-import-var", "x = 'so' + 'cket'\n__import__(x).socket()", "socket.socket", "import", true},
		{"importlib", "import importlib\nimportlib.import_module('os').popen('id')", "os.popen", "import", false},
		{"getattr-builtins", `import builtins` + "\n" + `getattr(builtins, "ex" + "ec")("print(1)")`, "exec", "getattr", true},
		{"getattr-dunder", `getattr(__builtins__, "eval")("1")`, "eval", "getattr", false},
		{"builtins-dict", `__builtins__.__dict__["ex"+"ec"]("1")`, "exec", "subscript", true},
		{"globals", `globals()["__builtins__"].exec("1")`, "exec", "", false},
		{"vars", "import builtins\nvars(builtins)['eval']('1')", "eval", "subscript", false},
		{"assign-alias", "import os\nrun = os.system\nrun('id')", "os.system", "", false},
		{"assign-import", "m = __import__('subprocess')\nm.check_output(['id'])", "subprocess.check_output", "", false},
		{"assign-getattr", "import os\nf = getattr(os, 'sys' + 'tem')\nf('id')", "os.system", "", false},
		{"method-on-result", "import socket\ns = socket.socket()\ns.connect(('h', 1))", "socket.socket().connect", "", false},
		{"chained", "import requests\nrequests.get(u).json()", "requests.get().json", "", false},
		{"fstring-field", "x = f\"{__import__('os').system('id')}\"", "os.system", "", false},
		{"builtins-attr", "import builtins\nbuiltins.exec('1')", "exec", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := build(tt.src)
			cs := p.CallsTo(tt.want)
			if len(cs) == 0 {
				var got []string
				for _, c := range p.Calls {
					got = append(got, c.Func)
				}
				t.Fatalf("no call to %q; calls: %s", tt.want, strings.Join(got, ", "))
			}
			if tt.via != "" && (cs[0].Via != tt.via || cs[0].Computed != tt.computed) {
				t.Errorf("via %q computed %v; want %q %v", cs[0].Via, cs[0].Computed, tt.via, tt.computed)
			}
		})
	}
}

func TestReaches(t *testing.T) {
	src := "import base64, requests\nd = requests.get(u).text\ne = base64.b64decode(d)\nc = compile(e, 'x', 'exec')\nexec(c)\n"
	p := build(src)
	ex := p.CallsTo("exec")
	if len(ex) != 1 {
		t.Fatalf("exec calls: %d", len(ex))
	}
	a, _ := ex[0].Arg(0, "")
	c, ok := p.ReachesCall(a, func(c *Call) bool { return c.Func == "requests.get" })
	if !ok || c.Line != 2 {
		t.Fatalf("exec does not reach requests.get (line 2): %v %v", c, ok)
	}
	if _, ok := p.ReachesCall(a, func(c *Call) bool { return c.Func == "os.system" }); ok {
		t.Fatal("reached a call that is not there")
	}
}

func TestDecodedRecorded(t *testing.T) {
	p := build("import base64, zlib\ncode = zlib.decompress(base64.b64decode('eJwrKMrMK9FQT8usKCktSlXIz8upVNcEAFikB7Y='))\n")
	if len(p.Decoded) == 0 {
		t.Fatal("nothing decoded")
	}
	d := p.Decoded[0] // the outer expression comes first
	if d.Value.S != "print('fixture only')" || strings.Join(d.Chain, ",") != "base64,zlib" || d.Line != 2 {
		t.Fatalf("decoded %+v", d)
	}
}

func TestBoundedNesting(t *testing.T) {
	src := "x = " + strings.Repeat("(", 100000) + "'a'" + strings.Repeat(")", 100000)
	p := build(src)
	if _, ok := p.Const("x"); ok || !p.LimitsHit {
		t.Errorf("100000 nested parentheses: folded=%v limits=%v; want not folded, limits hit", ok, p.LimitsHit)
	}
	long := "x = " + strings.Repeat("'a' + ", 50000) + "'b'"
	p = build(long)
	if v, ok := p.Const("x"); !ok || len(v.S) != 50001 {
		t.Errorf("long concatenation: %d bytes, %v; want 50001", len(v.S), ok)
	}
	huge := "x = 'ab' * 100000000"
	p = build(huge)
	if _, ok := p.Const("x"); ok || !p.LimitsHit {
		t.Errorf("200 MB repeat folded or not flagged")
	}
}
