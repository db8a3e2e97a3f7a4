package samples

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteToFreshDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if err := WriteTo(dir); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm()&^0o700 != 0 {
		t.Errorf("dir mode %v, want at most 0700", st.Mode().Perm())
	}
	entries, _ := FS.ReadDir(Root)
	got, _ := os.ReadDir(dir)
	if len(got) != len(entries) || len(got) == 0 {
		t.Fatalf("wrote %d files, want %d", len(got), len(entries))
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		st, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		if !st.Mode().IsRegular() || st.Mode().Perm()&^0o600 != 0 {
			t.Errorf("%s: mode %v, want a regular file, at most 0600", e.Name(), st.Mode())
		}
		b, _ := os.ReadFile(p)
		want, _ := FS.ReadFile(Root + "/" + e.Name())
		if !bytes.Equal(b, want) {
			t.Errorf("%s: written bytes differ from the embedded file", e.Name())
		}
	}
}

func TestWriteToExistingDir(t *testing.T) {
	t.Run("empty dir is used", func(t *testing.T) {
		dir := t.TempDir()
		if err := WriteTo(dir); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("non-empty dir is refused", func(t *testing.T) {
		dir := t.TempDir()
		keep := filepath.Join(dir, "notes.txt")
		if err := os.WriteFile(keep, []byte("mine"), 0o600); err != nil {
			t.Fatal(err)
		}
		err := WriteTo(dir)
		if err == nil || !strings.Contains(err.Error(), "not empty") {
			t.Fatalf("err = %v, want a not-empty refusal", err)
		}
		if got, _ := os.ReadDir(dir); len(got) != 1 {
			t.Errorf("dir now has %d entries; nothing should be written", len(got))
		}
	})
	t.Run("second write is refused", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "set")
		if err := WriteTo(dir); err != nil {
			t.Fatal(err)
		}
		if err := WriteTo(dir); err == nil {
			t.Fatal("second WriteTo into the same dir succeeded")
		}
	})
	t.Run("a file is refused", func(t *testing.T) {
		f := filepath.Join(t.TempDir(), "file")
		if err := os.WriteFile(f, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := WriteTo(f); err == nil {
			t.Fatal("WriteTo onto a regular file succeeded")
		}
	})
	t.Run("missing parent is an error", func(t *testing.T) {
		if err := WriteTo(filepath.Join(t.TempDir(), "a", "b")); err == nil {
			t.Fatal("WriteTo with a missing parent succeeded")
		}
	})
}

// The hostile file is for tests and manual checks only: never embedded.
func TestHostileNotEmbedded(t *testing.T) {
	entries, _ := FS.ReadDir(Root)
	for _, e := range entries {
		b, _ := FS.ReadFile(Root + "/" + e.Name())
		if bytes.Contains(b, []byte(`\u001b`)) || bytes.Contains(b, []byte("\u202e")) {
			t.Errorf("%s carries terminal escapes or bidi controls", e.Name())
		}
	}
}

// TestHostileCarriesEveryAttack decodes the hostile file and checks each
// attack of the brief is present, and that every free-text string carries
// at least one control, bidi or invisible character.
func TestHostileCarriesEveryAttack(t *testing.T) {
	b, err := os.ReadFile("hostile/hostile.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	var clean []string
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				walk(path+"."+k, e)
			}
		case []any:
			for _, e := range x {
				walk(path+"[]", e)
			}
		case string:
			all.WriteString(x)
			if !strings.ContainsAny(x, "\x1b\r\u202e\u200b\u009b\x07") && !plainAllowed(path) {
				clean = append(clean, path)
			}
		}
	}
	walk("", doc)
	for _, attack := range []string{
		"\x1b]0;", "\x1b]52;c;", "\x1b]8;;", "\x1bP$q", "\x1b_", "\x1b[2J", "\x1b[5A",
		"\x1b]0;never terminated", "print(\"EVIL\")\r# harmless", "\u202e", "\u200b", "\u009b",
		"\x1b[32;1mVERDICT: BENIGN",
	} {
		if !strings.Contains(all.String(), attack) {
			t.Errorf("hostile file lacks %q", attack)
		}
	}
	if len(clean) > 0 {
		t.Errorf("free-text strings without an attack: %v", clean)
	}
}

// plainAllowed lists the strings the hostile file keeps valid on purpose so
// the record still loads: times, int64s, enum names, hashes and argv[0].
func plainAllowed(path string) bool {
	for _, suffix := range []string{"Time", "ize", "id", "Pid", "userId", ".state", ".severity", ".mute", ".findingClass", ".script.sha256",
		".parentName", ".protocol", ".processes[].args[]", ".envVariables[].name"} {
		if strings.HasSuffix(path, suffix) {
			return true
		}
	}
	return false
}
