package ui

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/model"
)

func ansiWidth(s string) int { return ansi.StringWidth(s) }

func TestLayoutModes(t *testing.T) {
	tests := []struct {
		w, h    int
		mode    layoutMode
		columns int
	}{
		{40, 10, layoutTooSmall, 0},
		{59, 30, layoutTooSmall, 0},
		{80, 14, layoutTooSmall, 0},
		{60, 15, layoutSingle, 1},
		{80, 24, layoutSingle, 1},
		{99, 40, layoutSingle, 1},
		{100, 40, layoutTabbed, 2},
		{159, 40, layoutTabbed, 2},
		{160, 40, layoutWide, 3},
		{200, 60, layoutWide, 3},
		{400, 100, layoutWide, 3},
	}
	for _, tt := range tests {
		l := computeLayout(tt.w, tt.h)
		if l.mode != tt.mode || len(l.columns) != tt.columns {
			t.Errorf("%dx%d: mode %v with %d columns, want %v with %d", tt.w, tt.h, l.mode, len(l.columns), tt.mode, tt.columns)
		}
	}
}

// TestLayoutTiles sweeps sizes: columns tile the width exactly, every pane
// is reachable, and the rendered screen is exactly w×h cells.
func TestLayoutTiles(t *testing.T) {
	a := newTestApp(t, records(30), 80, 24)
	step := 1
	if testing.Short() {
		step = 13
	}
	for w := 30; w <= 260; w += step {
		for _, h := range []int{10, 15, 24, 41} {
			a.Update(tea.WindowSizeMsg{Width: w, Height: h})
			l := a.lay
			if l.mode != layoutTooSmall {
				x := 0
				seen := map[paneID]bool{}
				for _, c := range l.columns {
					if c.r.X != x || c.r.H != h-1 {
						t.Fatalf("%dx%d: column %+v does not tile (x want %d)", w, h, c.r, x)
					}
					x += c.r.W
					for _, p := range c.panes {
						seen[p] = true
					}
				}
				if x != w || len(seen) != int(numPanes) {
					t.Fatalf("%dx%d: columns cover %d cells, %d panes", w, h, x, len(seen))
				}
			}
			lines := strings.Split(a.View().Content, "\n")
			if len(lines) != h {
				t.Fatalf("%dx%d: %d lines", w, h, len(lines))
			}
			for i, line := range lines {
				if got := ansiWidth(line); got != w {
					t.Fatalf("%dx%d: line %d is %d cells: %q", w, h, i, got, line)
				}
			}
		}
	}
}

func TestTooSmallNotice(t *testing.T) {
	a := newTestApp(t, records(3), 50, 12)
	if s := screen(a); !strings.Contains(s, "Terminal too small") {
		t.Fatalf("no notice:\n%s", s)
	}
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if s := screen(a); strings.Contains(s, "too small") || !strings.Contains(s, "Findings 3") {
		t.Fatalf("not recovered after resize:\n%s", s)
	}
}

func TestFocusKeys(t *testing.T) {
	a := newTestApp(t, records(5), 200, 50)
	steps := []struct {
		key  string
		want paneID
	}{
		{"tab", paneSummary}, {"tab", paneJSON}, {"tab", paneScript}, {"tab", paneList},
		{"shift+tab", paneScript}, {"1", paneList}, {"3", paneJSON}, {"2", paneSummary}, {"4", paneScript},
	}
	for _, s := range steps {
		press(a, s.key)
		if a.focus != s.want {
			t.Fatalf("after %q focus is %v, want %v", s.key, a.focus, s.want)
		}
		// Focus is shown by a marker in the title, not only by colour.
		if want := fmt.Sprintf("▶%d %s", int(s.want)+1, paneNames[s.want]); !strings.Contains(screen(a), want) &&
			!(s.want == paneList && strings.Contains(screen(a), "▶1 Findings")) {
			t.Fatalf("after %q: no title marker %q in\n%s", s.key, want, screen(a))
		}
	}
}

func TestSingleColumnShowsFocusedPane(t *testing.T) {
	a := newTestApp(t, records(5), 80, 24)
	if !strings.Contains(screen(a), "SEV") {
		t.Fatal("list not shown first")
	}
	press(a, "2")
	s := screen(a)
	if strings.Contains(s, "SEV  ") || !strings.Contains(s, "What was detected") {
		t.Fatalf("summary not shown alone at 80x24:\n%s", s)
	}
	// All four tabs stay visible in the title.
	for _, n := range []string{"1 Findings", "2 Summary", "3 JSON", "4 Script"} {
		if !strings.Contains(s, n) {
			t.Errorf("tab %q missing at 80x24", n)
		}
	}
}

func TestListNavigationDrivesDetail(t *testing.T) {
	rs := records(40)
	a := newTestApp(t, rs, 120, 40)
	first := a.selected
	if first == nil {
		t.Fatal("nothing selected after load")
	}
	press(a, "j")
	if a.selected == first || a.selected != a.list.view[1].rec {
		t.Fatal("j did not move the selection")
	}
	press(a, "G")
	if a.list.cursor != len(a.list.view)-1 {
		t.Fatalf("G: cursor %d", a.list.cursor)
	}
	press(a, "g")
	if a.list.cursor != 0 {
		t.Fatalf("g: cursor %d", a.list.cursor)
	}
	press(a, "ctrl+d")
	if a.list.cursor == 0 {
		t.Fatal("ctrl+d did not move")
	}
	press(a, "ctrl+u")
	if a.list.cursor != 0 {
		t.Fatalf("ctrl+u: cursor %d", a.list.cursor)
	}
	press(a, "pgdown")
	if a.list.cursor == 0 || a.list.offset == 0 {
		t.Fatalf("pgdown: cursor %d offset %d", a.list.cursor, a.list.offset)
	}
	// The summary follows the selection.
	sel := a.list.selected().rec
	if a.summary.rec != sel {
		t.Fatal("summary shows another record")
	}
}

func TestSortCycle(t *testing.T) {
	a := newTestApp(t, records(20), 120, 40)
	classifyAll(a)
	for _, want := range []sortMode{sortSeverity, sortScore, sortTime} {
		press(a, "s")
		if a.list.sort != want {
			t.Fatalf("sort %v, want %v", a.list.sort, want)
		}
		for i := 1; i < len(a.list.view); i++ {
			p, c := a.list.view[i-1], a.list.view[i]
			switch want {
			case sortTime:
				if p.when.Before(c.when) {
					t.Fatalf("time sort: %v before %v", p.when, c.when)
				}
			case sortSeverity:
				if p.sevRank < c.sevRank {
					t.Fatalf("severity sort: %d before %d", p.sevRank, c.sevRank)
				}
			case sortScore:
				if a.scoreOf(p) < a.scoreOf(c) {
					t.Fatalf("score sort: %v before %v", a.scoreOf(p), a.scoreOf(c))
				}
			}
		}
		if !strings.Contains(screen(a), "sort: "+want.String()) {
			t.Fatalf("status bar does not show sort %v", want)
		}
	}
}

func TestSortKeepsSelection(t *testing.T) {
	a := newTestApp(t, records(20), 120, 40)
	press(a, "j")
	press(a, "j")
	sel := a.selected
	press(a, "s")
	if a.list.selected().rec != sel {
		t.Fatal("sorting lost the selected finding")
	}
}

func TestFilter(t *testing.T) {
	a := newTestApp(t, records(30), 120, 40)
	press(a, "/")
	if !a.list.filtering || a.focus != paneList {
		t.Fatal("/ did not open the filter on the list")
	}
	typeText(a, "payments")
	n := len(a.list.view)
	if n == 0 || n == 30 {
		t.Fatalf("filter 'payments' kept %d of 30", n)
	}
	for _, e := range a.list.view {
		if !strings.Contains(e.hay, "payments") {
			t.Fatalf("kept %q", e.resource)
		}
	}
	// While typing, global keys are text: q does not quit.
	if cmd := press(a, "q"); cmd != nil {
		for _, m := range runCmd(cmd) {
			if _, ok := m.(tea.QuitMsg); ok {
				t.Fatal("q quit while typing a filter")
			}
		}
	}
	press(a, "backspace")
	a.Update(filterChangedMsg{})
	press(a, "enter")
	if a.list.filtering || a.list.query != "payments" {
		t.Fatalf("enter: filtering %v query %q", a.list.filtering, a.list.query)
	}
	if !strings.Contains(screen(a), fmt.Sprintf("Findings %d/30", n)) {
		t.Fatalf("title does not show the filtered count:\n%s", screen(a))
	}
	press(a, "esc")
	if a.list.query != "" || len(a.list.view) != 30 {
		t.Fatalf("esc did not clear: %q, %d", a.list.query, len(a.list.view))
	}
}

func TestFuzzyFilterTerms(t *testing.T) {
	tests := []struct {
		hay, q string
		want   bool
	}{
		{"execution: malicious python executed", "malpy", true},
		{"svc-1/svc-1-00001-abc", "svc1 abc", true},
		{"svc-1/svc-1-00001-abc", "xyz", false},
		{"/tmp/x.py", "TMP", true},
		{"café", "cfé", true},
		{"", "a", false},
	}
	for _, tt := range tests {
		if got := matchAll(tt.hay, filterTerms(tt.q)); got != tt.want {
			t.Errorf("matchAll(%q, %q) = %v", tt.hay, tt.q, got)
		}
	}
}

func TestQuitClosesOverlayFirst(t *testing.T) {
	a := newTestApp(t, records(3), 120, 40)
	press(a, "?")
	if _, ok := a.ov.(*helpOverlay); !ok {
		t.Fatal("? did not open help")
	}
	if !strings.Contains(screen(a), "Keys") || !strings.Contains(screen(a), "related findings") {
		t.Fatalf("help overlay missing key descriptions:\n%s", screen(a))
	}
	cmd := press(a, "q")
	if a.ov != nil {
		t.Fatal("q did not close the overlay")
	}
	for _, m := range runCmd(cmd) {
		if _, ok := m.(tea.QuitMsg); ok {
			t.Fatal("q quit instead of closing the overlay")
		}
	}
	quit := false
	for _, m := range runCmd(press(a, "q")) {
		_, quit = m.(tea.QuitMsg)
	}
	if !quit {
		t.Fatal("q did not quit")
	}
	a2 := newTestApp(t, records(3), 120, 40)
	press(a2, "?")
	quit = false
	for _, m := range runCmd(press(a2, "ctrl+c")) {
		_, quit = m.(tea.QuitMsg)
	}
	if !quit {
		t.Fatal("ctrl+c did not quit from an overlay")
	}
}

// TestHelpCoversBindings: every global and focused-pane binding is in
// the help overlay, and no two global bindings share a key.
func TestHelpCoversBindings(t *testing.T) {
	a := newTestApp(t, records(3), 200, 60)
	seen := map[string]string{}
	for _, b := range a.keys.bindings() {
		for _, k := range b.Keys() {
			if prev, dup := seen[k]; dup {
				t.Errorf("key %q bound to %q and %q", k, prev, b.Help().Desc)
			}
			seen[k] = b.Help().Desc
		}
	}
	for p := paneList; p < numPanes; p++ {
		a.setFocus(p)
		h := newHelpOverlay(a)
		text := strings.Join(h.m.items, "\n")
		for _, b := range append(a.keys.bindings(), a.panes[p].KeyMap()...) {
			if !strings.Contains(text, b.Help().Desc) {
				t.Errorf("pane %v: help lacks %q", p, b.Help().Desc)
			}
		}
	}
}

func TestRelatedOverlayJumps(t *testing.T) {
	rs := records(12)
	a := newTestApp(t, rs, 160, 50)
	start := a.selected
	msgs := runCmd(press(a, "r"))
	if len(msgs) != 1 {
		t.Fatalf("r gave %d messages", len(msgs))
	}
	a.Update(msgs[0])
	o, ok := a.ov.(*relatedOverlay)
	if !ok {
		t.Fatal("no related overlay")
	}
	if len(o.recs) < 2 {
		t.Fatalf("timeline has %d entries", len(o.recs))
	}
	if !strings.Contains(screen(a), "Related findings") || !strings.Contains(screen(a), "●") {
		t.Fatalf("overlay not drawn:\n%s", screen(a))
	}
	// Move off the selected one and jump.
	if o.m.cursor > 0 {
		press(a, "k")
	} else {
		press(a, "j")
	}
	target := o.recs[o.m.cursor]
	press(a, "enter")
	if a.ov != nil || a.selected != target || target == start {
		t.Fatalf("enter did not jump: overlay %v, selected changed %v", a.ov != nil, a.selected != start)
	}
}

func TestCopyMenuCopiesEscapedText(t *testing.T) {
	r := runRecord(1)
	r.Finding.ResourceName = "//run.googleapis.com/projects/p/\x1b]52;c;aGk=\x07x"
	a := newTestApp(t, []*finding.Record{r}, 160, 50)
	press(a, "y")
	m, ok := a.ov.(*copyMenu)
	if !ok {
		t.Fatal("y did not open the copy menu")
	}
	idx := -1
	for i, it := range m.items {
		if it.label == "resource name" {
			idx = i
		}
	}
	if idx < 0 {
		t.Fatal("no resource name item")
	}
	msgs := runCmd(press(a, fmt.Sprint(idx+1)))
	var clip string
	var copied bool
	for _, msg := range msgs {
		if fmt.Sprintf("%T", msg) == "tea.setClipboardMsg" {
			clip = fmt.Sprint(msg)
		}
		if c, ok := msg.(copiedMsg); ok {
			copied = true
			a.Update(c)
		}
	}
	if strings.ContainsAny(clip, "\x1b\x07") || !strings.Contains(clip, "␛]52;c;aGk=") {
		t.Fatalf("clipboard got %q, want the escaped form", clip)
	}
	if !copied || !strings.Contains(screen(a), "copied resource name") {
		t.Fatalf("no toast:\n%s", screen(a))
	}
}

func TestMouseClickFocusAndWheel(t *testing.T) {
	a := newTestApp(t, records(60), 200, 50)
	l := a.lay
	script := l.columns[2].r
	a.Update(tea.MouseClickMsg{X: script.X + 5, Y: script.Y + 5, Button: tea.MouseLeft})
	if a.focus != paneScript {
		t.Fatalf("click on the script column focused %v", a.focus)
	}
	// Click on the JSON tab label in the middle column's top edge.
	_, spans := a.columnTitle(1)
	var jsonSpan tabSpan
	for _, s := range spans {
		if s.pane == paneJSON {
			jsonSpan = s
		}
	}
	a.Update(tea.MouseClickMsg{X: l.columns[1].r.X + jsonSpan.from, Y: 0, Button: tea.MouseLeft})
	if a.focus != paneJSON {
		t.Fatalf("click on the JSON tab focused %v", a.focus)
	}
	// Click a list row selects it.
	in := l.columns[0].inner()
	a.Update(tea.MouseClickMsg{X: in.X + 3, Y: in.Y + 1 + 4, Button: tea.MouseLeft})
	if a.focus != paneList || a.list.cursor != 4 {
		t.Fatalf("row click: focus %v cursor %d", a.focus, a.list.cursor)
	}
	// The wheel scrolls the pane under the pointer, not the focused one.
	a.setFocus(paneScript)
	before := a.list.cursor
	a.Update(tea.MouseWheelMsg{X: in.X + 3, Y: in.Y + 3, Button: tea.MouseWheelDown})
	if a.list.cursor == before || a.focus != paneScript {
		t.Fatalf("wheel over the list: cursor %d→%d focus %v", before, a.list.cursor, a.focus)
	}
}

func TestLoadingStatusAndErrors(t *testing.T) {
	a := New(Options{Records: seqOf(records(5), &finding.LoadError{Origin: finding.Origin{File: "bad\x1b[2J.json", Index: 3, Line: 7, Col: 2}, Reason: "duplicate key \"name\""})})
	a.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
	a.Update(batchMsg{entries: []*entry{newEntry(records(1)[0], 0)}})
	if !a.loading || !strings.Contains(screen(a), "loading… 1") {
		t.Fatalf("no loading progress:\n%s", screen(a))
	}
	a.Update(batchMsg{errs: []error{&finding.LoadError{Origin: finding.Origin{File: "bad\x1b[2J.json", Index: 3, Line: 7, Col: 2}, Reason: "duplicate key"}}, done: true})
	s := screen(a)
	if a.loading || strings.Contains(s, "loading") || !strings.Contains(s, "1 load errors") {
		t.Fatalf("after done:\n%s", s)
	}
	press(a, "!")
	s = screen(a)
	if !strings.Contains(s, "bad␛[2J.json: record 3: 7:2: duplicate key") {
		t.Fatalf("errors overlay:\n%s", s)
	}
}

// TestStreamingLoad runs the real loader goroutine: the first batch
// arrives and paints before the iterator is exhausted.
func TestStreamingLoad(t *testing.T) {
	release := make(chan struct{})
	rs := records(3)
	seq := func(yield func(*finding.Record, error) bool) {
		if !yield(rs[0], nil) {
			return
		}
		<-release // the rest of the input is "still being read"
		for _, r := range rs[1:] {
			if !yield(r, nil) {
				return
			}
		}
	}
	a := New(Options{Records: seq, Analyze: fakeAnalyze})
	a.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
	cmd := a.Init()
	msgs := runCmd(cmd)
	if len(msgs) != 1 {
		t.Fatalf("first batch: %d messages", len(msgs))
	}
	_, next := a.Update(msgs[0])
	if len(a.list.all) != 1 || !a.loading || !strings.Contains(screen(a), "Findings 1") {
		t.Fatalf("first row not shown while loading:\n%s", screen(a))
	}
	close(release)
	for a.loading {
		var got []tea.Msg
		for _, m := range runCmd(next) {
			if _, ok := m.(batchMsg); ok {
				got = append(got, m)
			}
		}
		if len(got) == 0 {
			t.Fatal("loading stalled")
		}
		_, next = a.Update(got[0])
	}
	if len(a.list.all) != 3 {
		t.Fatalf("loaded %d", len(a.list.all))
	}
}

func TestClassifierWiring(t *testing.T) {
	a := newTestApp(t, records(4), 160, 50)
	sel := a.list.selected()
	if !a.inflight[sel.scriptKey] {
		t.Fatal("selected script not queued for analysis")
	}
	if !strings.Contains(screen(a), "analysing the script") {
		t.Fatalf("no spinner in the Classifier section:\n%s", screen(a))
	}
	classifyAll(a)
	s := screen(a)
	if !strings.Contains(s, "97% MALICIOUS") || !strings.Contains(s, "Reverse shell") {
		t.Fatalf("report not shown:\n%s", s)
	}
	if !strings.Contains(s, "97‼") {
		t.Fatalf("no score badge in the list:\n%s", s)
	}
}

func TestClassifierPanicIsContained(t *testing.T) {
	rep := safeAnalyze(func(string) *model.Report { panic("boom") }, "x")
	if rep.Verdict != model.VerdictUnanalysable || len(rep.Notes) == 0 {
		t.Fatalf("got %+v", rep)
	}
	rep = safeAnalyze(func(string) *model.Report { return nil }, "x")
	if rep == nil || rep.Verdict != model.VerdictUnanalysable {
		t.Fatalf("nil report not replaced: %+v", rep)
	}
}

func TestAutoThemeFollowsBackground(t *testing.T) {
	a := newTestApp(t, records(2), 120, 40, func(o *Options) { o.Theme = "auto" })
	if a.th.Name != "dark" {
		t.Fatalf("auto starts %q", a.th.Name)
	}
	a.Update(tea.BackgroundColorMsg{Color: color.White})
	if a.th.Name != "light" {
		t.Fatalf("light background gave %q", a.th.Name)
	}
	b := newTestApp(t, records(2), 120, 40, func(o *Options) { o.Theme = "auto"; o.NoColor = true })
	b.Update(tea.BackgroundColorMsg{Color: color.White})
	if b.th.Name != "nocolor" {
		t.Fatalf("NO_COLOR lost to the background reply: %q", b.th.Name)
	}
}

func TestNoMouseOption(t *testing.T) {
	a := newTestApp(t, records(2), 120, 40)
	if a.View().MouseMode != tea.MouseModeCellMotion {
		t.Fatal("mouse not on by default")
	}
	b := newTestApp(t, records(2), 120, 40, func(o *Options) { o.NoMouse = true })
	if b.View().MouseMode != tea.MouseModeNone {
		t.Fatal("--no-mouse left the mouse on")
	}
	if a.View().WindowTitle != "" {
		t.Fatal("window title set")
	}
}
