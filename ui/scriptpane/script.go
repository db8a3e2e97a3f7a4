package scriptpane

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"strings"

	"github.com/pytriage/pytriage/finding"
)

// script is what the pane shows: the code, how much of the file it is, and
// which lexer reads it.
type script struct {
	path     string
	contents string
	size     int64 // size of the whole file (0: unknown)
	literal  bool  // code from `python3 -c`
	bash     bool
	key      string // sha256 hex of contents: the cache and report key
}

// scriptOf finds the code of a finding; ok is false when there is none.
func scriptOf(f *finding.Finding) (script, bool) {
	s, ok := finding.ScriptOf(f)
	if !ok {
		return script{}, false
	}
	return script{
		path: s.Path, contents: s.Contents, size: s.Size, literal: s.Literal,
		bash: s.Language == finding.LangBash || isShell(s.Path, s.Contents),
	}, true
}

// isShell reports a shell script by name or shebang, for findings whose
// language is not set.
func isShell(p, contents string) bool {
	switch path.Ext(p) {
	case ".sh", ".bash":
		return true
	}
	first, _, _ := strings.Cut(contents, "\n")
	if !strings.HasPrefix(first, "#!") {
		return false
	}
	return !strings.Contains(first, "python") &&
		(strings.HasSuffix(first, "sh") || strings.Contains(first, "/sh ") || strings.Contains(first, "bash"))
}

// keyOf is the sha256 hex of the script text, as the shell keys reports.
func keyOf(contents string) string {
	sum := sha256.Sum256([]byte(contents))
	return hex.EncodeToString(sum[:])
}
