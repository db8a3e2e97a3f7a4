package finding

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestPathSourcesDirectory walks a directory tree: JSON, JSON Lines and
// archives are taken at any depth, other files are not, and a symbolic
// link inside the tree is not followed.
func TestPathSourcesDirectory(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.json":            `{"name":"a"}`,
		"sub/b.jsonl":       "{\"name\":\"b\"}\n",
		"sub/deep/c.ndjson": "{\"name\":\"c\"}\n",
		"sub/notes.txt":     "not json",
		"sub/README.md":     "# no",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "x.json"), []byte(`{"name":"outside"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	srcs, err := PathSources([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	recs, errs := loadAll(t, srcs, Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var names []string
	for _, r := range recs {
		names = append(names, r.Finding.Name)
	}
	if got := strings.Join(names, ","); got != "a,b,c" {
		t.Errorf("loaded %s, want a,b,c", got)
	}
	if !strings.HasSuffix(recs[2].Origin.File, filepath.Join("sub", "deep", "c.ndjson")) {
		t.Errorf("origin file %q", recs[2].Origin.File)
	}
}

// TestPathSourcesStdinAndErrors covers "-", "-" twice, a missing path and
// a plain file named without a JSON extension.
func TestPathSourcesStdinAndErrors(t *testing.T) {
	saved := stdinReader
	defer func() { stdinReader = saved }()
	stdinReader = strings.NewReader("{\"name\":\"from-stdin\"}\n")

	plain := filepath.Join(t.TempDir(), "export")
	if err := os.WriteFile(plain, []byte(`[{"name":"plain"}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	srcs, err := PathSources([]string{"-", "no/such/file.json", plain, "-"})
	if err == nil || !strings.Contains(err.Error(), "no/such/file.json") || !strings.Contains(err.Error(), "more than once") {
		t.Errorf("error = %v", err)
	}
	if len(srcs) != 2 || srcs[0].Name != "-" {
		t.Fatalf("sources %+v", srcs)
	}
	recs, errs := loadAll(t, srcs, Options{})
	if len(errs) > 0 || len(recs) != 2 || recs[0].Finding.Name != "from-stdin" || recs[0].Origin.File != "-" || recs[1].Finding.Name != "plain" {
		t.Errorf("records %v errors %v", recs, errs)
	}
}

// TestFSSources reads an embedded-style file system.
func TestFSSources(t *testing.T) {
	fsys := fstest.MapFS{
		"samples/b.jsonl":     {Data: []byte("{\"name\":\"b\"}\n")},
		"samples/a.json":      {Data: []byte(`{"name":"a"}`)},
		"samples/README.md":   {Data: []byte("# samples")},
		"samples/sub/c.json":  {Data: []byte(`{"name":"c"}`)},
		"elsewhere/skip.json": {Data: []byte(`{"name":"no"}`)},
	}
	srcs, err := FSSources(fsys, "samples")
	if err != nil {
		t.Fatal(err)
	}
	recs, errs := loadAll(t, srcs, Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var got []string
	for _, r := range recs {
		got = append(got, r.Origin.File+"="+r.Finding.Name)
	}
	if want := "samples/a.json=a,samples/b.jsonl=b,samples/sub/c.json=c"; strings.Join(got, ",") != want {
		t.Errorf("got %s, want %s", strings.Join(got, ","), want)
	}
	if _, err := FSSources(fsys, "missing"); err == nil {
		t.Error("no error for a missing root")
	}
}
