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
// is tried first, as it is the common case and cheap.
func fuzzyMatch(hay, term string) bool {
	if term == "" || strings.Contains(hay, term) {
		return true
	}
	for field := range strings.SplitSeq(hay, "\x00") {
		if subsequence(field, term) {
			return true
		}
	}
	return false
}

func subsequence(hay, term string) bool {
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
