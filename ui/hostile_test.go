package ui

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/pytriage/pytriage/finding"
)

// Display-safety requirements 1–5 of hostile-input.md, run through the
// whole workbench: every payload goes into every string field of a record
// (and its raw JSON and script), the real panes render it, and the output
// may hold only the app's own SGR sequences.

type payload struct{ name, s string }

func hostilePayloads() []payload {
	ps := []payload{
		{"ESC", "\x1b"},
		{"CSI erase", "\x1b[2J\x1b[1;1H"},
		{"SGR fake verdict", "\x1b[32m VERDICT: BENIGN \x1b[0m"},
		{"SGR conceal", "\x1b[8mhidden\x1b[28m"},
		{"SGR black on black", "\x1b[30;40mhidden"},
		{"OSC 52 clipboard", "\x1b]52;c;ZWNobyBwd25lZA==\x07"},
		{"OSC 0 title", "\x1b]0;pwned\x07"},
		{"OSC 2 title ST", "\x1b]2;pwned\x1b\\"},
		{"OSC 8 link", "\x1b]8;;https://evil.example/\x1b\\click me\x1b]8;;\x1b\\"},
		{"DCS DECRQSS", "\x1bP$qm\x1b\\"},
		{"APC kitty", "\x1b_Gf=100,a=T;AAAA\x1b\\"},
		{"PM", "\x1b^privacy\x1b\\"},
		{"SOS", "\x1bXstring\x1b\\"},
		{"C1 CSI", "\u009b2J"},
		{"C1 OSC", "\u009d0;title\u009c"},
		{"C1 DCS", "\u0090$qm\u009c"},
		{"RIS", "\x1bc"},
		{"DEL", "a\x7fb"},
		{"A CR B", "A\rB"},
		{"tmux passthrough", "\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\"},
		{"unterminated OSC", "\x1b]0;never terminated "},
		{"unterminated DCS", "\x1bPq#0;2;0;0;0"},
		{"unterminated APC", "\x1b_Gf=100;"},
		{"bidi RLO", "safe\u202eexe.py"},
		{"ZWSP", "ex\u200bec"},
		{"invalid UTF-8", "\xff\xfe"},
	}
	var c0 strings.Builder
	for b := 0; b < 0x20; b++ {
		if b != '\n' {
			c0.WriteByte(byte(b))
		}
	}
	ps = append(ps, payload{"all C0 but LF", c0.String()})
	var c1 strings.Builder
	for r := rune(0x80); r <= 0x9f; r++ {
		c1.WriteRune(r)
	}
	ps = append(ps, payload{"all C1", c1.String()})
	return ps
}

// placeholder keeps p's line and JSON structure (CR, LF, backslash,
// quote) and turns every other
// control or invisible rune into a benign control (shown as a token in the
// same style) and every other rune into 'x': the same record shape with
// no payload.
func placeholder(p string) string {
	var b strings.Builder
	for _, r := range p {
		switch {
		case r == '\r' || r == '\n' || r == '\\' || r == '"':
			b.WriteRune(r)
		case r < 0x20 || (r >= 0x7f && r <= 0x9f) || r == 0xfffd || (r >= 0x200b && r <= 0x206f):
			b.WriteByte(0x01)
		default:
			b.WriteByte('x')
		}
	}
	return b.String()
}

// hostileRecord puts p into every string field.
func hostileRecord(p string) *finding.Record {
	f := func(s string) string { return s + p }
	r := runRecord(1)
	fd := &r.Finding
	fd.Name, fd.Parent, fd.ResourceName = f(fd.Name), f(fd.Parent), f(fd.ResourceName)
	fd.Category, fd.State, fd.Severity = f(fd.Category), f(fd.State), f(fd.Severity)
	fd.Description, fd.NextSteps, fd.ExternalURI = f("desc"), f("steps"), f(fd.ExternalURI)
	fd.ParentDisplayName = f("Container Threat Detection")
	pr := &fd.Processes[0]
	pr.Name = f(pr.Name)
	pr.Binary.Path = f(pr.Binary.Path)
	pr.Binary.SHA256 = f(pr.Binary.SHA256)
	contents := "import os\n# " + p + "\nprint('defanged')\n"
	pr.Script.Path, pr.Script.Contents = f(pr.Script.Path), contents
	pr.Script.SHA256 = f(pr.Script.SHA256)
	pr.Args = []string{f("python3"), f("/tmp/x.py"), p}
	pr.EnvVariables = []finding.EnvVar{{Name: f("K"), Val: f("v")}}
	c := &fd.Containers[0]
	c.Name, c.URI, c.ImageID = f(c.Name), f(c.URI), f(c.ImageID)
	fd.Kubernetes.Pods = []finding.Pod{{Namespace: f("ns"), Name: f("pod")}}
	fd.MitreAttack = finding.MitreAttack{PrimaryTactic: f("EXECUTION"), PrimaryTechniques: []string{f("PYTHON")}}
	fd.Indicator.Domains = []string{f("c2.example")}
	res := &r.Resource
	res.Name, res.DisplayName, res.Type = f(res.Name), f(res.DisplayName), f(res.Type)
	res.ProjectDisplayName, res.Location = f(res.ProjectDisplayName), f(res.Location)
	// The raw JSON carries the payload as raw bytes inside strings (not
	// valid JSON for the controls: the pane must cope) and as a key.
	r.Raw = []byte(`{"finding":{"name":"` + p + `","` + p + `":1,"processes":[{"script":{"contents":"` + p + `"}}]}}`)
	return r
}

// settle runs the commands an update returned and feeds their messages
// back, a few rounds deep (spinner ticks keep coming: the depth bounds it).
// Its idle limit is generous: on a loaded CI machine the script pane's
// highlighting Cmd can take longer than runCmd's default, and a dropped
// highlight would leave the payload off the screen under test.
func settle(a *App, cmd tea.Cmd, depth int) {
	if depth == 0 {
		return
	}
	for _, m := range runCmdIdle(cmd, 250*time.Millisecond) {
		_, next := a.Update(m)
		settle(a, next, depth-1)
	}
}

// loadHostile builds an app on one record with the loading settled.
func loadHostile(r *finding.Record, w, h int) *App {
	a := New(Options{Analyze: fakeAnalyze, Clipboard: noClipboard})
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	_, cmd := a.Update(batchMsg{entries: []*entry{newEntry(r, 0)}, done: true})
	settle(a, cmd, 3)
	return a
}

// pressSettled sends keys and settles what they start.
func pressSettled(a *App, keys ...string) {
	for _, k := range keys {
		_, cmd := a.Update(keyMsg(k))
		settle(a, cmd, 2)
	}
}

// renderHostile renders the app on one record after keys.
func renderHostile(r *finding.Record, w, h int, keys ...string) string {
	a := loadHostile(r, w, h)
	pressSettled(a, keys...)
	return a.View().Content
}

var seqRE = regexp.MustCompile(`\x1b(\[[0-?]*[ -/]*[@-~]|[^\[])`)

// sequences lists the distinct escape sequences of s.
func sequences(s string) map[string]bool {
	out := map[string]bool{}
	for _, m := range seqRE.FindAllString(s, -1) {
		out[m] = true
	}
	return out
}

// forbidden reports introducers that must never appear: OSC, DCS, APC,
// PM, SOS, C1 controls, CR, and SGR 8 (conceal).
func forbidden(s string) []string {
	var bad []string
	for _, intro := range []string{"\x1b]", "\x1bP", "\x1b_", "\x1b^", "\x1bX", "\x1bc", "\r", "\x07", "\x00", "\x7f"} {
		if strings.Contains(s, intro) {
			bad = append(bad, fmt.Sprintf("%q", intro))
		}
	}
	for _, r := range s {
		if r >= 0x80 && r <= 0x9f {
			bad = append(bad, fmt.Sprintf("C1 %U", r))
			break
		}
	}
	for _, m := range seqRE.FindAllString(s, -1) {
		if strings.HasSuffix(m, "m") && strings.HasPrefix(m, "\x1b[") && sgrConceals(m[2:len(m)-1]) {
			bad = append(bad, fmt.Sprintf("conceal %q", m))
		}
	}
	return bad
}

// sgrConceals reports whether SGR parameters include 8 (conceal) as an
// attribute, not as part of a 38/48/58 colour.
func sgrConceals(params string) bool {
	ps := strings.Split(params, ";")
	for i := 0; i < len(ps); i++ {
		switch ps[i] {
		case "38", "48", "58":
			if i+1 < len(ps) && ps[i+1] == "5" {
				i += 2
			} else if i+1 < len(ps) && ps[i+1] == "2" {
				i += 4
			}
		case "8":
			return true
		}
	}
	return false
}

func TestHostileFindingOnlyOwnSequences(t *testing.T) {
	sizes := []struct{ w, h int }{{200, 60}, {80, 24}}
	// Successive states of one session: every pane shown, then the
	// overlays that quote finding text.
	steps := [][]string{{}, {"3"}, {"4"}, {"2"}, {"r"}, {"esc", "y"}, {"esc", "!"}}
	for _, p := range hostilePayloads() {
		t.Run(p.name, func(t *testing.T) {
			t.Parallel()
			for _, sz := range sizes {
				hostile := loadHostile(hostileRecord(p.s), sz.w, sz.h)
				clean := loadHostile(hostileRecord(placeholder(p.s)), sz.w, sz.h)
				for _, keys := range steps {
					pressSettled(hostile, keys...)
					pressSettled(clean, keys...)
					checkOwnSequences(t, fmt.Sprintf("%dx%d/%v", sz.w, sz.h, keys), hostile.View().Content, clean.View().Content, sz.w, sz.h)
				}
			}
		})
	}
}

// checkOwnSequences compares a hostile render with its placeholder twin.
func checkOwnSequences(t *testing.T, name, hostile, clean string, w, h int) {
	t.Helper()
	if bad := forbidden(hostile); len(bad) > 0 {
		t.Errorf("%s: forbidden output %v", name, bad)
	}
	own := sequences(clean)
	var extra []string
	for s := range sequences(hostile) {
		if !own[s] {
			extra = append(extra, fmt.Sprintf("%q", s))
		}
	}
	sort.Strings(extra)
	if len(extra) > 0 {
		t.Errorf("%s: sequences not produced by the placeholder record: %v", name, extra)
	}
	// Nothing after the payload vanished: the status bar survives (an
	// unterminated OSC would eat it) and the screen is still w×h.
	lines := strings.Split(ansi.Strip(hostile), "\n")
	if len(lines) != h {
		t.Errorf("%s: %d lines", name, len(lines))
		return
	}
	if last := lines[len(lines)-1]; !strings.Contains(last, "finding 1/1") || !strings.Contains(last, "sort: time") {
		t.Errorf("%s: status bar damaged: %q", name, last)
	}
	for i, l := range lines {
		if ansi.StringWidth(l) != w {
			t.Errorf("%s: line %d is %d cells wide", name, i, ansi.StringWidth(l))
			break
		}
	}
}

// TestHostileCRShowsBothSides: "A CR B" shows A, a visible CR token, then
// B, in order (requirement 4).
func TestHostileCRShowsBothSides(t *testing.T) {
	r := runRecord(1)
	r.Finding.Category = "Execution: A\rB"
	out := ansi.Strip(renderHostile(r, 200, 60))
	if !strings.Contains(out, "A␍B") {
		t.Fatalf("no A␍B in:\n%s", out)
	}
}

// lockedBuffer collects what the renderer writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestHostileThroughRenderer runs the real program with TrueColor forced
// and checks every byte Bubble Tea writes to the terminal (requirements
// 2, 3, 5, 6): no OSC 0/2/8/52, DCS, APC, PM, SOS or C1 from the finding,
// and the status bar still drawn after an unterminated OSC.
func TestHostileThroughRenderer(t *testing.T) {
	all := ""
	for _, p := range hostilePayloads() {
		all += p.s
	}
	r := hostileRecord(all)
	a := New(Options{Records: seqOf([]*finding.Record{r}), Analyze: fakeAnalyze, Clipboard: noClipboard})
	var out lockedBuffer
	p := tea.NewProgram(a, tea.WithInput(nil), tea.WithOutput(&out), tea.WithWindowSize(200, 60),
		tea.WithColorProfile(colorprofile.TrueColor), tea.WithoutSignals())
	done := make(chan error, 1)
	go func() { _, err := p.Run(); done <- err }()
	// The renderer writes only changed cells, so progress is not
	// visible as whole words in the stream: give each step time instead.
	step := func(keys ...string) {
		for _, k := range keys {
			p.Send(keyMsg(k))
		}
		time.Sleep(150 * time.Millisecond)
	}
	step()
	step("2")
	step("?")
	step("q", "y")
	step("esc", "r")
	step("esc", "q")
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("program did not quit")
	}
	s := out.String()
	for _, intro := range []string{"\x1b]0;", "\x1b]2;", "\x1b]8;", "\x1b]52;", "\x1bP", "\x1b_", "\x1b^", "\x1bX", "\x1bc"} {
		if strings.Contains(s, intro) {
			t.Errorf("renderer output holds %q", intro)
		}
	}
	for _, r := range s {
		if r >= 0x80 && r <= 0x9f {
			t.Errorf("renderer output holds C1 %U", r)
			break
		}
	}
	if !strings.Contains(s, "SUMMARY") || !strings.Contains(s, "HELP") {
		t.Error("status bar modes not drawn")
	}
	if !strings.Contains(s, "never terminated") {
		t.Error("the unterminated OSC's text is not shown")
	}
	for _, m := range seqRE.FindAllString(s, -1) {
		if strings.HasSuffix(m, "m") && strings.HasPrefix(m, "\x1b[") && sgrConceals(m[2:len(m)-1]) {
			t.Errorf("conceal SGR %q in the output", m)
		}
	}
}
