package jsonpane

import (
	"strings"
	"testing"
)

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
