package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"cloud.google.com/go/securitycenter/apiv2/securitycenterpb"
	"google.golang.org/api/option"
	"google.golang.org/grpc/codes"

	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/finding/live"
	"github.com/pytriage/pytriage/finding/live/livetest"
	"github.com/pytriage/pytriage/finding/triage"
)

// liveApp opens a workbench on the fake SCC: records from its pages,
// decisions queued and written back to it.
func liveApp(t *testing.T, fake *livetest.Fake, mode live.WriteBackMode) (*App, *triage.Store) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	c, err := live.Dial(ctx, live.Config{Parent: "organizations/1", PageSize: 2, Retries: 1, Backoff: time.Millisecond,
		ClientOptions: []option.ClientOption{livetest.Serve(t, fake)}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	st := openStore(t)
	recs, progress := LiveRecords(c.Findings(ctx))
	a := New(Options{Records: recs, Progress: progress, Store: st, Analyst: "alice", Source: "scc-api",
		WriteBack: func(ctx context.Context) (int, int, error) { return c.Drain(ctx, st, mode) },
		Analyze:   fakeAnalyze, Clipboard: noClipboard})
	a = a.withContext(ctx)
	a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	drive(a, a.Init())
	return a, st
}

func TestLiveModeListsPagesAndWritesBack(t *testing.T) {
	fake := &livetest.Fake{Findings: livetest.Findings(5)}
	a, st := liveApp(t, fake, live.WriteBackVerdicts)
	if len(a.list.all) != 5 || a.loading {
		t.Fatalf("%d records, loading %v; want 5, done", len(a.list.all), a.loading)
	}
	fake.Mu.Lock()
	pages := len(fake.ListReqs)
	fake.Mu.Unlock()
	if pages != 3 {
		t.Errorf("%d ListFindings calls, want 3 pages of 2", pages)
	}
	if s := screen(a); !strings.Contains(s, "SCC 3 pages · 5 findings · done") || !strings.Contains(s, "write-back queue 0") {
		t.Fatalf("status bar:\n%s", s)
	}
	name := a.list.selected().rec.Finding.Name
	drive(a, press(a, "m"))
	press(a, "j")
	other := a.list.selected().rec.Finding.Name
	drive(a, press(a, "f"))

	fake.Mu.Lock()
	marks, mutes := fake.Marks, fake.Mutes
	fake.Mu.Unlock()
	if len(marks) != 2 || marks[0].SecurityMarks.Name != name+"/securityMarks" ||
		marks[0].SecurityMarks.Marks[live.MarkVerdict] != "malicious" || marks[0].SecurityMarks.Marks[live.MarkAnalyst] != "alice" {
		t.Fatalf("marks sent: %v", marks)
	}
	if len(mutes) != 1 || mutes[0].Name != other || mutes[0].Mute != securitycenterpb.Finding_MUTED {
		t.Fatalf("mutes sent: %v", mutes)
	}
	if d, _ := currentOf(t, st, name); d.Source != "scc-api" {
		t.Errorf("decision source %q, want scc-api", d.Source)
	}
	if s := listText(a); strings.Count(s, "✓") < 2 {
		t.Errorf("list does not show the sent write-backs (✓):\n%s", s)
	}
}

func TestLiveWriteBackQueuedWhileDown(t *testing.T) {
	fake := &livetest.Fake{Findings: livetest.Findings(3)}
	a, st := liveApp(t, fake, live.WriteBackVerdicts)
	fake.Mu.Lock()
	fake.Down = true
	fake.Mu.Unlock()
	drive(a, press(a, "m"))
	if s := screen(a); !strings.Contains(s, "write-back queue 1") || !strings.Contains(listText(a), "!") {
		t.Fatalf("failed write-back not shown:\n%s", s)
	}
	if p, _ := st.Pending(t.Context()); len(p) != 1 {
		t.Fatalf("pending %d, want 1", len(p))
	}
	fake.Mu.Lock()
	fake.Down = false
	fake.Mu.Unlock()
	drive(a, func() tea.Msg { return drainTickMsg{} })
	if s := screen(a); !strings.Contains(s, "write-back queue 0") {
		t.Fatalf("retry did not drain:\n%s", s)
	}
}

func TestLiveListingErrorIsNotDone(t *testing.T) {
	// Page 1 arrives (codes.OK is no error), page 2 is denied.
	fake := &livetest.Fake{Findings: livetest.Findings(5), FailNext: []codes.Code{codes.OK, codes.PermissionDenied}}
	a, _ := liveApp(t, fake, live.WriteBackOff)
	if len(a.list.all) != 2 || len(a.loadErrs) != 1 {
		t.Fatalf("%d records, %d errors; want the first page and one error", len(a.list.all), len(a.loadErrs))
	}
	s := screen(a)
	if strings.Contains(s, "done") || !strings.Contains(s, "INCOMPLETE") || !strings.Contains(s, "1 load errors") {
		t.Fatalf("a failed listing looks complete:\n%s", s)
	}
	if !strings.Contains(a.loadErrs[0].Error(), "securitycenter.findings.list") {
		t.Errorf("error does not name the permission: %v", a.loadErrs[0])
	}
}
