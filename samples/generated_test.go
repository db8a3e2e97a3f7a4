package samples

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"flag"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pytriage/pytriage/samples/internal/gen"
)

var update = flag.Bool("update", false, "rewrite the generated sample files (same as go run ./samples/internal/build)")

// TestGeneratedUpToDate rebuilds the set from scripts/ and the scenario
// table and compares it with the committed files: the data a user opens is
// exactly what the generator and the scripts say.
func TestGeneratedUpToDate(t *testing.T) {
	want, err := gen.All(os.DirFS("scripts"))
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		for name, b := range want {
			if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(name, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for name, b := range want {
		got, err := os.ReadFile(filepath.FromSlash(name))
		if err != nil {
			t.Errorf("%s: %v (run: go run ./samples/internal/build)", name, err)
			continue
		}
		if strings.HasPrefix(name, "testdata/") {
			// Compressed bytes may change with the Go release; the members
			// must not.
			compareArchive(t, name, got, b)
			continue
		}
		if !bytes.Equal(got, b) {
			t.Errorf("%s is stale: run go run ./samples/internal/build", name)
		}
	}
	entries, err := FS.ReadDir(Root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if _, ok := want["data/"+e.Name()]; !ok {
			t.Errorf("data/%s is not generated any more: delete it or run the generator", e.Name())
		}
	}
}

func compareArchive(t *testing.T, name string, got, want []byte) {
	t.Helper()
	g, err := archiveMembers(name, got)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	w, err := archiveMembers(name, want)
	if err != nil {
		t.Fatalf("%s (generated): %v", name, err)
	}
	if len(g) != len(w) {
		t.Errorf("%s: %d members, generator makes %d", name, len(g), len(w))
	}
	for m, b := range w {
		if !bytes.Equal(g[m], b) {
			t.Errorf("%s: member %s is stale: run go run ./samples/internal/build", name, m)
		}
	}
}

// archiveMembers reads the regular files of a .zip or .tar.gz in memory.
func archiveMembers(name string, b []byte) (map[string][]byte, error) {
	out := map[string][]byte{}
	if strings.HasSuffix(name, ".zip") {
		zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return nil, err
		}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				return nil, err
			}
			data, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				return nil, err
			}
			out[f.Name] = data
		}
		return out, nil
	}
	gz, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			return nil, err
		}
		out[h.Name] = data
	}
}

// TestArchivesHoldTheSet checks the archive copies carry every embedded
// file under one top directory, byte for byte.
func TestArchivesHoldTheSet(t *testing.T) {
	entries, err := FS.ReadDir(Root)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"testdata/samples.zip", "testdata/samples.tar.gz"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		members, err := archiveMembers(name, b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var names []string
		for m := range members {
			names = append(names, m)
		}
		sort.Strings(names)
		if len(members) != len(entries) {
			t.Errorf("%s: members %v, want the %d embedded files", name, names, len(entries))
		}
		for _, e := range entries {
			want, _ := FS.ReadFile(Root + "/" + e.Name())
			if got, ok := members["pytriage-samples/"+e.Name()]; !ok || !bytes.Equal(got, want) {
				t.Errorf("%s: member pytriage-samples/%s missing or different", name, e.Name())
			}
		}
	}
}
