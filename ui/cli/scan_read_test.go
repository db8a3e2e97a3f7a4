package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadLimited(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name    string
		size    int
		max     int64
		wantErr string
	}{
		{"empty", 0, 10, ""},
		{"below", 9, 10, ""},
		{"exactly the limit", 10, 10, ""},
		{"one byte over", 11, 10, "larger than --max-size"},
		{"far over", 5000, 10, "larger than --max-size"},
		{"bigger than a read", 70_000, 1 << 20, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := bytes.Repeat([]byte("x = 1\n"), c.size/6+1)[:c.size]
			p := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_")+".py")
			if err := os.WriteFile(p, want, 0o600); err != nil {
				t.Fatal(err)
			}
			got, err := readLimited(p, c.max)
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) || !strings.Contains(err.Error(), p) {
					t.Fatalf("err = %v, want one naming %s and saying %q", err, p, c.wantErr)
				}
				return
			}
			if err != nil || got != string(want) {
				t.Fatalf("got %d bytes, err %v; want the file's %d bytes", len(got), err, len(want))
			}
		})
	}
	if _, err := readLimited(filepath.Join(dir, "missing.py"), 10); err == nil || !strings.Contains(err.Error(), "missing.py") {
		t.Fatalf("missing file: err = %v", err)
	}
}
