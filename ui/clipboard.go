package ui

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
)

// nativeCopyCmd runs the native clipboard fallback in a Cmd and reports the
// outcome as a copiedMsg. With no tool available it still reports the OSC
// 52 copy.
func nativeCopyCmd(ctx context.Context, fn func(context.Context, string) (string, error), label, text string) tea.Cmd {
	if fn == nil {
		fn = nativeClipboard
	}
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		tool, err := fn(ctx, text)
		if errors.Is(err, errNoClipboardTool) {
			err = nil
		}
		return copiedMsg{label: label, tool: tool, n: len(text), err: err}
	}
}

var errNoClipboardTool = errors.New("no native clipboard tool")

// nativeClipboard pipes text to the first clipboard tool that fits the
// session. The text goes to the tool's stdin, never into its arguments.
func nativeClipboard(ctx context.Context, text string) (string, error) {
	type tool struct {
		name string
		args []string
		when bool
	}
	tools := []tool{
		{"pbcopy", nil, runtime.GOOS == "darwin"},
		{"wl-copy", nil, os.Getenv("WAYLAND_DISPLAY") != ""},
		{"xclip", []string{"-selection", "clipboard"}, os.Getenv("DISPLAY") != ""},
		{"xsel", []string{"--clipboard", "--input"}, os.Getenv("DISPLAY") != ""},
	}
	for _, t := range tools {
		if !t.when {
			continue
		}
		path, err := exec.LookPath(t.name)
		if err != nil {
			continue
		}
		c := exec.CommandContext(ctx, path, t.args...)
		c.Stdin = strings.NewReader(text)
		if err := c.Run(); err != nil {
			return t.name, err
		}
		return t.name, nil
	}
	return "", errNoClipboardTool
}
