package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// paneTitle is the title the harness gives the pane before pytriage
// starts; a finding that sets the title (OSC 0/2) would change it.
const paneTitle = "pytriage-e2e-title"

// waitTimeout bounds every wait for screen content. Generous, because the
// suite may run beside other builds; a pass is usually a few hundred ms.
const waitTimeout = 15 * time.Second

var socketSeq atomic.Int64

// term is one tmux server (own socket, no config file: tmux -S SOCKET
// -f /dev/null) running one
// pytriage in a w×h window.
type term struct {
	t        *testing.T
	socket   string
	w, h     int
	exitFile string // the wrapper writes the program's exit status here
}

// startTerm starts a private tmux server with a w×h session, configures
// it so that a misbehaving program would be caught (set-clipboard on
// turns OSC 52 into a paste buffer; remain-on-exit keeps the exit status),
// titles the pane, then runs argv in it with env added, under a small sh
// wrapper that records its exit status in a file (tmux 3.3 sometimes
// leaves a fast-exiting pane process unreaped, so #{pane_dead_status}
// cannot be relied on). The server is killed in t.Cleanup.
func startTerm(t *testing.T, w, h int, env []string, argv ...string) *term {
	t.Helper()
	// The socket lives in a short private dir (socket paths are limited
	// to about 100 bytes) that is removed afterwards, so no stale socket
	// is left in /tmp/tmux-UID.
	sockDir, err := os.MkdirTemp("", "pte2e")
	if err != nil {
		t.Fatal(err)
	}
	tm := &term{t: t, w: w, h: h,
		socket:   filepath.Join(sockDir, fmt.Sprintf("s%d", socketSeq.Add(1))),
		exitFile: filepath.Join(t.TempDir(), "exit-status")}
	t.Cleanup(func() {
		exec.Command("tmux", "-S", tm.socket, "kill-server").Run()
		os.RemoveAll(sockDir)
	})
	// The placeholder `cat` holds the pane while the options are set, so
	// nothing the program prints can arrive before them.
	tm.run("-f", "/dev/null", "new-session", "-d", "-s", "e2e",
		"-x", strconv.Itoa(w), "-y", strconv.Itoa(h), "cat")
	tm.run("set-option", "-g", "set-clipboard", "on")
	tm.run("set-option", "-g", "remain-on-exit", "on")
	tm.run("set-option", "-g", "history-limit", "0")
	tm.run("set-option", "-g", "status", "off")
	tm.run("resize-window", "-t", "e2e", "-x", strconv.Itoa(w), "-y", strconv.Itoa(h))
	tm.run("select-pane", "-t", "e2e", "-T", paneTitle)
	if got := tm.title(); got != paneTitle {
		t.Fatalf("tmux pane title is %q before start, want %q", got, paneTitle)
	}
	cmd := []string{"respawn-pane", "-k", "-t", "e2e", "--", "env"}
	cmd = append(cmd, env...)
	cmd = append(cmd, "E2E_EXIT_FILE="+tm.exitFile, "sh", "-c",
		`st=0; "$@" || st=$?; echo "$st" > "$E2E_EXIT_FILE"`, "sh")
	tm.run(append(cmd, argv...)...)
	return tm
}

// run runs one tmux command on this server and returns its output.
func (tm *term) run(args ...string) string {
	tm.t.Helper()
	full := append([]string{"-S", tm.socket}, args...)
	var out, errb bytes.Buffer
	c := exec.Command("tmux", full...)
	c.Stdout, c.Stderr = &out, &errb
	if err := c.Run(); err != nil {
		tm.t.Fatalf("tmux %s: %v: %s", strings.Join(args, " "), err, errb.String())
	}
	return out.String()
}

// screen is the visible pane as text, one string per row, trailing
// blanks kept so widths can be checked.
func (tm *term) screen() []string {
	tm.t.Helper()
	out := tm.run("capture-pane", "-p", "-N", "-t", "e2e")
	rows := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	return rows
}

// styledScreen is the pane with its cell attributes as SGR sequences
// (capture-pane -e), to see what styling reached the terminal.
func (tm *term) styledScreen() string {
	tm.t.Helper()
	return tm.run("capture-pane", "-p", "-e", "-t", "e2e")
}

// title is the pane title as tmux keeps it.
func (tm *term) title() string {
	tm.t.Helper()
	return strings.TrimSuffix(tm.run("display-message", "-p", "-t", "e2e", "#{pane_title}"), "\n")
}

// buffers lists tmux paste buffers (an OSC 52 write creates one).
func (tm *term) buffers() string {
	tm.t.Helper()
	return tm.run("list-buffers", "-F", "#{buffer_name}")
}

// bufferText is the content of the newest paste buffer.
func (tm *term) bufferText() string {
	tm.t.Helper()
	return tm.run("show-buffer")
}

// dead reports whether the program has exited, and its exit status.
func (tm *term) dead() (bool, string) {
	tm.t.Helper()
	b, err := os.ReadFile(tm.exitFile)
	if err != nil {
		return false, ""
	}
	return true, strings.TrimSpace(string(b))
}

// keys sends tmux key names (Tab, BTab, Escape, Enter, j, …).
func (tm *term) keys(names ...string) {
	tm.t.Helper()
	tm.run(append([]string{"send-keys", "-t", "e2e"}, names...)...)
}

// typeText sends s literally.
func (tm *term) typeText(s string) {
	tm.t.Helper()
	tm.run("send-keys", "-t", "e2e", "-l", s)
}

// waitFor polls the screen until ok accepts it and it has settled, and
// fails the test with the last screen when waitTimeout passes. Settled:
// the same in two captures settleGap apart, since a capture can land while
// the terminal is half-way through applying a frame (rows of the old and
// the new frame, or blank ones) — a status line that already says what
// was waited for does not mean the rest of the frame is drawn.
func (tm *term) waitFor(what string, ok func(rows []string) bool) []string {
	tm.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	var rows []string
	for {
		rows = tm.screen()
		if ok(rows) {
			time.Sleep(settleGap)
			if again := tm.screen(); slices.Equal(again, rows) {
				return rows
			}
		}
		if dead, st := tm.dead(); dead {
			tm.t.Fatalf("%dx%d: pytriage exited (status %s) while waiting for %s; screen:\n%s",
				tm.w, tm.h, st, what, strings.Join(rows, "\n"))
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("%dx%d: timed out after %v waiting for %s; screen:\n%s",
				tm.w, tm.h, waitTimeout, what, strings.Join(rows, "\n"))
		}
		time.Sleep(40 * time.Millisecond)
	}
}

// settleGap is how long a screen must stay the same to count as drawn.
const settleGap = 60 * time.Millisecond

// waitText waits until the screen contains every one of subs.
func (tm *term) waitText(subs ...string) []string {
	tm.t.Helper()
	return tm.waitFor(fmt.Sprintf("%q on screen", subs), func(rows []string) bool {
		s := strings.Join(rows, "\n")
		for _, sub := range subs {
			if !strings.Contains(s, sub) {
				return false
			}
		}
		return true
	})
}

// waitStatus waits until the status line (last row) contains every one
// of subs.
func (tm *term) waitStatus(subs ...string) []string {
	tm.t.Helper()
	return tm.waitFor(fmt.Sprintf("%q in the status line", subs), func(rows []string) bool {
		if len(rows) == 0 {
			return false
		}
		last := rows[len(rows)-1]
		for _, sub := range subs {
			if !strings.Contains(last, sub) {
				return false
			}
		}
		return true
	})
}

// waitExit waits for the program to exit and returns its status.
func (tm *term) waitExit() string {
	tm.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for {
		if dead, st := tm.dead(); dead && st != "" {
			return st
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("%dx%d: pytriage did not exit within %v; screen:\n%s",
				tm.w, tm.h, waitTimeout, strings.Join(tm.screen(), "\n"))
		}
		time.Sleep(40 * time.Millisecond)
	}
}
