package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/triage"
)

func TestVerdictKeysOnSelected(t *testing.T) {
	tests := []struct {
		key  string
		want triage.Verdict
		cell string
	}{
		{"m", triage.Malicious, "✗MAL"},
		{"f", triage.FalsePositive, "≈FP"},
		{"b", triage.Benign, "✓BEN"},
		{"E", triage.Escalate, "↑ESC"},
		{"R", triage.Resolved, "∎RES"},
	}
	for _, tt := range tests {
		t.Run(string(tt.want), func(t *testing.T) {
			st := openStore(t)
			a := newTriageApp(t, st, records(6), 200, 50)
			classifyAll(a)
			name := a.list.selected().rec.Finding.Name
			pressSettle(a, tt.key)
			d, ok := currentOf(t, st, name)
			if !ok || d.Verdict != tt.want || d.Analyst != "alice" {
				t.Fatalf("store has %+v (ok %v), want %s by alice", d, ok, tt.want)
			}
			if !d.HasScore || d.ModelVersion != "test-1" {
				t.Errorf("decision lacks the classifier score at decision time: %+v", d)
			}
			s := screen(a)
			if !strings.Contains(listText(a), tt.cell) {
				t.Errorf("list does not show %q:\n%s", tt.cell, s)
			}
			if !strings.Contains(s, "1/6 triaged") {
				t.Errorf("status bar has no progress:\n%s", s)
			}
			if tt.want == triage.Malicious && !strings.Contains(s, "1/6 triaged · 1 malicious") {
				t.Errorf("status bar does not count malicious:\n%s", s)
			}
			// x (list) clears the verdict again.
			pressSettle(a, "x")
			if d, _ := currentOf(t, st, name); d.Verdict != triage.Clear {
				t.Fatalf("after x: %s, want clear", d.Verdict)
			}
			if s := screen(a); strings.Contains(listText(a), tt.cell) || !strings.Contains(s, "0/6 triaged") {
				t.Errorf("cleared verdict still shown:\n%s", s)
			}
		})
	}
}

func TestBulkVerdictOnMarked(t *testing.T) {
	st := openStore(t)
	a := newTriageApp(t, st, records(6), 200, 50)
	first := a.list.selected()
	press(a, "space") // marks and moves down
	second := a.list.selected()
	press(a, "space")
	third := a.list.selected()
	if !strings.Contains(screen(a), "●") || !strings.Contains(screen(a), "2 marked") {
		t.Fatalf("marks not shown:\n%s", screen(a))
	}
	pressSettle(a, "f")
	for _, e := range []*entry{first, second} {
		if d, _ := currentOf(t, st, e.rec.Finding.Name); d.Verdict != triage.FalsePositive {
			t.Errorf("%s: %q, want false positive", e.rec.Finding.Name, d.Verdict)
		}
	}
	if _, ok := currentOf(t, st, third.rec.Finding.Name); ok {
		t.Errorf("the unmarked row under the cursor got a verdict")
	}
	if !strings.Contains(a.toast, "false positive: 2 findings") {
		t.Errorf("toast %q", a.toast)
	}
	// Both rows were one transaction: consecutive ids, one decision time.
	h1, _ := st.History(t.Context(), first.rec.Finding.Name)
	h2, _ := st.History(t.Context(), second.rec.Finding.Name)
	if len(h1) != 1 || len(h2) != 1 || !h1[0].Time.Equal(h2[0].Time) {
		t.Errorf("bulk verdict not one batch: %+v %+v", h1, h2)
	}
	press(a, "ctrl+\\")
	if len(a.list.marks) != 0 || strings.Contains(screen(a), "●") {
		t.Errorf("ctrl+\\ left marks")
	}
}

func TestMarkContainer(t *testing.T) {
	st := openStore(t)
	recs := records(15)
	a := newTriageApp(t, st, recs, 200, 50)
	sel := a.list.selected()
	want := 0
	for _, r := range recs {
		if finding.ContainerIdentity(r) == finding.ContainerIdentity(sel.rec) {
			want++
		}
	}
	if want < 2 {
		t.Fatalf("fixture: want several findings on one container, got %d", want)
	}
	press(a, "V")
	if len(a.list.marks) != want {
		t.Fatalf("V marked %d, want %d", len(a.list.marks), want)
	}
	pressSettle(a, "m")
	p, _ := st.Current(t.Context())
	if len(p) != want {
		t.Errorf("verdict on %d findings, want %d", len(p), want)
	}
}

func TestUndo(t *testing.T) {
	st := openStore(t)
	a := newTriageApp(t, st, records(4), 200, 50)
	name := a.list.selected().rec.Finding.Name
	pressSettle(a, "m")
	pressSettle(a, "E")
	pressSettle(a, "u")
	if d, _ := currentOf(t, st, name); d.Verdict != triage.Malicious || d.Undoes == 0 {
		t.Fatalf("after one undo: %+v, want malicious restored", d)
	}
	if s := listText(a); !strings.Contains(s, "✗MAL") || strings.Contains(s, "↑ESC") {
		t.Errorf("list not updated after undo:\n%s", s)
	}
	pressSettle(a, "u")
	if d, _ := currentOf(t, st, name); d.Verdict != triage.Clear {
		t.Fatalf("after two undos: %s, want clear", d.Verdict)
	}
	pressSettle(a, "u")
	pressSettle(a, "u")
	if !strings.Contains(a.toast, "nothing to undo") {
		t.Errorf("toast %q, want nothing to undo", a.toast)
	}
}

func TestNoteEditor(t *testing.T) {
	st := openStore(t)
	a := newTriageApp(t, st, records(4), 200, 50)
	name := a.list.selected().rec.Finding.Name
	pressSettle(a, "m")
	press(a, "a")
	if _, ok := a.ov.(*noteOverlay); !ok {
		t.Fatal("a did not open the note editor")
	}
	typeText(a, "checked the image")
	press(a, "enter")
	typeText(a, "quit? no: q is text here")
	a.Update(tea.PasteMsg{Content: " pasted x\u202eevil"})
	if !strings.Contains(screen(a), "Note") {
		t.Fatalf("editor not drawn:\n%s", screen(a))
	}
	drive(a, press(a, "ctrl+s"))
	if a.ov != nil {
		t.Fatal("ctrl+s left the editor open")
	}
	d, _ := currentOf(t, st, name)
	want := "checked the image\nquit? no: q is text here pasted x⟨U+202E RLO⟩evil"
	if d.Verdict != triage.Malicious || d.Note != want {
		t.Fatalf("saved %s %q, want malicious %q", d.Verdict, d.Note, want)
	}
	// The editor opens on the current note; esc after a change asks, n
	// discards.
	press(a, "a")
	typeText(a, " more")
	press(a, "esc")
	if o, ok := a.ov.(*noteOverlay); !ok || !o.confirming || !strings.Contains(screen(a), "y save") {
		t.Fatalf("esc with changes did not ask:\n%s", screen(a))
	}
	press(a, "n")
	if a.ov != nil {
		t.Fatal("n did not close the editor")
	}
	h, _ := st.History(t.Context(), name)
	if len(h) != 2 {
		t.Fatalf("discarded note was saved: %d decisions", len(h))
	}
	// esc, then y saves.
	press(a, "a")
	typeText(a, " ok")
	press(a, "esc")
	drive(a, press(a, "y"))
	if d, _ := currentOf(t, st, name); d.Note != want+" ok" {
		t.Fatalf("esc-then-y saved %q", d.Note)
	}
}

func TestUntriagedFilter(t *testing.T) {
	st := openStore(t)
	a := newTriageApp(t, st, records(5), 200, 50)
	decided := a.list.selected()
	pressSettle(a, "b")
	press(a, "U")
	if len(a.list.view) != 4 {
		t.Fatalf("untriaged view has %d rows, want 4", len(a.list.view))
	}
	for _, e := range a.list.view {
		if e == decided {
			t.Fatal("decided finding still listed")
		}
	}
	if !strings.Contains(screen(a), "untriaged only") {
		t.Errorf("status bar does not say the filter is on:\n%s", screen(a))
	}
	// A verdict while filtered hides that row and keeps the cursor's place.
	pressSettle(a, "m")
	if len(a.list.view) != 3 {
		t.Fatalf("after a verdict the view has %d rows, want 3", len(a.list.view))
	}
	press(a, "U")
	if len(a.list.view) != 5 {
		t.Fatalf("U again shows %d, want 5", len(a.list.view))
	}
}

func TestTwoInstancesSeeEachOther(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	st1, st2 := openStoreAt(t, path), openStoreAt(t, path)
	a1 := newTriageApp(t, st1, records(4), 200, 50)
	a2 := newTriageApp(t, st2, records(4), 200, 50)
	name := a1.list.selected().rec.Finding.Name
	pressSettle(a1, "m")
	if strings.Contains(listText(a2), "✗MAL") {
		t.Fatal("second instance shows the verdict before polling")
	}
	// The poll tick asks for the version; a change reloads.
	drive(a2, func() tea.Msg { return pollTickMsg{} })
	if !strings.Contains(listText(a2), "✗MAL") || !strings.Contains(screen(a2), "1/4 triaged") {
		t.Fatalf("second instance did not pick up the decision:\n%s", screen(a2))
	}
	if a2.list.selected().rec.Finding.Name == name && len(a2.tri.hist) != 1 {
		t.Errorf("selected finding's history not reloaded: %+v", a2.tri.hist)
	}
}

func TestTriageKeysWithoutStore(t *testing.T) {
	a := newTestApp(t, records(3), 200, 50)
	press(a, "m")
	if !strings.Contains(a.toast, "no triage store") {
		t.Fatalf("toast %q", a.toast)
	}
	if strings.Contains(screen(a), "VRDT") || strings.Contains(screen(a), "triaged") {
		t.Errorf("triage columns without a store:\n%s", screen(a))
	}
}

func TestReportKeyWritesMarkdown(t *testing.T) {
	dir := t.TempDir()
	old := reportDir
	reportDir = dir
	t.Cleanup(func() { reportDir = old })
	st := openStore(t)
	a := newTriageApp(t, st, records(6), 200, 50)
	classifyAll(a)
	name := a.list.selected().rec.Finding.Name
	pressSettle(a, "m")
	a.Update(tea.PasteMsg{}) // nothing open: ignored
	pressSettle(a, "w")
	files, _ := filepath.Glob(filepath.Join(dir, "pytriage-report-*.md"))
	if len(files) != 1 {
		t.Fatalf("report files %v (toast %q)", files, a.toast)
	}
	fi, _ := os.Stat(files[0])
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("report mode %v, want 0600", fi.Mode().Perm())
	}
	b, _ := os.ReadFile(files[0])
	if !strings.Contains(string(b), name) || !strings.Contains(string(b), "malicious") {
		t.Errorf("report lacks the finding or its verdict:\n%s", b)
	}
	if !strings.Contains(a.toast, filepath.Base(files[0])) {
		t.Errorf("toast %q does not name the file", a.toast)
	}
	// A second report in the same second gets a new name, never overwrites.
	pressSettle(a, "w")
	files, _ = filepath.Glob(filepath.Join(dir, "pytriage-report-*.md"))
	if len(files) != 2 {
		t.Errorf("second report: files %v", files)
	}
}

func TestQuitAsksWithQueuedWriteBacks(t *testing.T) {
	st := openStore(t)
	a := newTriageApp(t, st, records(3), 200, 50)
	a.tri.queue = 2
	if msgs := runCmd(press(a, "q")); hasQuit(msgs) {
		t.Fatal("quit without asking")
	}
	if _, ok := a.ov.(*quitConfirm); !ok || !strings.Contains(screen(a), "2 decisions are not written back") {
		t.Fatalf("no confirmation:\n%s", screen(a))
	}
	press(a, "n")
	if a.ov != nil {
		t.Fatal("n did not close the question")
	}
	press(a, "q")
	if msgs := runCmd(press(a, "y")); !hasQuit(msgs) {
		t.Fatal("y did not quit")
	}
}

func hasQuit(msgs []tea.Msg) bool {
	for _, m := range msgs {
		if _, ok := m.(tea.QuitMsg); ok {
			return true
		}
	}
	return false
}

// TestTriageColumnsFitEveryWidth: with the verdict, mark and write-back
// columns, every rendered line is still exactly w cells.
func TestTriageColumnsFitEveryWidth(t *testing.T) {
	st := openStore(t)
	a := newTriageApp(t, st, records(12), 80, 24, func(o *Options) {
		o.WriteBack = func(context.Context) (int, int, error) { return 0, 0, nil }
	})
	drive(a, press(a, "m"))
	press(a, "space")
	step := 1
	if testing.Short() {
		step = 7
	}
	for w := 60; w <= 260; w += step {
		for _, h := range []int{15, 24} {
			a.Update(tea.WindowSizeMsg{Width: w, Height: h})
			for i, line := range strings.Split(a.View().Content, "\n") {
				if got := ansiWidth(line); got != w {
					t.Fatalf("%dx%d: line %d is %d cells: %q", w, h, i, got, line)
				}
			}
		}
	}
	if s := listText(a); !strings.Contains(s, "✗MAL") || !strings.Contains(s, "●") {
		t.Errorf("triage columns missing at the last size:\n%s", s)
	}
}

func TestMarksWithoutStore(t *testing.T) {
	a := newTestApp(t, records(4), 200, 50)
	press(a, "space")
	if s := listText(a); !strings.Contains(s, "●") || strings.Contains(s, "VRDT") {
		t.Fatalf("mark not shown (or verdicts shown) without a store:\n%s", s)
	}
	press(a, "ctrl+\\")
	if strings.Contains(listText(a), "●") {
		t.Fatal("ctrl+\\ left the mark")
	}
}
