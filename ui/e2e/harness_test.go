package e2e

import (
	"os/exec"
	"strings"
	"testing"
)

// TestHarnessSeesRawEscapes proves the checks can fail on this tmux: a
// program that writes the hostile bytes raw (as a naive viewer would)
// changes the pane title, creates a paste buffer, conceals cells and
// breaks the frame.
func TestHarnessSeesRawEscapes(t *testing.T) {
	needTerminal(t)
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	payload := oscTitle2 + oscClip + oscClipEnd + hide + "concealed\x1b[0m e2e-raw-done\n"
	tm := startTerm(t, 80, 24, nil, sh, "-c", `printf '%s' "$1"; sleep 30`, "sh", payload)
	rows := tm.waitText("e2e-raw-done")
	if got := tm.title(); got == paneTitle {
		t.Errorf("raw OSC 2 left the pane title at %q: the title check would not catch a leak", got)
	}
	if b := tm.buffers(); b == "" {
		t.Errorf("raw OSC 52 created no paste buffer: the clipboard check would not catch a leak (is set-clipboard on?)")
	} else if got := tm.bufferText(); !strings.Contains(got, "e2e-clipboard-pwned") {
		t.Errorf("paste buffer holds %q, want the OSC 52 payload", got)
	}
	if !strings.Contains(tm.styledScreen(), concealSGR) {
		t.Errorf("raw SGR 8 left no %q in capture-pane -e: the conceal check would not catch a leak", concealSGR)
	}
	if len(frameProblems(rows, 80, 24)) == 0 {
		t.Errorf("a screen with no workbench passed the frame check:\n%s", strings.Join(rows, "\n"))
	}
	if strings.Contains(strings.Join(rows, "\n"), "␛") {
		t.Errorf("raw output shows escape tokens: the token check would not tell raw from escaped")
	}
}
