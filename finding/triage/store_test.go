package triage

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "state", "triage.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestOpenSetsDurabilityPragmas(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	for _, c := range []struct {
		pragma string
		want   string
	}{
		{"journal_mode", "wal"},
		{"synchronous", "2"}, // FULL
		{"foreign_keys", "1"},
		{"user_version", "2"},
	} {
		var got string
		if err := s.db.QueryRowContext(ctx, "PRAGMA "+c.pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("PRAGMA %s = %s, want %s", c.pragma, got, c.want)
		}
	}
	var busy int
	if err := s.db.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&busy); err != nil {
		t.Fatal(err)
	}
	if busy < 5000 {
		t.Errorf("busy_timeout = %d, want >= 5000", busy)
	}
}

func TestDecideCurrentHistoryUndo(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	if _, err := s.Decide(ctx, []Decision{
		{Finding: "f1", Verdict: Malicious, Analyst: "ana", Note: "reverse shell", Score: 0.97, HasScore: true, ModelVersion: "m1"},
		{Finding: "f2", Verdict: FalsePositive, Analyst: "ana"},
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Decide(ctx, []Decision{{Finding: "f1", Verdict: Escalate, Analyst: "bob", Note: "ask IR"}}); err != nil {
		t.Fatal(err)
	}
	cur, err := s.Current(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if cur["f1"].Verdict != Escalate || cur["f1"].Analyst != "bob" || cur["f2"].Verdict != FalsePositive {
		t.Fatalf("current = %+v", cur)
	}
	h, err := s.History(ctx, "f1")
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 2 || h[0].Verdict != Malicious || !h[0].HasScore || h[0].Score != 0.97 || h[0].Note != "reverse shell" {
		t.Fatalf("history = %+v", h)
	}

	// bob undoes his escalation: f1 goes back to ana's malicious verdict.
	u, err := s.Undo(ctx, "bob")
	if err != nil {
		t.Fatal(err)
	}
	if u.Finding != "f1" || u.Verdict != Malicious || u.Undoes != h[1].ID {
		t.Fatalf("undo = %+v", u)
	}
	if _, err := s.Undo(ctx, "bob"); !errors.Is(err, ErrNothingToUndo) {
		t.Fatalf("second undo by bob: %v, want ErrNothingToUndo", err)
	}
	// ana undoes f2 (her latest), then f1's first verdict → clear.
	if u, err := s.Undo(ctx, "ana"); err != nil || u.Finding != "f2" || u.Verdict != Clear {
		t.Fatalf("ana undo 1 = %+v, %v", u, err)
	}
	if u, err := s.Undo(ctx, "ana"); err != nil || u.Finding != "f1" || u.Verdict != Clear {
		t.Fatalf("ana undo 2 = %+v, %v", u, err)
	}
	cur, _ = s.Current(ctx)
	p := ProgressOf([]string{"f1", "f2", "f3"}, cur)
	if p.Triaged != 0 || p.Total != 3 {
		t.Fatalf("progress after undoing all = %+v", p)
	}
	if n := len(mustHistory(t, s, "f1")); n != 5-1 { // malicious, escalate, undo(bob), undo(ana)
		t.Fatalf("f1 history has %d rows, want 4 (append-only)", n)
	}
}

func mustHistory(t *testing.T, s *Store, name string) []Decision {
	t.Helper()
	h, err := s.History(context.Background(), name)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestDecideRejectsBadVerdictAtomically(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	_, err := s.Decide(ctx, []Decision{
		{Finding: "f1", Verdict: Malicious, Analyst: "a"},
		{Finding: "f2", Verdict: "pwned", Analyst: "a"},
	})
	if err == nil {
		t.Fatal("bad verdict accepted")
	}
	if cur, _ := s.Current(ctx); len(cur) != 0 {
		t.Fatalf("partial bulk decision stored: %+v", cur)
	}
}

func TestProgressString(t *testing.T) {
	cur := map[string]Decision{
		"a": {Verdict: Malicious}, "b": {Verdict: Malicious}, "c": {Verdict: Benign}, "d": {Verdict: Clear},
	}
	got := ProgressOf([]string{"a", "b", "c", "d", "e"}, cur).String()
	if got != "3/5 triaged · 2 malicious" {
		t.Fatalf("got %q", got)
	}
}

func TestSecondInstanceSeesChanges(t *testing.T) {
	a, path := openTemp(t)
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ctx := context.Background()
	v0, err := b.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Decide(ctx, []Decision{{Finding: "f1", Verdict: Benign, Analyst: "a"}}); err != nil {
		t.Fatal(err)
	}
	v1, err := b.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v1 == v0 {
		t.Fatal("version did not change after the other instance wrote")
	}
	cur, _ := b.Current(ctx)
	if cur["f1"].Verdict != Benign {
		t.Fatalf("second instance reads %+v", cur)
	}
}

func TestRefusesForeignAndCorruptFiles(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name    string
		prepare func(path string)
		want    string
	}{
		{"text file", func(p string) { os.WriteFile(p, []byte("name,verdict\nx,y\n"), 0o600) }, "not a SQLite database"},
		{"other app", func(p string) {
			db, err := sql.Open("sqlite", p)
			if err != nil {
				t.Fatal(err)
			}
			db.Exec("CREATE TABLE invoices(id INTEGER)")
			db.Close()
		}, "another application"},
		{"other app id", func(p string) {
			db, _ := sql.Open("sqlite", p)
			db.Exec("PRAGMA application_id=42")
			db.Exec("CREATE TABLE t(x)")
			db.Close()
		}, "another application"},
		{"newer schema", func(p string) {
			s, err := Open(p)
			if err != nil {
				t.Fatal(err)
			}
			s.db.Exec("PRAGMA user_version=99")
			s.Close()
		}, "newer than this pytriage"},
		{"corrupt", func(p string) {
			b := make([]byte, 8192)
			copy(b, "SQLite format 3\x00")
			for i := 16; i < len(b); i++ {
				b[i] = byte(i * 7)
			}
			os.WriteFile(p, b, 0o600)
		}, "move it aside"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_")+".db")
			c.prepare(p)
			before, _ := os.ReadFile(p)
			s, err := Open(p)
			if err == nil {
				s.Close()
				t.Fatal("opened a file that is not a pytriage store")
			}
			if !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), p) {
				t.Fatalf("error %q lacks %q or the path", err, c.want)
			}
			after, _ := os.ReadFile(p)
			if string(before) != string(after) {
				t.Fatal("the refused file was modified")
			}
		})
	}
}

func TestMigrationFromV1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"PRAGMA application_id=" + itoa(applicationID),
		migrations[0],
		"PRAGMA user_version=1",
		`INSERT INTO decisions (finding, verdict, note, analyst, decided_at) VALUES ('f-old', 'malicious', 'from v1', 'ana', '` +
			time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC).Format(time.RFC3339Nano) + `')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v int
	s.db.QueryRow("PRAGMA user_version").Scan(&v)
	if v != SchemaVersion {
		t.Fatalf("user_version = %d after migration, want %d", v, SchemaVersion)
	}
	cur, err := s.Current(context.Background())
	if err != nil || cur["f-old"].Note != "from v1" {
		t.Fatalf("v1 decision lost: %+v %v", cur, err)
	}
	got, err := s.DecideAndQueue(context.Background(), []Decision{{Finding: "f-old", Verdict: FalsePositive, Analyst: "ana"}})
	if err != nil {
		t.Fatal(err)
	}
	pend, err := s.Pending(context.Background())
	if err != nil || len(pend) != 1 || pend[0].Decision.ID != got[0].ID || pend[0].State != WriteBackQueued {
		t.Fatalf("pending after migration = %+v, %v", pend, err)
	}
}

func TestWriteBackQueue(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	ds, err := s.DecideAndQueue(ctx, []Decision{
		{Finding: "f1", Verdict: FalsePositive, Analyst: "a"},
		{Finding: "f2", Verdict: Malicious, Analyst: "a"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MarkWriteBack(ctx, ds[0].ID, errors.New("unavailable")); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkWriteBack(ctx, ds[1].ID, nil); err != nil {
		t.Fatal(err)
	}
	pend, err := s.Pending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(pend) != 1 || pend[0].Decision.Finding != "f1" || pend[0].State != WriteBackFailed ||
		pend[0].Attempts != 1 || pend[0].LastError != "unavailable" {
		t.Fatalf("pending = %+v", pend)
	}
	st, err := s.WriteBackStates(ctx)
	if err != nil || st["f1"] != WriteBackFailed || st["f2"] != WriteBackSent {
		t.Fatalf("states = %v, %v", st, err)
	}
}

func TestParseVerdict(t *testing.T) {
	for in, want := range map[string]Verdict{
		"malicious": Malicious, "FP": FalsePositive, "false-positive": FalsePositive, "Benign": Benign,
		"escalation": Escalate, "clear": Clear, "resolved": Resolved,
	} {
		got, err := ParseVerdict(in)
		if err != nil || got != want {
			t.Errorf("ParseVerdict(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseVerdict("evil"); err == nil {
		t.Error("ParseVerdict accepted an unknown verdict")
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestUndoAndQueueQueuesTheRestoredVerdict(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	if _, err := s.DecideAndQueue(ctx, []Decision{{Finding: "f1", Verdict: FalsePositive, Analyst: "a"}}); err != nil {
		t.Fatal(err)
	}
	u, err := s.UndoAndQueue(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	pend, err := s.Pending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(pend) != 2 || pend[1].Decision.ID != u.ID || pend[1].Decision.Verdict != Clear {
		t.Fatalf("pending after undo = %+v", pend)
	}
	if _, err := s.Undo(ctx, "a"); !errors.Is(err, ErrNothingToUndo) {
		t.Fatalf("undo of an undo: %v", err)
	}
}

func TestNewStoreIsOwnerOnly(t *testing.T) {
	_, path := openTemp(t)
	for _, p := range []string{path, filepath.Dir(path)} {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm()&0o077 != 0 {
			t.Errorf("%s has mode %v; the store must be owner-only", p, st.Mode().Perm())
		}
	}
}
