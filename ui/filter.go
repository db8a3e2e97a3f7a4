package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The `/` filter: every space-separated term of the query must match one
// of the entry's fields (category, resource, script path, process) as a
// case-insensitive subsequence, fzf-style.

// filterTerms splits and lower-cases a query.
func filterTerms(q string) []string {
	return strings.Fields(strings.ToLower(q))
}

// matchAll reports whether every term matches hay.
func matchAll(hay string, terms []string) bool {
	for _, t := range terms {
		if !fuzzyMatch(hay, t) {
			return false
		}
	}
	return true
}

// fuzzyMatch reports whether the runes of term appear in order within one
// field of hay (fields are separated by NUL, so a match cannot stitch a
// category to a path). Both are lower-cased already. A literal substring
// is tried first: it is the common case and strings.Contains is fast.
func fuzzyMatch(hay, term string) bool {
	if term == "" || strings.Contains(hay, term) {
		return true
	}
	for hay != "" {
		field := hay
		if i := strings.IndexByte(hay, 0); i >= 0 {
			field, hay = hay[:i], hay[i+1:]
		} else {
			hay = ""
		}
		if subsequence(field, term) {
			return true
		}
	}
	return false
}

func subsequence(hay, term string) bool {
	if isASCII(term) {
		// Byte search: an ASCII byte never occurs inside a multi-byte
		// UTF-8 sequence, so this is exact, and IndexByte is fast.
		for j := 0; j < len(term); j++ {
			k := strings.IndexByte(hay, term[j])
			if k < 0 {
				return false
			}
			hay = hay[k+1:]
		}
		return true
	}
	i := 0
	for _, r := range term {
		for {
			if i >= len(hay) {
				return false
			}
			h, size := utf8.DecodeRuneInString(hay[i:])
			i += size
			if h == r || unicode.ToLower(h) == r {
				break
			}
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
