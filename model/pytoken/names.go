package pytoken

import (
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

var (
	namesOnce sync.Once
	namesMap  map[string]rune
)

// lookupName resolves a \N{...} name, best effort: the Unicode names of
// planes 0, 1 and 14 (built once, on first use), plus the algorithmic
// "CJK UNIFIED IDEOGRAPH-XXXX". Case-insensitive like Python.
func lookupName(name string) (rune, bool) {
	name = strings.ToUpper(strings.TrimSpace(name))
	if hex, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		v, err := strconv.ParseUint(hex, 16, 32)
		return rune(v), err == nil && v <= 0x10FFFF
	}
	namesOnce.Do(buildNames)
	r, ok := namesMap[name]
	return r, ok
}

func buildNames() {
	namesMap = make(map[string]rune, 40000)
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			n := runenames.Name(r)
			if n == "" || n[0] == '<' {
				continue
			}
			if _, dup := namesMap[n]; !dup {
				namesMap[n] = r
			}
		}
	}
	add(0x20, 0x33FF)
	add(0xA000, 0xABFF) // skip CJK ideographs 3400-9FFF: algorithmic
	add(0xD7B0, 0xD7FF) // skip Hangul syllables AC00-D7A3
	add(0xF900, 0x1FFFF)
	add(0xE0000, 0xE01EF)
}

// namedEscape reads "{NAME}" at the start of s and returns the rune and the
// bytes consumed (0 when it is not a valid, known name).
func namedEscape(s string) (rune, int) {
	if s == "" || s[0] != '{' {
		return 0, 0
	}
	end := strings.IndexByte(s, '}')
	if end < 0 || end > 100 {
		return 0, 0
	}
	r, ok := lookupName(s[1:end])
	if !ok {
		return 0, 0
	}
	return r, end + 1
}
