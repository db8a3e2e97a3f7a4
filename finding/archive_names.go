package finding

import (
	"path"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Archive member names are attacker-controlled. Nothing is ever written
// to disk, but a name still shows in errors and in Origin.Member, and a
// later export could use it: refuse the forms that escape a directory or
// mean something else on another system. GODEBUG zipinsecurepath=0 and
// tarinsecurepath=0 (set in package main) make archive/zip and archive/tar
// refuse some of these too; this check does not depend on them.
const (
	maxMemberName  = 4096 // bytes
	maxMemberDepth = 32   // path elements
)

// checkMemberName returns why name is refused, or "".
func checkMemberName(name string) string {
	switch {
	case name == "":
		return "empty name"
	case len(name) > maxMemberName:
		return "name longer than 4096 bytes"
	case strings.IndexByte(name, 0) >= 0:
		return "NUL in name"
	case strings.IndexByte(name, '\\') >= 0:
		return "backslash in name"
	case name[0] == '/':
		return "absolute name"
	case !utf8.ValidString(name):
		return "invalid UTF-8 in name"
	case strings.IndexFunc(name, unicode.IsControl) >= 0:
		return "control character in name"
	case len(name) >= 2 && name[1] == ':' && isLetter(name[0]):
		return "drive letter in name"
	}
	for _, el := range strings.Split(strings.TrimSuffix(name, "/"), "/") {
		if el == ".." {
			return "\"..\" in name"
		}
		if strings.IndexByte(el, ':') >= 0 {
			// "a/C:x" or an alternate data stream "x:y" on Windows.
			return "colon in name"
		}
	}
	if strings.Count(name, "/") >= maxMemberDepth {
		return "name deeper than 32 directories"
	}
	if c := path.Clean(name); c == "." || strings.HasPrefix(c, "../") {
		return "name outside the archive root"
	}
	return ""
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// Member names pytriage reads; anything else in an archive (a README, a
// manifest) is passed over in silence.
func isJSONName(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".json") || strings.HasSuffix(n, ".jsonl") || strings.HasSuffix(n, ".ndjson")
}

func isArchiveName(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".zip") || strings.HasSuffix(n, ".tar.gz") || strings.HasSuffix(n, ".tgz") ||
		strings.HasSuffix(n, ".tar") || strings.HasSuffix(n, ".gz")
}
