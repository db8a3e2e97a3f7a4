package jsonpane

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// checkView asserts the contract: exactly h lines of exactly w cells.
func checkView(t testing.TB, v string, w, h int) {
	t.Helper()
	lines := strings.Split(v, "\n")
	if w == 0 || h == 0 {
		if v != "" {
			t.Fatalf("%dx%d: want empty view, got %q", w, h, v)
		}
		return
	}
	if len(lines) != h {
		t.Fatalf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got != w {
			t.Fatalf("%dx%d: line %d is %d cells: %q", w, h, i, got, ansi.Strip(l))
		}
	}
}

func TestViewFillsExactlyItsSize(t *testing.T) {
	raw := readFixture(t, "record.json")
	for _, sz := range [][2]int{{0, 0}, {1, 1}, {3, 2}, {10, 3}, {80, 24}, {37, 11}, {200, 60}} {
		p := open(t, raw, sz[0], sz[1])
		checkView(t, p.View(), sz[0], sz[1])
		press(p, "c", "x")
		checkView(t, p.View(), sz[0], sz[1])
		press(p, "z", "/")
		typeText(p, "python")
		checkView(t, p.View(), sz[0], sz[1])
	}
}

func TestNoRecord(t *testing.T) {
	p := New(nil)
	p.SetSize(30, 3)
	p.SetRecord(nil)
	if !strings.Contains(screen(p), "no finding selected") {
		t.Fatalf("got %q", screen(p))
	}
}
