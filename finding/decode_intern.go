package finding

import "github.com/pytriage/pytriage/finding/internal/jsonscan"

// interner shares the text of fields that repeat across the records of a
// load (category, state, project, image, interpreter path...): records
// kept by the UI then hold one copy, and the loader allocates less. It is
// bounded, so a hostile file of unique values only fills it once.
type interner struct {
	m map[string]string
}

const (
	internMaxLen     = 200  // longer strings are rarely repeated
	internMaxEntries = 8192 // after that, new strings are not kept
)

// istr reads a string field like str, sharing repeated values.
func (dc *decoder) istr(v int, key string) string {
	if dc.in == nil || dc.d.Kind(v) != jsonscan.String {
		return dc.str(v, key)
	}
	b := dc.d.StrBytes(v)
	if len(b) > internMaxLen {
		return dc.d.Str(v)
	}
	if s, ok := dc.in.m[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(dc.in.m) < internMaxEntries {
		if dc.in.m == nil {
			dc.in.m = make(map[string]string)
		}
		dc.in.m[s] = s
	}
	return s
}
