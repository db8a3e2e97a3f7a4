package detect

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
)

// expectRE finds "# expect: id[, id]" annotations: the lines a detector
// must mark in a bad fixture (GuardDog's "# ruleid:").
var expectRE = regexp.MustCompile(`#\s*expect:\s*([a-z0-9, -]+)`)

func runOne(t *testing.T, d Detector, src []byte) []Finding {
	t.Helper()
	p := flow.Build(pytoken.Tokenize(src), nil)
	return d.Run(NewContext(p, 0))
}

// expectedLines reads the annotations for id, by CPython line numbers.
func expectedLines(src []byte, id string) []int {
	res := pytoken.Tokenize(src)
	var out []int
	for i, t := range res.Tokens {
		if t.Kind != pytoken.Comment {
			continue
		}
		m := expectRE.FindStringSubmatch(res.TokenText(i))
		if m == nil {
			continue
		}
		for _, x := range strings.Split(m[1], ",") {
			if strings.TrimSpace(x) == id {
				out = append(out, int(t.Line))
			}
		}
	}
	return out
}

func foundLines(fs []Finding) []int {
	set := map[int]bool{}
	for _, f := range fs {
		for _, l := range f.Lines {
			set[l] = true
		}
	}
	var out []int
	for l := range set {
		out = append(out, l)
	}
	sort.Ints(out)
	return out
}

func fmtLines(ls []int) string {
	var s []string
	for _, l := range ls {
		s = append(s, strconv.Itoa(l))
	}
	return "[" + strings.Join(s, " ") + "]"
}

// TestFixtures runs every registered detector over its fixtures: each bad
// file must mark exactly its annotated lines, each good twin nothing. A
// detector without both kinds of fixture fails the test.
func TestFixtures(t *testing.T) {
	for _, d := range Registry {
		t.Run(d.ID, func(t *testing.T) {
			bad, _ := filepath.Glob(filepath.Join("testdata", d.ID, "bad*.py"))
			good, _ := filepath.Glob(filepath.Join("testdata", d.ID, "good*.py"))
			if len(bad) == 0 || len(good) == 0 {
				t.Fatalf("detector %s needs testdata/%s/bad*.py and good*.py (have %d bad, %d good)", d.ID, d.ID, len(bad), len(good))
			}
			for _, f := range bad {
				src, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				want := expectedLines(src, d.ID)
				if len(want) == 0 {
					t.Errorf("%s: no '# expect: %s' annotation", f, d.ID)
				}
				fs := runOne(t, d, src)
				got := foundLines(fs)
				if fmtLines(got) != fmtLines(want) {
					var msgs []string
					for _, x := range fs {
						msgs = append(msgs, x.Message)
					}
					t.Errorf("%s: lines %s, want %s; messages: %q", f, fmtLines(got), fmtLines(want), msgs)
				}
				for _, x := range fs {
					if x.Message == "" {
						t.Errorf("%s: finding without a message", f)
					}
					for _, id := range x.TechniquesOf(&d) {
						if !contains(d.Techniques, id) {
							t.Errorf("%s: finding shows %s, which %s's registry entry does not list", f, id, d.ID)
						}
					}
				}
			}
			for _, f := range good {
				src, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				if fs := runOne(t, d, src); len(fs) > 0 {
					t.Errorf("%s (benign twin): fired on lines %s: %s", f, fmtLines(foundLines(fs)), fs[0].Message)
				}
			}
		})
	}
}

// TestRegistry checks the table itself.
func TestRegistry(t *testing.T) {
	seen := map[string]bool{}
	idRE := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	techRE := regexp.MustCompile(`^T\d{4}(\.\d{3})?$`)
	for _, d := range Registry {
		if !idRE.MatchString(d.ID) || seen[d.ID] {
			t.Errorf("bad or duplicate id %q", d.ID)
		}
		seen[d.ID] = true
		if d.Title == "" || d.Describe == "" || d.Run == nil {
			t.Errorf("%s: missing title, description or Run", d.ID)
		}
		switch d.Kind {
		case Capability, Threat, Evidence:
		default:
			t.Errorf("%s: kind %q", d.ID, d.Kind)
		}
		switch d.Severity {
		case Info, Low, Medium, High, Critical:
		default:
			t.Errorf("%s: severity %q", d.ID, d.Severity)
		}
		// A threat is a technique; a capability or evidence may show none by
		// itself (using the network, a raw-IP endpoint).
		if len(d.Techniques) == 0 && d.Kind == Threat {
			t.Errorf("%s: a threat without an ATT&CK technique", d.ID)
		}
		for _, x := range d.Techniques {
			if !techRE.MatchString(x) {
				t.Errorf("%s: technique %q", d.ID, x)
			}
		}
	}
}

// TestCommentsIgnored: attack strings in comments and docstring-free
// comments do not fire any detector but display tricks.
func TestCommentsIgnored(t *testing.T) {
	src := []byte("# exec(base64.b64decode(x)); os.dup2(s.fileno(), 0); pty.spawn('/bin/sh')\n" +
		"# stratum+tcp://pool.invalid:3333 ~/.aws/credentials 169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token\n" +
		"# rm -rf / ; shutil.rmtree('/') ; authorized_keys ; /dev/tcp/198.51.100.1/4444 ; __pyarmor__\n" +
		"print('ok')\n")
	p := flow.Build(pytoken.Tokenize(src), nil)
	for i, fs := range Run(NewContext(p, 0)) {
		if len(fs) > 0 {
			t.Errorf("%s fired on a comment: %s", Registry[i].ID, fs[0].Message)
		}
	}
}
