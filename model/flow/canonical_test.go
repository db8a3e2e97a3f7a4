package flow

import "testing"

// TestCanonicalShortCut: the first-byte test in Canonical agrees with the
// prefix list it stands for.
func TestCanonicalShortCut(t *testing.T) {
	for _, p := range builtinPrefixes {
		if p[0] != 'b' && p[0] != '_' {
			t.Fatalf("prefix %q starts with neither 'b' nor '_'", p)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"", ""}, {"b", "b"}, {"_", "_"}, {"exec", "exec"}, {"builtins.exec", "exec"},
		{"__builtins__.eval", "eval"}, {"__builtin__.open", "open"}, {"builtins", "builtins"},
		{"bytes.fromhex", "bytes.fromhex"}, {"_x.y", "_x.y"}, {"builtins.", ""},
	} {
		if got := Canonical(tt.in); got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
