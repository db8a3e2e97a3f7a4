package ui

import "testing"

// A large list filters off the UI loop: the keystroke returns a Cmd, the
// view changes only when its result arrives, and a result overtaken by a
// newer keystroke is dropped.
func TestLargeListFiltersOffLoop(t *testing.T) {
	a := newTestApp(t, records(asyncFilterMin+10), 200, 60)
	before := len(a.list.view)
	a.list.query = "payments"
	cmd := a.refilter()
	if cmd == nil {
		t.Fatal("filter of a large list ran on the UI loop")
	}
	if len(a.list.view) != before || !a.list.filterPending {
		t.Fatal("the view changed before the off-loop result arrived")
	}
	stale := cmd().(filteredMsg)

	a.list.query = "checkout"
	cmd = a.refilter()
	a.onFiltered(stale) // overtaken: must be dropped
	if len(a.list.view) != before {
		t.Fatal("a stale filter result was installed")
	}
	a.onFiltered(cmd().(filteredMsg))
	if a.list.filterPending || a.list.viewQuery != "checkout" {
		t.Fatalf("result not installed: pending %v, viewQuery %q", a.list.filterPending, a.list.viewQuery)
	}
	for _, e := range a.list.view {
		if !matchAll(e.hay, filterTerms("checkout")) {
			t.Fatalf("entry %q does not match the filter", e.hay)
		}
	}
	if len(a.list.view) == 0 || len(a.list.view) == before {
		t.Fatalf("filter kept %d of %d rows; the test data should split", len(a.list.view), before)
	}
}

// Small lists still filter at once (no Cmd, no flicker).
func TestSmallListFiltersAtOnce(t *testing.T) {
	a := newTestApp(t, records(50), 200, 60)
	a.list.query = "zzzz-no-match"
	if cmd := a.refilter(); cmd != nil {
		t.Fatal("a small list filtered off the loop")
	}
	if len(a.list.view) != 0 {
		t.Fatalf("%d rows match a query nothing matches", len(a.list.view))
	}
}
