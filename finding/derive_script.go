package finding

import (
	"encoding/json"
	"path"
	"strings"
)

// Script is the code a finding is about: a script file the interpreter
// ran, or the literal code given on its command line with -c. Fields are
// attacker-controlled text, decoded but not sanitised.
type Script struct {
	Path            string // empty for a literal
	Contents        string // a prefix of the file; may be truncated
	Size            int64  // size of the whole file (len(Contents) for a literal)
	HashedSize      int64
	SHA256          string
	PartiallyHashed bool
	Literal         bool // code from `python3 -c CODE` (or `sh -c` for shell findings)
	ArgsTruncated   bool // the process's argument list was truncated by the detector
	Interpreter     string
	Language        string // "python" or "bash"
}

// Languages a Script can be in.
const (
	LangPython = "python"
	LangBash   = "bash"
)

// ScriptOf finds the script of a finding: the script file of the first
// process that has one; else the literal code after -c of the first python
// process; else, for lack of anything better, the literal of a shell run
// with -c. ok is false when the finding carries no code at all.
func ScriptOf(f *Finding) (Script, bool) {
	if f == nil {
		return Script{}, false
	}
	for i := range f.Processes {
		p := &f.Processes[i]
		if p.Script == nil || p.Script.Path == "" && p.Script.Contents == "" {
			continue
		}
		s := Script{
			Path:            DecodeJSONString(p.Script.Path),
			Contents:        p.Script.Contents,
			Size:            p.Script.Size,
			HashedSize:      p.Script.HashedSize,
			SHA256:          p.Script.SHA256,
			PartiallyHashed: p.Script.PartiallyHashed,
			ArgsTruncated:   p.ArgumentsTruncated,
			Interpreter:     interpreterOf(p),
		}
		s.Language = languageOf(f.Category, s.Interpreter, s.Path)
		return s, true
	}
	for _, shell := range []bool{false, true} {
		for i := range f.Processes {
			p := &f.Processes[i]
			interp := interpreterOf(p)
			if isShell(interp) != shell || !shell && !isPython(interp) {
				continue
			}
			code, ok := literalCode(DecodedArgs(p), shell)
			if !ok {
				continue
			}
			lang := LangPython
			if shell {
				lang = LangBash
			}
			return Script{
				Contents:      code,
				Size:          int64(len(code)),
				Literal:       true,
				ArgsTruncated: p.ArgumentsTruncated,
				Interpreter:   interp,
				Language:      lang,
			}, true
		}
	}
	return Script{}, false
}

// DecodeJSONString undoes the "JSON encoded string" form SCC uses for
// args, paths and env values: a value that is a quoted JSON string is
// decoded; anything else is returned unchanged.
func DecodeJSONString(s string) string {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return s
	}
	var out string
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		return s
	}
	return out
}

// DecodedArgs returns the process arguments with JSON-encoded values
// decoded.
func DecodedArgs(p *Process) []string {
	args := make([]string, len(p.Args))
	for i, a := range p.Args {
		args[i] = DecodeJSONString(a)
	}
	return args
}

// interpreterOf names the program that ran: the binary's path, else argv[0].
func interpreterOf(p *Process) string {
	if p.Binary != nil && p.Binary.Path != "" {
		return DecodeJSONString(p.Binary.Path)
	}
	if len(p.Args) > 0 {
		return DecodeJSONString(p.Args[0])
	}
	return DecodeJSONString(p.Name)
}

func isPython(prog string) bool {
	base := path.Base(prog)
	return strings.HasPrefix(base, "python") || strings.HasPrefix(base, "pypy")
}

func isShell(prog string) bool {
	switch path.Base(prog) {
	case "sh", "bash", "dash", "ash", "zsh", "ksh", "busybox":
		return true
	}
	return false
}

// languageOf picks the lexer: Bash for shell interpreters, .sh files and
// the shell-script categories; Python otherwise (scc-findings.md §4).
func languageOf(category, interp, scriptPath string) string {
	cat := strings.ToLower(category)
	switch {
	case isPython(interp), strings.HasSuffix(scriptPath, ".py"), strings.Contains(cat, "python"):
		return LangPython
	case isShell(interp), strings.HasSuffix(scriptPath, ".sh"),
		strings.Contains(cat, "malicious script"), strings.Contains(cat, "shell script"):
		return LangBash
	}
	return LangPython
}

// literalCode finds the code string of `-c` in an argument list (args[0]
// is the program). Python takes the code as the rest of the flag group or
// the next argument (`-c CODE`, `-uc CODE`, `-cCODE`) and stops at -m, a
// script path or `-`; a shell takes the first non-option argument after a
// flag group holding c (`sh -c CODE`, `bash -lc CODE`).
func literalCode(args []string, shell bool) (string, bool) {
	for i := 1; i < len(args); i++ {
		a := args[i]
		if a == "--" || a == "-" || !strings.HasPrefix(a, "-") && !(shell && strings.HasPrefix(a, "+")) {
			return "", false
		}
		if strings.HasPrefix(a, "--") { // long options take no argument we care about
			continue
		}
		flags := a[1:]
		for j := 0; j < len(flags); j++ {
			switch c := flags[j]; {
			case c == 'c' && shell:
				return nextOperand(args, i+1)
			case c == 'c':
				if rest := flags[j+1:]; rest != "" {
					return rest, true
				}
				if i+1 < len(args) {
					return args[i+1], true
				}
				return "", false
			case c == 'm' && !shell:
				return "", false // runs a module, no literal code
			case c == 'W' || c == 'X' || shell && (c == 'o' || c == 'O'):
				if j == len(flags)-1 {
					i++ // the option's argument is the next word
				}
				j = len(flags)
			}
		}
	}
	return "", false
}

// nextOperand returns the first argument from i that is not a shell option.
func nextOperand(args []string, i int) (string, bool) {
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			i++
			break
		}
		if a == "-o" || a == "-O" || a == "+o" || a == "+O" {
			i++
			continue
		}
		if !strings.HasPrefix(a, "-") && !strings.HasPrefix(a, "+") {
			break
		}
	}
	if i < len(args) {
		return args[i], true
	}
	return "", false
}
