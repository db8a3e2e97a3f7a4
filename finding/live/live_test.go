package live

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"cloud.google.com/go/securitycenter/apiv2/securitycenterpb"
	"google.golang.org/grpc/codes"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/finding/live/livetest"
	"github.com/pytriage/pytriage/finding/triage"
)

func TestSourcesParent(t *testing.T) {
	for _, c := range []struct {
		cfg  Config
		want string
		err  bool
	}{
		{Config{Parent: "organizations/123"}, "organizations/123/sources/-", false},
		{Config{Parent: "projects/my-proj", Location: "eu"}, "projects/my-proj/sources/-/locations/eu", false},
		{Config{Parent: "folders/9/sources/77"}, "folders/9/sources/77", false},
		{Config{Parent: "orgs/1"}, "", true},
		{Config{Parent: "projects/"}, "", true},
	} {
		got, err := c.cfg.SourcesParent()
		if (err != nil) != c.err || got != c.want {
			t.Errorf("SourcesParent(%+v) = %q, %v", c.cfg, got, err)
		}
	}
}

func TestFindingsStreamPagesWithParentAndFilter(t *testing.T) {
	f := &livetest.Fake{Findings: livetest.Findings(25)}
	c := startFake(t, f, Config{Parent: "organizations/1", Filter: `category="X"`, PageSize: 10})
	var pages []Page
	var recs []*finding.Record
	for p, err := range c.Findings(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p)
		recs = append(recs, p.Records...)
	}
	if len(pages) != 3 || !pages[2].Done || pages[0].Done || pages[2].Total != 25 {
		t.Fatalf("pages: %d, done flags %v %v, total %d", len(pages), pages[0].Done, pages[len(pages)-1].Done, pages[len(pages)-1].Total)
	}
	if len(recs) != 25 {
		t.Fatalf("%d records", len(recs))
	}
	r := recs[3]
	if r.Finding.Name != "organizations/1/sources/2/locations/global/findings/f003" || r.Shape != finding.ShapeAPI ||
		r.Finding.Processes[0].Script.Contents != "print('hello')\n" || r.Finding.Severity != "CRITICAL" {
		t.Fatalf("record 3 = %+v", r.Finding)
	}
	if !strings.Contains(string(r.Raw), `"listFindingsResults"`) && !strings.Contains(string(r.Raw), `"finding"`) {
		t.Fatalf("Raw is not the protojson of the result: %s", r.Raw)
	}
	for i, req := range f.ListReqs {
		if req.Parent != "organizations/1/sources/-" || req.Filter != `category="X"` || req.PageSize != 10 {
			t.Fatalf("request %d = %+v", i, req)
		}
	}
	if f.ListReqs[1].PageToken != "10" || f.ListReqs[2].PageToken != "20" {
		t.Fatalf("page tokens not passed through: %q %q", f.ListReqs[1].PageToken, f.ListReqs[2].PageToken)
	}
}

func TestDefaultFilterSelectsActiveUnmutedScriptCategories(t *testing.T) {
	f := &livetest.Fake{Findings: livetest.Findings(1)}
	c := startFake(t, f, Config{Parent: "projects/p1"})
	for _, err := range c.Findings(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
	}
	got := f.ListReqs[0].Filter
	for _, want := range []string{`state="ACTIVE"`, `NOT mute="MUTED"`, `category="Execution: Malicious Python executed"`, `category="Malicious Script Executed"`} {
		if !strings.Contains(got, want) {
			t.Errorf("default filter %q lacks %q", got, want)
		}
	}
}

func TestFindingsErrors(t *testing.T) {
	cases := []struct {
		name  string
		fail  []codes.Code
		want  []string
		pages int
	}{
		{"permission denied", []codes.Code{codes.PermissionDenied}, []string{"permission denied", "securitycenter.findings.list", "findingsViewer"}, 0},
		{"invalid filter", []codes.Code{codes.InvalidArgument}, []string{"rejected", "fake says InvalidArgument"}, 0},
		{"unavailable twice then ok", []codes.Code{codes.Unavailable, codes.Unavailable}, nil, 1},
		{"unavailable for good", []codes.Code{codes.Unavailable, codes.Unavailable, codes.Unavailable, codes.Unavailable}, []string{"unavailable", "retried"}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := &livetest.Fake{Findings: livetest.Findings(3), FailNext: c.fail}
			cl := startFake(t, f, Config{Parent: "organizations/1", Retries: 3, Backoff: time.Millisecond})
			pages := 0
			var gotErr error
			for p, err := range cl.Findings(context.Background()) {
				if err != nil {
					gotErr = err
					if p.Done {
						t.Fatal("a failed listing was reported as complete")
					}
					continue
				}
				pages++
			}
			if pages != c.pages {
				t.Fatalf("%d pages, want %d", pages, c.pages)
			}
			if c.want == nil {
				if gotErr != nil {
					t.Fatalf("unexpected error: %v", gotErr)
				}
				return
			}
			if gotErr == nil {
				t.Fatal("no error")
			}
			for _, w := range c.want {
				if !strings.Contains(gotErr.Error(), w) {
					t.Errorf("error %q lacks %q", gotErr, w)
				}
			}
		})
	}
}

func TestApplyPayloads(t *testing.T) {
	f := &livetest.Fake{}
	c := startFake(t, f, Config{Parent: "organizations/1"})
	ctx := context.Background()
	name := "organizations/1/sources/2/findings/f1"
	decisions := []triage.Decision{
		{Finding: name, Verdict: triage.FalsePositive, Analyst: "ana", Note: "secret customer detail"},
		{Finding: name, Verdict: triage.Malicious, Analyst: "ana"},
		{Finding: name, Verdict: triage.Resolved, Analyst: "bob"},
		{Finding: name, Verdict: triage.Clear, Analyst: "bob"},
	}
	for _, d := range decisions {
		if err := c.Apply(ctx, d, WriteBackVerdicts); err != nil {
			t.Fatal(err)
		}
	}
	if len(f.Marks) != 4 {
		t.Fatalf("%d mark updates", len(f.Marks))
	}
	m := f.Marks[0]
	if m.SecurityMarks.Name != name+"/securityMarks" || m.SecurityMarks.Marks[MarkVerdict] != "false_positive" ||
		m.SecurityMarks.Marks[MarkAnalyst] != "ana" {
		t.Fatalf("marks = %+v", m.SecurityMarks)
	}
	if _, leaked := m.SecurityMarks.Marks[MarkNote]; leaked {
		t.Fatal("a note was sent without --write-back=notes")
	}
	wantPaths := []string{"marks.pytriage_verdict", "marks.pytriage_analyst"}
	if !slices.Equal(m.UpdateMask.Paths, wantPaths) {
		t.Fatalf("mask = %v (an empty mask would replace every mark)", m.UpdateMask.Paths)
	}
	if f.Marks[1].SecurityMarks.Marks[MarkVerdict] != "malicious" {
		t.Fatal("malicious verdict not marked")
	}
	if len(f.Mutes) != 2 || f.Mutes[0].Mute != securitycenterpb.Finding_MUTED || f.Mutes[1].Mute != securitycenterpb.Finding_UNDEFINED {
		t.Fatalf("mutes = %+v", f.Mutes)
	}
	if len(f.States) != 1 || f.States[0].State != securitycenterpb.Finding_INACTIVE || f.States[0].Name != name {
		t.Fatalf("states = %+v", f.States)
	}

	if err := c.Apply(ctx, decisions[0], WriteBackNotes); err != nil {
		t.Fatal(err)
	}
	last := f.Marks[len(f.Marks)-1]
	if last.SecurityMarks.Marks[MarkNote] != "secret customer detail" || !slices.Contains(last.UpdateMask.Paths, "marks.pytriage_note") {
		t.Fatalf("notes mode did not send the note: %+v", last)
	}
}

func TestApplyPermissionDeniedNamesPermission(t *testing.T) {
	f := &livetest.Fake{DenyWrite: true}
	c := startFake(t, f, Config{Parent: "organizations/1"})
	err := c.Apply(context.Background(), triage.Decision{Finding: "organizations/1/sources/2/findings/f", Verdict: triage.Malicious}, WriteBackVerdicts)
	if err == nil || !strings.Contains(err.Error(), "findingSecurityMarks.update") {
		t.Fatalf("err = %v", err)
	}
}

func TestQueuedWriteBackRetriedWhenServerReturns(t *testing.T) {
	f := &livetest.Fake{Down: true}
	c := startFake(t, f, Config{Parent: "organizations/1"})
	st, err := triage.Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	name := "organizations/1/sources/2/findings/f9"
	if _, err := st.DecideAndQueue(ctx, []triage.Decision{{Finding: name, Verdict: triage.FalsePositive, Analyst: "ana"}}); err != nil {
		t.Fatal(err)
	}
	sent, failed, err := c.Drain(ctx, st, WriteBackVerdicts)
	if err != nil || sent != 0 || failed != 1 {
		t.Fatalf("drain while down: sent %d failed %d err %v", sent, failed, err)
	}
	cur, _ := st.Current(ctx)
	if cur[name].Verdict != triage.FalsePositive {
		t.Fatal("local decision lost when the write-back failed")
	}
	f.Mu.Lock()
	f.Down = false
	f.Mu.Unlock()
	sent, failed, err = c.Drain(ctx, st, WriteBackVerdicts)
	if err != nil || sent != 1 || failed != 0 {
		t.Fatalf("drain after recovery: sent %d failed %d err %v", sent, failed, err)
	}
	if p, _ := st.Pending(ctx); len(p) != 0 {
		t.Fatalf("still pending: %+v", p)
	}
	if len(f.Mutes) != 1 || f.Mutes[0].Name != name {
		t.Fatalf("mute not sent after recovery: %+v", f.Mutes)
	}
}
