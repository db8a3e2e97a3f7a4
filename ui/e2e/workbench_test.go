// Package e2e drives the real pytriage binary in a real terminal (tmux)
// at 80×24 and 200×60, on the embedded samples and on hostile findings,
// sends keys through every pane, and checks with capture-pane that the
// panes, borders and status line stay intact, that the pane title and the
// paste buffers are untouched, and that hostile bytes show as visible
// tokens. It holds tests only; it must not import pytriage's packages
// (it tests the built binary from outside, as a user would).
//
// Skipped under -short and when tmux is absent. `.ci/run` installs tmux.
package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
	buildDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// needTerminal skips unless tmux and go are there and -short is off.
func needTerminal(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end terminal tests skipped under -short")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed: end-to-end terminal tests skipped")
	}
}

// moduleRoot is the directory of go.mod: this file is ui/e2e/….
func moduleRoot(t *testing.T) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("cannot locate the test source")
	}
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// pytriage builds the binary once per test process (CGO off, as shipped).
// PYTRIAGE_E2E_BIN names a binary to test instead (e.g. a release build).
func pytriage(t *testing.T) string {
	t.Helper()
	if bin := os.Getenv("PYTRIAGE_E2E_BIN"); bin != "" {
		return bin
	}
	root := moduleRoot(t)
	buildOnce.Do(func() {
		goBin, err := exec.LookPath("go")
		if err != nil {
			buildErr = err
			return
		}
		buildDir, buildErr = os.MkdirTemp("", "pytriage-e2e-")
		if buildErr != nil {
			return
		}
		binPath = filepath.Join(buildDir, "pytriage")
		cmd := exec.Command(goBin, "build", "-o", binPath, ".")
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = err
			binPath = string(out)
		}
	})
	if buildErr != nil {
		t.Fatalf("building pytriage: %v\n%s", buildErr, binPath)
	}
	return binPath
}

// appEnv keeps the program's own state (triage store, caches) in a temp
// dir and pins what the screen depends on.
func appEnv(t *testing.T) []string {
	home := t.TempDir()
	return []string{
		"HOME=" + home, "XDG_DATA_HOME=" + filepath.Join(home, "data"),
		"XDG_CONFIG_HOME=" + filepath.Join(home, "config"), "XDG_CACHE_HOME=" + filepath.Join(home, "cache"),
		"XDG_STATE_HOME=" + filepath.Join(home, "state"),
		"TERM=screen-256color", "COLORTERM=", "NO_COLOR=", "LANG=C.UTF-8", "LC_ALL=C.UTF-8",
		"PATH=/usr/bin:/bin", // no wl-copy/xclip from a developer's PATH; OSC 52 only
	}
}

var sizes = []struct{ w, h int }{{80, 24}, {200, 60}}

// concealSGR is how capture-pane -e shows hidden cells.
const concealSGR = "\x1b[8m"

// session is one run of the workbench with the checks every step makes.
type session struct {
	*term
	seen []string // every screen captured, joined, for token checks
}

// check asserts the invariants after a step: frame intact, pane title
// unchanged, no paste buffer created, no concealed cells.
func (s *session) check(step string, rows []string) {
	s.t.Helper()
	s.seen = append(s.seen, strings.Join(rows, "\n"))
	for _, p := range frameProblems(rows, s.w, s.h) {
		s.t.Errorf("%dx%d after %s: %s", s.w, s.h, step, p)
	}
	if got := s.title(); got != paneTitle {
		s.t.Errorf("%dx%d after %s: pane title changed to %q", s.w, s.h, step, got)
	}
	if b := s.buffers(); b != "" {
		s.t.Errorf("%dx%d after %s: paste buffers were set: %q (content %q)", s.w, s.h, step, b, s.bufferText())
	}
	// The workbench never conceals text; an attacker's SGR 8 would
	// leave cells tmux marks hidden (capture-pane -e shows ESC[8m).
	if strings.Contains(s.styledScreen(), concealSGR) {
		s.t.Errorf("%dx%d after %s: concealed (SGR 8) cells on screen", s.w, s.h, step)
	}
	if s.t.Failed() {
		s.t.Fatalf("screen after %s:\n%s", step, strings.Join(rows, "\n"))
	}
}

// top waits for the load to finish and moves the list to its first row
// (rows stream in and are sorted as they come, so the selection may
// start anywhere).
func (s *session) top(step string) {
	s.t.Helper()
	s.check(step, s.waitFor("the list loaded", func(rows []string) bool {
		last := rows[len(rows)-1]
		return strings.HasPrefix(last, " LIST ") && strings.Contains(last, "finding ") && !strings.Contains(last, "loading")
	}))
	s.keys("g")
	s.check(step+" g", s.waitStatus(" LIST ", "finding 1/"))
}

// walk sends the keys of issue 4 through every pane and overlay, waiting
// for each to take effect, and checks the invariants after each, then
// quits with q and expects exit status 0.
func (s *session) walk(multi bool) {
	s.t.Helper()
	s.top("start")
	if multi {
		s.keys("j")
		s.check("j", s.waitStatus("LIST", "finding 2/"))
		s.keys("k")
		s.check("k", s.waitStatus("LIST", "finding 1/"))
	}
	// tab / shift+tab cycle the focus; 1–4 jump to a pane.
	for _, step := range []struct{ key, mode string }{
		{"Tab", "SUMMARY"}, {"Tab", "JSON"}, {"Tab", "SCRIPT"}, {"BTab", "JSON"},
		{"1", "LIST"}, {"2", "SUMMARY"}, {"3", "JSON"}, {"4", "SCRIPT"},
	} {
		s.keys(step.key)
		rows := s.waitStatus(" " + step.mode + " ")
		s.check(step.key+"→"+step.mode, rows)
		// j/k move inside each pane; the frame must survive scrolling
		// hostile lines into view.
		s.keys("j", "j", "j")
		s.check(step.mode+" j", s.waitStatus(" "+step.mode+" "))
		s.keys("k")
		s.check(step.mode+" k", s.waitStatus(" "+step.mode+" "))
	}
	s.check("script pane", s.waitText("│"))

	// Help overlay, generated from the key map.
	s.keys("?")
	s.check("?", s.waitStatus(" HELP "))
	s.check("help text", s.waitText("Keys", "quit"))
	s.keys("Escape")
	s.check("esc after ?", s.waitStatus(" SCRIPT "))

	// Related findings (r) from the list.
	s.keys("1")
	s.waitStatus(" LIST ")
	s.keys("r")
	s.check("r", s.waitText("Related findings"))
	s.keys("Escape")
	s.check("esc after r", s.waitFor("related closed", func(rows []string) bool {
		return !strings.Contains(strings.Join(rows, "\n"), "Related findings") &&
			strings.HasPrefix(rows[len(rows)-1], " LIST ")
	}))

	// Filter (/): typing narrows the list, esc clears it.
	s.keys("/")
	s.check("/", s.waitStatus(" FILTER "))
	s.typeText("zzzz-no-such-finding")
	s.check("filter text", s.waitStatus("filtered from"))
	s.keys("Escape")
	s.check("esc after /", s.waitFor("filter cleared", func(rows []string) bool {
		last := rows[len(rows)-1]
		return !strings.Contains(last, "filtered from") && strings.Contains(last, "finding 1/")
	}))
	if strings.HasPrefix(s.screen()[s.h-1], " FILTER ") {
		s.keys("Escape")
		s.waitStatus(" LIST ")
	}

	s.keys("q")
	if st := s.waitExit(); st != "0" {
		s.t.Errorf("%dx%d: pytriage exited with status %s after q, want 0", s.w, s.h, st)
	}
}

// TestSamplesInTerminal opens the embedded samples (no arguments) and
// walks every pane at both sizes.
func TestSamplesInTerminal(t *testing.T) {
	needTerminal(t)
	bin := pytriage(t)
	for _, sz := range sizes {
		t.Run(sizeName(sz.w, sz.h), func(t *testing.T) {
			t.Parallel()
			s := &session{term: startTerm(t, sz.w, sz.h, appEnv(t), bin)}
			s.walk(true)
		})
	}
}

// TestHostileInTerminal opens samples/hostile/hostile.json and
// testdata/hostile_more.jsonl, walks every pane of every hostile finding
// at both sizes, and checks that the attacks show as visible tokens
// rather than acting on the terminal.
func TestHostileInTerminal(t *testing.T) {
	needTerminal(t)
	bin := pytriage(t)
	root := moduleRoot(t)
	files := []string{
		filepath.Join(root, "samples", "hostile", "hostile.json"),
		filepath.Join(root, "ui", "e2e", filepath.FromSlash(hostileFile)),
	}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			t.Fatalf("hostile input missing: %v", err)
		}
	}
	n := 1 + len(payloadSets)
	for _, sz := range sizes {
		t.Run(sizeName(sz.w, sz.h), func(t *testing.T) {
			t.Parallel()
			s := &session{term: startTerm(t, sz.w, sz.h, appEnv(t), append([]string{bin}, files...)...)}
			s.waitStatus("/" + itoa(n))
			s.top("loaded")
			// Every hostile finding, every pane.
			for i := 0; i < n; i++ {
				for _, p := range []struct{ key, mode string }{{"2", "SUMMARY"}, {"3", "JSON"}, {"4", "SCRIPT"}, {"1", "LIST"}} {
					s.keys(p.key)
					s.check(p.mode, s.waitStatus(" "+p.mode+" ", "finding "+itoa(i+1)+"/"))
					if p.mode != "LIST" {
						for range 4 {
							s.keys("j")
						}
						s.check(p.mode+" scrolled", s.waitStatus(" "+p.mode+" "))
					}
				}
				if i+1 < n {
					s.keys("j")
					s.check("next finding", s.waitStatus("finding "+itoa(i+2)+"/"))
				}
			}
			for range n - 1 {
				s.keys("k")
			}
			seen := strings.Join(s.seen, "\n")
			for _, tok := range []string{
				"␛",                // ESC and every escape sequence
				"␛]0;",             // OSC 0 title set, shown not obeyed
				"␛]52;c;",          // OSC 52 clipboard write, shown not obeyed
				"␛P$qm",            // DCS
				"⟨U+202E",          // bidi override
				"⟨U+009B",          // C1 CSI
				"␍",                // lone CR
				"EVIL␍GOOD",        // text behind a CR stays visible, in order
				"e2e-never-termin", // the unterminated OSC shows as text
			} {
				if !strings.Contains(seen, tok) {
					t.Errorf("%dx%d: %q never appeared on screen as a visible token", sz.w, sz.h, tok)
				}
			}
			s.walk(true)
		})
	}
}

func sizeName(w, h int) string { return itoa(w) + "x" + itoa(h) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// TestHostileCopyInTerminal copies a hostile finding's name with y: the
// clipboard (a tmux paste buffer, via OSC 52) must receive the escaped
// text, with no control byte, and the pane title must not change.
func TestHostileCopyInTerminal(t *testing.T) {
	needTerminal(t)
	bin := pytriage(t)
	f := filepath.Join(moduleRoot(t), "ui", "e2e", filepath.FromSlash(hostileFile))
	tm := startTerm(t, 200, 60, appEnv(t), bin, f)
	tm.waitStatus("LIST", "/"+itoa(len(payloadSets)))
	tm.keys("g")
	tm.waitStatus("LIST", "finding 1/"+itoa(len(payloadSets)))
	// Sorted by time, newest first: finding 1 is the last payload set.
	tm.keys("y")
	tm.waitText("Copy", "finding name")
	rows := tm.screen()
	item := ""
	for _, r := range rows {
		if i := strings.Index(r, "finding name"); i >= 2 {
			item = strings.TrimSpace(r[:i])
			item = item[len(item)-1:]
		}
	}
	if item < "1" || item > "9" {
		t.Fatalf("no numbered \"finding name\" item in the copy menu:\n%s", strings.Join(rows, "\n"))
	}
	tm.keys(item)
	tm.waitFor("a paste buffer from the copy", func([]string) bool { return tm.buffers() != "" })
	got := tm.bufferText()
	for _, r := range got {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x202e {
			t.Fatalf("copied text holds raw control %U: %q", r, got)
		}
	}
	if !strings.Contains(got, "findings/e2ehostile") || (!strings.Contains(got, "␛]0;e2e-never-terminated") && !strings.Contains(got, "EVIL␍GOOD")) {
		t.Errorf("copied text is not the escaped finding name: %q", got)
	}
	if tt := tm.title(); tt != paneTitle {
		t.Errorf("pane title changed to %q", tt)
	}
	tm.keys("q")
	if st := tm.waitExit(); st != "0" {
		t.Errorf("exit status %s after q, want 0", st)
	}
}
