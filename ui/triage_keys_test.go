package ui

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"

	"github.com/pytriage/pytriage/ui/jsonpane"
	"github.com/pytriage/pytriage/ui/scriptpane"
	"github.com/pytriage/pytriage/ui/theme"
)

// paneOwnsOnPurpose are global keys a pane takes over by design: "/"
// searches inside the JSON and Script panes instead of filtering the list
// (update.go routes the focused pane's keys first).
var paneOwnsOnPurpose = map[string]bool{"/": true}

// TestGlobalKeysCollideWithNoPane checks that no global or triage key is
// also a key of any pane (the focused pane's keys win, so a collision would
// silently disable the global key in that pane), that the global keys do
// not repeat, and that the list's own triage keys are free in the list.
func TestGlobalKeysCollideWithNoPane(t *testing.T) {
	th := theme.Dark()
	a := New(Options{})
	global := map[string]string{}
	for _, b := range append(a.keys.bindings(), a.tkeys.bindings()...) {
		for _, k := range b.Keys() {
			if prev, dup := global[k]; dup {
				t.Errorf("key %q bound twice globally: %q and %q", k, prev, b.Help().Desc)
			}
			global[k] = b.Help().Desc
		}
	}
	panes := map[string][]key.Binding{
		"list":    newListPane(th, nil).KeyMap(),
		"summary": newSummaryPane(th).KeyMap(),
		"json":    jsonpane.New(th).KeyMap(),
		"script":  scriptpane.New(th, scriptpane.Options{}).KeyMap(),
	}
	for name, bs := range panes {
		if len(bs) == 0 {
			t.Fatalf("%s pane lists no keys", name)
		}
		for _, b := range bs {
			for _, k := range b.Keys() {
				if g, ok := global[k]; ok && !paneOwnsOnPurpose[k] {
					t.Errorf("%s pane key %q (%s) collides with global %q", name, k, b.Help().Desc, g)
				}
			}
		}
	}
	// The list's triage keys: inside the list nothing else may take them.
	seen := map[string]int{}
	for _, b := range panes["list"] {
		for _, k := range b.Keys() {
			seen[k]++
		}
	}
	for _, b := range a.list.keys.listTriageKeys.bindings() {
		for _, k := range b.Keys() {
			if seen[k] != 1 {
				t.Errorf("list key %q bound %d times in the list", k, seen[k])
			}
		}
	}
}

// TestHelpListsTriageKeys: the help overlay is generated from the tables.
func TestHelpListsTriageKeys(t *testing.T) {
	a := newTestApp(t, records(2), 200, 80)
	press(a, "?")
	s := screen(a)
	for _, b := range append(a.tkeys.bindings(), a.list.keys.listTriageKeys.bindings()...) {
		if !strings.Contains(s, b.Help().Desc) {
			t.Errorf("help lacks %q", b.Help().Desc)
		}
	}
}
